// str values a JS string cannot hold: a high surrogate code point directly followed by a low one
// ("\ud83d\ude00" is two code points in Python, the one astral character U+1F600 in JS). Such a str is a
// PySurrogateStr (exact type str) holding its code points; every other str stays a JS string. The invariant:
// a JS-string str never holds a high unit followed by a low unit other than as an astral character, so the
// two forms never denote the same str, and only the places that join strs need the seam test below.
import { PyObject, PyValue, PyTuple, PyList, PyDict, strType, tupleType, listType, dictType } from './object.js';
import { sipCore, sipResultAsHash } from '../bytecode/siphash.js';
import { hashSecret } from './abstract.js';
import { PyCodePointStr, strRepr } from '../parser/constants.js';
import { PyStrSub } from './str.js';

export class PySurrogateStr extends PyObject {
  /** The code points; at least one high surrogate directly followed by a low one. */
  declare cps: number[];
  /** The hash, once computed (a str's hash never changes). */
  declare hashValue: number | bigint | undefined;
  constructor(cps: number[]) {
    super(strType);
    this.cps = cps;
    this.hashValue = undefined;
  }
}

const isHighUnit = (c: number): boolean => (c & 0xfc00) === 0xd800;
const isLowUnit = (c: number): boolean => (c & 0xfc00) === 0xdc00;

/** Does a high surrogate code point directly precede a low one in cps[from-1..]? */
export function hasSeam(cps: ArrayLike<number>, from = 1): boolean {
  for (let i = from < 1 ? 1 : from; i < cps.length; i++) {
    if (isLowUnit(cps[i]) && isHighUnit(cps[i - 1])) return true;
  }
  return false;
}

