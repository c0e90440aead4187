# The byte order mark of utf-8-sig, utf-16 and utf-32 goes once, at the start of the stream: not at each
# write or flush, not when a stream is wrapped or appended to away from its start, again after seek(0).
import io, os, tempfile
for enc in ['utf-8-sig', 'utf-16', 'utf-32', 'utf-16-le']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write('a'); t.flush(); t.write('b'); t.write('c'); t.flush()
    print(enc, b.getvalue())
    t.seek(0); t.write('z'); t.flush(); print(b.getvalue())
    t.seek(0, 2); t.write('y'); t.flush(); print(b.getvalue())
    b2 = io.BytesIO(b'xx'); b2.seek(2)
    t2 = io.TextIOWrapper(b2, encoding=enc); t2.write('q'); t2.flush(); print(b2.getvalue())
d = tempfile.mkdtemp(); p = os.path.join(d, "f.txt")
with open(p, 'w', encoding='utf-8-sig') as f:
    f.write('one\n'); f.flush(); f.write('two\n')
with open(p, 'a', encoding='utf-8-sig') as f:
    f.write('three\n')
print(open(p, 'rb').read())
print(open(p, encoding='utf-8-sig').read())
os.remove(p); os.rmdir(d)
