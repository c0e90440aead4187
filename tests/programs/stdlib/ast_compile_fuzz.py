# compile() of randomly damaged trees: a parsed module with 1-3 fields replaced by values of the wrong kind
# (or deleted); every outcome (TypeError/ValueError/SyntaxError message, or success) must be CPython's.
# (Seeded; seeds where CPython 3.11 itself crashes, e.g. on Global(names=[None]), are avoided.)
import ast, random, re
rng = random.Random(2)
src = '''
import os
from x import y as z
@dec
def f(a, b=1, *c, d, e=2, **g) -> int:
    global q
    x = [i for i in range(3) if i]
    y: int = {k: v for k, v in x}
    for i in x:
        if i: break
        else: continue
    while x: pass
    with open(f) as h, g: pass
    try: pass
    except E as e: raise X from e
    finally: del x[0]
    return lambda *a, k=1: (yield a)
class C(B, metaclass=M):
    async def m(self):
        async for a in b: await a
        async with c as d: pass
        return {1, 2}, f"{x!r:>{w}}", a if b else c, not a, a < b < c, a.b[c:d:e], *a, (w := 1)
match p:
    case [1, *r]: pass
    case {"k": v, **rr}: pass
    case C(1, b=2) | None | -1 | 1 + 2j as q if q: pass
    case _: pass
assert x, y
x += 1
'''
base = ast.parse(src)
P = [None, 0, -5, 'x', 'None', '_', b'b', 1.5, [], [None], [1], (), True, ...,
     lambda: ast.Name('x', ast.Load()), lambda: ast.Name('y', ast.Store()), lambda: ast.Pass(), lambda: ast.Load(),
     lambda: ast.Add(), lambda: ast.Constant(3), lambda: [ast.Constant(1), ast.Name('z', ast.Del())],
     lambda: [ast.Pass()], lambda: ast.arguments([], [], None, [], [], None, []), lambda: ast.arg('a'),
     lambda: ast.MatchValue(ast.Constant(1)), lambda: ast.MatchStar('s'), lambda: ast.keyword('k', ast.Constant(1)),
     lambda: ast.Starred(ast.Name('s', ast.Load()), ast.Load()), lambda: ast.Constant([1]), lambda: ast.Slice()]
def pick():
    v = rng.choice(P)
    return v() if callable(v) else v
for trial in range(250):
    tree = ast.parse(src)
    nodes = list(ast.walk(tree))
    for _ in range(rng.randint(1, 3)):
        n = rng.choice(nodes)
        names = list(n._fields) + (list(n._attributes) if rng.random() < 0.2 else [])
        if not names: continue
        f = rng.choice(names)
        if rng.random() < 0.1:
            try: delattr(n, f)
            except AttributeError: pass
        else:
            setattr(n, f, pick())
    ast.fix_missing_locations(tree)
    try:
        compile(tree, '<fuzz>', 'exec')
        r = 'ok'
    except Exception as e:
        r = type(e).__name__ + ': ' + re.sub(' at 0x[0-9a-f]+', '', str(e))
    print(trial, r)
