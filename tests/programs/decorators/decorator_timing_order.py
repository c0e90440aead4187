# Decorator expressions evaluate top to bottom, apply bottom to top.
log = []
def deco(name):
    log.append(f"evaluate {name}")
    def apply(fn):
        log.append(f"apply {name} to {getattr(fn, '__name__', fn)}")
        def wrapped(*a):
            log.append(f"enter {name}")
            r = fn(*a)
            log.append(f"leave {name}")
            return r
        wrapped.__name__ = f"{name}({fn.__name__})"
        return wrapped
    return apply
@deco("first")
@deco("second")
@deco("third")
def target(x):
    log.append("body")
    return x
print("\n".join(log)); log.clear()
print(target.__name__)
print(target(1))
print("\n".join(log)); log.clear()
decos = [deco("a"), deco("b")]
@decos[0]
@decos[1]
def g(): return "g"
print(g(), g.__name__)
@(lambda f: lambda: f() * 2)
def h(): return 21
print(h())
class Holder:
    @staticmethod
    def make(n):
        return lambda f: (lambda: f() + n)
@Holder.make(10)
def k(): return 1
print(k())
print(log)
