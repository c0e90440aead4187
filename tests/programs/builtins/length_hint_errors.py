# operator.length_hint: a TypeError from __len__ or __length_hint__ means "no hint" (PyObject_LengthHint);
# other exceptions propagate.
import operator, itertools
print(operator.length_hint(itertools.repeat(None), 12), operator.length_hint(itertools.repeat(None, 3), 12))
class X:
    def __init__(self, value): self.value = value
    def __length_hint__(self):
        if isinstance(self.value, type) and issubclass(self.value, BaseException):
            raise self.value
        return self.value
class L:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 7
print(operator.length_hint(X(TypeError), 5), operator.length_hint(X(NotImplemented), 6), operator.length_hint(L(), 1))
for v in (LookupError, -1, 'x'):
    try:
        print(operator.length_hint(X(v)))
    except Exception as e:
        print(type(e).__name__, e)
