# **kwargs preserve call order; keyword unpacking merges.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, a=2, **{"c": 3}))
def defaults(a=1, b=2, c=3):
    return f"a={a} b={b} c={c}"
opts = {"c": 30}
print(defaults(**opts), defaults(b=20, **opts), defaults(1, **{"b": 5}))
def build(name, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"
print(build("a", href="/", title="home"))
print(build("img", src="x.png", alt=""))
settings = dict(width=80, height=24)
settings.update(height=30, depth=2)
print(settings)
def relay(**kw):
    kw["added"] = True
    return show(**kw)
original = {"x": 1}
print(relay(**original), original)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    defaults(**{"d": 4})
except TypeError as e:
    print("TypeError:", e)
