# Exceptions from registry codecs are wrapped as CPython does ("encoding with ... codec failed"), and
# str.encode/bytes.decode refuse codecs that are not text encodings.
import codecs
codecs.register_error('cjk.bad', lambda e: 42)
for f in [lambda: 'x\u0100y'.encode('gbk', 'cjk.bad'), lambda: b'x\xffy'.decode('gbk', 'cjk.bad'), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e, '|', repr(e.__cause__), e.__suppress_context__)
class E(ValueError): pass
def search(name):
    if name == 'boom':
        def enc(s, errors='strict'): raise E('inner')
        def enc2(s, errors='strict'): raise OSError(2, 'x')
        return codecs.CodecInfo(enc, enc, name='boom')
codecs.register(search)
try: 'x'.encode('boom')
except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
try: b'x'.decode('boom')
except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
