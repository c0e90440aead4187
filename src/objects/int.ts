// int (Objects/longobject.c): JS numbers while safe, bigints beyond; bool is a subclass.
// Also the float arithmetic kernels shared with float.ts.
import {
  PyValue, PyFloat, PyComplexObj, NotImplemented, intType, boolType, floatType, normBig, defineMethods, defineGetters,
  typeOf, PyType, None, PyTuple, defineClassMethods, PyBytesObj, TF_HEAPTYPE, PyInstance, PyList,
} from './object.js';
import { zeroDivision, overflowError, valueError, typeError, raise, OverflowError, ValueError, exceptionTypes } from './exceptions.js';
import { warn } from '../modules/_warnings.js';
import { index, toFloat, callSpecial, hashInt, toArray, lenOf, intResult, callBound } from './abstract.js';
import { floatRepr } from '../parser/constants.js';
import { complexPow } from './complex.js';
import { formatInt, specArg } from './format.js';
import { ratioToDouble } from './floatmath.js';
import { clinicArgs } from '../modules/args.js';
import { powPositive } from './float_pow.js';
import { intMaxStrDigits as sysIntMaxStrDigits } from '../modules/sys.js';

export type Int = number | bigint | boolean;

export function isIntVal(v: PyValue): v is Int {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

export function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

function num(v: Int): number | bigint {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

export function intToFloat(v: Int): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const x = Number(v);
  if (!Number.isFinite(x)) overflowError('int too large to convert to float');
  return x;
}

function floorDivNum(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return (a - r) / b;
}

function modNum(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r === 0 ? 0 : r;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

export function intPow(a: number | bigint, b: number | bigint): PyValue {
  // A negative exponent makes it float_pow of both operands (long_pow does the same).
  if (b < 0) return floatPow(intToFloat(a), intToFloat(b));
  if (typeof a === 'number' && typeof b === 'number') {
    let r = 1;
    let base = a;
    let e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        r *= base;
        if (!Number.isSafeInteger(r)) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!Number.isSafeInteger(base)) { ok = false; break; }
      }
    }
    if (ok) return r;
  }
  const bb = BigInt(b);
  if (bb > 100000000n && (a !== 0 && a !== 1 && a !== -1 && a !== 0n && a !== 1n && a !== -1n)) raise(MemoryErrorT(), '');
  return normBig(BigInt(a) ** bb);
}
import { MemoryError } from './exceptions.js';
/** pow(a, b, c) for ints (long_pow with a modulus). */
export function intPowMod(a: Int, b: Int, c: Int): PyValue {
  let base = big(a);
  let exp = big(b);
  let mod = big(c);
  if (mod === 0n) valueError('pow() 3rd argument cannot be 0');
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let r = 1n;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  if (negativeOutput && r !== 0n) r -= mod;
  return normBig(r);
}

/** The inverse of a modulo m > 1 (extended Euclid), or ValueError. */
function modInverse(a: bigint, m: bigint): bigint {
  let r0 = a % m;
  if (r0 < 0n) r0 += m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) valueError('base is not invertible for the given modulus');
  return s0 < 0n ? s0 + m : s0;
}

function MemoryErrorT(): PyType { return MemoryError; }

/** int op int for BINARY_OP codes (in-place codes accepted). */
/**
 * &, | and ^ of two safe integers on their two's-complement halves (the high half, at most 22 bits
 * with the sign, is exact in int32 arithmetic): no BigInt for hashes and masks beyond 32 bits.
 */
function bitwise53(a: number, b: number, op: number): number {
  const ah = Math.floor(a / 4294967296), bh = Math.floor(b / 4294967296);
  const al = a >>> 0, bl = b >>> 0;
  let hi: number, lo: number;
  if (op === 1) {
    hi = ah & bh;
    lo = (al & bl) >>> 0;
  } else if (op === 7) {
    hi = ah | bh;
    lo = (al | bl) >>> 0;
  } else {
    hi = ah ^ bh;
    lo = (al ^ bl) >>> 0;
  }
  return hi * 4294967296 + lo;
}

/** 2**i for shifts: V8 computes `2 ** b` with a variable b by calling its pow(). */
const POW2 = new Float64Array(64).map((_, i) => 2 ** i);

