# Scanner objects and re.Scanner, copy/deepcopy, equality and hashing of patterns, re.escape,
# flags (RegexFlag), VERBOSE patterns and inline flags, the module cache.
import re, copy

p = re.compile(r'\d+|[a-z]+')
sc = p.scanner('ab12 cd')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = p.scanner('ab12 cd')
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'a*').scanner('baac')
print([sc.search() for _ in range(6)])
sc = p.scanner('xx 12 yy 3', 3, 9)
print(sc.search(), sc.search(), sc.search())

def num(scanner, tok): return ('NUM', int(tok))
lexicon = re.Scanner([
    (r'\d+', num),
    (r'[a-z_]\w*', lambda s, t: ('ID', t)),
    (r'[+*/()-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(lexicon.scan('x1 = (a + 42) * b_2 - 7'))
print(lexicon.scan('abc 12'))

q = re.compile(r'(a)(?P<b>b)')
m = q.match('ab')
print(copy.copy(q) is q, copy.deepcopy(q) is q, copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile('abc') == re.compile('abc'), re.compile('abc') == re.compile('abd'), re.compile('a') == re.compile('a', re.I))
print(re.compile('a') != re.compile('a'), re.compile(b'a') == re.compile('a'), q == 'ab', q != 3)
print(hash(re.compile('x+y')) == hash(re.compile('x+y')), len({re.compile('a'), re.compile('a'), re.compile('b')}))
try:
    re.compile('a') < re.compile('b')
except TypeError as e:
    print('TypeError')

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r'), re.escape(b'a.b\x00c'), re.escape('ü€😀_'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'), re.escape(''))

print(re.I, re.IGNORECASE, re.M | re.S, re.A | re.X, int(re.I | re.M), re.I.value, re.RegexFlag.DOTALL)
print(re.compile('(?ims)a').flags == int(re.I | re.M | re.S | re.U), re.compile('(?x) a b # c\n d').pattern)
print(re.compile(r'''
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    \ (?#comment) [ ] x
''', re.VERBOSE).match('2024-05  x').groupdict())
print(re.findall(r'(?x) a [ ]b \# c', 'a bc a b# c'), re.findall(r'(?i:a)b(?-i:C)', 'ABC AbC abc'))
print(re.compile('(?s).', re.M).flags & (re.S | re.M) == re.S | re.M, re.compile('(?a)\\w').match('é'))
print(re.match(r'(?x)[ #]', ' '), re.match(r'(?x)a\ b', 'a b'), re.match(r'(?x)a#b\nc', 'ac'))

re.purge()
for i in range(600):
    re.match('x%d' % i, 'x%d' % i)
print(re.match('x599', 'x599'), re.compile('abc') is re.compile('abc'))
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern, hasattr(re, 'template'))
print(re.Pattern, re.Match, re.error, re.error.__module__, issubclass(re.error, Exception))
print(re.compile('x').sub.__name__, type(re.compile('x').finditer('x')).__name__)
