# TextIOWrapper.tell() and seek() with decoders that keep state: the opaque cookie replays the decoder.
import os, tempfile, codecs

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')

def roundtrip(text, encoding, newline=None, chunk=None):
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(text)
    with open(path, encoding=encoding, newline=newline) as f:
        if chunk:
            f._CHUNK_SIZE = chunk
        whole = f.read()
    cookies = []
    with open(path, encoding=encoding, newline=newline) as f:
        if chunk:
            f._CHUNK_SIZE = chunk
        for i in range(len(whole) + 1):
            cookies.append(f.tell())
            f.read(1)
        bad = []
        for i, c in enumerate(cookies):
            f.seek(c)
            if f.read() != whole[i:]:
                bad.append(i)
    print(encoding, repr(newline), chunk, len(whole), 'cookies', cookies[:8], 'bad', bad)

text = 'h\xe9llo\r\nw\xf6rld\n\u20ac\u4e2d\U0001f600 end\r'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'latin-1', 'utf-7', 'cp1252' if False else 'cp437']:
    try:
        roundtrip(text, enc)
    except UnicodeError as e:
        print(enc, 'UnicodeError', e)
roundtrip(text, 'utf-8', newline='')
roundtrip(text, 'utf-8', newline='\r\n')
roundtrip(text, 'utf-16', newline='', chunk=3)
roundtrip(text, 'utf-8', chunk=1)
roundtrip(text * 50, 'utf-16', chunk=7)
roundtrip('abc\u3042\u3044xyz\n\u6f22\u5b57', 'iso2022_jp')
roundtrip('abc\u3042\u3044xyz\n\u6f22\u5b57', 'euc_jp', chunk=2)

# tell() is refused while next() iterates; flush() or the end of the loop allows it again.
with open(path, 'w', encoding='utf-8') as f:
    f.write('one\ntwo\nthree\n')
with open(path, encoding='utf-8') as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
    f.flush()
    print('after flush', repr(f.readline()))
    for line in f:
        pass
    print('after loop', f.tell())
    print(f.seek(0, 1), f.seek(0, 2), repr(f.read()))
    try:
        f.seek(3, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.seek(2 ** 170)
    except OverflowError as e:
        print(type(e).__name__, e)
    print(f.seek(1.5), repr(f.read()))

# _CHUNK_SIZE
with open(path, encoding='utf-8') as f:
    print(f._CHUNK_SIZE)
    f._CHUNK_SIZE = 5
    print(f._CHUNK_SIZE, repr(f.read(6)), f.tell())
    for v in [0, -1, 'x', 2 ** 70]:
        try:
            f._CHUNK_SIZE = v
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        del f._CHUNK_SIZE
    except AttributeError as e:
        print(type(e).__name__, e)

# newlines seen: a write resets the decoder, and with it what newlines it saw.
with open(path, 'w+', encoding='utf-8', newline=None) as f:
    f.write('a\r\nb\n')
    f.seek(0)
    print(repr(f.read()), f.newlines)
    f.write('x')
    print(f.newlines)

# A cookie taken in the middle of a utf-16 stream, used by another file object.
with open(path, 'w', encoding='utf-16') as f:
    f.write('line one\nline two\nline three\n')
with open(path, encoding='utf-16') as f:
    f.readline()
    c = f.tell()
with open(path, encoding='utf-16') as g:
    g.seek(c)
    print(c, repr(g.read()))
