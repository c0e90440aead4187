# Encoding and error-handler names are C strings in CPython: a lone surrogate is a UnicodeEncodeError,
# a NUL a ValueError, before any codec is looked up (email relies on it for a garbled charset).
import codecs
from email import _encoded_words

cases = [
    lambda: b'x'.decode('utf-8\udce2'), lambda: 'x'.encode('utf-8\udce2'),
    lambda: b'x'.decode('utf-8', 'strict\udce2'), lambda: b'x'.decode('utf-8\0'),
    lambda: 'x'.encode('ascii', 'x\0'), lambda: str(b'x', 'utf-8\udce2'), lambda: bytes('x', 'utf-8\udce2'),
    lambda: bytearray('x', 'latin-1\0'), lambda: codecs.lookup('utf-8\0'), lambda: codecs.lookup('\udcfe'),
    lambda: codecs.decode(b'x', 'utf-8\udce2'), lambda: b'x'.decode('utf-8'),
]
for f in cases:
    try:
        print(repr(f()))
    except (UnicodeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

text, charset, lang, defects = _encoded_words.decode('=?utf-8\udce2\udc80\udc9d?q?foo=ACbar?=')
print(ascii(text), ascii(charset), [type(d).__name__ for d in defects])
