# BytesIO/StringIO __setstate__ (pickle, copy): checks in CPython order and messages
import io, pickle, copy
b = io.BytesIO()
for st in [1, (b'a', 0), (b'a', 'x', None), (b'a', -1, None), (b'a', 0, 5), ('s', 0, None), (b'ab', 5, {'k': 1}), (b'ab', 1, None, 9)]:
    try: b.__setstate__(st); print('ok', b.getvalue(), b.tell(), b.__dict__)
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO()
for st in [1, ('a', None, 0), ('a', None, 'x', None), ('a', None, -1, None), ('a', None, 0, 5), (b's', None, 0, None), ('a\r\nb', '\r\n', 7, {'k': 1}), ('ab', 5, 0, None), ('ab', 'x', 0, None), ('h\U0001f600llo', None, 2, None)]:
    try: s.__setstate__(st); print('ok', repr(s.getvalue()), s.tell(), s.__dict__, s.newlines, repr(s.read()))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b'hello'); b.seek(2); b.attr = 1
for b2 in (pickle.loads(pickle.dumps(b)), copy.copy(b), copy.deepcopy(b)):
    print(b2.getvalue(), b2.tell(), b2.attr, b2.read())
s = io.StringIO('line1\nline2\n', newline=None); s.seek(3)
for s2 in (pickle.loads(pickle.dumps(s)), copy.deepcopy(s)):
    print(repr(s2.getvalue()), s2.tell(), repr(s2.read()))
