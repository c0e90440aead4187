#!/usr/bin/env node
// Property-based differential testing: a seeded generator writes batches of small Python
// expressions in four families (int, float, format, sort); each batch is one Python file printing
// one line per case (the repr of the value, or "!TypeName: message" for an exception). The batch
// runs under CPython 3.11 and under Typhon (bin/typhon) and the lines are compared one by one;
// mismatches are reported with the case text.
//
// Usage: node scripts/property-check.mjs [--seed N] [--cases N] [--family int,float,format,sort]
//          [--batch N] [--show N] [--groups N] [--json] [--ci [--update-baseline]]
//   --cases is the total over the chosen families (default 100000, split evenly).
//   --ci runs the fixed sample of tests/property.test.mjs and compares with the checked-in
//   baseline (tests/property-baseline.json); --update-baseline rewrites it.
// A Typhon batch that dies before its end is resumed after the case that killed it, so one crash
// costs one case, not the batch. Needs npm run build.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPHON = join(ROOT, 'bin', 'typhon');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
export const FAMILIES = ['int', 'float', 'format', 'sort'];
export const BASELINE = join(ROOT, 'tests', 'property-baseline.json');
/** The CI sample: fixed seed and size, so that the baseline counts mean something. */
export const CI_SAMPLE = { seed: 20261125, casesPerFamily: 800 };

// ---------------------------------------------------------------------------
// Seeded random numbers (mulberry32: small, fast, good enough for test generation)

