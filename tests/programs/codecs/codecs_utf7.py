# UTF-7 (RFC 2152) as CPython codes it: direct and base64 characters, surrogate pairs in runs, the
# decoder's errors under each handler, stateful decoding that leaves an open run unread, round trips.
import codecs, random
random.seed(7)
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'a', 'A+B', 'hi mom -\u263a-!', '\U0001f600x', '\ud800', '\ud800a', 'a\udc00-', '~\\\x00\x7f', '1+1=2', 'a-b', '\u20ac-', '\u20acA', '\u20ac.', 'x\U0010ffff\ud800\udc00']:
    show(lambda: s.encode('utf-7'))
    show(lambda: s.encode('utf-7').decode('utf-7'))
for b in [b'+', b'+-', b'+A', b'+AA', b'+AAA', b'+AAAA', b'+AGE', b'+AGE-', b'+AGEA-', b'+2D3cAA-', b'+2D3', b'+2D3-', b'+2D3a', b'+2D3cAA', b'\xff', b'a\x80b', b'+!', b'+ ', b'+AB', b'+AB-', b'+ABC', b'+2D0-', b'+2D0x', b'+2D0\xff', b'+3AA-', b'+AGEAYQ-', b'+AGE+AGE']:
    for err in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'):
        show(lambda: b.decode('utf-7', err))
    for final in (False, True):
        show(lambda: codecs.utf_7_decode(b, 'replace', final))
# random round trips and random bytes
alphabet = 'aZ09+-/ \t\n~\\!\u20ac\U0001f600\ud800\udc00'
for i in range(300):
    s = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
    e = s.encode('utf-7')
    print(e, e.decode('utf-7') == s)
for i in range(400):
    b = bytes(random.choice(b'+-AaZz09/ !\x80\xff') for _ in range(random.randint(0, 10)))
    show(lambda: b.decode('utf-7', 'replace'))
    show(lambda: codecs.utf_7_decode(b, 'backslashreplace', False))
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+AGEAYQ-b+2D3cAA-'], d.decode(b'', True))
