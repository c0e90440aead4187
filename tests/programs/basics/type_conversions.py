# Conversions between builtin types.
print(int("42"), int(3.99), int(-3.99), int(True), int("  -7  "), int("1_000"))
print(float("3.5"), float(2), float("  1e3 "), float("-inf"), float(" nan "))
print(str(12), str(1.0), str(None), str([1, "a"]), str((1,)), str({"k": 1}))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple([1, 2]), tuple("xy"), tuple())
print(sorted(set([3, 1, 3, 2])), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print(bool(""), bool("False"), bool(0.0), bool([[]]))
print(complex(1, 2), complex("3+4j"), complex(5))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytearray(b"ab"))
print(chr(65), ord("A"), hex(255), oct(8), bin(5))
for bad in ["abc", "1.5", "", "0x10", "1 2"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1.2.3"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(int("0x10", 16), int("10", 0), int("0b11", 0), int("z", 36))
