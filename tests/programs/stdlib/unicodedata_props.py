# unicodedata: the properties of a sample of characters in Unicode 14.0.0 and 3.2.0 (ucd_3_2_0), names and
# lookup (aliases, named sequences, Hangul and CJK names), numeric values, and CPython's errors.
import unicodedata as U

SAMPLE = ('A', 'z', '5', ' ', '\x00', '\u00bd', '\u00e9', '\u0300', '\u0345', '\u05d0', '\u0627', '\u0663',
          '\u0e5b', '\u1100', '\u2163', '\u2460', '\u3007', '\u4e00', '\uac00', '\ud7a3', '\ud800', '\ue000',
          '\uf900', '\uff21', '\ufeff', '\U0001d7ce', '\U0001f600', '\U00020000', '\U0002f800', '\U000e0001',
          '\u0221', '\u08a0', '\u1e9e', '\u20bf', '\U0001f97a', '\u2189', '\U00010107', '\u00b2', '\u0f33')

def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'

for u in (U, U.ucd_3_2_0):
    print('version', u.unidata_version)
    for c in SAMPLE:
        print(ascii(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c),
              u.mirrored(c), repr(u.decomposition(c)), attempt(u.decimal, c), attempt(u.digit, c),
              attempt(u.numeric, c), attempt(u.name, c))

print(U.lookup('LATIN SMALL LETTER SHARP S'), U.lookup('latin capital letter a with grave'))
print(ascii(U.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE')), ascii(U.lookup('KEYCAP DIGIT ONE')))
print(ascii(U.lookup('BYTE ORDER MARK')), ascii(U.lookup('LATIN CAPITAL LETTER GHA')), U.name(U.lookup('LATIN CAPITAL LETTER GHA')))
print(U.lookup('HANGUL SYLLABLE GAG'), U.lookup('CJK UNIFIED IDEOGRAPH-4E00'), U.lookup(b'DIGIT SEVEN'))
print(U.name('\U0002a6d6'), U.name('\ud7a3'), U.name('\U0001f600'))
for name in ('hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-9FFFF', 'NOT A NAME',
             'x' * 256, 'x' * 257, 'LATIN SMALL LETTER \xe0', 'HANGUL SYLLABLE GAGX'):
    print(attempt(U.lookup, name))
for name in ('BYTE ORDER MARK', 'LATIN CAPITAL LETTER GHA', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'LATIN SMALL LETTER A', 'EURO SIGN', 'ARABIC LETTER BEH WITH SMALL V BELOW'):
    print('3.2.0', attempt(U.ucd_3_2_0.lookup, name))
print(U.name('\x00', 'none'), U.decimal('x', -1), U.digit('x', None), U.numeric('\u2155'), U.numeric('\U00012432'))

for f in (U.category, U.name, U.decimal, U.numeric, U.mirrored):
    for arg in ('ab', '', b'a', 5):
        print(f.__name__, attempt(f, arg))
print(attempt(U.lookup, 5), attempt(U.lookup, bytearray(b'A')), attempt(U.lookup))
print(attempt(U.category), attempt(U.category, 'a', 'b'), attempt(U.name), attempt(U.name, 'a', 'b', 'c'))
print(attempt(U.normalize, 'NFC'), attempt(U.normalize, 'NFX', 'a'), attempt(U.normalize, b'NFC', 'a'),
      attempt(U.normalize, 'NFC', b'a'), attempt(U.is_normalized, 'NFQ', 'a'), attempt(lambda: U.name(chr=5)))
print(attempt(U.ucd_3_2_0.category), attempt(U.UCD), type(U.ucd_3_2_0).__name__, U.UCD.category(U.ucd_3_2_0, 'a'))
# a small census: counts by category and by bidirectional class over the BMP
for u in (U, U.ucd_3_2_0):
    cats = {}
    for cp in range(0x10000):
        k = u.category(chr(cp))
        cats[k] = cats.get(k, 0) + 1
    print(sorted(cats.items()))
