# bool: a subclass of int with two instances.
print(True, False, repr(True), str(False), type(True).__name__, bool.__bases__)
print(int(True), int(False), float(True), complex(True), True + 0.5)
print(bool(), bool(0), bool(1), bool(-1), bool("0"), bool(0.0), bool(-0.0), bool(float("nan")))
print(True == 1, False == 0, True == 1.0)
print(True & True, True & False, True | False, True ^ True, False ^ True, type(True & False).__name__)
print(True & 3, True | 2, type(True & 3).__name__, ~True, ~False, -True, +True)
print(True and "yes", False or "no", not True, not 0, not "")
print(sum([True] * 10), True * "ab", [1, 2, 3][True], True / 2, True // 2, True ** 10)
print(hash(True), hash(False), {True: "a", 1: "b"}, {0, False, 0.0})
print(bool.__new__(bool, 5), bool(bool), bool(None), bool(...), bool(NotImplemented) if False else "skip")
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, int), True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), False.bit_length(), True.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"))
print(f"{True}", f"{True:d}", f"{True!r}", f"{False:>6}", "%s %d %r" % (True, True, False))
print(max(True, 0), min(False, -1), sorted([True, False, 0, 1]), True.__and__(1), True.__rand__(False))
print(bool("False"), bool([]), bool([[]]), bool({}), bool(set()), bool(range(0)), bool(b"\x00"))
print(True > False, True >= 1, False < 0.5, (True, False) < (True, True))
print(str(True).upper(), repr(True).lower(), len(str(False)))
