// bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c, the shared stringlib and
// bytes_methods.c): construction, the sequence protocol, every method, %-formatting, and the
// buffer protocol that memoryview, join, concatenation and the codecs read through.
import {
  PyValue, PyType, PyObject, PyBytesObj, PyByteArray, PyTuple, PyList, PySlice, PyBuiltin, PyDict,
  None, NotImplemented, emptyTuple, bytesType, bytearrayType, bytesIterType, bytearrayIterType, typeOf, defineMethods,
  defineClassMethods, TF_HEAPTYPE, strType, intType, listType, tupleType,
} from './object.js';
import { typeLayout } from './layout.js';
import { warn } from '../modules/_warnings.js';
import { raise, typeError, valueError, exceptionTypes, OverflowError, IndexError, PyException, TypeError } from './exceptions.js';
import { index, getIter, iterNext, hash, callSpecial, getItem, call, getAttr, checkLengthHint, notACount } from './abstract.js';
import { splitList } from './list_alloc.js';
import { sliceIndices } from './slice.js';
import { percentFormat, starWidth, starPrecision } from './format.js';
import { bytesRepr, bytesEqual } from '../parser/constants.js';
import { asciiRepr } from '../vm/ceval.js';
import { encodeText, encodeAsMethod, decodeAsMethod, codecHooks } from '../modules/_codecs.js';
import { clinicArgs, ssizeArg } from '../modules/args.js';
import { PySurrogateStr } from './surrogatestr.js';
import { iterReduce, longAsSsize, stateIter, stateOf, type StateIter } from './iterobject.js';

const BufferError = exceptionTypes.get('BufferError')!;

// ---------------------------------------------------------------------------
// The buffer protocol. bytes and bytearray export their storage; memoryview.ts (and later array)
// register exporters here, so every consumer of "a bytes-like object" accepts them.

/** What an exporter hands a consumer: a live view of its bytes and how to read them. */
export interface BufferInfo {
  /** The exporter's memory (live: writes through it are seen by the exporter). */
  data: Uint8Array;
  readonly: boolean;
  format: string;
  itemsize: number;
  /** Called when a memoryview takes a lasting export (bytearray then refuses to resize). */
  acquire: (() => void) | null;
  release: (() => void) | null;
}

/** Exporters other than bytes/bytearray: return undefined when `v` is not theirs. */
export const bufferExporters: ((v: PyValue) => BufferInfo | undefined)[] = [];

export function getBuffer(v: PyValue): BufferInfo | undefined {
  if (v instanceof PyBytesObj) {
    if (v instanceof PyByteArray) {
      const ba = v;
      return {
        data: ba.bytes, readonly: false, format: 'B', itemsize: 1,
        acquire: () => { ba.exports++; },
        release: () => { ba.exports--; },
      };
    }
    return { data: v.bytes, readonly: true, format: 'B', itemsize: 1, acquire: null, release: null };
  }
  if (typeof v !== 'object') return undefined;
  for (let i = 0; i < bufferExporters.length; i++) {
    const b = bufferExporters[i](v);
    if (b !== undefined) return b;
  }
  return undefined;
}

/**
 * Hook set by memoryview.ts: the bytes of a memoryview, in place when it is C-contiguous; a strided one's
 * are gathered when `strided` (what PyBUF_FULL_RO consumers ask), else it is CPython's BufferError.
 */
export const bufferHooks = {
  viewBytes: (v: PyValue, strided: boolean): Uint8Array | undefined => undefined,
};

/**
 * The bytes of a bytes-like object (no copy for bytes/bytearray), or undefined. A memoryview that is not
 * C-contiguous is a BufferError, as PyBUF_SIMPLE makes it, unless `strided` (bytes(), bytearray(),
 * int.from_bytes: their bytes are gathered).
 */
export function asBytes(v: PyValue, strided = false): Uint8Array | undefined {
  if (v instanceof PyBytesObj) return v.bytes;
  if (typeof v !== 'object') return undefined;
  const m = bufferHooks.viewBytes(v, strided);
  if (m !== undefined) return m;
  const b = getBuffer(v);
  return b === undefined ? undefined : b.data;
}

/** Whether `e` is the BufferError a memoryview that is not C-contiguous gives a simple-buffer request. */
function isBufferError(e: unknown): boolean {
  return e instanceof PyException && e.exc.cls === BufferError;
}

/**
 * asBytes, but undefined rather than a BufferError for a memoryview that is not C-contiguous: for the callers
 * that turn a failed PyBUF_SIMPLE request into their own TypeError (join, concatenation, decoding).
 */
export function asSimpleBytes(v: PyValue): Uint8Array | undefined {
  try {
    return asBytes(v);
  } catch (e) {
    if (isBufferError(e)) return undefined;
    throw e;
  }
}

/** The bytes of a bytes-like argument, or CPython's TypeError. */
export function needBytes(v: PyValue): Uint8Array {
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
  return b;
}

// ---------------------------------------------------------------------------
// Helpers.

const B = (v: PyValue): Uint8Array => (v as PyBytesObj).bytes;
/** How argument errors name a value's type (_PyArg_BadArgument says "None" for None). */
export const argTypeName = (v: PyValue): string => (v === None ? 'None' : typeOf(v).name);
const isBA = (v: PyValue): boolean => v instanceof PyByteArray;
const tname = (self: PyValue): string => (isBA(self) ? 'bytearray' : 'bytes');

/** A result of the receiver's kind: methods of bytes subclasses return exact bytes. */
function like(self: PyValue, data: Uint8Array): PyBytesObj {
  return isBA(self) ? new PyByteArray(data) : new PyBytesObj(data);
}

export function newBytes(data: Uint8Array): PyBytesObj {
  return new PyBytesObj(data);
}

