# Errors: re.error from the parser (msg, pos, lineno, colno), TypeErrors and IndexErrors from _sre
# (argument checking, group lookup), instantiation of the internal types.
import re

for pat in ['(', ')', '[a', 'a**', '*a', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', '(?<', '(?z)', 'a)',
            '[z-a]', r'\k', '(?P=)', '(?#unterminated', 'x{99999999999}', '(?P<n>a)(?P=m)', '(?i', '(?-z:a)',
            'a\n(b', '\n\n  [', '(?x)\n  (\n', '(?<=a*)', '(?(0)a|b)', '(?(1)a|b|c)', '(a)(?(1)']:
    try:
        re.compile(pat)
        print('compiled', repr(pat))
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern) if e.pattern is not None else None)
    except OverflowError as e:
        print(repr(pat), '-> OverflowError', e)

p = re.compile(r'(?P<word>\w+)(\d)?')
m = p.match('abc')
calls = ['p.match()', 'p.match("a", 1, 2, 3)', 'p.match("a", foo=1)', 'p.match("a", pos="x")', 'p.match("a", 1, pos=2)',
         'p.search("a", 10**30)', 'p.findall()', 'p.split("a", 1, 2)', 'p.sub("x")', 'p.subn("x", "a", count=1.5)',
         'p.scanner()', 'p.fullmatch(string="abc")', 'p.match(string="abc", endpos=2)', 'p.finditer("a", 0, 1, 2)',
         'm.group(5)', 'm.group("nope")', 'm.group([1])', 'm.group(-1)', 'm.group(10**20)', 'm.group(1.0)', 'm[3]',
         'm.start(1, 2)', 'm.span("nope")', 'm.end(None)', 'm.groups(1, 2)', 'm.groupdict(default=7)', 'm.expand()',
         'm.group(word=1)', 'm.start(group=1)', 'p.__deepcopy__()', 'p.__copy__(1)', 're.Pattern()', 're.Match()',
         'type(p.scanner("a"))()', 'p.match(b"a")', 're.compile(b"a").findall("a")', 'p.split(b"ab")',
         're.compile(1)', 're.compile(p, re.I)', 're.compile(p) is p', 're.match(None, "a")', 'p.sub("x", None)',
         're.sub("a", "x", "aa", count=-1)', 'p.search("abc", endpos=-1)', 'p.sub(lambda m: m.group(7), "a")',
         're.compile("(a)(b)").match("ab").group(3)', 're.compile("a").groupindex["x"]', 'p.groupindex["word"]']
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
gi = p.groupindex
print(type(gi).__name__, dict(gi), len(gi), list(gi), gi is not p.groupindex)
s = p.scanner('ab1')
print(s.match(), s.match(), s.pattern is p, type(s).__name__, type(s).__module__)
for c in ['s.match(1)', 's.search(1)', 'p.__copy__(x=1)', 'm.__copy__(1)', 'm.__deepcopy__()', 'm.span(x=1)', 'm.end(1, 2)',
          're.Pattern.__class_getitem__()', 're.Match[str]', 're.Pattern[bytes]', 'm.__getitem__()', 'm.__getitem__(1, 2)']:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
