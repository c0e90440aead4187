# repr() and str() of deeply nested containers raise RecursionError (Py_EnterRecursiveCall in PyObject_Repr
# and PyObject_Str); SimpleNamespace shows a namespace inside itself as namespace(...).
import sys, types
a = []
for i in range(sys.getrecursionlimit() + 100):
    a = [a]
try: repr(a)
except RecursionError as e: print("list", e)
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {1: d}
try: repr(d)
except RecursionError as e: print("dict", e)
try: str(a)
except RecursionError as e: print("str", e)
ns1 = types.SimpleNamespace(a=1, b=2)
ns2 = types.SimpleNamespace()
ns1.c = ns1; ns2.c = ns1; ns1.d = ns2
print(repr(ns1), repr(ns2))
b = [[[[1]]]]
print(repr(b), str(b))
class R:
    def __repr__(self): return repr(self.x)
r = R(); r.x = r
try: repr(r)
except RecursionError as e: print("R", type(e).__name__)
