# _tokenize.TokenizerIter (CPython's C tokenizer as tokenize._generate_tokens_from_c_tokenizer uses it): byte
# columns, NEWLINE spanning the comment before it, ASYNC/AWAIT kinds, errors raised or ending the iteration.
import _tokenize
srcs = ['if x:  # c\n    y = \'é\'  # d\n\nz = 1\n', 'x = 1', 'grün = "x"\nU"é" + r"""\nabc"""\n', 'a = (1,\n  2)  # t\n',
        'def f():\n    pass\n\n\n# only comment\nclass A:\n  x = 1\n', '0xff <= 255\r\nx\r\n', 'async def f():\n    await x\n']
for s in srcs:
    print(list(_tokenize.TokenizerIter(s)))
for bad in ['(1+2]', ']', '1_', "'abc", '0b2', '\xa0', '(' * 1000 + 'a' + ')' * 1000, 'if x:\n  y\n z\n']:
    try:
        print(list(_tokenize.TokenizerIter(bad))[-1:])
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    _tokenize.TokenizerIter(b'x')
except TypeError as e:
    print(e)
from tokenize import _generate_tokens_from_c_tokenizer
print([t[:4] for t in _generate_tokens_from_c_tokenizer('x = grün  # é\n')])
