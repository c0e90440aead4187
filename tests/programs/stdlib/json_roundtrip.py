# json (pure-Python scanner and encoder): dumps/loads with options, errors.
import json

obj = {'a': [1, 2.5, None, True, False], 'b': {'c': 'x\u00e9\n"'}, 'd': [], 'e': {}}
s = json.dumps(obj)
print(s)
print(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == obj, json.loads('[1, 2.0, "\\u0041", null, -1e3, {"k": []}]'))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('\u2603'), json.dumps(float('inf')), json.dumps({1: 2, None: 3}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str))
for bad in ['{"a": }', '[1, 2', 'nul', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
