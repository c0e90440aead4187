# sub/subn: templates (\1, \g<name>, \g<0>, escapes), callables, count, empty matches, bytes,
# and the errors of bad templates.
import re

s = 'John Smith, Jane Doe, Max Mustermann'
print(re.sub(r'(\w+) (\w+)', r'\2 \1', s))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', s))
print(re.sub(r'(\w+) (\w+)', r'<\g<0>>', s), re.sub(r'(\w+) (\w+)', r'\g<2>\g<1>', s, count=2))
print(re.subn(r'\w+', 'X', s), re.subn(r'\w+', 'X', s, 1), re.subn('z', 'X', s), re.subn('', '-', 'abc'))
print(re.sub(r'a|(b)', r'[\1]', 'abab'), re.sub(r'(a)|b', lambda m: str(m.group(1)), 'abab'))
print(re.sub(r'x', r'\n\t\\\a\101\0', 'x'), repr(re.sub('x', '\\\\', 'x')), re.sub('x', r'\g<0>\g<0>', 'axbx'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'a1 b22 c999'))
print(re.sub(r'\d', lambda m: None if m.group() == '1' else 'N', '0123'))
calls = []
def rec(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'[aeiou]', rec, 'education'), calls)
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(?:)', '', 'ab'), re.sub('$', '!', 'a\nb\n'))
print(re.sub('^', '> ', 'a\nb\nc', flags=re.M), re.sub(r'\s+', ' ', '  a \t b\n\nc  ').strip())
print(re.sub(b'a(b)', rb'<\1>', b'abab'), re.subn(rb'\d', b'#', b'a1b2'), re.sub(b'a', lambda m: m.group().upper(), b'aba'))
print(re.sub(b'a', b'x', bytearray(b'aaa')), re.sub(b'a', b'x', memoryview(b'bab')))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', -1), re.sub('(a)(b)?', r'\2', 'aab'))
p = re.compile(r'(?P<n>\d)')
print(p.sub(r'\g<n>\g<n>', 'a1b2'), p.subn(lambda m: m['n'] * 3, 'a1b2'), p.sub('-', 'a1b2', 1))
m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(m.expand(r'\1-\g<a>-\2-\g<0>'), m.expand(b'\\1' .decode()), re.match(b'(a)', b'a').expand(rb'[\1]'))
for tmpl in [r'\3', r'\g<x>', r'\g<-1>', r'\g<', r'\g<1', r'\g', r'\q', 'a\\', r'\g<1a>', r'\8', r'\g<99>']:
    try:
        print(repr(tmpl), re.sub(r'(a)(b)?', tmpl, 'ab'))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
for bad in [lambda m: 3, lambda m: b'x']:
    try:
        re.sub('a', bad, 'aa')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'aa')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'aa')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 3, 'aa')
except TypeError as e:
    print('TypeError', e)
print(re.sub('(a)', r'\1\\1', 'a'), re.sub(r'(?P<ñ>a)', r'\g<ñ>!', 'a'), re.sub(r'(a)', '\\g<1>0', 'a'))
print(re.sub(r'(\d{3})(?=\d)', r'\1,', '1234567890'), re.sub(r'\b(\w)(\w*)', lambda m: m[1].upper() + m[2], 'hello big world'))
