# compile(): __future__ features inherited from the caller unless dont_inherit, explicit feature flags,
# PyCF_ALLOW_TOP_LEVEL_AWAIT for source and for trees.
from __future__ import annotations
import ast
ns = {}
exec(compile('def f(x: int) -> str: pass', 'f', 'exec'), ns)
print(ns['f'].__annotations__)
exec(compile('def g(x: int) -> str: pass', 'f', 'exec', dont_inherit=True), ns)
print(ns['g'].__annotations__)
t = ast.parse('def h(x: list[int]): pass')
exec(compile(t, 'f', 'exec'), ns)
print(ns['h'].__annotations__)
co = compile('await x', 'f', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(co.co_flags & 0x80 != 0)
import __future__
co = compile('def k(a: b): pass', 'f', 'exec', __future__.annotations.compiler_flag, True)
exec(co, ns); print(ns['k'].__annotations__)
try:
    compile('await x', 'f', 'exec')
except SyntaxError as e:
    print(e)
t = compile('await x', 'f', 'exec', ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(compile(t, 'f', 'exec', ast.PyCF_ALLOW_TOP_LEVEL_AWAIT).co_flags & 0x80 != 0)
