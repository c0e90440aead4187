// The audioop module (Modules/audioop.c of CPython 3.11): operations on fragments of signed linear samples
// 1, 2, 3 or 4 bytes wide, little-endian, with CPython's integer rounding and clipping, the u-LAW/A-LAW
// codecs, Intel/DVI ADPCM and ratecv's state tuples. Importing it gives 3.11's DeprecationWarning.
import { PyValue, PyDict, PyModule, PyBuiltin, PyBytesObj, PyFloat, PyTuple, None, typeType } from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, MemoryError, OverflowError, Exception, exceptionTypes } from '../objects/exceptions.js';
import { toFloat } from '../objects/abstract.js';
import { needBytes } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { unpackArgs, ssizeArg, intArg, pyArgInt } from './args.js';
import { warn } from './_warnings.js';
import { constants } from 'node:buffer';

const MAX_LENGTH = constants.MAX_LENGTH;

/** An audioop.error to raise: the wrapper of each function turns it into its own module's error class. */
class AudioopError {
  constructor(readonly msg: string) {}
}
function err(msg: string): never {
  throw new AudioopError(msg);
}

const MAXVALS = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff];
const MINVALS = [0, -0x80, -0x8000, -0x800000, -0x80000000];

// ---------------------------------------------------------------------------
// Samples: read sign-extended, written as their low `w` bytes (C's truncating stores).

function getRaw(b: Uint8Array, i: number, w: number): number {
  switch (w) {
    case 1: return (b[i] << 24) >> 24;
    case 2: return ((b[i] | (b[i + 1] << 8)) << 16) >> 16;
    case 3: return ((b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) << 8) >> 8;
    default: return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  }
}

function setRaw(b: Uint8Array, i: number, w: number, v: number): void {
  b[i] = v;
  if (w > 1) b[i + 1] = v >> 8;
  if (w > 2) b[i + 2] = v >> 16;
  if (w > 3) b[i + 3] = v >> 24;
}

/** A sample scaled to 32 bits (GETSAMPLE32): the value in the top bytes of an int. */
function get32(b: Uint8Array, i: number, w: number): number {
  return w === 4 ? getRaw(b, i, 4) : getRaw(b, i, w) << (32 - 8 * w);
}

/** SETSAMPLE32: the top `w` bytes of a 32-bit value (an arithmetic shift). */
function set32(b: Uint8Array, i: number, w: number, v: number): void {
  setRaw(b, i, w, w === 4 ? v : v >> (32 - 8 * w));
}

/** C's (int) cast of a double on x86-64: truncation, and INT_MIN for NaN or out of range (cvttsd2si). */
function cInt(x: number): number {
  const t = Math.trunc(x);
  return t >= -2147483648 && t <= 2147483647 ? t : -2147483648;
}

/** fbound: clip to [minval, maxval] (anything below minval + 1 goes to minval), then floor. */
function fbound(val: number, minval: number, maxval: number): number {
  if (val > maxval) val = maxval;
  else if (val < minval + 1) val = minval;
  return cInt(Math.floor(val));
}

// ---------------------------------------------------------------------------
// G.711 (tables computed from the codecs' definitions) and Intel/DVI ADPCM.

const ULAW2LIN = new Int16Array(256);
const ALAW2LIN = new Int16Array(256);
for (let c = 0; c < 256; c++) {
  const u = ~c & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
  ULAW2LIN[c] = u & 0x80 ? 0x84 - t : t - 0x84;
  const a = c ^ 0x55;
  const seg = (a & 0x70) >> 4;
  let m = ((a & 0x0f) << 4) + (seg === 0 ? 8 : 0x108);
  if (seg > 1) m <<= seg - 1;
  ALAW2LIN[c] = a & 0x80 ? m : -m;
}

// Upper ends of the magnitude segments.
const SEG_UEND = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const SEG_AEND = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function segment(v: number, ends: number[]): number {
  for (let i = 0; i < 8; i++) if (v <= ends[i]) return i;
  return 8;
}

/** A 14-bit signed sample to u-LAW. */
function linear14ToUlaw(v: number): number {
  let mask = 0xff;
  if (v < 0) {
    v = -v;
    mask = 0x7f;
  }
  if (v > 32635) v = 32635;
  v += 0x84 >> 2;
  const seg = segment(v, SEG_UEND);
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << 4) | ((v >> (seg + 1)) & 0xf)) ^ mask;
}

