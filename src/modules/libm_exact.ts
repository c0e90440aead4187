// Elementary functions for the math module, matching the C library CPython is linked with (glibc)
// where JavaScript's Math (fdlibm in V8) rounds differently.
import { frexp, ldexp } from './libm.js';
import { LOG_TAB, LOG2_TAB } from './libm_tables.js';
import { fma } from './libm_fma.js';

// The trigonometric functions: glibc's algorithms, in libm_trig.ts.
export { sin, cos, tan, atan, atan2, asin, acos } from './libm_trig.js';

// little-endian: u32b[0] low word, u32b[1] high word
import { F64 as f64b, U32 as u32b } from '../objects/floatbits.js';

const CBRT2 = 1.2599210498948731648; // 2**(1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2**(2/3)
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt: a degree-6 polynomial guess refined by one Halley step (not correctly rounded). */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---------------------------------------------------------------------------
// exp and exp2 as glibc (2.28+) evaluates them: x = k/128 (in units of ln2 for exp) + r, a table
// of 2^(k/128) = H[k]*(1 + T[k]) with H[k] the nearest double and T[k] its relative error, and a
// degree-5 polynomial for the rest. The table is computed here from that definition.

/** 2**e for an integer e in [-1022, 1023], exactly. */
function pow2(e: number): number {
  u32b[0] = 0;
  u32b[1] = (e + 1023) << 20;
  return f64b[0];
}

/** A C99 hexadecimal float literal ("0x1.62e42fefa39efp-1"). */
function hexf(s: string): number {
  // By char codes, not a regular expression: ~30 constants are read at every start-up, and a first regexp
  // exec compiles the regexp. Mantissas have at most 53 bits, so the integer is exact, and so is the scaling.
  let i = 0;
  const neg = s.charCodeAt(0) === 45; // '-'
  if (neg) i++;
  i += 2; // '0x'
  let mant = 0;
  let frac = 0;
  let seenPoint = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c === 46) seenPoint = true; // '.'
    else if (c === 112) break; // 'p'
    else {
      mant = mant * 16 + (c <= 57 ? c - 48 : c - 87);
      if (seenPoint) frac++;
    }
  }
  const v = mant * 2 ** (Number(s.slice(i + 1)) - 4 * frac);
  return neg ? -v : v;
}

const EXP_N = 128;
let expH: Float64Array | null = null;
let expT: Float64Array | null = null;

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    x = y;
  }
}

function expTable(): void {
  const P = 160n;
  let c = 2n << P; // 2^(1/128) by seven square roots, in fixed point
  for (let i = 0; i < 7; i++) c = isqrtBig(c << P);
  expH = new Float64Array(EXP_N);
  expT = new Float64Array(EXP_N);
  let v = 1n << P;
  for (let k = 0; k < EXP_N; k++) {
    const h = Number(v); // correctly rounded to 53 bits
    const hb = BigInt(h);
    expH[k] = h / 2 ** 160;
    expT[k] = Number(((v - hb) << 200n) / hb) / 2 ** 200;
    v = (v * c) >> P;
  }
}

const EXP_SHIFT = hexf('0x1.8p52');
const INV_LN2_N = hexf('0x1.71547652b82fep0') * EXP_N;
const NEG_LN2_HI_N = hexf('-0x1.62e42fefa0000p-8');
const NEG_LN2_LO_N = hexf('-0x1.cf79abc9e3b3ap-47');
const EC2 = hexf('0x1.ffffffffffdbdp-2');
const EC3 = hexf('0x1.555555555543cp-3');
const EC4 = hexf('0x1.55555cf172b91p-5');
const EC5 = hexf('0x1.1111167a4d017p-7');
const E2_SHIFT = hexf('0x1.8p52') / EXP_N;
const E2C1 = hexf('0x1.62e42fefa39efp-1');
const E2C2 = hexf('0x1.ebfbdff82c424p-3');
const E2C3 = hexf('0x1.c6b08d70cf4b5p-5');
const E2C4 = hexf('0x1.3b2abd24650ccp-7');
const E2C5 = hexf('0x1.5d7e09b4e3a84p-10');

