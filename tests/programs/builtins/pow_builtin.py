# pow() in all forms.
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 2), pow(4, 0.5), pow(0, 0), pow(1, -1))
print(pow(2, 8, 5), pow(7, 100, 13), pow(-3, 3, 7), pow(3, -1, 11), pow(5, -3, 13), pow(2, 0, 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=7), pow(1 + 1j, 2), pow(-8, 1 / 3))
for bad in [lambda: pow(2, 3, 0), lambda: pow(4, -1, 8), lambda: pow(2.5, 2, 3), lambda: pow("2", 2),
            lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow(2, 1, 1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
class P:
    def __pow__(self, other, mod=None):
        return f"P ** {other} mod {mod}"
    def __rpow__(self, other):
        return f"{other} ** P"
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 2 ** P())
print([pow(i, 2, 10) for i in range(10)], pow(10, 18, 10 ** 9 + 7), pow(123456789, 987654321, 10 ** 9))
