# A call of a class keeps the __new__ and __init__ it found on the class until the class or a base changes:
# every change below must be seen by the next call.
def attempt(f):
    try:
        r = f()
        print('ok', type(r).__name__, getattr(r, 'v', None))
    except TypeError as e:
        print('TypeError', e)

class A:
    pass
class B(A):
    pass
attempt(lambda: A())
attempt(lambda: A(1))
attempt(lambda: B())
def init(self, v=0):
    self.v = ('A.__init__', v)
A.__init__ = init
attempt(lambda: A(1))
attempt(lambda: B(2))
del A.__init__
attempt(lambda: B(3))
A.__init__ = None
attempt(lambda: A())
del A.__init__

class N:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.v = ('N.__new__', args)
        return o
attempt(lambda: N(1, 2))     # object.__init__ ignores the arguments: __new__ is not object's
N.__init__ = lambda self, *a: setattr(self, 'v', ('N.__init__', a))
attempt(lambda: N(3))

# __new__ returning another class's instance: no __init__; a subclass's instance: the subclass's __init__.
class Other:
    def __init__(self):
        self.v = 'Other.__init__'
class Sub:
    def __init__(self, *a):
        self.v = ('Sub.__init__', a)
class R:
    mode = 0
    def __new__(cls, *a):
        return Other() if R.mode == 0 else object.__new__(RSub)
    def __init__(self, *a):
        self.v = ('R.__init__', a)
class RSub(R):
    def __init__(self, *a):
        self.v = ('RSub.__init__', a)
attempt(lambda: R(1))
R.mode = 1
attempt(lambda: R(2))

# A classmethod or a plain function as __new__; __new__ replaced on a base.
class C:
    @classmethod
    def __new__(cls, *a):
        o = object.__new__(C)
        o.v = ('classmethod __new__', a)
        return o
attempt(lambda: C(7))
class D(A):
    pass
attempt(lambda: D())
A.__new__ = lambda cls, *a: 'not an A'
attempt(lambda: D(1))
del A.__new__
attempt(lambda: D())

# __bases__ reassigned.
class X:
    def __init__(self, v):
        self.v = ('X', v)
class Y:
    def __init__(self, v):
        self.v = ('Y', v)
class Z(X):
    pass
attempt(lambda: Z(1))
Z.__bases__ = (Y,)
attempt(lambda: Z(2))

# Builtin types and their subclasses.
print(list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate(iterable='c', start=2)))
attempt(lambda: enumerate())
attempt(lambda: enumerate(5))
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.v = len(self)
attempt(lambda: MyList('abc'))
MyList.__init__ = list.__init__
attempt(lambda: MyList('abcd'))
class MyInt(int):
    pass
print(MyInt(5) + 1, type(MyInt('7')).__name__)
MyInt.__new__ = lambda cls, v: int.__new__(cls, v * 2)
print(MyInt(5))
print(list(zip('ab', 'cd')), dict(a=1), set('aa'), frozenset(), object().__class__.__name__)
attempt(lambda: object(1))