/** The end of exp/exp2 when the result may overflow (k > 0) or be subnormal (k < 0). */
function expSpecial(tmp: number, h: number, e: number, k: number, overflowBias: number, fused: boolean): number {
  const madd = fused ? fma : (a: number, b: number, c: number): number => a * b + c;
  if (k >= 0) {
    const scale = h * pow2(e - overflowBias);
    return pow2(overflowBias) * madd(scale, tmp, scale);
  }
  // Not fused even in the FMA variant: the product has a use in the branch below, another basic block,
  // and GCC fuses only a product whose every use it can fuse (checked against libm.so.6).
  const scale = h * pow2(e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    // Round to the final precision before scaling into the subnormals (no double rounding).
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0;
  }
  return pow2(-1022) * y;
}

function top12(x: number): number {
  f64b[0] = x;
  return u32b[1] >>> 20;
}

export function exp(x: number): number {
  let abstop = top12(x) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // 512 <= |x| < 1024: scaled below
  }
  if (expH === null) expTable();
  const z = INV_LN2_N * x;
  const kd = (z + EXP_SHIFT) - EXP_SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const k = ((kd % EXP_N) + EXP_N) % EXP_N;
  const e = (kd - k) / EXP_N;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EC5, EC4), fma(r2, fma(r, EC3, EC2), expT![k] + r));
  if (abstop === 0) return expSpecial(tmp, expH![k], e, kd, 1009, true);
  const scale = expH![k] * pow2(e);
  return fma(scale, tmp, scale);
}

export function exp2(x: number): number {
  let abstop = top12(x) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0;
  }
  if (expH === null) expTable();
  const kd0 = x + E2_SHIFT; // rounds x to a multiple of 1/128
  const kd = kd0 - E2_SHIFT;
  const K = kd * EXP_N;
  const r = x - kd;
  const k = ((K % EXP_N) + EXP_N) % EXP_N;
  const e = (K - k) / EXP_N;
  const r2 = r * r;
  // glibc 2.36 has no FMA variant of exp2: plain operations, in C's order.
  const tmp = expT![k] + r * E2C1 + r2 * (E2C2 + r * E2C3) + r2 * r2 * (E2C4 + r * E2C5);
  if (abstop === 0) return expSpecial(tmp, expH![k], e, K, 1, false);
  const scale = expH![k] * pow2(e);
  return scale + scale * tmp;
}

// ---------------------------------------------------------------------------
// pow as glibc (2.28+, FMA variant) evaluates it: log(x) in double-double from a 128-entry table
// (1/c with few bits, log(c) split in a 43-bit head and a tail), times y, then exp with the
// table above. The log table is computed here from its definition.

const POW_OFF = 0x3fe69555; // high word of the start of the reduced range [0x1.69555p-1, 0x1.69555p0)
let powInvc: Float64Array | null = null;
let powLogc: Float64Array | null = null;
let powLogctail: Float64Array | null = null;

/** ln(j / 256) * 2^200 for an integer j in [128, 512), by the atanh series. */
function lnFixed(j: number): bigint {
  const P = 200n;
  const num = BigInt(j - 256);
  const den = BigInt(j + 256);
  if (num === 0n) return 0n;
  let term = (num << P) / den; // u * 2^P
  const u2num = num * num;
  const u2den = den * den;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * u2num) / u2den;
  }
  return 2n * sum;
}

function powTable(): void {
  const N = 128;
  powInvc = new Float64Array(N);
  powLogc = new Float64Array(N);
  powLogctail = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    // The subinterval's ends (uniform in the bit pattern), its midpoint c0, and 1/c with 7-8 bits.
    const lo = fromHigh(POW_OFF + i * 0x2000);
    const hi = fromHigh(POW_OFF + (i + 1) * 0x2000);
    const center = (lo + hi) / 2;
    const j = center < 1 ? Math.round(N / center) * 2 : Math.round((2 * N) / center); // invc = j / 256
    const invc = j / 256;
    const L = -lnFixed(j); // log(c) * 2^200
    const q = roundShift(L, 157n); // round(2^43 * log(c))
    powInvc[i] = invc;
    powLogc[i] = Number(q) / 2 ** 43;
    powLogctail[i] = Number(L - (q << 157n)) / 2 ** 200;
  }
}

function roundShift(v: bigint, s: bigint): bigint {
  const half = 1n << (s - 1n);
  return v >= 0n ? (v + half) >> s : -((-v + half) >> s);
}

function fromHigh(hi: number): number {
  u32b[0] = 0;
  u32b[1] = hi >>> 0;
  return f64b[0];
}

