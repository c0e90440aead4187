# Methods that mutate in place return None; operators that copy.
a = [3, 1, 2]
print(a.sort(), a, a.reverse(), a, a.append(0), a, a.extend([9]), a, a.insert(0, 7), a)
print(a.remove(9), a, a.clear(), a)
b = [3, 1, 2]
c = sorted(b)
d = b[::-1]
e = b + []
print(b, c, d, e, c is b, e is b, e == b)
f = b
f += [4]
print(b, f is b)
g = b
g = g + [5]
print(b, g, g is b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
shallow.append([3])
print(nested, shallow)
x = [1, 2, 3]
y = x
x[:] = [9]
print(y)
x = [1, 2, 3]
y = x
x = [9]
print(y)
lst = list(range(5))
r = reversed(lst)
lst.reverse()
print(lst, list(r))
print([].sort() is None, sorted([]) == [], type(sorted(())).__name__, type(sorted("ba")).__name__)
