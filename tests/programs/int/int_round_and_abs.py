# round() on ints with negative ndigits, abs, and the numeric protocols.
for n in [0, 5, 14, 15, 25, 35, 149, 150, 250, -150, -250, 12345, 2 ** 70 + 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-5, -1), round(-15, -1))
print(abs(-7), abs(7), abs(-(2 ** 100)), abs(0), abs(True))
print((7).__round__(), (7).__round__(-1), (17).__trunc__(), (17).__floor__(), (17).__ceil__())
print(int.__index__(12), (12).__int__(), (12).__float__(), (-3).__bool__(), (0).__bool__())
print(divmod(-17, 5), divmod(17, -5), (-17).__divmod__(5), (5).__rdivmod__(-17))
import math
print(math.floor(7), math.ceil(-7), math.trunc(10 ** 30), type(math.floor(5)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(10 ** 25 + 5 * 10 ** 10, -11), round(-(10 ** 25) - 5 * 10 ** 10, -11))
