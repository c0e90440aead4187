# BINARY_SUBSCR misses on exact lists, tuples and dicts (raised without a JS throw by the eval loop): args,
# chaining, errors from __eq__ during the lookup, and the traceback of an uncaught one.
import sys
d = {'a': 1}
l = [1, 2]
t = (1,)
for expr in ["l[2]", "l[-3]", "t[5]", "d['b']", "d[(1, 2)]", "l[2**70]", "t[True]", "l[1.5]", "d[[1]]", "l[-1]", "t[-1]"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e.args, e.__context__, e.__traceback__.tb_lineno)
def f():
    try:
        return d['zz']
    except KeyError as e:
        raise ValueError('x') from None
try:
    f()
except ValueError as e:
    print(repr(e), e.__context__, e.__suppress_context__)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('eq')
d2 = {K(): 1}
try:
    d2[K()]
except RuntimeError as e:
    print('eq error', e)
def g():
    x = [10, 20]
    return x[0] + x[1] + x[2]
g()