export function intBinop(x: Int, y: Int, op: number): PyValue {
  if (op >= 13) op -= 13;
  const a = num(x);
  const b = num(y);
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 0: { const r = a + b; return Number.isSafeInteger(r) ? r : normBig(BigInt(a) + BigInt(b)); }
      case 10: { const r = a - b; return Number.isSafeInteger(r) ? r : normBig(BigInt(a) - BigInt(b)); }
      case 5: { const r = a * b; return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : normBig(BigInt(a) * BigInt(b)); }
      case 2:
        if (b === 0) zeroDivision('integer division or modulo by zero');
        return floorDivNum(a, b);
      case 6:
        if (b === 0) zeroDivision('integer modulo by zero');
        return modNum(a, b);
      case 11:
        if (b === 0) zeroDivision('division by zero');
        return new PyFloat(trueDivInt(a, b));
      case 8:
        return intPow(a, b);
      case 1:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a & b;
        return bitwise53(a, b, 1);
      case 7:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a | b;
        return bitwise53(a, b, 7);
      case 12:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a ^ b;
        return bitwise53(a, b, 12);
      case 3:
        if (b < 0) valueError('negative shift count');
        if (a === 0) return 0;
        if (b < 31 && a >= -0x100000 && a <= 0xfffff) {
          const r = a * POW2[b];
          if (Number.isSafeInteger(r)) return r;
        }
        if (b > 1073741824) raise(MemoryErrorT(), ''); // beyond V8's largest BigInt
        return normBig(BigInt(a) << BigInt(b));
      case 9:
        if (b < 0) valueError('negative shift count');
        if (a >= -0x80000000 && a <= 0x7fffffff) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
        if (b > 60) return a < 0 ? -1 : 0;
        return Math.floor(a / POW2[b]);
      case 4:
        return NotImplemented;
    }
  }
  const A = big(x);
  const B = big(y);
  switch (op) {
    case 0: return normBig(A + B);
    case 10: return normBig(A - B);
    case 5: return normBig(A * B);
    case 2:
      if (B === 0n) zeroDivision('integer division or modulo by zero');
      return normBig(floorDivBig(A, B));
    case 6:
      if (B === 0n) zeroDivision('integer modulo by zero');
      return normBig(modBig(A, B));
    case 11:
      if (B === 0n) zeroDivision('division by zero');
      return new PyFloat(trueDivBig(A, B));
    case 8:
      return intPow(normBig(A), normBig(B));
    case 1: return normBig(A & B);
    case 7: return normBig(A | B);
    case 12: return normBig(A ^ B);
    case 3:
      if (B < 0n) valueError('negative shift count');
      if (A === 0n) return 0;
      if (B > 9223372036854775807n) overflowError('too many digits in integer');
      if (B > 1073741824n) raise(MemoryErrorT(), '');
      return normBig(A << B);
    case 9:
      if (B < 0n) valueError('negative shift count');
      return normBig(A >> B);
  }
  return NotImplemented;
}

function trueDivInt(a: number, b: number): number {
  return a / b; // both exact doubles: IEEE division is correctly rounded
}

