# Descriptors with __set__ but no __get__, proxies seen through __class__, builtin method equality,
# type attributes (__doc__, __abstractmethods__), staticmethod/classmethod __dict__.
class Descr:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr = Descr('a')
class X:
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
class Meta(type): pass
class Y(metaclass=Meta): pass
Y.a = 42
Meta.a = Descr('a')
print(Y.a)

class Proxy:
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith('_Proxy__'):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class B:
    def f(self):
        return 'B.f'
class C(B):
    def f(self):
        return super(C, self).f() + '->C.f'
p = Proxy(C())
print(isinstance(p, C), isinstance(p, B), isinstance(p, Proxy), C.__dict__['f'](p))
try:
    super(C, Proxy(1))
except TypeError as e:
    print(e)

l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append == l.pop)
print(l.__add__ == l.__add__, l.__add__ != [].__add__, hash(l.append) == hash(l.append))
print(len.__eq__(len), len == len, len != abs)
try:
    l.append < l.append
except TypeError as e:
    print(e)

try:
    type(list).__dict__['__doc__'].__set__(list, 'blah')
except TypeError as e:
    print(e)
class D:
    'elephant'
D.__doc__ = 'banana'
print(D.__doc__)
try:
    type(D).__dict__['__doc__'].__delete__(D)
except TypeError as e:
    print(e)
print(D.__doc__)
print(type(None).__doc__, staticmethod(None).__dict__, classmethod(None).__dict__)
sm = staticmethod(None)
sm.x = 42
print(sm.__dict__)
try:
    getattr(type, '__abstractmethods__')
except AttributeError as e:
    print('AttributeError', e)
class Nasty(str): pass
D.__name__ = Nasty('abc')
D.__qualname__ = Nasty('abcd')
print(D.__name__, D.__qualname__, D)

# type() and a metaclass's call with the wrong number of arguments.
class M(type):
    pass
class N(type, metaclass=M):
    pass
for f, a in ((type, (5, 6)), (type, (1, 2, 3, 4)), (M, (5,)), (N, (5,)), (M, ())):
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(type(5), M('X', (), {}))
