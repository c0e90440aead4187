# A class's __annotations__ is made empty on first access (type_get_annotations) and can be deleted once;
# static types have none; list and tuple subclasses whose own __init__/__new__ take keywords accept them.
class C: pass
print(C.__annotations__, '__annotations__' in C.__dict__)
class D:
    x: int
print(D.__annotations__)
del C.__annotations__
try: del C.__annotations__
except AttributeError as e: print('AE', e)
try: int.__annotations__
except AttributeError as e: print('AE', e)
try: int.__annotations__ = {}
except TypeError as e: print('TE', e)
class T(tuple):
    def __init__(self, arg, newarg=None): self.newarg = newarg
t = T((1,2), newarg=3); print(t, t.newarg)
class L(list):
    def __init__(self, arg, newarg=None): super().__init__(arg); self.newarg=newarg
print(L([1], newarg=2).newarg)
class LN(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq); self.newarg = newarg; return self
print(LN([1, 2], newarg=3), LN([1,2],newarg=3).newarg)
for f in [lambda: tuple(x=1), lambda: list(x=1), lambda: type('S', (list,), {})(sequence=())]:
    try: f()
    except TypeError as e: print('TE', e)
