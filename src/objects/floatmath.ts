// Correctly rounded float kernels that JavaScript lacks: a rational to double, a double rounded to
// n decimal places (CPython takes these from dtoa.c), and sin/cos for complex powers. pow() is not
// here: CPython gets it from glibc, which does not round it correctly, and float_pow.ts repeats
// glibc's computation.

import { F64, U32, HI, LO } from './floatbits.js';

/** Number of bits of a positive bigint. */
export function bitLen(n: bigint): number {
  if (n <= 0xffffffffn) return n === 0n ? 0 : 32 - Math.clz32(Number(n));
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** The double nearest n/d (ties to even, subnormals rounded once); n >= 0, d > 0. Infinity on overflow. */
export function ratioToDouble(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const k = bitLen(n) - bitLen(d);
  // n/d lies in [2^(k-1), 2^(k+1)): find E with 2^E <= n/d < 2^(E+1).
  const ge = k >= 0 ? n >= d << BigInt(k) : n << BigInt(-k) >= d;
  const E = ge ? k : k - 1;
  if (E > 1023) return Infinity;
  const lsb = Math.max(E - 52, -1074);
  let num = n;
  let den = d;
  if (lsb <= 0) num <<= BigInt(-lsb);
  else den <<= BigInt(lsb);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return scale2(Number(q), lsb);
}

/** x * 2^e, exact unless the result overflows or is subnormal (then rounded once). */
export function scale2(x: number, e: number): number {
  if (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  } else if (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
    if (e < -1000) {
      x *= 2 ** -1000;
      e += 1000;
    }
  }
  return x * 2 ** e;
}

/** A finite nonzero double as m * 2^e with m an odd integer (as a bigint). */
function decompose(x: number): [bigint, number] {
  F64[0] = Math.abs(x);
  const hi = U32[HI];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(U32[LO]);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m += 1n << 52n;
    e = bexp - 1075;
  }
  while ((m & 0xffffn) === 0n) {
    m >>= 16n;
    e += 16;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/** Round half to even of n / 2^s (s > 0), n >= 0. */
function roundShift(n: bigint, s: bigint): bigint {
  const q = n >> s;
  const r = n - (q << s);
  const half = 1n << (s - 1n);
  return r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
}

/** Round half to even of n / d, n >= 0, d > 0. */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n - q * d) * 2n;
  return r2 > d || (r2 === d && (q & 1n) === 1n) ? q + 1n : q;
}

/**
 * round(x, nd) for a finite x and -308 <= nd <= 323: the exact value of x rounded half-even to a
 * multiple of 10^-nd, then to the nearest double (CPython: dtoa mode 3, then strtod). Infinity
 * (with x's sign) when the result overflows.
 */
export function roundDecimal(x: number, nd: number): number {
  if (x === 0) return x;
  const [m, e] = decompose(x);
  const neg = x < 0;
  let r: number;
  if (nd >= 0) {
    // x = m * 2^e has exactly max(0, -e) decimals: nothing to round when that is at most nd.
    if (e >= -nd) return x;
    // A tie needs x * 10^nd = odd/2, that is e + nd == -1; otherwise toFixed rounds the exact value
    // to nearest, which is all we need.
    if (e !== -nd - 1 && nd <= 100 && Math.abs(x) < 1e21) {
      r = Number(Math.abs(x).toFixed(nd));
    } else {
      // |x| * 10^nd = m * 5^nd * 2^(e+nd), e + nd < 0.
      const q = roundShift(m * 5n ** BigInt(nd), BigInt(-(e + nd)));
      r = ratioToDouble(q, 10n ** BigInt(nd));
    }
  } else {
    const p = 10n ** BigInt(-nd);
    const q = e >= 0 ? roundDiv(m << BigInt(e), p) : roundDiv(m, p << BigInt(-e));
    r = Number(q * p);
  }
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------
// sin and cos, correctly rounded (exact argument reduction with a long pi, then Taylor series in
// fixed point). Slow (tens of microseconds): meant for complex powers, not loops. glibc's sin/cos
// are not always correctly rounded (about 1 argument in 400 differs, by 0.5 ulp), V8's Math.sin
// and Math.cos differ from glibc's far more often (1 in 17).

let piCache: { bits: number; v: bigint } | null = null;
/** pi * 2^bits (to within a unit), by Machin's formula, cached at the largest precision asked. */
function piFixed(bits: number): bigint {
  if (piCache !== null && piCache.bits >= bits) return piCache.v >> BigInt(piCache.bits - bits);
  const B = bits + 32;
  const bb = BigInt(B);
  // arctan(1/k) * 2^B
  const atanInv = (k: bigint): bigint => {
    const k2 = k * k;
    let term = (1n << bb) / k;
    let sum = 0n;
    for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
      sum += (sign * term) / n;
      term /= k2;
    }
    return sum;
  };
  const v = 4n * (4n * atanInv(5n) - atanInv(239n));
  piCache = { bits: B, v };
  return v >> 32n;
}

/**
 * The double nearest S * 2^e (S > 0) when S carries an error of at most `err` units, or null when
 * that error straddles a rounding boundary.
 */
function roundScaled(S: bigint, e: number, err: bigint): number | null {
  const bl = bitLen(S);
  const ex = bl - 1 + e;
  if (ex > 1024) return Infinity;
  const lsb = Math.max(ex - 52, -1074);
  const shift = BigInt(lsb - e);
  if (shift < 2n) return null;
  let q = S >> shift;
  const rem = S - (q << shift);
  const diff = rem - (1n << (shift - 1n));
  if (diff <= err && diff >= -err) return null;
  if (diff > 0n) q += 1n;
  return scale2(Number(q), lsb);
}

/** [sin(x), cos(x)] for a finite x, each correctly rounded. */
export function crSinCos(x: number): [number, number] {
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return [x, 1];
  const [m, e] = decompose(x);
  for (const W of [192, 448]) {
    // X = |x| * 2^Wp exactly, Wp large enough that q * pi/2 loses nothing of x's bits
    const Wp = W + Math.max(0, e + bitLen(m)) + 64;
    const X = m << BigInt(e + Wp);
    const hp = piFixed(Wp) >> 1n;
    let q = X / hp;
    let R = X - q * hp;
    if (2n * R > hp) {
      q += 1n;
      R -= hp;
    }
    const Rw = R >> BigInt(Wp - W); // |R| <= pi/4, W fraction bits
    const one = 1n << BigInt(W);
    const bw = BigInt(W);
    const R2 = (Rw * Rw) >> bw;
    let s = 0n;
    let c = 0n;
    let term = Rw; // R^n / n!, n odd
    for (let n = 1n; term !== 0n; n += 2n) {
      s += term;
      term = -((term * R2) >> bw) / ((n + 1n) * (n + 2n));
    }
    term = one;
    for (let n = 0n; term !== 0n; n += 2n) {
      c += term;
      term = -((term * R2) >> bw) / ((n + 1n) * (n + 2n));
    }
    const quad = Number(q & 3n);
    let sv = [s, c, -s, -c][quad];
    const cv = [c, -s, -c, s][quad];
    if (x < 0) sv = -sv;
    const err = 1n << 40n; // generous: a few hundred units of truncation at W bits
    const out: number[] = [];
    for (const v of [sv, cv]) {
      if (v === 0n) out.push(0);
      else {
        const r = roundScaled(v < 0n ? -v : v, -W, err);
        if (r === null) break;
        out.push(v < 0n ? -r : r);
      }
    }
    if (out.length === 2) return [out[0], out[1]];
  }
  return [Math.sin(x), Math.cos(x)];
}
