// Tokenizer and source decoding against CPython 3.11's recorded behaviour.
// tests/fixtures/tokenizer/cases.json is written by gen.py next to it (python3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Tokenizer } from '../dist/lib/parser/tokenizer.js';
import { decodeSource } from '../dist/lib/parser/source.js';
import { PySyntaxError } from '../dist/lib/parser/errors.js';

const cases = JSON.parse(readFileSync(new URL('./fixtures/tokenizer/cases.json', import.meta.url), 'utf8'));

const T = { ENDMARKER: 0, NAME: 1, NUMBER: 2, STRING: 3, NEWLINE: 4, INDENT: 5, DEDENT: 6, NOTEQUAL: 28, OP: 54, ERRORTOKEN: 60 };

/** All tokens up to ENDMARKER/ERRORTOKEN (in the C tokenizer's conventions), or the error thrown. */
function run(src, setup, mode = 'exec') {
  const tz = new Tokenizer(src, 'f.py', { execInput: mode === 'exec' });
  if (setup) setup(tz);
  const toks = [];
  let last = null;
  try {
    for (;;) {
      const t = tz.next();
      last = t;
      if (t.type === T.ENDMARKER || t.type === T.ERRORTOKEN) break;
      toks.push([t.type, t.type === T.NEWLINE ? null : t.string, t.lineno, t.col, t.endLineno, t.endCol]);
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { toks, error: [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text], tz };
  }
  return { toks, error: null, last, tz };
}

test('token streams match the C tokenizer', () => {
  for (const c of cases.filter((c) => c.tokens)) {
    const r = run(c.src);
    const expected = c.tokens.filter((t) => t[0] !== 'error');
    assert.deepEqual(r.toks, expected, JSON.stringify(c.src));
    const cErr = c.tokens.find((t) => t[0] === 'error');
    if (cErr) assert.equal(r.error?.[1], cErr[1], JSON.stringify(c.src));
    else if (r.error === null && r.last.type === T.ERRORTOKEN) assert.ok(r.tz.eofInBrackets);
  }
});

test('lexical errors carry CPython\'s fields', () => {
  for (const c of cases.filter((c) => c.error)) {
    const r = run(c.src, null, c.mode);
    assert.deepEqual(r.error, c.error, JSON.stringify(c.src) + (c.mode ? ' ' + c.mode : ''));
  }
});

test('EOF tokens: NEWLINE "", DEDENTs, ENDMARKER repeated', () => {
  const tz = new Tokenizer('if x:\n  y', 'f.py');
  const got = [];
  for (let i = 0; i < 10; i++) {
    const t = tz.next();
    got.push([t.type, t.string, t.lineno, t.col, t.endLineno, t.endCol]);
  }
  assert.deepEqual(got.slice(3), [
    [T.NEWLINE, '\n', 1, 5, 1, 5], [T.INDENT, '', 2, -1, 2, -1], [T.NAME, 'y', 2, 2, 2, 3],
    [T.NEWLINE, '', 2, 3, 2, 3], [T.DEDENT, '', 2, -1, 2, -1], [T.ENDMARKER, '', 2, -1, 2, -1],
    [T.ENDMARKER, '', 2, -1, 2, -1],
  ]);
});

test("not exec input ('eval', 'single'): no NEWLINE or DEDENT at a missing final newline", () => {
  const kinds = (src) => {
    const tz = new Tokenizer(src, 'f.py', { execInput: false });
    const out = [];
    for (let t = tz.next(); t.type !== T.ENDMARKER; t = tz.next()) out.push(t.type);
    return out;
  };
  assert.deepEqual(kinds('1 # c'), [T.NUMBER]);
  assert.deepEqual(kinds('1\n'), [T.NUMBER, T.NEWLINE]);
  assert.deepEqual(kinds('1\n   '), [T.NUMBER, T.NEWLINE, T.INDENT]); // CPython: 'unexpected indent'
  assert.deepEqual(kinds('if x:\n  y'), [T.NAME, T.NAME, 11, T.NEWLINE, T.INDENT, T.NAME]);
});

test("implyDedents: pegen's 'single' mode at the first ENDMARKER", () => {
  const tz = new Tokenizer('if x:\n  if y:\n    z', 'f.py', { execInput: false });
  let t;
  do t = tz.next(); while (t.type !== T.ENDMARKER);
  tz.implyDedents();
  assert.deepEqual([tz.next().type, tz.next().type, tz.next().type, tz.next().type], [T.DEDENT, T.DEDENT, T.ENDMARKER, T.ENDMARKER]);
});

test('NEWLINE text is the newline as written', () => {
  const strings = (src) => run(src).toks.length >= 0 && (() => {
    const tz = new Tokenizer(src, 'f.py'); const out = [];
    for (let t = tz.next(); t.type !== T.ENDMARKER; t = tz.next()) if (t.type === T.NEWLINE) out.push(t.string);
    return out;
  })();
  assert.deepEqual(strings('a\r\nb\rc\nd'), ['\r\n', '\r', '\n', '']);
});

test('EOF inside brackets: ERRORTOKEN, eofInBrackets, innermost bracket', () => {
  const tz = new Tokenizer('x = [1,\n  {2: (3,\n', 'f.py');
  let t;
  do t = tz.next(); while (t.type !== T.ERRORTOKEN && t.type !== T.ENDMARKER);
  assert.equal(t.type, T.ERRORTOKEN);
  assert.equal(t.string, '');
  assert.equal(tz.eofInBrackets, true);
  assert.equal(tz.level, 3);
  assert.deepEqual(tz.innermostBracket(), { char: '(', lineno: 2, col: 6 });
  assert.equal(tz.next().type, T.ERRORTOKEN);
  const tz2 = new Tokenizer('é = (\\\n', 'f.py');
  do t = tz2.next(); while (t.type !== T.ERRORTOKEN && t.type !== T.ENDMARKER);
  assert.equal(t.type, T.ERRORTOKEN);
  assert.deepEqual(tz2.innermostBracket(), { char: '(', lineno: 1, col: 5 });
  assert.equal(new Tokenizer('x', 'f').innermostBracket(), null);
});

test('NAME: keywords are names, non-ASCII names are NFKC-normalised, columns in bytes', () => {
  const r = run('ﬁ = ℌ + é\n');
  assert.deepEqual(r.toks.filter((t) => t[0] === T.NAME).map((t) => [t[1], t[3], t[5]]),
    [['fi', 0, 3], ['H', 6, 9], ['é', 12, 14]]);
  const tz = new Tokenizer('ｉｆ = if_ + ｍａｔｃｈ\n', 'f.py');
  const [a, , b, , c] = [tz.next(), tz.next(), tz.next(), tz.next(), tz.next()];
  assert.deepEqual([a.string, b.string, c.string], ['if', 'if_', 'match']);
  assert.deepEqual([tz.isDisguisedKeyword(a), tz.isDisguisedKeyword(b), tz.isDisguisedKeyword(c)], [true, false, true]);
  assert.deepEqual(run('<>\n').toks[0], [T.NOTEQUAL, '<>', 1, 0, 1, 2]);
  assert.deepEqual(run('$\n').toks[0], [T.OP, '$', 1, 0, 1, 1]);
});

test('STRING tokens: exact text, newlines translated, multi-line spans', () => {
  const r = run('x = rb"""a\r\nb\rc""" + 1\n');
  assert.deepEqual(r.toks[2], [T.STRING, 'rb"""a\nb\nc"""', 1, 4, 3, 4]);
});

test('lineText', () => {
  const tz = new Tokenizer('a\r\nb\rc\nd', 'f.py');
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((n) => tz.lineText(n)), ['', 'a\n', 'b\n', 'c\n', 'd', '']);
  assert.equal(new Tokenizer('', 'f').lineText(1), '');
  assert.equal(new Tokenizer('x\n', 'f').lineText(2), '');
});

