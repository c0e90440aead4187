#!/usr/bin/env python3
"""Record CPython 3.11's behaviour on string-literal / f-string test cases for
tests/strings.test.mjs (output: tests/strings.expected.json).

Usage: python3 scripts/record_strings.py

For each case (a small source) this records:
- `tokens`: the first run of adjacent STRING tokens (NL and comments between
  them skipped, as the parser never sees those) as [text, lineno, col,
  end_lineno, end_col] with UTF-8 byte columns, as Typhon's tokens carry them;
- `next`: the token after the run (where RAISE_SYNTAX_ERROR reports);
- `lines`: the source lines (to turn byte columns into SyntaxError offsets);
- `node`: ast.dump(include_attributes=True) of the atom's node (the outermost
  Constant/JoinedStr spanning the run), or `error`: [msg, lineno, offset,
  end_lineno, end_offset] of the SyntaxError;
- `module`: ast.dump of the whole module (for the end-to-end check through
  Typhon's parse()), and `warnings`: [[message, lineno], ...] issued while
  compiling (all DeprecationWarnings shown).
"""
import ast
import io
import json
import os
import sys
import tokenize
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'strings.expected.json')

# Cases. Error cases keep a token after the strings on the same line (`+1`),
# so the error location does not depend on how NEWLINE ends a file.
CASES = [
    # --- plain str literals, prefixes, quotes
    "'abc'", '"abc"', "''", '""', "''''''", '""""""', "'''a'''", '"""a"""',
    "'''a\nb'''", "x = 'a'", "x = ('a')", "u'a'", "U'a'", "r'a'", "R'a'",
    "'a\"b'", "\"a'b\"", "'''a'b\"c'''", "'''a''b'''", '"""a""b"""',
    "'ä'", "'日本'", "x = 'ä' + 'b'", "'😀'", "x = ('ä', 'b')",
    # --- concatenation
    "'a' 'b'", "'a' \"b\" '''c'''", "u'a' 'b'", "'a' u'b'", "U'a' u'b'",
    "('a'\n 'b')", "('a'  # comment\n 'b')", "('a'\n\n 'b'\n)", "'' ''", "'a' ''",
    "x = ('ä' 'ö')", "r'\\n' '\\n'", "'\\\n'", "('a'\n  u'b')",
    # --- escapes
    r"'\\'", r"'\''", r"'\"'", r"'\a\b\f\n\r\t\v'", r"'\0'", r"'\7'", r"'\07'",
    r"'\101'", r"'\1012'", r"'\377'", r"'\8'", r"'\9'", r"'\x41'", r"'\x4a'",
    r"'\x4A'", r"'\u00e9'", r"'\u20AC'", r"'\U0001F600'", r"'\U00000041'",
    r"'\ud800'", r"'a\
b'", r"'\N{DIGIT ONE}'", r"'\N{digit one}'", r"'\N{Latin Small Letter A}'",
    r"'\N{EM DASH}x'", r"'\N{LATIN CAPITAL LETTER GHA}'", r"'\N{BYTE ORDER MARK}'",
    r"'\N{NULL}'", r"'\N{HANGUL SYLLABLE GAG}'", r"'\N{HANGUL SYLLABLE A}'",
    r"'\N{HANGUL SYLLABLE PWILH}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    r"'\N{CJK UNIFIED IDEOGRAPH-2B740}'", r"'\N{CJK COMPATIBILITY IDEOGRAPH-F900}'",
    r"'\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}'", r"'\N{SPACE}'",
    r"'\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'", r"'\N{NUSHU CHARACTER-1B170}'",
    r"'\d'", r"'\d\e'", r"'\q'", r"'\ä'",
    r"'\777'", r"'\400'", r"'a\z' 'b\y'", r"'\{'", r"'x\N{DIGIT ONE}\d'",
    r"'ä\x41ö'", r"'\\N{DIGIT ONE}'", r"r'\N{DIGIT ONE}'", r"'\\\\'",
    # --- raw
    r"r'\n'", r"R'\x'", r"r'\''", r"r'a\
b'", r"r'\N'", r"r'\u12'", r"rb'\x'", r"Rb'\d'", r"bR'\n'", r"br'\''",
    # --- bytes
    "b'abc'", "B'abc'", "b''", "b'a' b'b'", "b'a' rb'\\n'", r"b'\x00\xff'", r"b'\xFf'",
    r"b'\101'", r"b'\777'", r"b'\400'", r"b'\d'", r"b'\u0041'", r"b'\N{DIGIT ONE}'",
    r"b'\n\t\\'", r"b'a\
b'", "b'''a\nb'''", "b\"'\"", r"b'\0\00\000\0000'",
    # --- f-strings: basics
    "f''", "f'a'", "f'{a}'", "F'{a}'", "f'{a}b'", "f'a{b}c'", "f'{a}{b}'", "x = f'{a}{a}'",
    "f'{ a }'", "f'{a }'", "f'{{'", "f'}}'", "f'{{}}'", "f'{{a}}'", "x=f'{{}}{{'",
    "x=f'{a}}}'", "x=f'{{{a}'", "f'a' 'b'", "'a' f'b'", "'a' f'{b}' 'c'", "f'{a}' f'{b}'",
    "u'a' f'{b}'", "f'{a}' u'b'", "f'' ''", "f'' f''", "rf'{a}'", "fr'{a}'", "Rf'\\d{a}'",
    "FR'{a}\\n'", "f'''{a}'''", "f'''\n{a}'''", "f\"{a}\"", "f'ä{a}'", "f'日本{a}語'",
    "f'{a}' f'{b}'  f'{a}'", "x = 1; f'''ab\ncd{a}''' 'z' f'{b}'",
    # --- conversions, specs, =
    "f'{a!r}'", "f'{a!s}'", "f'{a!a}'", "f'{a:>10}'", "f'{a!r:>10}'", "f'{a:}'",
    "f'{a:{b}}'", "f'{a:{b}{c}}'", "f'{a:x{b}y}'", "f'{a:{b}.{c}f}'", "f'{a:{{b}}}'",
    "x;f'{a:{b}}'", "f'{x:{a}}' 'b'", "f'{a=}'", "f'{a = }'", "f'{a=!s}'", "f'{a=:>4}'",
    "f'{a=!r:>4}'", "f'{ a = !s:>4}'", "f'''{a=\n}'''", "y=2;f'{a!r}{b!r}'", "f'{a:x!r}'",
    "f'{a:!r}'", "f'{a::}'", "f'{a:=}'", "f'{a:\\n}'", "f'{a:\\d}'", "f'{a:ä}'",
    "f'x{a=}y{b=}z'", "f'{a=}' 'b'",
    # --- expression scanning
    "f'{a!=b}'", "f'{a==b}'", "f'{a<b}'", "f'{a>b}'", "f'{a<=b}'", "f'{a>=b}'",
    "f'{\"a\"}'", "f'{\"}\"}'", "f'{\"{\"}'", "f\"{'a' 'b'}\"", "f'{\"\"\"a}\"\"\"}'",
    "f'{(a)}'", "f'{[a]}'", "f'{a[b]}'", "f'{a(b)}'", "f'{ {a} }'", "f'{a[\"}\"]}'",
    "f'{a:{b:c}}'", "f'{f\"{a}\"}'", "f'''{f\"{a}\"}'''", "f'{ f\"{a}\" }'",
    "f'''{\na}'''", "f'''{\n a }'''", "x = 1; f'''ab\ncd{\na}'''", "x = 1; f'''ab\ncd{a}'''",
    "x = 1; f'''ab\ncd{  \n  a\n    }'''", "f'''{a\n}'''", "f'''x\ny{a}\nz{b}'''",
    "x='ä';f'ö{a}'", "x = (f'{a}'\n  f'{b}')", "f'{a!r}' f'{b!r}'", "f'\\N{DIGIT ONE}{a}'",
    "f'{a}\\N{DIGIT ONE}'", "f'\\{{'", "f'\\\\{a}'", "f'\\{a}'", "f'\\d{a}\\e'", "f'\\777{a}'",
    "rf'\\{a}'", "f'\\N{LEFT CURLY BRACKET}{a}\\N{RIGHT CURLY BRACKET}'",
    "f'{a}{b}{c}{d}{e}'", "f'{   a   }'", "f'{\ta}'",
    # --- more positions and nesting
    "f'''{f\"{f'{a}'}\"}'''", r"f'{a:\N{DIGIT ONE}}'", "x='é'; f'{a}'", "x = ('\\d'\n  '\\e')",
    r"f'\N{DIGIT ONE}{{'", "f'{a:{{}}}'", r"rf'\N{x}{a}'", "f'{a!r:{b!s:}}'", "x\t= f'{a}'",
    "f'{a:{b}}' f'{c:{d}}'", "x = ('a'\n  f'{b}'\n  'c')", "x = (f'{a}'\n  f'{b:{c}}')", "f'{a}' 'ä' f'{b}'",
    "f'''{a}\n{b}\n{c}'''", "x = ('é' f'{a}'\n 'ö' f'''\n{b}''')", "f'{a}' rb'x'",
    "('\\d'\n '\\e'\n f'\\g{a}')", "f'{\ta\t}'", "f'{a!r}{b!s}{c!a}'", "f'{a:%Y-%m-%d}'", "f'{a:{b}:{c}}'",
    # --- errors (f-string)
    "x = f'{}' + 1", "x = f'{ }' + 1", "x = f'{!r}' + 1", "x = f'{:x}' + 1", "x = f'{=}' + 1",
    "x = f'{ !r}' + 1", "x = f'{a' + 1", "x = f'{a!x}' + 1", "x = f'{a!}' + 1",
    "x = f'{a:' + 1", "x = f'}' + 1", "x = f'a}b' + 1", "x = f'{' + 1", "x = f'{a!r' + 1",
    "x = f'{a!' + 1", "x = f'{a=}}' + 1", "x = f'{a}{' + 1", "x = f'{#}' + 1",
    "x = f'{a#b}' + 1", "x = f'{\\n}' + 1", "x = f'{a\\n}' + 1", "x = f'{\"\\n\"}' + 1",
    "x = f'{a)}' + 1", "x = f'{a]}' + 1", "x = f'{)}' + 1", "x = f'{a(}' + 1",
    "x = f'{a[}' + 1", "x = f'{a[)}' + 1", "x = f'{(a]}' + 1", "x = f'{a(' + 1",
    "x = f'{\"a}' + 1", "x = f'{\"\"\"a}' + 1", "x = f'{a:{b:{c}}}' + 1",
    "x = f'{a!r=}' + 1", "x = f'{a!r :x}' + 1", "x = f'{a:{b}' + 1", "x = f'{a:{b!x}}' + 1",
    "x = f'{a=' + 1", "x = f'{a= ' + 1", "x = f'{a:{}}' + 1", "x = f'{a:}}' + 1",
    "x = f'{a!rr}' + 1", "x = f'{" + "(" * 201 + "}' + 1", "x = f'{" + "(" * 200 + "' + 1",
    "x = f'{{}' + 1", "x = f'}{a}' + 1", "x = ('a' f'{}') + 1", "x = (f'{a}' f'{') + 1",
    "x = (f'{a}'\n f'{') + 1",
    # --- errors (escapes, bytes)
    r"x = '\x4g' + 1", r"x = '\x4' + 1", r"x = '\x' + 1", r"x = '\u12' + 1",
    r"x = '\u12g4' + 1", r"x = '\U1234567' + 1", r"x = '\U00110000' + 1", r"x = '\UFFFFFFFF' + 1",
    r"x = '\N{}' + 1", r"x = '\N' + 1", r"x = '\N{A' + 1", r"x = '\Nab' + 1",
    r"x = '\N{foo}' + 1", r"x = 'ä\N{foo}' + 1", r"x = 'ä\Nab' + 1", r"x = '日本\x4g' + 1",
    r"x = '😀\x4g' + 1", r"x = '\ä\x4g' + 1", r"x = '\N{ä}' + 1", r"x = 'a' '\x4' + 1",
    r"x = '\N{HANGUL SYLLABLE gag}' + 1", r"x = '\N{hangul syllable GAG}' + 1",
    r"x = '\N{CJK UNIFIED IDEOGRAPH-4e00}' + 1", r"x = '\N{CJK UNIFIED IDEOGRAPH-A000}' + 1",
    r"x = '\N{CJK UNIFIED IDEOGRAPH-4E0}' + 1", r"x = '\N{KEYCAP NUMBER SIGN}' + 1",
    r"x = '\N{LATIN SMALL LETTER A }' + 1", r"x = '\N{TANGUT IDEOGRAPH-17000}' + 1",
    r"x = '\N{TAMIL SYLLABLE KSSI}' + 1",
    r"x = f'\x4g{a}' + 1", r"x = f'{a}\N{foo}' + 1", r"x = f'\Nab' + 1", r"x = f'{a:\x4g}' + 1",
    r"x = b'\x4g' + 1", r"x = b'\x' + 1", r"x = b'ab\x4' + 1", "x = b'ä' + 1",
    "x = (b'a'\n b'ä') + 1", "x = b'a' 'b' + 1", "x = 'a' b'b' + 1", "x = 'a' b'b' f'c' + 1",
    "x = f'a' b'b' + 1", "x = b'a' f'{a}' + 1", "x = b'ä' 'b' + 1", r"x = 'a' b'\x4' + 1",
    r"x = b'a' '\x4' + 1", r"x = '\x4' b'a' + 1",
    # --- sub-parse errors (end-to-end only: the fake host cannot parse these)
    "x = f'{a b}' + 1", "x=1\n\ny=2;f'{a b}'", "x=1;f'''\n{a b}'''", "f'{a+}'", "f'{import}'",
    "f'{a:=1}'", "f'{(a:=1)}'", "f'{yield}'", "f'{*a}'", "f'{*a,}'", "f'{a, b}'",
    "f'{lambda x: 1}'", "f'{(lambda x: 1)}'", "f'{a if b else c}'", "f'{a.b}'", "f'{a+b*c}'",
    "f'{a!r:{b+c}}'", "x = 1; f'''ab\ncd{  \n  a +\n    b}'''", "x=1;f'''{a+\"\"\"\n\"\"\"}'''",
]