const LN2HI = hexf('0x1.62e42fefa3800p-1');
const LN2LO = hexf('0x1.ef35793c76730p-45');
const PA0 = -0.5;
const PA1 = hexf('0x1.555555555556p-2') * -2;
const PA2 = hexf('-0x1.0000000000006p-2') * -2;
const PA3 = hexf('0x1.999999959554ep-3') * 4;
const PA4 = hexf('-0x1.555555529a47ap-3') * 4;
const PA5 = hexf('0x1.2495b9b4845e9p-3') * -8;
const PA6 = hexf('-0x1.0002b8b263fc3p-3') * -8;


/** log(x) as head + logTail, for x > 0 given by its bits (hi/lo words; subnormals pre-scaled via k). */
function powLog(hiw: number, low: number, kAdj: number): number {
  if (powInvc === null) powTable();
  const tmpHi = (hiw - POW_OFF) | 0; // (ix - OFF) >> 32, as a signed 32-bit value
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi >> 20) + kAdj;
  u32b[0] = low;
  u32b[1] = (hiw - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64b[0];
  const kd = k;
  const invc = powInvc![i];
  const r = fma(z, invc, -1.0);
  const t1 = fma(kd, LN2HI, powLogc![i]);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2LO, powLogctail![i]);
  const lo2 = t1 - t2 + r;
  const ar = PA0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const p = ar3 * fma(ar2, fma(ar2, fma(r, PA6, PA5), fma(r, PA4, PA3)), fma(r, PA2, PA1));
  const lo = lo1 + lo2 + lo3 + lo4 + p;
  const y = hi + lo;
  REG[6] = hi - y + lo;
  return y;
}

/** sign * exp(x + xtail), the end of pow. */
function powExp(x: number, xtail: number, negative: boolean): number {
  let abstop = top12(x) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    if (abstop >= 0x409) {
      const r = x < 0 ? 0 : Infinity;
      return negative ? -r : r;
    }
    abstop = 0;
  }
  if (expH === null) expTable();
  const z = INV_LN2_N * x;
  const kd = (z + EXP_SHIFT) - EXP_SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const k = ((kd % EXP_N) + EXP_N) % EXP_N;
  const e = (kd - k) / EXP_N;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EC5, EC4), fma(r2, fma(r, EC3, EC2), expT![k] + r));
  const h = negative ? -expH![k] : expH![k];
  if (abstop === 0) {
    if (kd >= 0) {
      const scale = h * pow2(e - 1009);
      return fma(scale, tmp, scale) * pow2(1009);
    }
    // Unfused, as in exp's special case above.
    const scale = h * pow2(e + 1022);
    const st = scale * tmp;
    let y = scale + st;
    if (Math.abs(y) < 1.0) {
      const one = y < 0 ? -1.0 : 1.0;
      let lo = scale - y + st;
      const hi = one + y;
      lo = one - hi + y + lo;
      y = (hi + lo) - one;
      if (y === 0) y = negative ? -0 : 0;
    }
    return pow2(-1022) * y;
  }
  const scale = h * pow2(e);
  return fma(scale, tmp, scale);
}

/** 0: not an integer, 1: odd integer, 2: even integer (y finite and non-zero). */
function checkInt(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return Math.abs(y) % 2 === 1 ? 1 : 2;
}

export function pow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x === 1) return 1.0;
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  let negative = false;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1.0;
    if ((ax < 1) === (y > 0)) return 0.0;
    return y * y;
  }
  if (x === 0 || !Number.isFinite(x)) {
    let x2 = x * x;
    if ((x < 0 || Object.is(x, -0)) && checkInt(y) === 1) x2 = -x2;
    return y < 0 ? 1 / x2 : x2;
  }
  if (x < 0) {
    const yint = checkInt(y);
    if (yint === 0) return NaN;
    if (yint === 1) negative = true;
    x = -x;
  }
  const ay = Math.abs(y);
  if (ay < 2 ** -65 || ay >= 2 ** 63) {
    if (x === 1) return 1.0;
    if (ay < 2 ** -65) return x > 1 ? 1.0 + y : 1.0 - y;
    return (x > 1) === (y > 0) ? Infinity : 0;
  }
  f64b[0] = x;
  let kAdj = 0;
  if (x < 2.2250738585072014e-308) {
    // Subnormal x: scale into the normal range and correct the exponent.
    f64b[0] = x * 4503599627370496; // 2^52
    kAdj = -52;
  }
  const hiw = u32b[1];
  const low = u32b[0];
  const hi = powLog(hiw, low, kAdj);
  const lo = REG[6];
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return powExp(ehi, elo, negative);
}

