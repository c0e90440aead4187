# f-strings: conversions, format specs, nesting, = debugging, expressions.
name, value, items = "café", 3.14159, [1, 2, 3]
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:10.3f}| {value:<10}| {value:e}")
print(f"{items} {items[1]} {items[-1] * 2} {len(items)}")
print(f"{'nested ' + f'{1 + 1}'}", f"{{braces}}", f"{{{value:.1f}}}")
width, prec = 12, 4
print(f"{value:{width}.{prec}f}|", f"{value:>{width}}|", f"{'x':{'^'}{width}}|")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{value=:.1f}", f"{items[0]=}")
print(f"{x if x > 5 else 0}", f"{(lambda v: v * 3)(x)}", f"{[i * i for i in range(4)]}")
print(f"{'a' 'b'}", f"{x:#b}", f"{x:o}", f"{-x:+05d}", f"{x!r:>5}")
d = {"key": "val"}
print(f"{d['key']}", f'{d["key"]}', f"{d!r}")
class Obj:
    def __format__(self, spec):
        return f"Obj[{spec}]"
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "obj-str"
o = Obj()
print(f"{o}", f"{o:spec}", f"{o!r}", f"{o!s}", f"{o!r:>8}", f"{o=}")
print(f"{3.0:g}", f"{1e20:g}", f"{0.0001:g}", f"{12345678:g}")
print(f"multi {x} and {value:.0f} and {name.upper()} and {x + 1!r}")
print(f"{chr(39)}", f"{chr(10)!r}")
