# Paths of _json's per-call shortcuts: hooks that decode in turn (the end index is shared state),
# strings with and without escapes, strict control characters, the key memo of large documents,
# separators that can pair up with their neighbours, sort_keys orders, float reprs at the boundaries.
import json

def hook(d):
    # Decodes another document while the outer one is being scanned.
    if 'inner' in d:
        d['inner'] = json.loads(d['inner'])
    return d

print(json.loads('{"a": {"inner": "[1, {\\"b\\": 2.5}]"}, "c": [true, false, null]}', object_hook=hook))
print(json.loads('[1.5, 2, "x"]', parse_float=lambda s: json.loads('"f' + s + '"'), parse_int=lambda s: json.loads(s + '0')))
print(json.loads('{"k": NaN, "m": -Infinity}', parse_constant=lambda s: json.loads('"' + s + '"')))
print(json.loads('["plain", "esc\\n\\"q\\"", "\\u00e9\\ud83d\\ude00", ""]'))
for doc in ['"tab\there"', '"unterminated', '"bad \\x escape"', '{"a" 1}', '[1, 2', '{"a": 1,}']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print('error:', e)
print(json.loads('"tab\there"', strict=False) == 'tab\there')
d = json.JSONDecoder()
print(d.raw_decode('  {"x": [1, 2]} tail'[2:]), d.scan_once('xx"abc"', 2))
big = json.dumps([{'name': 'n%d' % i, 'value': i, 'tags': ['t'] * (i % 3)} for i in range(400)])
back = json.loads(big)
print(len(big), len(back), back[7], sorted(back[399]))
print(json.dumps({'a': [1, 2.0, -0.0, 1e16, 9999999999999998.0, 1e-4, 9.999e-05, 0.1, 123456.789]}))
print(json.dumps({'b': 1, 'a': {'\U0001f600': 1, '\ufffd': 2, 'z': [3]}, '': None}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, separators=(',', ':')))
try:
    json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
print(ascii(json.dumps(['x', 'y'], separators=('\udc00', '\ud800'), ensure_ascii=False)))
print(ascii(json.dumps({'k': ['v', 'w']}, separators=('\ud800', '\udc00'), ensure_ascii=False)))
print(ascii(json.dumps(['\ud800', '\udc00'], ensure_ascii=False)), json.dumps(['\ud800', '\udc00']))
print(json.dumps({'x': 1}, indent=1), json.dumps('abc'), json.dumps([]), json.dumps({}))
print(''.join(('one',)), ''.join(['a']), '-'.join(('b',)), repr(''.join(('\ud800',))))
