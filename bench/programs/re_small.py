# Per-call cost of the re module on short subjects: compiled patterns' match/search/fullmatch/
# sub/findall/split, the module-level functions (through re's pattern cache) and Match methods.
# `re_small.py CASE [N]` runs one case N times (for timing cases apart); no argument runs them all.
import re
import sys

WORD = re.compile(r'[a-z]+')
NUM = re.compile(r'(\d+)-(\d+)')
SPACE = re.compile(r'\s+')
COMMA = re.compile(r',')
DATE = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
SUBJECT = 'hello world'
PAIR = 'x 12-345 y'

def match_end(n):
    p = WORD.match
    s = SUBJECT
    t = 0
    for _ in range(n):
        t += p(s).end()
    return t

def match_none(n):
    p = NUM.match
    s = SUBJECT
    t = 0
    for _ in range(n):
        if p(s) is None:
            t += 1
    return t

def search_group(n):
    p = NUM.search
    s = PAIR
    t = 0
    for _ in range(n):
        t += len(p(s).group(2))
    return t

def fullmatch(n):
    p = DATE.fullmatch
    t = 0
    for _ in range(n):
        m = p('2024-01-15')
        t += len(m.groups())
    return t

def groupdict(n):
    m = DATE.match('2024-01-15')
    t = 0
    for _ in range(n):
        t += len(m.groupdict())
    return t

def sub_str(n):
    p = SPACE.sub
    s = 'a  b   c d'
    t = 0
    for _ in range(n):
        t += len(p(' ', s))
    return t

def findall(n):
    p = WORD.findall
    s = SUBJECT
    t = 0
    for _ in range(n):
        t += len(p(s))
    return t

def split(n):
    p = COMMA.split
    s = 'a,b,c'
    t = 0
    for _ in range(n):
        t += len(p(s))
    return t

def module_match(n):
    s = SUBJECT
    t = 0
    for _ in range(n):
        if re.match(r'[a-z]+', s):
            t += 1
    return t

def module_split(n):
    t = 0
    for _ in range(n):
        t += len(re.split(r',', 'a,b,c'))
    return t

CASES = {
    'match_end': (match_end, 300000),
    'match_none': (match_none, 300000),
    'search_group': (search_group, 200000),
    'fullmatch': (fullmatch, 200000),
    'groupdict': (groupdict, 200000),
    'sub_str': (sub_str, 100000),
    'findall': (findall, 200000),
    'split': (split, 200000),
    'module_match': (module_match, 200000),
    'module_split': (module_split, 100000),
}

def main():
    if len(sys.argv) > 1:
        f, n = CASES[sys.argv[1]]
        print(sys.argv[1], f(int(sys.argv[2]) if len(sys.argv) > 2 else n))
        return
    for name, (f, n) in CASES.items():
        print(name, f(n // 2))

main()