test('errorText: the text pegen gives errors when compiling a string', () => {
  // Recorded with compile(): 'invalid syntax' (2, 7) with text 'x = """a\nb""" +\n'.
  let tz = new Tokenizer('x = """a\nb""" +\n', 'f.py');
  for (let i = 0; i < 4; i++) tz.next();
  assert.equal(tz.errorText(2), 'x = """a\nb""" +\n');
  // 'invalid syntax' (3, 1) with the text from the string's first line.
  tz = new Tokenizer('x = """é\né""" + \\\n\n', 'f.py');
  for (let i = 0; i < 5; i++) tz.next();
  assert.equal(tz.errorText(3), 'x = """é\né""" + \\\n\n');
  // 'invalid syntax. Perhaps you forgot a comma?' (2, 3) with text '  a b': the tokenizer is on line 3.
  tz = new Tokenizer('x = [\n  a b\n]\n', 'f.py');
  for (let i = 0; i < 6; i++) tz.next();
  assert.equal(tz.errorText(2), '  a b');
  assert.equal(tz.errorText(3), ']\n');
});

test("errors: 'file' and 'file-bytes' report pegen-level failures as running a script does", () => {
  // Recorded by running the files with python3 (an excepthook printing the fields).
  const err = (src, errors) => {
    const tz = new Tokenizer(src, 'f.py', { errors });
    try { for (;;) if (tz.next().type === T.ENDMARKER) return null; } catch (e) {
      return [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
    }
  };
  assert.deepEqual(err('x = """a\nb""" + \\ y\n', 'file-bytes'),
    ['SyntaxError', 'unexpected character after line continuation character', 2, 18, 2, 0, 'b""" + \\ y\n']);
  assert.deepEqual(err('x = """a\nb""" + \\', 'file-bytes'), ['SyntaxError', 'unexpected EOF while parsing', 2, 9, 2, -1, 'b""" + \\']);
  assert.deepEqual(err('x = 1 + \\\n  2 + \\ y\n', 'file-bytes'),
    ['SyntaxError', 'unexpected character after line continuation character', 2, 18, 2, 0, '  2 + \\ y\n']);
  assert.deepEqual(err('x = 1\n  \\\n', 'file-bytes'), ['SyntaxError', 'unexpected EOF while parsing', 2, 0, 2, -1, '  \\\n']);
  assert.deepEqual(err('é = """a\nb""" + \\ y\n', 'file-bytes'),
    ['SyntaxError', 'unexpected character after line continuation character', 2, 19, 2, 0, 'b""" + \\ y\n']);
  assert.deepEqual(err('# coding: utf-8\né = """a\nb""" + \\ y\n', 'file'),
    ['SyntaxError', 'unexpected character after line continuation character', 3, 12, 3, 0, 'b""" + \\ y\n']);
  assert.deepEqual(err('# coding: latin-1\nif x:\n  y\n z\n', 'file'),
    ['IndentationError', 'unindent does not match any outer indentation level', 4, 3, 4, -1, ' z\n']);
  assert.deepEqual(err('if x:\n  y\n z', 'file-bytes'),
    ['IndentationError', 'unindent does not match any outer indentation level', 3, 3, 3, -1, ' z']);
  // curCol, pegen's offset for errors at tokens without a column: 'expected an indented block' at
  // the end of 'if x:\n' has offset 6 from compile(), 0 running the file.
  for (const [errors, col] of [['string', 6], ['file-bytes', 0]]) {
    const tz = new Tokenizer('if x:\n', 'f.py', { errors });
    while (tz.next().type !== T.ENDMARKER);
    assert.equal(tz.curCol, col);
  }
  const tz = new Tokenizer('if x:\n  é = 1\n', 'f.py');
  for (let i = 0; i < 5; i++) tz.next(); // if x : NEWLINE INDENT
  assert.equal(tz.curCol, 2);
  tz.next();
  assert.equal(tz.curCol, 4);
  // compile() of the same text ('string', the default) differs.
  assert.deepEqual(err('x = """a\nb""" + \\ y\n', 'string'),
    ['SyntaxError', 'unexpected character after line continuation character', 2, 18, 2, 0, 'x = """a\nb""" + \\ y\n']);
});

test('startLineno and startColOffset (f-string sub-parses)', () => {
  const r = run('(a +\n b)', (tz) => { tz.startLineno = 5; tz.startColOffset = 10; });
  assert.deepEqual(r.toks.slice(0, 5), [
    [7, '(', 5, 10, 5, 11], [T.NAME, 'a', 5, 11, 5, 12], [14, '+', 5, 13, 5, 14],
    [T.NAME, 'b', 6, 1, 6, 2], [8, ')', 6, 2, 6, 3],
  ]);
});

test('warnings: "invalid decimal literal" before a keyword; -W error turns it into the error', () => {
  const seen = [];
  const ok = run('x = 1if y else 2\n', (tz) => { tz.onWarning = (cat, msg, ln) => { seen.push([cat, msg, ln]); return false; }; });
  assert.equal(ok.error, null);
  assert.deepEqual(seen, [['SyntaxWarning', 'invalid decimal literal', 1]]);
  const bad = run('x = 1if y else 2\n', (tz) => { tz.onWarning = () => true; });
  assert.deepEqual(bad.error, ['SyntaxError', 'invalid decimal literal', 1, 5, 1, 5, 'x = 1if y else 2']);
  const hex = run('x = 0x1for x in y\n', (tz) => { tz.onWarning = () => true; });
  assert.deepEqual(hex.error, ['SyntaxError', 'invalid hexadecimal literal', 1, 8, 1, 8, 'x = 0x1for x in y']);
});

test('NUL bytes: the line holding one fails when it is read, as running a file does', () => {
  // Recorded by running files with python3 (compile() rejects NUL before tokenizing).
  assert.deepEqual(run('x = 1\0\n').error, ['SyntaxError', 'source code cannot contain null bytes', 1, 0, 1, 0, 'x = 1']);
  assert.deepEqual(run('x = 1\ny = 2 \0 + 1\n').error, ['SyntaxError', 'source code cannot contain null bytes', 2, 0, 2, 0, 'y = 2 ']);
  const r = run('x = 1\ny = 2 \0 + 1\n');
  assert.equal(r.toks.length, 4); // x = 1 NEWLINE come first
  assert.deepEqual(run('x = """\n\0').error, ['SyntaxError', 'source code cannot contain null bytes', 2, 0, 2, 0, '']);
  assert.deepEqual(run('x = (1]\n\0').error[1], "closing parenthesis ']' does not match opening parenthesis '('");
});

test('an error is thrown again by later calls', () => {
  const tz = new Tokenizer('x = 1)\n', 'f.py');
  for (let i = 0; i < 3; i++) tz.next();
  assert.throws(() => tz.next(), PySyntaxError);
  assert.throws(() => tz.next(), /unmatched/);
});

// ---- decodeSource ---------------------------------------------------------------------------------

const enc = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0)); // a "binary string" to bytes
function decodeErr(bytes, file = '/tmp/enc/a.py') {
  try {
    decodeSource(bytes, file);
  } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    return e.msg;
  }
  return null;
}

