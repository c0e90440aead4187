# The escape decoders: final=True by default for unicode_escape_decode/raw_unicode_escape_decode, a
# trailing backslash left unread when not final, the DeprecationWarning of the first invalid escape
# (and of octal escapes above 0o377), escape_decode's errors argument for a bad \x, escape_encode's
# argument check, and codecs.lookup's name normalisation before the search functions.
import codecs, warnings

def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = repr(f())
        except Exception as x:
            r = '%s %s' % (type(x).__name__, x)
    print(r, [(x.category.__name__, str(x.message)) for x in w])

for f in (codecs.raw_unicode_escape_decode, codecs.unicode_escape_decode):
    for d in (b'\\U00110000', b'\\u12', b'\\', b'a\\', b'\\\\', b'a\\\\\\', b'\\N{foo}', b'\\N{', b'\\x4', b'\\\\u1',
              b'\\8', b'\\777', b'\\q\\z', b'\\\xfa', b'\\101\\400x', b'ok', b'\\N', b'\\N{}x', b'x\\N{abc', b'\\N{DIGIT ONE}'):
        for fin in (True, False):
            show(lambda: f(d, 'strict', fin))
        show(lambda: f(d, 'replace'))
show(lambda: b'a\\qb'.decode('unicode-escape'))
show(lambda: b'a\\qb'.decode('raw-unicode-escape'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show(lambda: codecs.unicode_escape_decode(b'\\d'))
    show(lambda: codecs.escape_decode(b'\\d'))

for d in (b'[\\x]\\x', b'[\\x0]\\x0', b'\\x', b'a\\x4', b'\\x41\\8\\777', b'a\\', 'a\\x41\xe9'):
    for e in ('strict', 'ignore', 'replace', None, 'backslashreplace'):
        show(lambda: codecs.escape_decode(d, e))
for v in (b'a\'\\\x00\xff', bytearray(b'a'), memoryview(b'a'), 'a'):
    show(lambda: codecs.escape_encode(v))

FOUND = (1, 2, 3, 4)
def search(name):
    print('search', repr(name))
    return FOUND if name == 'aaa_8' else None
codecs.register(search)
for name in ('aaa_8', 'AAA-8', 'AAA---8', 'AAA   8', 'aaa\xe9\u20ac-8', '-aaa-8-', 'AAA.8', 'BBB-8'):
    show(lambda: codecs.lookup(name))
codecs.unregister(search)
