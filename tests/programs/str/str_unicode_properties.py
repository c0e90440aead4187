# Unicode-aware behaviour of str methods: case mapping lengths, digits, whitespace, identifiers.
samples = "ǅ ǆ Ǆ ß ẞ İ ı ŉ ﬁ ς σ Σ".split()
for s in samples:
    print(s, hex(ord(s)), s.upper(), len(s.upper()), s.lower(), len(s.lower()), s.title(), s.casefold(), s.isupper(), s.islower(), s.istitle())
for ch in ["٣", "³", "½", "Ⅳ", "〇", "𝟡", "①", "७"]:
    print(ch, ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum())
print(int("٣٤"), int("７"), float("١.٥"), int("𝟡𝟡"))
try:
    int("³")
except ValueError as e:
    print("ValueError:", e)
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000"
print(len(ws), ws.isspace(), len(ws.split()), [hex(ord(c)) for c in ws if not c.isspace()])
print(" \u200b ".isspace(), "\u200b".isprintable(), "\xad".isprintable(), " ".isprintable(), "\n".isprintable())
print("Ω".isidentifier(), "ℵ0".isidentifier(), "x·y".isidentifier(), "·x".isidentifier(), "_".isidentifier())
print("straße".upper().lower(), "İ".lower().upper(), "ﬀ".title(), "ǉubljana".title())
