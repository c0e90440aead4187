# Length hints asked by list(), list.extend, += and bytearray.extend (their errors propagate); __class_getitem__ = None;
# type() refusing __mro_entries__; ESHUTDOWN is BrokenPipeError
class BadLen(object):
    def __iter__(self): return iter(range(10))
    def __len__(self): raise RuntimeError('hello')
class BadLengthHint(object):
    def __iter__(self): return iter(range(10))
    def __length_hint__(self): raise RuntimeError('hello')
class NoneLengthHint(object):
    def __iter__(self): return iter(range(10))
    def __length_hint__(self): return NotImplemented
class TypeErrorHint(object):
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): raise TypeError('no')
def iadd(x):
    l = [1]
    l += x
    return l
for f in (list, [].extend, bytearray(range(10)).extend, iadd):
    for c in (BadLen, BadLengthHint):
        try:
            f(c())
            print('no error', c.__name__)
        except RuntimeError as e:
            print('RuntimeError', e)
print(list(NoneLengthHint()), list(TypeErrorHint()), iadd(TypeErrorHint()))
import operator
print(operator.length_hint(NoneLengthHint(), 3), operator.length_hint([1, 2]))
class C_is_none(tuple):
    __class_getitem__ = None
try:
    C_is_none[int]
except TypeError as e:
    print(e)
class C:
    def __mro_entries__(self, bases): return ()
try:
    type('Bad', (C(),), {})
except TypeError as e:
    print(e)
import errno
print(type(OSError(errno.ESHUTDOWN, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__)
