# __str__, __repr__ and __format__ and where each is used.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:c}|{m:>10.1f}|{m:,.2f}")
print("{} {!r} {:c}".format(m, m, m), format(m, "08.3f"), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only str"
print(OnlyStr(), "only str" in repr([OnlyStr()]) or "repr is default")
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class SubStr(str):
    def __str__(self): return "custom"
    def __repr__(self): return "SubStr!"
s = SubStr("base")
print(s, str(s), repr(s), s + "!", f"{s}", s.upper())
class Recursive:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items!r})"
lst = [1]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
print(ascii(OnlyRepr()), ascii(Money(5)))