test('decodeSource: UTF-8, BOM, cookies', () => {
  assert.equal(decodeSource(enc('x = "\xc3\xa9"\n'), 'a.py'), 'x = "é"\n');
  assert.equal(decodeSource(enc('\xef\xbb\xbfx = 1\n'), 'a.py'), 'x = 1\n');
  assert.equal(decodeSource(enc('\xef\xbb\xbf\xef\xbb\xbfx=1\n'), 'a.py'), '\ufeffx=1\n');
  assert.equal(decodeSource(enc('# -*- coding: latin-1 -*-\nx = "\xe9\x80"\n'), 'a.py'), '# -*- coding: latin-1 -*-\nx = "é\x80"\n');
  assert.equal(decodeSource(enc('# coding: latin1\nx = "\x80"\n'), 'a.py'), '# coding: latin1\nx = "\x80"\n');
  assert.equal(decodeSource(enc('#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n'), 'a.py'),
    '#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = "€"\n');
  assert.equal(decodeSource(enc('\n# coding: latin-1\nx = "\xe9"\n'), 'a.py'), '\n# coding: latin-1\nx = "é"\n');
  assert.equal(decodeSource(enc('# coding: latin-1 \xe9\n'), 'a.py'), '# coding: latin-1 é\n');
  assert.equal(decodeSource(enc('# coding: euc-jp\nx = "\xa4\xa2"\n'), 'a.py'), '# coding: euc-jp\nx = "\u3042"\n');
  assert.equal(decodeSource(enc('# coding: UTF8\nprint(1)\n'), 'a.py'), '# coding: UTF8\nprint(1)\n');
  assert.equal(decodeSource(enc('\xef\xbb\xbf# coding: utf-8\nprint(2)\n'), 'a.py'), '# coding: utf-8\nprint(2)\n');
  assert.equal(decodeSource(enc('\xef\xbb\xbf# coding: UTF_8\nprint(2)\n'), 'a.py'), '# coding: UTF_8\nprint(2)\n');
  // With a utf-8 cookie CPython does not validate the bytes up front (comments may hold anything).
  assert.equal(decodeSource(enc('# coding: utf-8\n# \xe9\nprint(1)\n'), 'a.py'), '# coding: utf-8\n# \ufffd\nprint(1)\n');
  assert.equal(decodeSource(new Uint8Array(0), 'a.py'), '');
});

