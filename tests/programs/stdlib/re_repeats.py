# Repetition: greedy, lazy, possessive, counted, nested, empty-match protection, atomic groups.
import re

tests = [
    (r'a*', 'aaab'), (r'a*?', 'aaab'), (r'a*+', 'aaab'), (r'a+?b', 'aaab'), (r'a{2}', 'aaaa'),
    (r'a{2,}', 'aaaa'), (r'a{,2}', 'aaaa'), (r'a{1,3}?', 'aaaa'), (r'a{2,3}+a', 'aaaa'), (r'a{3}+a', 'aaaa'),
    (r'(ab)*', 'ababx'), (r'(ab)*?x', 'ababx'), (r'(ab)*+x', 'ababx'), (r'(ab)++ab', 'ababab'),
    (r'(?:a|b)*c', 'ababc'), (r'(?:a|ab)*c', 'abababc'), (r'(a|b)*?c', 'abc'), (r'(a*)*', 'aaa'),
    (r'(a*)+', 'aaa'), (r'(a*)*b', 'aab'), (r'(a?)*?b', 'aab'), (r'(a|)*b', 'aab'), (r'(?:x?)*y', 'xxy'),
    (r'(\w+?)(\d*)$', 'abc123'), (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'<.*+>', '<a><b>'),
    (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaaa'), (r'(?>ab|a)b', 'ab'), (r'(?>(a+))(a*)', 'aaa'),
    (r'(?>x*)*y', 'xxy'), (r'((?>a|ab)c)', 'abc'), (r'(a{2})*', 'aaaaa'), (r'(a{2})*?$', 'aaaa'),
    (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'abab'), (r'(?:(a)|(b))+?', 'ab'), (r'(a)*+', 'aa'),
    (r'(?:a(b)?)+', 'abaa'), (r'(?:(a)|b)*?b', 'aab'), (r'x{0}y', 'xy'), (r'(a){0,1}b', 'ab'),
    (r'\d{2,4}?\d', '123456'), (r'[ab]{2}+', 'abab'), (r'.{3}', 'ab\ncd'), (r'(?s).{3}', 'ab\ncd'),
    (r'(?:a{2}){2}', 'aaaaa'), (r'(a{1,2}?){2}', 'aaaa'), (r'((a)|b)+', 'ab'), (r'(a+|b+)*c', 'aabbc'),
    (r'(ab|a)(bc|c)', 'abc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'^(a+)+$', 'aaaa'), (r'(?:a*)*?', 'a'),
]
for pat, s in tests:
    m = re.match(pat, s)
    print(pat, s, m and (m.span(), m.groups()), re.findall(pat, s) if '+' not in pat[-1:] else '')

print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*?', '-', 'abxd'), re.sub(r'x*+', '-', 'abxd'))
print(re.findall(r'\b|x', 'ab x'), re.split(r'\b', 'a b'), re.findall(r'(?:)', 'ab'))
print([m.span() for m in re.finditer(r'a??', 'aa')], [m.span() for m in re.finditer(r'(?=a)|a', 'aa')])

# large counts and long subjects: the matcher must not use the JS stack per character
s = 'ab' * 50000
print(len(re.match(r'(?:ab)*', s).group()), len(re.match(r'(ab)*', s).group(1)), re.match(r'(a|b)*', s).span())
print(re.match(r'(?:a|b)*?c', s + 'c').span(), re.fullmatch(r'(?:(a)|(b))+', s).lastindex)
print(re.match(r'(?:a(?=b)b)+$', s).span(), len(re.findall(r'a(?!c)', s)))
print(re.match('a{3000}', 'a' * 3000 + 'b').span(), re.match('(?:ab){2,20000}?', s).span())
print(re.match(r'(x+x+)+y', 'x' * 18) is None)
print(re.search(r'\d{100000}', '1' * 100000).span(), re.match(r'(.)*', 'z' * 100000).span(1))
