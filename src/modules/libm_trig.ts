// sin, cos, tan, asin, acos, atan and atan2 computed as glibc 2.36 computes them on x86-64 (the IBM Accurate
// Mathematical Library in sysdeps/ieee754/dbl-64, without its multi-precision slow paths since 2.28-2.35),
// so that every result has the same bits as CPython's math module here. These routines are not correctly
// rounded (error up to ~0.55-0.62 ulp); a correctly rounded result would differ from CPython's in ~0.1%.
//
// glibc picks, by ifunc, variants of these files compiled with -mfma -mavx2 when the CPU has FMA (as
// every x86-64 CPU since 2013 does). GCC then fuses each product whose every use is an addition or a
// subtraction, the first such product of an expression winning (checked against the machine code of
// libm.so.6): the fma() calls below sit where those fused operations are, except where the product is
// exact (Cody-Waite constants with few bits times a quotient below 2^26, powers of two), where plain
// operations give the same double faster. __branred (the reduction of huge arguments) is shared and
// compiled without FMA: plain operations there.
import { SINCOSTAB, TAN_XFG, ATAN_CIJ, ASNCS, INROOT } from './libm_tables.js';
import { F64, U32, HI } from '../objects/floatbits.js';
import { prodErr } from '../objects/float_pow.js';
// This file's operands stay far from overflow and underflow (products within 2^-600..2^600).
import { fmaInRange as fma } from './libm_fma.js';


// ---------------------------------------------------------------------------
// Tables: glibc's numeric tables (libm_tables.ts, generated) and the digits of 2/pi (derived), made at
// first use.

// __sincostab: for i = 0..109, sin(i/128) and cos(i/128) as double-double pairs (sn, ssn, cs, ccs).
let sincostab: Float64Array | null = null;

/** A table of doubles given as (high word, low word) pairs. */
function fromWords(w: readonly number[]): Float64Array {
  const t = new Float64Array(w.length >> 1);
  const u = new Uint32Array(t.buffer);
  for (let i = 0; i < t.length; i++) {
    u[2 * i + HI] = w[2 * i];
    u[2 * i + 1 - HI] = w[2 * i + 1];
  }
  return t;
}

// toverp: 2/pi in base 2^24 digits (75 of them), for __branred; equal to glibc's branred.h table.
let toverp: Float64Array | null = null;

function atanInvFixed(k: bigint, P: bigint): bigint {
  // atan(1/k) * 2^P by its series.
  let term = (1n << P) / k;
  const k2 = k * k;
  let sum = 0n;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
    sum += sign * (term / n);
    term /= k2;
  }
  return sum;
}

function makeToverp(): Float64Array {
  const P = 1900n;
  const pi = 16n * atanInvFixed(5n, P) - 4n * atanInvFixed(239n, P);
  const bits = (1n << (P + 1n + 75n * 24n)) / pi; // 2/pi * 2^1800
  const t = new Float64Array(75);
  for (let j = 0; j < 75; j++) t[j] = Number((bits >> BigInt(1800 - 24 * (j + 1))) & 0xffffffn);
  return t;
}

// ---------------------------------------------------------------------------
// sin and cos (s_sin.c, usncs.h).

const S1 = -0.16666666666666666; // -0x1.5555555555555p-3
const S2 = 0.008333333333332329; // 0x1.1111111110ECEp-7
const S3 = -0.00019841269834414642; // -0x1.A01A019DB08B8p-13
const S4 = 2.755729806860771e-06; // 0x1.71DE27B9A7ED9p-19
const S5 = -2.5022014848318398e-08; // -0x1.ADDFFC2FCDF59p-26
const BIG = 52776558133248.0; // 0x1.8p45: adding it rounds to a multiple of 1/128
const HP0 = 1.5707963267948966; // pi/2, head
const HP1 = 6.123233995736766e-17; // pi/2, tail
const MP1 = 1.5707963407039642; // 0x1.921FB58000000p0
const MP2 = -1.3909067564377153e-08; // -0x1.DDE973C000000p-27
const PP3 = -4.97899623147991e-17; // -0x1.CB3B398000000p-55
const PP4 = -1.9034889620193266e-25; // -0x1.d747f23e32ed7p-83
const HPINV = 0.6366197723675814; // 2/pi
const TOINT = 6755399441055744.0; // 0x1.8p52
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;

