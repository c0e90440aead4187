# Encoding and decoding errors of the CJK codecs: messages, positions, every handler.
import codecs

def attempt(f):
    try:
        r = f()
        print('  ->', ascii(r))
    except (UnicodeError, TypeError, IndexError, LookupError) as e:
        print('  ', type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print('   ', e.encoding, e.start, e.end, e.reason, ascii(e.object))

for enc in ['shift_jis', 'euc_jp', 'gbk', 'big5', 'euc_kr', 'iso2022_jp', 'hz', 'gb18030']:
    print(enc)
    attempt(lambda: 'a\u20ac\U0001f600b'.encode(enc))
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape']:
        attempt(lambda: 'a\u0100\u0101b'.encode(enc, h))
    attempt(lambda: 'x\udc80y'.encode(enc, 'surrogateescape'))
    attempt(lambda: 'x\ud800y'.encode(enc, 'surrogatepass'))
    for data in [b'a\x81', b'a\xff\xfeb', b'\x81\x20z', b'\x8e', b'~{\x21', b'\x1b$B\x21\x21\x7f\x7f']:
        attempt(lambda: data.decode(enc))
        for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
            attempt(lambda: data.decode(enc, h))

# custom handlers
def enc_handler(e):
    print('  handler saw', type(e).__name__, e.start, e.end, e.reason)
    return ('<%d>' % e.start, e.end)
codecs.register_error('cjk.test', enc_handler)
attempt(lambda: 'x\u20acy\u0100z'.encode('shift_jis', 'cjk.test'))
attempt(lambda: b'x\x81\x20y\xff'.decode('shift_jis', 'cjk.test'))
codecs.register_error('cjk.bytes', lambda e: (b'\x81\x40', e.end))
attempt(lambda: 'x\u20acy'.encode('shift_jis', 'cjk.bytes'))
codecs.register_error('cjk.unencodable', lambda e: ('\u20ac', e.end))
attempt(lambda: 'x\u0100y'.encode('shift_jis', 'cjk.unencodable'))
codecs.register_error('cjk.bad', lambda e: 42)
attempt(lambda: 'x\u0100y'.encode('gbk', 'cjk.bad'))
attempt(lambda: b'x\xffy'.decode('gbk', 'cjk.bad'))
codecs.register_error('cjk.far', lambda e: ('', 100))
attempt(lambda: 'x\u0100y'.encode('gbk', 'cjk.far'))
attempt(lambda: b'x\xffy'.decode('gbk', 'cjk.far'))
codecs.register_error('cjk.back', lambda e: ('?', -1))
attempt(lambda: 'x\u0100y'.encode('big5', 'cjk.back'))
attempt(lambda: 'x\u0100y'.encode('big5', 'no.such.handler'))
attempt(lambda: b'xy'.decode('big5', 'no.such.handler'))
attempt(lambda: b'x\xff'.decode('big5', 'no.such.handler'))
attempt(lambda: b'x\xff'.decode('big5', 'xmlcharrefreplace'))

# the codec objects' argument checks
import _codecs_jp
c = _codecs_jp.getcodec('shift_jis')
print(type(c).__name__, type(c).__module__)
attempt(lambda: c.encode('abc'))
attempt(lambda: c.encode(12))
attempt(lambda: c.encode('a', 5))
attempt(lambda: c.decode('abc'))
attempt(lambda: c.decode(bytearray(b'\x82\xa0'), None))
attempt(lambda: c.decode(memoryview(b'\x82\xa0'), errors='strict'))
attempt(lambda: _codecs_jp.getcodec('nope'))
attempt(lambda: 'x'.encode('shift_jis', errors=None))
