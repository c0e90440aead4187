# complex and None (object.__format__) formatting, subclasses keeping the builtin __format__.
for c in [1 + 2j, -1.5 - 0j, 2j, -2j, complex(0.0, -0.0), complex(-0.0, 1), complex(float("inf"), float("nan")), 1e20 + 1e-20j, 12345.678 - 9.87j]:
    out = []
    for spec in ["", "g", ".3", ".2f", "+.1e", ">30", "^30.3g", "<20", "*>25", " ", "-", "z", ",.2f", "_", "n", "#", "E", "F", "G", "%", "010", "=10", "0<10", "c"]:
        try:
            out.append(format(c, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(c), out)
for spec in ["", "s", "x", ">5"]:
    try:
        print(repr(format(None, spec)))
    except TypeError as e:
        print("TypeError:", e)
class F(float):
    pass
class C0:
    pass
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
class Bad:
    def __format__(self, spec):
        return 5
for v, spec in [(F(2.5), ".2f"), (F(2.5), "q"), (Fmt(), "xyz"), (object(), "")]:
    try:
        print(repr(format(v, spec)) if not isinstance(v, object) or type(v) is not object else format(v, spec)[:8])
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: format(Bad(), ""), lambda: format(object(), "x"), lambda: format(1, 5), lambda: f"{Fmt()!r:>5}"[:1], lambda: "{0:{1}}".format(Fmt(), "in")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
