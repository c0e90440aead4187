# pyexpat input encodings (BOM, UTF-16 both orders, declared 8-bit encodings, str input) and the
# positions it reports: line, column, byte index, in callbacks and in errors.
import pyexpat

def events(data, **kw):
    p = pyexpat.ParserCreate(**kw)
    out = []
    p.StartElementHandler = lambda n, a: out.append(('start', n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.EndElementHandler = lambda n: out.append(('end', n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.CharacterDataHandler = lambda s: out.append(('text', s))
    p.XmlDeclHandler = lambda *a: out.append(('decl',) + a)
    try:
        p.Parse(data, True)
    except pyexpat.ExpatError as e:
        out.append(('error', str(e), e.code, p.ErrorByteIndex))
    return out

doc = '<a x="\u00e9">\n  caf\u00e9 \u20ac \U0001F600\r\n  <b/>\n</a>'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-8-sig'):
    print(enc, events(doc.encode(enc)))
print('str', events(doc))
for enc in ('iso-8859-1', 'latin-1', 'us-ascii', 'cp1252', 'iso-8859-15', 'utf-8'):
    text = f'<?xml version="1.0" encoding="{enc}"?>\n<r>\u00a4</r>'
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode('utf-8')
    print(enc, events(data))
print('protocol', events('<r>\u00e9</r>'.encode('latin-1'), encoding='iso-8859-1'))
for bad in (b'<a>\xc3', b'<a>x\xe2\x82', b'\x00<\x00a\x00>\x00', b'<a>\xed\xa0\x80</a>', b'<a>\xf4\x90\x80\x80</a>',
            b'<a>\xc0\xaf</a>', b'<?xml version="1.0" encoding="utf-16"?><a/>', b'<a>\n\n  <b>\r\n</c>'):
    print(bad, events(bad))
try:
    events(b'<?xml version="1.0" encoding="no-such-codec"?><a/>')
except LookupError as e:
    print('LookupError', e)
