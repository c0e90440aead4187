# Error handlers registered with codecs.register_error: what they return is checked as CPython does
# (a (str, int) tuple; bytes too when encoding; a negative position counts from the end; one out of
# range is an IndexError), a decode handler may replace exc.object and decoding goes on in the new
# bytes, and errors raised in a handler are wrapped except on the encodings str/bytes code directly.
import codecs

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__)

BAD = [42, 'foo', (1, 2, 3), ('foo',), ('foo', None), ('foo', 1.0), (b'x', -1), ('x', 2**70), ('x', -100), ('x', 100), (None, 0)]
for res in BAD:
    codecs.register_error('t.bad', lambda exc, res=res: res)
    print('--', repr(res))
    for enc, data in [('ascii', b'a\xffb'), ('utf-8', b'a\xffb'), ('utf-16-le', b'\x00\xdca\x00'), ('utf-32', b'\xff\xff\x11\x00'),
                      ('latin-1', b'ok'), ('unicode-escape', b'\\x4')]:
        show(lambda: data.decode(enc, 't.bad'))
    for enc in ('ascii', 'latin-1', 'utf-8', 'utf-16', 'cp1252', 'iso8859_15'):
        show(lambda: 'a\u3042\udcffb'.encode(enc, 't.bad'))
    show(lambda: codecs.decode(b'a\xffb', 'utf-8', 't.bad'))
    show(lambda: codecs.encode('a\udcffb', 'utf-8', 't.bad'))
    show(lambda: str(b'a\xffb', 'u8', 't.bad'))

print('-- good results')
codecs.register_error('t.neg', lambda exc: ('<%d:%d>' % (exc.start, exc.end), -1))
show(lambda: b'abc\xffdef'.decode('utf-8', 't.neg'))
show(lambda: 'abc\u20acdef'.encode('ascii', 't.neg'))
codecs.register_error('t.back', lambda exc: ('[%d]' % exc.start, exc.start + 1) if exc.start < 6 else ('!', exc.end))
show(lambda: b'ab\xff\xfecd'.decode('ascii', 't.back'))
codecs.register_error('t.bytes', lambda exc: (b'\xaa\xbb', exc.end))
for enc in ('ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be'):
    show(lambda: 'a\udcffb'.encode(enc, 't.bytes'))
codecs.register_error('t.odd', lambda exc: (b'\xaa', exc.end))
show(lambda: 'a\udcffb'.encode('utf-16-le', 't.odd'))
codecs.register_error('t.wide', lambda exc: ('\u20ac', exc.end))
show(lambda: 'a\udcffb'.encode('utf-8', 't.wide'))
show(lambda: 'a\u3042b'.encode('cp1252', 't.wide'))

class S(str): pass
class I(int): pass
codecs.register_error('t.sub', lambda exc: (S('<s>'), I(exc.end)))
show(lambda: b'a\xffb'.decode('utf-8', 't.sub'))
show(lambda: 'a\xffb'.encode('ascii', 't.sub'))

print('-- handlers that replace exc.object')
def longer(exc):
    exc.object = b'\x00' * 8
    return ('\ufffd', exc.start)
codecs.register_error('t.long', longer)
show(lambda: b'\x00'.decode('utf-16', 't.long'))
show(lambda: b'\x00'.decode('utf-32', 't.long'))
def emptied(exc):
    exc.object = b''
    return ('\u4242', 0)
codecs.register_error('t.empty', emptied)
for enc, data in [('ascii', b'\xff'), ('utf-8', b'\xff'), ('utf-16', b'\xff'), ('utf-32', b'\xff'), ('unicode-escape', b'\\u123g'),
                  ('raw-unicode-escape', b'\\u123g'), ('latin-1', b'x'), ('cp1252', b'\x81')]:
    show(lambda: data.decode(enc, 't.empty'))
def not_bytes(exc):
    exc.object = 42
    return ('\u4242', 0)
codecs.register_error('t.notbytes', not_bytes)
show(lambda: b'a\xff'.decode('ascii', 't.notbytes'))
show(lambda: b'a\xff'.decode('utf-16-le', 't.notbytes'))
def swap(exc):
    # Decoding goes on at the returned position in the new object.
    exc.object = b'xyz\xff\xfeQ'
    return ('|', 3) if exc.start < 3 else ('#', exc.end)
codecs.register_error('t.swap', swap)
show(lambda: b'a\xff'.decode('utf-8', 't.swap'))
show(lambda: codecs.utf_8_decode(b'a\xff', 't.swap', False))
show(lambda: codecs.charmap_decode(b'a\xff', 't.swap', 'abc'))

print('-- one exception per call')
seen = []
def record(exc):
    seen.append(exc)
    return ('?', exc.end)
codecs.register_error('t.rec', record)
show(lambda: b'\xff1\xfe2\xfd'.decode('utf-8', 't.rec'))
print(len(seen), all(e is seen[0] for e in seen), seen[0].start, seen[0].end)
seen.clear()
show(lambda: 'a\u3042b\u3043'.encode('latin-1', 't.rec'))
print(len(seen), all(e is seen[0] for e in seen), seen[0].start, seen[0].end)
