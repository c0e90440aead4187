# Nested exception groups: split by predicate, derive with notes, handling with except* in a loop.
def make():
    return ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("io", [OSError("disk"), FileNotFoundError(2, "missing")]),
        ExceptionGroup("calc", [ZeroDivisionError("div"), ValueError("v2")]),
    ])
def describe(g, depth=0):
    pad = "  " * depth
    if isinstance(g, BaseExceptionGroup):
        print(f"{pad}{type(g).__name__}({g.message!r}) with {len(g.exceptions)}")
        for e in g.exceptions:
            describe(e, depth + 1)
    else:
        print(f"{pad}{type(g).__name__}: {g}")
describe(make())
os_part, rest = make().split(OSError)
describe(os_part)
describe(rest)
vals = make().subgroup(lambda e: isinstance(e, ValueError) or e.message == "calc" if isinstance(e, BaseExceptionGroup) else isinstance(e, ValueError))
describe(vals)
handled = []
try:
    raise make()
except* FileNotFoundError as g:
    handled.append(("fnf", [str(e) for e in g.exceptions[0].exceptions]))
except* OSError as g:
    handled.append(("os", repr(g)))
except* ValueError as g:
    handled.append(("value", len(g.exceptions)))
except* ArithmeticError:
    handled.append(("arith", None))
print(handled)