export function latin1(b: Uint8Array): string {
  let s = '';
  // fromCharCode takes a typed array as its argument list: no intermediate array.
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function bytesOfLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

/** An index-sized int (PyNumber_AsSsize_t with OverflowError): past 64 bits "cannot fit". */
function ssize(v: PyValue): number {
  const n = index(v);
  if (typeof n !== 'bigint') return n;
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return Number(n);
}

/** A C int argument (expandtabs, hex's bytes_per_sep). */
function cInt(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

function byteValue(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  return n;
}

// Argument checking with CPython's messages (they differ by the way each method parses).
function noKw(self: PyValue, name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${tname(self)}.${name}() takes no keyword arguments`);
}
function noArgs(self: PyValue, name: string, args: PyValue[], kw: string[] | null): void {
  noKw(self, name, kw);
  if (args.length > 0) typeError(`${tname(self)}.${name}() takes no arguments (${args.length} given)`);
}
function oneArg(self: PyValue, name: string, args: PyValue[], kw: string[] | null): PyValue {
  noKw(self, name, kw);
  if (args.length !== 1) typeError(`${tname(self)}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
/** Argument Clinic positional-only checks ("replace expected at least 2 arguments, got 0"). */
function clinic(self: PyValue, name: string, args: PyValue[], kw: string[] | null, min: number, max: number): void {
  noKw(self, name, kw);
  const n = args.length;
  const pl = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (n < min || n > max) {
    if (min === max) typeError(`${name} expected ${pl(min)}, got ${n}`);
    if (n < min) typeError(`${name} expected at least ${pl(min)}, got ${n}`);
    typeError(`${name} expected at most ${pl(max)}, got ${n}`);
  }
}
/** PyArg_ParseTuple-style checks ("find() takes at least 1 argument (0 given)"). */
function tupleArgs(self: PyValue, name: string, args: PyValue[], kw: string[] | null, min: number, max: number): void {
  noKw(self, name, kw);
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** start/end arguments of find/count/startswith...: None or an __index__ value, clamped. */
function sliceArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined)
    typeError('slice indices must be integers or None or have an __index__ method');
  const n = index(v);
  if (typeof n === 'bigint') return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return n;
}
function adjust(len: number, s: PyValue | undefined, e: PyValue | undefined): [number, number] {
  let start = sliceArg(s, 0);
  let end = sliceArg(e, len);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** The needle of find/count/index/in: an int in range(256) or a bytes-like object. */
function needle(v: PyValue): Uint8Array {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Uint8Array.of(byteValue(v));
  const b = asBytes(v);
  if (b !== undefined) return b;
  if (typeOf(v).lookup('__index__') !== undefined) return Uint8Array.of(byteValue(v));
  typeError(`argument should be integer or bytes-like object, not '${typeOf(v).tpName}'`);
}

export function findBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const m = n.length;
  if (end - start < m) return -1;
  if (m === 0) return start;
  const first = n[0];
  const last = end - m;
  let i = start;
  while (i <= last) {
    i = h.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let k = 1;
    while (k < m && h[i + k] === n[k]) k++;
    if (k === m) return i;
    i++;
  }
  return -1;
}

function rfindBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const m = n.length;
  if (end - start < m) return -1;
  for (let i = end - m; i >= start; i--) {
    let k = 0;
    while (k < m && h[i + k] === n[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function countBytes(h: Uint8Array, n: Uint8Array, start: number, end: number, max = Infinity): number {
  if (end - start < n.length) return 0;
  if (n.length === 0) return Math.min(end - start + 1, max);
  let c = 0;
  let i = start;
  while (c < max) {
    const j = findBytes(h, n, i, end);
    if (j < 0) break;
    c++;
    i = j + n.length;
  }
  return c;
}

// ASCII classes (bytes methods are locale-independent ASCII: Python/pyctype.c).
const isSpaceB = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;
const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);
const isDigitB = (c: number) => c >= 48 && c <= 57;
const isAlnumB = (c: number) => isAlphaB(c) || isDigitB(c);

function mapBytes(b: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i);
  return out;
}

function fillByte(self: PyValue, name: string, v: PyValue | undefined): number {
  if (v === undefined) return 32;
  if (v instanceof PyBytesObj && v.bytes.length === 1) return v.bytes[0];
  typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
}

function pad(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(b.length + left + right);
  out.fill(fill);
  out.set(b, left);
  return out;
}

function splitWhitespace(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceB(b[i])) i++;
    if (i === n) break;
    if (maxsplit-- === 0) {
      // The remainder keeps its trailing whitespace.
      out.push(b.slice(i, n));
      break;
    }
    const s = i;
    while (i < n && !isSpaceB(b[i])) i++;
    out.push(b.slice(s, i));
  }
  return out;
}

function rsplitWhitespace(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = b.length;
  while (i > 0) {
    while (i > 0 && isSpaceB(b[i - 1])) i--;
    if (i === 0) break;
    if (maxsplit-- === 0) {
      out.push(b.slice(0, i));
      break;
    }
    const e = i;
    while (i > 0 && !isSpaceB(b[i - 1])) i--;
    out.push(b.slice(i, e));
  }
  return out.reverse();
}

function stripBytes(b: Uint8Array, chars: PyValue | undefined, left: boolean, right: boolean): Uint8Array {
  let set: Uint8Array | null = null;
  if (chars !== undefined && chars !== None) set = needBytes(chars);
  const drop = (c: number) => (set === null ? isSpaceB(c) : set.includes(c));
  let s = 0;
  let e = b.length;
  if (left) while (s < e && drop(b[s])) s++;
  if (right) while (e > s && drop(b[e - 1])) e--;
  return b.slice(s, e);
}

function replaceBytes(b: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Infinity;
  const out: Uint8Array[] = [];
  if (old.length === 0) {
    let k = 0;
    for (let i = 0; i <= b.length; i++) {
      if (k < count) {
        out.push(rep);
        k++;
      }
      if (i < b.length) out.push(b.subarray(i, i + 1));
    }
  } else {
    let i = 0;
    let k = 0;
    while (k < count) {
      const j = findBytes(b, old, i, b.length);
      if (j < 0) break;
      out.push(b.subarray(i, j), rep);
      i = j + old.length;
      k++;
    }
    out.push(b.subarray(i));
  }
  let n = 0;
  for (const p of out) n += p.length;
  const r = new Uint8Array(n);
  let o = 0;
  for (const p of out) {
    r.set(p, o);
    o += p.length;
  }
  return r;
}

const HEX_CODES = new Uint8Array(Array.from('0123456789abcdef', (c) => c.charCodeAt(0)));

function hexOf(b: Uint8Array, sepArg: PyValue | undefined, perArg: PyValue | undefined): string {
  const digits = '0123456789abcdef';
  let sep = '';
  if (sepArg !== undefined) {
    let s: string;
    if (typeof sepArg === 'string') s = sepArg;
    else if (sepArg instanceof PyBytesObj) s = latin1(sepArg.bytes);
    else typeError(`object of type '${typeOf(sepArg).tpName}' has no len()`);
    if (s.length !== 1) valueError('sep must be length 1.');
    if (s.charCodeAt(0) > 127) valueError('sep must be ASCII.');
    sep = s;
  }
  const per = perArg === undefined ? 1 : cInt(perArg);
  if (sep === '' || per === 0 || b.length === 0) {
    // The digits' codes, then a string per 4 KB: 1.4-1.9x faster than concatenating two characters per byte.
    let out = '';
    for (let start = 0; start < b.length; start += 4096) {
      const end = Math.min(b.length, start + 4096);
      const codes = new Array<number>(2 * (end - start));
      for (let i = start, j = 0; i < end; i++, j += 2) {
        codes[j] = HEX_CODES[b[i] >> 4];
        codes[j + 1] = HEX_CODES[b[i] & 15];
      }
      out += String.fromCharCode.apply(null, codes);
    }
    return out;
  }
  let out = '';
  const g = Math.abs(per);
  for (let i = 0; i < b.length; i++) {
    // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
    if (i > 0 && (per > 0 ? (b.length - i) % g === 0 : i % g === 0)) out += sep;
    out += digits[b[i] >> 4] + digits[b[i] & 15];
  }
  return out;
}

function fromHex(s: PyValue): Uint8Array {
  if (typeof s !== 'string' && !(typeOf(s).isSubtype(strType))) typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
  const str = typeof s === 'string' ? s : String((s as unknown as { value: string }).value);
  const out: number[] = [];
  const hv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  const n = str.length;
  while (i < n) {
    const c = str.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hv(c);
    if (hi < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hv(str.charCodeAt(i + 1)) : -1;
    if (lo < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new Uint8Array(out);
}

function splitlinesBytes(b: Uint8Array, keep: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  let start = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === 10 || c === 13) {
      let e = i + 1;
      if (c === 13 && b[e] === 10) e++;
      out.push(b.slice(start, keep ? e : i));
      start = i = e;
    } else i++;
  }
  if (start < n) out.push(b.slice(start));
  return out;
}

function titleBytes(b: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(b, (c) => {
    let r = c;
    if (isAlphaB(c)) {
      r = prevCased ? (isUpperB(c) ? c + 32 : c) : isLowerB(c) ? c - 32 : c;
      prevCased = true;
    } else prevCased = false;
    return r;
  });
}

function istitleBytes(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of b) {
    if (isUpperB(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerB(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function expandTabs(b: Uint8Array, tab: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of b) {
    if (c === 9) {
      if (tab > 0) {
        const n = tab - (col % tab);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return new Uint8Array(out);
}

function zfillBytes(b: Uint8Array, width: number): Uint8Array {
  if (b.length >= width) return b.slice();
  const fill = width - b.length;
  const out = pad(b, fill, 0, 48);
  if (b.length > 0 && (b[0] === 43 || b[0] === 45)) {
    out[0] = b[0];
    out[fill] = 48;
  }
  return out;
}

function startsEnds(self: PyValue, name: string, args: PyValue[], kw: string[] | null, ends: boolean): boolean {
  tupleArgs(self, name, args, kw, 1, 3);
  const b = B(self);
  const [start, end] = adjust(b.length, args[1], args[2]);
  const test = (p: Uint8Array): boolean => {
    if (end - start < p.length || start > b.length) return false;
    const at = ends ? end - p.length : start;
    for (let i = 0; i < p.length; i++) if (b[at + i] !== p[i]) return false;
    return true;
  };
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const p of x.items) if (test(needBytes(p))) return true;
    return false;
  }
  const p = asBytes(x);
  if (p === undefined) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(x).tpName}`);
  return test(p);
}

/** Items of an iterable of ints in range(256) (bytes()/extend()/slice assignment). */
function intsOf(v: PyValue, rangeMsg: string): Uint8Array {
  const out: number[] = [];
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    const n = index(x);
    if (typeof n === 'bigint' || n < 0 || n > 255) valueError(rangeMsg);
    out.push(n);
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------
// Construction.

/** x.__bytes__(), which must return bytes (a subclass will do, a bytearray will not). */
function callBytes(x: PyValue): PyBytesObj {
  const r = callSpecial(x, '__bytes__', [])!;
  if (!(r instanceof PyBytesObj) || isBA(r)) typeError(`__bytes__ returned non-bytes (type ${typeOf(r).tpName})`);
  return r;
}

/** The bytes for bytes(x, encoding, errors) / bytearray.__init__. */
function fromSource(src: PyValue | undefined, enc: PyValue | undefined, err: PyValue | undefined, ba: boolean): Uint8Array {
  const name = ba ? 'bytearray' : 'bytes';
  if (src === undefined) {
    if (enc !== undefined) typeError('encoding without a string argument');
    if (err !== undefined) typeError('errors without a string argument');
    return new Uint8Array(0);
  }
  const isStr = typeof src === 'string' || typeOf(src).isSubtype(strType);
  // bytes_new: a __bytes__ method comes before the str test (a str subclass may have one); bytearray has none.
  if (!ba && enc === undefined && err === undefined && typeof src === 'object') {
    if (typeOf(src).lookup('__bytes__') !== undefined) return callBytes(src).bytes;
  }
  if (isStr) {
    if (enc === undefined) typeError('string argument without an encoding');
    const e = strArg(name, 'encoding', enc);
    const r = err === undefined ? 'strict' : strArg(name, 'errors', err);
    return encodeAsMethod(typeof src === 'string' || src instanceof PySurrogateStr ? src : String((src as unknown as { value: string }).value), e, r);
  }
  if (enc !== undefined) typeError('encoding without a string argument');
  if (err !== undefined) typeError('errors without a string argument');
  // An integer (a count) is tested before the buffer protocol, as in bytes_new/bytearray___init__; an
  // __index__ raising TypeError falls through to the other kinds (a bytes subclass refusing to be a count).
  if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean' || typeOf(src).lookup('__index__') !== undefined) {
    let n: number | undefined;
    try {
      n = ssize(src);
    } catch (e) {
      if (!(e instanceof PyException) || !e.exc.cls.isSubtype(TypeError)) throw e;
    }
    if (n !== undefined) {
      if (n < 0) valueError('negative count');
      return new Uint8Array(n);
    }
  }
  const buf = asBytes(src, true);
  if (buf !== undefined) return buf.slice();
  if ((src instanceof PyList || src instanceof PyTuple) && (src.cls === listType || src.cls === tupleType)) {
    // The length is read again at each item: an __index__ may shrink the list (_PyBytes_FromList).
    const out: number[] = [];
    for (let i = 0; i < src.items.length; i++) {
      const n = index(src.items[i]);
      if (typeof n === 'bigint' || n < 0 || n > 255) valueError(ba ? 'byte must be in range(0, 256)' : 'bytes must be in range(0, 256)');
      out.push(n);
    }
    return new Uint8Array(out);
  }
  if (typeOf(src).lookup('__iter__') === undefined && typeOf(src).lookup('__getitem__') === undefined)
    typeError(`cannot convert '${typeOf(src).tpName}' object to ${name}`);
  return intsOf(src, ba ? 'byte must be in range(0, 256)' : 'bytes must be in range(0, 256)');
}

function strArg(fname: string, pname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeOf(v).isSubtype(strType)) return String((v as unknown as { value: string }).value);
  typeError(`${fname}() argument '${pname}' must be str, not ${argTypeName(v)}`);
}

function bytesNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const [src, enc, err] = clinicArgs('bytes', ['source', 'encoding', 'errors'], args.slice(1), kw, 0);
  if (cls === bytesType && src !== undefined && enc === undefined && err === undefined && typeof src === 'object' && (src as PyObject).cls !== bytesType
    && typeOf(src).lookup('__bytes__') !== undefined) {
    // bytes(x) returns what x.__bytes__() returned, even an instance of a subclass.
    return callBytes(src);
  }
  const data = fromSource(src, enc, err, false);
  const o = new PyBytesObj(data, cls);
  if (cls.flags & TF_HEAPTYPE) o.dict = cls.newInstanceDict();
  return o;
}

// ---------------------------------------------------------------------------
// bytearray storage: capacity growth, in-place changes, and the export lock.

function checkResize(o: PyByteArray): void {
  if (o.exports > 0 && !releaseDeadExports(o)) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}

/**
 * The buffer of `v` for a consumer that writes into it (readinto, recv_into, pack_into: PyBUF_WRITABLE), or
 * undefined when it has none or is a memoryview that is not C-contiguous: the callers raise their TypeError
 * ("must be read-write bytes-like object") for those and for a read-only buffer, as CPython's do.
 */
export function writableBuffer(v: PyValue): BufferInfo | undefined {
  try {
    return getBuffer(v);
  } catch (e) {
    if (isBufferError(e)) return undefined;
    throw e;
  }
}

/** Hook set by memoryview.ts: drop exports of views no longer reachable; true if none are left. */
export const exportHooks = {
  releaseDead: (o: PyByteArray): boolean => false,
  /** The object a live memoryview exports (undefined for anything else). */
  exporterOf: (v: PyValue): PyValue | undefined => undefined,
};

/**
 * A buffer argument viewing `o` itself (ba += memoryview(ba)): CPython holds that export while it
 * resizes, so the resize fails.
 */
function refuseIfPinned(o: PyByteArray, arg: PyValue, resizes: boolean): void {
  if (resizes && typeof arg === 'object' && exportHooks.exporterOf(arg) === o) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}
function releaseDeadExports(o: PyByteArray): boolean {
  return exportHooks.releaseDead(o);
}

/** Set the bytearray's length to n, keeping its first min(n, len) bytes; returns the new view. */
function resize(o: PyByteArray, n: number): Uint8Array {
  const cur = o.bytes;
  if (n === cur.length) return cur;
  checkResize(o);
  const buf = cur.buffer;
  if (n <= buf.byteLength - cur.byteOffset && n >= (buf.byteLength >> 2)) {
    o.bytes = new Uint8Array(buf, cur.byteOffset, n);
    if (n > cur.length) o.bytes.fill(0, cur.length);
    return o.bytes;
  }
  const cap = n < 8 ? 8 : n + (n >> 3) + (n < 9 ? 3 : 6);
  const nb = new Uint8Array(new ArrayBuffer(cap), 0, n);
  nb.set(n < cur.length ? cur.subarray(0, n) : cur);
  o.bytes = nb;
  return nb;
}

/** Replace bytes [lo, hi) with src (any lengths), in place when the size is unchanged. */
function spliceBA(o: PyByteArray, lo: number, hi: number, src: Uint8Array): void {
  const old = o.bytes;
  const delta = src.length - (hi - lo);
  if (delta === 0) {
    old.set(src, lo);
    return;
  }
  const tail = old.slice(hi);
  const b = resize(o, old.length + delta);
  b.set(src, lo);
  b.set(tail, lo + src.length);
}

function baInit(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const [src, enc, err] = clinicArgs('bytearray', ['source', 'encoding', 'errors'], args, kw, 0);
  const o = self as PyByteArray;
  const data = fromSource(src, enc, err, true);
  checkResize(o);
  o.bytes = new Uint8Array(0);
  resize(o, data.length).set(data);
  return None;
}

function baAssignSource(v: PyValue): Uint8Array {
  // A buffer is made a bytearray first (PyByteArray_FromObject): a strided view's bytes are gathered.
  const b = asBytes(v, true);
  if (b !== undefined) return b.slice();
  if (typeof v === 'string' || typeOf(v).isSubtype(strType) || (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined))
    typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return intsOf(v, 'byte must be in range(0, 256)');
}

function baSetItem(self: PyValue, k: PyValue, v: PyValue): void {
  const o = self as PyByteArray;
  if (k instanceof PySlice) {
    const src = baAssignSource(v);
    const [start, stop, step, n] = sliceIndices(k, o.bytes.length);
    if (step === 1) {
      refuseIfPinned(o, v, src.length !== Math.max(start, stop) - start);
      spliceBA(o, start, Math.max(start, stop), src);
      return;
    }
    if (src.length === 0) {
      // An empty source deletes the extended slice (bytearray_ass_subscript).
      baDelItem(o, k);
      return;
    }
    if (src.length !== n) valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
    const b = o.bytes;
    for (let i = 0, j = start; i < n; i++, j += step) b[j] = src[i];
    return;
  }
  // GH-91153: the value's __index__ runs before the bounds check (it may shrink the bytearray).
  const raw = rawIndex(k, 'bytearray');
  const b = byteValue(v);
  o.bytes[checkedIndex(o, raw, 'bytearray')] = b;
}

function baDelItem(self: PyValue, k: PyValue): void {
  const o = self as PyByteArray;
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, o.bytes.length);
    if (n === 0) return;
    if (step === 1) {
      spliceBA(o, start, stop, new Uint8Array(0));
      return;
    }
    const b = o.bytes;
    const del = new Uint8Array(b.length);
    for (let i = 0, j = start; i < n; i++, j += step) del[j] = 1;
    const keep: number[] = [];
    for (let i = 0; i < b.length; i++) if (!del[i]) keep.push(b[i]);
    checkResize(o);
    const nb = resize(o, keep.length);
    nb.set(keep);
    return;
  }
  const i = itemIndex(o, k, 'bytearray');
  spliceBA(o, i, i + 1, new Uint8Array(0));
}

function itemIndex(self: PyBytesObj, k: PyValue, what: string): number {
  return checkedIndex(self, rawIndex(k, what), what);
}

/** A subscript's integer, before it is checked against the length. */
function rawIndex(k: PyValue, what: string): number {
  let i: number;
  if (typeof k === 'number') i = k;
  else if (typeof k === 'boolean') i = k ? 1 : 0;
  else {
    if (typeof k !== 'bigint' && typeOf(k).lookup('__index__') === undefined)
      typeError(`${what === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeOf(k).tpName}`);
    const n = index(k);
    if (typeof n === 'bigint') raise(IndexError, "cannot fit 'int' into an index-sized integer");
    i = n;
  }
  return i;
}

function checkedIndex(self: PyBytesObj, i: number, what: string): number {
  const len = self.bytes.length;
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(IndexError, what === 'bytes' ? 'index out of range' : 'bytearray index out of range');
  return i;
}

function repeat(b: Uint8Array, nv: PyValue): Uint8Array | undefined {
  if (typeof nv !== 'number' && typeof nv !== 'boolean' && typeof nv !== 'bigint' && typeOf(nv).lookup('__index__') === undefined) return undefined;
  const n = ssize(nv);
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * n > 0x7fffffff) raise(exceptionTypes.get('MemoryError')!);
  const total = b.length * n;
  const out = new Uint8Array(total);
  if (b.length === 1) {
    if (b[0] !== 0) out.fill(b[0]);
    return out;
  }
  // Doubling copies: O(log n) calls (a set() per copy made `b'ab' * 10**6` cost a million calls).
  out.set(b, 0);
  for (let done = b.length; done < total; done *= 2) out.copyWithin(done, 0, Math.min(done, total - done));
  return out;
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ---------------------------------------------------------------------------
// %-formatting (PEP 461).

function bytesFormat(fmt: Uint8Array, argv: PyValue): Uint8Array {
  let args: PyValue[];
  let dict: PyValue | null = null;
  if (argv instanceof PyTuple) args = argv.items;
  else {
    args = [argv];
    if (typeof argv === 'object' && !(argv instanceof PyBytesObj) && typeOf(argv).lookup('__getitem__') !== undefined
      && !typeOf(argv).isSubtype(strType)) dict = argv;
  }
  let ai = 0;
  const out: number[] = [];
  const push = (b: Uint8Array | ArrayLike<number>) => { for (let i = 0; i < b.length; i++) out.push(b[i]); };
  const next = (): PyValue => {
    if (ai >= args.length) typeError('not enough arguments for format string');
    return args[ai++];
  };
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c !== 37) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    // Only '%%' is a literal percent: after flags, a width or a key, '%' is a conversion that takes an argument
    // and is then unsupported (_PyBytes_FormatEx; str formatting differs).
    if (fmt[i] === 37) {
      out.push(37);
      i++;
      continue;
    }
    let key: PyValue | null = null;
    if (fmt[i] === 40) {
      if (dict === null) typeError('format requires a mapping');
      let depth = 1;
      const ks = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === 40) depth++;
        else if (fmt[i] === 41) depth--;
        i++;
      }
      if (depth > 0) valueError('incomplete format key');
      key = new PyBytesObj(fmt.slice(ks, i - 1));
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(String.fromCharCode(fmt[i]))) flags += String.fromCharCode(fmt[i++]);
    let width = '';
    if (fmt[i] === 42) {
      let w = starWidth(next());
      if (w < 0) {
        flags += '-';
        w = -w;
      }
      // Padding beyond what a JS array holds: CPython fails to allocate it too.
      if (w > 0x7fffffff) raise(exceptionTypes.get('MemoryError')!);
      width = String(w);
      i++;
    } else while (i < n && isDigitB(fmt[i])) width += String.fromCharCode(fmt[i++]);
    let prec = -1;
    if (fmt[i] === 46) {
      i++;
      prec = 0;
      if (fmt[i] === 42) {
        prec = starPrecision(next());
        i++;
      } else while (i < n && isDigitB(fmt[i])) prec = prec * 10 + fmt[i++] - 48;
    }
    while (i < n && (fmt[i] === 108 || fmt[i] === 104 || fmt[i] === 76)) i++;
    if (i >= n) valueError('incomplete format');
    const t = String.fromCharCode(fmt[i++]);
    const v = key !== null ? getItem(dict!, key) : next();
    let piece: Uint8Array;
    switch (t) {
      case 's': case 'b': {
        let b = asBytes(v);
        if (b === undefined) {
          const f = typeof v === 'object' ? typeOf(v).lookup('__bytes__') : undefined;
          if (f === undefined) typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).tpName}'`);
          b = callBytes(v).bytes;
        }
        piece = prec >= 0 ? b.subarray(0, prec) : b;
        break;
      }
      case 'r': case 'a': {
        const s = asciiRepr(v);
        piece = bytesOfLatin1(prec >= 0 ? s.slice(0, prec) : s);
        break;
      }
      case 'c': {
        if (v instanceof PyBytesObj && v.bytes.length === 1) piece = v.bytes;
        else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'object' && !(v instanceof PyBytesObj) && typeOf(v).lookup('__index__') !== undefined)) {
          const x = index(v);
          if (typeof x === 'bigint' || x < 0 || x > 255) raise(OverflowError, '%c arg not in range(256)');
          piece = Uint8Array.of(x);
        } else typeError('%c requires an integer in range(256) or a single byte');
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if ((t === 'x' || t === 'X' || t === 'o') && typeof v === 'object' && typeOf(v).lookup('__index__') === undefined)
          typeError(`%${t} format: an integer is required, not ${typeOf(v).tpName}`);
        const spec = '%' + flags + width + (prec >= 0 ? '.' + prec : '') + t;
        piece = bytesOfLatin1(percentFormat(spec, new PyTuple([v])));
        width = '';
        break;
      }
      default: {
        const code = fmt[i - 1];
        const shown = code < 128 ? `'${t}' (0x${code.toString(16)})` : `'\\x${code.toString(16)}' (0x${code.toString(16)})`;
        valueError(`unsupported format character ${shown} at index ${i - 1}`);
      }
    }
    const w = width === '' ? 0 : Number(width);
    if (piece.length < w) {
      const padding = new Array(w - piece.length).fill(32);
      if (flags.includes('-')) {
        push(piece);
        push(padding);
      } else {
        push(padding);
        push(piece);
      }
    } else push(piece);
  }
  if (ai < args.length && dict === null) typeError('not all arguments converted during bytes formatting');
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------
// Method tables.

