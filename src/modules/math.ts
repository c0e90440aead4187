// The math module (Modules/mathmodule.c): CPython 3.11's functions, special values and messages.
// Float kernels missing from JS (frexp, ldexp, gamma, erf...) live in libm.ts.
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyFloat, PyTuple, None, typeOf, normBig,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError, ValueError, ZeroDivisionError } from '../objects/exceptions.js';
import { toFloat, index, getIter, iterNext, toArray, binaryOp, callBound } from '../objects/abstract.js';
import { floatToInt, asInt } from '../objects/int.js';
import { frexp, ldexp, nextafter, tgamma, lgamma, erf, erfc, mathErrno, EDOM } from './libm.js';
import { cbrt, exp, exp2, expm1, log, log10, log2, log1p, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh } from './libm_exact.js';
import { libmPow } from '../objects/float_pow.js';
import { F64, U32, HI } from '../objects/floatbits.js';

const OP_MUL = 5;

function domainError(): never {
  raise(ValueError, 'math domain error');
}
function rangeError(): never {
  raise(OverflowError, 'math range error');
}

/** PyFloat_AsDouble with the fast paths of ASSIGN_DOUBLE. */
export function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  return toFloat(v);
}

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/** METH_O functions: exactly one positional argument. */
function one(name: string, args: PyValue[], kw: string[] | null): PyValue {
  noKw('math.' + name, kw);
  if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Two positional arguments (the _PyArg_CheckPositional message). */
function two(name: string, args: PyValue[], kw: string[] | null): void {
  noKw('math.' + name, kw);
  if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
}

function fl(x: number): PyFloat {
  return new PyFloat(x);
}

/** math_1: NaN from a non-NaN is a domain error; inf from a finite is a range or domain error. */
function math1(f: (x: number) => number, canOverflow: boolean): (x: number) => number {
  return (x) => {
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return r;
  };
}

/** math_2: the same rules for two arguments (inf from finite is always a range error). */
function math2(f: (x: number, y: number) => number): (x: number, y: number) => number {
  return (x, y) => {
    const r = f(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return r;
  };
}

/** FUNC1A: functions that report errors through errno (gamma, lgamma). */
function math1a(f: (x: number) => number): (x: number) => number {
  return (x) => {
    const r = f(x);
    if (mathErrno === EDOM) domainError();
    if (mathErrno !== 0 && Math.abs(r) >= 1.5) rangeError();
    return r;
  };
}

function m_atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const xNeg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return Math.sign(y) * (xNeg ? 0.75 * Math.PI : 0.25 * Math.PI);
    return Math.sign(y) * 0.5 * Math.PI;
  }
  if (!Number.isFinite(x) || y === 0) {
    if (!xNeg) return y < 0 || Object.is(y, -0) ? -0 : 0;
    return y < 0 || Object.is(y, -0) ? -Math.PI : Math.PI;
  }
  return atan2(y, x);
}

/** IEEE remainder: x - n*y with n the nearest integer to x/y (ties to even); exact. */
function m_remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    // Compare m with absy - m rather than 0.5*absy, which may be inexact.
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitNaN(y));
  const a = Math.abs(x);
  return neg ? -a : a;
}

function signBitNaN(x: number): boolean {
  F64[0] = x;
  return (U32[HI] & 0x80000000) !== 0;
}

