# Seeded random bytes and arguments through the bytes/bytearray methods; results compared as text.
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
alphabet = b"ab \t\n\r\x0b,A-B\x00\xff1"
def rbytes(n):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(n)))
def rint():
    return rnd(14) - 7
def call(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ":" + str(e)
    print(label, r)
for k in range(120):
    b = rbytes(12)
    s = rbytes(3)
    a, c, m = rint(), rint(), rnd(5) - 1
    w = rnd(16)
    fill = bytes([alphabet[rnd(len(alphabet))]])
    print("#", b, s, a, c, m, w, fill)
    call("split", lambda: (b.split(s or None, m), b.rsplit(s or None, m), b.split(maxsplit=m), b.rsplit(maxsplit=m)))
    call("find", lambda: (b.find(s, a, c), b.rfind(s, a, c), b.count(s, a, c), b.startswith(s, a, c), b.endswith(s, a)))
    call("strip", lambda: (b.strip(s or None), b.lstrip(s), b.rstrip(), b.partition(s or b","), b.rpartition(s or b",")))
    call("replace", lambda: (b.replace(s, fill, m), b.replace(b"", s, m)))
    call("pad", lambda: (b.center(w, fill), b.ljust(w, fill), b.rjust(w), b.zfill(w), b.expandtabs(rnd(6))))
    call("lines", lambda: (b.splitlines(), b.splitlines(True)))
    call("case", lambda: (b.title(), b.capitalize(), b.swapcase(), b.istitle(), b.isspace(), b.isalnum()))
    call("slice", lambda: (b[a:c], b[a::m or 1], b[::c or -1], b.hex(":", a) if a else b.hex()))
    ba = bytearray(b)
    call("setslice", lambda: (ba.__setitem__(slice(a, c, m or None), s), ba)[1])
    ba2 = bytearray(b)
    call("delslice", lambda: (ba2.__delitem__(slice(a, c, (m or 1) * (1 if rnd(2) else -1))), ba2)[1])
    call("mod", lambda: b"%s|%5b|%-4s|%x|%c" % (s, s[:2], fill, w, fill))
