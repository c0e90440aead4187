# The codecs with strs holding a high surrogate before a low one (two code points; one astral
# character if merged): charmap tables and mappings, escape codecs (which also take a str), incremental
# decoders fed a pair in pieces, stream readers and writers.
import codecs, io
a, b = "\ud83d", "\ude00"
p = a + b
def show(k, f):
    try:
        r = f()
        print(k, len(r) if isinstance(r, str) else '', ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
T = {
 'cm1': lambda: codecs.charmap_decode(b"\x01\x02", "strict", {1: a, 2: b}),
 'cm2': lambda: codecs.charmap_decode(b"\x01\x02", "strict", a + b + "xyz"),
 'cm3': lambda: codecs.charmap_decode(b"\x00\x01", "strict", {0: 0xd83d, 1: 0xde00}),
 'cm4': lambda: codecs.charmap_decode(b"\x00\x01", "strict", {0: p, 1: b}),
 'cm5': lambda: codecs.charmap_decode(b"\x00\x01", "strict", p + 'x'),
 'cm6': lambda: codecs.charmap_encode(p, "strict", {0xd83d: 1, 0xde00: 2}),
 'cm7': lambda: codecs.charmap_encode(a + b, "strict", codecs.charmap_build(p + "xyz")),
 'cm8': lambda: codecs.charmap_build(p + 'x'),
 'ue1': lambda: codecs.unicode_escape_decode("\\ud83d\\ude00"),
 'ue2': lambda: codecs.unicode_escape_decode(b"\\ud83d" + b"\xed"),
 'ue3': lambda: codecs.unicode_escape_encode(p),
 'ue4': lambda: codecs.raw_unicode_escape_decode("\\ud83d\\ude00"),
 'ue5': lambda: codecs.raw_unicode_escape_encode(p),
 'ue6': lambda: codecs.unicode_escape_decode(b"\\ud83d\\ude00"),
 'ue7': lambda: codecs.unicode_escape_decode(b"\\ud83d\\U0000de00"),
 'ue8': lambda: codecs.raw_unicode_escape_decode(b"\\ud83d\\U0000de00x"),
 'u8d': lambda: codecs.utf_8_decode("\\ud83d"),
 'u8e': lambda: codecs.utf_8_encode(p, 'surrogatepass'),
 'u16e': lambda: codecs.utf_16_le_encode(p, 'surrogatepass'),
 'u16d': lambda: codecs.utf_16_le_decode(b"=\xd8\x00\xde", 'surrogatepass'),
 'u32e': lambda: codecs.utf_32_encode(p, 'surrogatepass'),
 'u32d': lambda: codecs.utf_32_be_decode(b"\x00\x00\xd8=\x00\x00\xde\x00", 'surrogatepass'),
 'l1': lambda: codecs.latin_1_encode(p, 'backslashreplace'),
 'asc': lambda: codecs.ascii_encode(p, 'xmlcharrefreplace'),
 'asc2': lambda: codecs.ascii_decode(b"\xed\xa0", 'surrogateescape'),
 'esc': lambda: codecs.escape_encode(b'\xed'),
 'reg': lambda: (codecs.register_error('j2pair', lambda e: (a, e.end) if e.start == 0 else (b, e.end)), b"\xff\xfe".decode('ascii', 'j2pair'))[1],
 'reg2': lambda: (codecs.register_error('j2enc', lambda e: (a + b, e.end)), "\xff".encode('utf-8', 'j2enc') if False else "x\udc80y".encode('ascii', 'j2enc'))[1],
 'reg3': lambda: (codecs.register_error('j2bs', lambda e: (b"?", e.end)), p.encode('utf-16-le', 'j2bs'))[1],
 'incdec': lambda: (lambda d: [d.decode(b"\xed\xa0\xbd"), d.decode(b"\xed\xb8\x80"), d.decode(b"", True)])(codecs.getincrementaldecoder('utf-8')('surrogatepass')),
 'incdec2': lambda: (lambda d: d.decode(b"\xed\xa0") + d.decode(b"\xbd\xed\xb8\x80"))(codecs.getincrementaldecoder('utf-8')('surrogatepass')),
 'incdec4': lambda: [(lambda d: (ascii(d.decode(data)), d.getstate()))(codecs.getincrementaldecoder('utf-8')(err)) for data in [b'\xed\xa0', b'\xed', b'a\xed\xa0', b'\xed\xa0\xbd\xed', b'\xed\xa0\xbd\xed\xb8', b'\xed\xa0x'] for err in ['replace', 'surrogatepass', 'ignore']],
 'incdec3': lambda: (lambda d: d.decode(b"\x00\x00\xd8=\x00\x00") + d.decode(b"\xde\x00", True))(codecs.getincrementaldecoder('utf-32-be')('surrogatepass')),
 'incenc': lambda: (lambda e: e.encode(a) + e.encode(b))(codecs.getincrementalencoder('utf-8')('surrogatepass')),
 'incenc16': lambda: (lambda e: e.encode(a) + e.encode(b))(codecs.getincrementalencoder('utf-16')('surrogatepass')),
 'streamr': lambda: codecs.getreader('utf-8')(io.BytesIO(b"\xed\xa0\xbd\xed\xb8\x80"), 'surrogatepass').read(),
 'streamw': lambda: (lambda bio: (codecs.getwriter('utf-8')(bio, 'surrogatepass').write(p), bio.getvalue())[1])(io.BytesIO()),
 'bytes_dec': lambda: bytearray(b"\xed\xa0\xbd\xed\xb8\x80").decode('utf-8', 'surrogatepass'),
 'str_dec': lambda: str(memoryview(b"\xed\xa0\xbd\xed\xb8\x80"), 'utf-8', 'surrogatepass'),
 'codecs_dec': lambda: codecs.decode(b"\\ud83d\\ude00", 'unicode_escape'),
 'codecs_enc': lambda: codecs.encode(p, 'utf-16-be', 'surrogatepass'),
 'idna?': lambda: 0,
}
for k, f in T.items():
    show(k, f)
# surrogateescape writes the escapable prefix of a run of unencodable characters; the rest is the error.
for s in ['\udc80\ud83d\ude00', 'a\udc80\udc81\ud800x', '\udc80\udcff', '\udc80' + p]:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(s.encode(enc, 'surrogateescape'))
        except UnicodeEncodeError as e:
            print(e.start, e.end, e)
