# Rebinding, aliasing and mutation.
a = [1, 2, 3]
b = a
b.append(4)
print(a)
b = b + [5]
print(a, b)
def mutate(lst):
    lst.append("m")
def rebind(lst):
    lst = ["new"]
    return lst
x = []
mutate(x)
print(x, rebind(x), x)
s = "hi"
s2 = s
s += "!"
print(s, s2)
n = 1
ns = [n, n]
n += 1
print(ns, n)
def default_trap(v, acc=[]):
    acc.append(v)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
def default_fixed(v, acc=None):
    if acc is None:
        acc = []
    acc.append(v)
    return acc
print(default_fixed(1), default_fixed(2))
matrix = [[0] * 2] * 2
matrix[0][1] = 7
print(matrix, matrix[0] is matrix[1])
counts = dict.fromkeys("abc", [])
counts["a"].append(1)
print(counts)
counts = {k: [] for k in "abc"}
counts["a"].append(1)
print(counts)
t = ([],)
t[0].append(1)
print(t)
