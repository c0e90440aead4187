# The TypeErrors CPython raises for mismatched calls.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1, *, c): pass
def f4(a, /, b): pass
def f5(*, x, y): pass
def f6(a, b, c, d): pass
class K:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
k = K()
cases = [
    ("f0(1)", lambda: f0(1)),
    ("f0(1, 2)", lambda: f0(1, 2)),
    ("f1()", lambda: f1()),
    ("f1(1, 2)", lambda: f1(1, 2)),
    ("f2()", lambda: f2()),
    ("f2(1)", lambda: f2(1)),
    ("f2(b=1)", lambda: f2(b=1)),
    ("f2(1, 2, 3)", lambda: f2(1, 2, 3)),
    ("f3(1)", lambda: f3(1)),
    ("f3(1, 2, 3)", lambda: f3(1, 2, 3)),
    ("f3(1, 2, 3, c=4)", lambda: f3(1, 2, 3, c=4)),
    ("f4(a=1, b=2)", lambda: f4(a=1, b=2)),
    ("f5()", lambda: f5()),
    ("f5(1)", lambda: f5(1)),
    ("f5(1, x=1, y=2)", lambda: f5(1, x=1, y=2)),
    ("f6(1)", lambda: f6(1)),
    ("f6(1, 2)", lambda: f6(1, 2)),
    ("f6(1, d=2)", lambda: f6(1, d=2)),
    ("f1(1, a=2)", lambda: f1(1, a=2)),
    ("f1(z=2)", lambda: f1(z=2)),
    ("k.m()", lambda: k.m()),
    ("k.m(1, 2)", lambda: k.m(1, 2)),
    ("K.m(1)", lambda: K.m(1)),
    ("K.cm()", lambda: K.cm()),
    ("k.sm()", lambda: k.sm()),
    ("k.sm(1, 2)", lambda: k.sm(1, 2)),
    ("K()(1)", lambda: K()(1)),
    ("K(1)", lambda: K(1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("'a'.split(1, 2, 3)", lambda: "a".split(1, 2, 3)),
    ("[].append()", lambda: [].append()),
    ("f1(**{'a': 1}, a=2)", lambda: f1(**{"a": 1}, a=2)),
]
for text, fn in cases:
    try:
        fn()
        print(text, "-> ok")
    except TypeError as e:
        print(text, "->", e)
