# String building and joining: concatenation in loops, join of pieces, formatting, slicing.
def build_concat(n):
    s = ''
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            s += '\n'
    return s


def build_join(n):
    parts = []
    for i in range(n):
        parts.append('%d:%s' % (i, hex(i)))
    return ','.join(parts)


def reverse_words(s):
    return ' '.join(w[::-1] for w in s.split(','))


a = build_concat(1200000)
b = build_join(600000)
c = reverse_words(b)
d = '-'.join(f'{i:05d}' for i in range(400000))
print(len(a), a.count('\n'), len(b), len(c), len(d))
print(b[:40], c[-40:], d[-17:])
h = 0
for ch in c[:800000]:
    h = (h * 131 + ord(ch)) & 0xFFFFFFFF
print(h, a.replace('0', '').count('9'), c.upper()[:20])
