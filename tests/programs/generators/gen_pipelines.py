# Generator pipelines for data processing.
LOG = """\
2024-01-01 INFO start
2024-01-01 WARN disk 81%
2024-01-02 ERROR failed to open file
2024-01-02 INFO retry
2024-01-03 ERROR timeout after 30s
2024-01-03 WARN disk 92%
2024-01-04 INFO done"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(ls):
    for l in ls:
        date, level, msg = l.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1
for n, r in numbered(only("ERROR", parse(lines(LOG)))):
    print(n, r["date"], r["msg"])
counts = {}
for r in parse(lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take_while(lambda v: v * v < 50, naturals())))
