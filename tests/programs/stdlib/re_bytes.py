# bytes patterns on bytes, bytearray and memoryview subjects; mixing str and bytes is refused.
import re

p = re.compile(rb'(\w+)=(\d+)')
for subj in [b'a=1 bb=22', bytearray(b'a=1 bb=22'), memoryview(b'a=1 bb=22')]:
    m = p.search(subj)
    print(type(subj).__name__, m.group(0), m.groups(), type(m.group(1)).__name__, type(m.string).__name__, p.findall(subj))
print(re.findall(rb'[\x80-\xff]+', b'abc\x80\x90def\xff'), re.findall(rb'\xe9', b'\xe9\xc9'), re.findall(rb'.', b'\n\x00'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'\s+', b'a \x1c\x85\xa0b'), re.findall(rb'\d+', b'12\xb2'))
print(re.match(rb'\x00+', b'\x00\x00\x01'), re.match(b'[^a]+', b'\xff\x00a'), re.search(rb'\bb', b'a b'))
m = re.match(rb'(a)(b)?', b'a')
print(m, m.groups(), m.groups(b'-'), m.span(2), m.expand(rb'<\1>'), m.regs)
print(re.compile(b'abc'), re.compile(rb'\d+', re.I), re.compile(b'x', re.A), re.compile(b'\\\\'), re.compile(b"'\""))
ba = bytearray(b'hello world')
m = re.search(rb'world', ba)
ba[6:11] = b'WORLD'
print(m.group(), m.span(), m.string)
whole = b'entire'
print(re.match(b'.*', whole).group() is whole, re.sub(b'z', b'y', whole) == whole, re.split(b'z', whole)[0] == whole)
for pat, subj in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a')), (b'a', memoryview(b'a')), ('a', 1), (b'a', None), ('a', ['a'])]:
    try:
        print(repr(pat), type(subj).__name__, re.search(pat, subj))
    except TypeError as e:
        print(repr(pat), type(subj).__name__, 'TypeError:', e)
for pat in [rb'\u0041', rb'\N{LATIN SMALL LETTER A}', rb'\U00000041']:
    try:
        re.compile(pat)
    except re.error as e:
        print('re.error:', e)
for pat, flags in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U), (b'a', re.A | re.L), (b'(?u)a', 0), ('(?L)a', 0)]:
    try:
        re.compile(pat, flags)
        print('ok', pat, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
