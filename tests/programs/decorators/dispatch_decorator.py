# A single-dispatch decorator written by hand.
def singledispatch(default):
    registry = {object: default}
    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return default
    def register(cls):
        def deco(fn):
            registry[cls] = fn
            return fn
        return deco
    def wrapper(arg, *rest):
        return dispatch(type(arg))(arg, *rest)
    wrapper.register = register
    wrapper.dispatch = dispatch
    return wrapper
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register(bool)
def _(x):
    return f"bool {x}"
@show.register(list)
def _(x):
    return "list[" + ", ".join(show(v) for v in x) + "]"
@show.register(str)
def _(x):
    return f"str {x!r}"
class MyList(list): pass
for v in [1, True, "s", [1, "a", [False]], 2.5, MyList([3]), None]:
    print(show(v))
print(show.dispatch(MyList).__name__, show.dispatch(float) is show.dispatch(object))