test('decodeSource: errors as running a file with python3 reports them', () => {
  const nonUtf8 = (b, line) => `Non-UTF-8 code starting with '\\x${b}' in file /tmp/enc/a.py on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`;
  assert.equal(decodeErr(enc('x = "\xe9"\n')), nonUtf8('e9', 1));
  assert.equal(decodeErr(enc('x = 1\ny = 2\nz = "\xe9"\n')), nonUtf8('e9', 3));
  assert.equal(decodeErr(enc('x = 1\r\ny = 2\rz = "\xe9"\n')), nonUtf8('e9', 3));
  assert.equal(decodeErr(enc('\n\n# coding: latin-1\nx = "\xe9"\n')), nonUtf8('e9', 4));
  assert.equal(decodeErr(enc('x = 1 # coding: latin-1\nx = "\xe9"\n')), nonUtf8('e9', 2));
  assert.equal(decodeErr(enc('print(1)\n# coding: latin-1\nx="\xe9"\n')), nonUtf8('e9', 3));
  assert.equal(decodeErr(enc('# \xe9\n# coding: latin-1\nprint(3)\n')), nonUtf8('e9', 1));
  assert.equal(decodeErr(enc('x = "\xe2\x82"\n')), nonUtf8('e2', 1));
  assert.equal(decodeErr(enc('x = 1\n#\xed\xa0\x80\n')), nonUtf8('ed', 2));
  assert.equal(decodeErr(enc('x = "ab\xe9cd\xff"\n')), nonUtf8('e9', 1));
  assert.equal(decodeErr(enc('# -*- coding: foo -*-\nx = 1\n')), 'encoding problem: foo');
  assert.equal(decodeErr(enc('\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n')), 'encoding problem: iso-8859-1 with BOM');
  assert.equal(decodeErr(enc('# coding=ascii\nx = "\xc3\xa9"\n')), 'encoding problem: ascii');
  assert.equal(decodeErr(enc('# coding: utf-16\nprint(3)\n')), 'encoding problem: utf-16');
  assert.equal(decodeErr(enc('# coding: utf8\nx = "\xe9"\n')), 'encoding problem: utf8');
});

