# Paths of _sre's per-call shortcuts: matches on the same str and on a new one (the scratch subject
# and its kept copy), groups of every kind, positional and keyword arguments, module-level calls
# through re's cache (its tuple keys).
import re

p = re.compile(r'(?P<word>[a-z]+)(?:-(?P<num>\d+))?')
s = 'abc-12 def'
m1 = p.match(s)
m2 = p.match(s)
m3 = p.match('xyz')
print(m1.span(), m2.group(0, 1, 2), m3.groups(), m3.groups('-'), m1.groupdict(), m3.groupdict(0))
print(m1.string, m3.string, m1.start(), m1.end('num'), m1.span(2), m1['word'], m3.lastgroup, m1.lastindex)
print(p.search(s, 6).group(), p.search(s, pos=1, endpos=3), p.fullmatch('ab-1'), p.fullmatch(s))
print([m.span() for m in p.finditer(s)], p.findall(s), p.split(s), p.split(s, 1), p.split(s, maxsplit=1))
print(p.sub('<\\g<word>>', s), p.sub(lambda m: m.group(1).upper(), s, 1), p.subn('', s), p.sub(repl='_', string=s, count=1))
w = re.compile(r'\w+')
print([w.match(t).end() for t in ['ab cd', 'ab cd', 'xyz', '\U0001f600ab', 'ab']], w.match('  '))
print(w.match(b'bytes here' if False else 'str'), re.compile(rb'\w+').match(b'bytes here').group())
try:
    w.match(b'bytes')
except TypeError as e:
    print('TypeError:', e)
try:
    p.match(s).end(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    p.match(s).end(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    p.split()
except TypeError as e:
    print('TypeError:', e)
try:
    p.split(s, 1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    p.split(s, maxsplit=1, string=s)
except TypeError as e:
    print('TypeError:', e)
hits = 0
for i in range(300):
    line = 'item %d: value' % i
    if re.match(r'item \d+', line) and re.search(r'val', line):
        hits += 1
    hits += len(re.split(r'[: ]+', line)) + len(re.findall('[aeiu]', line, re.I))
print(hits, len(re._cache) > 0)
print({(str, 'k', 0): 1}[str, 'k', 0], hash(('a', 1)) == hash(('a', 1)), ('a', 'b') in {('a', 'b')})
