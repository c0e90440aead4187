# The matcher's shortcuts (skipping BRANCH alternatives and REPEAT_ONE tails that cannot start at
# a character, tails of MARKs/JUMPs run inline, search skipping positions past zero-width ATs)
# give CPython's results: spans, groups, lastindex, lastgroup, including the group marks that
# failed alternatives leave behind.
import re

patterns = [
    r'(?P<num>\d+\.\d+|\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>==|!=|[-+*/=])|(?P<ws>\s+)',
    r'(a)|(b)|(c)|()',
    r'(x)?(?:(a)|(b)|c)*',
    r'(x)(?:(a)|(b)|c)',
    r'(?:(a)|b)*+',
    r'(?:(a)|(b))++c',
    r'(a)(?:(a)|b)*+a?',
    r'(?:(a)|(ab))(?:c|(b))',
    r'\b\d+\b',
    r'\b[a-z]+\b',
    r'\B\w',
    r'^\s*\w+\s*[-+]',
    r'(\w+)\s*=\s*(\w+)',
    r'a*(b)',
    r'a*?(b)',
    r'[ab]*c',
    r'[ab]*?c',
    r'(a*)',
    r'(a|b)*?c',
    r'(?:x|(y))+',
    r'\w+$',
    r'(?i)gamma|theta',
    r'(?:(?P<a>a)|(?P<b>b)|(?P<c>\u0101))+',
    r'(?:\u0101|(a))(b)?',
    r'(?=(a))|b',
    r'(?!(a))\w',
    r'(?>(a)|ab)c',
    r'x*(?:(y)|z)',
    r'(?:a|)(b)',
    r'(a)?(?:(b)|c|(d))',
    r'$|(a)',
    r'(?m)^(?:(a)|b)$',
    r'([\w.]+)@(\w+)\.com',
    r'(x)[ab]*(c)',
    r'(a)a*(a)b',
    r'(a)a*?(a)b',
    r'(?:(a)|b)+?a*(c)',
    r'(?:(a)|b)*+a*(x)',
    r'(?:(a)|(b))*+b*?(c)',
    r'(?:(a)|b)(?:x*(a))*c',
    r'(?:x*(a)|b){2}+',
    r'(?:x*?(a)|b){2}+',
    r'(?:x*(a)c|b){2}+',
    # a failing last alternative run without a child context of its own
    r'(?=(?:(a)x|b))?\w',
    r'(?:(?:(a)x|b)|a)',
    r'(?:(a)x|(b)y)*+\w',
    r'(?:c|(a)x)?a',
    r'(?:(a)x|b)(?:(a)|(b)c)',
    r'(?!(?:(a)x|(b)))\w',
    r'(?>(?:(a)x|b)|(a))',
    # more alternatives than the BRANCH tables take
    '|'.join('x%dy' % i for i in range(70)) + r'|(a)|(b)c|x\w',
    r'(?:' + '|'.join('x%d' % i for i in range(70)) + r'|(a)|b){2}+',
]
subjects = ['', 'a', 'b', 'c', 'ab', 'abc', 'aab', 'xa', 'xb', 'xc', 'xyz', 'yyy', 'bbc', 'aaab', 'aabbc',
            'alpha = 12 + beta2 == 3.5', 'Gamma theta THETA', 'a\u0101b', '\u0101ab', 'a\nb\n', '12 ab 3c d4 5',
            '  x + 1', 'ababab', 'aba', 'ac', 'dd', 'zzy', 'xabc', 'aaab', 'abac', 'abbbc',
            'axaxac', 'a.b@ex.com x@y.co', 'bax', 'aabax', 'x69y', 'x5ybc', 'x7zx1', 'ax69']

def show(m):
    if isinstance(m, str):
        return m
    if m is None:
        return None
    return (m.span(), m.groups(), m.lastindex, m.lastgroup, [m.span(i) for i in range(1, m.re.groups + 1)])

for p in patterns:
    r = re.compile(p)
    for s in subjects:
        print(repr(p), repr(s))
        for name, f in [('match', lambda: show(r.match(s))), ('fullmatch', lambda: show(r.fullmatch(s))),
                        ('search', lambda: show(r.search(s))), ('search@1', lambda: show(r.search(s, 1))),
                        ('findall', lambda: r.findall(s)), ('finditer', lambda: [show(m) for m in r.finditer(s)]),
                        ('sub', lambda: r.sub(lambda m: '<%s>' % m.group(), s))]:
            try:
                print(' ', name, f())
            except SystemError as e:
                # (CPython 3.11 itself reports some possessive repeats' group spans as wrong)
                print(' ', name, 'SystemError', e)
