# An exception raised inside a generator consumed by a for loop.
def read_numbers(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        yield n, float(line)
def running_total(pairs):
    total = 0.0
    for n, v in pairs:
        total += v
        yield n, total
lines = ["1.5", "2.5", "", "4", "x7", "9"]
for n, total in running_total(read_numbers(lines)):
    print(f"line {n}: running total {total}")
print("finished")
def unused1():
    return 1
def unused2():
    return 2
