# unicodedata.normalize and is_normalized in all four forms, Unicode 14.0.0 and 3.2.0: composition,
# canonical ordering of marks, Hangul, compatibility mappings, exclusions, singletons, and str subclasses.
import unicodedata as U

CASES = ['caf\u00e9', 'cafe\u0301', 'e\u0301\u0323', 'e\u0323\u0301', 'A\u030a', '\u212b', '\u2126', '\ufb01',
         '\u1e9b\u0323', '\u0344', '\u0f73', '\u0958', '\uac00\u11a8', '\u1100\u1161\u11a8', '\u1100\u1161\u1100',
         '\ud55c\uae00', '\u3300', '\u2460', '\u00bd', 'x\u0308\u0301\u0327', '\u00c7\u0301', '\u1e0a\u0323',
         '\u0045\u0327\u0306', '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f', '\U0001d15e', '\U0002f800',
         '\u0041\u0300\u0316', '\u0041\u0316\u0300', '\u00e0\u0316', 'ascii only', '', '\u0352\u064f',
         '\u1ed8\u302c\u089c', '\u0cc6\u0cc2\u0cd5', '\u09c7\u09be', '\u0b47\u0b3e', '\u1025\u102e',
         '\U000110a5\U000110ba', '\u3099\u304b', '\u304b\u3099', '\uff76\uff9e', '\U0002f868', '\u2f868']

for u in (U, U.ucd_3_2_0):
    print('version', u.unidata_version)
    for s in CASES:
        row = [ascii(s)]
        for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            r = u.normalize(form, s)
            row.append(ascii(r) + ('=' if u.is_normalized(form, s) else '!'))
        print(' '.join(row))

class S(str):
    pass

for s in ('abc', '\u00e9', 'e\u0301'):
    for form in ('NFC', 'NFD'):
        r = U.normalize(form, S(s))
        print(ascii(s), form, type(r).__name__, ascii(r))

# every two-character canonical pair composes back (round trip over the whole repertoire)
bad = 0
count = 0
for cp in range(0x110000):
    c = chr(cp)
    d = U.normalize('NFD', c)
    if d != c:
        count += 1
        if U.normalize('NFC', d) != U.normalize('NFC', c):
            bad += 1
print(count, bad)
