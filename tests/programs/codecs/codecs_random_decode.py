# Seeded random byte strings decoded with every codec and handler; compared by a digest.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
pools = [[0x41, 0x7a, 0x00, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f],
         [0x00, 0xd8, 0xdc, 0xdf, 0xdb, 0x41, 0xff, 0xfe, 0x11, 0x10, 0x01, 0x3d]]
def digest(s):
    h = len(s)
    for i, c in enumerate(s):
        h = (h * 31 + ord(c) * (i + 1)) % 1000000007
    return h
for k in range(150):
    pool = pools[k % 2]
    data = bytes(pool[rnd(len(pool))] if rnd(3) else rnd(256) for _ in range(rnd(12)))
    row = [data.hex()]
    for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "ascii", "cp1252", "utf-16", "utf-8-sig"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                row.append(str(digest(data.decode(enc, errors))))
            except UnicodeDecodeError as e:
                row.append(f"E{e.start}-{e.end}")
    print(" ".join(row))
for k in range(100):
    cps = [rnd(0x80), rnd(0x100), rnd(0x800), 0xd800 + rnd(0x800), rnd(0x110000), 0xdc80 + rnd(0x80)]
    s = "".join(chr(cps[rnd(6)]) for _ in range(rnd(8)))
    row = [str(digest(s))]
    for enc in ["utf-8", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                row.append(s.encode(enc, errors).hex())
            except UnicodeEncodeError as e:
                row.append(f"E{e.start}-{e.end}")
    print(" ".join(row))