def byte_col(lines, lineno, col):
    return len(lines[lineno - 1][:col].encode('utf-8'))


def record(src):
    lines = src.split('\n')
    toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type not in (tokenize.NL, tokenize.COMMENT)]
    i = 0
    while toks[i].type != tokenize.STRING:
        i += 1
    j = i
    while toks[j].type == tokenize.STRING:
        j += 1

    def loc(t):
        return [t.start[0], byte_col(lines, *t.start), t.end[0], byte_col(lines, *t.end)]

    case = {
        'src': src,
        'lines': lines,
        'tokens': [[t.string] + loc(t) for t in toks[i:j]],
        'next': loc(toks[j]) if toks[j].type != tokenize.ENDMARKER else None,
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            case['error'] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            tree = None
    case['warnings'] = [[str(w.message), w.lineno] for w in caught]
    if tree is not None:
        first, last = toks[i], toks[j - 1]
        want = (first.start[0], byte_col(lines, *first.start), last.end[0], byte_col(lines, *last.end))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Constant, ast.JoinedStr)) and \
                    (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset) == want:
                case['node'] = ast.dump(node, include_attributes=True)
                break
        else:
            raise SystemExit(f'no node for {src!r}')
        case['module'] = ast.dump(tree, include_attributes=True)
    return case


def main():
    assert sys.version_info[:2] == (3, 11), 'record with CPython 3.11'
    seen = set()
    out = []
    for src in CASES:
        if src in seen:
            raise SystemExit(f'duplicate case {src!r}')
        seen.add(src)
        out.append(record(src))
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write('\n')
    print(f'{len(out)} cases -> {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()