// A reduced argument a + da, written by the reductions (a typed array: module `let`s would box).
const RED = new Float64Array(2);

/** cos(x + dx), |x| < 0.855 (do_cos). */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const ub = u - BIG;
  const k = (ub * 512) | 0; // 4 * (u - BIG) * 128: the entry's index
  const xr = (ax - ub) + dx;
  const xx = xr * xr;
  const s = fma(xr * xx, fma(xx, SN5, SN3), xr);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const T = sincostab!;
  const sn = T[k];
  const cs = T[k + 2];
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, T[k + 1], T[k + 3])));
  return cs + cor;
}

/** sin(x + dx), |x| < 0.855 (do_sin). */
function doSin(x: number, dx: number): number {
  const ax = Math.abs(x);
  if (ax < 0.126) {
    const xx = x * x;
    const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
    return x + fma(fma(p, x, -0.5 * dx), xx, dx);
  }
  if (x <= 0) dx = -dx;
  const u = BIG + ax;
  const ub = u - BIG;
  const k = (ub * 512) | 0;
  const xr = ax - ub;
  const xx = xr * xr;
  const s = xr + fma(xr * xx, fma(xx, SN5, SN3), dx);
  const c0 = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const c = dx === 0 ? c0 + dx : fma(xr, dx, c0); // sin's own path has dx = 0: nothing to fuse
  const T = sincostab!;
  const sn = T[k];
  const cor = fma(T[k + 2], s, fma(-sn, c, fma(s, T[k + 3], T[k + 1])));
  const r = sn + cor;
  return x < 0 ? -r : r;
}

/**
 * fma(x, HPINV, TOINT) - TOINT: the integer nearest to x * 2/pi (|x| < 2^26). The plain product p is
 * within ulp(p)/2 of the exact one and p - n is a multiple of ulp(p), so only p at exactly n + 1/2 can
 * round differently from the fused form.
 */
function nearestQuadrant(x: number): number {
  const p = x * HPINV;
  const xn = (p + TOINT) - TOINT;
  return Math.abs(p - xn) === 0.5 ? fma(x, HPINV, TOINT) - TOINT : xn;
}

/** x (|x| < 105414350) reduced modulo pi/2 into RED; returns the quadrant (reduce_sincos). */
function reduceSincos(x: number): number {
  const xn = nearestQuadrant(x);
  // xn < 2^26 and MP1, MP2, PP3 have at most 27 bits: these products are exact, so fusing changes nothing.
  const y = (x - xn * MP1) - xn * MP2;
  const t2 = y - xn * PP3;
  let db = (y - t2) - xn * PP3;
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  RED[0] = b;
  RED[1] = db;
  return xn & 3;
}

function doSincos(a: number, da: number, n: number): number {
  const r = (n & 1) !== 0 ? doCos(a, da) : doSin(a, da);
  return (n & 2) !== 0 ? -r : r;
}

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] & 0x7fffffff;
}


export function sin(x: number): number {
  const k = highWord(x);
  if (k < 0x3e500000) return x; // |x| < 2^-26
  if (sincostab === null) sincostab = fromWords(SINCOSTAB);
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -r : r;
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(RED[0], RED[1], n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(RED[0], RED[1], n);
  }
  return NaN;
}

export function cos(x: number): number {
  const k = highWord(x);
  if (k < 0x3e400000) return 1.0; // |x| < 2^-27
  if (sincostab === null) sincostab = fromWords(SINCOSTAB);
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(RED[0], RED[1], n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(RED[0], RED[1], n + 1);
  }
  return NaN;
}

