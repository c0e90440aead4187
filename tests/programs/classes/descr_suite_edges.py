# Edges from test_descr: non-str attribute names, ord() of a str subclass, property's members read-only as members.
class S(str): pass
for f in [lambda: type.__getattribute__(list, b'x'), lambda: type.__getattribute__(list, 1), lambda: object.__getattribute__(1, b'x'),
          lambda: ord(S('a')), lambda: ord(b'a'), lambda: ord(bytearray(b'a')), lambda: ord(b'ab'), lambda: ord(S('ab')), lambda: ord(3),
          lambda: repr([].append).split(' of ')[0],
          lambda: str(S('x')) .__class__, lambda: repr(property().fget), lambda: type(list.__dict__['append']).__name__,
          ]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
p = property()
try:
    p.fget = 1
except AttributeError as e:
    print(e)

# method_repr falls back from __qualname__ to __name__ to '?'.
import types
class MyCallable:
    def __call__(self, arg):
        pass
func = MyCallable()
instance = object()
method = types.MethodType(func, instance)
print(repr(method).split(' of ')[0])
func.__name__ = "name"
print(repr(method).split(' of ')[0])
func.__qualname__ = "qualname"
print(repr(method).split(' of ')[0])
class Foo:
    @classmethod
    def method(cls):
        pass
print(repr(Foo().method), repr(Foo.method).split(' of ')[0])
