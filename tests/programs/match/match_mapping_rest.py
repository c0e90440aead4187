# Mapping patterns with **rest against dict subclasses and non-dict mappings.
class ReadOnlyMap:
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def keys(self): return self._d.keys()
    def get(self, k, default=None): return self._d.get(k, default)
def route(req):
    match req:
        case {"method": "GET", "path": str(p), **rest}:
            return f"GET {p} extra={rest}"
        case {"method": "POST", "path": p, "body": {"id": int(i)}}:
            return f"POST {p} id={i}"
        case {"method": m}:
            return f"unsupported {m}"
        case _:
            return "not a request"
reqs = [
    {"method": "GET", "path": "/", "q": "x", "page": 2},
    {"method": "POST", "path": "/items", "body": {"id": 7, "name": "n"}},
    {"method": "POST", "path": "/items", "body": {"id": "7"}},
    {"method": "DELETE"},
    ReadOnlyMap({"method": "GET", "path": "/ro"}),
    "GET /",
]
for r in reqs:
    print(route(r))
import sys
print(type(sys.modules).__name__)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others:", others, type(others).__name__)
