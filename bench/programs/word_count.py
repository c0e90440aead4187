# Dict and str work: build a pseudo-random text, split it, count words, case-fold, rank.
SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 've', 'zu', 'xo', 'qa']


def make_text(nwords, seed):
    words = []
    x = seed
    for _ in range(nwords):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        n = 1 + x % 3
        w = ''
        y = x
        for _ in range(n):
            w += SYLLABLES[y % 12]
            y //= 12
        if x % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if x % 17 == 0:
            words.append('\n')
    return ' '.join(words)


text = make_text(1000000, 42)
counts = {}
for line in text.split('\n'):
    for word in line.split():
        w = word.lower().strip()
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(counts), ranked[:5])
lengths = {}
for w, c in counts.items():
    lengths[len(w)] = lengths.get(len(w), 0) + c
print(sorted(lengths.items()))
print(sum(1 for w in counts if w.startswith('ka') or w.endswith('zu')), text.count('kalo'), text.find('zuzuzu'))
