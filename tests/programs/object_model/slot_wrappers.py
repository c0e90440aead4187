# wrapper_descriptor and method-wrapper: the types of slot methods, unbound and bound, their reprs, attributes,
# comparison, calls and errors (types.WrapperDescriptorType / MethodWrapperType).
import types, inspect
l = []
print(type(int.__add__), type((1).__add__), type(object.__init__), type(object().__str__), type(str.join), type(list.__getitem__), type(dict.__contains__))
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(int.__add__, list.__init__, repr(l.__add__)[:40], l.__add__.__objclass__, l.__add__.__self__ is l, l.__add__.__name__, l.__add__.__qualname__)
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__, hash(l.__add__) == hash(l.__add__))
print(l.__add__([1]), (5).__add__(3), int.__add__(5, 3), object.__init__.__qualname__, int.__add__.__objclass__)
print(inspect.ismethoddescriptor(int.__add__), inspect.isroutine(int.__add__), inspect.isroutine((1).__add__), inspect.ismethodwrapper((1).__add__), inspect.isbuiltin((1).__add__))
print(callable(int.__add__), int.__add__.__get__(3)(4), type(int.__add__.__get__(3)))
class A:
    def __init__(self): super().__init__()
A()
print(type(A.__init__), type(A().__str__), type(A.__str__))
try: int.__add__('x', 1)
except TypeError as e: print(e)
try: (1).__add__.foo
except AttributeError as e: print(e)
import pickle
print(pickle.loads(pickle.dumps((5).__add__))(1))
try:
    int.__add__()
except TypeError as e:
    print(e)
try:
    str.join()
except TypeError as e:
    print(e)
print(repr(int.__add__), repr(object.__init__), repr(str.join), repr(list.__getitem__))
print(type(type.__call__), type(property.__get__), type(property.__set__), type(object.__setattr__), type(int.__repr__))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
d = {}
d[l.__len__] = 1
print(d.get(l.__len__))
l = []
d = {l.append: 1, len: 2}
print(d.get(l.append), d[len], len({l.append, l.append, [].append}))