// ---------------------------------------------------------------------------
// tan (s_tan.c, utan.h, utan.tbl): an odd polynomial near 0; elsewhere the argument is reduced modulo
// pi/2 and tan (or -cot, in odd quadrants) comes from the table point x_i nearest to it,
// tan(x_i + z) = F + (G + F) p / (G - p) with p ~ tan(z), F = tan(x_i), G = cot(x_i).

const TD3 = 0.3333333333333333; // 0x3FD5555555555555
const TD5 = 0.1333333333332673; // 0x3FC11111111107C6
const TD7 = 0.05396825411095433; // 0x3FABA1BA1CDB8745
const TD9 = 0.021869380598167253; // 0x3F9664ED49CFC666
const TD11 = 0.008896546349534924; // 0x3F82385A3CF2E4EA
const TE0 = 0.3333333333332254; // 0x3FD5555555554DBD
const TE1 = 0.13333354920669913; // 0x3FC11112E0A6B45F
const TG1 = 1.2589993048095494e-08; // 0x3E4B096C00000000
const TG2 = 0.060799986124038696; // 0x3FAF212D00000000 (also gy2)
const TG3 = 0.7869997024536133; // 0x3FE92F1A00000000
const TG4 = 25.0;
const TG5 = 100000000.0;
const TMP3 = -4.9789962505147994e-17; // 0xBC8CB3B399D747F2

let tanXfg: Float64Array | null = null;

/** tan (n even) or -cot (n odd) of a + da, |a + da| <= pi/4. */
function tanReduced(a: number, da: number, n: number): number {
  const ya = Math.abs(a);
  if (ya <= TG2) {
    const a2 = a * a;
    const p = fma(a2, fma(a2, fma(a2, fma(a2, TD11, TD9), TD7), TD5), TD3);
    const t2 = fma(a * a2, p, da);
    if (n === 0) return a + t2;
    // -1 / (a + t2) in double-double (EADD, then DIV2 with the exact product by FMA)
    const b = a + t2;
    const db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
    const c = 1.0 / b;
    const u = c * b;
    const uu = prodErr(c, b, u);
    const cc = fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
    return -(c + cc);
  }
  const yya = a < 0 ? -da : da;
  const X = tanXfg!;
  const i = 3 * Math.trunc(256 * ya - 15.5);
  const z = (ya - X[i]) + yya;
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, TE1, TE0), z);
  const fi = X[i + 1];
  const gi = X[i + 2];
  let y: number;
  if (n !== 0) {
    y = gi - pz * (fi + gi) / (fi + pz);
    return a < 0 ? y : -y;
  }
  y = fi + pz * (gi + fi) / (gi - pz);
  return a < 0 ? -y : y;
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const w = Math.abs(x);
  if (w <= TG1) return x;
  if (w <= TG2) {
    const x2 = x * x;
    const p = fma(x2, fma(x2, fma(x2, fma(x2, TD11, TD9), TD7), TD5), TD3);
    return fma(p, x * x2, x);
  }
  if (tanXfg === null) tanXfg = fromWords(TAN_XFG);
  if (w <= TG3) return tanReduced(x, 0, 0);
  let a: number;
  let da: number;
  let n: number;
  if (w <= TG4) {
    const xn = nearestQuadrant(x);
    const t1 = (x - xn * MP1) - xn * MP2; // exact products, as in reduceSincos
    n = xn & 1;
    a = fma(-xn, TMP3, t1);
    da = fma(-xn, TMP3, t1 - a);
    return tanReduced(a, da, n);
  }
  if (w <= TG5) {
    const xn = nearestQuadrant(x);
    const t1 = (x - xn * MP1) - xn * MP2;
    n = xn & 1;
    const tt = t1 - xn * PP3;
    da = (t1 - tt) - xn * PP3;
    a = fma(-xn, PP4, tt);
    da = fma(-xn, PP4, tt - a) + da;
  } else {
    n = branred(x) & 1;
    a = RED[0];
    da = RED[1];
  }
  // EADD(a, da)
  const s = a + da;
  const e = Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a;
  return tanReduced(s, e, n);
}

