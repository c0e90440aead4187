# binascii uu and quoted-printable codecs: line lengths, CRLF detection, trailing whitespace, header mode, errors.
import binascii as b
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for d in [b'hello', b'', b'hi', b'x' * 45, bytes(range(45)), b'\x00\x00\x00']:
    t(lambda: b.b2a_uu(d)); t(lambda: b.b2a_uu(d, backtick=True)); t(lambda: b.a2b_uu(b.b2a_uu(d))); t(lambda: b.a2b_uu(b.b2a_uu(d, backtick=True)))
t(lambda: b.b2a_uu(b'x' * 46))
for a in [b'', b' ', b'`', '%:&5L;&\\', b'!!!!!!', b'$:&5L;&\\', b'\x7f', b'#86)C', b'#86)C  \n', b'#86)C x', b'%:&5L', b'\x1f']:
    t(lambda: b.a2b_uu(a))
samples = [b'hello world', b'h\xe9llo=', b'a b\tc', b'trailing ', b'trailing \n', b'x' * 80, b'a_b c', b'line1\r\nline2 \r\nx', b'line1\nline2', b'.\n', b'.', b'a\n.\nb', b'From me', b'tab\t\nend', b'\x00\x01\x7f\x80\xff', b'y' * 74 + b'=', b'z' * 75 + b'\n' + b'w' * 200, b'=' * 40, b'a' * 73 + b' \n']
for d in samples:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        t(lambda: b.b2a_qp(d, **kw))
    t(lambda: b.a2b_qp(b.b2a_qp(d)) == d)
for a in [b'h=E9llo=3D', b'soft=\nbreak', b'a_b', b'=zz', b'=4', b'abc=', 'h=e9', b'x=\r\ny', b'x= \ny', b'x==y', b'=\r', b'=4a=4A=g1']:
    t(lambda: b.a2b_qp(a)); t(lambda: b.a2b_qp(a, header=True))
