# TextIOWrapper.tell() over universal newlines: a '\r\n' read as '\n' counts its two bytes, so seek(tell())
# comes back to the same text, whatever mix of newlines, reads and readlines came before.
import random, os, tempfile
rnd = random.Random(5)
d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")
bad = 0
for trial in range(60):
    parts = []
    for i in range(rnd.randrange(1, 400)):
        parts.append("x" * rnd.randrange(0, 40) + rnd.choice(["\r\n", "\n", "\r", "\r\n", "é", ""]))
    data = "".join(parts)
    enc = rnd.choice(["utf-8", "latin-1", "ascii"]) if data.isascii() else rnd.choice(["utf-8", "latin-1"])
    with open(path, "w", encoding=enc, newline="") as f:
        f.write(data)
    with open(path, encoding=enc) as f:
        for step in range(30):
            if rnd.random() < 0.5:
                f.readline()
            else:
                f.read(rnd.randrange(0, 50))
            if rnd.random() < 0.3:
                pos = f.tell()
                rest = f.read()
                f.seek(pos)
                if f.read() != rest:
                    bad += 1
                f.seek(pos)
print("mismatches", bad)

FATX = 'x' * (2**14)
T = ["line1=1", "line2='this is a very long line designed to go past any default " + "buffer limits that exist in io.py'", "def line3():pass", "line4 = '%s'" % FATX]
for nl in ["\r\n", "\r", "\n"]:
    with open('path', 'wb') as f:
        f.write((nl.join(T) + nl).encode())
    for mode in ['r']:
        with open('path', mode) as fp:
            fp.readline()
            pos = fp.tell()
            d1 = fp.readlines()
            fp.seek(pos)
            d2 = fp.readlines()
            # (After a lone '\r' CPython's cookie also holds the decoder's state: an opaque number, not compared.)
            print(repr(nl), pos if nl != '\r' else '', d1 == d2, [x[:8] for x in d2])