export class Rng {
  constructor(seed) {
    this.s = seed >>> 0;
  }
  u32() {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  next() {
    return this.u32() / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(a) {
    return a[this.int(a.length)];
  }
  bits(n) {
    let v = 0n;
    for (let i = 0; i < n; i += 32) v = (v << 32n) | BigInt(this.u32());
    return v & ((1n << BigInt(n)) - 1n);
  }
}

// ---------------------------------------------------------------------------
// Python source text of values

const pyStr = (s) => JSON.stringify(s); // JSON's escapes are all valid in Python str literals
const paren = (s) => (s.startsWith('-') ? `(${s})` : s);

function pyFloat(x) {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  if (Object.is(x, -0)) return '(-0.0)';
  let s = String(x);
  if (/^-?\d+$/.test(s)) s += '.0';
  return paren(s);
}

function randInt(r) {
  const k = r.int(100);
  let v;
  if (k < 35) v = BigInt(r.range(-20, 20));
  else if (k < 50) v = BigInt(r.pick([0, 1, -1, 2, 255, 256, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 10 ** 9, 2 ** 53, 2 ** 53 + 2]));
  else if (k < 65) v = r.bits(r.range(1, 32));
  else if (k < 80) v = r.pick([1n << 63n, (1n << 63n) - 1n, 1n << 64n, (1n << 64n) - 1n, 10n ** 18n, 10n ** 19n, 1n << 30n, 1n << 60n]) + BigInt(r.range(-2, 2));
  else if (k < 95) v = r.bits(r.range(33, 200));
  else v = r.bits(r.range(200, 1500));
  if (r.chance(0.4)) v = -v;
  return v;
}
const intLit = (v) => paren(v.toString());

function randDouble(r) {
  const k = r.int(100);
  if (k < 20) {
    // Any bit pattern: NaNs, infinities, subnormals and normals alike.
    const b = new DataView(new ArrayBuffer(8));
    b.setUint32(0, r.u32());
    b.setUint32(4, r.u32());
    return b.getFloat64(0);
  }
  if (k < 30) {
    // Subnormals and the smallest normals.
    const b = new DataView(new ArrayBuffer(8));
    b.setUint32(0, (r.u32() & 0x000fffff) | (r.chance(0.2) ? 0x00100000 : 0) | (r.chance(0.5) ? 0x80000000 : 0));
    b.setUint32(4, r.u32());
    return b.getFloat64(0);
  }
  if (k < 38) return r.pick([0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1e16, 1e22, 1e23, 9007199254740993, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, Infinity, -Infinity, NaN, 0.3, 2.675, 1e-7, 1e-5, 123456789012345680000]);
  if (k < 60) return (r.chance(0.5) ? -1 : 1) * r.range(0, 10 ** r.range(1, 9)) / 10 ** r.range(0, 8);
  if (k < 70) return (r.range(-2000, 2000) + 0.5) / 10 ** r.range(0, 4); // ties for round()
  if (k < 80) return r.range(-(2 ** 31), 2 ** 31);
  return (r.next() - 0.5) * 10 ** r.range(-30, 30);
}

function randDecimalString(r) {
  const k = r.int(100);
  if (k < 10) return r.pick(['inf', '-inf', 'Infinity', '+INF', 'nan', '-NaN', 'nAn', 'infinity ', ' 1.5 ', '\t-0\n', '1_000.5', '1__0', '_1', '1_', '.', 'e5', '1e', '1e+', '0x1p3', '1.5j', '', ' ', '١٢٣.٥', '１.５', '1e500', '-1e500', '1e-400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '0.' + '0'.repeat(330) + '1', '9'.repeat(400)]);
  let s = r.pick(['', '', '', '-', '+']);
  const nd = r.range(0, r.chance(0.2) ? 40 : 17);
  for (let i = 0; i < nd; i++) s += String(r.int(10)) + (r.chance(0.03) ? '_' : '');
  if (r.chance(0.6)) {
    s += '.';
    const nf = r.range(0, 20);
    for (let i = 0; i < nf; i++) s += String(r.int(10));
  }
  if (r.chance(0.4)) s += r.pick(['e', 'E']) + r.pick(['', '-', '+']) + String(r.range(0, r.chance(0.3) ? 400 : 30));
  if (r.chance(0.05)) s = ' ' + s + '  ';
  if (r.chance(0.03)) s += r.pick(['x', '.', 'e', ' 1']);
  return s;
}

// ---------------------------------------------------------------------------
// The four families: each returns the text of one Python expression

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function randIntString(r) {
  const base = r.pick([0, 0, 2, 8, 10, 10, 16, 16, 36, r.range(2, 36), r.pick([1, 37, -1])]);
  const b = base <= 1 || base > 36 ? 10 : base;
  let s = r.pick(['', '', '', '-', '+', ' ', ' -']);
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    if (r.chance(base === 0 ? 0.7 : 0.3)) s += r.pick(base === 16 ? ['0x', '0X'] : base === 8 ? ['0o'] : base === 2 ? ['0b'] : ['0x', '0o', '0b', '0X', '0B']);
  }
  const pre = s.match(/0[xXoObB]$/);
  const bb = pre ? { x: 16, X: 16, o: 8, O: 8, b: 2, B: 2 }[pre[0][1]] : b;
  const n = r.range(0, r.chance(0.1) ? 80 : 12);
  for (let i = 0; i < n; i++) {
    let c = DIGITS[r.int(r.chance(0.95) ? bb : 36)];
    if (r.chance(0.2)) c = c.toUpperCase();
    s += c;
    if (r.chance(0.04)) s += '_';
  }
  if (r.chance(0.05)) s = s.replace(/^([-+ ]*)/, '$1_');
  if (r.chance(0.05)) s += r.pick([' ', '\n', '_', 'L', '.0', '\u00a0']);
  if (r.chance(0.03)) s = r.pick(['٣', '१२', '０x１', '12\u0663']);
  return base === 10 && r.chance(0.3) ? `int(${pyStr(s)})` : `int(${pyStr(s)}, ${base})`;
}

function genInt(r) {
  const a = randInt(r), b = randInt(r);
  const A = intLit(a), B = intLit(b);
  const small = () => BigInt(r.range(-3, 20));
  switch (r.int(28)) {
    case 0: return `${A} + ${B}`;
    case 1: return `${A} - ${B}`;
    case 2: return `${A} * ${B}`;
    case 3: return `${A} // ${B}`;
    case 4: return `${A} % ${B}`;
    case 5: return `divmod(${A}, ${B})`;
    case 6: {
      const e = a > 1n << 200n || -a > 1n << 200n ? BigInt(r.range(-2, 4)) : small();
      return `${A} ** ${intLit(e)}`;
    }
    case 7: return `pow(${A}, ${r.chance(0.7) ? B : intLit(BigInt(r.range(-5, 5)))}, ${intLit(r.chance(0.8) ? randInt(r) : BigInt(r.range(-3, 3)))})`;
    case 8: return `${A} ${r.pick(['&', '|', '^'])} ${B}`;
    case 9: return `~${A}`;
    case 10: return `${A} ${r.pick(['<<', '>>'])} ${intLit(BigInt(r.chance(0.1) ? r.range(-3, -1) : r.range(0, r.chance(0.2) ? 1000 : 70)))}`;
    case 11: case 12: return randIntString(r);
    case 13: return `str(${A})`;
    case 14: return `${r.pick(['hex', 'oct', 'bin'])}(${A})`;
    case 15: {
      const n = r.range(0, 20);
      const order = r.pick(['"big"', '"little"', '"middle"']);
      return r.chance(0.5) ? `(${A}).to_bytes(${n}, ${order}, signed=${r.pick(['True', 'False'])})` : `(${A}).to_bytes(${n}, ${order})`;
    }
    case 16: {
      const n = r.range(0, 12);
      const bytes = Array.from({ length: n }, () => r.pick([0, 255, 128, 127, r.int(256)]));
      return `int.from_bytes(bytes(${JSON.stringify(bytes)}), ${r.pick(['"big"', '"little"'])}${r.chance(0.5) ? `, signed=${r.pick(['True', 'False'])}` : ''})`;
    }
    case 17: return `(${A}).bit_length(), abs(${A}), -${A}, +${A}`;
    case 18: return `${A} ${r.pick(['<', '<=', '==', '!=', '>', '>='])} ${r.chance(0.3) ? pyFloat(randDouble(r)) : B}`;
    case 19: return `int(${pyFloat(randDouble(r))})`;
    case 20: return `round(${A}, ${r.range(-25, 3)})`;
    case 21: return `${A} / ${B}`;
    // The same operators at run time (literal operands are folded by the compiler).
    case 22: case 23: {
      const op = r.pick(['+', '-', '*', '//', '%', '/', '**', '&', '|', '^', '<<', '>>', '<', '==', '>=']);
      let rhs = B;
      if (op === '**') rhs = intLit(r.chance(0.3) ? BigInt(r.range(-4, -1)) : small());
      else if (op === '<<' || op === '>>') rhs = intLit(BigInt(r.range(-1, 200)));
      return `(lambda a, b: a ${op} b)(${A}, ${rhs})`;
    }
    case 24: return `(${A}).bit_count(), (${A}).as_integer_ratio(), (${A}).__round__(${r.range(-30, 2)}), (${A}).conjugate(), (${A}).numerator, (${A}).denominator`;
    case 25: {
      // int <-> str conversion limits (4300 digits), in both directions and for power-of-two bases
      const nd = r.pick([4299, 4300, 4301, 5000, r.range(1, 6000)]);
      const d = String(r.range(1, 9));
      return r.pick([`len(str(10 ** ${nd - 1}))`, `len(repr(-(10 ** ${nd - 1})))`, `int("${d}" * ${nd}) % 1000`, `int("${d}" * ${nd}, 16) % 1000`, `int("-" + "${d}" * ${nd}, 7) % 1000`, `int("1_" * ${nd} + "1") % 1000`, `len(hex(10 ** ${nd}))`]);
    }
    case 26: {
      // Unicode digits and whitespace in int()
      const digits = ['٣', '१२', '０x１', '12\u0663', '\u0e51\u0e52', '\U0001d7ce\U0001d7cf', '\u00b2', '\u2155', '\u0660\u0661_\u0662'];
      const ws = ['', ' ', '\u2003', '\u00a0', '\u3000', '\ufeff', '\t\n'];
      const text = pyStr(r.pick(ws) + r.pick(['', '-', '+']) + r.pick(digits) + r.pick(ws));
      return `int(${text}${r.chance(0.4) ? ', ' + r.pick([0, 10, 16, 36]) : ''})`;
    }
    default: {
      // to_bytes/from_bytes argument handling
      const len = r.pick(['0', '1', '-1', '8', '1.5', 'None', String(r.range(0, 40))]);
      const order = r.pick(['"big"', '"little"', '"middle"', '5', 'None']);
      return r.pick([`(${A}).to_bytes(${len}, ${order}, signed=${r.pick(['True', 'False', '1'])})`, `(${A}).to_bytes(length=${len}, byteorder=${order})`, `(${A}).to_bytes()`,
        `int.from_bytes((${A}).to_bytes(${r.range(0, 200)}, "little", signed=True), "little", signed=True)`, `int.from_bytes(${r.pick(['"ab"', '[1, 2, 300]', '[1, -1]', 'bytearray(b"xyz")', '(i for i in range(5))', '5', '[]'])}, ${order})`]);
    }
  }
}

function genFloat(r) {
  const x = randDouble(r), y = randDouble(r);
  const X = pyFloat(x), Y = pyFloat(y);
  switch (r.int(24)) {
    case 0: case 1: case 2: return X;
    case 3: return `str(${X})`;
    case 4: case 5: case 6: return `float(${pyStr(randDecimalString(r))})`;
    case 7: case 8: {
      const nd = r.chance(0.8) ? r.range(-3, 17) : r.pick([-400, -309, -308, 300, 308, 323, 324, 400, r.range(-30, 30)]);
      return `round(${X}, ${nd})`;
    }
    case 9: return `round(${X})`;
    case 10: return `${X} ${r.pick(['+', '-', '*', '/', '//', '%'])} ${Y}`;
    case 11: return `divmod(${X}, ${Y})`;
    case 12: return `${X} ** ${r.chance(0.5) ? Y : pyFloat(r.range(-4, 4) / r.pick([1, 2, 3]))}`;
    case 13: return `${intLit(randInt(r))} / ${intLit(randInt(r))}`;
    case 14: return `float(${intLit(randInt(r))})`;
    case 15: return `(${X}).is_integer(), (${X}).as_integer_ratio()`;
    // The same operators at run time (literal operands are folded by the compiler).
    case 16: case 17: {
      const op = r.pick(['+', '-', '*', '/', '//', '%', '**', '**', '<', '==']);
      return `(lambda a, b: a ${op} b)(${X}, ${op === '**' && r.chance(0.5) ? pyFloat(r.range(-4, 4) / r.pick([1, 2, 3])) : Y})`;
    }
    case 18: return `(${X}).hex(), float.fromhex((${X}).hex())`;
    case 19: {
      // float.fromhex on generated strings
      const hexd = '0123456789abcdefABCDEF';
      let t = r.pick(['', '', '-', '+', ' ']) + r.pick(['0x', '0X', '', '0x']);
      const n = r.range(0, r.chance(0.1) ? 40 : 15);
      for (let i = 0; i < n; i++) t += hexd[r.int(hexd.length)];
      if (r.chance(0.6)) {
        t += '.';
        const f = r.range(0, 16);
        for (let i = 0; i < f; i++) t += hexd[r.int(hexd.length)];
      }
      if (r.chance(0.7)) t += r.pick(['p', 'P']) + r.pick(['', '-', '+']) + String(r.range(0, r.chance(0.2) ? 1200 : 60));
      if (r.chance(0.05)) t = r.pick(['inf', '-Infinity', 'nan', '0x1p', '0x.p1', 'x1', '0x1.fffffffffffff8p1023', '0x1p-1075', '0x1.8p-1074', '0x3p-1076']);
      return `float.fromhex(${pyStr(t)})`;
    }
    case 20: return `int(${X}), (${X}).__trunc__(), (${X}).__floor__(), (${X}).__ceil__()`;
    // hash(nan) is the object's address in 3.11: only compare it with itself.
    case 21: return Number.isNaN(x) ? `(lambda v: hash(v) == hash(v))(${X})` : `hash(${X}), hash(${X}) == hash(${intLit(BigInt(Math.trunc(Number.isFinite(x) ? x : 0)))})`;
    default: {
      // round() half-even at run time with ties near the decimal point
      const nd = r.range(-3, 6);
      const v = (r.range(-100000, 100000) + 0.5) / 10 ** r.range(0, 6);
      return `(lambda x, n: round(x, n))(${pyFloat(v)}, ${nd})`;
    }
  }
}

const FILLS = ['*', ' ', '0', '-', '_', 'é', '€', '{', '}', 'x', '<'];

function randSpec(r, kind) {
  if (r.chance(0.12)) {
    // Anything at all, mostly invalid.
    const alphabet = '<>=^+- z#0123456789,_.bcdeEfFgGnosxX%!:\0é٣';
    let s = '';
    const n = r.range(1, 8);
    for (let i = 0; i < n; i++) s += alphabet[r.int(alphabet.length)];
    // A run of random digits is a width: 7 of them make a 10 MB line on both sides, so keep at most 4.
    return s.replace(/\d{5,}/g, (m) => m.slice(0, 4));
  }
  let s = '';
  if (r.chance(0.4)) {
    if (r.chance(0.5)) s += r.pick(FILLS);
    s += r.pick(['<', '>', '=', '^']);
  }
  if (r.chance(0.3)) s += r.pick(['+', '-', ' ']);
  if (r.chance(0.05)) s += 'z';
  if (r.chance(0.2)) s += '#';
  if (r.chance(0.15)) s += '0';
  if (r.chance(0.5)) s += String(r.range(0, r.chance(0.1) ? 60 : 20));
  if (r.chance(0.2)) s += r.pick([',', '_']);
  if (r.chance(0.4)) s += '.' + String(r.range(0, r.chance(0.1) ? 60 : 17));
  const types = kind === 'int' ? 'bcdoxXneEfFgG%' : kind === 'float' ? 'eEfFgGn%' : kind === 'complex' ? 'eEfFgGn' : 's';
  if (r.chance(0.75)) s += r.chance(0.9) ? types[r.int(types.length)] : r.pick(['d', 's', 'x', 'c', 'b', 'q']);
  return s;
}

function randStr(r) {
  const alphabet = ['a', 'b', 'Z', ' ', '0', 'é', 'ß', '€', '日本', '\t', '\u0301', '😀', "'", '"', '\\'];
  let s = '';
  const n = r.range(0, 8);
  for (let i = 0; i < n; i++) s += r.pick(alphabet);
  return s;
}

function randValue(r) {
  const kind = r.pick(['int', 'int', 'float', 'float', 'str', 'int', 'float', 'str', 'complex', 'other']);
  if (kind === 'int') return { kind, text: r.chance(0.1) ? r.pick(['True', 'False']) : intLit(r.chance(0.8) ? BigInt(r.range(-100000, 100000)) : randInt(r)) };
  if (kind === 'float') return { kind, text: pyFloat(r.chance(0.5) ? randDouble(r) : r.range(-100000, 100000) / r.pick([1, 3, 7, 1000, 1e6])) };
  if (kind === 'complex') {
    const part = () => (r.chance(0.3) ? pyFloat(r.pick([0, -0, 1, -1, 2.5, Infinity, NaN, 1e20, 1e-7])) : r.chance(0.5) ? pyFloat(randDouble(r)) : pyFloat(r.range(-1000, 1000) / r.pick([1, 4, 7])));
    return { kind, text: `complex(${part()}, ${part()})` };
  }
  if (kind === 'other') return { kind: r.pick(['none', 'none', 'intsub', 'strsub', 'floatsub']), text: '' , pending: true };
  return { kind, text: pyStr(randStr(r)) };
}

// Values whose type is not a builtin number or str: None, and subclasses (their own type name
// in messages, str() for an empty spec).
function otherValue(r, v) {
  switch (v.kind) {
    case 'none': return { kind: 'none', text: 'None' };
    case 'intsub': return { kind: 'int', text: `type("I", (int,), {})(${r.range(-300, 300)})` };
    case 'strsub': return { kind: 'str', text: `type("S", (str,), {})(${pyStr(randStr(r))})` };
    default: return { kind: 'float', text: `type("F", (float,), {})(${pyFloat(r.range(-3000, 3000) / 8)})` };
  }
}

/** A spec that can be written inside an f-string replacement field of a "..." literal in 3.11. */
const fstringSafe = (spec) => !/[{}"\\'\n!:\0]/.test(spec);

/** A str.format template: fields with indexes, names, attributes, items, conversions, nested specs. */
function randTemplate(r, specOf) {
  if (r.chance(0.1)) {
    // Anything at all from the characters that matter to the parser.
    const alphabet = '{}{}!:[].0a1rsx>5 ';
    let s = '';
    const n = r.range(1, 10);
    for (let i = 0; i < n; i++) s += alphabet[r.int(alphabet.length)];
    return s;
  }
  let s = '';
  const nf = r.range(1, 3);
  const auto = r.chance(0.5);
  for (let i = 0; i < nf; i++) {
    if (r.chance(0.3)) s += r.pick(['x', ' ', '{{', '}}', '-', 'é']);
    let name = auto ? '' : r.pick(['0', '0', '1', 'k', 'k', 'm', '2']);
    if (r.chance(0.05)) name = r.pick(['', '0', 'k']);
    if (r.chance(0.15)) name += r.pick(['.real', '.imag', '[0]', '[k]', '.__class__.__name__', '[', '.', '[]', '.nope', '!']);
    let f = '{' + name;
    if (r.chance(0.25)) f += '!' + r.pick(['r', 's', 'a', 'r', 's', 'a', 'x', '']);
    if (r.chance(0.6)) {
      f += ':';
      if (r.chance(0.2)) f += r.pick(['{}', '{1}', '{w}', '>{}', '{}{}', '{:{}}', '^{w}.{p}']);
      else f += specOf();
    }
    if (!r.chance(0.03)) f += '}';
    s += f;
  }
  if (r.chance(0.2)) s += r.pick(['!', '.', '}', '{', ' end']);
  return s;
}

function genTemplateCase(r) {
  const v1 = randValue(r);
  const v = v1.pending ? otherValue(r, v1) : v1;
  const t = randTemplate(r, () => randSpec(r, v.kind).replace(/[{}]/g, ''));
  const w = r.range(0, 12);
  const p = r.range(0, 6);
  // A nested automatic field ("{k:>{}}") takes the first positional argument as a width: a random
  // number there asks for strings of gigabytes, so that argument is then the small `w`.
  const first = /\{[^{}]*\{\}/.test(t) ? String(w) : v.text;
  const args = `${first}, ${r.chance(0.5) ? pyStr(r.pick(['<', '>', '^', '10', '', 'x'])) : String(r.range(0, 9))}, [1, 2]`;
  if (r.chance(0.3)) return `${pyStr(t)}.format_map({"k": ${v.text}, "w": ${w}, "p": ${p}, "m": "abc"})`;
  return `${pyStr(t)}.format(${args}, k=${v.text}, w=${w}, p=${p}, m="abc")`;
}

/** %-formatting with several conversions, '*' widths and precisions, and mappings. */
function genPercentCase(r) {
  const n = r.range(1, 3);
  let f = '';
  const args = [];
  const dict = r.chance(0.3);
  const entries = [];
  for (let i = 0; i < n; i++) {
    const v1 = randValue(r);
    const v = v1.pending ? otherValue(r, v1) : v1;
    if (r.chance(0.3)) f += r.pick(['x', ' ', '%%', 'é', '😀']);
    f += '%';
    if (dict) {
      const k = r.pick(['a', 'b', 'a)', '', '(x)']);
      f += `(${k})`;
      entries.push(`${pyStr(k)}: ${v.text}`);
    }
    for (let j = r.range(0, 2); j > 0; j--) f += r.pick(['-', '+', ' ', '#', '0']);
    if (r.chance(0.2)) {
      f += '*';
      args.push(String(r.range(-12, 12)));
    } else if (r.chance(0.4)) f += String(r.range(0, 15));
    if (r.chance(0.2)) {
      f += '.*';
      args.push(String(r.range(-3, 12)));
    } else if (r.chance(0.3)) f += '.' + String(r.range(0, 12));
    if (r.chance(0.05)) f += r.pick(['l', 'h', 'L']);
    f += r.pick('diouxXeEfFgGcrsa'.split('').concat(['d', 's', 'r', 'f', 'y', '%', '']));
    args.push(v.text);
  }
  if (dict) return `${pyStr(f)} % {${entries.join(', ')}}`;
  if (r.chance(0.05) && args.length > 1) args.pop();
  if (r.chance(0.05)) args.push('0');
  return args.length === 1 && r.chance(0.5) ? `${pyStr(f)} % ${args[0]}` : `${pyStr(f)} % (${args.join(', ')},)`;
}

function genFormat(r) {
  const k = r.int(100);
  if (k < 12) return genTemplateCase(r);
  if (k < 22) return genPercentCase(r);
  const v1 = randValue(r);
  const v = v1.pending ? otherValue(r, v1) : v1;
  const spec = v.kind === 'none' && r.chance(0.7) ? '' : randSpec(r, v.kind);
  switch (r.int(10)) {
    case 0: case 1: case 2: case 3: return `format(${v.text}, ${pyStr(spec)})`;
    // f-strings take the value through a lambda parameter: 3.11 allows no backslash or reused quote
    // inside a replacement field.
    case 4: return fstringSafe(spec) ? `(lambda v: f"{v:${spec}}")(${v.text})` : `format(${v.text}, ${pyStr(spec)})`;
    case 5: return `${pyStr('{:' + spec.replace(/[{}]/g, '') + '}')}.format(${v.text})`;
    case 6: {
      const conv = r.pick(['r', 's', 'a']);
      return r.chance(0.5) ? `(lambda v: f"{v!${conv}:>{${r.range(0, 20)}}}")(${v.text})` : `(lambda v: f"{v=}")(${v.text})`;
    }
    default: {
      // %-formatting
      let f = '%';
      const nflags = r.range(0, 2);
      for (let i = 0; i < nflags; i++) f += r.pick(['-', '+', ' ', '#', '0']);
      let args = [v.text];
      if (r.chance(0.1)) {
        f += '*';
        args = [String(r.range(-10, 20)), v.text];
      } else if (r.chance(0.5)) f += String(r.range(0, 20));
      if (r.chance(0.4)) f += '.' + String(r.range(0, 20));
      f += r.pick('diouxXeEfFgGcrsa%'.split('').concat(['d', 's', 'f', 'y']));
      const fmt = r.chance(0.2) ? `${randStr(r).replace(/%/g, '')}${f}|` : f;
      if (r.chance(0.05)) return `${pyStr(fmt)} % ()`;
      if (r.chance(0.08)) return `${pyStr('%(k)' + f.slice(1))} % {"k": ${v.text}}`;
      return args.length === 1 && r.chance(0.5) ? `${pyStr(fmt)} % ${v.text}` : `${pyStr(fmt)} % (${args.join(', ')},)`;
    }
  }
}

function randList(r) {
  const n = r.chance(0.1) ? r.range(30, 300) : r.range(0, 14);
  const kind = r.pick(['int', 'int', 'mixed', 'float', 'str', 'tuple', 'bad']);
  const spread = r.pick([3, 10, 1000, 1e9]);
  const items = [];
  for (let i = 0; i < n; i++) {
    const k = kind === 'mixed' || kind === 'bad' ? r.pick(['int', 'float', kind === 'bad' && r.chance(0.1) ? 'str' : 'int']) : kind;
    if (k === 'int') items.push(intLit(BigInt(r.range(-spread, spread))));
    else if (k === 'float') items.push(r.chance(0.03) ? r.pick(["float('nan')", "float('inf')", '(-0.0)']) : pyFloat(r.range(-spread, spread) / r.pick([1, 2, 4, 10])));
    else if (k === 'str') items.push(pyStr(r.pick(['a', 'b', 'B', 'ab', 'ba', 'abc', '', 'Z', 'é', 'ä', '10', '9', 'a' + r.int(50)])));
    else items.push(`(${r.range(0, 3)}, ${pyStr(r.pick(['x', 'y', 'z']))}${r.chance(0.3) ? `, ${r.range(0, 2)}` : ''})`);
  }
  return { kind, text: `[${items.join(', ')}]` };
}

function genSort(r) {
  const L = randList(r);
  const keys = { int: ['abs', 'str', 'lambda x: x % 3', 'lambda x: -x', 'lambda x: (x > 0, x // 4)', 'float'], mixed: ['abs', 'lambda x: x % 3', 'int', 'lambda x: -x', 'round'], float: ['abs', 'lambda x: -x', 'int', 'lambda x: x % 2', 'str'], bad: ['abs', 'str', 'type'], str: ['len', 'str.lower', 'lambda s: s[:1]', 'lambda s: s[::-1]', 'ord'], tuple: ['lambda t: t[0]', 'lambda t: t[1]', 'len', 'lambda t: t[-1]', 'sum'] }[L.kind];
  const key = r.chance(0.7) ? r.pick(keys) : r.chance(0.5) ? 'None' : null;
  const rev = r.chance(0.4) ? r.pick(['True', 'False', '1', '0']) : null;
  const kw = [key !== null ? `key=${key}` : '', rev !== null ? `reverse=${rev}` : ''].filter(Boolean).join(', ');
  switch (r.int(8)) {
    case 0: case 1: case 2: return `sorted(${L.text}${kw ? ', ' + kw : ''})`;
    case 3: case 4: case 5: return `(lambda l: (l.sort(${kw}), l)[1])(${L.text})`;
    case 6: return r.pick([`sorted(${L.text}, ${key ?? 'None'})`, `sorted(tuple(${L.text})${kw ? ', ' + kw : ''})`, (L.kind === 'int' || L.kind === 'str' ? `sorted(set(${L.text}))` : `sorted(list(${L.text}))`), `${L.text}.sort(${key ?? 'abs'})`, `sorted()`, `sorted(${L.text}, cmp=None)`, `sorted(x for x in ${L.text})`]);
    // Stability: the original positions of equal keys must stay in order.
    default: return `[i for i, _ in sorted(enumerate(${L.text}), key=lambda p: ${key && key !== 'None' ? `(${key})(p[1])` : 'p[1]'}${rev !== null ? `, reverse=${rev}` : ''})]`;
  }
}

const GENERATORS = { int: genInt, float: genFloat, format: genFormat, sort: genSort };

/** The cases of one family: deterministic in (seed, family, count). */
export function generateCases(seed, family, count) {
  // Each family has its own stream, so that --family picks the same cases as a full run.
  const r = new Rng((seed * 31 + FAMILIES.indexOf(family) * 7919 + 1) >>> 0);
  const gen = GENERATORS[family];
  const out = [];
  for (let i = 0; i < count; i++) out.push(gen(r));
  return out;
}

// ---------------------------------------------------------------------------
// Running a batch

const HARNESS = `def _r(f):
    try:
        v = repr(f())
    except Exception as e:
        v = '!' + type(e).__name__ + ': ' + str(e)
    return v.replace('\\n', '\\\\n')
`;

function batchSource(cases) {
  const lines = [HARNESS];
  for (const c of cases) lines.push(`print(_r(lambda: (${c})))`);
  return lines.join('\n') + '\n';
}

export function programEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONHASHSEED = '0';
  env.PYTHONDONTWRITEBYTECODE = '1';
  env.PYTHONIOENCODING = 'utf-8';
  delete env.NODE_TEST_CONTEXT;
  return env;
}

function runProcess(cmd, args, timeoutMs) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { env: programEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [], err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    // A runaway case (a huge width, a giant repeat) must not take the harness down with it.
    let size = 0;
    p.stdout.on('data', (d) => {
      size += d.length;
      if (size > MAX_OUTPUT) {
        if (size - d.length <= MAX_OUTPUT) {
          process.stderr.write(`${cmd}: output over ${MAX_OUTPUT} bytes, killed\n`);
          p.kill('SIGKILL');
        }
        return;
      }
      out.push(d);
    });
    p.stderr.on('data', (d) => err.push(d));
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, signal, timedOut });
    });
  });
}

