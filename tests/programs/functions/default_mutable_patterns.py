# Sentinels and default argument idioms.
_MISSING = object()
def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
d = {"a": None}
print(get(d, "a"), get(d, "b", 0))
try:
    get(d, "b")
except KeyError as e:
    print("KeyError:", e)
def register(name, registry={}):
    registry[name] = len(registry)
    return registry
register("x")
register("y")
print(register("z"))
def with_none(items=None):
    items = [] if items is None else items
    items.append("new")
    return items
print(with_none(), with_none(), with_none(["old"]))
def tally(word, counts=None):
    counts = counts if counts is not None else {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return counts
print(tally("banana"), tally("abc"))
def make_counter(start=0, step=1):
    value = start - step
    def nxt():
        nonlocal value
        value += step
        return value
    return nxt
c = make_counter(10, 5)
print(c(), c(), c())
