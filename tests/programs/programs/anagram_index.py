# Anagram groups, palindromes and word-square search over a fixed word list.
WORDS = """listen silent enlist inlets google banana stone tones notes onset seton
tea eat ate tae act cat tac dog god level radar civic refer noon area ears eras
rase sear arts rats star tars tsar care race acre heart earth hater""".split()
groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(ws) > 1:
        print(f"{key:8} {len(ws)} {' '.join(sorted(ws))}")
print("palindromes:", sorted(w for w in WORDS if w == w[::-1]))
print("singletons:", sorted(ws[0] for ws in groups.values() if len(ws) == 1))
def word_squares(words, size):
    words = sorted({w for w in words if len(w) == size})
    prefixes = {}
    for w in words:
        for i in range(size + 1):
            prefixes.setdefault(w[:i], []).append(w)
    out = []
    def build(square):
        if len(square) == size:
            out.append(list(square))
            return
        prefix = "".join(row[len(square)] for row in square)
        for w in prefixes.get(prefix, []):
            square.append(w)
            build(square)
            square.pop()
    for w in words:
        build([w])
    return out
squares = word_squares(WORDS + ["area", "rear", "earl", "alas"], 4)
print(len(squares))
for sq in squares[:3]:
    print(" / ".join(sq))
letters = {}
for w in WORDS:
    for ch in set(w):
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
