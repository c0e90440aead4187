# | and |= on dicts (PEP 584) and other merge styles.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print("TypeError:", e)
try:
    a | 5
except TypeError as e:
    print("TypeError:", e)
print({**a, **b}, dict(a, **b), {**b, "y": -1})
class Sub(dict):
    pass
s = Sub(a)
print(type(s | b).__name__, type(b | s).__name__)
class Ordered(dict):
    def __or__(self, other):
        return "custom __or__"
    def __ror__(self, other):
        return "custom __ror__"
print(Ordered() | {}, {} | Ordered())
merged = {}
for part in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged |= part
print(merged)
def deep_merge(x, y):
    out = dict(x)
    for k, v in y.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge({"db": {"host": "a", "port": 1}, "debug": False}, {"db": {"port": 2}, "debug": True}))
