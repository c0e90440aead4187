# slice objects: attributes, indices(), use with custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
for length in [0, 3, 8, 20]:
    print(length, s.indices(length), slice(None, None, -1).indices(length), slice(-3, None).indices(length),
          slice(-100, 100, 3).indices(length))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a", "b").indices(5)
except TypeError as e:
    print("TypeError:", e)
print(slice("a", "b", "c").start, slice([1], 2).start)
data = list(range(10))
print(data[s], data[slice(None, None, 3)], "abcdef"[slice(-2, None)], (1, 2, 3)[slice(1, None)])
class Show:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)
sh = Show()
print(sh[1], sh[1:2], sh[::], sh[:-1:2], sh[1:2, 3], sh[..., 1:], sh[:, :])
print(range(100)[slice(10, 20, 3)], list(range(100))[slice(95, None)])
print(slice(1, 5, 2) < slice(1, 6) if False else "slices are comparable:", slice(1, 2) < slice(1, 3))
