# An exception thrown into a generator that does not handle it.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
acc = accumulator()
next(acc)
for v in [5, 10, 15]:
    print("total", acc.send(v))
def feeder(gen, values):
    for v in values:
        if v < 0:
            gen.throw(ValueError(f"negative value {v}"))
        print("sent", v, "->", gen.send(v))
feeder(acc, [1, 2, -3, 4])
print("unreachable")
a = 1
b = 2
