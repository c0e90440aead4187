# super, property, staticmethod, classmethod used as plain builtins.
class Base:
    def greet(self): return "base"
class Child(Base):
    def greet(self): return "child+" + super().greet()
print(Child().greet(), super(Child, Child()).greet(), type(super(Child, Child())).__name__)
def getx(self): return self._x
def setx(self, v): self._x = v * 2
class P:
    x = property(getx, setx, None, "x doc")
    s = staticmethod(lambda a, b: a + b)
    c = classmethod(lambda cls: cls.__name__)
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.s(1, 2), p.s(3, 4), P.c(), p.c())
prop = property()
print(prop.fget, prop.fset, prop.fdel, prop.__doc__)
class Q:
    y = property()
try:
    Q().y
except AttributeError as e:
    print("AttributeError:", e)
try:
    Q().y = 1
except AttributeError as e:
    print("AttributeError:", e)
sm = staticmethod(len)
cm = classmethod(lambda cls, v: (cls.__name__, v))
print(sm.__func__ is len, sm("abc"), type(cm).__name__, cm.__func__(int, 5))
class R:
    f = cm
print(R.f(1), R().f(2))
print(property.__name__, property.getter, property.setter is not None, property(getx).getter(getx).fget is getx)
