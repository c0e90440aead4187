# Lookahead, lookbehind, conditionals, backreferences.
import re

cases = [
    (r'foo(?=bar)', 'foobar foobaz'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42 or 17'),
    (r'(?<!\$)\b\d+', 'cost $42 or 17'), (r'(?<=ab)c|(?<=x)y', 'abc xy'), (r'(?<=a|b)c', 'ac bc cc'),
    (r'(?<=(a))b', 'ab'), (r'(?=(\w+))\w', 'abc'), (r'(?!a)\w', 'abc'), (r'(?<=^)a', 'aa'), (r'a(?=$)', 'aa'),
    (r'(?<!^)a', 'aa'), (r'\w+(?<=s)\b', 'cats dog rats'), (r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123 abcdef 123456'),
    (r'(\w)(?=\1)', 'aabbcd'), (r'(?<=(\w))\1', 'aabbcd'), (r'(?<!(a))b', 'ab cb'), (r'(?=a)*', 'a'),
    (r'(?:(?<=a)|(?<=b))c', 'ac bc dc'), (r'(?<=\bfoo)bar', 'foobar xfoobar'),
    (r'(a)?(?(1)b|c)', 'ab c b'), (r'(?P<q>["\'])?\w+(?(q)(?P=q))', '"abc" \'d\' e "f'), (r'(a)?x(?(1)y)', 'x axy ax'),
    (r'^(<)?\w+(?(1)>)$', '<abc>'), (r'^(<)?\w+(?(1)>)$', '<abc'), (r'(?:(a)|b)(?(1)c|d)', 'ac bd ad bc'),
    (r'(\w+) \1', 'hello hello world world'), (r'(?P<w>\w)(?P=w)', 'abccdeef'), (r'(a*)\1', 'aaaa'),
    (r'(a)|\1', 'x'), (r'(?i)(a)\1', 'aA'), (r'((a)|b)\2', 'aa ba'), (r'(?:(a)|b)\1?c', 'ac bc aac'),
    (r'(a)(?:b\1)*', 'ababa'), (r'(.)(?!\1).', 'aabc'), (r'(?<=(?<!a)b)c', 'abc bbc'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?<=\d{3})x', '12x 123x'), (r'(?=a|(b))\w', 'ab'),
]
for pat, s in cases:
    ms = [(m.span(), m.groups()) for m in re.finditer(pat, s)]
    print(pat, repr(s), ms)

print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'))
print(re.findall(r'(?i)(?<=\bthe )\w+', 'The cat saw the dog and THE bird'))
for bad in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<=(?P<x>a)|b)c', r'\2(a)', r'(?P=nope)a', r'(?(3)a|b)', r'(?(x)a|b)', r'(?<!\1)(a)']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error', bad, '->', e, e.pos)
