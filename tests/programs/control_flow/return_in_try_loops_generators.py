# return/yield inside try/finally within loops and generators.
def gen():
    for i in range(5):
        try:
            if i == 3:
                return
            yield i
        finally:
            print("gen finally", i)
print(list(gen()))
def early(items):
    for x in items:
        try:
            if x < 0:
                return "negative"
        finally:
            if x == -1:
                print("finally sees -1")
    return "all fine"
print(early([1, 2, 3]), early([1, -1, 5]))
def nested():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                if i == 2:
                    return (i, j)
            finally:
                print("finally", i, j)
    return None
print(nested())
def counter():
    total = 0
    while True:
        try:
            v = yield total
        finally:
            if total > 5:
                print("counter finally with total", total)
        if v is None:
            return total
        total += v
c = counter()
next(c)
print(c.send(3), c.send(4))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
