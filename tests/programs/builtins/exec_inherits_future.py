# exec() and eval() of a string compile it with the calling code's __future__ features, as compile() does
# unless dont_inherit is true.
from __future__ import annotations
exec("def f(x: int) -> str: pass")
print(f.__annotations__)
print(eval("(lambda: 1)")())
def g():
    exec("def h(y: list[int]): pass", globals())
g()
print(h.__annotations__)
print(compile("def k(z: int): pass", "<s>", "exec", dont_inherit=True).co_consts[0].co_flags & 0x1000000, compile("def k(z: int): pass", "<s>", "exec").co_flags & 0x1000000)
