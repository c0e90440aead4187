// String literals and f-strings (src/parser/strings.ts) against CPython 3.11.
// tests/strings.expected.json is recorded by scripts/record_strings.py.
//
// Two checks per case:
// - direct: concatenateStrings() on the recorded STRING tokens with a fake host whose
//   parseFStringExpr understands only names, numbers, string atoms and parentheses (and
//   applies CPython 3.11's position rule); cases whose fields need more are left to:
// - end to end: parse() of the whole source, compared with CPython's module dump (or
//   SyntaxError), once src/parser/parser.ts is a real parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Token } from '../dist/lib/parser/tokens.js';
import { concatenateStrings, lookupUnicodeName } from '../dist/lib/parser/strings.js';
import { dump } from '../dist/lib/parser/dump.js';
import * as A from '../dist/lib/parser/ast.js';
import { byteColToOffset, PySyntaxError } from '../dist/lib/parser/errors.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASES = JSON.parse(readFileSync(join(ROOT, 'tests', 'strings.expected.json'), 'utf8'));
const STRING = 3;

class Unsupported extends Error {}
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
class Raised extends Error {
  constructor(fields) {
    super(fields[0]);
    this.fields = fields;
  }
}

function utf8len(s) {
  return Buffer.byteLength(s, 'utf8');
}

/** A host standing in for the parser: errors become Raised with CPython's SyntaxError fields. */
class FakeHost {
  constructor(c) {
    this.c = c;
    this.filename = '<test>';
    this.warnings = [];
  }
  off(line, col) {
    return byteColToOffset(this.c.lines[line - 1], col);
  }
  syntaxError(msg) {
    const n = this.c.next;
    throw new Raised([msg, n[0], this.off(n[0], n[1]), n[2], this.off(n[2], n[3])]);
  }
  syntaxErrorAt(msg, l, c, el, ec) {
    throw new Raised([msg, l, this.off(l, c), el, this.off(el, ec)]);
  }
  warn(msg, tok) {
    this.warnings.push([msg, tok.lineno]);
  }
  parseFStringExpr(text, startLineno, startCol) {
    return miniParse(this, text, startLineno, startCol);
  }
}

/**
 * Parse "(" + text + ")" when it is a parenthesized name, number or run of string literals,
 * giving tokens CPython 3.11's positions: file lines from startLineno, and columns shifted by
 * startCol when the token ends on the first line of the sub-source.
 */
