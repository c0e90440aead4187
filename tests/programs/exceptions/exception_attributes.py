# args, str() and repr() of exceptions; special attributes of some classes.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError(3), Exception(None), StopIteration(7)]:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file or directory", "missing.txt")
print(repr(e), "|", e, "|", e.errno, e.strerror, e.filename, type(e).__name__)
e2 = OSError(13, "Permission denied")
print(type(e2).__name__, e2)
print(repr(OSError("just a message")), OSError("m").errno)
s = StopIteration("value")
print(s.value, StopIteration().value)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit("msg").code)
try:
    import nonexistent_module_xyz
except ImportError as ie:
    print(type(ie).__name__, ie.name, ie)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u, "|", u.encoding, u.object, u.start, u.end, u.reason)
ue = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")
print(ue)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err)
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print(err)
e = ValueError("orig")
e.args = ("changed", 1)
print(e, repr(e))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
m = MyError(404, "not found")
print(m, repr(m), m.code, m.args)
print(NameError("n", name="varname").name, AttributeError("a", name="x", obj=None).name)