// ---------------------------------------------------------------------------
// atan and atan2 (s_atan.c, atnat.h; e_atan2.c, atnat2.h; uatan.tbl): an odd polynomial below 1/16;
// up to 16 (for atan2: the ratio of the smaller to the larger), a degree-5 polynomial around the
// table point x_i nearest to the argument; above 16, pi/2 minus the odd polynomial of the inverse.

const AD3 = -0.3333333333333333; // 0xBFD5555555555555
const AD5 = 0.19999999999998855; // 0x3FC99999999997FD
const AD7 = -0.14285714283953163; // 0xBFC24924923F7603
const AD9 = 0.11111109821886427; // 0x3FBC71C6E5129A3B
const AD11 = -0.09090424391727987; // 0xBFB7458022B13C25
const AD13 = 0.07601836584380736; // 0x3FB375F08B31CBCE
const ATAN_A = 1.2904777690891933e-08; // 0x3E4BB67A00000000
const ATAN_E = 5805361265115136.0; // 0x43349FF200000000
const TWO52 = 4503599627370496.0;
const OPI = 3.141592653589793;
const OPI1 = 1.2246467991473532e-16; // pi - OPI
const QPI = 0.7853981633974483;
const TQPI = 2.356194490192345; // 0x4002D97C7F3321D2
const TWO500 = 2 ** 500;
const TWOM500 = 2 ** -500;

let atanCij: Float64Array | null = null;

/** The odd polynomial of atan below 1/16, in v = x * x, without its first term. */
function atanPoly(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, AD13, AD11), AD9), AD7), AD5), AD3);
}

/** Index (times 7) of the table point nearest to u, 1/16 <= u <= 1. */
function cijIndex(u: number): number {
  return 7 * (((TWO52 + 256 * u) - TWO52) - 16);
}

export function atan(x: number): number {
  if (x !== x) return x + x;
  const u = Math.abs(x);
  if (u < 1) {
    if (u < 0.0625) {
      if (u < ATAN_A) return x;
      const v = x * x;
      return fma(atanPoly(v), x * v, x);
    }
    if (atanCij === null) atanCij = fromWords(ATAN_CIJ);
    const C = atanCij;
    const i = cijIndex(u);
    const z = u - C[i];
    const yy = fma(z, fma(z, fma(z, fma(z, C[i + 6], C[i + 5]), C[i + 4]), C[i + 3]), C[i + 2]);
    const y = fma(yy, z, C[i + 1]);
    return x < 0 ? -y : y;
  }
  if (u < 16) {
    if (atanCij === null) atanCij = fromWords(ATAN_CIJ);
    const C = atanCij;
    const w = 1 / u;
    const t1 = w * u;
    const t2 = prodErr(w, u, t1);
    const i = cijIndex(w);
    const z = fma(w, (1 - t1) - t2, w - C[i]);
    const yy = fma(z, fma(z, fma(z, fma(z, C[i + 6], C[i + 5]), C[i + 4]), C[i + 3]), C[i + 2]);
    const y = (HP0 - C[i + 1]) + fma(-z, yy, HP1);
    return x < 0 ? -y : y;
  }
  if (u < ATAN_E) {
    const w = 1 / u;
    const v = w * w;
    const t1 = w * u;
    const t2 = prodErr(w, u, t1);
    const t3 = HP0 - w;
    const cor = HP0 > w ? (HP0 - t3) - w : HP0 - (w + t3);
    // No fusion here: the products are computed before ESUB's branch, their uses after it (GCC fuses
    // only within a basic block).
    const yy = ((HP1 + cor) - w * ((1 - t1) - t2)) - (w * v) * atanPoly(v);
    const y = t3 + yy;
    return x < 0 ? -y : y;
  }
  return x > 0 ? HP0 : -HP0;
}

/** z with y's sign. */
function signOf(y: number, z: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(z) : Math.abs(z);
}

