# join: lists, tuples, generators, dicts, str subclasses, the errors CPython raises.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class S(str):
    pass
print(",".join(["a", "b"]), "".join(("x", "y", "z")), "-".join(c for c in "abc"), "+".join({"k": 1, "j": 2}), "😀".join("ab"), "x".join([]), "x".join(["only"]), ", ".join([S("s"), "t"]))
print(type(S(",").join(["a", "b"])).__name__, type("".join([S("a")])).__name__)
t(lambda: ",".join(5))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join(["a", b"b"]))
t(lambda: ",".join([None]))
t(lambda: ",".join())
t(lambda: ",".join("a", "b"))
t(lambda: ",".join(x for x in [1]))
class Bad:
    def __iter__(self):
        raise ValueError("boom")
t(lambda: ",".join(Bad()))
class BadT:
    def __iter__(self):
        raise TypeError("inner")
t(lambda: ",".join(BadT()))
