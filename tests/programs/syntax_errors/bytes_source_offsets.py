# compile()/exec()/ast.parse() of bytes that declare no source charset give SyntaxError offsets in bytes
# into the line (CPython's tokenizer has no encoding then), and show the line decoded with 'replace';
# with a BOM or a coding cookie, for str sources, and for the tokenizer's own errors, offsets count characters.
import ast
sources = [b'x = "\xf2"', b'x = "\xf2" +', b'x = "\xf2" + 1', b'x = ("\xf2", 1)', '"\\N{foo}" +', '"\\N{foo}"',
           b'# coding: latin-1\nx = "\xe9" + $', b'\xef\xbb\xbfx = "\xc3\xa9" + $', b'x = "\xc3\xa9" + $', 'x = "\xe9" + $',
           b'Python = "\xcf\xb3\xf2\xee\xed" +', b'x = "\xcf\xb3" + $', b'x = 1 +\n"\xff" +', b'y = "\xe2\x82\xac\xe2\x82\xac"\nz = (1 2)',
           b'\xcf\xb3 = 1 $', b'# \xff\nx = $', b'x = "\xf0\x9f\x98\x80\x80\xe2\x82" + $',
           '\u03b1 = 0xI', b'\xce\xb1 = 0xI', b'x = 0xI', b'\xce\xb1 = 1_', b'\xce\xb1 = 0b2', b'\xce\xb1 = 1e', b'\xce\xb1 = "abc',
           b'\xce\xb1 = (1,\n  2]']
for src in sources:
    for how in ('compile', 'exec', 'ast'):
        try:
            if how == 'compile':
                compile(src, '<fragment>', 'exec')
            elif how == 'exec':
                exec(src, {})
            else:
                ast.parse(src)
            print(repr(src), how, 'ok')
        except SyntaxError as e:
            print(repr(src), how, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
