"""Print the table of CPython 3.11's `_ast` classes that src/modules/_ast.ts embeds (AST_TABLE).

One entry per class, in CPython's creation order (Python.asdl's order, which __subclasses__()
shows): [name, base, attributes or null (inherited), __doc__ ('' for a
sum type, whose __doc__ _ast.ts rebuilds from its constructors')]. Fields, their ASDL types and the
optional ones are read back from the __doc__ signature ("Name(identifier id, expr_context ctx)"),
so the docstrings, the fields and the conversion rules come from one source.
Run: python3 scripts/ast_module_table.py, and paste the output over AST_TABLE.
"""
import _ast
import json

names = set(dir(_ast))
rows = []


def sum_doc(name, docs):
    if all('(' not in d for d in docs):
        return name + ' = ' + ' | '.join(docs)
    return name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(docs)


def walk(cls):
    for sub in cls.__subclasses__():
        if sub.__name__ not in names or sub.__module__ != 'ast':
            continue  # ast.py's deprecated aliases (Num, Str, slice, Index...)
        own = sub.__dict__.get('_attributes')
        members = [m for m in sub.__subclasses__() if m.__name__ in names]
        doc = sub.__doc__
        if members:
            # A sum type's __doc__ lists its constructors' signatures: _ast.ts rebuilds it.
            assert doc == sum_doc(sub.__name__, [m.__doc__ for m in members]), sub
            doc = ''
        rows.append([sub.__name__, cls.__name__, list(own) if own is not None else None, doc])
        walk(sub)


walk(_ast.AST)
print('const AST_TABLE: [string, string, string[] | null, string][] = [')
for r in rows:
    print('  ' + json.dumps(r, ensure_ascii=False) + ',')
print('];')
