# copy, deepcopy and pickle of AST nodes (AST.__reduce__: type, (), __dict__), and equality of the results.
import ast
import copy
import pickle

tree = ast.parse('def f(a, *, b=2):\n    return [a, b, *c]\nx = f(1) if y else {1: 2}\n')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t2 = pickle.loads(pickle.dumps(tree, proto))
    print(proto, ast.dump(t2, include_attributes=True) == ast.dump(tree, include_attributes=True))
d = copy.deepcopy(tree)
print(ast.dump(d) == ast.dump(tree), d.body[0] is tree.body[0], type(d.body[0].body[0].value.ctx).__name__)
s = copy.copy(tree.body[1])
print(s is tree.body[1], s.value is tree.body[1].value, s.lineno)
n = ast.Name('q', ast.Load(), lineno=3)
print(n.__reduce__()[0].__name__, sorted(n.__reduce__()[2]), ast.dump(copy.deepcopy(n), include_attributes=True))
print(ast.dump(pickle.loads(pickle.dumps(ast.Constant(value=(1, 2.5, 'x'))))))
class Custom(ast.AST):
    _fields = ('a',)
c = Custom(a=[1, 2])
c2 = copy.deepcopy(c)
print(type(c2).__name__, c2.a, c2.a is c.a)
exec(compile(d, '<copied>', 'exec'), {'y': 0, 'c': [3]})
print('compiled the copy')
