# Right-hand side is evaluated fully before any target is assigned; targets left to right.
a, b = 1, 2
a, b = b, a + b
print(a, b)
lst = [10, 20, 30]
i = 0
i, lst[i] = 1, 99
print(i, lst)
x = [0, 1, 2]
x[0], x[x[0]] = 2, 5
print(x)
d = {}
k = "first"
k, d[k] = "second", "value"
print(k, d)
class Obj:
    pass
o = Obj()
o.a, o.b = o.b, o.a = 1, 2
print(o.a, o.b)
p = q = []
p.append(1)
print(p, q, p is q)
m = n = 5
m += 1
print(m, n)
first, second, *rest = "abcdef"
print(first, second, rest)
(c, d2), e = "xy", "z"
print(c, d2, e)
nums = [1, 2, 3]
nums[1:2], last = ["a", "b"], nums[-1]
print(nums, last)
