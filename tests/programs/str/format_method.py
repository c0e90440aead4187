# str.format: positional, keyword, indexing, attributes, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=31), "{0[1]} {0[k]}".format({"k": "v", 1: "one"}))
print("{0[0]}-{0[2]}".format("abc"), "{p.real} {p.imag}".format(p=3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:>{w}}|{:<{w}}|{:^{w}.{p}f}".format("r", "l", 3.14159, w=8, p=2))
print("{{literal}} {{{}}}".format(5), "{:{}}".format("nested", 10) + "|")
print("{0:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{:,} {:_} {:#x} {:08.3f} {:+.1e} {:%}".format(1234567, 1234567, 255, 3.14159, 12345.0, 0.25))
class P:
    def __init__(self): self.x, self.items = 1, [10, 20]
print("{0.x} {0.items[1]} {obj.items}".format(P(), obj=P()))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{a}+{b}".format_map(d))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {zzz}".format_map(Default(a=1)))
errors = ["{0} {2}", "{", "}", "{0!x}", "{:d}", "{a}", "{0[5]}", "{0.nope}", "{} {0}", "{0:{1}{2}}", "{!}"]
for fmt in errors:
    try:
        print(fmt.format("abc", 1))
    except (IndexError, ValueError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{:s}".format("str"), "{0:}".format(5), "{!r:^9}".format(None))
