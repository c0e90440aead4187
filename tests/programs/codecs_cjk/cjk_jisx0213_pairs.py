# JIS X 0213's pairs: two code points, one code. The encoder holds a pair's first character until it
# sees the next; the final flag, reset(), getstate() and the stream writer decide what becomes of it.
import codecs
import io

CODECS = ['euc_jis_2004', 'shift_jis_2004', 'iso2022_jp_2004', 'euc_jisx0213', 'shift_jisx0213', 'iso2022_jp_3']
samples = ['\u304b\u309a', '\u304b', '\u304bx', '\u304b\u3042', '\u00e6\u0300', '\u00e6', '\u02e9\u02e5', '\u02e5\u02e9',
           '\u02e9\u02e5\u02e9', '\u304b\U0001309a', '\u31f7\u309a', '\u0254\u0301', '\u304b\u309a\u304b\u309a', 'a\u304b']
for enc in CODECS:
    print(enc)
    for s in samples:
        b = s.encode(enc)
        print('  ', ascii(s), b.hex(), ascii(b.decode(enc)))
    # incremental: the first character of a pair waits
    e = codecs.getincrementalencoder(enc)()
    out = [e.encode(ch) for ch in '\u304b\u309a\u304bx\u00e6']
    print('  inc', [o.hex() for o in out], e.getstate())
    print('  final', e.encode('', final=True).hex(), e.getstate())
    e = codecs.getincrementalencoder(enc)()
    print('  pending', e.encode('a\u304b').hex(), e.getstate())
    st = e.getstate()
    e.reset()
    print('  after reset', e.getstate(), e.encode('b', final=True).hex())
    e2 = codecs.getincrementalencoder(enc)()
    e2.setstate(st)
    print('  setstate', e2.encode('\u309a', final=True).hex())
    # split the encoding of a sample at every position
    text = 'a\u304b\u309a\u6f22\u00e6\u0300\U00020089\u02e9\u02e5b\u304b'
    whole = text.encode(enc)
    ok = True
    for i in range(len(text) + 1):
        e = codecs.getincrementalencoder(enc)()
        if e.encode(text[:i]) + e.encode(text[i:], final=True) != whole:
            ok = False
    print('  split encode', ok, whole.hex())
    for i in range(len(whole) + 1):
        d = codecs.getincrementaldecoder(enc)()
        if d.decode(whole[:i]) + d.decode(whole[i:], final=True) != text:
            ok = False
    d = codecs.getincrementaldecoder(enc)()
    print('  split decode', ok, ascii([d.decode(whole[i:i + 1]) for i in range(len(whole))]), d.getstate())
    # stream writer: a pending first character is written by reset(), not by write()
    f = io.BytesIO()
    w = codecs.getwriter(enc)(f)
    w.write('x\u304b')
    print('  writer', f.getvalue().hex())
    w.write('\u309a\u304b')
    print('  writer', f.getvalue().hex())
    w.reset()
    print('  writer reset', f.getvalue().hex())
    w.writelines(['\u00e6', '\u0300', 'y'])
    print('  writelines', f.getvalue().hex())
    r = codecs.getreader(enc)(io.BytesIO(whole))
    print('  reader', ascii(r.read(3)), ascii(r.readline()), ascii(r.read()))
    # errors after a pending first character
    e = codecs.getincrementalencoder(enc)('replace')
    print('  replace', e.encode('\u304b').hex(), e.encode('\u20ac\u304b', final=True).hex())
    try:
        codecs.getincrementalencoder(enc)().encode('\u304b\u0e01', final=True)
    except UnicodeEncodeError as ex:
        print('  ', ex.start, ex.end, ex.reason, ascii(ex.object))
