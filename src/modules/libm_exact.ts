// Elementary functions for the math module, matching the C library CPython is linked with (glibc)
// where JavaScript's Math (fdlibm in V8) rounds differently.
import { frexp, ldexp } from './libm.js';

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
export const exp = Math.exp;
export const exp2 = (x: number): number => Math.pow(2, x);
export const expm1 = Math.expm1;
export const log = Math.log;
export const log10 = Math.log10;
export const log2 = Math.log2;
export const log1p = Math.log1p;
export const pow = Math.pow;
export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const asin = Math.asin;
export const acos = Math.acos;
export const atan = Math.atan;
export const atan2 = Math.atan2;
export const sinh = Math.sinh;
export const cosh = Math.cosh;
export const tanh = Math.tanh;
export const asinh = Math.asinh;
export const acosh = Math.acosh;
export const atanh = Math.atanh;
