# big5hkscs: the whole charset decoded and encoded back (counts and hashes), its non-BMP characters,
# the four Ê/ê pairs (the encoder holds Ê and ê until it sees the next character), errors, incremental.
import codecs
import hashlib
import io

def h(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode('utf-8', 'surrogatepass')).hexdigest()[:16]

codes = [bytes([a, b]) for a in range(0x81, 0xff) for b in list(range(0x40, 0x7f)) + list(range(0xa1, 0xff))]
text = b'\n'.join(codes).decode('big5hkscs', 'replace')
lines = text.split('\n')
good = [s for s in lines if '\ufffd' not in s]
print(len(lines), len(good), sum(1 for s in good if len(s) == 2), sum(1 for s in good if ord(s[0]) > 0xffff), h(text))
back = '\n'.join(good).encode('big5hkscs')
print(len(back), h(back))
again = back.decode('big5hkscs').split('\n')
print('round trip', sum(1 for s, t in zip(good, again) if s == t), ascii([(s, t) for s, t in zip(good, again) if s != t][:8]))

for s in ['\xca', '\xca\u0304', '\xca\u030c', '\xea\u0304', '\xea\u030c', '\xea', '\xcax', '\xca\U00010304', '\xea\u0300',
          '\u43f0\U00027267', '\U00020000', '\U0001f600', 'a\u4e00\u2fff']:
    try:
        b = s.encode('big5hkscs')
        print(ascii(s), b.hex(), ascii(b.decode('big5hkscs')))
    except UnicodeEncodeError as e:
        print(ascii(s), 'E', e.start, e.end, e.reason)
for b in [b'\x88\x62', b'\x88\x64\x88\xa3\x88\xa5', b'\x88\x66', b'\xc6\xa1', b'\xc8\xfe', b'\xc6\x40', b'\xa1', b'\x80a', b'\xff\xff', b'\x87\x40',
          b'\xf9\xfe', b'\xa3\xe1']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            print(b.hex(), err, ascii(b.decode('big5hkscs', err)))
        except UnicodeDecodeError as e:
            print(b.hex(), err, 'E', e.start, e.end, e.reason)
for err in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(err, '\xca\u0e01\xea\U0001f600\u304b'.encode('big5hkscs', err).hex())

e = codecs.getincrementalencoder('big5hkscs')()
print([e.encode(c).hex() for c in '\xca\u0304\xca\xea\u030ca\xea'], e.getstate(), e.encode('', final=True).hex())
e = codecs.getincrementalencoder('big5hkscs')()
print(e.encode('\xca').hex(), e.getstate())
e.reset()
print(e.getstate(), e.encode('b', final=True).hex())
sample = 'a\xca\u0304\u4e00\U00027267\xea\U00027cb1\xca'
whole = sample.encode('big5hkscs')
ok = True
for i in range(len(sample) + 1):
    e = codecs.getincrementalencoder('big5hkscs')()
    ok = ok and e.encode(sample[:i]) + e.encode(sample[i:], final=True) == whole
for i in range(len(whole) + 1):
    d = codecs.getincrementaldecoder('big5hkscs')()
    ok = ok and d.decode(whole[:i]) + d.decode(whole[i:], final=True) == sample
print('split', ok, whole.hex())
f = io.BytesIO()
w = codecs.getwriter('big5hkscs')(f)
w.write('x\xca')
print(f.getvalue().hex())
w.write('\u030c\xea')
print(f.getvalue().hex())
w.reset()
print(f.getvalue().hex())
r = codecs.getreader('big5hkscs')(io.BytesIO(whole + b'\x88'))
print(ascii(r.read(2)), end=' ')
try:
    r.read()
except UnicodeDecodeError as e:
    print('E', e.start, e.end, e.reason)
