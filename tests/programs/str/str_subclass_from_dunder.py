# repr(), ascii() and str() return a str subclass's instance that __repr__/__str__ returned (PyObject_Repr/Str/ASCII)
class StrSubclass(str): pass
class WithRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
class WithStr:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
for v in (repr(WithRepr(StrSubclass('<abc>'))), ascii(WithRepr(StrSubclass('<abc>'))), ascii(WithRepr(StrSubclass('<\U0001f40d>'))),
          str(WithStr(StrSubclass('abc'))), StrSubclass(WithStr('abc')), StrSubclass(WithStr(StrSubclass('abc'))), repr(StrSubclass('abc')),
          str(StrSubclass('abc')),
          f'{WithRepr(StrSubclass("q"))!r}', ascii(StrSubclass('é'))):
    print(type(v).__name__, v)
print(WithRepr(StrSubclass('in list')), [WithRepr(StrSubclass('in list'))])
try: repr(WithRepr(1))
except TypeError as e: print(e)
try: str(WithStr(b'x'))
except TypeError as e: print(e)