/** Bytes of stdout kept from one batch run. */
const MAX_OUTPUT = 64 * 1024 * 1024;

const splitLines = (s) => {
  const a = s.split('\n');
  if (a[a.length - 1] === '') a.pop();
  return a;
};

/**
 * Run cases under both interpreters; returns per case {expected, got} (got null when Typhon
 * never printed its line; `why` then says what happened).
 */
async function runCases(cases, dir, tag, timeoutMs) {
  const file = join(dir, `${tag}.py`);
  writeFileSync(file, batchSource(cases));
  const cp = await runProcess(CPYTHON, [file], timeoutMs);
  const expected = splitLines(cp.stdout);
  if (expected.length !== cases.length) throw new Error(`CPython printed ${expected.length} lines for ${cases.length} cases (${tag}): ${cp.stderr.slice(-500)}`);
  const results = [];
  let start = 0, restarts = 0;
  while (start < cases.length) {
    const part = cases.slice(start);
    const pfile = start === 0 ? file : join(dir, `${tag}-${start}.py`);
    if (start !== 0) writeFileSync(pfile, batchSource(part));
    const tp = await runProcess(process.execPath, [TYPHON, pfile], timeoutMs);
    const got = splitLines(tp.stdout);
    const n = Math.min(got.length, part.length);
    for (let i = 0; i < n; i++) results.push({ expected: expected[start + i], got: got[i] });
    if (got.length >= part.length) break;
    // Typhon stopped early: the case after its last line killed it (or the file did not compile).
    const errLines = splitLines(tp.stderr.trim());
    const why = tp.timedOut ? `timed out (${timeoutMs} ms)` : `exit ${tp.code ?? tp.signal}: ${(errLines[errLines.length - 1] ?? '').slice(0, 200)}`;
    results.push({ expected: expected[start + n], got: null, why });
    start += n + 1;
    if (++restarts > 25) {
      for (let i = start; i < cases.length; i++) results.push({ expected: expected[i], got: null, why: 'not run: too many crashes in this batch' });
      break;
    }
  }
  return results;
}

