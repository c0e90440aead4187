# charmap_encode/charmap_decode with a mapping: the values each accepts (and the TypeErrors for the
# others), U+FFFE and None as undefined, replacement text mapped through the mapping; the builtin
# error handlers called directly with the wrong kind of exception or with out-of-range positions.
import codecs, sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: codecs.charmap_decode(b'ab', 'strict', {97: '', 98: 'xy'}))
show(lambda: codecs.charmap_decode(b'ab', 'strict', {97: 0xfffe}))
show(lambda: codecs.charmap_decode(b'ab', 'strict', {97: '\ufffe'}))
show(lambda: codecs.charmap_decode(b'ab', 'replace', {97: None, 98: 66}))
show(lambda: codecs.charmap_decode(b'a', 'strict', {97: sys.maxunicode + 1}))
show(lambda: codecs.charmap_decode(b'a', 'strict', {97: -1}))
show(lambda: codecs.charmap_decode(b'a', 'strict', {97: b'x'}))
show(lambda: codecs.charmap_decode(b'a', 'strict', {97: 2**70}))
show(lambda: codecs.charmap_decode(b'a', 'strict', {97: True}))
show(lambda: codecs.charmap_decode(b'abc', 'strict', 'xy\ufffe'))
show(lambda: codecs.charmap_decode(b'abc', 'backslashreplace', 'xy'))
show(lambda: codecs.charmap_encode('a', 'strict', {97: 300}))
show(lambda: codecs.charmap_encode('a', 'strict', {97: -1}))
show(lambda: codecs.charmap_encode('a', 'strict', {97: 'x'}))
show(lambda: codecs.charmap_encode('a', 'strict', {97: None}))
show(lambda: codecs.charmap_encode('ab', 'replace', {97: 1, 63: 'x'}))
show(lambda: codecs.charmap_encode('ab', 'replace', {97: 1, 63: b'XY'}))
show(lambda: codecs.charmap_encode('ab', 'replace', {97: 1}))
show(lambda: codecs.charmap_encode('ab', 'ignore', {97: 1}))
show(lambda: codecs.charmap_encode('ab', 'xmlcharrefreplace', {97: 1, 38: 2, 35: 3, 57: 4, 56: 5, 59: 6}))
show(lambda: codecs.charmap_encode('ab', 'backslashreplace', {97: 1}))
show(lambda: codecs.charmap_encode('ab\udc80', 'surrogateescape', {97: 1, 98: 2}))
show(lambda: codecs.charmap_encode('ab', 'strict', {97: True, 98: 2**70}))
charmap = dict((ord(c), bytes(2 * c.upper(), 'ascii')) for c in 'abcdefgh')
charmap[ord('?')] = b'XYZ'
show(lambda: codecs.charmap_encode('abcDEF', 'replace', charmap))
class D(dict):
    def __getitem__(self, k):
        raise ValueError('no')
show(lambda: codecs.charmap_encode('ab', 'strict', D()))
show(lambda: codecs.charmap_decode(b'ab', 'strict', D()))

print('-- builtin handlers called directly')
names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
excs = [42, UnicodeError('ouch'), ValueError('v'), UnicodeEncodeError('ascii', 'a\u3042b', 1, 2, 'ouch'),
        UnicodeDecodeError('ascii', bytearray(b'a\xffb'), 1, 2, 'ouch'), UnicodeTranslateError('a\u3042b', 1, 2, 'ouch'),
        UnicodeEncodeError('ascii', 'a\u3042b', -5, 10, 'ouch'), UnicodeDecodeError('utf-8', b'a\xff\xfeb', 7, 9, 'ouch')]
for name in names:
    h = codecs.lookup_error(name)
    for e in excs:
        show(lambda: h(e))
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'x')
e.object = b'abc'
show(lambda: codecs.replace_errors(e))
e = UnicodeDecodeError('ascii', b'abc', 0, 1, 'x')
e.object = 'abc'
show(lambda: codecs.replace_errors(e))
