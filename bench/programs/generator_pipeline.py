# Generators: a lazy pipeline of generator functions and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(src, k):
    for x in src:
        yield x * k


def only(src, pred):
    for x in src:
        if pred(x):
            yield x


def window_sums(src, w):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > w:
            del buf[0]
        yield sum(buf)


def chain(*srcs):
    for s in srcs:
        yield from s


total = 0
count = 0
for v in window_sums(only(scale(numbers(1500000), 3), lambda x: x % 2 == 0), 4):
    total = (total + v) % 1000000007
    count += 1
print(count, total)
sq = sum(x * x for x in chain(range(500000), numbers(500000)) if x % 3)
print(sq)
print(max(y for y in (x ^ (x >> 3) for x in numbers(1000000))))
