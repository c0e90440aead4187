# Pattern and Match basics: match/search/fullmatch/findall/finditer, groups, spans, pos/endpos,
# reprs, lastindex/lastgroup, regs, groupdict, indexing.
import re

p = re.compile(r'(\w+)\s+(\w+)')
m = p.match('hello world and more')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(0, 2, 1))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.start(), m.end())
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs, m.string, m.re is p)
print(m[0], m[1], m[2])
print(bool(m), type(m).__name__, type(m).__module__, type(p).__name__, type(p).__module__)

n = re.search(r'(?P<key>\w+)=(?P<val>\d+)?', 'xx a=1 b= c=3')
print(n, n.groupdict(), n.group('key'), n['val'], n.span('val'), n.lastgroup)
n2 = re.search(r'(?P<key>\w+)=(?P<val>\d+)?', 'xx b= c=3')
print(n2.groupdict(), n2.groupdict('missing'), n2.groups(), n2.groups(0), n2.span('val'), n2.start(2))

print(re.findall(r'\d+', 'a1b22c333d'))
print(re.findall(r'(\d)(\w)', 'a1b22c333d'))
print(re.findall(r'(\d)\w', 'a1b22c333d'))
print(re.findall(r'x*', 'axbxx'))
print(re.findall(r'', 'abc'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')])
print([m.group() for m in re.finditer(r'a*', 'baaac')])
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'a|ab', 'ab'), re.fullmatch(r'(a|ab)(c|bcd)', 'abcd'))

q = re.compile(r'\d+')
s = 'abc 123 def 4567 gh 89'
print(q.search(s, 5), q.search(s, 5, 6), q.match(s, 4), q.match(s, 4, 5), q.fullmatch(s, 4, 7))
print(q.findall(s, 5), q.findall(s, 0, 10), q.search(s, -5), q.search(s, 100), q.search(s, 10, 3))
print(list(q.finditer(s, 8, 18)))
print(re.compile('').match('abc', 2), re.compile('$').search('abc', 1, 2), re.compile('^').search('abc', 1))
m = q.search(s, 5, 15)
print(m.pos, m.endpos, m.span())

print(re.compile('a+', re.I), re.compile(r'\w', re.A | re.M), re.compile('x', re.S | re.X | re.L if False else re.S | re.X))
print(repr(re.compile(b'ab', re.L)), re.compile('x' * 300))
print(re.compile('(a)(b)').groups, re.compile('(?P<x>a)(?P<y>b)(c)').groupindex, re.compile('a').groupindex)
print(re.compile('ab', re.I).flags, re.compile(b'ab').flags, re.compile('(?x)a b').flags, re.compile('ab').pattern)
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|(b)', 'b').groups(), re.match('((a)b)', 'ab').lastindex)
print(re.match('(?P<o>(?P<i>a)b)', 'ab').lastgroup, re.match('(a)(b)?', 'a').regs)
long = 'x' * 60
print(re.match('x+', long))
print(re.match('.+', 'ab\'"c'), re.match(b'.+', b'a\x00\xffz'))
print(re.search(r'\d', 'abc'), re.match('b', 'abc'), re.search('b', 'abc'))
print(re.compile(r'(?i)abc').match('ABC').group(), re.compile(r'a.c', re.S).match('a\nc'))
m = re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk')
print(m.group(11), m.groups(), m.lastindex, m.group(10, 11))
print(re.match(r'(a)|b', 'b').group(1), re.match(r'(a)|b', 'b').span(1))
print(m.group(True), m[False])
