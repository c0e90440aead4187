# A slot's member descriptor applies only to instances of its class (descr_check), wherever it is found.
class MyABC:
    __slots__ = 'a'
class Unrelated: pass
u = Unrelated()
for op in (lambda: MyABC.a.__set__(u, 3), lambda: MyABC.a.__get__(u), lambda: MyABC.a.__delete__(u)):
    try:
        op()
    except TypeError as e:
        print(e)
print(u.__dict__)
class Sneaky:
    __slots__ = ('shadowed',)
    shadowing = MyABC.a
class Borrow:
    borrowed = MyABC.a
o = Sneaky()
o.shadowed = 42
b = Borrow()
def load(x, name):
    return getattr(x, name)
for i in range(3):
    for x, name in ((o, 'shadowing'), (b, 'borrowed')):
        try:
            load(x, name)
        except TypeError as e:
            print(i, e)
        try:
            setattr(x, name, 1)
        except TypeError as e:
            print(i, e)
    try:
        o.shadowing
    except TypeError as e:
        print('direct', e)
class Sub(MyABC):
    pass
s = Sub()
MyABC.a.__set__(s, 5)
print(s.a, MyABC.a.__get__(s), repr(MyABC.a))
MyABC.a.__delete__(s)
try:
    s.a
except AttributeError as e:
    print(e)
