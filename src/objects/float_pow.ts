// pow() as CPython gets it from glibc (2.28 and later: the ARM optimized-routines algorithm), bit
// for bit. glibc's pow is not correctly rounded (errors up to 0.52 ulp), so matching CPython means
// repeating its arithmetic: log(x) in double-double from a 128-entry table and a degree-8
// polynomial, times y, then exp from a 128-entry table of 2^(k/128) and a degree-5 polynomial.
//
// x86-64 glibc picks, at load time, a build of this code compiled for FMA when the CPU has it
// (__pow_fma: every CPU with AVX2 since 2013, and what aarch64 always uses), and GCC then contracts
// a*b+c into fused multiply-adds. The operations below follow that build, instruction by
// instruction as disassembled from libm.so.6 (glibc 2.36): each fused multiply-add is emulated
// exactly (see "Exact arithmetic"), and the plain operations keep the compiled order. The tables
// are derived at first use from their definitions (initTables); the polynomial coefficients are
// glibc's.

import { F64, U32, HI, LO } from './floatbits.js';

// ---------------------------------------------------------------------------
// Exact arithmetic for the fused operations
//
// Each fused multiply-add fma(a, b, c) of glibc is computed here as RN(p + e + c), p = RN(a*b) and
// e its exact error (Dekker's product, with Veltkamp's split), s + t = p + c exactly (2Sum, or
// Fast2Sum where |c| is known to dominate), and res = RN(s + RN(t + e)). When t and e are both
// nonzero nothing cancelled, so |t + e| is a few ulps of s at most: res is then right unless
// s + RN(t + e) fell exactly halfway between two doubles while t + e itself was inexact; that tie
// (g, the error of the last addition, is half the spacing at res) goes to tieFix. The sums are
// written out in the kernel: V8 would not inline a dozen calls, and a call boxes its doubles.

const SPLIT = 134217729; // 2^27 + 1

/** The high half (26 bits) of a, for products computed exactly by halves. */
function highHalf(a: number): number {
  const t = a * SPLIT;
  return t - (t - a);
}

