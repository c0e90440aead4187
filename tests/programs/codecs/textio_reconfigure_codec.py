# TextIOWrapper.reconfigure() to a new codec: a byte-order-marked encoding (utf-8-sig, utf-16) taken on
# mid-stream writes no mark on a seekable stream and one on an unseekable stream; the encoding and the
# error handler names must encode to UTF-8 and the encoding must exist.
import io

for enc in ('utf-8-sig', 'utf-16', 'utf-32'):
    raw = io.BytesIO()
    txt = io.TextIOWrapper(raw, encoding='ascii', newline='\n')
    txt.write('abc\n')
    txt.reconfigure(encoding=enc)
    txt.write('d\xe9f\n')
    txt.flush()
    print(enc, raw.getvalue())
    raw = io.BytesIO()
    txt = io.TextIOWrapper(raw, encoding='latin-1', newline='\n')
    txt.reconfigure(encoding=enc)
    txt.write('x\xe9')
    txt.flush()
    print(enc, 'at start', raw.getvalue())

raw = io.BytesIO()
raw.seekable = lambda: False
raw.seek = None
txt = io.TextIOWrapper(raw, encoding='ascii', newline='\n')
txt.write('abc\n')
txt.reconfigure(encoding='utf-8-sig')
txt.write('d\xe9f\n')
txt.flush()
print('unseekable', raw.getvalue())

txt = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
for kw in (dict(encoding=42), dict(encoding='\udcfe'), dict(encoding='locale\0'), dict(encoding='nonexisting'), dict(encoding='rot13'),
           dict(errors='\udcfe'), dict(errors=42), dict(errors='ignore'), dict(encoding='latin-1')):
    try:
        txt.reconfigure(**kw)
        print(kw, 'ok', txt.encoding, txt.errors)
    except Exception as e:
        print(kw, type(e).__name__, e)
