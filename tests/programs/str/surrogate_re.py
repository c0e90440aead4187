# re with strs holding a high surrogate before a low one (two code points; one astral character if
# merged): as subjects, patterns and replacements; results built from code points. Also the Lib modules
# built on re (string.Template, textwrap, shlex, json's whitespace).
import re
import string
import textwrap
import shlex
import json
a, b = "\ud83d", "\ude00"
p = a + b
x = "a" + p + "b"
long = (x + " ") * 100


def show(k, f):
    try:
        r = f()
        print(k, len(r) if isinstance(r, str) else '', ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))


T = {
    're1': lambda: re.sub('x', b, a + 'x'),
    're2': lambda: re.findall(p, x + x),
    're3': lambda: re.findall('.', x),
    're4': lambda: re.search(b, x).span(),
    're5': lambda: re.sub(a, b, a + a),
    're6': lambda: re.split('\\|', a + '|' + b),
    're7': lambda: re.match('a(.)(.)', x).groups(),
    're8': lambda: re.sub('(.)', '\\1', x),
    're9': lambda: re.sub('q', lambda m: a, 'qq' + b),
    're10': lambda: re.escape(p),
    're11': lambda: re.fullmatch('[\ud800-\udbff][\udc00-\udfff]', p) is not None,
    're12': lambda: re.findall('[\ud83d\ude00]', x),
    're13': lambda: re.compile(p).pattern,
    're14': lambda: re.sub('x', '', a + 'x' + b),
    're15': lambda: re.match('(?P<n>.)', p).group('n'),
    're16': lambda: re.sub('(?i)X', a, 'x' + b),
    're17': lambda: re.match(x, x).group(),
    're18': lambda: [m.span() for m in re.finditer('', p)],
    're19': lambda: re.sub('', '-', p),
    're20': lambda: re.compile('x').sub(b, a + 'x', count=1),
    're21': lambda: re.subn('x', b, a + 'x'),
    're22': lambda: re.match('(.)', a).expand('\\1' + b),
    're23': lambda: re.match(a, p).string,
    're24': lambda: re.search('\\W+', x).group(),
    're25': lambda: re.compile('.', re.I).findall(p),
    're26': lambda: re.sub('(x)', a + '\\1' + b, 'x'),
    're27': lambda: re.sub('(x)(y)', '\\2' + b, a + 'xy'),
    're28': lambda: re.sub('(?P<h>.)x', '\\g<h>' + b, a + 'x'),
    're29': lambda: re.match('(?P<h>.)(?P<l>.)', p).groupdict(),
    're30': lambda: re.findall('(.)(.)', p + p),
    're31': lambda: re.split('(x)', a + 'x' + b + 'x' + p),
    're32': lambda: re.split('', p),
    're33': lambda: [m.group() for m in re.finditer('..', p * 3)],
    're34': lambda: re.compile(a + '+' + b).fullmatch(a + a + b).span(),
    're35': lambda: re.search(b + '$', long.rstrip()).start(),
    're36': lambda: len(re.findall(p, long)),
    're37': lambda: re.sub(' ', '', long)[:6],
    're38': lambda: re.match('(a)(' + a + ')', x).group(0, 1, 2),
    're39': lambda: re.match('.{2}', p, re.S)[0],
    're40': lambda: (lambda sc: [sc.match().group(), sc.match().group(), sc.match()])(re.compile('.').scanner(p)),
    're41': lambda: re.search('[^a]', x, pos=1, endpos=3).group(),
    're42': lambda: re.sub('x', lambda m: p, 'axb'),
    're43': lambda: re.sub('x', lambda m: b, a + 'x'),
    're44': lambda: re.sub('x', b, a + 'x', flags=re.I),
    're45': lambda: re.match('(?x) ' + p + ' # c', p).group(),
    're46': lambda: repr(re.compile(p)),
    're47': lambda: repr(re.match('.', p)),
    're48': lambda: re.sub('y', '\\n' + b, a + 'y'),
    're49': lambda: re.compile('(' + a + ')' + b).sub('[\\1]', p),
    're50': lambda: re.match('\\w', p) is None,
    'tmpl': lambda: string.Template("$x$y").substitute(x=a, y=b),
    'tmpl2': lambda: string.Template("$x" + b).substitute(x=a),
    'tmpl3': lambda: string.Template(p + "$x").safe_substitute(),
    'textwrap': lambda: textwrap.fill((p + " ") * 3, 5),
    'textwrap2': lambda: textwrap.dedent("  " + p + "\n  " + b),
    'shlex': lambda: shlex.quote(p),
    'shlex2': lambda: shlex.split(a + " " + b + p),
    'jload4': lambda: json.loads('"' + p + '"'),
    'jload5': lambda: json.loads(' ["' + p + '"] '),
    'jround': lambda: json.loads(json.dumps([p, {p: b + a}], ensure_ascii=False)) == [p, {p: b + a}],
}
for k, f in T.items():
    show(k, f)