/** long_true_divide: correctly rounded, whatever the sizes. */
function trueDivBig(a: bigint, b: bigint): number {
  const M = 9007199254740992n;
  if (a <= M && a >= -M && b <= M && b >= -M) return Number(a) / Number(b);
  const neg = (a < 0n) !== (b < 0n);
  const r = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (r === Infinity) overflowError('integer division result too large for a float');
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------
// float kernels

export function floatBinop(a: number, b: number, op: number): PyValue {
  if (op >= 13) op -= 13;
  switch (op) {
    case 0: return new PyFloat(a + b);
    case 10: return new PyFloat(a - b);
    case 5: return new PyFloat(a * b);
    case 11:
      if (b === 0) zeroDivision('float division by zero');
      return new PyFloat(a / b);
    case 2:
      if (b === 0) zeroDivision('float floor division by zero');
      return new PyFloat(floatDivmod(a, b)[0]);
    case 6:
      if (b === 0) zeroDivision('float modulo');
      return new PyFloat(floatMod(a, b));
    case 8:
      return floatPow(a, b);
  }
  return NotImplemented;
}

/** _float_div_mod: C's fmod (JS %), then the floor adjustments; NaN counts as true, as in C. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0.0 : 0.0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** float % float (float_rem). */
export function floatMod(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = wx < 0 ? -0.0 : 0.0;
  return mod;
}

/** float ** float: float_pow's special cases, then the C library's pow (glibc's, as float_pow.ts computes it). */
export function floatPow(iv: number, iw: number): PyValue {
  if (iw === 0) return new PyFloat(1.0);
  if (Number.isNaN(iv)) return new PyFloat(iv);
  if (Number.isNaN(iw)) return new PyFloat(iv === 1 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return new PyFloat(1.0);
    return new PyFloat((iw > 0) === (av > 1) ? Infinity : 0.0);
  }
  const odd = Math.abs(iw % 2) === 1;
  if (!Number.isFinite(iv)) {
    if (iw > 0) return new PyFloat(odd ? iv : Math.abs(iv));
    return new PyFloat(odd ? (iv < 0 ? -0.0 : 0.0) : 0.0);
  }
  if (iv === 0) {
    if (iw < 0) zeroDivision('0.0 cannot be raised to a negative power');
    return new PyFloat(odd ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPow(iv, 0, iw, 0);
    iv = -iv;
    negate = odd;
  }
  if (iv === 1) return new PyFloat(negate ? -1.0 : 1.0);
  const r = powPositive(iv, iw);
  if (r === Infinity) throw overflowRange();
  return new PyFloat(negate ? -r : r);
}

function overflowRange(): never {
  raise(OverflowError, '(34, \'Numerical result out of range\')');
}

/** COMPARE_OP for mixed int/float/bigint/bool operands; undefined when not both numbers. */
export function compareNumbers(a: PyValue, b: PyValue, op: number): boolean | undefined {
  let x: number | bigint;
  let y: number | bigint;
  switch (typeof a) {
    case 'number': case 'bigint': x = a; break;
    case 'boolean': x = a ? 1 : 0; break;
    default:
      if (a instanceof PyFloat && a.cls === floatType) x = a.value;
      else return undefined;
  }
  switch (typeof b) {
    case 'number': case 'bigint': y = b; break;
    case 'boolean': y = b ? 1 : 0; break;
    default:
      if (b instanceof PyFloat && b.cls === floatType) y = b.value;
      else return undefined;
  }
  if (typeof x !== typeof y) {
    // bigint vs float: compare exactly (NaN compares false; infinities by sign).
    if (typeof x === 'number' && !Number.isFinite(x)) return cmp(x, 0, op, Number.isNaN(x));
    if (typeof y === 'number' && !Number.isFinite(y)) return cmp(0, y, op, Number.isNaN(y));
    if (typeof x === 'number' && !Number.isInteger(x)) {
      const fl = BigInt(Math.floor(x));
      const c = fl < (y as bigint) ? -1 : 1; // x is strictly between fl and fl+1
      return cmp(c, 0, op, false);
    }
    if (typeof y === 'number' && !Number.isInteger(y)) {
      const fl = BigInt(Math.floor(y));
      const c = (x as bigint) <= fl ? -1 : 1;
      return cmp(c, 0, op, false);
    }
    x = BigInt(x);
    y = BigInt(y);
  }
  return cmp(x, y, op, false);
}

function cmp(x: number | bigint, y: number | bigint, op: number, nan: boolean): boolean {
  if (nan) return op === 3;
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
}

// ---------------------------------------------------------------------------
// int() construction and parsing

// The int <-> str digit limit lives in sys (sys.set_int_max_str_digits); 0 means no limit.
export function getIntMaxStrDigits(): number {
  return sysIntMaxStrDigits;
}

/** str(int) in decimal, with CPython's digit limit (long_to_decimal_string). */
export function intToDecimal(v: number | bigint): string {
  const limit = getIntMaxStrDigits();
  // A value of b bits has at least (b - 1) * log10(2) + 1 digits: one far past the limit is refused before
  // the (superlinear) decimal conversion, as CPython refuses it by size.
  if (limit > 0 && typeof v === 'bigint' && (bitLenBig(v < 0n ? -v : v) - 1) * 0.30102999566398120 >= limit + 1) {
    valueError(`Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const s = String(v);
  if (limit > 0 && typeof v === 'bigint' && s.length - (v < 0n ? 1 : 0) > limit) {
    valueError(`Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const DECIMAL_RUN = /[0-9]*/y;

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * PyLong_FromString on a str already passed through asciiDigits (Unicode digits and spaces made
 * ASCII): the int, or null for an invalid literal. Raises the digit-limit ValueError.
 */
export function parseIntLiteral(s0: string, base: number): number | bigint | null {
  const s = asciiDigits(s0);
  const n = s.length;
  let i = 0;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // "old" octal is an error: only zeros (and underscores) may follow a leading 0
      let j = i;
      let prevUnder = false;
      for (; j < n; j++) {
        const c = s[j];
        if (c === '0') prevUnder = false;
        else if (c === '_' && !prevUnder && j > i) prevUnder = true;
        else break;
      }
      if (prevUnder) return null;
      while (j < n && isSpaceCode(s.charCodeAt(j))) j++;
      return j === n ? 0 : null;
    }
  }
  if (s[i] === '0' && ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) || (base === 2 && (c1 === 'b' || c1 === 'B')))) {
    i += 2;
    if (s[i] === '_') i++; // one underscore may follow the prefix
  }
  if (s[i] === '_') return null;
  const start = i;
  let digits = 0;
  let prev = -1;
  let hasUnder = false;
  // The digit limit's check must cost little beside the conversion (test_int's denial-of-service test: failing
  // 2,000,000 digits in under half the time of converting 200,000): a run of decimal digits is found by a regular
  // expression (~0.3 ns a character), the rest by character codes.
  if (base === 10) {
    DECIMAL_RUN.lastIndex = i;
    DECIMAL_RUN.test(s);
    digits = DECIMAL_RUN.lastIndex - i;
    i += digits;
    if (digits > 0) prev = 48;
  }
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prev === 95) return null;
      hasUnder = true;
    } else if (digitValue(c) < base) digits++;
    else break;
    prev = c;
  }
  if (prev === 95) return null;
  if (digits === 0) return null;
  if ((base & (base - 1)) !== 0 && getIntMaxStrDigits() > 0 && digits > getIntMaxStrDigits()) {
    valueError(`Exceeds the limit (${getIntMaxStrDigits()} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const end = i;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let d = s.slice(start, end);
  if (hasUnder) d = d.replace(/_/g, '');
  let v: number | bigint;
  if (d.length <= 10 && base <= 36) v = parseInt(d, base);
  else if (base === 10) v = normBig(BigInt(d));
  else if (base === 16) v = normBig(BigInt('0x' + d));
  else if (base === 8) v = normBig(BigInt('0o' + d));
  else if (base === 2) v = normBig(BigInt('0b' + d));
  else {
    // chunks of k digits with base^k < 2^53
    const k = Math.floor(53 / Math.log2(base));
    const B = BigInt(base) ** BigInt(k);
    let r = 0n;
    const first = d.length % k || k;
    r = BigInt(parseInt(d.slice(0, first), base));
    for (let j = first; j < d.length; j += k) r = r * B + BigInt(parseInt(d.slice(j, j + k), base));
    v = normBig(r);
  }
  if (neg) v = typeof v === 'number' ? (v === 0 ? 0 : -v) : normBig(-v);
  return v;
}

/** The repr in "invalid literal" messages: %.200R (the first 200 characters of the repr). */
function litRepr(x: PyValue): string {
  const r = typeof x === 'string' ? strRepr(x) : reprOf(x);
  return r.length <= 200 ? r : Array.from(r).slice(0, 200).join('');
}

// Created on first use: evaluating a \p{} literal parses it (an ICU set), which start-up would pay.
let nd: RegExp | null = null;
const ND = (): RegExp => (nd ??= /\p{Nd}/u);
/** The value of a Unicode decimal digit: Nd code points come in runs that start at a zero. */
export function unicodeDigit(ch: string): number {
  if (!ND().test(ch)) return -1;
  const cp = ch.codePointAt(0)!;
  let z = cp;
  while (z > 0 && ND().test(String.fromCodePoint(z - 1))) z--;
  return (cp - z) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII digits, Unicode
 * whitespace a space, any other non-ASCII character '?' (so that it is invalid everywhere).
 */
export function asciiDigits(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (/\s/.test(ch) && c !== 0xfeff) out += ' ';
    else {
      const d = unicodeDigit(ch);
      out += d >= 0 ? String(d) : '?';
    }
  }
  return out;
}

export function intFromValue(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToInt(v.value);
  if (typeof v === 'string') {
    const r = parseIntLiteral(v, 10);
    if (r === null) valueError(`invalid literal for int() with base 10: ${litRepr(v)}`);
    return r;
  }
  for (const name of ['__int__', '__index__']) {
    const r = callSpecial(v, name, []);
    if (r !== undefined) return intResult(name, r);
  }
  // PyNumber_Long's last resort, deprecated: __trunc__, whose result must be an int or have __index__.
  const trunc = typeOf(v).lookup('__trunc__');
  if (trunc !== undefined) {
    warn('The delegation of int() to __trunc__ is deprecated.', exceptionTypes.get('DeprecationWarning')!, 1, None);
    const r = callBound(trunc, v, []);
    const n = asInt(r);
    if (n !== undefined) return typeof n === 'boolean' ? (n ? 1 : 0) : n;
    if (typeOf(r).lookup('__index__') === undefined) typeError(`__trunc__ returned non-Integral (type ${typeOf(r).tpName})`);
    return index(r);
  }
  const text = v instanceof PyStrSubT() ? (v as PyStrSub).value : bytesText(v);
  if (text !== undefined) {
    const r = parseIntLiteral(text, 10);
    if (r === null) valueError(`invalid literal for int() with base 10: ${litRepr(v instanceof PyStrSubT() || v instanceof PyBytesObj ? v : new PyBytesObj(asBytes(v)!))}`);
    return r;
  }
  typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).tpName}'`);
}

