# ast: parse, dump (with attributes, indent), walk, NodeVisitor, literal_eval, unparse, docstrings, locations.
import ast

src = '''
"""Module doc."""
import os, sys as system
from . import x
from ..pkg import (a as b, c)

@decorator(1)
class C(Base, metaclass=Meta):
    """Class doc."""
    attr: int = 3
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "ret":
        """Method
        doc."""
        global g
        x = y = [i ** 2 for i in range(10) if i % 2 if i > 3]
        z = {k: v for k, v in kw.items()}, {1, 2, *s}, (a, *b)
        try:
            yield from f(*args, **kw)
        except (KeyError, IndexError) as e:
            raise ValueError("bad") from e
        else:
            pass
        finally:
            del x[1:2:3], y.attr
        with open(f) as fh, lock:
            return lambda q=1, *, r: q if r else not q
    async def am(self):
        async with a as b:
            async for i in b:
                await i
        return [j async for j in aiter()]

match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction] if direction:
        pass
    case {"x": 1, **rest}:
        pass
    case Point(x=0, y=0) | None | True:
        pass
    case [1, 2, *others] as whole:
        pass
    case -1 | 1.5 | 2 + 3j | "s" | b"b" | str():
        pass
    case _:
        pass
f"{a!r:>{width}} and {b=} {{}}"
x = 1 if y else 2
x += 1; y @= 2; z //= 3
n: int
assert x, "msg"
while x < 10 <= y is not None:
    x = x and y or z
    if x: break
    elif y: continue
    else: x = -x
print(..., 0x10, 1_000, 1e10, 2j, 'a' 'b', b'\\x00', r'\\d', u'u')
try:
    pass
except* ValueError:
    pass
(w := 10)
s[1:2, ::3, ...]
'''

tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree.body[3], indent=2))
print(ast.dump(ast.parse('x', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('')))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(ast.get_docstring(tree), repr(ast.get_docstring(tree.body[4])), repr(ast.get_docstring(tree.body[4].body[2])))
print(ast.get_docstring(tree.body[4].body[2], clean=False))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
    def visit_Constant(self, node):
        self.names.append(('const', repr(node.value), node.kind))

c = Counter()
c.visit(tree)
print(c.names[:40])
print(len(c.names))

for s in ['1', '-1.5', '0x1f', "'abc'", "b'by'", '(1, 2)', '[1, [2, 3]]', "{'a': 1, 'b': (2,)}", '{1, 2}', 'set()',
          'True', 'None', '1+2j', '-(1)', '3-4j', '  42  ', '...']:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for bad in ['x', '1+x', 'f()', '[1, y]', '{**d}', 'a.b', '1 +', "{'a': [1, 2], 3: lambda: 0}"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(bad, type(e).__name__, str(e)[:60])
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))

print(ast.unparse(tree))
print(ast.unparse(ast.parse('(a + b) * c ** -d if e else f[g:h, i]')))

expr = ast.parse('x + 1', mode='eval')
print([(k, type(v).__name__) for k, v in ast.iter_fields(expr.body)])
print([type(n).__name__ for n in ast.iter_child_nodes(expr.body)])
ast.increment_lineno(expr, 4)
print(expr.body.lineno, expr.body.end_lineno, expr.body.left.lineno)
new = ast.Name('y', ast.Load())
print(ast.copy_location(new, expr.body.left) is new, new.lineno, new.col_offset, new.end_col_offset)
node = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(node, include_attributes=True))
print(eval(compile(node, '<fixed>', 'eval')))
print(ast.get_source_segment('a = f(x,\n  y)\n', ast.parse('a = f(x,\n  y)\n').body[0].value))
