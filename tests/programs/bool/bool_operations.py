# Boolean logic tables and bool arithmetic in counting.
vals = [False, True]
print("a     b     and   or    xor   nand")
for a in vals:
    for b in vals:
        print(f"{a!s:5} {b!s:5} {a and b!s:5} {a or b!s:5} {a ^ b!s:5} {not (a and b)!s:5}")
data = [3, 8, 1, 9, 4, 7, 2]
print(sum(x > 4 for x in data), sum(1 for x in data if x % 2), [x > 4 for x in data])
print(max(data, key=lambda v: (v % 2 == 0, v)))
flags = [True, False, True, True]
print(flags.count(True), flags.index(False), sorted(flags), any(flags), all(flags))
print(int("".join(str(int(f)) for f in flags), 2))
def implies(a, b):
    return not a or b
print([(a, b, implies(a, b)) for a in vals for b in vals])
print(True + True == 2, True * False)
matrix = [[i == j for j in range(3)] for i in range(3)]
print(matrix, sum(map(sum, matrix)))
print(bool(0) is False, bool(1) is True, (1 == 1) is True, (1 < 0) is False)
print(divmod(True, 2), pow(True, 5), abs(False), round(True), str(False + 0))
