# Return values: implicit None, multiple values, early returns.
def nothing():
    x = 1
print(nothing())
def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2
print(early(-1), early(0), early(5))
def multi():
    return 1, [2, 3], {"k": 4}
a, b, c = multi()
print(a, b, c, multi())
def returns_function(kind):
    if kind == "upper":
        return str.upper
    return lambda s: s[::-1]
print(returns_function("upper")("abc"), returns_function("rev")("abc"))
def gen_or_list(flag):
    if flag:
        return [1, 2]
    return (i for i in range(2))
print(gen_or_list(True), list(gen_or_list(False)))
def returns_in_loop(xs):
    for x in xs:
        if x > 2:
            return x
print(returns_in_loop([1, 2, 3, 4]), returns_in_loop([]))
def chain(v):
    return v and v[0] or "empty"
print(chain("xyz"), chain(""), chain([0]))
def recursive_sum(xs):
    return 0 if not xs else xs[0] + recursive_sum(xs[1:])
print(recursive_sum(list(range(50))))
