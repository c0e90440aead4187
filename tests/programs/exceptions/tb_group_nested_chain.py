# An uncaught exception group whose members carry tracebacks, notes, causes and contexts.
def parse(item):
    try:
        return int(item)
    except ValueError as e:
        raise TypeError(f"bad item {item!r}") from e

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

errors = []
for item in ["1", "x", "-3"]:
    try:
        check(parse(item))
    except (TypeError, ValueError) as e:
        e.add_note(f"while handling {item!r}")
        errors.append(e)

inner = ExceptionGroup("inner problems", [KeyError("missing"), errors[1]])
inner.add_note("inner note\nspanning two lines")
try:
    raise RuntimeError("setup failed")
except RuntimeError:
    raise ExceptionGroup("all problems", [errors[0], inner])
