#!/usr/bin/env python3
"""Compare Typhon's CJK codecs with CPython's, code point by code point (run by hand, not in npm test).

    python3 scripts/check-cjk-codecs.py [codec ...]

For each codec, both interpreters dump: the encoding of every code point 0..0x10FFFF (one call
each, strict), and the decoding of every two-byte sequence with a lead byte >= 0x80 (errors as
their start, end and reason); gb18030 adds a sample of four-byte sequences, euc_jis_2004 and
euc_jisx0213 every three-byte sequence after 0x8F, the iso2022 codecs decode every pair after each of
their designations; the codecs with pairs of code points (JIS X 0213, HKSCS) encode the first character of
each pair followed by each of a list of second characters. The script prints the mismatches per codec.
"""
import os
import subprocess
import sys
import tempfile

CODECS = ['shift_jis', 'cp932', 'euc_jp', 'gb2312', 'gbk', 'gb18030', 'hz', 'big5', 'cp950', 'euc_kr', 'cp949',
          'johab', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_ext', 'iso2022_kr', 'euc_jis_2004',
          'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213', 'iso2022_jp_2004', 'iso2022_jp_3', 'big5hkscs']
PAIRED = ('euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213', 'iso2022_jp_2004', 'iso2022_jp_3', 'big5hkscs')
# Second characters to try after the first of a pair: combining marks, and ones that match only in their
# low 16 bits (CPython's pair lookups truncate or mask the second).
SECONDS = [chr(c) for c in list(range(0x300, 0x370)) + [0x309a, 0x2e5, 0x2e9, 0x1309a, 0x10304, 0x1030c, 0x41, 0x304b]]

ISO2022_ESCAPES = [b'', b'\x1b$B', b'\x1b$@', b'\x1b(J', b'\x1b(I', b'\x1b$(D', b'\x1b$A', b'\x1b$(C', b'\x1b$)C\x0e',
                   b'\x1b.A\x1bN', b'\x1b.F\x1bN', b'\x1b$(O', b'\x1b$(P', b'\x1b$(Q']


def show(f):
    try:
        return f()
    except UnicodeError as e:
        return 'E%d-%d:%s' % (e.start, e.end, e.reason)


def dump(codec, path):
    out = []
    for c in range(0x110000):
        r = show(lambda: chr(c).encode(codec))
        out.append('%x %s' % (c, r.hex() if isinstance(r, bytes) else r))
    if codec.startswith('iso2022') or codec == 'hz':
        prefixes = ISO2022_ESCAPES if codec != 'hz' else [b'', b'~{']
        for pre in prefixes:
            for a in range(0x20, 0x80):
                for b in range(0x20, 0x80):
                    seq = pre + bytes([a, b])
                    out.append('%s %s' % (seq.hex(), ascii(show(lambda: seq.decode(codec)))))
    else:
        for a in range(0x80, 0x100):
            for b in range(0x100):
                seq = bytes([a, b])
                out.append('%s %s' % (seq.hex(), ascii(show(lambda: seq.decode(codec)))))
    if codec in ('euc_jis_2004', 'euc_jisx0213'):
        for a in range(0x80, 0x100):
            for b in range(0x80, 0x100):
                seq = bytes([0x8f, a, b])
                out.append('%s %s' % (seq.hex(), ascii(show(lambda: seq.decode(codec)))))
    if codec in PAIRED:
        firsts = sorted({s[0] for s in (show(lambda: bytes([a, b]).decode(codec)) if codec[:3] != 'iso' else
                         show(lambda: ((b'\x1b$(O' if codec == 'iso2022_jp_3' else b'\x1b$(Q') + bytes([a, b])).decode(codec))
                         for a in range(0x21, 0x100) for b in range(0x21, 0x100)) if len(s) == 2 and s[1] > '\xff'})
        for f in firsts:
            for second in SECONDS:
                r = show(lambda: (f + second).encode(codec))
                out.append('%x+%x %s' % (ord(f), ord(second), r.hex() if isinstance(r, bytes) else r))
    if codec == 'gb18030':
        for a in range(0x80, 0x100):
            for c3 in list(range(0x80, 0x100, 3)) + [0xff]:
                for b in (0x30, 0x31, 0x35, 0x39, 0x3a):
                    for d in (0x2f, 0x30, 0x34, 0x39):
                        seq = bytes([a, b, c3, d])
                        out.append('%s %s' % (seq.hex(), ascii(show(lambda: seq.decode(codec)))))
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--dump':
        dump(sys.argv[2], sys.argv[3])
        return
    here = os.path.dirname(os.path.abspath(__file__))
    typhon = os.path.join(here, '..', 'bin', 'typhon')
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for codec in sys.argv[1:] or CODECS:
            a = os.path.join(tmp, codec + '.py.txt')
            b = os.path.join(tmp, codec + '.ty.txt')
            subprocess.run([sys.executable, __file__, '--dump', codec, a], check=True)
            subprocess.run([typhon, __file__, '--dump', codec, b], check=True)
            with open(a) as fa, open(b) as fb:
                la, lb = fa.read().splitlines(), fb.read().splitlines()
            bad = [(x, y) for x, y in zip(la, lb) if x != y]
            if len(la) != len(lb):
                bad.append(('%d lines' % len(la), '%d lines' % len(lb)))
            total += len(bad)
            print('%-16s %8d checked  %6d mismatches' % (codec, len(la), len(bad)))
            for x, y in bad[:8]:
                print('    cpython %s\n    typhon  %s' % (x, y))
    print('total mismatches:', total)


if __name__ == '__main__':
    main()
