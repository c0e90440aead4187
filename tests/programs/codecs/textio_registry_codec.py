# A TextIOWrapper over a codec from the registry (Python code) encodes each write() at once through the
# codec's incremental encoder: its state carries across writes and flushes, a write it refuses fails there,
# an encoder returning something other than bytes is a TypeError of that write, and seeks reset its state.
import codecs, io


class HeaderEncoder(codecs.IncrementalEncoder):
    """Writes b'HDR:' before the first text of a stream, then the text upper-cased as ASCII."""
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.started = False
        self.calls = 0

    def encode(self, text, final=False):
        self.calls += 1
        out = b'' if self.started or not text else b'HDR:'
        self.started = self.started or bool(text)
        if 'X' in text:
            raise ValueError('no X here')
        return out + text.upper().encode('ascii')

    def reset(self):
        print('  reset')
        self.started = False

    def getstate(self):
        return int(self.started)

    def setstate(self, state):
        print('  setstate', state)
        self.started = bool(state)


class HeaderDecoder(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return bytes(data).decode('ascii').lower()


def search(name):
    if name == 'hdr':
        return codecs.CodecInfo(name='hdr', encode=lambda s, e='strict': (b'?', len(s)),
                                decode=lambda b, e='strict': (bytes(b).decode('ascii'), len(b)),
                                incrementalencoder=HeaderEncoder, incrementaldecoder=HeaderDecoder)
    return None


codecs.register(search)
buf = io.BytesIO()
t = io.TextIOWrapper(buf, encoding='hdr')
print(t.write('abc'), t.write('def\n'))
t.flush()
print(buf.getvalue())
try:
    t.write('aXb')
except ValueError as e:
    print('ValueError', e)
t.write('ghi')
t.flush()
print(buf.getvalue())
t.seek(0)
t.write('zz')
t.flush()
print(buf.getvalue())
t.seek(0, 2)
t.write('end')
t.flush()
print(buf.getvalue())

# Opened away from the start: no header.
buf2 = io.BytesIO(b'12345')
buf2.seek(5)
t2 = io.TextIOWrapper(buf2, encoding='hdr')
t2.write('tail')
t2.flush()
print(buf2.getvalue())

# reconfigure() to it makes a new encoder.
buf3 = io.BytesIO()
t3 = io.TextIOWrapper(buf3, encoding='ascii')
t3.write('plain ')
t3.reconfigure(encoding='hdr')
t3.write('after')
t3.flush()
print(buf3.getvalue())

# rot13 returns str: a TypeError at the write.
rot13 = codecs.lookup('rot13')
rot13._is_text_encoding = True
try:
    t4 = io.TextIOWrapper(io.BytesIO(b'foo'), encoding='rot13')
finally:
    rot13._is_text_encoding = False
try:
    t4.write('bar')
except TypeError as e:
    print('TypeError', e)
print(t4.tell())
