# A failing assert statement at module level and inside a function.
def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([10]))
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True
print(check_sorted([1, 2, 2, 5]))
print(check_sorted([]))
print(check_sorted([3, 4, 1]))
print("not reached")
q = 1
r = 2
s = 3
t = 4
