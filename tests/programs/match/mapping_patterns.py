# Mapping patterns, **rest, and key matching semantics.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} rest={rest}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "extra": 1},
    {"type": "key", "key": "a", "ctrl": True},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -1},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))
class Lookup(dict):
    def __missing__(self, k):
        return "from __missing__"
match Lookup(a=1):
    case {"b": v}:
        print("matched b via missing?", v)
    case {"a": v}:
        print("a matched, __missing__ not used:", v)
match {1: "int key", True: "?"}:
    case {1: v}:
        print(v)
