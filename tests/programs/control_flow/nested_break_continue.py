# break/continue in nested loops; flags and functions to escape.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
def first_pair(target):
    for a in range(10):
        for b in range(a, 10):
            if a * b == target:
                return a, b
    return None
print(first_pair(12), first_pair(81), first_pair(97))
found = False
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = True
            break
    if found:
        break
print("found", found, "row", row, "v", v)
count = 0
i = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    count += i
print(count, i)
skipped = []
for c in "a1b2c3":
    if c.isdigit():
        skipped.append(c)
        continue
    print("letter", c)
print(skipped)
