# Iterators exhaust; iterables restart; shared iterators interleave.
nums = [1, 2, 3, 4, 5]
it = iter(nums)
print(3 in it, list(it))
it = iter(nums)
print(sum(it), sum(it))
it = iter(nums)
print(list(zip(it, it)))
g = (n * 2 for n in nums)
print(max(g), list(g))
it = iter("abcdef")
for c in it:
    print(c, next(it, "?"))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki))
d["c"] = 3
try:
    next(ki)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
si = iter(s)
next(si)
s.add(99)
try:
    next(si)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
li = iter(l)
next(li)
l.insert(0, 0)
print(list(li))
r = range(3)
print(list(r), list(r), iter(r) is iter(r))
s2 = "hi"
print(list(s2), list(s2), list(map(ord, s2)))
