# dict.__ror__ (the reflected |), which mappingproxy borrows.
import types

class D(dict):
    pass

print(type({'a': 1} | D(b=2)).__name__, type(D(b=2) | {'a': 1}).__name__)
print(dict.__ror__({'a': 1}, {'b': 2, 'a': 0}), dict.__ror__({'a': 1}, 3), {}.__ror__([]))
m = types.MappingProxyType({'a': 1})
print({'b': 2} | m, m | {'q': 1}, m.__ror__({'z': 0}))
for bad in [lambda: m.__ror__(5), lambda: m.__or__([]), lambda: 5 | m]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(sorted(set(dir(m)) - set(dir(object()))))

class Other:
    def __or__(self, o):
        return 'Other.__or__'
    def __ror__(self, o):
        return 'Other.__ror__'
print({} | Other(), Other() | {})
try:
    [1] | {}
except TypeError as e:
    print(e)
