# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(v(1) < v(2) < v(3)); print(calls); calls.clear()
print(v(3) < v(2) < v(1)); print(calls); calls.clear()
print(1 == 1.0 == True)
print(1 < 2 > 0 != 5 == 5)
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3] < [2])
print((1, 2) == (1, 2) != (2, 1))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
print(2 not in [1, 3] not in [[1]])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([] < ())
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > None)
except TypeError as e:
    print("TypeError:", e)
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan])
print(3 < 2 < undefined if False else "skipped")
res = [a < b < c for a, b, c in [(1, 2, 3), (3, 2, 1), (1, 1, 1)]]
print(res)
