# Calling conventions through getattr, call via dict of callables, __call__.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def __call__(self, name, punct="!"):
        return f"{self.greeting}, {name}{punct}"
hello = Greeter("Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello(*["Cy"], **{"punct": "."}))
print(callable(hello), callable(Greeter), callable(5))
print(getattr("abc", "upper")(), getattr([3, 1, 2], "index")(2))
def kw_only_sum(**nums):
    return sum(nums.values())
print(kw_only_sum(a=1, b=2, c=3))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(("add", v))
        return self
    def mul(self, v):
        self.ops.append(("mul", v))
        return self
    def run(self, x):
        for op, v in self.ops:
            x = x + v if op == "add" else x * v
        return x
print(Chain().add(3).mul(4).add(-2).run(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(type(hello).__call__(hello, "Dee"))
ABC = "abc"
try:
    ABC()
except TypeError as e:
    print("TypeError:", e)
try:
    Greeter("x")()
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), max([3, 9, 2]), max(3, 9, key=lambda v: -v))
