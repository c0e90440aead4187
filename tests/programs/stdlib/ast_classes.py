# The _ast class hierarchy: every class's bases, _fields, _attributes, __match_args__, __doc__, class defaults.
import _ast
import ast

names = sorted(n for n in dir(_ast) if not n.startswith('__'))
print(len(names), names[:8])
for n in names:
    c = getattr(_ast, n)
    if not isinstance(c, type):
        print(n, '=', c)
        continue
    defaults = sorted(k for k, v in vars(c).items() if v is None and not k.startswith('__'))
    own = vars(c).get('_attributes')
    print(n, c.__module__, [b.__name__ for b in c.__bases__], c._fields, c._attributes, own is not None,
          c.__match_args__ == c._fields, defaults)
    print('   ', repr(c.__doc__))
print([c.__name__ for c in ast.expr_context.__subclasses__()])
print([c.__name__ for c in ast.stmt.__subclasses__()][:6])
print(ast.AST.__name__, ast.AST.__module__, ast.AST.__bases__, ast.AST.__doc__, ast.AST._fields, ast.AST._attributes)
print(_ast.AST is ast.AST, ast.Name is _ast.Name, _ast.__name__, _ast.__doc__)
# ast.py's own deprecated aliases on top of _ast
print(ast.Num(3).value, type(ast.Str('s')).__name__, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('x'), ast.Num))
print(ast.dump(ast.Index(ast.Name('x', ast.Load()))), type(ast.Param()).__name__, ast.Suite.__name__)
