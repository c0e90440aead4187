# Strs that begin with U+FEFF (a UTF-8 byte order mark once encoded) survive every pickle protocol and the
# other UTF-8 decoders: a WHATWG decoder drops a leading BOM unless told not to.
import array
import pickle

for s in ['\ufeff', '\ufeffabc', 'a\ufeff', '\ufeff\ufeff', '\ufeff\u263a\U0001F600']:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(s, proto))
        assert back == s, (proto, ascii(s), ascii(back))
    print(ascii(s), 'ok')

a = array.array('u', '\x01\u263a\x00\ufeff')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(a, proto)) == a)
print(ascii(pickle.loads(b'\x80\x04\x95\x07\x00\x00\x00\x00\x00\x00\x00\x8c\x03\xef\xbb\xbf\x94.')))
print(ascii(b'\xef\xbb\xbfx'.decode('utf-8')), ascii(b'\xef\xbb\xbfx'.decode('utf-8-sig')))
print(ascii(bytes(bytearray(b'\xef\xbb\xbf')).decode()))
import codecs
print(ascii(codecs.decode(b'\xef\xbb\xbfy', 'utf-8')))
print(ascii(str(b'\xef\xbb\xbfz', 'utf-8', 'strict')))
