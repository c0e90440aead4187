# ** and pow() including modular exponent and negative exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -2, (-2) ** -3)
print(10 ** 30, 10 ** -3, 1 ** 1000000, (-1) ** 1000001)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(10, -1, 17), pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(0, 0, 1), pow(5, 0, 1), pow(5, 0, 7), pow(-7, 1, 3))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -1)
print(pow(2, 1000, 10 ** 20))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
try:
    pow(10.0, 400)
except OverflowError as e:
    print("OverflowError:", e)
print(pow(-1, 0.5))
