# for/else and while/else with break.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(60))
n = 10
while n > 0:
    n -= 3
    if n == 2:
        print("break at 2")
        break
else:
    print("while completed, n =", n)
n = 9
while n > 0:
    n -= 3
    if n == 2:
        break
else:
    print("while completed, n =", n)
for x in range(3):
    continue
else:
    print("else after continue-only loop, x =", x)
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner finished for", outer)
        continue
    print("inner broke for", outer)
    break
