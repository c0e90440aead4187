# Random format specs (surrogate, astral and other fill characters; widths, precisions) applied to random strs
# of lone surrogates, pairs made of two of them and astral characters: format(), str.format, f-strings, %.
A = ["\ud83d", "\ude00", "x", "\U0001f600", "\ud800", "\udfff", "é"]
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def rs(maxlen=4):
    return "".join(A[rnd(len(A))] for _ in range(rnd(maxlen + 1)))
for i in range(400):
    s = rs()
    fill = A[rnd(len(A))]
    align = "<>^"[rnd(3)]
    w = rnd(7)
    prec = rnd(4)
    spec = fill + align + str(w) + ("." + str(prec) if rnd(2) else "")
    try:
        r1 = format(s, spec)
        r2 = ("{:" + spec + "}").format(s)
        r3 = f"{s:{spec}}"
        r4 = ("%" + ("-" if align == "<" else "") + str(w) + "." + str(prec) + "s") % (s,)
        r5 = ("%" + str(w) + "s%s") % (s, rs(2))
        n = rnd(300) - 100
        r6 = format(n, fill + align + str(w))
        print(i, ascii((r1, r2 == r1, r3 == r1, r4, r5, r6 + s)), len(r1), len(r4))
    except Exception as e:
        print(i, type(e).__name__, ascii(str(e)))
