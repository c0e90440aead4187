# _PyObject_FunctionStr in CALL_FUNCTION_EX's messages; ** of a mapping listing a key twice
h = lambda: 0
class K: pass
for f in (None, 1, K, len, [].append, print, h):
    try: f(*h)
    except TypeError as e: print(e)
try: None(**h)
except TypeError as e: print(e)
class MultiDict:
    def __init__(s, items): s.items = items
    def keys(s): return [k for k, v in s.items]
    def __getitem__(s, k): return dict(s.items)[k]
def g(**kw): return kw
for call in (lambda: g(**MultiDict([('x', 1), ('x', 2)])), lambda: g(a=3, **MultiDict([('a', 1)])), lambda: g(**{'a': 1}, **MultiDict([('a', 1)])),
             lambda: g(**{1: 2}), lambda: g(**MultiDict([(1, 2)])), lambda: g(**MultiDict([('p', 1), ('q', 2)]))):
    try: print(call())
    except TypeError as e: print(e)
class D(dict): pass
print(g(**D(z=1)), g(x=1, **D(y=2)))
