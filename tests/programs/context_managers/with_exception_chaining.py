# Exceptions inside with blocks: __exit__ sees them, context is preserved.
class Observe:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if val is not None:
            print(f"{self.name} saw {typ.__name__}: {val} (context={val.__context__!r})")
        return False
try:
    with Observe("outer"):
        try:
            with Observe("inner"):
                {}["a"]
        except KeyError:
            raise ValueError("converted")
except ValueError as e:
    print("final:", repr(e), repr(e.__context__))
class Convert:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is KeyError:
            raise LookupError("translated in __exit__") from val
try:
    with Convert():
        {}["k"]
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))
class Retry:
    def __init__(self):
        self.errors = []
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if typ is not None:
            self.errors.append(str(val))
            return True
r = Retry()
for attempt in range(3):
    with r:
        if attempt < 2:
            raise ConnectionError(f"attempt {attempt}")
        print("succeeded on attempt", attempt)
print(r.errors)
