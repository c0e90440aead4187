// Correctly rounded float kernels that JavaScript lacks: a rational to double, a double rounded to
// n decimal places, and pow(). CPython takes these from dtoa.c and the C library (glibc's pow is
// correctly rounded except in cases too rare to matter, V8's Math.pow is often 1 ulp off), so
// Typhon rounds correctly: a double-double fast path, and exact BigInt arithmetic when the fast
// result is too close to a rounding boundary to decide.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Index of the high word of a double in U32 (the host's byte order).
const HI = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

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
// pow

/** Bits of precision of the BigInt fallback's fixed-point numbers, by attempt. */
const SLOW_PRECISIONS = [192, 512];
const GUARD = 40;

const ln2Cache = new Map<number, bigint>();
/** ln 2 * 2^P, to within a few units. */
function ln2Fixed(P: number): bigint {
  let v = ln2Cache.get(P);
  if (v === undefined) {
    // ln 2 = 2 atanh(1/3)
    v = 2n * atanhFixed((1n << BigInt(P)) / 3n, P);
    ln2Cache.set(P, v);
  }
  return v;
}

/** atanh(s) * 2^P for |s| <= 1/3 given as s * 2^P. */
function atanhFixed(S: bigint, P: number): bigint {
  if (S < 0n) return -atanhFixed(-S, P);
  const bp = BigInt(P);
  const s2 = (S * S) >> bp;
  let term = S;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) >> bp;
  }
  return sum;
}

/** ln(x) * 2^P for a finite positive double x. */
function lnFixed(x: number, P: number): bigint {
  F64[0] = x;
  let hi = U32[HI];
  let k = ((hi >>> 20) & 0x7ff) - 1023;
  if (k === -1023) {
    F64[0] = x * 2 ** 64;
    hi = U32[HI];
    k = ((hi >>> 20) & 0x7ff) - 1023 - 64;
  }
  // mantissa as an integer in [2^52, 2^53)
  const m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(U32[LO]) + (1n << 52n);
  const bp = BigInt(P);
  let num: bigint;
  let den: bigint;
  // f = m / 2^52 in [1, 2); use f/2 above sqrt(2) so that |(f-1)/(f+1)| <= 0.172.
  if (m > 6369051672525773n) {
    k += 1;
    num = m - (1n << 53n);
    den = m + (1n << 53n);
  } else {
    num = m - (1n << 52n);
    den = m + (1n << 52n);
  }
  return BigInt(k) * ln2Fixed(P) + 2n * atanhFixed((num << bp) / den, P);
}

/** exp(Z / 2^P) as [S, n]: the value is S * 2^(n - P - GUARD). */
function expFixed(Z: bigint, P: number): [bigint, number] {
  const Q = P + GUARD;
  const bq = BigInt(Q);
  const Zq = Z << BigInt(GUARD);
  const L = ln2Fixed(Q);
  // Z = n ln2 + R, |R| <= ln2 / 2
  let n = Zq / L;
  let R = Zq - n * L;
  if (R * 2n > L) {
    n += 1n;
    R -= L;
  } else if (R * 2n < -L) {
    n -= 1n;
    R += L;
  }
  // exp(R) = exp(R / 2^16)^(2^16)
  const halvings = 16n;
  const Rs = R >> halvings;
  let sum = 1n << bq;
  let term = sum;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * Rs) / (k << bq);
    sum += term;
  }
  for (let i = 0n; i < halvings; i++) sum = (sum * sum) >> bq;
  return [sum, Number(n)];
}

/**
 * x^y by exact fixed-point arithmetic, correctly rounded, for x > 0 finite and y finite; null
 * when even the last precision cannot tell which side of a rounding boundary x^y lies (an exact
 * tie: the caller rounds half-even).
 */
function slowPow(x: number, y: number): number {
  let last = 0;
  for (const P of SLOW_PRECISIONS) {
    const L = lnFixed(x, P);
    // Y = y * L: y = my * 2^ey exactly.
    const [my, ey] = decompose(y);
    let Y = L * my;
    Y = ey >= 0 ? Y << BigInt(ey) : Y >> BigInt(-ey);
    if (y < 0) Y = -Y;
    const lim = 760n << BigInt(P);
    if (Y > lim) return Infinity;
    if (Y < -lim) return 0;
    const [S, n] = expFixed(Y, P);
    // The value is S * 2^(n - Q), accurate to about 2^(72 - P) relatively (see the error analysis
    // in the caller's comment: y * ln(x) loses at most ~70 bits of L's absolute precision).
    const Q = P + GUARD;
    const bl = bitLen(S);
    const ex = bl - 1 + n - Q; // S * 2^(n-Q) in [2^ex, 2^(ex+1))
    if (ex > 1024) return Infinity;
    const lsb = Math.max(ex - 52, -1074);
    const shift = BigInt(lsb - (n - Q));
    if (shift <= 1n) return Infinity; // cannot happen for these precisions
    let q = S >> shift;
    const rem = S - (q << shift);
    const half = 1n << (shift - 1n);
    const errBits = bl - (P - 80);
    const err = errBits > 0 ? 1n << BigInt(errBits) : 1n;
    const diff = rem - half;
    if (diff > err || diff < -err) {
      if (diff > 0n) q += 1n;
      return scale2(Number(q), lsb);
    }
    last = scale2(Number((q & 1n) === 1n ? q + 1n : q), lsb);
  }
  return last;
}

