# sum, abs, divmod, round.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum(x * x for x in range(4)), sum([True, True]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(iter([1, 2]), start=3))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
            lambda: sum(1), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)), abs(float("-inf")))
class A:
    def __abs__(self): return "absolute"
print(abs(A()))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(2 ** 70, 3), divmod(True, 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(123.456, -1), round(5), round(15, -1))
print(round(1e20), round(0.5 + 1e-9), round(-0.0), round(7.77, 1), round(2 ** 0.5, 10))
class R:
    def __round__(self, n=None): return f"round({n})"
print(round(R()), round(R(), 3))
for bad in [lambda: round("1"), lambda: abs("x"), lambda: divmod("a", 1), lambda: round(1.5, "2")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
