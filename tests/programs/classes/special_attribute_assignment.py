# Setting and deleting special attributes is refused with CPython's errors (it gave internal errors or was
# accepted): __class__, a function's __dict__/__name__/__qualname__/__defaults__/__kwdefaults__/__annotations__,
# a static type's dict, a type's __name__/__qualname__/__module__, __abstractmethods__; instantiating an abstract
# class names its abstract methods; dict.fromkeys stores through what a subclass's constructor returns.
import functools
from abc import ABC, abstractmethod

def f():
    pass

class P:
    pass

cases = [
    ('del P().__class__', lambda: delattr(P(), '__class__')),
    ('del f.__class__', lambda: delattr(f, '__class__')),
    ('del exc.__dict__', lambda: delattr(ValueError(), '__dict__')),
    ('set f.__dict__', lambda: setattr(f, '__dict__', object())),
    ('del f.__dict__', lambda: delattr(f, '__dict__')),
    ('set f.__annotations__', lambda: setattr(f, '__annotations__', object())),
    ('set f.__defaults__', lambda: setattr(f, '__defaults__', object())),
    ('set f.__kwdefaults__', lambda: setattr(f, '__kwdefaults__', object())),
    ('set f.__name__', lambda: setattr(f, '__name__', object())),
    ('del f.__name__', lambda: delattr(f, '__name__')),
    ('set f.__qualname__', lambda: setattr(f, '__qualname__', 1)),
    ('del f.__qualname__', lambda: delattr(f, '__qualname__')),
    ('del P.__module__', lambda: delattr(P, '__module__')),
    ('del P.__qualname__', lambda: delattr(P, '__qualname__')),
    ('set P.__qualname__', lambda: setattr(P, '__qualname__', object())),
    ('set int.__name__', lambda: setattr(int, '__name__', 'x')),
    ('set int.__module__', lambda: setattr(int, '__module__', 'x')),
    ('del P().__dict__', lambda: delattr(P(), '__dict__')),
    ('set P().__dict__', lambda: setattr(P(), '__dict__', 1)),
    ('del partial.__dict__', lambda: delattr(functools.partial(abs), '__dict__')),
    ('del P.__abstractmethods__', lambda: delattr(P, '__abstractmethods__')),
]
for label, fn in cases:
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

f.__defaults__ = (1,)
f.__kwdefaults__ = {'a': 1}
f.__annotations__ = None
P.__qualname__ = 'Outer.P'
P.__module__ = 'elsewhere'
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, P)

class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        pass
    @abstractmethod
    def area(self):
        pass
class Square(Shape):
    def area(self):
        return 1
for cls in (Shape, Square):
    try:
        cls()
    except TypeError as e:
        print(e)
P.__abstractmethods__ = frozenset({'x'})
try:
    P()
except TypeError as e:
    print(e)
del P.__abstractmethods__
print(type(P()).__name__)

class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
print(Recording.fromkeys('ab', 0))
class Odd(dict):
    def __new__(cls):
        return 42
try:
    Odd.fromkeys([1])
except TypeError as e:
    print(e)
