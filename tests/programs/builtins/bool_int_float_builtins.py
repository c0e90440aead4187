# Numeric type constructors as builtins with keyword and edge inputs.
print(bool(), int(), float(), complex(), str(), bytes(), list(), tuple(), dict(), set(), frozenset())
print(int("0b101", base=0), int(x="12") if False else int("12"), float("  -inf"), complex(real=1, imag=2))
try:
    int(x="12")
except TypeError as e:
    print("TypeError:", e)
try:
    float(x="1.0")
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
print(int(" 7 "), int("-0"), float("1e-3"), complex("-2.5j"), bool("0"), bool(0.0), bool(-0.0j))
print(type(int.__new__(int, 5)), int.__new__(bool, 1) if False else "bool cannot be created via int.__new__")
print(isinstance(int("5"), int), float(int("5")), int(float("5.9")), round(float("5.5")))
print(list(map(int, ["1", "2", "3"])), list(map(float, ["1", "2.5"])), list(map(bool, [0, 1, ""])))
