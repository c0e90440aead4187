# unicode_escape, raw_unicode_escape and escape_decode: escapes, errors and their ranges.
import _codecs as codecs
for b in [rb'\x4', rb'a\x4g', rb'\u12', rb'\U0011ffff', rb'\N{foo}', rb'\N{LATIN SMALL LETTER A}', rb'\N', rb'\N{x', b'ab\\', rb'\08', b'\xe9\\n', b'\\\nx']:
  for h in ['strict','replace','backslashreplace']:
    try: print(b, h, ascii(b.decode('unicode_escape', h)))
    except Exception as e: print(b, h, type(e).__name__, e, getattr(e,'start',None), getattr(e,'end',None))
for b in [rb'\x4', b'a\\', rb'\x41\n\101', b'plain']:
    try: print(b, codecs.escape_decode(b))
    except Exception as e: print(b, type(e).__name__, e)
print('a\xe9\u20ac\U0001f600\n\\\''.encode('unicode_escape'), 'a\xe9\u20ac\n'.encode('raw_unicode_escape'))
print(ascii(rb'\u20ac\xe9\n'.decode('raw_unicode_escape')))
try: rb'\u20'.decode('raw_unicode_escape')
except Exception as e: print(e)
for s in ["", "plain", "tab\there", "\x00\x7f\x80\xff", "\u0100\uffff", "\U00010000"]:
    for enc in ["unicode_escape", "raw_unicode_escape", "unicode-escape"]:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
print(codecs.unicode_escape_decode(b"a\\", "strict", False), codecs.unicode_escape_decode(b"\\u12", "strict", False))
print(codecs.raw_unicode_escape_decode(b"\\\\u0041"), codecs.escape_encode(b"\x00'\""))
