# Complex arithmetic and errors.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, a ** 0, 0 ** a if False else "skip")
print(1j ** 2, 1j * 1j, (1j) ** 3, (1 + 1j) ** 8, (-1) ** 0.5)
print(pow(a, 2), pow(2, 1j), (2 + 0j) ** 10)
for expr in ["a / 0", "a / 0j", "1 / 0j", "0j ** -1", "a // 2", "a % 2", "divmod(a, 2)", "a < b", "abs(complex(1e308, 1e308))",
             "int(a)", "float(a)", "round(a)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__ + ":", e)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), hash(2j) == hash(2j), hash(complex(1, 2)) == hash(1 + 2j))
print(a == 3 + 4j, a == (3, 4) if False else "skip", 1 + 0j == 1, 1j == 1j + 0)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3), [x * 1j for x in range(3)])
z = complex(0.5, -1.25)
print(f"{z}", f"{z:.2f}", f"{z:>20}", f"{z:+.1e}", format(1j, ""), format(3 + 0j, "g"))
print(complex(1, 2).__add__(1), (1j).__rsub__(1), (2j).__truediv__(2), (1 + 1j).__abs__())
try:
    f"{z:%}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{z:=10}"
except ValueError as e:
    print("ValueError:", e)