// Tables of the fast path, built on first use from the exact routines above.
let tablesReady = false;
const LOG_N = 182; // i = round((m - 1) * 256) for m in [sqrt(1/2), sqrt(2)): -75..106
const LOG_OFF = 75;
const C = new Float64Array(LOG_N); // c_i ~ 1 / (1 + i/256), 17 significant bits
const LOGC_HI = new Float64Array(LOG_N); // -ln(c_i) as a double-double
const LOGC_LO = new Float64Array(LOG_N);
const T_HI = new Float64Array(256); // 2^(j/256) as a double-double
const T_LO = new Float64Array(256);
let LN2_HI = 0; // ln 2 with 42 significant bits (k * LN2_HI is exact)
let LN2_LO = 0;
let L256_HI = 0; // ln 2 / 256 with 34 significant bits (N * L256_HI is exact)
let L256_LO = 0;

/** A fixed-point value V * 2^-P as a double-double [hi, lo]. */
function fixedToDD(V: bigint, P: number): [number, number] {
  const neg = V < 0n;
  const a = neg ? -V : V;
  const hi = ratioToDouble(a, 1n << BigInt(P));
  const hiFixed = BigInt(scale2(hi, P)); // exact: hi's ulp is far above 2^-P
  const lo = ratioToDouble(a > hiFixed ? a - hiFixed : hiFixed - a, 1n << BigInt(P)) * (a > hiFixed ? 1 : -1);
  return neg ? [-hi, -lo] : [hi, lo];
}

/** A positive fixed-point value V * 2^-P split as hi (its top `bits` bits) + lo (the rest, rounded). */
function splitFixed(V: bigint, P: number, bits: number): [number, number] {
  const drop = BigInt(bitLen(V) - bits);
  const W = V >> drop;
  return [scale2(Number(W), Number(drop) - P), ratioToDouble(V - (W << drop), 1n << BigInt(P))];
}