export function atan2(y: number, x: number): number {
  if (x !== x) return x + y;
  if (y !== y) return y + y;
  if (y === 0) return x > 0 || Object.is(x, 0) ? y : signOf(y, OPI);
  if (x === 0) return y > 0 ? HP0 : -HP0;
  if (x === Infinity) {
    if (y === Infinity) return QPI;
    if (y === -Infinity) return -QPI;
    return y > 0 ? 0 : -0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return TQPI;
    if (y === -Infinity) return -TQPI;
    return y > 0 ? OPI : -OPI;
  }
  if (y === Infinity) return HP0;
  if (y === -Infinity) return -HP0;
  F64[0] = x;
  const ux = U32[HI] & 0x7ff00000;
  F64[0] = y;
  const de = (U32[HI] & 0x7ff00000) - ux;
  if (de >= 59768832) return y > 0 ? HP0 : -HP0; // 57 * 16^5: the exponents differ by more than 57
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (de <= -59768832) return x > 0 ? signOf(y, ay / ax) : (y > 0 ? OPI : -OPI);
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller over the larger
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = ((ay - v) - prodErr(ax, u, v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = ((ax - v) - prodErr(ay, u, v)) / ay;
  }
  if (atanCij === null) atanCij = fromWords(ATAN_CIJ);
  const C = atanCij;
  let z: number;
  if (u < 0.0625) {
    const v = u * u;
    const uv = u * v;
    const p = atanPoly(v);
    if (x > 0 && ay < ax) z = u + fma(uv, p, du); // atan(u)
    else {
      // Unfused: the product is formed before EADD/ESUB's branch and used after it.
      let t2: number;
      let cor: number;
      let t3: number;
      if (x > 0) { // pi/2 - atan(u)
        t2 = HP0 - u;
        cor = HP0 > u ? (HP0 - t2) - u : HP0 - (u + t2);
        t3 = ((HP1 + cor) - du) - uv * p;
      } else if (ax < ay) { // pi/2 + atan(u)
        t2 = HP0 + u;
        cor = HP0 > u ? (HP0 - t2) + u : (u - t2) + HP0;
        t3 = ((HP1 + cor) + du) + uv * p;
      } else { // pi - atan(u)
        t2 = OPI - u;
        cor = OPI > u ? (OPI - t2) - u : OPI - (u + t2);
        t3 = ((OPI1 + cor) - du) - uv * p;
      }
      z = t2 + t3;
    }
    return signOf(y, z);
  }
  const i = cijIndex(u);
  if (x > 0 && ay < ax) {
    const t3 = u - C[i];
    const v = t3 + du;
    const dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
    const q = fma(v, fma(v, fma(v, C[i + 6], C[i + 5]), C[i + 4]), C[i + 3]);
    const t2 = C[i + 2];
    z = C[i + 1] + fma(v, t2, fma(dv, t2, (v * v) * q));
    return signOf(y, z);
  }
  const v = (u - C[i]) + du;
  const r = fma(v, fma(v, fma(v, fma(v, C[i + 6], C[i + 5]), C[i + 4]), C[i + 3]), C[i + 2]);
  if (x > 0) z = (HP0 - C[i + 1]) + fma(-v, r, HP1);
  else if (ax < ay) z = (HP0 + C[i + 1]) + fma(v, r, HP1);
  else z = (OPI - C[i + 1]) + fma(-v, r, OPI1);
  return signOf(y, z);
}

// ---------------------------------------------------------------------------
// asin and acos (e_asin.c, uasncs.h, asincos.tbl, root.tbl): an odd polynomial below 0.125; up to
// 0.96875, a polynomial around a table point (finer intervals toward 1); above, asin(x) =
// pi/2 - 2 asin(sqrt((1 - x)/2)) with the square root in double-double (Newton from a table guess).

const AF1 = 0.1666666666666641;
const AF2 = 0.07500000000261227;
const AF3 = 0.044642856142105974;
const AF4 = 0.03038212685821193;
const AF5 = 0.022355121102652562;
const AF6 = 0.018138290340456505;
const RT0 = 0.9999999998599908;
const RT1 = 0.4999999994959554;
const RT2 = 0.3750175008673452;
const RT3 = 0.31252362655451865;
const T24 = 16777216.0;

let asncs: Float64Array | null = null;
let inroot: Float64Array | null = null;

/** x^2 times the series of asin(x)/x - 1, in x2 = x * x. */
function asinPoly(x2: number): number {
  return fma(fma(fma(fma(fma(AF6, x2, AF5), x2, AF4), x2, AF3), x2, AF2), x2, AF1);
}

// The interval's entry in asncs for 0.125 <= |x| < 0.96875 (k: the high word of |x|), and the index of
// the innermost coefficient of its polynomial, which sets the layout: at n the point x_i, then the
// linear coefficient, then the others up to that innermost one, the constant term, and asin(x_i).
const ASN = new Int32Array(2);

function asncsEntry(k: number): void {
  const j = (k & 0x000fe000) >> 13;
  if (k < 0x3fd00000) {
    ASN[0] = 11 * ((k & 0x000fffff) >> 15);
    ASN[1] = 6;
  } else if (k < 0x3fe00000) {
    ASN[0] = 11 * ((k & 0x000fffff) >> 14) + 352;
    ASN[1] = 6;
  } else if (k < 0x3fe80000) {
    ASN[0] = 1056 + ((k & 0x000fe000) >> 11) * 3;
    ASN[1] = 7;
  } else if (k < 0x3fed8000) {
    ASN[0] = 992 + j * 13;
    ASN[1] = 8;
  } else if (k < 0x3fee8000) {
    ASN[0] = 884 + j * 14;
    ASN[1] = 9;
  } else {
    ASN[0] = 768 + j * 15;
    ASN[1] = 10;
  }
}

/** asin(ax) - asin(x_i), 0.125 <= ax < 0.96875, for the entry in ASN. */
function asncsPoly(ax: number): number {
  const A = asncs!;
  const n = ASN[0];
  const last = n + ASN[1];
  const xx = ax - A[n];
  let q = A[last];
  for (let j = last - 1; j >= n + 2; j--) q = fma(xx, q, A[j]);
  return fma(A[n + 1], xx, fma(xx * xx, q, A[last + 1]));
}

/** For 0.96875 <= |x| < 1: z = (1 - |x|)/2, its square root's head y (few bits) in SQ[0], the
 *  correction cc = sqrt(z) - y in SQ[1], and the series p in SQ[2]; acos rounds y differently. */
const SQ = new Float64Array(3);

function sqrtHalfComplement(z: number, forAcos: boolean): void {
  if (inroot === null) inroot = fromWords(INROOT);
  F64[0] = z;
  const k = U32[HI];
  let t = inroot[(k & 0x001fffff) >> 14] * 2 ** (511 - (k >>> 21));
  const r = fma(-(t * t), z, 1.0);
  t = t * fma(r, fma(r, fma(r, RT3, RT2), RT1), RT0);
  const c = t * z;
  const h = fma(-(0.5 * t), c, 1.5);
  // y keeps the leading bits of c: 2^24 + c rounds it to a multiple of 2^-28 (asin); acos rounds at
  // 2^27 times c's own scale.
  const y = forAcos ? (134217728.0 * c + c) - 134217728.0 * c : (c + T24) - T24; // 2^27 c is exact
  SQ[0] = y;
  SQ[1] = fma(-y, y, z) / fma(c, h, y);
  SQ[2] = asinPoly(z) * z;
}

export function asin(x: number): number {
  F64[0] = x;
  const k = U32[HI] & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2^-26
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(asinPoly(x2), x2 * x, x);
  }
  const ax = Math.abs(x);
  let res: number;
  if (k < 0x3fef0000) {
    if (asncs === null) asncs = fromWords(ASNCS);
    asncsEntry(k);
    res = asncs[ASN[0] + ASN[1] + 2] + asncsPoly(ax);
  } else if (ax < 1) {
    sqrtHalfComplement(0.5 * (1.0 - ax), false);
    const y = SQ[0];
    const cc = SQ[1];
    const cor = fma(-(2.0 * (y + cc)), SQ[2], HP1 - 2.0 * cc);
    res = (HP0 - 2.0 * y) + cor;
  } else if (ax === 1) res = HP0;
  else return NaN;
  return x < 0 ? -res : res;
}

