# Decorators with arguments.
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for name, val in zip(names, args):
                want = types.get(name)
                if want and not isinstance(val, want):
                    raise TypeError(f"{name} must be {want.__name__}, got {type(val).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(3, "ab"))
for args in [(3, 3), ("3", "x")]:
    try:
        combine(*args)
    except TypeError as e:
        print("TypeError:", e)
def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("div", cls="box")
@tag("b")
def content(text):
    return text
print(content("bold"))
def retry(n, exc=Exception):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, n + 1):
                try:
                    return fn(*a)
                except exc as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco
state = {"n": 0}
@retry(4, ValueError)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"flaky {state['n']}")
    return "ok on " + str(state["n"])
print(flaky())