/** The JS string of code points that hold no seam (an astral code point becomes its pair). */
function jsString(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let s = '';
  const units: number[] = [];
  for (let i = start; i < end; i++) {
    const c = cps[i];
    if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    else units.push(c);
    if (units.length >= 8192) {
      s += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return units.length === 0 ? s : s + String.fromCharCode.apply(null, units);
}

/** The str of these code points: a JS string unless a high surrogate directly precedes a low one. */
export function fromCodePoints(cps: number[]): PyValue {
  return hasSeam(cps) ? new PySurrogateStr(cps) : jsString(cps);
}

/** Append the code points of a JS string to out. */
export function pushCodePoints(out: number[], s: string): void {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isHighUnit(c) && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (isLowUnit(d)) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
}

/** The code points of a str (a fresh array for a JS string, the layout's own array otherwise). */
export function toCodePoints(v: string | PySurrogateStr): number[] {
  if (typeof v !== 'string') return v.cps;
  const out: number[] = [];
  pushCodePoints(out, v);
  return out;
}

/** The lossy JS string of a PySurrogateStr (its pairs merge): for messages only. */
export function lossyString(v: PySurrogateStr): string {
  return jsString(v.cps);
}

// ---------------------------------------------------------------------------
// Joining: the only places where a seam can appear between JS strings

/**
 * a + b for two JS strings when b starts with a low unit (the caller tests that: one charCodeAt): a
 * PySurrogateStr when a ends with a high unit, which then is a lone high surrogate code point.
 */
export function concatLow(a: string, b: string): PyValue {
  if (a.length === 0 || !isHighUnit(a.charCodeAt(a.length - 1))) return a + b;
  const cps = toCodePoints(a);
  pushCodePoints(cps, b);
  return new PySurrogateStr(cps);
}

/** a + b where either may be a PySurrogateStr. */
export function concatValues(a: string | PySurrogateStr, b: string | PySurrogateStr): PyValue {
  if (typeof a === 'string' && typeof b === 'string') return isLowUnit(b.charCodeAt(0)) ? concatLow(a, b) : a + b;
  const cps = typeof a === 'string' ? toCodePoints(a) : a.cps.slice();
  if (typeof b === 'string') pushCodePoints(cps, b);
  else for (const c of b.cps) cps.push(c);
  return fromCodePoints(cps);
}

/**
 * The concatenation of pieces (JS strings or PySurrogateStrs): the JS concatenation, with one charCodeAt
 * per piece to find a seam; the code points when there is one.
 */
export function concatPieces(pieces: ArrayLike<PyValue>, start = 0, end = pieces.length): PyValue {
  let out = '';
  let prev = '';
  for (let i = start; i < end; i++) {
    const p = pieces[i];
    if (typeof p !== 'string') return concatSlow(pieces, start, end);
    if (isLowUnit(p.charCodeAt(0)) && prev.length > 0 && isHighUnit(prev.charCodeAt(prev.length - 1))) return concatSlow(pieces, start, end);
    out += p;
    if (p.length > 0) prev = p;
  }
  return out;
}

function concatSlow(pieces: ArrayLike<PyValue>, start: number, end: number): PyValue {
  const cps: number[] = [];
  for (let i = start; i < end; i++) {
    const p = pieces[i];
    // A str subclass's instance: f'{x}' where x.__format__ returned one (FORMAT_VALUE keeps it as it is).
    const q = p instanceof PyStrSub ? p.sur ?? p.value : p;
    if (typeof q === 'string') pushCodePoints(cps, q);
    else for (const c of (q as PySurrogateStr).cps) cps.push(c);
  }
  return fromCodePoints(cps);
}

/** Would a + b put a high unit directly before a low one (a lone high surrogate meeting a lone low one)? */
export function meetsInSeam(a: string, b: string): boolean {
  return isLowUnit(b.charCodeAt(0)) && a.length > 0 && isHighUnit(a.charCodeAt(a.length - 1));
}

/**
 * A str built from pieces appended one by one (the formatters' output): a JS string while no seam appears
 * (one charCodeAt per piece), the code points from the first seam or PySurrogateStr piece on.
 */
export class StrBuilder {
  declare s: string;
  declare cps: number[] | null;
  constructor(initial = '') {
    this.s = initial;
    this.cps = null;
  }

  add(p: string): void {
    if (this.cps !== null) pushCodePoints(this.cps, p);
    else if (p.length > 0 && isLowUnit(p.charCodeAt(0)) && this.s.length > 0 && isHighUnit(this.s.charCodeAt(this.s.length - 1))) {
      this.cps = toCodePoints(this.s);
      pushCodePoints(this.cps, p);
    } else this.s += p;
  }

  /** Append a str value (a JS string or a PySurrogateStr). */
  addValue(v: string | PySurrogateStr): void {
    if (typeof v === 'string') return this.add(v);
    if (this.cps === null) this.cps = toCodePoints(this.s);
    for (const c of v.cps) this.cps.push(c);
  }

  /** Append one code point. */
  addCodePoint(c: number): void {
    if (this.cps !== null) this.cps.push(c);
    else this.add(String.fromCodePoint(c));
  }

  result(): PyValue {
    return this.cps === null ? this.s : fromCodePoints(this.cps);
  }
}

/** s * k for a JS string that starts with a low unit and ends with a high one (each copy meets the next). */
export function repeatSeam(s: string, k: number): PyValue {
  const one = toCodePoints(s);
  const cps: number[] = [];
  for (let i = 0; i < k; i++) for (const c of one) cps.push(c);
  return fromCodePoints(cps);
}

/** Would repeating this JS string put a high unit before a low one? */
export function repeatMakesSeam(s: string): boolean {
  return s.length > 0 && isLowUnit(s.charCodeAt(0)) && isHighUnit(s.charCodeAt(s.length - 1));
}

// ---------------------------------------------------------------------------
// Protocol

/** Code point order (negative, 0, positive). */
export function compareCodePoints(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

let hashScratch = new Uint8Array(256);

/** CPython's str hash (SipHash-1-3, zero key, over the UCS-2 or UCS-4 data). */
export function surrogateHash(v: PySurrogateStr): number | bigint {
  if (v.hashValue !== undefined) return v.hashValue;
  const cps = v.cps;
  let max = 0;
  for (const c of cps) if (c > max) max = c;
  // A seam means a surrogate: the kind is UCS-2, or UCS-4 with an astral character.
  const width = max > 0xffff ? 4 : 2;
  const n = width * cps.length;
  if (hashScratch.length < n) hashScratch = new Uint8Array(n);
  const b = hashScratch;
  for (let i = 0, p = 0; i < cps.length; i++, p += width) {
    const c = cps[i];
    b[p] = c & 255;
    b[p + 1] = (c >> 8) & 255;
    if (width === 4) {
      b[p + 2] = c >> 16;
      b[p + 3] = 0;
    }
  }
  sipCore(hashSecret[0], hashSecret[1], hashSecret[2], hashSecret[3], b, n);
  return (v.hashValue = sipResultAsHash());
}

/** repr(): surrogates escape as \udXXX, the rest as any str's repr. */
export function surrogateRepr(v: PySurrogateStr): string {
  return strRepr(new PyCodePointStr(v.cps));
}

/** Index of the first surrogate code point (for the UnicodeEncodeError of a utf-8 writer). */
export function firstSurrogate(cps: number[]): number {
  for (let i = 0; i < cps.length; i++) if ((cps[i] & 0xf800) === 0xd800) return i;
  return -1;
}

// ---------------------------------------------------------------------------
// Running a str method written for JS strings on values that involve PySurrogateStrs
//
// Every surrogate code point of the receiver and the str arguments is moved, for the duration of the call,
// to a block of 2048 private-use code points of planes 15-16 that none of them holds. Surrogates and
// private-use characters have the same properties for every str method (no case, not alphanumeric, not
// space, not printable, not a line break), both count as one code point, and the block is chosen free, so
// the method's result, moved back, is the result on the real code points.

export class SurrogateMapping {
  declare base: number;
  constructor(values: PyValue[]) {
    const used = new Set<number>();
    for (const v of values) this.collect(v, used, 1);
    let base = 0xf0000;
    for (;;) {
      let free = true;
      for (const u of used) if (u >= base && u < base + 0x800) { free = false; break; }
      if (free || base >= 0x10f000) break;
      base += 0x800;
    }
    this.base = base;
  }

  private collect(v: PyValue, used: Set<number>, depth: number): void {
    if (typeof v === 'string') {
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c >= 0xdb80 && c < 0xdc00 && i + 1 < v.length) used.add(v.codePointAt(i)! & ~0x7ff);
      }
    } else if (v instanceof PySurrogateStr) {
      for (const c of v.cps) if (c >= 0xf0000) used.add(c & ~0x7ff);
    } else if (depth > 0 && (v instanceof PyTuple || v instanceof PyList)) {
      for (const x of v.items) this.collect(x, used, depth - 1);
    } else if (depth > 0 && v instanceof PyDict) {
      for (const e of v.t.values()) {
        this.collect(e.key as PyValue, used, depth - 1);
        this.collect(e.value, used, depth - 1);
      }
    }
  }

  /** The JS string standing for a str in the call. */
  mapStr(v: string | PySurrogateStr): string {
    if (typeof v === 'string') {
      let k = 0;
      while (k < v.length && (v.charCodeAt(k) & 0xf800) !== 0xd800) k++;
      if (k === v.length) return v;
    }
    const cps = toCodePoints(v);
    const out = new Array<number>(cps.length);
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      out[i] = (c & 0xf800) === 0xd800 ? this.base + (c - 0xd800) : c;
    }
    return jsString(out);
  }

  /**
   * An argument as the call sees it: strs mapped, and (depth 1, 2) the strs inside exact tuples, lists and
   * dicts. `wrap`, when given, stands in for each str that the mapping changed.
   */
  mapArg(v: PyValue, depth: number, wrap: ((mapped: string, orig: PyValue) => PyValue) | null): PyValue {
    if (typeof v === 'string' || v instanceof PySurrogateStr) {
      const m = this.mapStr(v);
      return wrap !== null && m !== v ? wrap(m, v) : m;
    }
    if (depth > 0) {
      // A tuple subclass is read as a tuple by both users (% and startswith/endswith): an exact copy serves.
      if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => this.mapArg(x, depth - 1, wrap)));
      if (v instanceof PyList && v.cls === listType) return new PyList(v.items.map((x) => this.mapArg(x, depth - 1, wrap)));
      if (v instanceof PyDict && v.cls === dictType) {
        const d = new PyDict();
        for (const e of v.t.values()) d.set(this.mapArg(e.key as PyValue, 0, null), this.mapArg(e.value, 0, wrap));
        return d;
      }
    }
    return v;
  }

  /** A result moved back to the real code points (strs, and the strs of a returned list or tuple). */
  unmap(v: PyValue): PyValue {
    if (typeof v === 'string') {
      const lo = this.base, hi = this.base + 0x800;
      let hit = false;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c >= 0xdb80 && c < 0xdc00) {
          const cp = v.codePointAt(i)!;
          if (cp >= lo && cp < hi) { hit = true; break; }
        }
      }
      if (!hit) return v;
      const cps = toCodePoints(v);
      for (let i = 0; i < cps.length; i++) if (cps[i] >= lo && cps[i] < hi) cps[i] = cps[i] - lo + 0xd800;
      return fromCodePoints(cps);
    }
    if (v instanceof PyList && v.cls === listType) return new PyList(v.items.map((x) => this.unmap(x)));
    if (v instanceof PyTuple && v.cls === tupleType) return new PyTuple(v.items.map((x) => this.unmap(x)));
    return v;
  }
}
