# Anchors (^ $ \A \Z \b \B), MULTILINE/DOTALL, character classes with and without ASCII.
import re

text = 'first line\nsecond line\n\nlast line\n'
for pat, fl in [(r'^\w+', 0), (r'^\w+', re.M), (r'\w+$', 0), (r'\w+$', re.M), (r'^$', re.M), (r'$', 0), (r'$', re.M),
                (r'\A\w+', re.M), (r'\w+\Z', re.M), (r'line\Z', 0), (r'.+', 0), (r'.+', re.S), (r'^.', re.M | re.S),
                (r'\n^', re.M), (r'$\n', re.M), (r'(?m)^\w', 0), (r'(?s:.)\w', 0), (r'(?-s:.)+', re.S)]:
    print(repr(pat), int(fl), [(m.span(), m.group()) for m in re.finditer(pat, text, fl)])

print(re.findall(r'\b\w', 'a bc, d_e  f9'), re.findall(r'\B\w', 'a bc, d_e  f9'), re.findall(r'\b', ''), re.findall(r'\B', ''))
print(re.findall(r'\bé\w*', 'café éclair naïve'), re.findall(r'\bé\w*', 'café éclair naïve', re.A))
print(re.findall(r'\w+', 'naïve café ĳ ﬁ Ωmega 12٣'), re.findall(r'\w+', 'naïve café Ωmega 12٣', re.A))
print(re.findall(r'\d+', '12 ٣٤ ５６ ¹²'), re.findall(r'\d+', '12 ٣٤ ５６', re.A), re.findall(r'[\d]+', '٣4'))
print(re.findall(r'\s+', 'a \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000b'))
print(re.findall(r'\s+', 'a \t\n\x0b\x0c\r\x1c\x85\xa0b', re.A), re.findall(r'\S+', 'a\xa0b c'))
print(re.findall(r'\W+', 'a-b_c!d é'), re.findall(r'\W+', 'a-b_c!d é', re.A), re.findall(r'\D+', 'a1b٣c'))
print(re.findall(r'[^\W\d]+', 'abc123def_é'), re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[^a-c]+', 'abxyzcq'))
print(re.findall(r'[a-z0-9_]+', 'Hello_World 42'), re.findall(r'[]a]+', 'a]]b'), re.findall(r'[^]]+', 'a]b'))
print(re.findall(r'[\]\[\\-]+', 'a[]\\-b'), re.findall(r'[.*+?]', 'a.b*c+d?'), re.findall(r'[\x41-\x43]+', 'ABCD'))
print(re.findall(r'[α-ω]+', 'abc αβγ ΑΒΓ'), re.findall(r'[\u0400-\u04ff]+', 'Привет мир'), re.findall(r'[^\x00-\x7f]+', 'aé✓b'))
print(re.findall(r'[\s\d]+', 'a 1 b'), re.findall(r'[^\s]+', 'a b'))
print(re.match(r'\A', ''), re.match(r'\Z', ''), re.search(r'^', '', re.M), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.search(r'\bfoo\b', 'foo.bar'), re.search(r'\Bfoo', 'xfoo'), re.search(r'\b', 'é', re.A))
print(re.findall(r'.', 'a\nb\rc'), re.findall(r'[^\n]', 'a\nb'))
print(re.findall(r'\x61\u0062\U00000063\141\0', 'abca\x00'), re.findall(r'[\t\n\v]', '\t\n\v'))
big = ''.join(chr(c) for c in range(0x20, 0x3000, 7))
print(len(re.findall(r'[\u0100-\u01ff\u0400-\u04ff\u2000-\u206f]', big)), len(re.findall(r'\w', big)), len(re.findall(r'\w', big, re.A)))
print(len(re.findall(r'[^\u0100-\u01ff\u0400-\u04ff]', big)), len(re.findall(r'[\u00e0-\u00ff\u0100-\u017f]', big, re.I)))
