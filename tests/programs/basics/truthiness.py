# Truth values of builtins and user objects; and/or return operands.
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", "a", b"", b"x", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, bytearray(), ...]
for v in values:
    print(repr(v), bool(v), not v)
print(0 or "default")
print("x" or "y")
print(0 and 1)
print(2 and 3)
print(None or 0 or [] or "last")
print(1 and 2 and 3)
print([] and undefined_name_never_evaluated)
class Zero:
    def __len__(self): return 0
class Yes:
    def __bool__(self): return True
    def __len__(self): return 0
class Plain: pass
print(bool(Zero()), bool(Yes()), bool(Plain()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
if not Zero():
    print("Zero is falsy")
x = 5
print("in range" if 0 < x < 10 else "out")
print(not not x)
