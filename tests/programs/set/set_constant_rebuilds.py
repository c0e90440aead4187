# Constant set displays and `in {...}` / `for x in {...}` sets are frozenset constants. CPython builds one from
# the items, rebuilds it when the compiler merges constants (in the first build's order), and once more when
# making the code object interns a name-like string equal to one interned before (an identifier of the
# module or a builtin's name). Each build can move colliding items.
print(list({100, 36, 4, 68, 132, 7}))
print({100, 36, 4, 68, 132, 7}, frozenset({100, 36, 4, 68, 132, 7}))
print([x for x in {100, 36, 4, 68, 132, 7}])
for x in {1, 9, 17, 25, 33, 41, 2, 10}:
    print(x, end=' ')
print()
print(5 in {100, 36, 4, 68, 132, 5}, 7 in {100, 36, 4, 68, 132, 7})
# Items equal to ints: the first one written is kept.
print({1.0, 9, 17, True, 25.0, 33}, {True, 1, 1.0, 9})
# Strings: 'print' and 'len' are builtins, 'spam' is an identifier of this module, 'eggz' is neither.
spam = 1
print({'print', 3, 11, 19}, {'eggz', 3, 11, 19})
print({'spam', 'eggz', 64, 0, 8}, {'len', 'zip', 'eggz', 'qq', 'rr'})
print([x for x in {'spam', 2, 66, 'b'}], [x for x in {'eggz', 2, 66, 'b'}])
# Tuples inside do not count for the third build.
print({('print', 1), ('len', 2), 16, 8, 0, 24, 32})
def f():
    return {200, 72, 8, 136, 264}
print(f(), f() == {8, 72, 136, 200, 264})
# A set built at run time from the same items is built once.
items = [100, 36, 4, 68, 132, 7]
print(set(items), frozenset(items))
# compile() and exec give the same frozenset constants.
ns = {}
exec(compile('r = [x for x in {100, 36, 4, 68, 132, 7}]', 'm', 'exec'), ns)
print(ns['r'])
# Attribute names of the builtin types are interned at start-up too.
print({'items', 20, 55, 50, 47, 56, 64, 34, 'qq'}, {'keys', 46, 22, 'qq'})
print({'append', 34, 61, 39, 38, 64, 52, 'qq'}, {'upper', 5, 33, 51, 19, 60, 28, 11, 'qq'})
