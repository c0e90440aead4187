import types
mp = types.MappingProxyType({'a': 1})
try:
    mp |= {}
except TypeError as e:
    print(e)
print(mp, mp | {'b': 2}, {'c': 3} | mp)