/** The exact error of p = a * b (Dekker); |a|, |b| well inside the exponent range. */
export function prodErr(a: number, b: number, p: number): number {
  let t = a * SPLIT;
  const ah = t - (t - a);
  const al = a - ah;
  t = b * SPLIT;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * The tie case of a fused sum: res = RN(s + v) is exactly halfway (g its rounding error, nonzero)
 * and v = RN(t + e): what t + e lost decides which way the exact sum rounds.
 */
function tieFix(t: number, e: number, v: number, g: number, res: number): number {
  const bv = v - t;
  const w = (t - (v - bv)) + (e - bv);
  return w !== 0 && (w > 0) === (g > 0) ? res + (g + g) : res;
}

// ---------------------------------------------------------------------------
// Constants (glibc's __pow_log_data and __exp_data)

/** A C99 hexadecimal literal's value: mantissa digits (after "0x1.") and binary exponent. */
function hexConst(neg: boolean, digits: string, exp: number): number {
  const v = (1 + parseInt(digits, 16) / 2 ** (4 * digits.length)) * 2 ** exp;
  return neg ? -v : v;
}

// log: ln2 in a 42-bit head (k * LN2HI is exact) and a tail; poly coefficients pre-scaled as in glibc
const LN2HI = hexConst(false, '62e42fefa3800', -1);
const LN2LO = hexConst(false, 'ef35793c76730', -45);
const A1 = hexConst(true, '5555555555560', -1);
const A2 = hexConst(false, '0000000000006', -1);
const A3 = hexConst(false, '999999959554e', -1);
const A4 = hexConst(true, '555555529a47a', -1);
const A5 = hexConst(true, '2495b9b4845e9', 0);
const A6 = hexConst(false, '0002b8b263fc3', 0);
// exp: N/ln2, -ln2/N in a 36-bit head and a tail, rounding shift, poly coefficients
const INV_LN2_N = hexConst(false, '71547652b82fe', 7);
const NEG_LN2HI_N = hexConst(true, '62e42fefa0000', -8);
const NEG_LN2LO_N = hexConst(true, 'cf79abc9e3b3a', -47);
const SHIFT = 6755399441055744; // 0x1.8p52
const C2 = hexConst(false, 'ffffffffffdbd', -2);
const C3 = hexConst(false, '555555555543c', -3);
const C4 = hexConst(false, '55555cf172b91', -5);
const C5 = hexConst(false, '1111167a4d017', -7);

// Halves of the constants that are factors of fused products.
const LN2LO_H = highHalf(LN2LO);
const LN2LO_L = LN2LO - LN2LO_H;
const A2_H = highHalf(A2);
const A2_L = A2 - A2_H;
const A4_H = highHalf(A4);
const A4_L = A4 - A4_H;
const A6_H = highHalf(A6);
const A6_L = A6 - A6_H;
const INV_LN2_N_H = highHalf(INV_LN2_N);
const INV_LN2_N_L = INV_LN2_N - INV_LN2_N_H;
const NEG_LN2LO_N_H = highHalf(NEG_LN2LO_N);
const NEG_LN2LO_N_L = NEG_LN2LO_N - NEG_LN2LO_N_H;
const C3_H = highHalf(C3);
const C3_L = C3 - C3_H;
const C5_H = highHalf(C5);
const C5_L = C5 - C5_H;

// ---------------------------------------------------------------------------
// Tables, built on first use

const POW_N = 128;
/** High word of 0x1.69555p-1: the reduced argument z lies in [OFF, 2 OFF) in bit-pattern terms. */
const OFF_HI = 0x3fe69555;
const INVC = new Float64Array(POW_N);
const LOGC = new Float64Array(POW_N);
const LOGCTAIL = new Float64Array(POW_N);
const EXP_H = new Float64Array(POW_N); // 2^(k/128) ~ EXP_H[k] * (1 + EXP_T[k])
const EXP_T = new Float64Array(POW_N);
const EXP_HH = new Float64Array(POW_N); // EXP_H split in halves, for the last fused product
const EXP_HL = new Float64Array(POW_N);
const POW2 = new Float64Array(2046); // POW2[e + 1022] = 2^e for normal exponents
let tablesReady = false;

/** The double whose high word is hw and low word 0. */
function fromHigh(hw: number): number {
  U32[HI] = hw >>> 0;
  U32[LO] = 0;
  return F64[0];
}

/** ln(j / 256) * 2^P for an integer 128 < j < 512, by ln(a/b) = 2 atanh((a-b)/(a+b)). */
function lnRatio256(j: number, P: bigint): bigint {
  const num = BigInt(j - 256);
  const den = BigInt(j + 256);
  const den2 = den * den;
  const num2 = num * num;
  let term = (num << P) / den; // u^(2n+1) * 2^P
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * num2) / den2;
  }
  return sum * 2n;
}

