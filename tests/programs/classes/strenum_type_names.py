# type(name, bases, ns) with a str subclass (a StrEnum member) as the name and as namespace keys: the class is
# made, named by the text, and the keys are attributes by their text.
import enum
class E(enum.StrEnum):
    A = 'a'; B = 'b'
T = type(E.A, (), {E.B: 1, 'c': 2})
print(T, T.__name__ == 'a', T.b, T.c, hasattr(T, 'b'), T().b)
class M(type):
    pass
U = M(E.B, (T,), {E.A: lambda self: 'method'})
print(U, U().a(), U.b, isinstance(U(), T))