// ---------------------------------------------------------------------------
// The hyperbolic functions of glibc's dbl-64 (the Sun libm method) on this file's exp, expm1, log
// and log1p.

function highOf(x: number): number {
  f64b[0] = x;
  return u32b[1] & 0x7fffffff;
}
function lowOf(x: number): number {
  f64b[0] = x;
  return u32b[0];
}

export function sinh(x: number): number {
  const ix = highOf(x);
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowOf(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

export function cosh(x: number): number {
  const ix = highOf(x);
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      const t = expm1(ax);
      const w = 1.0 + t;
      if (ix < 0x3c800000) return w;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowOf(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

const LN2 = 6.93147180559945286227e-01;

export function asinh(x: number): number {
  const ix = highOf(x);
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -Math.abs(w) : Math.abs(w);
}

export function acosh(x: number): number {
  f64b[0] = x;
  const hx = u32b[1] | 0;
  const lx = u32b[0];
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (hx === 0x3ff00000 && lx === 0) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

// ---------------------------------------------------------------------------
// Logarithms: glibc's log and log2 (below), and log10 (the Sun method on log).

// log as glibc 2.36 computes it (e_log.c, the FMA variant): near 1 a degree-11 polynomial with the
// leading terms in extra precision; elsewhere x = 2^k z, z in [0x1.6p-1, 0x1.6p0) falls in one of 128
// subintervals whose 1/c and log(c) come from glibc's table (libm_tables.ts), and
// log(x) = k ln2 + log(c) + log1p(z/c - 1), the last by a degree-5 polynomial.

const LB1 = 0.3333333333333352; // 0x1.5555555555577p-2 (B[0] is -0.5)
const LB2 = -0.24999999999998432;
const LB3 = 0.19999999999320328;
const LB4 = -0.16666666669929706;
const LB5 = 0.14285715076560868;
const LB6 = -0.12499997863982555;
const LB7 = 0.11110712032936046;
const LB8 = -0.10000486757818193;
const LB9 = 0.09181994006195467;
const LB10 = -0.08328363062289341;
const LA0 = -0.5000000000000001; // -0x1.0000000000001p-1
const LA1 = 0.33333333331825593;
const LA2 = -0.2499999999622955;
const LA3 = 0.20000304511814496;
const LA4 = -0.16667054827627667;
const LOG_LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LOG_LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
let logTab: Float64Array | null = null;

function tableOf(words: readonly number[]): Float64Array {
  const t = new Float64Array(words.length >> 1);
  const u = new Uint32Array(t.buffer);
  for (let i = 0; i < t.length; i++) {
    u[2 * i + 1] = words[2 * i]; // high word (little-endian, as everywhere in this file)
    u[2 * i] = words[2 * i + 1];
  }
  return t;
}

export function log(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    return NaN;
  }
  if (x === 1) return 0;
  if (x >= 0.9375 && x < 1.064697265625) {
    // 1 - 2^-4 <= x < 1 + 0x1.09p-4
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const i3 = fma(r3, LB10, fma(r2, LB9, fma(r, LB8, LB7)));
    const i2 = fma(r3, i3, fma(r2, LB6, fma(r, LB5, LB4)));
    const i1 = fma(r3, i2, fma(r2, LB3, fma(r, LB2, LB1)));
    // r = rhi + rlo with rhi of 26 bits, so that rhi^2 / 2 is exact
    const w = r * 134217728;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const w2 = rhi * rhi * -0.5;
    const hi = r + w2;
    let lo = r - hi + w2;
    lo = fma(-0.5 * rlo, rhi + r, lo);
    return fma(r3, i1, lo) + hi;
  }
  if (logTab === null) logTab = tableOf(LOG_TAB);
  f64b[0] = x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    f64b[0] = x * 4503599627370496; // 2^52
    k = -52;
  }
  // tmp = ix - 0x3fe6000000000000: i = its bits 45..51, k += its exponent (arithmetic shift)
  const tmpHi = (u32b[1] - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  k += tmpHi >> 20;
  u32b[1] = (u32b[1] - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64b[0];
  const invc = logTab[2 * i];
  const logc = logTab[2 * i + 1];
  const r = fma(z, invc, -1.0);
  const w = k * LOG_LN2HI + logc; // exact: ln2hi has 42 bits
  const hi = w + r;
  const lo = fma(k, LOG_LN2LO, w - hi + r);
  const r2 = r * r;
  const q = fma(r2, fma(r, LA4, LA3), fma(r, LA2, LA1));
  return fma(r * r2, q, fma(r2, LA0, lo)) + hi;
}


// log2 as glibc 2.36's FMA variant computes it (e_log2.c): the method of log above with 64
// subintervals (table in libm_tables.ts) and 1/ln2 in two parts.

const L2_INVLN2HI = 1.4426950407214463; // 0x1.7154765200000p+0
const L2_INVLN2LO = 1.6751713164886512e-10; // 0x1.705fc2eefa200p-33
const L2B0 = -0.7213475204444817;
const L2B1 = 0.48089834696298744;
const L2B2 = -0.360673760222145;
const L2B3 = 0.2885390081805197;
const L2B4 = -0.24044917405728863;
const L2B5 = 0.2060992861022954;
const L2B6 = -0.18033596705327856;
const L2B7 = 0.1603032746063156;
const L2B8 = -0.14483316576701266;
const L2B9 = 0.13046826811283835;
const L2A0 = -0.7213475204444882;
const L2A1 = 0.4808983469629985;
const L2A2 = -0.36067375954075914;
const L2A3 = 0.2885390073180969;
const L2A4 = -0.2404693555628422;
const L2A5 = 0.2061202382173603;
let log2Tab: Float64Array | null = null;

export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    return NaN;
  }
  if (x === 1) return 0;
  if (x >= 0.9576029777526855 && x < 1.0442743301391602) {
    // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
    const r = x - 1.0;
    const hi = r * L2_INVLN2HI;
    let lo = fma(r, L2_INVLN2LO, fma(r, L2_INVLN2HI, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const pb = fma(r, L2B1, L2B0);
    const y = fma(r2, pb, hi);
    lo += fma(r2, pb, hi - y);
    const q = fma(r4, fma(r2, fma(r, L2B9, L2B8), fma(r, L2B7, L2B6)), fma(r2, fma(r, L2B5, L2B4), fma(r, L2B3, L2B2)));
    lo = fma(r4, q, lo);
    return y + lo;
  }
  if (log2Tab === null) log2Tab = tableOf(LOG2_TAB);
  f64b[0] = x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    f64b[0] = x * 4503599627370496; // 2^52
    k = -52;
  }
  const tmpHi = (u32b[1] - 0x3fe60000) | 0;
  const i = (tmpHi >>> 14) & 63;
  k += tmpHi >> 20;
  u32b[1] = (u32b[1] - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64b[0];
  const invc = log2Tab[2 * i];
  const logc = log2Tab[2 * i + 1];
  const r = fma(z, invc, -1.0);
  const t1 = r * L2_INVLN2HI;
  const t2 = fma(r, L2_INVLN2LO, fma(r, L2_INVLN2HI, -t1));
  const t3 = k + logc;
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, L2A5, L2A4), fma(r2, fma(r, L2A3, L2A2), fma(r, L2A1, L2A0)));
  return fma(r2, p, lo) + hi;
}

const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  f64b[0] = x;
  let hx = u32b[1] | 0;
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | u32b[0]) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984; // 2^54
    f64b[0] = x;
    hx = u32b[1] | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  f64b[0] = x;
  u32b[1] = ((hx & 0x000fffff) | ((0x3ff - i) << 20)) >>> 0;
  const xr = f64b[0];
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(xr);
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------------------
// sin, cos, tan, asin, acos, atan and atan2 are glibc's own algorithms, in libm_trig.ts (re-exported above).

// Double-double results are returned in REG (a typed array: module-level `let` numbers would be
// boxed on every write): REG[6] is the tail of powLog's logarithm.
const REG = new Float64Array(8);

// ---------------------------------------------------------------------------
// hypot: glibc's since 2.35 (Borges' "An Improved Algorithm for hypot(a,b)", the variant without FMA,
// which the x86-64 build uses): sqrt(ax^2 + ay^2), then one correction step computed from the rounding
// errors of the squares; inputs beyond 2^511 or below 2^-511 are scaled by 2^-600 first. V8's Math.hypot
// differs from it in ~10% of random pairs (the last bit), so abs(complex) and complex powers did too.

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  const h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const d = h - ay;
    t1 = ax * (2.0 * d - ax);
    t2 = (d - 2.0 * (ax - ay)) * d;
  } else {
    const d = h - ax;
    t1 = 2.0 * d * (ax - 2.0 * ay);
    t2 = (4.0 * d - ay) * ay + d * d;
  }
  return h - (t1 + t2) / (2.0 * h);
}

