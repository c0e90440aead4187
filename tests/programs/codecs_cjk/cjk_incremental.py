# Incremental and stream codecs: state across calls, split multibyte characters, getstate/setstate.
import codecs
import io

text = 'aあい漢字b\u3000ｱ'
for enc in ['shift_jis', 'euc_jp', 'gb18030', 'big5', 'cp949', 'iso2022_jp', 'iso2022_kr', 'hz', 'euc_kr']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = 'a中文b'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, ascii(parts), dec.getstate())
    enc_ = codecs.getincrementalencoder(enc)()
    out = b''.join(enc_.encode(ch) for ch in data.decode(enc)) + enc_.encode('', final=True)
    print('  ', out == data, out.hex(), enc_.getstate())

# an incomplete character at the end
d = codecs.getincrementaldecoder('shift_jis')()
print(ascii(d.decode(b'a\x82')), d.getstate())
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('final:', e)
print(d.getstate())
d.reset()
print(d.getstate(), ascii(d.decode(b'\xb1')))
d2 = codecs.getincrementaldecoder('shift_jis')('replace')
print(ascii(d2.decode(b'a\x82', final=True)), d2.errors)
d2.errors = 'ignore'
print(d2.errors)
try:
    d2.errors = 5
except TypeError as e:
    print('TypeError', e)

# setstate
d = codecs.getincrementaldecoder('euc_jp')()
d.setstate((b'\xa4', 0))
print(ascii(d.decode(b'\xa2')))
d = codecs.getincrementaldecoder('iso2022_jp')()
print(ascii(d.decode(b'\x1b$B')), d.getstate())
st = d.getstate()
d2 = codecs.getincrementaldecoder('iso2022_jp')()
d2.setstate(st)
print(ascii(d2.decode(b'$"')))
e = codecs.getincrementalencoder('iso2022_jp')()
print(e.encode('あ'), e.getstate())
s = e.getstate()
e.reset()
print(e.getstate(), e.encode('a', final=True))
e2 = codecs.getincrementalencoder('iso2022_jp')()
e2.setstate(s)
print(e2.encode('い', final=True))
for bad in [(1, 2), (b'\x00' * 9, 0), 'x']:
    try:
        codecs.getincrementaldecoder('gbk')().setstate(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    codecs.getincrementalencoder('gbk')().setstate('x')
except Exception as ex:
    print(type(ex).__name__, ex)

# stream reader and writer
raw = io.BytesIO('一行目\n二行目\nthird 三\n'.encode('shift_jis'))
r = codecs.getreader('shift_jis')(raw)
print(ascii(r.read(3)), ascii(r.readline()), ascii(r.readlines()))
raw = io.BytesIO('一行目\n二行目\n'.encode('gbk'))
r = codecs.getreader('gbk')(raw)
print(ascii(r.readline()), ascii(r.read()))
buf = io.BytesIO()
w = codecs.getwriter('iso2022_jp')(buf)
w.write('あいう')
w.writelines(['abc', '漢字'])
w.reset()
print(buf.getvalue(), w.stream is buf, w.errors)
buf = io.BytesIO()
w = codecs.getwriter('hz')(buf, 'replace')
w.write('中文\u20ac')
w.reset()
print(buf.getvalue())
# TextIOWrapper over a CJK codec
t = io.TextIOWrapper(io.BytesIO('漢字\nかな\n'.encode('euc_jp')), encoding='euc_jp')
print(ascii(t.readlines()))
