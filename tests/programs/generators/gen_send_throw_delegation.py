# send/throw pass through nested yield from chains.
def leaf(name):
    total = 0
    while True:
        try:
            v = yield f"{name} total={total}"
        except KeyError as e:
            print(f"{name} caught KeyError {e}")
            total = 0
            continue
        if v == "stop":
            return total
        total += v
def middle():
    r1 = yield from leaf("L1")
    print("L1 returned", r1)
    r2 = yield from leaf("L2")
    print("L2 returned", r2)
    return r1 + r2
def top():
    r = yield from middle()
    yield f"grand total {r}"
t = top()
print(next(t))
print(t.send(5))
print(t.send(7))
print(t.throw(KeyError("reset")))
print(t.send(3))
print(t.send("stop"))
print(t.send(100))
print(t.send("stop"))
try:
    next(t)
except StopIteration:
    print("top finished")
def sub():
    yield 1
    yield 2
def main():
    yield from sub()
m = main()
next(m)
try:
    m.throw(ValueError("into sub"))
except ValueError as e:
    print("ValueError came out:", e)
print(m.gi_yieldfrom)
