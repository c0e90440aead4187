# Truthiness via __bool__ and __len__; what bool() requires.
class AlwaysFalse:
    def __bool__(self): return False
class Len3:
    def __len__(self): return 3
class Neither: pass
for obj in [AlwaysFalse(), Len3(), Neither()]:
    print(type(obj).__name__, bool(obj), not obj, "truthy" if obj else "falsy")
class ReturnsInt:
    def __bool__(self): return 1
class ReturnsNone:
    def __bool__(self): return None
for cls in [ReturnsInt, ReturnsNone]:
    try:
        bool(cls())
    except TypeError as e:
        print("TypeError:", e)
    try:
        if cls():
            pass
    except TypeError as e:
        print("TypeError in if:", e)
class BoolSub:
    __bool__ = lambda self: True
print(bool(BoolSub()))
class NoneBool:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
class Count:
    calls = 0
    def __bool__(self):
        Count.calls += 1
        return True
c = Count()
x = c and c and c
y = not c
z = [1 for _ in range(3) if c]
print(Count.calls)
print(any([AlwaysFalse(), Len3()]), all([Len3(), AlwaysFalse()]))
print(list(filter(None, [AlwaysFalse(), Len3(), 0, 1])).__len__())
