# while loops: sentinel, countdown, binary search.
n = 5
while n:
    print("countdown", n)
    n -= 1
def bsearch(arr, t):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == t:
            return mid, steps
        if arr[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
arr = list(range(0, 100, 3))
for t in (0, 3, 45, 99, 50, -1):
    print(t, bsearch(arr, t))
stack = [1, [2, [3, [4]], 5]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(flat)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    print("even", i)
