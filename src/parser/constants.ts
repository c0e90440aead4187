// How the parser represents the values of Constant nodes before any VM exists:
// int is a JS bigint, float a JS number, so `1` and `1.0` stay distinct.
import { unassignedIn14 } from '../unicode/unicode14.js';

export class PyBytes {
  constructor(public readonly bytes: Uint8Array) {}
}

export class PyComplex {
  constructor(public readonly real: number, public readonly imag: number) {}
}

export class PyEllipsis {
  private constructor() {}
  static readonly instance = new PyEllipsis();
}
export const Ellipsis = PyEllipsis.instance;

/**
 * A str constant that a JS string cannot hold: its code points include a high surrogate directly followed
 * by a low one (written as escapes, '\ud83d\ude00'), which a JS string would read as one astral character.
 * Made only then (by `makeStr`): every other str is a JS string, so a PyCodePointStr never equals a JS string,
 * and two are equal when their code points are.
 */
export class PyCodePointStr {
  constructor(public readonly cps: readonly number[]) {}
  /** The JS string of these code points: the pairs merge (lossy; for the VM and messages). */
  toJS(): string {
    let s = '';
    for (const c of this.cps) s += String.fromCodePoint(c);
    return s;
  }
}

/** A str constant: a JS string, or the code points when a JS string would merge a surrogate pair. */
export type StrConst = string | PyCodePointStr;

/** The str made of these code points: a JS string unless a high surrogate directly precedes a low one. */
export function makeStr(cps: readonly number[]): StrConst {
  for (let i = 1; i < cps.length; i++) {
    if (cps[i] >= 0xdc00 && cps[i] <= 0xdfff && cps[i - 1] >= 0xd800 && cps[i - 1] <= 0xdbff) return new PyCodePointStr(cps.slice());
  }
  let s = '';
  for (const c of cps) s += String.fromCodePoint(c);
  return s;
}

/** The code points of a str constant. */
export function strCodePoints(v: StrConst): number[] {
  if (typeof v !== 'string') return v.cps.slice();
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

export function isStrConst(v: unknown): v is StrConst {
  return typeof v === 'string' || v instanceof PyCodePointStr;
}

export type Constant_ = null | boolean | bigint | number | string | PyCodePointStr | PyBytes | PyComplex | PyEllipsis;

/** repr() of a float as CPython prints it (shortest round-trip digits, 'r' mode). */
export function floatRepr(x: number, addDotZero = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  // Where repr has no exponent (1e-4 <= |x| < 1e16), JS's shortest round-trip digits are already in
  // positional form (JS switches to exponents only below 1e-7 and from 1e21).
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return addDotZero && Number.isInteger(x) ? s + '.0' : s;
  }
  // toExponential() with no argument gives the shortest digits that round-trip.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  const exp = parseInt(s.slice(e + 1), 10);
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  let out: string;
  if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length > exp + 1) out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  else out = digits + '0'.repeat(exp + 1 - digits.length) + (addDotZero ? '.0' : '');
  return sign + out;
}

export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return floatRepr(c.imag, false) + 'j';
  const im = floatRepr(c.imag, false);
  const sign = im[0] === '-' || Number.isNaN(c.imag) ? '' : '+';
  return '(' + floatRepr(c.real, false) + sign + im + 'j)';
}

// Characters str.isprintable() rejects: categories Cc Cf Cs Co Cn Zl Zp Zs (space excepted),
// with Cn as of Unicode 14 (CPython 3.11's), not V8's newer data.
// Created on first use: evaluating a \p{} literal parses it (an ICU set), which start-up would pay.
let nonPrintable: RegExp | null = null;
const NON_PRINTABLE = (): RegExp => (nonPrintable ??= /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u);

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr() of a str, with CPython's quote choice and escapes. */
export function strRepr(s: string | PyCodePointStr): string {
  if (typeof s !== 'string') return cpStrRepr(s.cps);
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += reprChar(ch, ch.codePointAt(0)!, quote);
  return out + quote;
}

function cpStrRepr(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'";
  let out = quote;
  for (const cp of cps) out += reprChar(String.fromCodePoint(cp), cp, quote);
  return out + quote;
}

/** One character of a str's repr. */
function reprChar(ch: string, cp: number, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f) return ch;
  if (cp !== 0x20 && (NON_PRINTABLE().test(ch) || unassignedIn14(cp))) {
    if (cp <= 0xff) return '\\x' + hex(cp, 2);
    if (cp <= 0xffff) return '\\u' + hex(cp, 4);
    return '\\U' + hex(cp, 8);
  }
  return ch;
}

/** Whether two byte strings hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

export function constantRepr(v: Constant_): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  switch (typeof v) {
    case 'bigint': return v.toString();
    case 'number': return floatRepr(v);
    case 'string': return strRepr(v);
  }
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyCodePointStr) return cpStrRepr(v.cps);
  return 'Ellipsis';
}

/** A tuple constant (made by the compiler's constant folding and for code objects). */
export class PyTuple {
  constructor(public readonly items: readonly ConstValue[]) {}
}

/** A frozenset constant (the compiler folds `x in {1, 2}` into one). */
export class PyFrozenSet {
  /**
   * How many times CPython builds it, each time adding the items in the previous build's iteration order (which
   * decides its layout, so its order): once when read by marshal; twice when compiled (folded from the items,
   * then rebuilt by merge_consts_recursive), the run time adding a third build when interning asks for it
   * (src/bytecode/frozenset_interning.ts).
   */
  builds = 1;
  constructor(public readonly items: readonly ConstValue[]) {}
}

/** What a code object's co_consts may hold. CodeObject lives in src/bytecode/code.ts. */
export type ConstValue = Constant_ | PyTuple | PyFrozenSet | { readonly _isCode: true };
