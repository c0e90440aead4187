# Attribute sites remember the instance dict's shape (key order): every way of changing a dict must be seen.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return 'method'


def get_a(o):
    return o.a


def get_b(o):
    return o.b


def call_m(o):
    return o.m()


def set_a(o, v):
    o.a = v


p, q = P(1, 2), P(3, 4)
for _ in range(3):
    print(get_a(p), get_b(q), call_m(p))

# Another order, alternating at the same sites.
r = P.__new__(P)
r.b = 20
r.a = 10
for o in (p, r, p, r, q):
    print(get_a(o), get_b(o), list(vars(o)))

# Deletion, then re-adding (the key moves to the end).
del p.a
try:
    get_a(p)
except AttributeError as e:
    print('AttributeError', e)
p.a = 'again'
print(get_a(p), list(vars(p)))

# Changes through the dict itself.
vars(q)['a'] = 'via dict'
print(get_a(q))
q.__dict__.update(a='updated', c=5)
print(get_a(q), q.c)
q.__dict__.pop('a')
try:
    get_a(q)
except AttributeError as e:
    print('AttributeError', e)
q.__dict__.clear()
try:
    get_b(q)
except AttributeError as e:
    print('AttributeError', e)
q.__dict__ = {'b': 'new dict', 'a': 'first'}
print(get_a(q), get_b(q))
set_a(q, 'stored')
print(q.__dict__)

# A method shadowed by an instance attribute after the site learnt the dict had no such key.
s = P(5, 6)
for i in range(4):
    if i == 2:
        s.m = lambda: 'shadow'
    print(call_m(s))
t = P(7, 8)
print(call_m(t))
t.__dict__['m'] = lambda: 'shadow via dict'
print(call_m(t))
del t.m
print(call_m(t))

# Keys that are not plain strs.
class S(str):
    pass


u = P(1, 2)
print(get_a(u))
u.__dict__[S('a')] = 'subclass key'
print(get_a(u), [type(k).__name__ for k in vars(u)])
u.__dict__[1] = 'int key'
print(get_b(u), len(vars(u)))

# popitem, setattr, setdefault.
w = P(1, 2)
print(w.__dict__.popitem(), list(vars(w)))
setattr(w, 'b', 'setattr')
print(get_b(w), list(vars(w)))
w.__dict__.setdefault('a', 'setdefault')
print(get_a(w), list(vars(w)))

# Many attributes.
class Big:
    pass


def fill(o, n):
    for i in range(n):
        setattr(o, 'x%d' % i, i)


bigs = [Big(), Big()]
for o in bigs:
    fill(o, 80)


def get_x70(o):
    return o.x70


print([get_x70(o) for o in bigs], get_x70(bigs[0]) + get_x70(bigs[1]))
delattr(bigs[1], 'x70')
try:
    get_x70(bigs[1])
except AttributeError as e:
    print('AttributeError', e)

# Stores that add a key at a site, for dicts of several shapes.
def add_c(o, v):
    o.c = v


objs = [P(1, 2), P(3, 4), r, P(5, 6)]
del objs[3].b
for i, o in enumerate(objs):
    add_c(o, i)
    add_c(o, i * 10)
    print(list(vars(o).items()))

# __slots__ beside a __dict__.
class Sl:
    __slots__ = ('x', '__dict__')


sl = Sl()
sl.x = 1
sl.y = 2
print(sl.x, sl.y, vars(sl))
del sl.x
try:
    sl.x
except AttributeError as e:
    print('AttributeError', e)
sl.x = 3
print(sl.x)

# A copied instance, and one made by pickle.
import copy, pickle
c1 = copy.copy(P('ca', 'cb'))
c2 = pickle.loads(pickle.dumps(P('pa', 'pb')))
for o in (c1, c2, c1):
    print(get_a(o), get_b(o), call_m(o))
    set_a(o, 'set')
    print(get_a(o), list(vars(o)))
