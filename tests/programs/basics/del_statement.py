# del on names, items, slices, attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O: pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