/**
 * The whole check: returns { perFamily: {family: {cases, mismatches}}, mismatches: [{family, case, expected, got}] }.
 */
export async function propertyCheck({ seed = 1, casesPerFamily = 25000, families = FAMILIES, batch = 2000, timeoutMs = 120_000, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'typhon-prop-'));
  const perFamily = {};
  const mismatches = [];
  try {
    for (const family of families) {
      const cases = generateCases(seed, family, casesPerFamily);
      perFamily[family] = { cases: cases.length, mismatches: 0 };
      // Two batches at a time: the machine has two cores, and each batch runs its two interpreters in turn.
      const chunks = [];
      for (let i = 0; i < cases.length; i += batch) chunks.push([i, cases.slice(i, i + batch)]);
      const done = [];
      for (let c = 0; c < chunks.length; c += 2) {
        const pair = chunks.slice(c, c + 2);
        done.push(...(await Promise.all(pair.map(([off, cs]) => runCases(cs, dir, `${family}-${off}`, timeoutMs).then((res) => [off, cs, res])))));
      }
      for (const [, cs, res] of done) {
        res.forEach((x, i) => {
          if (x.got === x.expected) return;
          perFamily[family].mismatches++;
          mismatches.push({ family, case: cs[i], expected: x.expected, got: x.got ?? `<no output: ${x.why}>` });
        });
      }
      log(`${family}: ${perFamily[family].mismatches} mismatches in ${cases.length} cases`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { perFamily, mismatches };
}

export function readBaseline(file = BASELINE) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

export function writeBaseline(perFamily, file = BASELINE) {
  // Families not run this time keep their recorded counts (each family has its own owner).
  const counts = { ...(readBaseline(file)?.mismatches ?? {}) };
  for (const f of FAMILIES) if (perFamily[f]) counts[f] = perFamily[f].mismatches;
  const data = { seed: CI_SAMPLE.seed, casesPerFamily: CI_SAMPLE.casesPerFamily, mismatches: counts };
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}

// ---------------------------------------------------------------------------
// Command line

async function main(argv) {
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const ci = argv.includes('--ci');
  const seed = Number(opt('--seed', ci ? CI_SAMPLE.seed : 1));
  const families = opt('--family', FAMILIES.join(',')).split(',').filter(Boolean);
  for (const f of families) if (!FAMILIES.includes(f)) throw new Error(`unknown family ${f} (known: ${FAMILIES.join(', ')})`);
  const total = Number(opt('--cases', ci ? CI_SAMPLE.casesPerFamily * families.length : 100000));
  const casesPerFamily = Math.ceil(total / families.length);
  const show = Number(opt('--show', 20));
  const t0 = Date.now();
  const res = await propertyCheck({ seed, casesPerFamily, families, batch: Number(opt('--batch', 2000)), log: (s) => console.error(s) });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(res, null, 1));
  } else {
    // Mismatches, a few per family, each with its case text.
    for (const f of families) {
      const ms = res.mismatches.filter((m) => m.family === f).slice(0, show);
      if (ms.length) console.log(`--- ${f}: first ${ms.length} mismatch(es)`);
      for (const m of ms) console.log(`  case:     ${m.case}\n  CPython:  ${m.expected.slice(0, 300)}\n  Typhon:   ${m.got.slice(0, 300)}`);
    }
    // Groups: the shape of the case (literals blanked) and the kinds of the two outcomes, most
    // frequent first, so that one bug shows as one line.
    const groups = new Map();
    for (const m of res.mismatches) {
      const shape = m.case.replace(/"(?:[^"\\]|\\.)*"/g, 'S').replace(/float\('[^']*'\)/g, 'F').replace(/\(?-?[\d.]+(e[-+]?\d+)?\)?/g, 'N').replace(/\[[^\]]*\]/g, 'L').slice(0, 60);
      const kind = (x) => (x.startsWith('!') ? x.slice(1).split(':')[0] : x.startsWith('<no output') ? 'crash' : 'value');
      const key = `${m.family}  ${shape}  CPython ${kind(m.expected)} / Typhon ${kind(m.got)}`;
      const g = groups.get(key);
      if (g) g.n++;
      else groups.set(key, { n: 1, ex: m });
    }
    const top = [...groups].sort((a, b) => b[1].n - a[1].n).slice(0, Number(opt('--groups', 40)));
    if (top.length) console.log(`\n--- ${groups.size} mismatch groups; the ${top.length} largest:`);
    for (const [key, g] of top) console.log(`${String(g.n).padStart(6)}  ${key}\n          e.g. ${g.ex.case.slice(0, 120)}  ->  ${g.ex.expected.slice(0, 60)}  vs  ${g.ex.got.slice(0, 60)}`);
    let n = 0, bad = 0;
    console.log(`\nseed ${seed}, ${secs} s`);
    for (const f of families) {
      const p = res.perFamily[f];
      n += p.cases;
      bad += p.mismatches;
      console.log(`  ${f.padEnd(8)} ${String(p.mismatches).padStart(7)} mismatches / ${p.cases} cases (${((100 * (p.cases - p.mismatches)) / p.cases).toFixed(2)}% agree)`);
    }
    console.log(`  ${'total'.padEnd(8)} ${String(bad).padStart(7)} mismatches / ${n} cases`);
  }
  if (ci) {
    if (argv.includes('--update-baseline')) {
      writeBaseline(res.perFamily);
      console.log(`baseline written: ${BASELINE}`);
    } else {
      const base = readBaseline();
      let worse = false;
      for (const f of families) {
        const b = base?.mismatches?.[f];
        if (b !== undefined && res.perFamily[f].mismatches > b) {
          worse = true;
          console.log(`${f}: ${res.perFamily[f].mismatches} mismatches, baseline ${b}: WORSE`);
        }
      }
      process.exitCode = worse ? 1 : 0;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
