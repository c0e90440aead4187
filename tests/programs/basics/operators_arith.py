# Arithmetic operators on ints and floats, precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(7 / 2, 7 // 2, 7 % 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, -5))
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 / 5)
print(2 ** -1, 2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) == (-8) ** (1/3))
print(~5, ~-1, -~5, +-+3)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -1 >> 5)
print(True + True, True * 10, False - 1)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(1e308 * 10, -1e308 * 10)
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
print("ab" * 3, 3 * [0], [1] * 0, "x" * -1)
print(round(2.675, 2), 0.1 + 0.2, 0.1 + 0.2 == 0.3)
