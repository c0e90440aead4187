# Source code in CJK encodings (PEP 263 cookies, aliases included) and the errors of a bad byte.
sources = [
    b'# coding: cp932\nprint("\x94\x4e")\n',
    b'# -*- coding: sjis -*-\nx = "\x82\xa0\x82\xa2"\nprint(x)\n',
    b'# coding: euc_jp\nprint("\xa4\xa2\xb4\xc1")\n',
    b'# coding: cp949\nprint("\xaa\xa7\xb0\xa1")\n',
    b'# coding: gb2312\nprint("\xd6\xd0\xce\xc4")\n',
    b'# coding: big5\nprint("\xa4\xa4\xa4\xe5")\n',
    b'# coding: iso-2022-jp\nprint("\x1b$B$"\x1b(B")\n',
    b'# coding: ms936\nprint("\x81\x40")\n',
    b'# coding: shift_jis\nx = "\x81\x20"\n',
    b'# coding: euc_kr\nx = "\xa4"',
    b'# coding: cp932\nprint \'\x94\x4e\'\n',
]
for src in sources:
    try:
        exec(compile(src, 'src', 'exec'))
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, ascii(e.text))
