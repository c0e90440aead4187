# Type-dispatching helpers written by hand.
def describe(obj):
    handlers = [
        (bool, lambda o: f"bool:{o}"),
        (int, lambda o: f"int with {len(str(abs(o)))} digits"),
        (float, lambda o: f"float {o:.3f}"),
        (str, lambda o: f"str of {len(o)}"),
        ((list, tuple), lambda o: f"{type(o).__name__}[{', '.join(describe(x) for x in o)}]"),
        (dict, lambda o: "{" + ", ".join(f"{k}: {describe(v)}" for k, v in o.items()) + "}"),
    ]
    for types, h in handlers:
        if isinstance(obj, types):
            return h(obj)
    return "unknown " + type(obj).__name__
for v in [True, 12345, 3.14159, "hey", [1, "a"], (2.5,), {"k": [False]}, None]:
    print(describe(v))
def total_size(obj):
    if isinstance(obj, (list, tuple, set)):
        return 1 + sum(total_size(x) for x in obj)
    if isinstance(obj, dict):
        return 1 + sum(total_size(k) + total_size(v) for k, v in obj.items())
    return 1
print(total_size([1, [2, 3], {"a": (4, 5)}]))
def deep_equal(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(deep_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(deep_equal(a[k], b[k]) for k in a)
    return a == b
print(deep_equal([1, {"a": (2,)}], [1, {"a": (2,)}]), deep_equal([1], [1.0]), deep_equal({}, {"a": 1}))
