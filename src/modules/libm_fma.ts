// Fused multiply-add in doubles: glibc on x86-64 picks variants of exp, log, pow, sin... compiled for FMA
// when the CPU has it, and those round a*b+c once; libm_exact.ts and libm_trig.ts do the same with this
// emulation (an exact product by Veltkamp's splitting, exact sums, and a final rounding that only a midpoint
// can get wrong). Small enough for V8 to inline several per function (a call would box its double
// arguments); the rare midpoint case is out of line.

const SPLIT = 134217729; // 2^27 + 1

/** fma(a, b, c) for any operands: outside the range where the splitting is exact, the unfused expression. */
export function fma(a: number, b: number, c: number): number {
  const ap = Math.abs(a * b);
  // Outside this range (or with c not finite) the plain expression is what a fused one gives here.
  if (!(ap < 1e300 && ap > 1e-280 && c - c === 0)) return a * b + c;
  return fmaInRange(a, b, c);
}

/** fma(a, b, c) when a * b lies within 2^-600..2^600 and c is finite. */
export function fmaInRange(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl; // a * b = p + e exactly
  const s = p + c;
  const z = s - p;
  const f = (p - (s - z)) + (c - z); // p + c = s + f exactly
  const v = e + f;
  const z2 = v - e;
  const w = (e - (v - z2)) + (f - z2); // e + f = v + w exactly
  // a * b + c = s + v + w. With w != 0, f != 0 so |v| is below 2^-52 |s|: r = RN(s + v) is also the
  // rounding of s + v + w unless s + v is exactly a midpoint (then w's sign decides).
  const r = s + v;
  return w === 0 ? r : fmaMidpoint(r, v - (r - s), w);
}

/** RN(r + err + w), where r = RN(r + err), |err| <= ulp(r)/2 and 0 < |w| is below the last bit of err. */
function fmaMidpoint(r: number, err: number, w: number): number {
  const d = 2 * err;
  if (err === 0 || (r + d) - r !== d) return r; // r + err is not a midpoint: w cannot change the rounding
  return (err > 0) === (w > 0) ? r + d : r;
}