function m_log(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}
function m_log10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}
function m_log2(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return log2(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}

/** Correctly rounded mantissa and exponent of a positive big int: v ~= m * 2**e, 0.5 <= m < 1. */
function bigFrexp(v: bigint): [number, number] {
  const nb = bitLengthBig(v);
  if (nb <= 1000) {
    const [m, e] = frexp(Number(v));
    return [m, e];
  }
  // Keep 55 bits plus a sticky bit, so the conversion to double rounds exactly once.
  const shift = BigInt(nb - 55);
  let top = v >> shift;
  if ((top << shift) !== v) top |= 1n;
  const m = Number(top) / 2 ** 55;
  return m === 1 ? [0.5, nb + 1] : [m, nb];
}

function bitLengthBig(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** loghelper: ints of any size are handled exactly, other values through math_1. */
function logHelper(v: PyValue, f: (x: number) => number): number {
  const i = asInt(v);
  if (i !== undefined) {
    const n = typeof i === 'boolean' ? (i ? 1 : 0) : i;
    if (n <= 0) domainError();
    if (typeof n === 'number') return f(n);
    const x = Number(n);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(n);
    return f(m) + f(2.0) * e;
  }
  return math1(f, false)(asDouble(v));
}

function fsum(seq: PyValue): number {
  const it = getIter(seq);
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite partial comes from an inf/nan summand or from overflow.
        if (Number.isFinite(xsave)) raise(OverflowError, 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0 || Number.isNaN(specialSum)) {
    if (Number.isNaN(infSum)) valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half-even across partials: the next partial breaks a tie in lo's direction.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** The accurate vector norm of mathmodule.c (scaled, split squares, compensated sums, correction). */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const T27 = 134217729.0;
  let csum = 1.0;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  const maxE = frexp(max)[1];
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i] * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // max is subnormal-ish: scaling by 2**-max_e would overflow, divide by max instead.
  for (let i = 0; i < n; i++) {
    let x = vec[i] / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function m_pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    // y infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libmPow(x, y);
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) domainError();
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

function isNegZeroOrNeg(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, x];
    return [isNegZeroOrNeg(x) ? -0 : 0, x];
  }
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0) fp = isNegZeroOrNeg(x) ? -0 : 0;
  return [fp, ip];
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---------------------------------------------------------------------------
// Integer functions

function absInt(v: number | bigint): number | bigint {
  return v < 0 ? (typeof v === 'number' ? -v : -v) : v;
}

function gcd2(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  return normBig(lehmerGcd(x, y));
}

/**
 * Lehmer's gcd: Euclid's steps are simulated on the leading 30 bits while their quotients are
 * certain, then applied to the big numbers at once (V8's bigint % costs as much as a division of
 * the full size, however small the quotient).
 */
function lehmerGcd(x: bigint, y: bigint): bigint {
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  while (y !== 0n) {
    const nb = bitLengthBig(x);
    if (nb <= 52) {
      let u = Number(x);
      let v = Number(y);
      while (v !== 0) {
        const t = u % v;
        u = v;
        v = t;
      }
      return BigInt(u);
    }
    const shift = BigInt(nb - 30);
    let xh = Number(x >> shift);
    let yh = Number(y >> shift);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    for (;;) {
      if (yh + C === 0 || yh + D === 0) break;
      const q = Math.floor((xh + A) / (yh + C));
      if (q !== Math.floor((xh + B) / (yh + D))) break;
      let t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = xh - q * yh;
      xh = yh;
      yh = t;
    }
    if (B === 0) {
      const t = x % y;
      x = y;
      y = t;
    } else {
      const nx = BigInt(A) * x + BigInt(B) * y;
      y = BigInt(C) * x + BigInt(D) * y;
      x = nx;
    }
  }
  return x;
}

function mulInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(BigInt(a) * BigInt(b));
}

function idx(v: PyValue): number | bigint {
  return index(v);
}

