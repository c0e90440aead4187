# Shadowing builtins at module and function level, then restoring.
print(len("abc"))
len = lambda x: 42
print(len("abc"))
del len
print(len("abc"))
def f():
    list = "not a list"
    return list
print(f(), list("ab"))
import builtins
print(builtins.len is len, builtins.max([1, 5, 2]))
def uses_max():
    return max(1, 2)
max = min
print(uses_max())
del max
print(uses_max())
str_ = str
def g():
    str = int
    return str("12") + 1
print(g(), str_(5))
class K:
    print = "class attr"
    def show(self):
        print(self.print)
K().show()
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
try:
    print(undefined_thing)
except NameError as e:
    print("NameError:", e)
try:
    prnt("x")
except NameError as e:
    print("NameError:", e)
