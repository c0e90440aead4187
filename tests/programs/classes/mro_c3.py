# C3 linearization with diamonds, and inconsistent hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class Base:
    def who(self): return ["Base"]
class Left(Base):
    def who(self): return ["Left"] + super().who()
class Right(Base):
    def who(self): return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self): return ["Bottom"] + super().who()
print(Bottom().who())
print([c.__name__ for c in Bottom.mro()])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
try:
    class P(X, Y): pass
    class Q(Y, X): pass
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(int, str): pass
except TypeError as e:
    print("TypeError:", e)
