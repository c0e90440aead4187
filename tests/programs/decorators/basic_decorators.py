# Function decorators, stacking order and wrapper metadata.
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper() + "!"
    return wrapper
def exclaim(fn):
    def wrapper(*a, **k):
        return fn(*a, **k) + "?"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
@exclaim
@shout
def a(): return "a"
@shout
@exclaim
def b(): return "b"
print(a(), b())
@exclaim
def documented():
    """Docs survive."""
    return "d"
print(documented(), documented.__name__, documented.__doc__, documented.__wrapped__())
order = []
def trace(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@trace("outer")
@trace("inner")
def f(): pass
print(order)
def counting(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@counting
def sq(x): return x * x
print([sq(i) for i in range(5)], sq.calls)
