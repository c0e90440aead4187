# Per-call cost of json on small documents: loads of a str and of small objects, dumps of small
# dicts, lists and strs (default separators, sort_keys, indent).
# `json_small.py CASE [N]` runs one case N times (for timing cases apart); no argument runs them all.
import json
import sys

DOC = '{"id": 17, "name": "widget", "tags": ["a", "b"], "price": 2.5, "ok": true}'
OBJ = {'id': 17, 'name': 'widget', 'tags': ['a', 'b'], 'price': 2.5, 'ok': True}

def loads_str(n):
    loads = json.loads
    t = 0
    for _ in range(n):
        t += len(loads('"abc"'))
    return t

def loads_int(n):
    loads = json.loads
    t = 0
    for _ in range(n):
        t += loads('12345')
    return t

def loads_obj(n):
    loads = json.loads
    s = DOC
    t = 0
    for _ in range(n):
        t += len(loads(s))
    return t

def dumps_str(n):
    dumps = json.dumps
    t = 0
    for _ in range(n):
        t += len(dumps('abc'))
    return t

def dumps_list(n):
    dumps = json.dumps
    v = [1, 2, 3, 'x']
    t = 0
    for _ in range(n):
        t += len(dumps(v))
    return t

def dumps_dict(n):
    dumps = json.dumps
    v = OBJ
    t = 0
    for _ in range(n):
        t += len(dumps(v))
    return t

def dumps_sorted(n):
    dumps = json.dumps
    v = OBJ
    t = 0
    for _ in range(n):
        t += len(dumps(v, sort_keys=True))
    return t

def dumps_indent(n):
    dumps = json.dumps
    v = OBJ
    t = 0
    for _ in range(n):
        t += len(dumps(v, indent=2))
    return t

CASES = {
    'loads_str': (loads_str, 200000),
    'loads_int': (loads_int, 200000),
    'loads_obj': (loads_obj, 100000),
    'dumps_str': (dumps_str, 300000),
    'dumps_list': (dumps_list, 100000),
    'dumps_dict': (dumps_dict, 100000),
    'dumps_sorted': (dumps_sorted, 100000),
    'dumps_indent': (dumps_indent, 20000),
}

def main():
    if len(sys.argv) > 1:
        f, n = CASES[sys.argv[1]]
        print(sys.argv[1], f(int(sys.argv[2]) if len(sys.argv) > 2 else n))
        return
    for name, (f, n) in CASES.items():
        print(name, f(n // 2))

main()
