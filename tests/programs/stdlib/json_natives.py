# json on the native _json: scanner errors and positions (astral text too), hooks, the C encoder (keys, floats, circular checks, default).
import json, _json, json.decoder, json.scanner, json.encoder
print(json.scanner.make_scanner is _json.make_scanner, json.encoder.c_make_encoder is _json.make_encoder, json.decoder.scanstring is _json.scanstring)
for s in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{a:1}', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\x01"', 'nul', 'tru', '-', '-a', '1.', '1e', '01', '[01]', 'NaN', '-Infinity', 'Infinity', '[1]x', ' [1] ', '1.5e3', '-0', '-0.0', '1E+2', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00x"', '{"a":[{"b":}]}', '["a",]', '"\\u1234', '[1e5, 2E-3, -7, 12345678901234567890123, 0.5]', '{"\U0001f600": "\U0001f600x", "k": [1, "\\n\\t\\/"]}', '["\U0001f600", 1, x]', '  {"a"  :  true , "b":false,"c":null}  ', '"\\uD83D\\uDE00\\u00e9"']:
    try: r = json.loads(s); print(repr(s), '=>', repr(r))
    except json.JSONDecodeError as e: print(repr(s), '->', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\x01"', strict=False), json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: ('obj', sorted(d))))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('ab\\n"', 0))
print(_json.encode_basestring('a"\\\n\u00e9\u2603\x00'), _json.encode_basestring_ascii('a"\n\u00e9\U0001f600\x1f\x7f'))
sc = _json.make_scanner(json.JSONDecoder())
print(sc('[1, 2]', 0), sc('  1', 2), type(sc).__name__)
try: sc('x', 0)
except StopIteration as e: print('StopIteration', e.value)
obj = {'a': [1, 2.5, None, True, False, float('inf')], 'b': {'c': 'x\u00e9\n"'}, 'd': [], 'e': {}, 3: 'int', 1.5: 'f', None: 'n', True: 't', 'ü': (1, 2)}
print(json.dumps(obj))
print(json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
for bad in [{(1, 2): 3}, [float('nan')], {1, 2}]:
    try: print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
d = {}; d['d'] = d
try: json.dumps(d)
except ValueError as e: print('ValueError', e)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.dumps([{1, 2}, {3}], cls=E))
import enum
class Color(enum.IntEnum):
    R = 1
print(json.dumps([Color.R, 10**30, -0.0, 1e300, 0.1]), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=2))
print(json.loads(json.dumps(obj, ensure_ascii=False)) == json.loads(json.dumps(obj)))
deep = '[' * 50 + ']' * 50
print(len(str(json.loads(deep))))
try: json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e: print('RecursionError', str(e)[:40])

# scanstring's arguments: the end index is converted first (OverflowError), then the string checked.
import json.decoder as _jd
for _a in [(b'x', 0), ('x', 2 ** 70), ('"abc"', 1, 0), ('x', 'y')]:
    try:
        print(_jd.c_scanstring(*_a))
    except (TypeError, OverflowError) as _e:
        print(type(_e).__name__, _e)
