import threading, _thread
loc = threading.local()
print(type(loc), threading.local is _thread._local)
loc.x = 1
def f():
    print('in thread', hasattr(loc, 'x'), loc.__dict__)
    loc.x = 2
    print(loc.x)
t = threading.Thread(target=f); t.start(); t.join()
print(loc.x, loc.__dict__)
class My(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1
m = My(5)
def g():
    print('sub', m.v, m.inits)
    m.v = 7
t = threading.Thread(target=g); t.start(); t.join()
print(m.v)
try:
    threading.local(1)
except TypeError as e:
    print(e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print(e)
del loc.x
print(hasattr(loc, 'x'))
import weakref; print(weakref.ref(loc)() is loc)
