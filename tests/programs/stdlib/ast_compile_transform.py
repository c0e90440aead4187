# compile() to and from AST objects: NodeTransformer rewrites, modes, flags, code produced from trees.
import ast

class Doubler(ast.NodeTransformer):
    """Doubles int constants and renames calls of `shout` to `print`."""
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Name(self, node):
        if node.id == 'shout':
            return ast.copy_location(ast.Name('print', node.ctx), node)
        return node

src = '''
def f(a, b=10):
    return a + b + 1
shout(f(1), f(2, 3), [i for i in range(3)])
class K:
    v = 5
    def m(self): return self.v * 3
shout(K().m(), True)
'''
tree = Doubler().visit(ast.parse(src))
ast.fix_missing_locations(tree)
code = compile(tree, '<transformed>', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
exec(code, {})

class DropAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return None
    def visit_Expr(self, node):
        # one statement becomes two
        return [node, ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('after')], []))]
t = ast.fix_missing_locations(DropAsserts().visit(ast.parse('assert False\nprint("x")')))
exec(compile(t, 'm', 'exec'))

# Built by hand, positions by fix_missing_locations.
m = ast.Module(body=[
    ast.FunctionDef(name='add', args=ast.arguments(posonlyargs=[], args=[ast.arg('x'), ast.arg('y')], vararg=None,
        kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[ast.Constant(100)]),
        body=[ast.Return(ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Name('y', ast.Load())))], decorator_list=[]),
    ast.Assign(targets=[ast.Tuple([ast.Name('p', ast.Store()), ast.Name('q', ast.Store())], ast.Store())],
               value=ast.Tuple([ast.Call(ast.Name('add', ast.Load()), [ast.Constant(1), ast.Constant(2)], []),
                                ast.Call(ast.Name('add', ast.Load()), [ast.Constant(1)], [])], ast.Load())),
    ast.For(ast.Name('i', ast.Store()), ast.List([ast.Name('p', ast.Load()), ast.Name('q', ast.Load())], ast.Load()),
            [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('i', ast.Load())], [ast.keyword('end', ast.Constant(';'))]))], []),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.JoinedStr([ast.Constant('p='), ast.FormattedValue(ast.Name('p', ast.Load()), 114, None)])], [])),
    ast.ImportFrom('math', [ast.alias('sqrt'), ast.alias('pi', 'PI')], 0),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('sqrt', ast.Load()), [ast.Constant(16.0)], []), ast.Name('PI', ast.Load())], [])),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant((1, 'two', (3.0, None))), ast.Constant(frozenset({5})), ast.Constant(...), ast.Constant(b'by'), ast.Constant(2j)], [])),
], type_ignores=[])
ns = {}
exec(compile(ast.fix_missing_locations(m), '<hand>', 'exec'), ns)
print(ns['add'](5), ns['add'].__defaults__)

# eval and single modes
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))
i = ast.Interactive([ast.Expr(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))])
exec(compile(ast.fix_missing_locations(i), '<i>', 'single'))

# PyCF_ONLY_AST returns the tree; an AST given with it is returned as is.
t = compile('a = 1', 'f', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, compile(t, 'f', 'exec', ast.PyCF_ONLY_AST) is t)
print(ast.dump(compile('x', 'f', 'eval', flags=ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b'y = 2', 'f', 'single', ast.PyCF_ONLY_AST, dont_inherit=True, optimize=1)))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Round trip of a real module through the AST.
import textwrap
mod_src = textwrap.dedent('''
    import functools
    @functools.lru_cache(None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    result = [fib(k) for k in range(15)]
    gen = (x * 2 for x in result if x % 2)
    total = sum(gen)
    def outer():
        v = 1
        def inner():
            nonlocal v
            v += 1
            return v
        return inner
    counter = outer()
    counter(); counter()
    state = counter()
''')
tree = ast.parse(mod_src)
g = {}
exec(compile(tree, '<roundtrip>', 'exec'), g)
print(g['result'], g['total'], g['state'])
g2 = {}
exec(compile(ast.parse(ast.unparse(tree)), '<unparsed>', 'exec'), g2)
print(g2['result'] == g['result'], g2['total'])

# Errors raised by the compiled tree carry its positions.
t = ast.parse('x = 1\ny = 1 / 0\n')
try:
    exec(compile(t, '<div>', 'exec'))
except ZeroDivisionError as exc:
    print('ZeroDivisionError at line', exc.__traceback__.tb_next.tb_lineno)
# SyntaxErrors of the compiler, from trees the parser would refuse
for bad in [ast.Module([ast.Return(ast.Constant(1))], []),
            ast.Module([ast.Break()], []),
            ast.Module([ast.Expr(ast.Yield(None))], [])]:
    try:
        compile(ast.fix_missing_locations(bad), '<bad>', 'exec')
    except SyntaxError as exc:
        print('SyntaxError:', exc.msg, exc.lineno)
