# __bool__ and __len__ in truth testing.
class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("Flag.__bool__")
        return self.v
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Empty()), bool(Full()), len(Full()), bool(Both()), len(Both()))
if Flag(True) and not Flag(False):
    print("flags ok")
print([bool(x) for x in (Empty(), Full(), object())])
class BadLen:
    def __len__(self): return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -5
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class HugeLen:
    def __len__(self): return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
class BoolInt:
    def __bool__(self): return 0
try:
    bool(BoolInt())
except TypeError as e:
    print("TypeError:", e)
class LenBool:
    def __len__(self): return True
print(len(LenBool()))
while Full():
    print("loop entered")
    break
x = Empty() or "fallback"
print(x)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IndexLen()))
