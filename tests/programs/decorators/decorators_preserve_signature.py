# A hand-written wraps() and its effect on metadata.
WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
def wraps(wrapped):
    def deco(wrapper):
        for attr in WRAPPER_ASSIGNMENTS:
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def debug(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        sig = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        r = fn(*args, **kwargs)
        print(f"{fn.__qualname__}({sig}) = {r!r}")
        return r
    return wrapper
class Math:
    def __repr__(self):
        return "Math()"
    @debug
    def scale(self, v, factor=2):
        """Scale a value."""
        return v * factor
@debug
def join(*parts, sep="-"):
    return sep.join(parts)
join.custom = "kept"
Math().scale(4)
Math().scale(4, factor=10)
join("a", "b", sep="+")
print(join.__name__, join.__qualname__, join.__doc__, Math.scale.__qualname__, Math.scale.__doc__)
print(join.__wrapped__("x", "y"), join.custom)
def unwrap(f):
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
    return f
print(unwrap(Math.scale).__name__, unwrap(Math.scale) is Math.__dict__["scale"].__wrapped__)
