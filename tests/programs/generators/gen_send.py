# send() into generators.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
g = echo()
print(next(g))
print(g.send("a"), g.send("b"), g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
ra = running_avg()
next(ra)
for v in [10, 20, 30, 5]:
    print(ra.send(v))
def accumulate_lines():
    buf = ""
    while True:
        chunk = yield
        buf += chunk
        while "\n" in buf:
            line, buf = buf.split("\n", 1)
            print("line:", repr(line))
acc = accumulate_lines()
next(acc)
for part in ["hel", "lo\nwor", "ld\n\nlast", "\n"]:
    acc.send(part)
