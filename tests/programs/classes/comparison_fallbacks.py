# Default comparison behaviour, reflected comparisons and identity fallbacks for ==.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a == None, None == a)
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print("TypeError:", e)
class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return NotImplemented
print(Left() == Right())
print(Left() != Right())
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
class Sub(OnlyLt):
    def __gt__(self, o):
        print("Sub.__gt__ (reflected first because subclass)")
        return True
print(OnlyLt(5) < Sub(0))
class NeFromEq:
    def __eq__(self, o):
        return True
print(NeFromEq() != 5, NeFromEq() == 5)
class ReturnsNonBool:
    def __eq__(self, o):
        return "truthy string"
    def __lt__(self, o):
        return 0
print(ReturnsNonBool() == 1, ReturnsNonBool() < 1, [ReturnsNonBool()] == [1], 1 in [ReturnsNonBool()])
