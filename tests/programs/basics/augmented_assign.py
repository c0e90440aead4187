# Augmented assignment on immutable and mutable objects.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0xF0; print(n)
n |= 0x0F; print(n)
n ^= 0xFF; print(n)
f = 7.0
f /= 2; print(f)
f //= 0.5; print(f)
s = "ab"
t = s
s += "cd"
print(s, t, s is t)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1, 2}
st |= {3}; st &= {2, 3}; st -= {2}; st ^= {9}
print(sorted(st))
class Box:
    def __init__(self): self.v = 1
b = Box()
b.v += 10
print(b.v)
arr = [[0] * 2 for _ in range(2)]
arr[1][0] += 5
print(arr)
try:
    tt = ([1],)
    tt[0] += [2]
except TypeError as e:
    print("TypeError:", e, tt)
try:
    z = "x"
    z -= "y"
except TypeError as e:
    print("TypeError:", e)
