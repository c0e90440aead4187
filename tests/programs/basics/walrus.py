# Assignment expressions in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
it = iter(data)
while (x := next(it, None)) is not None:
    total += x
    print("read", x, "total", total)
squares = [y for v in data if (y := v * v) > 10]
print(squares, y)
print([last := i for i in range(4)], last)
def f():
    if any((hit := w) > 5 for w in data):
        return hit
print(f())
print((z := 10) + z)
vals = {k: (s := k * 2) for k in range(3)}
print(vals, s)
def counter():
    count = 0
    def bump():
        nonlocal count
        return (count := count + 1)
    return bump
b = counter()
print(b(), b(), b())
lines = ["a=1", "b", "c=3"]
pairs = [(k, v) for line in lines if len(parts := line.split("=")) == 2 for k, v in [parts]]
print(pairs)
print(f"{(w := 5)} {w * 2}")
