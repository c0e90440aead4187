# A class's __dict__ is a live read-only view of the class dict, and holds nothing deleted from it.
import weakref, gc

class F:
    a = 1

d = F.__dict__
F.x = 2
print('x' in d, d['x'], [k for k in d if not k.startswith('__')])
del F.a
print('a' in d, len([k for k in d if not k.startswith('__')]))
F.a = 3
print([k for k in d if not k.startswith('__')], d.get('a'))
try:
    d['y'] = 1
except TypeError as e:
    print('TypeError', e)

def h(self):
    pass
F.h = h
r = weakref.ref(h)
del h
F.__dict__['h']
del F.h
gc.collect()
print(r(), 'h' in d)

class G(F):
    pass
gd = G.__dict__
G.z = 1
print(sorted(k for k in gd if not k.startswith('__')), 'x' in gd)
