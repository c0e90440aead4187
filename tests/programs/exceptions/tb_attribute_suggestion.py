# AttributeError and NameError with "Did you mean" suggestions.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p.length())
try:
    p.lenght()
except AttributeError as e:
    print("caught:", e)
values = [1, 2, 3]
try:
    print(valuse)
except NameError as e:
    print("caught:", e)
def describe(pt):
    print("x =", pt.x)
    print("y =", pt.y)
    print("z =", pt.xx)
describe(p)
