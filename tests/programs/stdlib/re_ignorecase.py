# IGNORECASE: ASCII and Unicode simple case folding, the special cases re/_casefix.py adds
# (i/ı/İ, s/ſ, k/K (Kelvin), µ/μ, σ/ς/Σ...), ranges, sets, backreferences, ASCII and LOCALE.
import re

pairs = [
    ('abc', 'ABC'), ('straße', 'STRASSE'), ('straße', 'STRAẞE'), ('ß', 'ẞ'), ('σ', 'Σ'), ('σ', 'ς'), ('Σ', 'ς'),
    ('i', 'I'), ('i', 'İ'), ('i', 'ı'), ('I', 'ı'), ('s', 'ſ'), ('S', 'ſ'), ('k', 'K'), ('K', 'k'), ('µ', 'μ'),
    ('µ', 'Μ'), ('θ', 'ϑ'), ('ß', 'ss'), ('ǆ', 'ǅ'), ('ǅ', 'Ǆ'), ('Ω', 'ω'), ('Ω', 'Ω'), ('å', 'Å'), ('ﬁ', 'FI'),
    ('ͅ', 'ι'), ('ι', 'ι'), ('ΐ', 'ΐ'), ('ϐ', 'β'), ('ẛ', 'ṡ'), ('é', 'É'), ('ÿ', 'Ÿ'), ('ŉ', 'ʼN'), ('Ǆ', 'ǆ'),
]
for a, b in pairs:
    print(repr(a), repr(b), bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
          bool(re.fullmatch('[%s]' % a, b, re.I)), bool(re.fullmatch(a, b, re.I | re.A)),
          bool(re.fullmatch('[%s]' % a, b, re.I | re.A)))

print(re.findall(r'[a-z]+', 'Hello WORLD ſK', re.I), re.findall(r'[a-z]+', 'Hello WORLD ſK', re.I | re.A))
print(re.findall(r'[^a-z]+', 'aBc1ſK2', re.I), re.findall(r'[α-ω]+', 'ΑΒΓ αβγ', re.I), re.findall(r'[Α-Ω]+', 'αβγς', re.I))
print(re.findall(r'[k-l]', 'KkLl', re.I), re.findall(r'[K]', 'k', re.I), re.findall(r'[^k]', 'KkK', re.I))
print(re.findall(r'(?i)[\u0400-\u042f]+', 'привет ПРИВЕТ'), re.findall(r'[ǅ]', 'ǄǅǆDž', re.I))
print(re.findall(r'(\w)\1', 'aA bB cc Dd', re.I), re.findall(r'(\w)\1', 'aA bB cc', re.I | re.A), re.findall(r'(ſ)\1', 'ſS', re.I))
print(re.findall(r'(?i:ab)c', 'ABc ABC abC'), re.findall(r'a(?-i:b)c', 'ABC AbC', re.I), re.findall(r'(?i)x', 'xX'))
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hElLo'), re.split(r'(?i)and', 'a AND b and c AnD d'))
print(re.search('Ǆ', 'ǆ', re.I), re.search('ǆ', 'ǅ', re.I), re.search('[Ǆ-ǆ]', 'ǅ', re.I))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'[a-z]+', b'HeLLo', re.I), re.match(b'\xe9', b'\xc9', re.I))
print(re.match(rb'(?L)\w+', b'abc\xe9'), re.match(b'ABC', b'abc', re.L | re.I), re.match(rb'[a-c]+', b'AbC', re.L | re.I))
print(re.match(rb'(\w)\1', b'aA', re.L | re.I), re.match(rb'[^a]', b'A', re.L | re.I), re.match(rb'\bx\b', b'x', re.L))
print(re.compile('(?i)abc').flags & re.I, re.compile(b'(?L)a').flags, re.compile('(?a)a').flags)
print(re.fullmatch('A' * 40, 'a' * 40, re.I) is not None, re.fullmatch('(?i)[a-zA-Zé]*', 'ÉéAbz'))
import sys
print(sum(1 for c in range(0x250) if re.fullmatch(re.escape(chr(c)), chr(c).upper(), re.I)))
print(sum(1 for c in range(0x370, 0x400) if re.fullmatch('[%s]' % chr(c), chr(c).lower(), re.I)))
