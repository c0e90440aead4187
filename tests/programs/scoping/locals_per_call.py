# locals() is one dict per call of a function: a later call of the same function (whose frame may be
# pooled) gets its own dict, and the earlier one keeps what it held.
import sys


def f(x):
    l = locals()
    y = x * 2
    return l, locals(), sys._getframe().f_locals


results = [f(i) for i in range(3)]
for a, b, c in results:
    print(a['x'], a['y'], a is b, b is c)
print(results[0][0] is results[1][0], results[1][0] is results[2][0])


def g(n):
    return locals()


keep = [g(i) for i in range(4)]
print(keep, len({id(d) for d in keep}))
