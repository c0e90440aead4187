# split: groups in the result (None for groups that did not take part), maxsplit, empty matches,
# anchors, bytes.
import re

print(re.split(r',', 'a,b,,c,'), re.split(r'(,)', 'a,b,,c,'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s+', '  leading and trailing  '), re.split(r'(\s)+', 'a  b'), re.split(r'((a)|b)', 'xaybz'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c', 1), re.split(r',', 'a,b', -1), re.split(',', 'a,b', 0))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'), re.split(r'\b', 'hi there'), re.split(r'(?=b)', 'abab'))
print(re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb\n', flags=re.M), re.split(r'\n', ''))
print(re.split(r'[a-z]+', ''), re.split(r'x', 'x'), re.split(r'(x)', 'x'), re.split(r'(x)?', 'ab'))
print(re.split(rb'\W+', b'a, b; c'), re.split(rb'(\d)', b'a1b2c'), re.split(b'', bytearray(b'ab')))
print(re.compile(r'[;,]\s*').split('a; b, c;d'), re.compile(r'(?P<sep>[;,])').split('a;b,c', maxsplit=1))
print(re.split(r'(a)(b)?', 'xaybz'), re.split(r'(?:a)(b)?', 'xaybz'), re.split(r'[\s,]+', 'one, two  three,four'))
print(re.split(r'(?<=,)', 'a,b,c'), re.split(r'(?<!^)(?=[A-Z])', 'HelloBigWorld'), re.split(r'\d*', 'a1b22c'))
print(re.compile(r'x').split(string='axb', maxsplit=5))
