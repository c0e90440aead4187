# __index__ lets objects act as integers for slicing, bin(), range, etc.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(2):Idx(8):Idx(2)], "abcdef"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(4))))
print(operator_like := [10, 20, 30][Idx(1)])
print("ab" * Idx(3), [0] * Idx(2), bytes(Idx(2)), chr(Idx(65)))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "int() uses __index__:", int(Idx(7)))
print(round(2.5, Idx(0)), round(1234, Idx(-2)), (5).__pow__(Idx(2)))
print(complex(Idx(1)) if False else "skip complex")
class BadIndex:
    def __index__(self):
        return "nope"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[float(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoIndex())
except TypeError as e:
    print("TypeError:", e)
print(Idx(3).__index__(), isinstance(Idx(1), int))
print(list(range(20))[Idx(2)::Idx(5)], "%d %x" % (Idx(42), Idx(255)))
