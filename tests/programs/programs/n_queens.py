# N-queens: count all solutions and print the first board for several sizes.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c); diag1.add(row + c); diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row + c); diag2.remove(row - c)
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")
    if sols and n in (4, 6, 8):
        for c in sols[0]:
            print("  " + " ".join("Q" if i == c else "." for i in range(n)))
def bitmask_count(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, (d1 | bit) << 1 & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([bitmask_count(n) for n in range(1, 10)])