import { strRepr } from '../parser/constants.js';

/** The text of a bytes-like object for int() parsing: bytes above 127 are invalid digits. */
function bytesText(v: PyValue): string | undefined {
  const b = asBytes(v);
  if (b === undefined) return undefined;
  let out = '';
  for (let i = 0; i < b.length; i++) out += b[i] < 128 ? String.fromCharCode(b[i]) : '?';
  return out;
}
import { repr as reprOf } from './abstract.js';
function reprStr(s: string): string {
  return strRepr(s);
}

export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

/**
 * tp_new_wrapper's checks for X.__new__(cls): cls must be a subtype of X, and X's __new__ must be
 * the one the nearest builtin base of cls uses ("int.__new__(bool) is not safe").
 */
export function checkNewArg(self: PyType, args: PyValue[]): PyType {
  if (args.length === 0) typeError(`${self.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`${self.name}.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (!cls.mro.includes(self)) typeError(`${self.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${self.name}`);
  const staticBase = cls.mro.find((t) => !(t.flags & TF_HEAPTYPE));
  if (staticBase !== undefined && staticBase !== self && staticBase.tdict.has('__new__')) {
    typeError(`${self.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
  return cls;
}

function intNew(args: PyValue[], kwnames: string[] | null): PyValue {
  const cls = checkNewArg(intType, args);
  let v: number | bigint = 0;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos + nkw > 2) typeError(`int() takes at most 2 arguments (${npos + nkw} given)`);
  let x: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let base: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'base') base = args[1 + npos + i];
    else typeError(`'${kwnames![i]}' is an invalid keyword argument for int()`);
  }
  if (npos > 2) typeError(`int() takes at most 2 arguments (${npos} given)`);
  if (base !== undefined) {
    if (x === undefined) typeError('int() missing string argument');
    const b = Number(index(base));
    if (b !== 0 && (b < 2 || b > 36)) valueError('int() base must be >= 2 and <= 36, or 0');
    const s = typeof x === 'string' ? x : x instanceof PyStrSubT() ? (x as PyStrSub).value : x instanceof PyBytesObj ? bytesText(x) : undefined;
    if (s === undefined) typeError("int() can't convert non-string with explicit base");
    const r = parseIntLiteral(s, b);
    if (r === null) valueError(`invalid literal for int() with base ${b}: ${litRepr(x)}`);
    v = r;
  } else if (x !== undefined) v = intFromValue(x);
  if (cls === intType) return v;
  if (cls === boolType) return v !== 0;
  const o = new PyIntSub(cls, v);
  return o;
}

/** Instance of a user subclass of int. */
export class PyIntSub extends PyInstance {
  constructor(cls: PyType, public readonly value: number | bigint) {
    super(cls);
    if (cls.flags & TF_HEAPTYPE) this.dict = new (PyDictCtor())();
  }
}
import { PyDict } from './object.js';
function PyDictCtor(): typeof PyDict { return PyDict; }

/** The int value of an int-like (int, bool, or int subclass instance), else undefined. */
export function asInt(v: PyValue): Int | undefined {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean') return v as Int;
  if (v instanceof PyIntSub) return v.value;
  return undefined;
}

export function intRepr(v: number | bigint): string {
  return String(v);
}

function bitLength(v: number | bigint): number {
  if (v === 0 || v === 0n) return 0;
  const a = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  if (typeof a === 'number') return a.toString(2).length;
  return a.toString(2).length;
}

function binop(op: number, reflected: boolean) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const a = asInt(self);
    const b = asInt(args[0]);
    if (a === undefined || b === undefined) return NotImplemented;
    return reflected ? intBinop(b, a, op) : intBinop(a, b, op);
  };
}

function cmpop(op: number) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const a = asInt(self);
    const o = args[0];
    const b = asInt(o);
    if (a === undefined) return NotImplemented;
    // long_richcompare knows ints only: int vs float is float's reflected method.
    if (b !== undefined) return compareNumbers(num(a), num(b), op)!;
    return NotImplemented;
  };
}

function selfInt(v: PyValue): Int {
  const a = asInt(v);
  if (a === undefined) typeError(`descriptor requires a 'int' object but received a '${typeOf(v).tpName}'`);
  return a;
}

export function initInt(): void {
  const t = intType;
  t.tdict.set('__new__', new (BuiltinCtor())('__new__', intNew));
  t.call1 = (a) => (typeof a === 'number' || typeof a === 'bigint' ? a : typeof a === 'boolean' ? (a ? 1 : 0) : undefined);
  const names = ['__add__', '__and__', '__floordiv__', '__lshift__', '', '__mul__', '__mod__', '__or__', '__pow__', '__rshift__', '__sub__', '__truediv__', '__xor__'];
  const table: { [k: string]: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue } = {};
  names.forEach((n, op) => {
    if (n === '') return;
    table[n] = binop(op, false);
    table['__r' + n.slice(2)] = binop(op, true);
  });
  // __pow__(other, mod=None) and __rpow__(other, mod=None)
  const powop = (reflected: boolean) => (self: PyValue, args: PyValue[]): PyValue => {
    if (args.length < 2 || args[1] === None) return binop(8, reflected)(self, args);
    const a = asInt(self);
    const b = asInt(args[0]);
    const m = asInt(args[1]);
    if (a === undefined || b === undefined || m === undefined) return NotImplemented;
    return reflected ? intPowMod(b, a, m) : intPowMod(a, b, m);
  };
  table.__pow__ = powop(false);
  table.__rpow__ = powop(true);
  const cmps = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  cmps.forEach((n, op) => (table[n] = cmpop(op)));
  Object.assign(table, {
    __neg__: (self: PyValue) => intBinop(0, selfInt(self), 10),
    __pos__: (self: PyValue) => num(selfInt(self)),
    __abs__: (self: PyValue) => {
      const a = num(selfInt(self));
      return a < 0 ? intBinop(0, a, 10) : a;
    },
    __invert__: (self: PyValue) => intBinop(-1, selfInt(self), 10),
    __bool__: (self: PyValue) => num(selfInt(self)) !== 0,
    __int__: (self: PyValue) => num(selfInt(self)),
    __index__: (self: PyValue) => num(selfInt(self)),
    __float__: (self: PyValue) => new PyFloat(intToFloat(selfInt(self))),
    __hash__: (self: PyValue) => hashInt(num(selfInt(self))),
    __repr__: (self: PyValue) => (typeof self === 'boolean' ? (self ? 'True' : 'False') : intToDecimal(num(selfInt(self)))),
    __trunc__: (self: PyValue) => num(selfInt(self)),
    __floor__: (self: PyValue) => num(selfInt(self)),
    __ceil__: (self: PyValue) => num(selfInt(self)),
    __round__: (self: PyValue, args: PyValue[]) => {
      const a = num(selfInt(self));
      if (args.length === 0 || args[0] === None) return a;
      const nd = Number(index(args[0]));
      if (nd >= 0) return a;
      const p = 10n ** BigInt(-nd);
      const A = BigInt(a);
      let q = floorDivBig(A, p);
      const r = A - q * p;
      if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
      return normBig(q * p);
    },
    __divmod__: (self: PyValue, args: PyValue[]) => {
      const a = asInt(self);
      const b = asInt(args[0]);
      if (a === undefined || b === undefined) return NotImplemented;
      return new PyTuple([intBinop(a, b, 2), intBinop(a, b, 6)]);
    },
    __rdivmod__: (self: PyValue, args: PyValue[]) => {
      const a = asInt(self);
      const b = asInt(args[0]);
      if (a === undefined || b === undefined) return NotImplemented;
      return new PyTuple([intBinop(b, a, 2), intBinop(b, a, 6)]);
    },
    __getnewargs__: (self: PyValue) => new PyTuple([num(selfInt(self))]),
    __format__: (self: PyValue, args: PyValue[]) => {
      const v = selfInt(self);
      const spec = specArg(args[0]);
      if (typeof v === 'boolean' && spec === '') return v ? 'True' : 'False';
      return formatInt(num(v), spec);
    },
    bit_length: (self: PyValue) => bitLength(num(selfInt(self))),
    // int___sizeof__: the header and the 30-bit digits (at least one); a subclass's own fields are not counted
    __sizeof__: (self: PyValue) => 24 + 4 * Math.max(1, Math.ceil(bitLength(num(selfInt(self))) / 30)),
    bit_count: (self: PyValue) => {
      const a = big(selfInt(self));
      return (a < 0n ? -a : a).toString(2).replace(/0/g, '').length;
    },
    conjugate: (self: PyValue) => num(selfInt(self)),
    as_integer_ratio: (self: PyValue) => new PyTuple([num(selfInt(self)), 1]),
    to_bytes: toBytes,
  });
  defineMethods(t, table);
  defineGetters(t, {
    real: (self) => num(selfInt(self)),
    imag: () => 0,
    numerator: (self) => num(selfInt(self)),
    denominator: () => 1,
  });
  defineClassMethods(t, {
    from_bytes: (cls, args, kw) => fromBytes(cls, args, kw),
  });
  boolType.tdict.set('__new__', new (BuiltinCtor())('__new__', (args, kw) => {
    checkNewArg(boolType, args);
    if (kw !== null && kw.length > 0) typeError('bool() takes no keyword arguments');
    if (args.length > 2) typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
    return args.length > 1 ? truthyT(args[1]) : false;
  }));
  const boolop = (op: number, reflected: boolean) => (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (typeof o === 'boolean') return op === 1 ? (self as boolean) && o : op === 7 ? (self as boolean) || o : self !== o;
    const b = asInt(o);
    if (b === undefined) return NotImplemented;
    return reflected ? intBinop(b, self as boolean, op) : intBinop(self as boolean, b, op);
  };
  defineMethods(boolType, {
    __repr__: (self) => (self ? 'True' : 'False'),
    __and__: boolop(1, false), __or__: boolop(7, false), __xor__: boolop(12, false),
    __rand__: boolop(1, true), __ror__: boolop(7, true), __rxor__: boolop(12, true),
  });
  void lenOf;
  void PyList;
  void ValueError;
  void floatRepr;
  void toFloat;
}


/** Argument clinic for to_bytes(length=1, byteorder='big', *, signed=False) and from_bytes(bytes, byteorder='big', *, signed=False). */
function bytesArgs(args: PyValue[], kw: string[] | null, what: 'to_bytes' | 'from_bytes'): { first: PyValue | undefined; little: boolean; signed: boolean } {
  const names = what === 'to_bytes' ? ['length', 'byteorder', 'signed'] : ['bytes', 'byteorder', 'signed'];
  const vals = clinicArgs(what, names, args, kw, what === 'from_bytes' ? 1 : 0, 2);
  let first = vals[0];
  if (what === 'to_bytes') first = first === undefined ? 1 : index(first);
  const bo = vals[1] ?? 'big';
  const bos = typeof bo === 'string' ? bo : bo instanceof PyStrSubT() ? (bo as { value: string }).value : undefined;
  if (bos === undefined) typeError(`${what}() argument 'byteorder' must be str, not ${bo === None ? 'None' : typeOf(bo).name}`);
  const signed = vals[2] === undefined ? false : truthyT(vals[2]);
  if (bos !== 'big' && bos !== 'little') valueError("byteorder must be either 'little' or 'big'");
  return { first, little: bos === 'little', signed };
}

/** int.to_bytes */
function toBytes(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const { first, little, signed } = bytesArgs(args, kw, 'to_bytes');
  const len = first as number | bigint;
  if (len < 0) valueError('length argument must be non-negative');
  const v0 = big(selfInt(self));
  if (v0 < 0n && !signed) overflowError("can't convert negative int to unsigned");
  // Fits when -2^(8n-1) <= v < 2^(8n-1) (signed) or v < 2^(8n) (unsigned).
  const bits = v0 < 0n ? bitLenBig(-v0 - 1n) : bitLenBig(v0);
  // (0 and -1 fit in zero bytes even signed: _PyLong_AsByteArray has no sign byte to check)
  if (BigInt(bits + (signed && bits > 0 ? 1 : 0)) > 8n * BigInt(len)) overflowError('int too big to convert');
  // The length is a Py_ssize_t; past what a typed array can hold, the allocation fails.
  if (BigInt(len) > 9223372036854775807n) overflowError('Python int too large to convert to C ssize_t');
  if (Number(len) > 2147483647) raise(MemoryErrorT(), '');
  const n = Number(len);
  const out = new Uint8Array(n);
  const v = v0 < 0n ? v0 + (1n << BigInt(8 * n)) : v0;
  // Through one hex string: peeling a byte at a time off a BigInt is quadratic (100 kB took seconds).
  if (v !== 0n) {
    const hex = v.toString(16);
    const odd = hex.length & 1;
    const nb = (hex.length + odd) >> 1;
    for (let j = 0; j < nb; j++) {
      const at = 2 * j - odd;
      out[n - nb + j] = at < 0 ? parseInt(hex[0], 16) : parseInt(hex.slice(at, at + 2), 16);
    }
  }
  if (little) out.reverse();
  return new PyBytesObj(out);
}

function bitLenBig(v: bigint): number {
  return v === 0n ? 0 : v.toString(16).length * 4 - (Math.clz32(parseInt(v.toString(16)[0], 16)) - 28);
}

/** The bytes of from_bytes's argument (PyObject_Bytes: bytes-like, or an iterable of ints in range(256)). */
function bytesOf(o: PyValue): Uint8Array {
  const direct = asBytes(o, true);
  if (direct !== undefined) return direct;
  if (typeof o === 'string' || o instanceof PyStrSubT()) typeError("cannot convert 'str' object to bytes");
  const b = callSpecial(o, '__bytes__', []);
  if (b !== undefined) {
    if (!(b instanceof PyBytesObj)) typeError(`__bytes__ returned non-bytes (type ${typeOf(b).tpName})`);
    return b.bytes;
  }
  let items: PyValue[];
  try {
    items = toArray(o);
  } catch (e) {
    if (asInt(o) !== undefined || o instanceof PyFloat || o === None) typeError(`cannot convert '${typeOf(o).tpName}' object to bytes`);
    throw e;
  }
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const n = index(x);
    if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
    out[i] = Number(n);
  });
  return out;
}

function fromBytes(cls: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const { first, little, signed } = bytesArgs(args, kw, 'from_bytes');
  const data = bytesOf(first!);
  let hex = '';
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const byte = data[little ? n - 1 - i : i];
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  let v = n === 0 ? 0n : BigInt('0x' + hex);
  if (signed && n > 0 && data[little ? n - 1 : 0] >= 128) v -= 1n << BigInt(8 * n);
  const r = normBig(v);
  return cls === intType ? r : callT(cls, [r]);
}

import { truthy as truthyT, call as callT } from './abstract.js';
import { PyStrSub } from './str.js';
import { asBytes } from './bytes.js';
function PyStrSubT(): typeof PyStrSub { return PyStrSub; }
import { PyBuiltin } from './object.js';
function BuiltinCtor(): typeof PyBuiltin { return PyBuiltin; }
void PyComplexObj;
