# A compute-heavy generator loop (kept well under a second).
def squares(n):
    for i in range(n):
        yield i * i
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
total = sum(evens(squares(100000)))
print(total)
def digits_of(n):
    while n:
        yield n % 10
        n //= 10
print(sum(digits_of(2 ** 1000)))
def running_max(it):
    m = None
    for v in it:
        if m is None or v > m:
            m = v
        yield m
vals = [(i * 7919) % 1000 for i in range(50)]
print(list(running_max(vals)))
def pairs(n):
    for a in range(1, n):
        for b in range(a, n):
            yield a, b
print(sum(1 for a, b in pairs(200) if (a * a + b * b) ** 0.5 % 1 == 0))
