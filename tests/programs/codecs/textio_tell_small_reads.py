# tell()/seek() while a file is read in small pieces: the snapshot moves along with the reading (CPython takes
# a new one per chunk), so cookies stay exact and replays short.
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), 'b.txt')
text = ''.join('line %d h\xe9\u20ac\r\n' % i for i in range(6000))
with open(p, 'w', encoding='utf-8', newline='') as f:
    f.write(text)
for enc_kw in [dict(encoding='utf-8'), dict(encoding='utf-8', newline='')]:
    with open(p, **enc_kw) as f:
        whole = f.read()
    with open(p, **enc_kw) as f:
        got = []
        pos = 0
        cookies = []
        while True:
            s = f.read(37)
            if not s:
                break
            pos += len(s)
            if pos % 7 == 0 or len(cookies) < 3:
                cookies.append((pos, f.tell()))
        bad = 0
        for pos, c in cookies[::9]:
            f.seek(c)
            if f.read(50) != whole[pos:pos + 50]:
                bad += 1
        print(len(whole), len(cookies), bad, cookies[:3], cookies[-1])
