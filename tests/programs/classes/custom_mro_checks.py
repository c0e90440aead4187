class B: pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
    print(A.__mro__)
except TypeError as e:
    print(e)
class M2(type):
    def mro(cls):
        return (cls, int, object)
try:
    class A2(metaclass=M2): pass
    print(A2.__mro__)
except TypeError as e:
    print(e)
class M3(type):
    def mro(cls):
        return (cls, 1, object)
try:
    class A3(metaclass=M3): pass
except TypeError as e:
    print(e)
class M4(type):
    def mro(cls):
        return [cls, B, object]
class A4(metaclass=M4): pass
print(A4.__mro__)
class M5(type):
    def mro(cls):
        return (B, object)
try:
    class A5(metaclass=M5): pass
    print(A5.__mro__)
except TypeError as e:
    print(e)