/** bytes_iterator / bytearray_iterator: reads the object's current storage at each step (a bytearray may change). */
class BytesIterState {
  /** null once exhausted: CPython drops the object, so a bytearray that grows later is not seen. */
  declare o: PyBytesObj | null;
  declare i: number;
  constructor(o: PyBytesObj) {
    this.o = o;
    this.i = 0;
  }
}
function bytesIterNext(this: StateIter<BytesIterState>): PyValue | undefined {
  const st = this.st;
  const o = st.o;
  if (o !== null && st.i < o.bytes.length) return o.bytes[st.i++];
  st.o = null;
  return undefined;
}
function iterFor(self: PyValue): PyValue {
  const o = self as PyBytesObj;
  return stateIter(bytesIterNext, isBA(o) ? bytearrayIterType : bytesIterType, new BytesIterState(o));
}

/** bytes * n and n * bytes (sq_repeat serves both). */
function repeatMethod(self: PyValue, args: PyValue[]): PyValue {
  const r = repeat(B(self), args[0]) ?? notACount(args[0]);
  // bytes_repeat: an exact bytes repeated to its own size is itself.
  return (self as PyObject).cls === bytesType && r.length === B(self).length ? self : like(self, r);
}

function commonMethods(t: PyType): void {
  defineMethods(t, {
    __len__: (self) => B(self).length,
    __getitem__: (self, args) => {
      const b = B(self);
      const k = args[0];
      if (k instanceof PySlice) {
        const [s, , st, n] = sliceIndices(k, b.length);
        if (st === 1) return like(self, b.slice(s, s + n));
        const out = new Uint8Array(n);
        for (let i = 0, j = s; i < n; i++, j += st) out[i] = b[j];
        return like(self, out);
      }
      return b[itemIndex(self as PyBytesObj, k, isBA(self) ? 'bytearray' : 'bytes')];
    },
    __iter__: (self) => iterFor(self),
    __contains__: (self, args) => findBytes(B(self), containsNeedle(args[0]), 0, B(self).length) >= 0,
    __add__: (self, args) => {
      const o = asSimpleBytes(args[0]);
      if (o === undefined) typeError(`can't concat ${typeOf(args[0]).tpName} to ${typeOf(self).tpName}`);
      return like(self, concat(B(self), o));
    },
    __mul__: repeatMethod,
    __rmul__: repeatMethod,
    __mod__: (self, args) => like(self, bytesFormat(B(self), args[0])),
    __rmod__: () => NotImplemented,
    decode: (self, args, kw) => {
      const [enc, err] = clinicArgs('decode', ['encoding', 'errors'], args, kw, 0);
      const e = enc === undefined ? 'utf-8' : strArg('decode', 'encoding', enc);
      const r = err === undefined ? 'strict' : strArg('decode', 'errors', err);
      return decodeAsMethod(B(self), e, r);
    },
    hex: (self, args, kw) => {
      const [sep, per] = clinicArgs('hex', ['sep', 'bytes_per_sep'], args, kw, 0);
      return hexOf(B(self), sep, per);
    },
    find: (self, args, kw) => {
      tupleArgs(self, 'find', args, kw, 1, 3);
      const b = B(self);
      const [s, e] = adjust(b.length, args[1], args[2]);
      return findBytes(b, needle(args[0]), s, e);
    },
    rfind: (self, args, kw) => {
      tupleArgs(self, 'rfind', args, kw, 1, 3);
      const b = B(self);
      const [s, e] = adjust(b.length, args[1], args[2]);
      return rfindBytes(b, needle(args[0]), s, e);
    },
    index: (self, args, kw) => {
      tupleArgs(self, 'index', args, kw, 1, 3);
      const b = B(self);
      const [s, e] = adjust(b.length, args[1], args[2]);
      const r = findBytes(b, needle(args[0]), s, e);
      if (r < 0) valueError('subsection not found');
      return r;
    },
    rindex: (self, args, kw) => {
      tupleArgs(self, 'rindex', args, kw, 1, 3);
      const b = B(self);
      const [s, e] = adjust(b.length, args[1], args[2]);
      const r = rfindBytes(b, needle(args[0]), s, e);
      if (r < 0) valueError('subsection not found');
      return r;
    },
    count: (self, args, kw) => {
      tupleArgs(self, 'count', args, kw, 1, 3);
      const b = B(self);
      const [s, e] = adjust(b.length, args[1], args[2]);
      return countBytes(b, needle(args[0]), s, e);
    },
    startswith: (self, args, kw) => startsEnds(self, 'startswith', args, kw, false),
    endswith: (self, args, kw) => startsEnds(self, 'endswith', args, kw, true),
    split: (self, args, kw) => {
      const [sep, ms] = clinicArgs('split', ['sep', 'maxsplit'], args, kw, 0);
      const max = ms === undefined ? -1 : ssizeArg(ms);
      const b = B(self);
      let parts: Uint8Array[];
      if (sep === undefined || sep === None) parts = splitWhitespace(b, max < 0 ? Infinity : max);
      else {
        const s = needBytes(sep);
        if (s.length === 0) valueError('empty separator');
        parts = [];
        let i = 0;
        let k = max < 0 ? Infinity : max;
        while (k-- > 0) {
          const j = findBytes(b, s, i, b.length);
          if (j < 0) break;
          parts.push(b.slice(i, j));
          i = j + s.length;
        }
        parts.push(b.slice(i));
      }
      return splitList(parts.map((p) => like(self, p)), max);
    },
    rsplit: (self, args, kw) => {
      const [sep, ms] = clinicArgs('rsplit', ['sep', 'maxsplit'], args, kw, 0);
      const max = ms === undefined ? -1 : ssizeArg(ms);
      const b = B(self);
      let parts: Uint8Array[];
      if (sep === undefined || sep === None) parts = rsplitWhitespace(b, max < 0 ? Infinity : max);
      else {
        const s = needBytes(sep);
        if (s.length === 0) valueError('empty separator');
        parts = [];
        let e = b.length;
        let k = max < 0 ? Infinity : max;
        while (k-- > 0) {
          const j = rfindBytes(b, s, 0, e);
          if (j < 0) break;
          parts.push(b.slice(j + s.length, e));
          e = j;
        }
        parts.push(b.slice(0, e));
        parts.reverse();
      }
      return splitList(parts.map((p) => like(self, p)), max);
    },
    strip: (self, args, kw) => { clinic(self, 'strip', args, kw, 0, 1); return like(self, stripBytes(B(self), args[0], true, true)); },
    lstrip: (self, args, kw) => { clinic(self, 'lstrip', args, kw, 0, 1); return like(self, stripBytes(B(self), args[0], true, false)); },
    rstrip: (self, args, kw) => { clinic(self, 'rstrip', args, kw, 0, 1); return like(self, stripBytes(B(self), args[0], false, true)); },
    partition: (self, args, kw) => {
      const sep = needBytes(oneArg(self, 'partition', args, kw));
      if (sep.length === 0) valueError('empty separator');
      const b = B(self);
      const j = findBytes(b, sep, 0, b.length);
      if (j < 0) return new PyTuple([like(self, b.slice()), like(self, new Uint8Array(0)), like(self, new Uint8Array(0))]);
      return new PyTuple([like(self, b.slice(0, j)), like(self, sep.slice()), like(self, b.slice(j + sep.length))]);
    },
    rpartition: (self, args, kw) => {
      const sep = needBytes(oneArg(self, 'rpartition', args, kw));
      if (sep.length === 0) valueError('empty separator');
      const b = B(self);
      const j = rfindBytes(b, sep, 0, b.length);
      if (j < 0) return new PyTuple([like(self, new Uint8Array(0)), like(self, new Uint8Array(0)), like(self, b.slice())]);
      return new PyTuple([like(self, b.slice(0, j)), like(self, sep.slice()), like(self, b.slice(j + sep.length))]);
    },
    join: (self, args, kw) => {
      const it = oneArg(self, 'join', args, kw);
      const sep = B(self);
      if (typeof it !== 'object' || (typeOf(it).lookup('__iter__') === undefined && typeOf(it).lookup('__getitem__') === undefined))
        typeError('can only join an iterable');
      // A bytearray separator is exported while the iterable runs (gh-112625): it cannot be resized meanwhile.
      const held = self instanceof PyByteArray ? self : null;
      if (held !== null) held.exports++;
      let items: PyValue[];
      try {
        items = it instanceof PyList || it instanceof PyTuple ? it.items.slice() : (() => {
          const a: PyValue[] = [];
          const g = getIter(it);
          for (let x = iterNext(g); x !== undefined; x = iterNext(g)) a.push(x);
          return a;
        })();
      } finally {
        if (held !== null) held.exports--;
      }
      const parts: Uint8Array[] = [];
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        const p = asSimpleBytes(items[i]);
        if (p === undefined) typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).tpName} found`);
        parts.push(p);
        total += p.length + (i > 0 ? sep.length : 0);
      }
      const out = new Uint8Array(total);
      let o = 0;
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.set(sep, o);
          o += sep.length;
        }
        out.set(parts[i], o);
        o += parts[i].length;
      }
      return like(self, out);
    },
    replace: (self, args, kw) => {
      clinic(self, 'replace', args, kw, 2, 3);
      const old = needBytes(args[0]);
      const rep = needBytes(args[1]);
      const count = args.length > 2 ? ssizeArg(args[2]) : -1;
      return like(self, replaceBytes(B(self), old, rep, count));
    },
    removeprefix: (self, args, kw) => {
      const p = needBytes(oneArg(self, 'removeprefix', args, kw));
      const b = B(self);
      if (p.length <= b.length && bytesEqual(b.subarray(0, p.length), p)) return like(self, b.slice(p.length));
      return like(self, b.slice());
    },
    removesuffix: (self, args, kw) => {
      const p = needBytes(oneArg(self, 'removesuffix', args, kw));
      const b = B(self);
      if (p.length > 0 && p.length <= b.length && bytesEqual(b.subarray(b.length - p.length), p)) return like(self, b.slice(0, b.length - p.length));
      return like(self, b.slice());
    },
    center: (self, args, kw) => {
      clinic(self, 'center', args, kw, 1, 2);
      const w = ssizeArg(args[0]);
      const f = fillByte(self, 'center', args[1]);
      const b = B(self);
      if (w <= b.length) return like(self, b.slice());
      const marg = w - b.length;
      const left = (marg >> 1) + (marg & w & 1);
      return like(self, pad(b, left, marg - left, f));
    },
    ljust: (self, args, kw) => {
      clinic(self, 'ljust', args, kw, 1, 2);
      const w = ssizeArg(args[0]);
      const f = fillByte(self, 'ljust', args[1]);
      const b = B(self);
      return like(self, w <= b.length ? b.slice() : pad(b, 0, w - b.length, f));
    },
    rjust: (self, args, kw) => {
      clinic(self, 'rjust', args, kw, 1, 2);
      const w = ssizeArg(args[0]);
      const f = fillByte(self, 'rjust', args[1]);
      const b = B(self);
      return like(self, w <= b.length ? b.slice() : pad(b, w - b.length, 0, f));
    },
    zfill: (self, args, kw) => like(self, zfillBytes(B(self), ssizeArg(oneArg(self, 'zfill', args, kw)))),
    expandtabs: (self, args, kw) => {
      const [ts] = clinicArgs('expandtabs', ['tabsize'], args, kw, 0);
      return like(self, expandTabs(B(self), ts === undefined ? 8 : cInt(ts)));
    },
    splitlines: (self, args, kw) => {
      const [k] = clinicArgs('splitlines', ['keepends'], args, kw, 0);
      let keep = false;
      if (k !== undefined) {
        if (typeof k === 'object' && typeOf(k).lookup('__index__') === undefined) typeError(`'${typeOf(k).tpName}' object cannot be interpreted as an integer`);
        keep = Number(index(k)) !== 0;
      }
      return new PyList(splitlinesBytes(B(self), keep).map((p) => like(self, p)));
    },
    translate: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos < 1) typeError(`translate() takes at least 1 positional argument (${npos} given)`);
      const [table, del] = clinicArgs('translate', ['table', 'delete'], args, kw, 0);
      let tb: Uint8Array | null = null;
      if (table !== None) {
        tb = needBytes(table!);
        if (tb.length !== 256) valueError('translation table must be 256 characters long');
      }
      const d = del === undefined ? null : needBytes(del);
      const b = B(self);
      const out: number[] = [];
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (d !== null && d.includes(c)) continue;
        out.push(tb === null ? c : tb[c]);
      }
      return like(self, new Uint8Array(out));
    },
    upper: (self, args, kw) => { noArgs(self, 'upper', args, kw); return like(self, mapBytes(B(self), (c) => (isLowerB(c) ? c - 32 : c))); },
    lower: (self, args, kw) => { noArgs(self, 'lower', args, kw); return like(self, mapBytes(B(self), (c) => (isUpperB(c) ? c + 32 : c))); },
    swapcase: (self, args, kw) => {
      noArgs(self, 'swapcase', args, kw);
      return like(self, mapBytes(B(self), (c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c)));
    },
    capitalize: (self, args, kw) => {
      noArgs(self, 'capitalize', args, kw);
      return like(self, mapBytes(B(self), (c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c)));
    },
    title: (self, args, kw) => { noArgs(self, 'title', args, kw); return like(self, titleBytes(B(self))); },
    isascii: (self, args, kw) => { noArgs(self, 'isascii', args, kw); return B(self).every((c) => c < 128); },
    isalpha: (self, args, kw) => { noArgs(self, 'isalpha', args, kw); return B(self).length > 0 && B(self).every(isAlphaB); },
    isalnum: (self, args, kw) => { noArgs(self, 'isalnum', args, kw); return B(self).length > 0 && B(self).every(isAlnumB); },
    isdigit: (self, args, kw) => { noArgs(self, 'isdigit', args, kw); return B(self).length > 0 && B(self).every(isDigitB); },
    isspace: (self, args, kw) => { noArgs(self, 'isspace', args, kw); return B(self).length > 0 && B(self).every(isSpaceB); },
    islower: (self, args, kw) => {
      noArgs(self, 'islower', args, kw);
      const b = B(self);
      return b.some(isLowerB) && !b.some(isUpperB);
    },
    isupper: (self, args, kw) => {
      noArgs(self, 'isupper', args, kw);
      const b = B(self);
      return b.some(isUpperB) && !b.some(isLowerB);
    },
    istitle: (self, args, kw) => { noArgs(self, 'istitle', args, kw); return istitleBytes(B(self)); },
  });
  defineClassMethods(t, {
    fromhex: (cls, args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`${t.name}.fromhex() takes no keyword arguments`);
      if (args.length !== 1) typeError(`${t.name}.fromhex() takes exactly one argument (${args.length} given)`);
      const data = fromHex(args[0]);
      const c = cls as PyType;
      if (c === bytesType) return new PyBytesObj(data);
      if (c === bytearrayType) return new PyByteArray(data);
      // A subclass: construct through the class, as CPython calls type(data).
      const base = t === bytesType ? new PyBytesObj(data) : new PyByteArray(data);
      return callType(c, [base], null);
    },
  });
  t.tdict.set('maketrans', staticBuiltin(t, 'maketrans', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError(`${t.name}.maketrans() takes no keyword arguments`);
    if (args.length !== 2) typeError(`maketrans expected 2 arguments, got ${args.length}`);
    const a = needBytes(args[0]);
    const b = needBytes(args[1]);
    if (a.length !== b.length) valueError('maketrans arguments must have same length');
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < a.length; i++) out[a[i]] = b[i];
    return new PyBytesObj(out);
  }));
}

/** bytearray's repr escapes ' even inside double quotes (bytearray_repr). */
function bytearrayRepr(b: Uint8Array): string {
  const q = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + q;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** _PyObject_GetState: what __getstate__ says (the __dict__ and __slots__ of a subclass's instance, or None). */
function reduceState(self: PyValue): PyValue {
  return call(getAttr(self, '__getstate__'), []);
}

function containsNeedle(v: PyValue): Uint8Array {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Uint8Array.of(byteValue(v));
  const b = asBytes(v);
  if (b !== undefined) return b;
  if (typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined) return Uint8Array.of(byteValue(v));
  typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

import { staticBuiltin } from './object.js';
import { callType } from './abstract.js';
/** A staticmethod wrapping a builtin (bytes.maketrans). */
/** A METH_STATIC method: a builtin named after its type (its __self__ is None, as CPython hides the type). */

/** -b (1) and -bb (2): str() of bytes and their comparisons with str and int warn (BytesWarning). */
export const bytesWarning = { level: 0 };

function bytesWarn(message: string): void {
  warn(message, exceptionTypes.get('BytesWarning')!, 1, None);
}

function richCmp(self: PyValue, other: PyValue, op: number): PyValue {
  // bytes compares with bytes/bytearray only; bytearray with any buffer (bytearray_richcompare).
  let o: Uint8Array | undefined;
  const ba = isBA(self);
  if (ba) o = asSimpleBytes(other);
  else o = other instanceof PyBytesObj ? other.bytes : undefined;
  if (o === undefined) {
    if (bytesWarning.level > 0 && (op === 2 || op === 3)) {
      if (typeof other === 'string' || other instanceof PySurrogateStr || typeOf(other).isSubtype(strType)) bytesWarn(`Comparison between ${ba ? 'bytearray' : 'bytes'} and string`);
      else if (!ba && (typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean' || typeOf(other).isSubtype(intType))) {
        bytesWarn('Comparison between bytes and int');
      }
    }
    return NotImplemented;
  }
  const a = B(self);
  if (op === 2) return bytesEqual(a, o);
  if (op === 3) return !bytesEqual(a, o);
  const c = compare(a, o);
  return op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
}

function baRepr(self: PyValue): string {
  const t = typeOf(self);
  return `${t === bytearrayType ? 'bytearray' : t.name}(${bytearrayRepr(B(self))})`;
}

export function initBytes(): void {
  codecHooks.asBytes = asBytes;
  codecHooks.asSimpleBytes = asSimpleBytes;
  bytesType.tdict.set('__new__', new PyBuiltin('__new__', bytesNew));
  bytearrayType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const o = new PyByteArray(new Uint8Array(0), cls);
    if (cls.flags & TF_HEAPTYPE) o.dict = cls.newInstanceDict();
    return o;
  }));
  commonMethods(bytesType);
  commonMethods(bytearrayType);
  const cmp = (op: number) => (self: PyValue, args: PyValue[]) => richCmp(self, args[0], op);
  for (const t of [bytesType, bytearrayType]) {
    defineMethods(t, {
      __lt__: cmp(0), __le__: cmp(1), __eq__: cmp(2), __ne__: cmp(3), __gt__: cmp(4), __ge__: cmp(5),
    });
  }
  defineMethods(bytesType, {
    __repr__: (self) => bytesRepr(B(self)),
    __str__: (self) => {
      if (bytesWarning.level > 0) bytesWarn('str() on a bytes instance');
      return bytesRepr(B(self));
    },
    __hash__: (self) => {
      const o = self as PyBytesObj;
      if (o.hash === null) o.hash = hash(latin1(o.bytes));
      return o.hash;
    },
    __bytes__: (self) => (typeOf(self) === bytesType ? self : new PyBytesObj(B(self))),
    __getnewargs__: (self) => new PyTuple([new PyBytesObj(B(self))]),
  });
  bytearrayType.tdict.set('__hash__', None);
  defineMethods(bytearrayType, {
    __init__: baInit,
    // bytearray___sizeof__: the object and its allocation (the bytes and a NUL, none while empty)
    __sizeof__: (self) => {
      const n = (self as PyByteArray).bytes.length;
      return typeLayout(typeOf(self)).basic + (n === 0 ? 0 : n + 1);
    },
    __repr__: (self) => baRepr(self),
    __str__: (self) => {
      if (bytesWarning.level > 0) bytesWarn('str() on a bytearray instance');
      return baRepr(self);
    },
    __setitem__: (self, args) => { baSetItem(self, args[0], args[1]); return None; },
    __delitem__: (self, args) => { baDelItem(self, args[0]); return None; },
    __iadd__: (self, args) => {
      const o = asSimpleBytes(args[0]);
      if (o === undefined) typeError(`can't concat ${typeOf(args[0]).tpName} to ${typeOf(self).tpName}`);
      const src = o.slice();
      const ba = self as PyByteArray;
      refuseIfPinned(ba, args[0], src.length > 0);
      const n = ba.bytes.length;
      resize(ba, n + src.length).set(src, n);
      return self;
    },
    __imul__: (self, args) => {
      const ba = self as PyByteArray;
      const r = repeat(ba.bytes, args[0]) ?? notACount(args[0]);
      if (r.length !== ba.bytes.length) resize(ba, r.length).set(r);
      return self;
    },
    __alloc__: (self, args, kw) => {
      noArgs(self, '__alloc__', args, kw);
      const b = B(self);
      return b.buffer.byteLength - b.byteOffset + (b.length === b.buffer.byteLength ? 1 : 0);
    },
    // Protocols < 3 cannot pickle bytes, so the content travels as latin-1 text (bytearray_reduce_ex).
    __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([latin1(B(self)), 'latin-1']), reduceState(self)]),
    __reduce_ex__: (self, args) => {
      const proto = args.length > 0 ? Number(index(args[0])) : 0;
      const state = reduceState(self);
      if (proto < 3) return new PyTuple([typeOf(self), new PyTuple([latin1(B(self)), 'latin-1']), state]);
      return new PyTuple([typeOf(self), new PyTuple([new PyBytesObj(B(self).slice())]), state]);
    },
    append: (self, args, kw) => {
      const v = byteValue(oneArg(self, 'append', args, kw));
      const ba = self as PyByteArray;
      const n = ba.bytes.length;
      resize(ba, n + 1)[n] = v;
      return None;
    },
    extend: (self, args, kw) => {
      const x = oneArg(self, 'extend', args, kw);
      // A buffer is a slice assignment at the end (bytearray_setslice, which asks a simple buffer).
      let src: Uint8Array | undefined;
      try {
        src = asBytes(x);
      } catch (e) {
        if (isBufferError(e)) typeError(`can't set bytearray slice from ${typeOf(x).tpName}`);
        throw e;
      }
      if (src === undefined) {
        if (typeof x !== 'object' && typeof x !== 'string') typeError(`can't extend bytearray with ${typeOf(x).tpName}`);
        if (typeof x === 'object' && typeOf(x).lookup('__iter__') === undefined && typeOf(x).lookup('__getitem__') === undefined)
          typeError(`can't extend bytearray with ${typeOf(x).tpName}`);
        checkLengthHint(x);
        src = intsOf(x, 'byte must be in range(0, 256)');
      } else src = src.slice();
      const ba = self as PyByteArray;
      refuseIfPinned(ba, x, src.length > 0);
      const n = ba.bytes.length;
      resize(ba, n + src.length).set(src, n);
      return None;
    },
    insert: (self, args, kw) => {
      clinic(self, 'insert', args, kw, 2, 2);
      const ba = self as PyByteArray;
      let i = ssizeArg(args[0]);
      const v = byteValue(args[1]);
      const n = ba.bytes.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      spliceBA(ba, i, i, Uint8Array.of(v));
      return None;
    },
    pop: (self, args, kw) => {
      clinic(self, 'pop', args, kw, 0, 1);
      const ba = self as PyByteArray;
      const n = ba.bytes.length;
      if (n === 0) raise(IndexError, 'pop from empty bytearray');
      let i = args.length > 0 ? ssizeArg(args[0]) : -1;
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(IndexError, 'pop index out of range');
      const v = ba.bytes[i];
      spliceBA(ba, i, i + 1, new Uint8Array(0));
      return v;
    },
    remove: (self, args, kw) => {
      const v = byteValue(oneArg(self, 'remove', args, kw));
      const ba = self as PyByteArray;
      const i = ba.bytes.indexOf(v);
      if (i < 0) valueError('value not found in bytearray');
      spliceBA(ba, i, i + 1, new Uint8Array(0));
      return None;
    },
    reverse: (self, args, kw) => { noArgs(self, 'reverse', args, kw); B(self).reverse(); return None; },
    clear: (self, args, kw) => { noArgs(self, 'clear', args, kw); resize(self as PyByteArray, 0); return None; },
    copy: (self, args, kw) => { noArgs(self, 'copy', args, kw); return new PyByteArray(B(self).slice()); },
  });
  for (const it of [bytesIterType, bytearrayIterType]) {
    defineMethods(it, {
      __iter__: (self) => self,
      __next__: (self) => {
        const v = iterNext(self);
        if (v === undefined) raise(exceptionTypes.get('StopIteration')!);
        return v;
      },
      __length_hint__: (self) => {
        const st = stateOf<BytesIterState>(self);
        return st.o === null ? 0 : Math.max(0, st.o.bytes.length - st.i);
      },
      __reduce__: (self) => {
        const st = stateOf<BytesIterState>(self);
        return iterReduce(() => (st.o === null ? null : [st.o, st.i]), () => emptyTuple);
      },
      __setstate__: (self, args) => {
        const st = stateOf<BytesIterState>(self);
        const i = longAsSsize(args[0]);
        if (st.o !== null) st.i = i < 0 ? 0 : Math.min(i, st.o.bytes.length);
        return None;
      },
    });
  }
}
