// The number kernel of complex ** (Objects/complexobject.c: complex_pow, c_powi/c_powu, _Py_c_pow, _Py_c_quot)
// on plain doubles, shared by the runtime (complex.ts) and the constant folder (compiler/ast_opt.ts) so that a
// folded constant is the value the VM would compute. It calls the C library's functions as CPython does, with
// glibc's results (libm_exact, float_pow), and reports CPython's errno outcome instead of raising.
import { libmPow } from './float_pow.js';
import { hypot, atan2, exp, log, sin, cos } from '../modules/libm_exact.js';

export const POW_OK = 0;
/** errno EDOM: ZeroDivisionError('0.0 to a negative or complex power'). */
export const POW_EDOM = 1;
/** errno ERANGE: OverflowError('complex exponentiation'). */
export const POW_ERANGE = 2;

export interface ComplexPowResult { re: number; im: number; err: number }

/** _Py_c_quot: divides by the larger of |b.real|, |b.imag| (Smith); null for a zero divisor (EDOM). */
export function cquot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a NaN in the divisor
}

/** complex_pow on (ar + ai j) ** (br + bi j): the value and the error CPython would raise (POW_*). */
export function complexPowParts(ar: number, ai: number, br: number, bi: number): ComplexPowResult {
  let re: number;
  let im: number;
  let edom = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    // c_powi: c_powu's binary powering (r = r*p before p = p*p), then 1/x for a non-positive exponent.
    const n = Math.abs(br);
    let rr = 1;
    let ri = 0;
    let pr = ar;
    let pi = ai;
    for (let mask = 1; mask <= n; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) {
        const t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      const t = pr * pr - pi * pi;
      pi = pr * pi + pi * pr;
      pr = t;
    }
    if (br > 0) {
      re = rr;
      im = ri;
    } else {
      const q = cquot(1, 0, rr, ri);
      if (q === null) {
        edom = true;
        re = im = 0;
      } else {
        re = q[0];
        im = q[1];
      }
    }
  } else if (br === 0 && bi === 0) {
    re = 1;
    im = 0;
  } else if (ar === 0 && ai === 0) {
    edom = bi !== 0 || br < 0;
    re = im = 0;
  } else {
    // _Py_c_pow in polar form.
    const vabs = hypot(ar, ai);
    let len = libmPow(vabs, br);
    const at = atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= exp(at * bi);
      phase += bi * log(vabs);
    }
    re = len * cos(phase);
    im = len * sin(phase);
    // glibc's sin and cos set EDOM for an infinite argument; the other calls' ERANGE is overridden below.
    if (phase === Infinity || phase === -Infinity) edom = true;
  }
  // _Py_ADJUST_ERANGE2: an infinite part is ERANGE unless errno already says EDOM.
  const err = edom ? POW_EDOM : re === Infinity || re === -Infinity || im === Infinity || im === -Infinity ? POW_ERANGE : POW_OK;
  return { re, im, err };
}
