# type(name, bases, ns, **kw) where a base has a more derived metaclass: type_new hands the creation to
# that metaclass's __new__ (as enum's _simple_enum does with type(cls_name, (etype,), body, boundary=...)).

class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('M.__new__', name, sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)

class B(metaclass=M):
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', cls.__name__, kw)

C = type('C', (B,), {}, boundary=1)
print(type(C).__name__, C.__mro__[1].__name__)

class N(type):
    pass

class D(metaclass=N):
    pass

E = type('E', (D,), {'x': 1})
print(type(E).__name__, E.x)

class Other(type):
    pass

class F(metaclass=Other):
    pass

try:
    type('G', (B, F), {})
except TypeError as e:
    print('TypeError:', e)

try:
    M('H', (F,), {})
except TypeError as e:
    print('TypeError:', e)