export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === Infinity || x === -Infinity || y === Infinity || y === -Infinity ? Infinity : x + y;
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) return ay <= ax * HYPOT_EPS ? ax + ay : hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  if (ay < HYPOT_TINY) return ax >= ay / HYPOT_EPS ? ax + ay : hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  return ay <= ax * HYPOT_EPS ? ax + ay : hypotKernel(ax, ay);
}

// ---------------------------------------------------------------------------
// expm1: the Sun method with the polynomial grouped as glibc evaluates it (Shimizu's pipelined
// form), which decides the last bit differently from fdlibm's Horner form in JavaScript.

const EM_LN2_HI = 6.93147180369123816490e-01;
const EM_LN2_LO = 1.90821492927058770002e-10;
const EM_INVLN2 = 1.44269504088896338700e+00;
const EQ1 = -3.33333333333331316428e-02;
const EQ2 = 1.58730158725481460165e-03;
const EQ3 = -7.93650757867487942473e-05;
const EQ4 = 4.00821782732936239552e-06;
const EQ5 = -2.01099218183624371326e-07;

/** y with k added to its binary exponent (the SET_HIGH_WORD idiom). */
function addExp(y: number, k: number): number {
  f64b[0] = y;
  u32b[1] = (u32b[1] + (k << 20)) >>> 0;
  return f64b[0];
}

