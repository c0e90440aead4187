# Binary search variants: bisect_left/right by hand, searching answers, rotated arrays.
def bisect_left(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
data = [1, 2, 2, 2, 5, 7, 7, 9]
for x in [0, 1, 2, 3, 7, 9, 10]:
    print(x, bisect_left(data, x), bisect_right(data, x), bisect_right(data, x) - bisect_left(data, x))
def insort(a, x):
    a.insert(bisect_right(a, x), x)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(s, v)
print(s)
def sqrt_floor(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([sqrt_floor(n) for n in [0, 1, 8, 9, 10, 99, 10 ** 12]])
def search_rotated(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= t < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < t <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 3, 5, 8, 11, 13]
print([search_rotated(rot, t) for t in [15, 3, 13, 22, 4]])
def min_days(weights, days):
    def ok(cap):
        need, cur = 1, 0
        for w in weights:
            if cur + w > cap:
                need, cur = need + 1, 0
            cur += w
        return need <= days
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
print(min_days([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), min_days([3, 2, 2, 4, 1, 4], 3))
