# json with strs holding a high surrogate before a low one (two code points in Python; one astral
# character if merged): dumps/encoders, loads/scanner (an escaped lone surrogate next to a literal one).
import json
import json.decoder
import json.encoder
a, b = "\ud83d", "\ude00"
p = a + b


def show(k, f):
    try:
        r = f()
        print(k, len(r) if isinstance(r, str) else '', ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))


T = {
    'jdump': lambda: json.dumps(p),
    'jdump2': lambda: json.dumps(p, ensure_ascii=False),
    'jdump3': lambda: json.dumps({p: [p]}),
    'jdump4': lambda: json.dumps({p: 1}, ensure_ascii=False),
    'jdump5': lambda: json.dumps([a, b], ensure_ascii=False, indent=1),
    'jdump6': lambda: json.dumps({p: p, 'x' + p: [a + 'y' + b]}, ensure_ascii=False, indent=2, sort_keys=True),
    'jdump7': lambda: json.dumps([1, 2], separators=(b, a)),
    'jdump8': lambda: json.dumps([1, 2], separators=(',', a + b)),
    'jdump9': lambda: json.dumps({1: 2}, separators=(',', a)),
    'jdump10': lambda: json.dumps([p, "\U0001f600"], ensure_ascii=False),
    'jdump11': lambda: json.dumps(p + '"\n', ensure_ascii=False),
    'jdumpnan': lambda: json.dumps(float('nan')) + b,
    'jload': lambda: json.loads('"\\ud83d\\ude00"'),
    'jload2': lambda: json.loads('"\\ud83d" '),
    'jload3': lambda: json.loads('["\\ud83d", "\\ude00x\\ud83d\\ude00"]'),
    'jload5': lambda: json.loads('{"' + a + '": "' + b + '"}'),
    'jload6': lambda: json.loads('"\\ud83d' + b + '"'),
    'jload7': lambda: json.loads('"' + a + '\\ude00"'),
    'jload8': lambda: json.loads('"' + a + '\\n' + b + '"'),
    'jloadkey': lambda: json.loads('{"\\ud83d\\ude00": 1}'),
    'jloadkey2': lambda: json.loads('{"\\ud83d' + b + '": 1, "\\ud83d' + b + '": 2}'),
    'jloadpairs': lambda: json.loads('{"\\ud83d' + b + '": 1}', object_pairs_hook=list),
    'jdecoder': lambda: json.JSONDecoder().raw_decode('"' + p + '"  '),
    'jdecoder2': lambda: json.JSONDecoder().raw_decode('["' + p + '", "\U0001f600", 1]'),
    'jdecoder3': lambda: json.JSONDecoder().raw_decode('{"' + p + '": "' + a + 'x' + b + '"}'),
    'jdecodeerr': lambda: json.JSONDecoder().raw_decode('["' + p + '", ]'),
    'jdecodeerr2': lambda: json.JSONDecoder().raw_decode('["' + p + '\\q"]'),
    'jenc': lambda: json.encoder.encode_basestring_ascii(p),
    'jenc2': lambda: json.encoder.encode_basestring(p),
    'jenc3': lambda: json.encoder.encode_basestring(p + '\t"' + b),
    'jscan': lambda: json.decoder.scanstring('"' + p + '"', 1),
    'jscan2': lambda: json.decoder.scanstring('x"' + p + 'q"', 2),
    'jscan3': lambda: json.decoder.scanstring('"\\ud83d' + b + '"', 1),
    'jround': lambda: json.loads(json.dumps([p, {p: b + a}])) == [p, {p: b + a}],
    'jround2': lambda: json.loads(json.dumps([p, {p: b + a}], ensure_ascii=False)) == [p, {p: b + a}],
}
for k, f in T.items():
    show(k, f)
try:
    json.JSONDecoder().raw_decode('["' + p + '", ]')
except json.JSONDecodeError as e:
    print(ascii(e.doc), e.pos, e.colno)