test('decodeSource { compile: true }: as compile() of bytes (recorded with ast.parse(bytes))', () => {
  const err = (s) => {
    try { decodeSource(enc(s), 'f', { compile: true }); } catch (e) { return [e.msg, e.lineno, e.offset]; }
    return null;
  };
  assert.deepEqual(err('# -*- coding: foo -*-\nx = 1\n'), ['unknown encoding: foo', 0, -1]);
  assert.deepEqual(err('\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n'), ['encoding problem: iso-8859-1 with BOM', 0, -1]);
  assert.deepEqual(err('# coding=ascii\nx = "\xc3\xa9"\n'), ["'ascii' codec can't decode byte 0xc3 in position 20: ordinal not in range(128)", 0, -1]);
  assert.deepEqual(err('# coding: utf8\nx = "\xe9"\n'), ["'utf-8' codec can't decode byte 0xe9 in position 20: invalid continuation byte", 0, -1]);
  assert.deepEqual(err('# coding: utf8\nx = "\x80"\n'), ["'utf-8' codec can't decode byte 0x80 in position 20: invalid start byte", 0, -1]);
  assert.deepEqual(err('# coding: utf8\nx = "\xe2\x82'), ["'utf-8' codec can't decode bytes in position 20-21: invalid continuation byte", 0, -1]);
  assert.deepEqual(err('# coding: utf8\nx = "\xed\xa0\x80"\n'), ["'utf-8' codec can't decode byte 0xed in position 20: invalid continuation byte", 0, -1]);
  assert.deepEqual(err('# coding: shift_jis\nx = "\x81"\n'), ["'shift_jis' codec can't decode byte 0x81 in position 25: illegal multibyte sequence", 0, -1]);
  // compile() decodes line 1 with the cookie of line 2, and leaves bad UTF-8 to the string-literal decoder.
  assert.equal(decodeSource(enc('# \xe9\n# coding: latin-1\nx = "\xe9"\n'), 'f', { compile: true }), '# é\n# coding: latin-1\nx = "é"\n');
  assert.equal(err('x = "\xe9"\n'), null);
});
