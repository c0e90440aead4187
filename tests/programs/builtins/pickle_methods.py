# Bound methods, method descriptors, slot wrappers and builtin static methods pickle
# as getattr(owner, name) (method___reduce__, descr_reduce, meth_reduce), and come back equal.
import pickle, copy

class A:
    def m(self): return 'm'
    @classmethod
    def c(cls): return 'c'

a = A()
objs = [a.m, A.c, [].append, list.append, str.maketrans, bytes.maketrans, int.__add__, (1).__add__,
        dict.fromkeys, len, str.__dict__['join'], object.__init__]
for o in objs:
    for proto in (0, 2, 4):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(o).__name__, type(r).__name__, r == o or r.__name__ == o.__name__)
    red = o.__reduce__()
    if isinstance(red, str):
        print('global', red)
    else:
        f, (owner, name) = red
        print(f.__name__, type(owner).__name__ if isinstance(owner, A) else owner, name)
print(pickle.loads(pickle.dumps(a.m))())
print(repr(str.maketrans).split(' at ')[0], str.maketrans.__self__, dict.fromkeys.__self__)
print(copy.deepcopy([a.m])[0].__func__ is A.m)
# A classmethod descriptor has no reduction of its own.
cd = dict.__dict__['fromkeys']
print(cd.__name__, cd.__qualname__, cd.__objclass__)
try:
    pickle.dumps(cd)
except TypeError as e:
    print(e)
