# Common loop idioms: sentinels, index tracking, pairwise, early exit, nested accumulators.
data = [4, 8, 15, 16, 23, 42]
for i in range(len(data) - 1):
    print(data[i], "->", data[i + 1], "diff", data[i + 1] - data[i])
i = len(data) - 1
while i >= 0 and data[i] > 20:
    i -= 1
print("last index <= 20:", i)
for idx, (a, b) in enumerate(zip(data, data[1:])):
    if b - a > 10:
        print("first big jump at", idx, (a, b))
        break
else:
    print("no big jump")
table = []
for r in range(1, 6):
    row = []
    for c in range(1, 6):
        if c > r:
            break
        row.append(r * c)
    table.append(row)
for row in table:
    print(" ".join(f"{v:2}" for v in row))
total = count = 0
for v in data:
    if v % 2:
        continue
    total += v
    count += 1
print("even total", total, "count", count)
it = iter(data)
for v in it:
    if v == 15:
        print("skipping after 15:", next(it))
print(list(range(10, 0, -3)), [x for x in range(20) if x % 3 == 0][::-1])