function miniParse(host, text, startLineno, startCol) {
  const src = '(' + text + ')';
  const toks = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = (idx, ls) => utf8len(src.slice(ls, idx));
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      i++;
      continue;
    }
    const sLine = line;
    const sLs = lineStart;
    const s = i;
    let type;
    const m = /^[rRbBuUfF]{0,2}(['"])/.exec(src.slice(i));
    if (m) {
      const q = m[1];
      i += m[0].length;
      const triple = src.startsWith(q + q, i);
      if (triple) i += 2;
      const close = triple ? q + q + q : q;
      const e = src.indexOf(close, i);
      if (e < 0) throw new Unsupported('unterminated');
      for (let k = i; k < e; k++) {
        if (src[k] === '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      i = e + close.length;
      type = STRING;
    } else if (/[A-Za-z_]/.test(ch)) {
      while (i < src.length && /\w/.test(src[i])) i++;
      type = 'NAME';
    } else if (/[0-9]/.test(ch)) {
      while (i < src.length && /[0-9]/.test(src[i])) i++;
      type = 'NUMBER';
    } else if (ch === '(' || ch === ')') {
      i++;
      type = ch;
    } else {
      throw new Unsupported(ch);
    }
    const shift = line === 1 ? startCol : 0;
    toks.push({
      type,
      text: src.slice(s, i),
      tok: new Token(type === STRING ? STRING : 1, src.slice(s, i), startLineno + sLine - 1, col(s, sLs) + shift,
        startLineno + line - 1, col(i, lineStart) + shift),
    });
  }
  let p = 0;
  const atom = () => {
    const t = toks[p];
    if (!t) throw new Unsupported('eof');
    if (t.type === '(') {
      p++;
      const e = atom();
      if (toks[p]?.type !== ')') throw new Unsupported('group');
      p++;
      return e;
    }
    if (t.type === 'NAME') {
      if (KEYWORDS.has(t.text)) throw new Unsupported(t.text);
      p++;
      const k = t.tok;
      return new A.Name(t.text, A.Load_, k.lineno, k.col, k.endLineno, k.endCol);
    }
    if (t.type === 'NUMBER') {
      p++;
      const k = t.tok;
      return new A.Constant(BigInt(t.text), null, k.lineno, k.col, k.endLineno, k.endCol);
    }
    if (t.type === STRING) {
      const run = [];
      while (toks[p]?.type === STRING) run.push(toks[p++].tok);
      return concatenateStrings(host, run);
    }
    throw new Unsupported(t.type);
  };
  const e = atom();
  if (p !== toks.length) throw new Unsupported('trailing');
  return e;
}

let parse = null;
let hostHasSyntaxError = false;
try {
  const mod = await import('../dist/lib/parser/parser.js');
  parse = mod.parse;
  hostHasSyntaxError = typeof mod.Parser?.prototype?.syntaxError === 'function';
  parse('x = 1\n', '<probe>');
} catch {
  parse = null; // the parser has not landed yet
}

test('cases recorded', () => {
  assert.ok(CASES.length >= 150, `${CASES.length} cases`);
});

/** Sources whose end-to-end result is known to differ, with the reason. */
const E2E_KNOWN = new Map([
  ["x=1\n\ny=2;f'{a b}'", 'error in an f-string field on a line > 1: column of the sub-parser error'],
  ["x=1;f'''\n{a b}'''", 'error in an f-string field on a line > 1: column of the sub-parser error'],
]);

let direct = 0;
let e2e = 0;
for (const c of CASES) {
  const name = JSON.stringify(c.src).slice(0, 70);
  test(`direct: ${name}`, (t) => {
    const host = new FakeHost(c);
    const tokens = c.tokens.map(([s, l, col, el, ec]) => new Token(STRING, s, l, col, el, ec));
    let got;
    try {
      got = { node: dump(concatenateStrings(host, tokens)) };
    } catch (e) {
      if (e instanceof Unsupported) return t.skip('a field the fake host cannot parse (end to end only)');
      if (!(e instanceof Raised)) throw e;
      got = { error: e.fields };
    }
    direct++;
    if (c.error) assert.deepEqual(got, { error: c.error });
    else {
      assert.deepEqual(got, { node: c.node });
      assert.deepEqual(host.warnings, c.warnings);
    }
  });
  // Known gaps of the parser side, reported to its owner; they run as todo until fixed.
  const todo = !parse ? false
    : c.error && !hostHasSyntaxError ? 'Parser lacks StringHost.syntaxError (RAISE_SYNTAX_ERROR location)'
    : E2E_KNOWN.get(c.src) ?? false;
  test(`e2e: ${name}`, { skip: parse ? false : 'the parser has not landed', todo }, () => {
    e2e++;
    let out;
    try {
      out = { module: dump(parse(c.src, '<test>')) };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      out = { error: [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset] };
    }
    assert.deepEqual(out, c.error ? { error: c.error } : { module: c.module });
  });
}

test('\\N{} names: every Unicode 14 name and alias round-trips', () => {
  assert.equal(lookupUnicodeName('LATIN SMALL LETTER A'), 0x61);
  assert.equal(lookupUnicodeName('latin small letter a'), 0x61);
  assert.equal(lookupUnicodeName('SPACE'), 0x20);
  assert.equal(lookupUnicodeName('NULL'), 0);
  assert.equal(lookupUnicodeName('LINE FEED'), 10);
  assert.equal(lookupUnicodeName('BYTE ORDER MARK'), 0xfeff);
  assert.equal(lookupUnicodeName('HANGUL SYLLABLE GAG'), 0xac01);
  assert.equal(lookupUnicodeName('HANGUL SYLLABLE HIH'), 0xd7a3);
  assert.equal(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-3134A'), 0x3134a);
  assert.equal(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-3134B'), -1);
  assert.equal(lookupUnicodeName('TAMIL SYLLABLE KSSI'), -1); // a named sequence
  assert.equal(lookupUnicodeName(''), -1);
});

test('summary', () => {
  console.log(`strings: ${CASES.length} cases, ${direct} checked directly, ${e2e} end to end`);
});
