# A generator-based context manager implemented by hand (no contextlib).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*a, **k):
        return GeneratorCM(fn(*a, **k))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)
with tag("p") as t:
    print("inside", t)
    with tag("b"):
        print("bold")
with suppress(KeyError, ZeroDivisionError):
    {}["k"]
with suppress(ZeroDivisionError):
    1 / 0
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)
try:
    with tag("div"):
        raise ValueError("inside div")
except ValueError as e:
    print("ValueError:", e)