/** A 13-bit signed sample to A-LAW (even bits inverted). */
function linear13ToAlaw(v: number): number {
  let mask = 0xd5;
  if (v < 0) {
    mask = 0x55;
    v = -v - 1;
  }
  const seg = segment(v, SEG_AEND);
  if (seg >= 8) return 0x7f ^ mask;
  const q = seg < 2 ? (v >> 1) & 0xf : (v >> seg) & 0xf;
  return ((seg << 4) | q) ^ mask;
}

const INDEX_TABLE = [-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8];
const STEPSIZE_TABLE = [
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97,
  107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
  876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428,
  4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350,
  22385, 24623, 27086, 29794, 32767,
];

// ---------------------------------------------------------------------------
// Arguments: positional only, converted in order as Argument Clinic's code does.

function checkArgs(name: string, args: PyValue[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) typeError(`audioop.${name}() takes no keyword arguments`);
  unpackArgs(name, args, null, min, max);
}

function checkSize(w: number): void {
  if (w < 1 || w > 4) err('Size should be 1, 2, 3 or 4');
}

function checkParams(len: number, w: number): void {
  checkSize(w);
  if (len % w !== 0) err('not a whole number of frames');
}

/** Space for an output fragment; MemoryError past the largest buffer Node makes (V8 failing below it gives one too). */
function alloc(n: number): Uint8Array {
  if (n > MAX_LENGTH) raise(MemoryError, 'not enough memory for output buffer');
  return new Uint8Array(n);
}

/** The state argument of the ADPCM functions: None, or a tuple (valpred, index). */
function adpcmState(name: string, state: PyValue): [number, number] {
  if (state === None) return [0, 0];
  if (!(state instanceof PyTuple)) typeError('state must be a tuple or None');
  if (state.items.length !== 2) typeError(`${name}(): illegal state argument`);
  const valpred = pyArgInt(state.items[0]);
  const index = pyArgInt(state.items[1]);
  if (valpred >= 0x8000 || valpred < -0x8000 || index < 0 || index >= STEPSIZE_TABLE.length) valueError('bad state');
  return [valpred, index];
}

