# fractions.Fraction: arithmetic, parsing, limit_denominator, comparisons with floats.
from fractions import Fraction as F

print(F(3, 4) + F(1, 6), F(3, 4) * 2, F(1, 3) ** 2, F(-7, 3) // 2, F(7, 3) % 1, F('1.25'), F('3/9'), F(0.5), F(' -2/4 '))
print(F(355, 113).limit_denominator(10), F(3.14159).limit_denominator(1000), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, float(F(1, 3)), int(F(-7, 2)), F(6, 4).as_integer_ratio(), abs(F(-1, 5)))
print(sum(F(1, n) for n in range(1, 11)), F(2, 3).numerator, F(2, 3).denominator, repr(F(5)), str(F(-5, 10)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    F('abc')
except ValueError as e:
    print('ValueError:', e)