/** Product of the integers in [lo, hi) (lo <= hi), as a balanced product tree. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = 1n;
    // Multiply in doubles while exact, to save bigint operations.
    let acc = 1;
    for (let i = lo; i < hi; i++) {
      const k = Number(i);
      if (k < 2 ** 26 && acc * k <= Number.MAX_SAFE_INTEGER) acc *= k;
      else {
        r *= BigInt(acc);
        acc = 1;
        if (k < 2 ** 26) acc = k;
        else r *= i;
      }
    }
    return r * BigInt(acc);
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const LLONG_MAX = 9223372036854775807n;

function factorial(v: PyValue): PyValue {
  const n = idx(v);
  if (n > LLONG_MAX) raise(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  if (n < 0) valueError('factorial() not defined for negative values');
  const k = Number(n);
  if (k <= 18) {
    let r = 1;
    for (let i = 2; i <= k; i++) r *= i;
    return r;
  }
  return normBig(rangeProduct(2n, BigInt(k) + 1n));
}

function perm(nv: PyValue, kv: PyValue): PyValue {
  const n = BigInt(idx(nv));
  const k = BigInt(idx(kv));
  if (n < 0n) valueError('n must be a non-negative integer');
  if (k < 0n) valueError('k must be a non-negative integer');
  if (n < k) return 0;
  if (k > LLONG_MAX) raise(OverflowError, `k must not exceed ${LLONG_MAX}`);
  return normBig(rangeProduct(n - k + 1n, n + 1n));
}

function comb(nv: PyValue, kv: PyValue): PyValue {
  const n = BigInt(idx(nv));
  let k = BigInt(idx(kv));
  if (n < 0n) valueError('n must be a non-negative integer');
  if (k < 0n) valueError('k must be a non-negative integer');
  if (n < k) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) raise(OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (k === 0n) return 1;
  if (n <= 60n) {
    // Each partial result C(n-k+i, i) is an integer, but the product before the division can pass 2**53
    // (C(56, 27)): stay in doubles only while that product is exact, then go on in bigints.
    let r = 1;
    const nn = Number(n);
    const kk = Number(k);
    let i = 1;
    for (; i <= kk; i++) {
      const t = r * (nn - kk + i);
      if (t > Number.MAX_SAFE_INTEGER) break;
      r = t / i;
    }
    if (i > kk) return r;
    let rb = BigInt(r);
    for (; i <= kk; i++) rb = (rb * BigInt(nn - kk + i)) / BigInt(i);
    return normBig(rb);
  }
  return normBig(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
}

function isqrt(v: PyValue): PyValue {
  const n = idx(v);
  if (n < 0) valueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's iteration with doubling precision (as mathmodule.c's isqrt).
  const c = (bitLengthBig(n) - 1) >> 1;
  let a = 1n;
  let d = 0;
  for (let s = 31 - Math.clz32(c); s >= 0; s--) {
    const e = d;
    d = c >>> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  if (a * a > n) a -= 1n;
  return normBig(a);
}

function floorCeil(v: PyValue, name: '__floor__' | '__ceil__', f: (x: number) => number): PyValue {
  if (v instanceof PyFloat) return floatToInt(f(v.value));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const m = typeOf(v).lookup(name);
  if (m !== undefined) return callBound(m, v, []);
  return floatToInt(f(asDouble(v)));
}

function prod(iterable: PyValue, start: PyValue): PyValue {
  const it = getIter(iterable);
  let result = start;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    if (typeof result === 'number' && typeof item === 'number') result = mulInt(result, item);
    else if (result instanceof PyFloat && item instanceof PyFloat) result = new PyFloat(result.value * item.value);
    else result = binaryOp(result, item, OP_MUL);
  }
  return result;
}

function distance(p: PyValue, q: PyValue): number {
  const ps = p instanceof PyTuple ? p.items : toArray(p);
  const qs = q instanceof PyTuple ? q.items : toArray(q);
  if (ps.length !== qs.length) valueError('both points must have the same number of dimensions');
  const diffs: number[] = new Array(ps.length);
  let max = 0;
  let nan = false;
  for (let i = 0; i < ps.length; i++) {
    const x = Math.abs(asDouble(ps[i]) - asDouble(qs[i]));
    diffs[i] = x;
    if (Number.isNaN(x)) nan = true;
    if (x > max) max = x;
  }
  return vectorNorm(diffs, max, nan);
}

function hypot(args: PyValue[]): number {
  const v: number[] = new Array(args.length);
  let max = 0;
  let nan = false;
  for (let i = 0; i < args.length; i++) {
    const x = Math.abs(asDouble(args[i]));
    v[i] = x;
    if (Number.isNaN(x)) nan = true;
    if (x > max) max = x;
  }
  return vectorNorm(v, max, nan);
}

function isclose(args: PyValue[], kw: string[] | null): boolean {
  const names = ['a', 'b', 'rel_tol', 'abs_tol'];
  const vals: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined];
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 2) typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  let unknown: string | null = null;
  for (let i = 0; i < nkw; i++) {
    const j = names.indexOf(kw![i]);
    if (j < 0) {
      if (unknown === null) unknown = kw![i];
      continue;
    }
    if (vals[j] !== undefined) typeError(`argument for isclose() given by name ('${kw![i]}') and position (${j + 1})`);
    vals[j] = args[npos + i];
  }
  // Missing required arguments are reported before unknown keywords, as the clinic parser does.
  if (vals[0] === undefined) typeError("isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === undefined) typeError("isclose() missing required argument 'b' (pos 2)");
  if (unknown !== null) typeError(`'${unknown}' is an invalid keyword argument for isclose()`);
  const a = asDouble(vals[0]);
  const b = asDouble(vals[1]);
  const relTol = vals[2] === undefined ? 1e-9 : asDouble(vals[2]);
  const absTol = vals[3] === undefined ? 0.0 : asDouble(vals[3]);
  if (relTol < 0 || absTol < 0) valueError('tolerances must be non-negative');
  if (a === b) return true;
  if ((!Number.isFinite(a) && !Number.isNaN(a)) || (!Number.isFinite(b) && !Number.isNaN(b))) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

// ---------------------------------------------------------------------------

export function makeMathModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('math', d);
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  const def1 = (name: string, f: (x: number) => number): void => {
    def(name, (args, kw) => fl(f(asDouble(one(name, args, kw)))));
  };
  const def2 = (name: string, f: (x: number, y: number) => number): void => {
    def(name, (args, kw) => {
      two(name, args, kw);
      const x = asDouble(args[0]);
      const y = asDouble(args[1]);
      return fl(f(x, y));
    });
  };
  d.setStr('__doc__', 'This module provides access to the mathematical functions\ndefined by the C standard.');
  d.setStr('pi', fl(Math.PI));
  d.setStr('e', fl(Math.E));
  d.setStr('tau', fl(2 * Math.PI));
  d.setStr('inf', fl(Infinity));
  d.setStr('nan', fl(NaN));

  def1('acos', math1(acos, false));
  def1('acosh', math1(acosh, false));
  def1('asin', math1(asin, false));
  def1('asinh', math1(asinh, false));
  def1('atan', math1(atan, false));
  def2('atan2', math2(m_atan2));
  def1('atanh', math1(atanh, false));
  def1('cbrt', math1(cbrt, false));
  def('ceil', (args, kw) => floorCeil(one('ceil', args, kw), '__ceil__', Math.ceil));
  def('comb', (args, kw) => {
    two('comb', args, kw);
    return comb(args[0], args[1]);
  });
  def2('copysign', math2(copysign));
  def1('cos', math1(cos, false));
  def1('cosh', math1(cosh, true));
  def1('degrees', (x) => x * (180.0 / Math.PI));
  def('dist', (args, kw) => {
    two('dist', args, kw);
    return fl(distance(args[0], args[1]));
  });
  def1('erf', erf);
  def1('erfc', erfc);
  def1('exp', math1(exp, true));
  def1('exp2', math1(exp2, true));
  def1('expm1', math1(expm1, true));
  def1('fabs', math1(Math.abs, false));
  def('factorial', (args, kw) => factorial(one('factorial', args, kw)));
  def('floor', (args, kw) => floorCeil(one('floor', args, kw), '__floor__', Math.floor));
  def2('fmod', (x, y) => {
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    return r;
  });
  def('frexp', (args, kw) => {
    const [mm, e] = frexp(asDouble(one('frexp', args, kw)));
    return new PyTuple([fl(mm), e]);
  });
  def('fsum', (args, kw) => fl(fsum(one('fsum', args, kw))));
  def1('gamma', math1a(tgamma));
  def('gcd', (args, kw) => {
    noKw('math.gcd', kw);
    if (args.length === 0) return 0;
    let r = idx(args[0]);
    if (args.length === 1) return absInt(r);
    for (let i = 1; i < args.length; i++) {
      const x = idx(args[i]);
      if (r !== 1) r = gcd2(r, x);
    }
    return r;
  });
  def('hypot', (args, kw) => {
    noKw('math.hypot', kw);
    return fl(hypot(args));
  });
  def('isclose', (args, kw) => isclose(args, kw));
  def('isfinite', (args, kw) => Number.isFinite(asDouble(one('isfinite', args, kw))));
  def('isinf', (args, kw) => {
    const x = asDouble(one('isinf', args, kw));
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  def('isnan', (args, kw) => Number.isNaN(asDouble(one('isnan', args, kw))));
  def('isqrt', (args, kw) => isqrt(one('isqrt', args, kw)));
  def('lcm', (args, kw) => {
    noKw('math.lcm', kw);
    if (args.length === 0) return 1;
    let r = idx(args[0]);
    if (args.length === 1) return absInt(r);
    for (let i = 1; i < args.length; i++) {
      const x = idx(args[i]);
      if (r === 0) continue;
      if (x === 0) {
        r = 0;
        continue;
      }
      const g = gcd2(r, x);
      const f = typeof r === 'number' && typeof g === 'number' ? r / g : normBig(BigInt(r) / BigInt(g));
      r = absInt(mulInt(f, x));
    }
    return r;
  });
  def('ldexp', (args, kw) => {
    two('ldexp', args, kw);
    const x = asDouble(args[0]);
    const i = asInt(args[1]);
    if (i === undefined) typeError('Expected an int as second argument to ldexp.');
    const e = typeof i === 'boolean' ? (i ? 1 : 0) : i;
    let r: number;
    if (x === 0 || !Number.isFinite(x)) r = x;
    else if (e > 2147483647) r = copysign(Infinity, x);
    else if (e < -2147483648) r = copysign(0, x);
    else r = ldexp(x, Number(e));
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
    return fl(r);
  });
  def1('lgamma', math1a(lgamma));
  def('log', (args, kw) => {
    noKw('log', kw);
    if (args.length < 1 || args.length > 2) typeError('math.log requires 1 to 2 arguments');
    const num = logHelper(args[0], m_log);
    if (args.length === 1) return fl(num);
    const den = logHelper(args[1], m_log);
    if (den === 0) raise(ZeroDivisionError, 'float division by zero');
    return fl(num / den);
  });
  def('log10', (args, kw) => fl(logHelper(one('log10', args, kw), m_log10)));
  def1('log1p', math1(log1p, false));
  def('log2', (args, kw) => fl(logHelper(one('log2', args, kw), m_log2)));
  def('modf', (args, kw) => {
    const [fp, ip] = modf(asDouble(one('modf', args, kw)));
    return new PyTuple([fl(fp), fl(ip)]);
  });
  def2('nextafter', nextafter);
  def('perm', (args, kw) => {
    noKw('math.perm', kw);
    if (args.length < 1) typeError(`perm expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) typeError(`perm expected at most 2 arguments, got ${args.length}`);
    if (args.length === 1 || args[1] === None) return factorial(args[0]);
    return perm(args[0], args[1]);
  });
  def2('pow', m_pow);
  def('prod', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (args.length > 2) typeError(`prod() takes at most 2 arguments (${args.length} given)`);
    if (npos !== 1) typeError(`prod() takes exactly 1 positional argument (${npos} given)`);
    let start: PyValue = 1;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== 'start') typeError(`'${kw![i]}' is an invalid keyword argument for prod()`);
      start = args[npos + i];
    }
    return prod(args[0], start);
  });
  def1('radians', (x) => x * (Math.PI / 180.0));
  def2('remainder', math2(m_remainder));
  def1('sin', math1(sin, false));
  def1('sinh', math1(sinh, true));
  def1('sqrt', math1(Math.sqrt, false));
  def1('tan', math1(tan, false));
  def1('tanh', math1(tanh, false));
  def('trunc', (args, kw) => {
    const x = one('trunc', args, kw);
    if (x instanceof PyFloat) return floatToInt(x.value);
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    const t = typeOf(x).lookup('__trunc__');
    if (t === undefined) typeError(`type ${typeOf(x).name} doesn't define __trunc__ method`);
    return callBound(t, x, []);
  });
  def1('ulp', ulp);
  return m;
}