function initTables(): void {
  const P = 192;
  for (let i = 0; i < LOG_N; i++) {
    const c = Math.round(65536 / (1 + (i - LOG_OFF) / 256)) / 65536;
    C[i] = c;
    const [h, l] = fixedToDD(-lnFixed(c, P), P);
    LOGC_HI[i] = h;
    LOGC_LO[i] = l;
  }
  const ln2 = ln2Fixed(P);
  for (let j = 0; j < 256; j++) {
    const [S, n] = expFixed((ln2 * BigInt(j)) / 256n, P);
    const [h, l] = fixedToDD(S << BigInt(Math.max(0, n)), P + GUARD);
    T_HI[j] = h;
    T_LO[j] = l;
  }
  [LN2_HI, LN2_LO] = splitFixed(ln2, P, 42);
  [L256_HI, L256_LO] = splitFixed(ln2 / 256n, P, 34);
  tablesReady = true;
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter
const SQRT2 = Math.SQRT2;
const INV_L256 = 256 / Math.LN2;
/** Relative distance from a rounding boundary under which the fast path defers to slowPow. */
let TOL = 2 ** -66;

/** The rounding error of a * b (Dekker): a * b == p + twoProdErr(a, b, p) exactly. */
function twoProdErr(a: number, b: number, p: number): number {
  let t = a * SPLIT;
  const ah = t - (t - a);
  const al = a - ah;
  t = b * SPLIT;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * pow(x, y) correctly rounded, for x > 0 finite, x != 1, y finite and nonzero (float_pow in
 * CPython has taken care of every other case). Infinity when the result overflows, 0 when it
 * underflows below the smallest subnormal.
 */
export function powPositive(x: number, y: number): number {
  if (y === 0.5) return Math.sqrt(x);
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === -1) return 1 / x;
  if (!tablesReady) initTables();
  // ln x = k ln2 - ln(c) + log1p(r), with m = x / 2^k in [sqrt(1/2), sqrt(2)), c ~ 1/m from a
  // table and r = m c - 1 exact as a double-double, |r| < 2^-8.4.
  F64[0] = x;
  let kadj = 0;
  if (U32[HI] < 0x00100000) {
    F64[0] = x * 18446744073709551616; // subnormal: scale by 2^64
    kadj = -64;
  }
  const hw = U32[HI];
  let k = ((hw >>> 20) & 0x7ff) - 1023 + kadj;
  U32[HI] = (hw & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  const idx = Math.round((m - 1) * 256) + LOG_OFF;
  const c = C[idx];
  let t = m * SPLIT;
  const mh = t - (t - m);
  const ml = m - mh;
  const a = mh * c - 1; // exact
  const b = ml * c; // exact
  const rh = a + b;
  const bv = rh - a;
  const rl = (a - (rh - bv)) + (b - bv);
  // log1p(r) = r - r^2/2 + r^3 (1/3 - r/4 + ...): the first two terms in double-double.
  const qh = rh * rh;
  const ql = twoProdErr(rh, rh, qh) + 2 * rh * rl;
  const h2 = 0.5 * qh;
  const sh = rh - h2;
  const sv = sh - rh;
  const se = (rh - (sh - sv)) - (h2 + sv);
  const poly = 1 / 3 - rh * (0.25 - rh * (0.2 - rh * (1 / 6 - rh * (1 / 7 - rh * (0.125 - rh * (1 / 9 - rh * (0.1 - rh / 11)))))));
  const lpLo = se + rl - 0.5 * ql + qh * rh * poly;
  // L = k ln2 + (-ln c) + log1p(r)
  const A = k * LN2_HI;
  const B = LOGC_HI[idx];
  const t1 = A + B;
  let v = t1 - A;
  const e1 = (A - (t1 - v)) + (B - v);
  const t2 = t1 + sh;
  v = t2 - t1;
  const e2 = (t1 - (t2 - v)) + (sh - v);
  let lLo = e1 + e2 + k * LN2_LO + LOGC_LO[idx] + lpLo;
  const lHi = t2 + lLo;
  lLo -= lHi - t2;
  // Y = y * L
  const p = y * lHi;
  if (p > 710) return Infinity;
  if (p < -708) return p < -746 ? 0 : slowPow(x, y);
  const pe = twoProdErr(y, lHi, p) + y * lLo;
  const yHi = p + pe;
  const yLo = pe - (yHi - p);
  // exp(Y) = 2^s * 2^(j/256) * exp(R), Y = N ln2/256 + R, |R| <= ln2/512
  const N = Math.round(yHi * INV_L256);
  const j = N & 255;
  const s = (N - j) / 256;
  const ra = yHi - N * L256_HI; // exact
  const rb = yLo - N * L256_LO;
  const Rh = ra + rb;
  v = Rh - ra;
  const Rl = (ra - (Rh - v)) + (rb - v);
  // exp(R) - 1 = R + R^2/2 + R^3 (1/6 + R/24 + ...)
  const q2 = Rh * Rh;
  const q2e = twoProdErr(Rh, Rh, q2) + 2 * Rh * Rl;
  const hq = 0.5 * q2;
  const eh = Rh + hq;
  v = eh - Rh;
  const ee = (Rh - (eh - v)) + (hq - v);
  const el = ee + Rl + 0.5 * q2e + q2 * Rh * (1 / 6 + Rh * (1 / 24 + Rh * (1 / 120 + Rh * (1 / 720 + Rh * (1 / 5040)))));
  // Z = T (1 + e)
  const Th = T_HI[j];
  const pz = Th * eh;
  const pze = twoProdErr(Th, eh, pz);
  const z = Th + pz;
  v = z - Th;
  const ze = (Th - (z - v)) + (pz - v);
  let zl = ze + pze + Th * el + T_LO[j] * (1 + eh);
  const zh = z + zl;
  zl -= zh - z;
  // Decide the rounding: zh is right unless Z may lie on the other side of a midpoint.
  const ulp = zh >= 2 ? 2 ** -51 : zh >= 1 ? 2 ** -52 : 2 ** -53;
  const d = Math.abs(zl);
  const tol = zh * TOL;
  if (Math.abs(d - 0.5 * ulp) < tol) return slowPow(x, y);
  if (zl < 0 && (zh === 1 || zh === 2 || zh === 0.5) && Math.abs(d - 0.25 * ulp) < tol) return slowPow(x, y);
  if (s < -1020) return slowPow(x, y); // subnormal or nearly: rounds at a coarser bit
  return scale2(zh, s);
}

/** For tests: the exact fallback on its own, and the fast path's deferral threshold. */
export const powSlowForTest = slowPow;
export function setPowTolForTest(t: number): void {
  TOL = t;
}

/** C99 pow(x, y) for any doubles (Annex F special cases), correctly rounded otherwise. */
export function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const yInt = Number.isFinite(y) && Math.floor(y) === y;
  const yOdd = yInt && Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y < 0) return yOdd ? 1 / x : Infinity;
    return yOdd ? x : 0;
  }
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax < 1) === (y < 0) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y < 0 ? 0 : Infinity;
    if (y < 0) return yOdd ? -0 : 0;
    return yOdd ? -Infinity : Infinity;
  }
  if (x < 0) {
    if (!yInt) return NaN;
    const r = x === -1 ? 1 : powPositive(-x, y);
    return yOdd ? -r : r;
  }
  return powPositive(x, y);
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
