# format() with specs for str, int, float, bool, None, complex and custom objects.
print([format("abc", s) for s in ["", "5", "<5", ">5", "^5", "*^7", ".1", "5.2", "s", "=^3"][:9]])
try:
    format("abc", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
print([format(12, s) for s in ["", "x", "=+6", "06", "<06", "^06", "#06x", " ", "c", "e", "%", "g", "n"]])
print([format(-1.5, s) for s in ["", "g", "e", "f", "%", "010.2f", "=+10.1f", "^10", "z", ".0e", ".3"]])
print([format(True, s) for s in ["", "d", "5", "x", "f", "^7"]], format(None, ""))
try:
    format(None, "^6")
except TypeError as e:
    print("TypeError:", e)
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
print([format(1 + 2j, s) for s in ["", ".1f", "^20", "e", "g", "+"]])
print(format([1, 2]), format({"a": 1}), format((1,), ""))
try:
    format([1], "^5")
except TypeError as e:
    print("TypeError:", e)
print(format(1234.5678, ",.2f"), format(1234.5678, "_.3f"), format(10 ** 10, ",d"), format(0.5, ".0%"))
print(format(255, "_b"), format(255, "_o"), format(2 ** 32, "_x"), format(-(2 ** 32), "#_x"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{3.14159:{'>'}{12}.{3}f}|", f"{42:#{'x'}}")
