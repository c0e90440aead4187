# Text compression algorithms: RLE, LZ77-style, Burrows-Wheeler transform, move-to-front.
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)
def bwt(s):
    s = s + "\0"
    table = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(row[-1] for row in table)
def ibwt(r):
    table = [""] * len(r)
    for _ in range(len(r)):
        table = sorted(r[i] + table[i] for i in range(len(r)))
    return next(row for row in table if row.endswith("\0"))[:-1]
def mtf(s):
    alphabet = sorted(set(s))
    out = []
    for ch in s:
        i = alphabet.index(ch)
        out.append(i)
        alphabet.insert(0, alphabet.pop(i))
    return out
def lz77(s, window=16):
    i, out = 0, []
    while i < len(s):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(s) and s[j + k] == s[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(s[i])
            i += 1
    return out
def unlz77(tokens):
    s = ""
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                s += s[-off]
        else:
            s += t
    return s
text = "banana bandana banana bandana"
print(rle("aaabccddddde"), rle("abc"), rle(""))
b = bwt(text)
print(repr(b), ibwt(b) == text)
print(mtf(b)[:20], sum(1 for v in mtf(b) if v == 0))
tok = lz77(text)
print(tok, unlz77(tok) == text, len(tok))
print(rle(bwt("mississippi")).replace("\0", "$"))
