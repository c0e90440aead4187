# TextIOWrapper.write() of text its encoder cannot take: the error is raised by that write() (not at
# flush or close), positions count within the written text, earlier writes stay; each errors= value on
# files of several encodings, print() to a file, and a BytesIO under write_through.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
TEXT = 'a\udcff\ud800\u20ac\U0001f600b\n'
for errors in (None, 'strict', 'surrogateescape', 'surrogatepass', 'backslashreplace', 'replace', 'ignore', 'xmlcharrefreplace', 'namereplace'):
    for enc in ('utf-8', 'latin-1', 'ascii', 'utf-16-le', 'cp1252'):
        try:
            with open(p, 'w', encoding=enc, errors=errors) as f:
                f.write('ok ')
                f.write(TEXT)
        except Exception as e:
            print(errors, enc, type(e).__name__, e)
        with open(p, 'rb') as f:
            print(errors, enc, f.read())

f = open(p, 'w', encoding='utf-8')
f.write('before ')
try:
    f.write('x\ud800y')
except UnicodeEncodeError as e:
    print('write:', e)
f.write('after')
f.close()
print(f.closed, open(p, 'rb').read())

f = open(p, 'w', encoding='latin-1')
try:
    print('caf\xe9', '\u20ac', 'end', file=f)
except UnicodeEncodeError as e:
    print('print:', e)
f.close()
print(open(p, 'rb').read())

f = open(p, 'w', encoding='ascii', buffering=1)
for s in ('line\n', 'x\xe9\n', 'last\n'):
    try:
        f.write(s)
    except UnicodeEncodeError as e:
        print('ascii:', e)
f.close()
print(open(p, 'rb').read())

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', errors='surrogateescape', write_through=True)
t.write('\udcff\udc80x')
print(b.getvalue())
t.reconfigure(errors='strict')
try:
    t.write('\udcff')
except UnicodeEncodeError as e:
    print('reconfigured:', e)
t.reconfigure(errors='backslashreplace')
t.write('\udcff!')
t.flush()
print(b.getvalue())