export function expm1(x: number): number {
  f64b[0] = x;
  let hx = u32b[1];
  const neg = (hx & 0x80000000) !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x;
        return neg ? -1.0 : x;
      }
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (neg) return 1e-300 - 1.0;
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!neg) {
        hi = x - EM_LN2_HI;
        lo = EM_LN2_LO;
        k = 1;
      } else {
        hi = x + EM_LN2_HI;
        lo = -EM_LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(fma(EM_INVLN2, x, neg ? -0.5 : 0.5));
      hi = fma(-k, EM_LN2_HI, x);
      lo = k * EM_LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, EQ1, 1.0);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, EQ3, EQ2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, EQ5, EQ4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(2.0, x - e, 1.0);
  }
  if (k <= -2 || k > 56) return addExp(1.0 - (e - x), k) - 1.0;
  if (k < 20) {
    t = fromHigh(0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
    return addExp(t - (e - x), k);
  }
  t = fromHigh((0x3ff - k) << 20); // 2^-k
  let y = x - (e + t);
  y += 1.0;
  return addExp(y, k);
}

// ---------------------------------------------------------------------------
// log1p: the Sun method as glibc's FMA variant evaluates it (Debian's 2.36 has __log1p_fma, chosen on
// CPUs with FMA; the fused products were read off its machine code).

const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

export function log1p(x: number): number {
  f64b[0] = x;
  const hx = u32b[1] | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      f64b[0] = u;
      hu = u32b[1] | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hx;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    f64b[0] = u;
    if (hu < 0x6a09e) {
      u32b[1] = (hu | 0x3ff00000) >>> 0;
    } else {
      k += 1;
      u32b[1] = (hu | 0x3fe00000) >>> 0;
      hu = (0x00100000 - hu) >> 2;
    }
    u = f64b[0];
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = fma(k, EM_LN2_LO, c);
      return fma(k, EM_LN2_HI, c);
    }
    const R = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return fma(k, EM_LN2_HI, -((R - fma(k, EM_LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // z * LP1 (computed first) is the product fused into R1 + z2 * R2
  const R = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  // s * (hfsq + R) is shared by both returns, so GCC computes it before the branch, unfused
  const q = s * (hfsq + R);
  if (k === 0) return f - (hfsq - q);
  return fma(k, EM_LN2_HI, -((hfsq - (q + fma(k, EM_LN2_LO, c))) - f));
}

/** atanh as glibc: 0.5 * log1p(2x + 2x*x/(1-x)) below 0.5, 0.5 * log1p(2x/(1-x)) above. */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2^-28
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0 || Number.isNaN(xa)) return NaN;
    return x / 0.0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}

/** tanh as the Sun libm computes it, on this file's expm1. */
export function tanh(x: number): number {
  f64b[0] = x;
  const jx = u32b[1] | 0;
  const ix = jx & 0x7fffffff;
  let z: number;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else z = 1.0 - 1e-300;
  return jx >= 0 ? z : -z;
}
