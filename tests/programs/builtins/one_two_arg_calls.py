# Builtins called with one or two positional arguments take a shortcut in CALL (PyBuiltin.fast1/fast2):
# the same results, errors and tracebacks as the general path, also for bound methods, **kwargs and
# keyword arguments (which take the general path).
import sys

class Seq:
    def __len__(self): return 7
    def __abs__(self): return 'abs!'
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __getattr__(self, name): return 'dyn:' + name
    def __next__(self): raise StopIteration('done')
    def __iter__(self): return self

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

# Direct calls (CALL), each in a lambda: the shortcut's path.
attempt(lambda: len('héllo'))
attempt(lambda: len([1, 2]))
attempt(lambda: len(Seq()))
attempt(lambda: len(5))
attempt(lambda: len())
attempt(lambda: len('a', 'b'))
attempt(lambda: repr('x'))
attempt(lambda: repr(1.5))
attempt(lambda: isinstance(1, int))
attempt(lambda: isinstance(1, (str, float)))
attempt(lambda: isinstance(1, 2))
attempt(lambda: isinstance(1))
attempt(lambda: issubclass(bool, int))
attempt(lambda: issubclass(1, int))
attempt(lambda: abs(-3))
attempt(lambda: abs(-2.5))
attempt(lambda: abs(Seq()))
attempt(lambda: abs('s'))
attempt(lambda: min(3, 1))
attempt(lambda: max(3, 1))
attempt(lambda: min(1, 1.0))
attempt(lambda: max(1, 1.0))
attempt(lambda: min('b', 'a'))
attempt(lambda: max(1, 'a'))
attempt(lambda: min([4, 2, 9]))
attempt(lambda: max(()))
attempt(lambda: iter(5))
attempt(lambda: next(iter([])))
attempt(lambda: next(iter([7])))
attempt(lambda: next(Seq()))
attempt(lambda: next(5))
attempt(lambda: next(iter([]), 'dflt'))
attempt(lambda: next((x for x in [1])))
attempt(lambda: next((x for x in [])))
attempt(lambda: getattr(Seq(), 'foo'))
attempt(lambda: getattr(1, 'real'))
attempt(lambda: getattr(1, 'nope'))
attempt(lambda: getattr(1, 5))
attempt(lambda: getattr(1, 'nope', 'd'))
attempt(lambda: hasattr(1, 'real'))
attempt(lambda: hasattr(1, 'nope'))
attempt(lambda: hasattr(1, 5))
attempt(lambda: callable(len))
attempt(lambda: callable(1))
attempt(lambda: callable(Seq))
attempt(lambda: hash('abc') == hash('abc'))
attempt(lambda: hash([]))
attempt(lambda: hash(-1))
attempt(lambda: ord('a'))
attempt(lambda: ord('ab'))
attempt(lambda: ord(b'z'))
attempt(lambda: ord(5))
attempt(lambda: ord('😀'))
attempt(lambda: chr(65))
attempt(lambda: chr(-1))
attempt(lambda: chr(2**70))
attempt(lambda: chr('a'))
attempt(lambda: divmod(7, 2))
attempt(lambda: divmod(7, 0))
attempt(lambda: divmod(Seq(), 3))
attempt(lambda: divmod(3, Seq()))
attempt(lambda: divmod('a', 1))
attempt(lambda: divmod(7.5, 2))

# Keywords and ** take the general path, with its messages.
attempt(len, obj=[1])
attempt(isinstance, 1, **{'cls': int})
attempt(min, 3, 1, key=lambda v: -v)
attempt(max, [], default='none')
print(type(id(object())).__name__, id(len) == id(len))

# A builtin bound to a name, and called through a bound method of a builtin module.
L = len
print(L("abc"), sum(map(len, ["a", "bb"])), type(iter([1])).__name__)
import math
print(math.floor(2.5), math.gcd(12, 18))

def deep():
    return ord('too long')
try:
    deep()
except TypeError:
    import traceback
    traceback.print_exc()
print(chr(0x41), ord(chr(0x10ffff)) == 0x10ffff)
