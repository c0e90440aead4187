# None, NotImplemented and Ellipsis singletons.
NONE = None
print(None, repr(None), type(None).__name__, None is None)
print(..., repr(...), type(...).__name__, Ellipsis)
print(NotImplemented, type(NotImplemented).__name__)
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return())
print(None == None, None == 0, None == False, None != "")
d = {None: "none key", ...: "ellipsis key"}
print(d[None], d[...])
x = [1, None, 3]
print([v for v in x if v is not None])
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    NONE()
except TypeError as e:
    print("TypeError:", e)
try:
    NONE[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None: pass
except TypeError as e:
    print("TypeError:", e)
print(type(None)(), type(...)() is ...)
print(bool(None), bool(...), str(None) + "!")
