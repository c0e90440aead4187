#!/usr/bin/env python3
"""Generate src/unicode/unicodedata_tables.ts: the character database that the unicodedata module
(src/modules/unicodedata.ts) needs beyond the names (src/parser/unicodedata_names.ts), for Unicode
14.0.0 and for 3.2.0 (unicodedata.ucd_3_2_0), taken from this interpreter's unicodedata
(CPython 3.11).

Usage: python3 scripts/gen_unicodedata.py [output.ts]

Every table is a template literal of plain text (no backslash, backquote or "${"), so that the module
can read them out of the emitted JavaScript file without running it (see unicodedata.ts). Numbers are
base 36 unless said otherwise.

- RECORDS: one "category,bidirectional,combining,east_asian_width,mirrored" line per distinct record
  (bidirectional "-" for ''; combining in decimal).
- REC14 / REC32: run-length record indexes over all code points: "count.record" items.
- DECOMP: "gap;decomposition" lines: the code point is the previous one plus gap (the first: gap
  from -1); the decomposition as unicodedata.decomposition() gives it (Hangul syllables have none).
  In 3.2.0 the same, except for code points unassigned there.
- NUM14 / NUM32: "gap;decimal;digit;numeric" lines (empty: None; numeric as repr() of the float).
- COMP_EXCL: code points with a canonical decomposition into two characters that canonical
  composition does not produce (exclusions, non-starter decompositions). CPython composes with
  today's pairs under 3.2.0 too, so there is one list (checked: 3.2.0's is the same).
- NORM_FIX32: "cp;hex hex..." the NFD of single code points that 3.2.0 decomposes differently.
- NAMED_SEQ: "NAME;hex hex..." lines, the named sequences lookup() accepts.
"""
import sys
import unicodedata

U14 = unicodedata
U32 = unicodedata.ucd_3_2_0
N = 0x110000


def b36(n):
    if n == 0:
        return '0'
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out


def record(u, c):
    return (u.category(c), u.bidirectional(c) or '-', u.combining(c), u.east_asian_width(c), u.mirrored(c))


def assigned(u, c):
    return u.category(c) != 'Cn'


def rle(values):
    out = []
    prev = values[0]
    count = 0
    for v in values:
        if v == prev:
            count += 1
        else:
            out.append(f'{b36(count)}.{b36(prev)}')
            prev, count = v, 1
    out.append(f'{b36(count)}.{b36(prev)}')
    return ' '.join(out)


def sparse(items):
    """[(cp, text)] -> "gap;text" lines."""
    lines = []
    prev = -1
    for cp, text in items:
        lines.append(f'{b36(cp - prev - 1)};{text}')
        prev = cp
    return '\n'.join(lines)


def num_text(u, c):
    def fmt(v):
        return '' if v is None else repr(v)
    d = u.decimal(c, None)
    g = u.digit(c, None)
    n = u.numeric(c, None)
    if d is None and g is None and n is None:
        return None
    return f'{fmt(d)};{fmt(g)};{fmt(n)}'


def comp_exclusions(u):
    out = []
    for cp in range(N):
        c = chr(cp)
        d = u.decomposition(c)
        if not d or d.startswith('<'):
            continue
        parts = d.split()
        if len(parts) != 2:
            continue
        if u.normalize('NFC', c) != c:
            out.append(cp)
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else 'src/unicode/unicodedata_tables.ts'
    records = {}
    rec14 = []
    rec32 = []
    for cp in range(N):
        c = chr(cp)
        for u, lst in ((U14, rec14), (U32, rec32)):
            r = record(u, c)
            lst.append(records.setdefault(r, len(records)))

    decomp = []
    for cp in range(N):
        c = chr(cp)
        d = U14.decomposition(c)
        if d:
            decomp.append((cp, d))
        # 3.2.0 keeps today's decompositions for the characters it has.
        assert U32.decomposition(c) == (d if assigned(U32, c) else ''), hex(cp)

    num14 = [(cp, t) for cp in range(N) if (t := num_text(U14, chr(cp))) is not None]
    num32 = [(cp, t) for cp in range(N) if (t := num_text(U32, chr(cp))) is not None]

    excl14 = comp_exclusions(U14)
    excl32 = comp_exclusions(U32)
    assert set(excl32) <= set(excl14)

    # 3.2.0's NFD of single characters where it differs from today's (normalization corrections).
    fix32 = []
    for cp in range(N):
        c = chr(cp)
        if assigned(U32, c) and U32.normalize('NFD', c) != U14.normalize('NFD', c):
            fix32.append((cp, ' '.join(f'{ord(x):x}' for x in U32.normalize('NFD', c))))

    named = []
    for pua in range(0xF0000, 0xF0400):
        b = chr(pua).encode('ascii', 'namereplace')
        if not b.startswith(b'\\N{'):
            continue
        name = b[3:-1].decode('ascii')
        seq = U14.lookup(name)
        if len(seq) > 1:
            named.append(f'{name};' + ' '.join(f'{ord(x):x}' for x in seq))

    def lit(name, text, doc):
        assert '`' not in text and '\\' not in text and '${' not in text, name
        return f'/** {doc} */\nexport const {name} = `{text}`;\n'

    rec_lines = '\n'.join(','.join(str(x) for x in r) for r, _ in sorted(records.items(), key=lambda kv: kv[1]))
    with open(out_path, 'w', encoding='ascii', newline='\n') as f:
        f.write('// Generated by scripts/gen_unicodedata.py from CPython '
                f'{sys.version_info.major}.{sys.version_info.minor}\'s unicodedata '
                f'(Unicode {U14.unidata_version} and {U32.unidata_version}): do not edit.\n')
        f.write('/* eslint-disable */\n')
        f.write(lit('RECORDS', rec_lines, 'category,bidirectional,combining,east_asian_width,mirrored per record.'))
        f.write(lit('REC14', rle(rec14), 'Run-length record indexes, Unicode 14.0.0.'))
        f.write(lit('REC32', rle(rec32), 'Run-length record indexes, Unicode 3.2.0.'))
        f.write(lit('DECOMP', sparse(decomp), 'Decompositions, "gap;text".'))
        f.write(lit('NUM14', sparse(num14), 'Numeric values, "gap;decimal;digit;numeric", 14.0.0.'))
        f.write(lit('NUM32', sparse(num32), 'Numeric values, 3.2.0.'))
        f.write(lit('COMP_EXCL', ' '.join(b36(x) for x in excl14), 'Two-character canonical decompositions not composed.'))
        f.write(lit('NORM_FIX32', '\n'.join(f'{cp:x};{t}' for cp, t in fix32), 'NFD of single code points where 3.2.0 differs.'))
        f.write(lit('NAMED_SEQ', '\n'.join(named), 'Named sequences, "NAME;hex hex...".'))
    print(f'{len(records)} records, {len(decomp)} decompositions, {len(num14)}/{len(num32)} numeric, '
          f'{len(excl14)}/{len(excl32)} exclusions, {len(fix32)} 3.2.0 fixes, {len(named)} named sequences')


if __name__ == '__main__':
    main()
