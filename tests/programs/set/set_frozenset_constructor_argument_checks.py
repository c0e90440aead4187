for T in (set, frozenset):
    for args, kw in [(([], 2), {}), ((), {'a': 1}), (([1],), {'iterable': 2})]:
        try:
            T(*args, **kw); print(T.__name__, 'ok')
        except TypeError as e:
            print(T.__name__, e)
s = set()
for a in [(s, 2), (1,)]:
    try:
        s.__init__(*a); print('init ok')
    except TypeError as e:
        print(e)
try:
    set().__init__(a=1)
except TypeError as e:
    print(e)
class sub(set): pass
try:
    sub(sequence=())
except TypeError as e:
    print(e)
class fsub(frozenset): pass
try:
    fsub(sequence=())
class subclass_with_init(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg
u = subclass_with_init([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)
class fs_with_init(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
v = fs_with_init([3], newarg=4)
print(type(v).__name__, sorted(v), v.newarg)
