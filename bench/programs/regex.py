# Regular-expression workload: tokenising generated source text with a master pattern (named
# groups, lastgroup), sub() with a callback and with a template, findall/finditer/split, an
# IGNORECASE search and many short matches through re's module-level cache.
import re

def generate(n):
    # A pool of 2000 pseudo-random tokens (a Lehmer generator), laid out n times in a fixed order.
    words = ['alpha', 'beta', 'Gamma', 'delta', 'epsilon', 'zeta', 'Theta', 'iota', 'kappa', 'lambda_', 'mu', 'nu']
    ops = ['+', '-', '*', '/', '==', '!=', '<=', '(', ')', ',', ':', '=']
    pool = []
    seed = 12345
    for i in range(2000):
        seed = seed * 48271 % 2147483647
        k = seed % 10
        if k < 4:
            tok = words[seed % len(words)] + str(seed % 7 if k == 3 else '')
        elif k < 6:
            tok = str(seed % 100000)
        elif k < 7:
            tok = '%d.%d' % (seed % 1000, seed % 97)
        elif k < 9:
            tok = ops[seed % len(ops)]
        else:
            tok = '"%s %d"' % (words[seed % len(words)], seed % 13)
        if seed % 17 == 0:
            tok += ' \n'
        if seed % 53 == 0:
            tok += ' # note: %s@example.com\n' % words[seed % len(words)]
        pool.append(tok)
    return ' '.join([pool[i * 7919 % 2000] for i in range(n)])

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+\.\d+|\d+)
  | (?P<NAME>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<STRING>"[^"\n]*")
  | (?P<OP>==|!=|<=|[-+*/(),:=])
  | (?P<COMMENT>\#[^\n]*)
  | (?P<NL>\n)
  | (?P<WS>[ \t]+)
''', re.VERBOSE)

def tokenize(text):
    counts = {}
    pos = 0
    match = TOKEN.match
    end = len(text)
    while pos < end:
        m = match(text, pos)
        if m is None:
            raise SyntaxError(pos)
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        pos = m.end()
    return counts

def double(m):
    return str(int(m.group()) * 2)

def main():
    text = generate(90000)
    print(len(text))
    for _ in range(3):
        counts = tokenize(text)
    print(sorted(counts.items()))
    doubled = re.sub(r'\b\d+\b', double, text)
    print(len(doubled), doubled[:60])
    swapped = re.sub(r'(\w+)\s*=\s*(\w+)', r'\2 = \1', text)
    print(len(swapped), swapped.count('='))
    words = re.findall(r'\b[a-z]+\b', text)
    print(len(words), words[:5])
    mails = [m.group(1) for m in re.finditer(r'([\w.]+)@(\w+)\.com', text)]
    print(len(mails), mails[:3])
    parts = re.split(r'\s*[,:]\s*', text)
    print(len(parts))
    print(len(re.findall(r'gamma|theta', text, re.IGNORECASE)))
    lines = text.split('\n')
    hits = 0
    for _ in range(10):
        for line in lines:
            if re.match(r'\s*\w+\s*[-+]', line):
                hits += 1
            if re.search(r'"\w+ \d"', line):
                hits += 1
    print(hits)

main()
