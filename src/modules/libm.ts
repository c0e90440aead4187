// Double-precision kernels for the math module that JavaScript's Math lacks or computes differently
// from the C library CPython uses: frexp/ldexp/nextafter on the bit pattern, CPython's own gamma and
// lgamma (Lanczos, as mathmodule.c), and erf/erfc with the rational approximations of the Sun/glibc
// libm so that results agree bit for bit.
import { exp, pow, log, sin, cos } from './libm_exact.js';

// little-endian: u32[0] low word, u32[1] high word
import { F64 as f64, U32 as u32 } from '../objects/floatbits.js';

export function highWord(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}

/** x with its low 32 bits cleared. */
function clearLow(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0];
}

/** [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x finite and non-zero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  f64[0] = x;
  let hi = u32[1];
  let bias = 0;
  if ((hi & 0x7ff00000) === 0) {
    // Subnormal: scale into the normal range first.
    f64[0] = x * 18014398509481984; // 2**54
    hi = u32[1];
    bias = 54;
  }
  const e = ((hi >>> 20) & 0x7ff) - 1022 - bias;
  u32[1] = (hi & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** x * 2**e with a single rounding (e any integer). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const E = ex + e; // x = m * 2**E, 0.5 <= |m| < 1
  if (E > 1024) return x > 0 ? Infinity : -Infinity;
  if (E >= -1021) return E > 1000 ? m * 2 ** (E - 100) * 2 ** 100 : m * 2 ** E;
  // Subnormal result: one multiplication by an exact power of two rounds once.
  if (E < -2100) return x > 0 ? 0 : -0;
  return m * 2 ** -1000 * 2 ** (E + 1000);
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  let lo = u32[0];
  let hi = u32[1];
  // Away from zero when moving in x's direction, towards zero otherwise.
  if ((y > x) === (x > 0)) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[0] = lo;
  u32[1] = hi;
  return f64[0];
}

// ---------------------------------------------------------------------------
// gamma and lgamma: CPython's Lanczos approximation (N = 13, g = 6.024680040776729583740234375),
// with its sinpi-based reflection, so that results equal CPython's on the same libm.

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_INTEGRAL.push(f); // (i)! = gamma(i + 1), exact in a double up to 22!
  f *= i + 1;
}
const PI = 3.141592653589793;
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  // Small x: Horner in x; large x: in 1/x (avoids overflow, better accuracy).
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x) for finite x, exact at integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // y >= 0: rounds halves up, as C round()
  let r: number;
  switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break; // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** errno analogue for gamma/lgamma: 0, EDOM (1) or ERANGE (2). */
export let mathErrno = 0;
export const EDOM = 1;
export const ERANGE = 2;

export function tgamma(x: number): number {
  mathErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    mathErrno = EDOM;
    return NaN;
  }
  if (x === 0) {
    mathErrno = EDOM;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      mathErrno = EDOM;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) mathErrno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    mathErrno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, used for a first-order correction.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) mathErrno = ERANGE;
  return r;
}

export function lgamma(x: number): number {
  mathErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  if (!Number.isFinite(r)) mathErrno = ERANGE;
  return r;
}

// ---------------------------------------------------------------------------
// erf and erfc: the Sun libm method as evaluated by glibc (rational approximations on
// [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28), with the polynomial terms grouped
// as glibc groups them, since the grouping decides the last bit).

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** (erf(x) - x) / x on |x| < 0.84375, as R/S of z = x*x. */
function erfSmallRatio(z: number): number {
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** P/Q of s = |x| - 1 on 0.84375 <= |x| < 1.25. */
function erfMidRatio(s: number): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  const p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return p / q;
}

/** exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28 (x positive); nearRange: x < 1/0.35. */
function erfcTail(x: number, nearRange: boolean): number {
  const s = 1 / (x * x);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let R: number;
  let S: number;
  if (nearRange) {
    const s8 = s4 * s4;
    R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  // -x*x split as -z*z + (z-x)*(z+x) with z = x truncated to 21 mantissa bits: exact.
  const z = clearLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S) / x;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidRatio(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfcTail(Math.abs(x), ix < 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMidRatio(Math.abs(x) - 1);
    if (hx >= 0) return (1 - ERX) - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const r = erfcTail(Math.abs(x), ix < 0x4006db6d); // glibc's erfc uses a bound one below erf's
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}