export function acos(x: number): number {
  F64[0] = x;
  const k = U32[HI] & 0x7fffffff;
  if (k < 0x3c880000) return HP0; // |x| < 2^-54
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    return r + fma(-asinPoly(x2), x2 * x, ((HP0 - r) - x) + HP1);
  }
  const ax = Math.abs(x);
  if (k < 0x3fef0000) {
    if (asncs === null) asncs = fromWords(ASNCS);
    asncsEntry(k);
    const t = asncsPoly(ax);
    const a = asncs[ASN[0] + ASN[1] + 2];
    return x > 0 ? (HP0 - a) + (HP1 - t) : (HP0 + a) + (HP1 + t);
  }
  if (ax < 1) {
    sqrtHalfComplement(0.5 * (1.0 - ax), true);
    const y = SQ[0];
    const cc = SQ[1];
    // GCC computes the product shared by both branches before them, so it is not fused.
    const q = SQ[2] * (y + cc);
    const res = x < 0 ? (HP0 - y) + ((HP1 - cc) - q) : y + (cc + q);
    return res + res;
  }
  if (x === 1) return 0;
  if (x === -1) return 2.0 * HP0;
  return NaN;
}

// ---------------------------------------------------------------------------
// __branred: x (|x| >= 105414350) reduced modulo pi/2 into RED, returning the quadrant. x * 2^-600 is
// split in two 26-bit halves; each is multiplied by the 24-bit digits of 2/pi that matter for it, the
// integer parts are dropped (mod 4) with the 2^52 trick, and the fractions are summed in double-double.