function gcd(a: number, b: number): number {
  while (b > 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// ---------------------------------------------------------------------------
// The functions: each takes its converted arguments.

function getsample(f: Uint8Array, w: number, i: number): PyValue {
  checkParams(f.length, w);
  if (i < 0 || i >= f.length / w) err('Index out of range');
  return getRaw(f, i * w, w);
}

function max(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let m = 0;
  for (let i = 0; i < f.length; i += w) {
    const a = Math.abs(getRaw(f, i, w));
    if (a > m) m = a;
  }
  return m;
}

function minmax(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let lo = 0x7fffffff;
  let hi = -0x80000000;
  for (let i = 0; i < f.length; i += w) {
    const v = getRaw(f, i, w);
    if (v > hi) hi = v;
    if (v < lo) lo = v;
  }
  return new PyTuple([lo, hi]);
}

function avg(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let sum = 0;
  for (let i = 0; i < f.length; i += w) sum += getRaw(f, i, w);
  return f.length === 0 ? 0 : cInt(Math.floor(sum / (f.length / w)));
}

function rms(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let sum = 0;
  for (let i = 0; i < f.length; i += w) {
    const v = getRaw(f, i, w);
    sum += v * v;
  }
  return f.length === 0 ? 0 : Math.trunc(Math.sqrt(sum / (f.length / w)));
}

/** The peak-to-peak differences between successive extremes (the first extreme only starts the count). */
function peaks(f: Uint8Array, w: number, each: (d: number) => void): void {
  if (f.length <= w) return;
  let prev = getRaw(f, 0, w);
  let prevDiff = 17; // neither 0 nor 1: no direction yet
  let haveExtreme = false;
  let extreme = 0;
  for (let i = w; i < f.length; i += w) {
    const v = getRaw(f, i, w);
    if (v === prev) continue;
    const diff = v < prev ? 1 : 0;
    if (prevDiff === (diff ^ 1)) {
      if (haveExtreme) each(Math.abs(prev - extreme));
      haveExtreme = true;
      extreme = prev;
    }
    prev = v;
    prevDiff = diff;
  }
}

function avgpp(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let sum = 0;
  let n = 0;
  peaks(f, w, (d) => {
    sum += d;
    n++;
  });
  return n === 0 ? 0 : Math.trunc(sum / n);
}

function maxpp(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let m = 0;
  peaks(f, w, (d) => {
    if (d > m) m = d;
  });
  return m;
}

function cross(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  let n = -1;
  let prev = 17;
  for (let i = 0; i < f.length; i += w) {
    const v = getRaw(f, i, w) < 0 ? 1 : 0;
    if (v !== prev) n++;
    prev = v;
  }
  return n;
}

/** The 16-bit native samples of f, however the bytes are aligned. */
function int16s(f: Uint8Array): Int16Array {
  const n = f.length >> 1;
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = f[2 * i] | (f[2 * i + 1] << 8);
  return out;
}

function sum2(a: Int16Array, ai: number, b: Int16Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = s + a[ai + i] * b[i];
  return s;
}

function findfit(f: Uint8Array, r: Uint8Array): PyValue {
  if ((f.length & 1) !== 0 || (r.length & 1) !== 0) err('Strings should be even-sized');
  const a = int16s(f);
  const ref = int16s(r);
  const len1 = a.length;
  const len2 = ref.length;
  if (len1 < len2) err('First sample should be longer');
  const sumR2 = sum2(ref, 0, ref, len2);
  let sumA2 = sum2(a, 0, a, len2);
  let sumAR = sum2(a, 0, ref, len2);
  let best = (sumR2 * sumA2 - sumAR * sumAR) / sumA2;
  let bestJ = 0;
  for (let j = 1; j <= len1 - len2; j++) {
    const out = a[j - 1];
    const inn = a[j + len2 - 1];
    sumA2 = sumA2 + inn * inn - out * out;
    sumAR = sum2(a, j, ref, len2);
    const res = (sumR2 * sumA2 - sumAR * sumAR) / sumA2;
    if (res < best) {
      best = res;
      bestJ = j;
    }
  }
  return new PyTuple([bestJ, new PyFloat(sum2(a, bestJ, ref, len2) / sumR2)]);
}

function findfactor(f: Uint8Array, r: Uint8Array): PyValue {
  if ((f.length & 1) !== 0 || (r.length & 1) !== 0) err('Strings should be even-sized');
  if (f.length !== r.length) err('Samples should be same size');
  const a = int16s(f);
  const ref = int16s(r);
  return new PyFloat(sum2(a, 0, ref, a.length) / sum2(ref, 0, ref, ref.length));
}

function findmax(f: Uint8Array, length: number): PyValue {
  if ((f.length & 1) !== 0) err('Strings should be even-sized');
  const a = int16s(f);
  const len1 = a.length;
  if (length < 0 || len1 < length) err('Input sample should be longer');
  let res = sum2(a, 0, a, length);
  let best = res;
  let bestJ = 0;
  for (let j = 1; j <= len1 - length; j++) {
    const out = a[j - 1];
    const inn = a[j + length - 1];
    res = res + inn * inn - out * out;
    if (res > best) {
      best = res;
      bestJ = j;
    }
  }
  return bestJ;
}

function mul(f: Uint8Array, w: number, factor: number): PyValue {
  checkParams(f.length, w);
  const lo = MINVALS[w];
  const hi = MAXVALS[w];
  const out = new Uint8Array(f.length);
  for (let i = 0; i < f.length; i += w) setRaw(out, i, w, fbound(getRaw(f, i, w) * factor, lo, hi));
  return new PyBytesObj(out);
}

function tomono(f: Uint8Array, w: number, lf: number, rf: number): PyValue {
  checkParams(f.length, w);
  if (((f.length / w) & 1) !== 0) err('not a whole number of frames');
  const lo = MINVALS[w];
  const hi = MAXVALS[w];
  const out = new Uint8Array(f.length / 2);
  for (let i = 0; i < f.length; i += 2 * w) {
    const v = getRaw(f, i, w) * lf + getRaw(f, i + w, w) * rf;
    setRaw(out, i / 2, w, fbound(v, lo, hi));
  }
  return new PyBytesObj(out);
}

function tostereo(f: Uint8Array, w: number, lf: number, rf: number): PyValue {
  checkParams(f.length, w);
  const lo = MINVALS[w];
  const hi = MAXVALS[w];
  const out = alloc(f.length * 2);
  for (let i = 0; i < f.length; i += w) {
    const v = getRaw(f, i, w);
    setRaw(out, 2 * i, w, fbound(v * lf, lo, hi));
    setRaw(out, 2 * i + w, w, fbound(v * rf, lo, hi));
  }
  return new PyBytesObj(out);
}

function add(f1: Uint8Array, f2: Uint8Array, w: number): PyValue {
  checkParams(f1.length, w);
  if (f1.length !== f2.length) err('Lengths should be the same');
  const lo = MINVALS[w];
  const hi = MAXVALS[w];
  const out = new Uint8Array(f1.length);
  for (let i = 0; i < f1.length; i += w) {
    const s = getRaw(f1, i, w) + getRaw(f2, i, w);
    // Exact in a double at every width; 4 bytes go through fbound in C, which clips the same way.
    setRaw(out, i, w, s > hi ? hi : s < lo ? lo : s);
  }
  return new PyBytesObj(out);
}

function bias(f: Uint8Array, w: number, b: number): PyValue {
  checkParams(f.length, w);
  const out = new Uint8Array(f.length);
  // Unsigned addition wrapping at the sample's width: the low bytes of the sum, whatever the sign reading.
  for (let i = 0; i < f.length; i += w) setRaw(out, i, w, (getRaw(f, i, w) + b) | 0);
  return new PyBytesObj(out);
}

function reverse(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  const n = f.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += w) for (let k = 0; k < w; k++) out[n - i - w + k] = f[i + k];
  return new PyBytesObj(out);
}

function byteswap(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  const out = new Uint8Array(f.length);
  for (let i = 0; i < f.length; i += w) for (let k = 0; k < w; k++) out[i + w - 1 - k] = f[i + k];
  return new PyBytesObj(out);
}

function lin2lin(f: Uint8Array, w: number, nw: number): PyValue {
  checkParams(f.length, w);
  checkSize(nw);
  const out = alloc((f.length / w) * nw);
  for (let i = 0, j = 0; i < f.length; i += w, j += nw) set32(out, j, nw, get32(f, i, w));
  return new PyBytesObj(out);
}

function ratecv(f: Uint8Array, w: number, nch: number, inrate: number, outrate: number, state: PyValue,
  weightA: number, weightB: number): PyValue {
  checkSize(w);
  if (nch < 1) err('# of channels should be >= 1');
  if (w > Math.trunc(0x7fffffff / nch)) raise(OverflowError, 'width * nchannels too big for a C int');
  const bpf = w * nch;
  if (weightA < 1 || weightB < 0) err('weightA should be >= 1, weightB should be >= 0');
  if (f.length % bpf !== 0) err('not a whole number of frames');
  if (inrate <= 0 || outrate <= 0) err('sampling rate not > 0');
  let g = gcd(inrate, outrate);
  inrate /= g;
  outrate /= g;
  g = gcd(weightA, weightB);
  weightA /= g;
  weightB /= g;
  // CPython would try to build a state of that many channel tuples (gigabytes past this); V8 would abort the
  // process rather than raise, so such counts are refused as PyErr_NoMemory would.
  if (nch > 1 << 22) throw new PyException(newException(MemoryError, []));
  const prev = new Int32Array(nch);
  const cur = new Int32Array(nch);
  let d: number;
  if (state === None) {
    d = -outrate;
  } else {
    if (!(state instanceof PyTuple)) typeError('state must be a tuple or None');
    if (state.items.length !== 2) typeError('ratecv(): illegal state argument');
    d = pyArgInt(state.items[0]);
    const samps = state.items[1];
    if (!(samps instanceof PyTuple)) typeError('ratecv(): illegal state argument');
    if (samps.items.length !== nch) err('illegal state argument');
    for (let c = 0; c < nch; c++) {
      const ch = samps.items[c];
      if (!(ch instanceof PyTuple) || ch.items.length !== 2) typeError('ratecv(): illegal state argument');
      prev[c] = pyArgInt(ch.items[0]);
      cur[c] = pyArgInt(ch.items[1]);
    }
  }
  let frames = f.length / bpf;
  // CPython allocates ceil(frames / inrate) * outrate frames up front (MemoryError past PY_SSIZE_T_MAX); this
  // buffer grows as needed instead, also when a state's large d asks for more (CPython writes past its own).
  const bound = frames === 0 ? 0 : Math.ceil(frames / inrate) * outrate * bpf;
  if (bound > 9223372036854775807) raise(MemoryError, 'not enough memory for output buffer');
  let out: Uint8Array = new Uint8Array(Math.min(bound, 1 << 16));
  let o = 0;
  let p = 0;
  const wA = weightA;
  const wB = weightB;
  for (;;) {
    while (d < 0) {
      if (frames === 0) {
        const chans: PyValue[] = [];
        for (let c = 0; c < nch; c++) chans.push(new PyTuple([prev[c], cur[c]]));
        return new PyTuple([new PyBytesObj(out.slice(0, o)), new PyTuple([d, new PyTuple(chans)])]);
      }
      for (let c = 0; c < nch; c++) {
        prev[c] = cur[c];
        // A simple low-pass filter: the weighted mean of this sample and the previous one.
        cur[c] = cInt((wA * get32(f, p, w) + wB * prev[c]) / (wA + wB));
        p += w;
      }
      frames--;
      d += outrate;
    }
    while (d >= 0) {
      if (o + bpf > out.length) {
        const bigger = alloc(Math.max(out.length * 2, o + bpf));
        bigger.set(out);
        out = bigger;
      }
      for (let c = 0; c < nch; c++) {
        set32(out, o, w, cInt((prev[c] * d + cur[c] * (outrate - d)) / outrate));
        o += w;
      }
      d -= inrate;
    }
  }
}

function lin2ulaw(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  const out = new Uint8Array(f.length / w);
  for (let i = 0, j = 0; i < f.length; i += w, j++) out[j] = linear14ToUlaw(get32(f, i, w) >> 18);
  return new PyBytesObj(out);
}

function lin2alaw(f: Uint8Array, w: number): PyValue {
  checkParams(f.length, w);
  const out = new Uint8Array(f.length / w);
  for (let i = 0, j = 0; i < f.length; i += w, j++) out[j] = linear13ToAlaw(get32(f, i, w) >> 19);
  return new PyBytesObj(out);
}

function law2lin(f: Uint8Array, w: number, table: Int16Array): PyValue {
  checkSize(w);
  const out = alloc(f.length * w);
  for (let i = 0; i < f.length; i++) set32(out, i * w, w, table[f[i]] << 16);
  return new PyBytesObj(out);
}

function lin2adpcm(f: Uint8Array, w: number, state: PyValue): PyValue {
  checkParams(f.length, w);
  let [valpred, index] = adpcmState('lin2adpcm', state);
  const out = new Uint8Array(Math.floor(f.length / (w * 2)));
  let step = STEPSIZE_TABLE[index];
  let high = true;
  let held = 0;
  let o = 0;
  for (let i = 0; i < f.length; i += w) {
    const v = get32(f, i, w) >> 16;
    let diff: number;
    let sign: number;
    if (v < valpred) {
      diff = valpred - v;
      sign = 8;
    } else {
      diff = v - valpred;
      sign = 0;
    }
    // delta ~ diff*4/step and vpdiff ~ (delta+0.5)*step/4, by shifts (the step's low bits are dropped).
    let delta = 0;
    let vpdiff = step >> 3;
    if (diff >= step) {
      delta = 4;
      diff -= step;
      vpdiff += step;
    }
    step >>= 1;
    if (diff >= step) {
      delta |= 2;
      diff -= step;
      vpdiff += step;
    }
    step >>= 1;
    if (diff >= step) {
      delta |= 1;
      vpdiff += step;
    }
    valpred += sign ? -vpdiff : vpdiff;
    if (valpred > 32767) valpred = 32767;
    else if (valpred < -32768) valpred = -32768;
    delta |= sign;
    index += INDEX_TABLE[delta];
    if (index < 0) index = 0;
    if (index > 88) index = 88;
    step = STEPSIZE_TABLE[index];
    if (high) held = (delta << 4) & 0xf0;
    else out[o++] = (delta & 0x0f) | held;
    high = !high;
  }
  return new PyTuple([new PyBytesObj(out), new PyTuple([valpred, index])]);
}

function adpcm2lin(f: Uint8Array, w: number, state: PyValue): PyValue {
  checkSize(w);
  let [valpred, index] = adpcmState('adpcm2lin', state);
  const outlen = f.length * w * 2;
  const out = alloc(outlen);
  let step = STEPSIZE_TABLE[index];
  let low = false;
  let held = 0;
  let p = 0;
  for (let i = 0; i < outlen; i += w) {
    let delta: number;
    if (low) {
      delta = held & 0xf;
    } else {
      held = f[p++];
      delta = (held >> 4) & 0xf;
    }
    low = !low;
    index += INDEX_TABLE[delta];
    if (index < 0) index = 0;
    if (index > 88) index = 88;
    const sign = delta & 8;
    delta &= 7;
    let vpdiff = step >> 3;
    if (delta & 4) vpdiff += step;
    if (delta & 2) vpdiff += step >> 1;
    if (delta & 1) vpdiff += step >> 2;
    valpred += sign ? -vpdiff : vpdiff;
    if (valpred > 32767) valpred = 32767;
    else if (valpred < -32768) valpred = -32768;
    step = STEPSIZE_TABLE[index];
    set32(out, i, w, valpred << 16);
  }
  return new PyTuple([new PyBytesObj(out), new PyTuple([valpred, index])]);
}

// ---------------------------------------------------------------------------

export function makeAudioopModule(): PyModule {
  // PyInit_audioop warns before the module exists: an 'error' filter makes the import fail.
  warn("'audioop' is deprecated and slated for removal in Python 3.13", exceptionTypes.get('DeprecationWarning')!, 1, None);
  const ns = new PyDict();
  ns.setStr('__module__', 'audioop');
  const audioopError = typeNew(typeType, 'error', [Exception], ns, null);
  const d = new PyDict();
  const m = new PyModule('audioop', d);
  d.setStr('error', audioopError);
  // Signatures: 'b' a bytes-like fragment, 'i' a C int, 'n' a Py_ssize_t, 'd' a double, 'O' any object;
  // those after '|' are optional (ratecv's weights).
  const def = (name: string, sig: string, fn: (...a: never[]) => PyValue, defaults: PyValue[] = []): void => {
    const bar = sig.indexOf('|');
    const kinds = sig.replace('|', '');
    const min = bar < 0 ? kinds.length : bar;
    d.setStr(name, new PyBuiltin(name, (args, kw) => {
      checkArgs(name, args, kw, min, kinds.length);
      const conv: unknown[] = [];
      for (let i = 0; i < kinds.length; i++) {
        if (i >= args.length) {
          conv.push(defaults[i - min]);
          continue;
        }
        const v = args[i];
        switch (kinds[i]) {
          case 'b': conv.push(needBytes(v)); break;
          case 'i': conv.push(intArg(v)); break;
          case 'n': conv.push(ssizeArg(v)); break;
          case 'd': conv.push(toFloat(v)); break;
          default: conv.push(v);
        }
      }
      try {
        return (fn as (...a: unknown[]) => PyValue)(...conv);
      } catch (e) {
        if (e instanceof AudioopError) throw new PyException(newException(audioopError, [e.msg]));
        throw e;
      }
    }));
  };
  def('max', 'bi', max);
  def('minmax', 'bi', minmax);
  def('avg', 'bi', avg);
  def('maxpp', 'bi', maxpp);
  def('avgpp', 'bi', avgpp);
  def('rms', 'bi', rms);
  def('findfit', 'bb', findfit);
  def('findmax', 'bn', findmax);
  def('findfactor', 'bb', findfactor);
  def('cross', 'bi', cross);
  def('mul', 'bid', mul);
  def('add', 'bbi', add);
  def('bias', 'bii', bias);
  def('ulaw2lin', 'bi', (f: Uint8Array, w: number) => law2lin(f, w, ULAW2LIN));
  def('lin2ulaw', 'bi', lin2ulaw);
  def('alaw2lin', 'bi', (f: Uint8Array, w: number) => law2lin(f, w, ALAW2LIN));
  def('lin2alaw', 'bi', lin2alaw);
  def('lin2lin', 'bii', lin2lin);
  def('adpcm2lin', 'biO', adpcm2lin);
  def('lin2adpcm', 'biO', lin2adpcm);
  def('tomono', 'bidd', tomono);
  def('tostereo', 'bidd', tostereo);
  def('getsample', 'bin', getsample);
  def('reverse', 'bi', reverse);
  def('byteswap', 'bi', byteswap);
  def('ratecv', 'biiiiO|ii', ratecv, [1, 0]);
  return m;
}