/** floor(sqrt(n)) for n > 0, by Newton's iteration from above. */
function isqrt(n: bigint): bigint {
  let x = 1n << BigInt((n.toString(16).length * 4 + 2) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function initTables(): void {
  for (let e = -1022; e <= 1023; e++) POW2[e + 1022] = fromHigh((e + 1023) << 20);
  // log: subinterval i of [OFF, 2 OFF) holds the bit patterns OFF + i*2^45 ... ; 1/c is the
  // subinterval's centre reciprocal rounded to 7 or 8 bits (so z * invc - 1 is exact), logc is
  // log(c) rounded to a multiple of 2^-43 (so k*LN2HI + logc is exact), logctail the rest.
  const P = 136n; // log(c) to 2^-136: logctail (below 2^-44) keeps 90 correct bits
  const S = P - 43n;
  for (let i = 0; i < POW_N; i++) {
    const lo = fromHigh(OFF_HI + i * 0x2000);
    const hi = fromHigh(OFF_HI + (i + 1) * 0x2000);
    const center = (lo + hi) / 2;
    // invc = j / 256
    const j = center < 1 ? Math.round(POW_N / center) * 2 : Math.round((2 * POW_N) / center);
    INVC[i] = j / 256;
    const L = -lnRatio256(j, P); // log(c) * 2^P
    const q = (L + (1n << (S - 1n))) >> S; // round(log(c) * 2^43)
    LOGC[i] = Number(q) / 2 ** 43;
    LOGCTAIL[i] = Number(L - (q << S)) / 2 ** 136;
  }
  // exp: 2^(k/128) in fixed point, by seven square roots of 2 and repeated multiplication.
  const Q = 192n;
  let root = 2n << Q;
  for (let i = 0; i < 7; i++) root = isqrt(root << Q);
  let v = 1n << Q;
  for (let k = 0; k < POW_N; k++) {
    const h = Number(v) / 2 ** 192; // nearest double (v carries ~180 correct bits)
    const hb = BigInt(h * 2 ** 192);
    EXP_H[k] = h;
    EXP_HH[k] = highHalf(h);
    EXP_HL[k] = h - EXP_HH[k];
    EXP_T[k] = Number(((v - hb) << 128n) / hb) / 2 ** 128;
    v = (v * root) >> Q;
  }
  tablesReady = true;
}

// ---------------------------------------------------------------------------
// The kernel

/**
 * glibc's pow(x, y) for x > 0 finite and y finite and nonzero (the special values of x and y
 * have been dealt with by the callers). Infinity on overflow, 0 on underflow, as glibc returns.
 */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x; // glibc's error is far below half an ulp: exact results come out exact
  if (!tablesReady) initTables();
  // x*x and sqrt(x) round correctly, and glibc's pow differs from them only where the exact power
  // lies near a midpoint between two doubles: before its final rounding glibc is within
  // 0.009 + |y log x| * 1.3 * 2^-15 ulp of the exact power (the analysis in its source; at most
  // 0.037 ulp for x*x, 0.023 for sqrt; 0.009 seen on 400,000 random x). Closer than twice that to
  // a midpoint (0.08 and 0.05 ulp), or at a power of two (the spacing below is half that above),
  // the kernel decides. Written out: bin/typhon runs V8 with a small inlining budget, and a call
  // would box its double result.
  if (y === 2) {
    // (x above 2^-465 keeps every term of the product's error a multiple of 2^-1034: exact)
    if (x > 1e-140 && x < 1.3407807929942596e154) {
      const p = x * x;
      // the error of p (Dekker)
      const t = x * SPLIT;
      const xh = t - (t - x);
      const xl = x - xh;
      const e = ((xh * xh - p) + 2 * (xh * xl)) + xl * xl;
      F64[0] = p;
      const hw = U32[HI];
      // POW2[...] is the spacing of doubles at p, 2^(exponent - 52)
      if ((U32[LO] !== 0 || (hw & 0xfffff) !== 0) && Math.abs(e) < 0.42 * POW2[(hw >>> 20) - 53]) return p;
    }
  } else if (y === 0.5) {
    if (x > 1e-290) {
      const s = Math.sqrt(x);
      const p = s * s;
      const t = s * SPLIT;
      const sh = t - (t - s);
      const sl = s - sh;
      // x - s^2 exactly enough; sqrt(x) - s = (x - s^2) / (2s)
      const d = (x - p) - (((sh * sh - p) + 2 * (sh * sl)) + sl * sl);
      F64[0] = s;
      const hw = U32[HI];
      if ((U32[LO] !== 0 || (hw & 0xfffff) !== 0) && Math.abs(d) < 0.9 * s * POW2[(hw >>> 20) - 53]) return s;
    }
  }
  return powKernel(x, y);
}

/**
 * glibc's pow for x > 0 finite and y finite nonzero, tables built. One function on purpose: see
 * the note on exact arithmetic above.
 */
function powKernel(x: number, y: number): number {
  // |y| < 2^-65 or |y| >= 2^63: glibc answers without computing (x^y rounds to 1, or overflows
  // or underflows).
  const ay = Math.abs(y);
  if (ay < 2.710505431213761e-20 || ay >= 9223372036854775808) {
    if (x === 1) return 1;
    if (ay < 2.710505431213761e-20) return x > 1 ? 1 + y : 1 - y;
    return (x > 1) === (y > 0) ? Infinity : 0;
  }
  // Fused sums below: p + e = the exact product, s + t = p + c exactly, v = RN(t + e),
  // res = RN(s + v), g the error of that last addition (see tieFix).
  let p: number, e: number, s: number, t: number, v: number, g: number, u: number;

  // ---- log(x) = k ln2 + log(c) + log1p(r), as l + ltail
  // x = 2^k z, z in [0x1.69555p-1, 0x1.69555p0), from the bits (a subnormal x scaled by 2^52)
  let kAdj = 0;
  if (x < 2.2250738585072014e-308) {
    F64[0] = x * 4503599627370496;
    kAdj = -52;
  } else F64[0] = x;
  const hw = U32[HI];
  const top = (hw - OFF_HI) | 0;
  const i = (top >>> 13) & 127;
  const kd = (top >> 20) + kAdj;
  U32[HI] = hw - (top & 0xfff00000);
  const z = F64[0];
  const invc = INVC[i];
  // r = fma(z, invc, -1) = z/c - 1 is exact: so are the halves' products and their sum
  u = z * SPLIT;
  const zh = u - (u - z);
  const r = (zh * invc - 1) + (z - zh) * invc;
  u = r * SPLIT;
  const rh = u - (u - r);
  const rl = r - rh;
  const t1 = kd * LN2HI + LOGC[i]; // fma(kd, LN2HI, logc): exact
  // lo1 = fma(kd, LN2LO, logctail); kd has at most 11 bits, so kd times each half is exact
  let lo1 = LOGCTAIL[i];
  if (kd !== 0) {
    p = kd * LN2LO;
    e = (kd * LN2LO_H - p) + kd * LN2LO_L;
    s = p + lo1;
    u = s - p;
    t = (p - (s - u)) + (lo1 - u);
    v = t + e;
    lo1 = s + v;
    g = (s - lo1) + v;
    if (g !== 0 && (lo1 + (g + g)) - lo1 === g + g) lo1 = tieFix(t, e, v, g, lo1);
  }
  const ar = -0.5 * r;
  // q1 = fma(r, A2, A1), |A1| dominating
  p = r * A2;
  e = ((rh * A2_H - p) + rh * A2_L + rl * A2_H) + rl * A2_L;
  s = A1 + p;
  t = (A1 - s) + p;
  v = t + e;
  let q1 = s + v;
  g = (s - q1) + v;
  if (g !== 0 && (q1 + (g + g)) - q1 === g + g) q1 = tieFix(t, e, v, g, q1);
  // q3 = fma(r, A4, A3)
  p = r * A4;
  e = ((rh * A4_H - p) + rh * A4_L + rl * A4_H) + rl * A4_L;
  s = A3 + p;
  t = (A3 - s) + p;
  v = t + e;
  let q3 = s + v;
  g = (s - q3) + v;
  if (g !== 0 && (q3 + (g + g)) - q3 === g + g) q3 = tieFix(t, e, v, g, q3);
  const t2 = r + t1;
  const ar2 = r * ar;
  const d1 = t1 - t2;
  const ar3 = r * ar2;
  // lo3 = fma(ar, r, -ar2): ar*r = -r^2/2 and ar2 = -RN(r^2)/2, so this is -1/2 the error of r^2
  const lo3 = -0.5 * (((rh * rh - (r * r)) + 2 * (rh * rl)) + rl * rl);
  const lo2 = d1 + r;
  // q5 = fma(r, A6, A5)
  p = r * A6;
  e = ((rh * A6_H - p) + rh * A6_L + rl * A6_H) + rl * A6_L;
  s = A5 + p;
  t = (A5 - s) + p;
  v = t + e;
  let q5 = s + v;
  g = (s - q5) + v;
  if (g !== 0 && (q5 + (g + g)) - q5 === g + g) q5 = tieFix(t, e, v, g, q5);
  const hi = t2 + ar2;
  const d2 = t2 - hi;
  // q5 = fma(q5, ar2, q3), |ar2| < 2^-16
  u = ar2 * SPLIT;
  const a2h = u - (u - ar2);
  const a2l = ar2 - a2h;
  u = q5 * SPLIT;
  let bh = u - (u - q5);
  let bl = q5 - bh;
  p = q5 * ar2;
  e = ((bh * a2h - p) + bh * a2l + bl * a2h) + bl * a2l;
  s = q3 + p;
  t = (q3 - s) + p;
  v = t + e;
  q5 = s + v;
  g = (s - q5) + v;
  if (g !== 0 && (q5 + (g + g)) - q5 === g + g) q5 = tieFix(t, e, v, g, q5);
  const lo4 = d2 + ar2;
  // q = fma(ar2, q5, q1)
  u = q5 * SPLIT;
  bh = u - (u - q5);
  bl = q5 - bh;
  p = ar2 * q5;
  e = ((a2h * bh - p) + a2h * bl + a2l * bh) + a2l * bl;
  s = q1 + p;
  t = (q1 - s) + p;
  v = t + e;
  let q = s + v;
  g = (s - q) + v;
  if (g !== 0 && (q + (g + g)) - q === g + g) q = tieFix(t, e, v, g, q);
  // lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4); no order of magnitude known: 2Sum
  const c = ((lo1 + lo2) + lo3) + lo4;
  u = ar3 * SPLIT;
  let ah = u - (u - ar3);
  let al = ar3 - ah;
  u = q * SPLIT;
  bh = u - (u - q);
  bl = q - bh;
  p = ar3 * q;
  e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  s = p + c;
  u = s - p;
  t = (p - (s - u)) + (c - u);
  v = t + e;
  let lo = s + v;
  g = (s - lo) + v;
  if (g !== 0 && (lo + (g + g)) - lo === g + g) lo = tieFix(t, e, v, g, lo);
  const l = hi + lo;
  const ltail = (hi - l) + lo;

  // ---- y log(x) = ehi + elo: ehi = RN(y l), elo = fma(y, ltail, fma(l, y, -ehi))
  const ehi = y * l;
  u = y * SPLIT;
  ah = u - (u - y);
  al = y - ah;
  u = l * SPLIT;
  bh = u - (u - l);
  bl = l - bh;
  const err = ((ah * bh - ehi) + ah * bl + al * bh) + al * bl;
  u = ltail * SPLIT;
  bh = u - (u - ltail);
  bl = ltail - bh;
  p = y * ltail;
  e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  s = p + err;
  u = s - p;
  t = (p - (s - u)) + (err - u);
  v = t + e;
  let elo = s + v;
  g = (s - elo) + v;
  if (g !== 0 && (elo + (g + g)) - elo === g + g) elo = tieFix(t, e, v, g, elo);

  // ---- exp(ehi + elo) = 2^(k/128) exp(r) ~ scale (1 + tmp)
  F64[0] = ehi;
  const abstop = (U32[HI] >>> 20) & 0x7ff;
  let special = false;
  if (abstop < 0x3c9 || abstop > 0x407) {
    if (abstop < 0x3c9) return 1 + ehi; // |ehi| < 2^-54
    if (abstop >= 0x409) return ehi < 0 ? 0 : Infinity; // |ehi| >= 1024
    special = true; // 512 <= |ehi| < 1024: the result may overflow or be subnormal
  }
  // ehi = n ln2/128 + r, |r| <= ln2/256; n = round(ehi * 128/ln2) with the product unrounded
  const zn = ehi * INV_LN2_N;
  let n = (zn + SHIFT) - SHIFT;
  const half = zn - n;
  if (half === 0.5 || half === -0.5) {
    // a tie after rounding the product: its error decides
    u = ehi * SPLIT;
    ah = u - (u - ehi);
    al = ehi - ah;
    e = ((ah * INV_LN2_N_H - zn) + ah * INV_LN2_N_L + al * INV_LN2_N_H) + al * INV_LN2_N_L;
    if (e !== 0 && (e > 0) === (half > 0)) n += half + half;
  }
  // r1 = fma(n, NEG_LN2HI_N, ehi) is exact: the sum cancels to within a factor 2 and its value
  // fits a double; the product itself is exact below |n| = 2^17 (NEG_LN2HI_N has 36 bits)
  const pn = n * NEG_LN2HI_N;
  let er = ehi + pn;
  if (n >= 131072 || n <= -131072) er += prodErr(n, NEG_LN2HI_N, pn);
  // er = fma(n, NEG_LN2LO_N, r1); n has at most 18 bits, so n times each half is exact
  p = n * NEG_LN2LO_N;
  e = (n * NEG_LN2LO_N_H - p) + n * NEG_LN2LO_N_L;
  s = p + er;
  u = s - p;
  t = (p - (s - u)) + (er - u);
  v = t + e;
  er = s + v;
  g = (s - er) + v;
  if (g !== 0 && (er + (g + g)) - er === g + g) er = tieFix(t, e, v, g, er);
  er = elo + er;
  const idx = n & 127;
  const k = (n - idx) / 128;
  u = er * SPLIT;
  ah = u - (u - er);
  al = er - ah;
  // q2 = fma(er, C3, C2)
  p = er * C3;
  e = ((ah * C3_H - p) + ah * C3_L + al * C3_H) + al * C3_L;
  s = C2 + p;
  t = (C2 - s) + p;
  v = t + e;
  let q2 = s + v;
  g = (s - q2) + v;
  if (g !== 0 && (q2 + (g + g)) - q2 === g + g) q2 = tieFix(t, e, v, g, q2);
  const q0 = er + EXP_T[idx];
  const r2 = er * er;
  // q4 = fma(er, C5, C4)
  p = er * C5;
  e = ((ah * C5_H - p) + ah * C5_L + al * C5_H) + al * C5_L;
  s = C4 + p;
  t = (C4 - s) + p;
  v = t + e;
  let q4 = s + v;
  g = (s - q4) + v;
  if (g !== 0 && (q4 + (g + g)) - q4 === g + g) q4 = tieFix(t, e, v, g, q4);
  // q2 = fma(q2, r2, q0)
  u = r2 * SPLIT;
  ah = u - (u - r2);
  al = r2 - ah;
  u = q2 * SPLIT;
  bh = u - (u - q2);
  bl = q2 - bh;
  p = q2 * r2;
  e = ((bh * ah - p) + bh * al + bl * ah) + bl * al;
  s = p + q0;
  u = s - p;
  t = (p - (s - u)) + (q0 - u);
  v = t + e;
  q2 = s + v;
  g = (s - q2) + v;
  if (g !== 0 && (q2 + (g + g)) - q2 === g + g) q2 = tieFix(t, e, v, g, q2);
  // tmp = fma(q4, r2 * r2, q2)
  const r4 = r2 * r2;
  u = r4 * SPLIT;
  ah = u - (u - r4);
  al = r4 - ah;
  u = q4 * SPLIT;
  bh = u - (u - q4);
  bl = q4 - bh;
  p = q4 * r4;
  e = ((bh * ah - p) + bh * al + bl * ah) + bl * al;
  s = p + q2;
  u = s - p;
  t = (p - (s - u)) + (q2 - u);
  v = t + e;
  let tmp = s + v;
  g = (s - tmp) + v;
  if (g !== 0 && (tmp + (g + g)) - tmp === g + g) tmp = tieFix(t, e, v, g, tmp);

  const h = EXP_H[idx];
  if (!special || n > 0) {
    // fma(scale, tmp, scale) with scale = h 2^k (times 2^-1009, then 2^1009, when it may
    // overflow): the power of two factors out exactly, leaving fma(h, tmp, h)
    u = tmp * SPLIT;
    ah = u - (u - tmp);
    al = tmp - ah;
    bh = EXP_HH[idx];
    bl = EXP_HL[idx];
    p = h * tmp;
    e = ((bh * ah - p) + bh * al + bl * ah) + bl * al;
    s = h + p;
    t = (h - s) + p;
    v = t + e;
    let res = s + v;
    g = (s - res) + v;
    if (g !== 0 && (res + (g + g)) - res === g + g) res = tieFix(t, e, v, g, res);
    if (!special) return res * POW2[k + 1022];
    return res * POW2[k - 1009 + 1022] * POW2[1009 + 1022];
  }
  // may be subnormal: round to 53 bits before scaling down (glibc's products here are not fused)
  const scale = h * POW2[k + 1022 + 1022];
  const sp = tmp * scale;
  let yv = scale + sp;
  if (yv < 1) {
    const lo5 = (scale - yv) + sp;
    const hi5 = 1 + yv;
    const lo6 = ((1 - hi5) + yv) + lo5;
    yv = (lo6 + hi5) - 1;
  }
  return yv * 2.2250738585072014e-308;
}

/** 0 when y (finite, nonzero) is not an integer, 1 when odd, 2 when even. */
function intKind(y: number): number {
  if (Math.floor(y) !== y) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/** C's pow(x, y) for any doubles, as glibc answers it (Annex F special values, NaN for a negative x and non-integral y). */
export function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax < 1) === (y > 0) ? 0 : Infinity;
  }
  if (x === 0 || x === Infinity || x === -Infinity) {
    let x2 = x * x;
    if ((x < 0 || Object.is(x, -0)) && intKind(y) === 1) x2 = -x2;
    return y < 0 ? 1 / x2 : x2;
  }
  if (x < 0) {
    const kind = intKind(y);
    if (kind === 0) return NaN;
    const r = powPositive(-x, y);
    return kind === 1 ? -r : r;
  }
  return powPositive(x, y);
}