const CN = 134217729.0; // 2^27 + 1
const BR_BIG = 6755399441055744.0; // 0x1.8p52
const BR_BIG1 = 27021597764222976.0; // 0x1.8p54
const BR_MP1 = 1.5707963407039642; // 0x3FF921FB58000000
const BR_MP2 = -1.3909067675399456e-08; // 0xBE4DDE9740000000
const R6 = new Float64Array(6);
const HALF = new Float64Array(3); // sum, b, bb of one half

function branredHalf(x: number): void {
  F64[0] = x;
  let k = ((((U32[HI] >>> 20) & 2047) - 450) / 24) | 0;
  if (k < 0) k = 0;
  let gor = 2 ** (576 - 24 * k);
  const T = toverp!;
  for (let i = 0; i < 6; i++) {
    R6[i] = x * T[k + i] * gor;
    gor *= 5.9604644775390625e-08; // 2^-24
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (R6[i] + BR_BIG) - BR_BIG;
    sum += s;
    R6[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += R6[5 - i];
  let bb = (((((R6[0] - t) + R6[1]) + R6[2]) + R6[3]) + R6[4]) + R6[5];
  let s = (t + BR_BIG) - BR_BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BR_BIG1) - BR_BIG1;
  sum -= s;
  HALF[0] = sum;
  HALF[1] = b;
  HALF[2] = bb;
}

function branred(x0: number): number {
  if (toverp === null) toverp = makeToverp();
  const x = x0 * 2 ** -600;
  let t = x * CN;
  const x1 = t - (t - x);
  const x2 = x - x1;
  branredHalf(x1);
  const sum1 = HALF[0];
  const b1 = HALF[1];
  const bb1 = HALF[2];
  branredHalf(x2);
  const sum2 = HALF[0];
  const b2 = HALF[1];
  const bb2 = HALF[2];
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + ((bb + bb1) + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * CN;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * BR_MP1 - b) + t1 * BR_MP2) + t2 * BR_MP1) + ((t2 * BR_MP2 + s * HP1) + t * HP0);
  s = b + bb;
  t = (b - s) + bb;
  RED[0] = s;
  RED[1] = t;
  return Math.trunc(sum) & 3;
}

