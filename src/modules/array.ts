// The array module (Modules/arraymodule.c): typed arrays of machine values with x86-64 Linux sizes
// (l/L 8 bytes, u a 4-byte wchar_t), CPython's conversion checks and messages, the sequence
// protocol, the methods, pickling through _array_reconstructor, and the buffer protocol (bytes(a),
// memoryview(a), struct.pack_into, file writes see the array's own storage).
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, PyList, PyFloat, PyBytesObj,
  PySlice, PyByteArray, None, NotImplemented, typeType, objectType, TF_BASETYPE, TF_HEAPTYPE, TF_SEQUENCE, defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { typeLayout } from '../objects/layout.js';
import {
  raise, typeError, valueError, OverflowError, IndexError, BufferError, EOFError, StopIteration, MemoryError,
} from '../objects/exceptions.js';
import {
  call, getIter, iterNext, eq, richCompare, repr, index, toFloat, getAttr, lookupAttr, idOf,
} from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { sliceIndices } from '../objects/slice.js';
import { getBuffer, bufferExporters, exportHooks } from '../objects/bytes.js';
import { PyStrSub } from '../objects/str.js';
import { PySurrogateStr, fromCodePoints, pushCodePoints } from '../objects/surrogatestr.js';
import { unpackArgs, ssizeArg, strCodePoints } from './args.js';
import { builtinsDict } from './builtins.js';
import { loadModule } from '../vm/import.js';
import { compareLengths } from '../objects/list.js';

// ---------------------------------------------------------------------------
// Type codes: item size and the machine format code used by pickles (arraymodule.c's enum).

const SIZE: { [c: string]: number } = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };
const MFORMAT: { [c: string]: number } = { b: 1, B: 0, u: 20, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16 };
const TYPECODES = 'bBuhHiIlLqQfd';
/** Machine format codes 0..21: [size, signed, big-endian, kind] with kind i(nt), f(loat), u(nicode). */
const MDESC: [number, boolean, boolean, string][] = [
  [1, false, false, 'i'], [1, true, false, 'i'], [2, false, false, 'i'], [2, false, true, 'i'], [2, true, false, 'i'], [2, true, true, 'i'],
  [4, false, false, 'i'], [4, false, true, 'i'], [4, true, false, 'i'], [4, true, true, 'i'], [8, false, false, 'i'], [8, false, true, 'i'],
  [8, true, false, 'i'], [8, true, true, 'i'], [4, false, false, 'f'], [4, false, true, 'f'], [8, false, false, 'f'], [8, false, true, 'f'],
  [2, false, false, 'u'], [2, false, true, 'u'], [4, false, false, 'u'], [4, false, true, 'u'],
];

function mkType(name: string, flags: number): PyType {
  const t = new PyType(typeType, name, [objectType], flags);
  t.mro = [t, objectType];
  t.tdict.set('__module__', 'array');
  return t;
}

export const arrayType = mkType('array', TF_BASETYPE | TF_SEQUENCE);
const arrayIterType = mkType('arrayiterator', 0);

export class PyArray extends PyObject {
  declare tc: string;
  declare itemsize: number;
  /** Storage: `allocated` items, of which the first `len` are in use. */
  declare buf: Uint8Array;
  declare dv: DataView;
  declare len: number;
  declare allocated: number;
  /** Live buffer exports (memoryviews): the array then refuses to change size. */
  declare exports: number;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, tc: string, n: number) {
    super(cls);
    this.tc = tc;
    this.itemsize = SIZE[tc];
    this.buf = new Uint8Array(n * this.itemsize);
    this.dv = new DataView(this.buf.buffer);
    this.len = n;
    this.allocated = n;
    this.exports = 0;
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

function isArray(v: PyValue | undefined): v is PyArray {
  return v instanceof PyArray;
}

/** array_resize: CPython's growth pattern (so __sizeof__ agrees) and the export check. */
function resize(a: PyArray, n: number): void {
  if (a.exports > 0 && n !== a.len && !exportHooks.releaseDead(a as never)) {
    raise(BufferError, 'cannot resize an array that is exporting buffers');
  }
  if (a.allocated >= n && a.len < n + 16) {
    a.len = n;
    return;
  }
  if (n === 0) {
    a.buf = new Uint8Array(0);
    a.dv = new DataView(a.buf.buffer);
    a.len = 0;
    a.allocated = 0;
    return;
  }
  const cap = (n >> 4) + (a.len < 8 ? 3 : 7) + n;
  const nb = new Uint8Array(cap * a.itemsize);
  nb.set(a.buf.subarray(0, Math.min(a.len, n) * a.itemsize));
  a.buf = nb;
  a.dv = new DataView(nb.buffer);
  a.allocated = cap;
  a.len = n;
}

// ---------------------------------------------------------------------------
// Items

function getRaw(a: PyArray, i: number): PyValue {
  const d = a.dv;
  switch (a.tc) {
    case 'b': return d.getInt8(i);
    case 'B': return d.getUint8(i);
    case 'h': return d.getInt16(i * 2, true);
    case 'H': return d.getUint16(i * 2, true);
    case 'i': return d.getInt32(i * 4, true);
    case 'I': return d.getUint32(i * 4, true);
    case 'l': case 'q': return norm(d.getBigInt64(i * 8, true));
    case 'L': case 'Q': return norm(d.getBigUint64(i * 8, true));
    case 'f': return new PyFloat(d.getFloat32(i * 4, true));
    case 'd': return new PyFloat(d.getFloat64(i * 8, true));
    default: {
      const c = d.getUint32(i * 4, true);
      if (c > 0x10ffff) valueError('chr() arg not in range(0x110000)');
      return fromCodePoints([c]);
    }
  }
}

function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function overflow(msg: string): never {
  raise(OverflowError, msg);
}

const LONG_MAX = 9223372036854775807n, LONG_MIN = -9223372036854775808n, ULONG_MAX = 18446744073709551615n;

/** A value converted and range-checked for type code tc, as the *_setitem functions do. */
function convert(tc: string, v: PyValue): number | bigint {
  switch (tc) {
    case 'f': return Math.fround(toFloat(v));
    case 'd': return toFloat(v);
    case 'u': {
      let cps: number[] | undefined;
      if (typeof v === 'string') {
        if (v.length <= 2) {
          cps = [];
          pushCodePoints(cps, v);
        }
      } else if (v instanceof PyStrSub) {
        cps = [];
        pushCodePoints(cps, v.value);
      } else if (v instanceof PySurrogateStr) cps = v.cps;
      if (cps === undefined || cps.length !== 1) typeError('array item must be unicode character');
      return cps[0];
    }
  }
  const x = index(v);
  const big = typeof x === 'bigint';
  switch (tc) {
    case 'q':
      if (big && (x > LONG_MAX || x < LONG_MIN)) overflow('int too big to convert');
      return x;
    case 'Q':
      if (x < 0) overflow("can't convert negative int to unsigned");
      if (big && x > ULONG_MAX) overflow('int too big to convert');
      return x;
    case 'I':
    case 'L':
      if (x < 0) overflow("can't convert negative value to unsigned int");
      if (big && x > ULONG_MAX) overflow('Python int too large to convert to C unsigned long');
      if (tc === 'I' && x > 4294967295) overflow('unsigned int is greater than maximum');
      return x;
  }
  // The rest parse a C long first.
  if (big && (x > LONG_MAX || x < LONG_MIN)) overflow('Python int too large to convert to C long');
  const n = x as number | bigint;
  const range = (lo: number, hi: number, what: string): void => {
    if (n < lo) overflow(`${what} is less than minimum`);
    if (n > hi) overflow(`${what} is greater than maximum`);
  };
  switch (tc) {
    case 'b':
      range(-32768, 32767, 'signed short integer');
      range(-128, 127, 'signed char');
      break;
    case 'B':
      range(0, 255, 'unsigned byte integer');
      break;
    case 'h':
      range(-32768, 32767, 'signed short integer');
      break;
    case 'H':
      range(-2147483648, 2147483647, 'signed integer');
      range(0, 65535, 'unsigned short');
      break;
    case 'i':
      range(-2147483648, 2147483647, 'signed integer');
      break;
  }
  return n;
}

function setRaw(a: PyArray, i: number, x: number | bigint): void {
  const d = a.dv;
  switch (a.tc) {
    case 'b': d.setInt8(i, x as number); return;
    case 'B': d.setUint8(i, x as number); return;
    case 'h': d.setInt16(i * 2, x as number, true); return;
    case 'H': d.setUint16(i * 2, x as number, true); return;
    case 'i': d.setInt32(i * 4, x as number, true); return;
    case 'I': case 'u': d.setUint32(i * 4, x as number, true); return;
    case 'l': case 'q': d.setBigInt64(i * 8, BigInt(x), true); return;
    case 'L': case 'Q': d.setBigUint64(i * 8, BigInt(x), true); return;
    case 'f': d.setFloat32(i * 4, x as number, true); return;
    case 'd': d.setFloat64(i * 8, x as number, true); return;
  }
}

function setItemAt(a: PyArray, i: number, v: PyValue): void {
  setRaw(a, i, convert(a.tc, v));
}

/** ins1: insert one item at `where` (already clamped). */
function insertAt(a: PyArray, where: number, v: PyValue): void {
  const x = convert(a.tc, v);
  const n = a.len;
  resize(a, n + 1);
  const s = a.itemsize;
  a.buf.copyWithin((where + 1) * s, where * s, n * s);
  setRaw(a, where, x);
}

function newArray(tc: string, n: number, cls: PyType = arrayType): PyArray {
  return new PyArray(cls, tc, n);
}

function bytesOf(a: PyArray): Uint8Array {
  return a.buf.subarray(0, a.len * a.itemsize);
}

function items(a: PyArray): PyValue[] {
  const out = new Array<PyValue>(a.len);
  for (let i = 0; i < a.len; i++) out[i] = getRaw(a, i);
  return out;
}

/** A copy of items [start, start+n) as a new exact array. */
function sliceCopy(a: PyArray, start: number, n: number): PyArray {
  const r = newArray(a.tc, n);
  r.buf.set(a.buf.subarray(start * a.itemsize, (start + n) * a.itemsize));
  return r;
}

function fromBytes(a: PyArray, data: Uint8Array): void {
  if (data.length % a.itemsize !== 0) valueError('bytes length not a multiple of item size');
  const n = data.length / a.itemsize;
  if (n === 0) return;
  const copy = data.slice(); // the source may be this array's own storage
  const old = a.len;
  resize(a, old + n);
  a.buf.set(copy, old * a.itemsize);
}

function fromUnicode(a: PyArray, cps: number[]): void {
  if (cps.length === 0) return;
  const old = a.len;
  resize(a, old + cps.length);
  for (let i = 0; i < cps.length; i++) a.dv.setUint32((old + i) * 4, cps[i], true);
}

/** array_iter_extend / array_do_extend. */
function extend(a: PyArray, v: PyValue, sameKindMsg: string): void {
  if (isArray(v)) {
    if (v.tc !== a.tc) typeError(sameKindMsg);
    const data = bytesOf(v).slice();
    const old = a.len;
    resize(a, old + v.len);
    a.buf.set(data, old * a.itemsize);
    return;
  }
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    insertAt(a, a.len, x);
  }
}

function tounicode(a: PyArray): PyValue {
  const cps: number[] = new Array(a.len);
  for (let i = 0; i < a.len; i++) {
    const c = a.dv.getUint32(i * 4, true);
    if (c > 0x10ffff) valueError(`character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
    cps[i] = c;
  }
  return fromCodePoints(cps);
}

// ---------------------------------------------------------------------------
// Construction

function arrayNew(cls: PyType, args: PyValue[], kw: string[] | null): PyArray {
  if (kw !== null && kw.length > 0 && (cls === arrayType || cls.lookup('__init__') === objectType.lookup('__init__'))) {
    typeError('array.array() takes no keyword arguments');
  }
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos < 1) typeError(`array() takes at least 1 argument (${npos} given)`);
  if (npos > 2) typeError(`array() takes at most 2 arguments (${npos} given)`);
  const tcv = args[0];
  const tcs = strCodePoints(tcv);
  if (tcs === undefined || tcs.length !== 1) typeError(`array() argument 1 must be a unicode character, not ${typeOf(tcv).tpName}`);
  const tc = String.fromCodePoint(tcs[0]);
  let init: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (init !== undefined && tc !== 'u') {
    if (strCodePoints(init) !== undefined) typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    if (isArray(init) && init.tc === 'u') typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  let it: PyValue | undefined;
  if (init !== undefined && !(init instanceof PyList || init instanceof PyTuple || init instanceof PyBytesObj
    || (tc === 'u' && strCodePoints(init) !== undefined) || (isArray(init) && init.tc === tc))) {
    it = getIter(init);
    init = undefined;
  }
  if (SIZE[tc] === undefined || tc.length !== 1) valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  if (init instanceof PyList || init instanceof PyTuple) {
    const src = init.items;
    const a = newArray(tc, src.length, cls);
    for (let i = 0; i < src.length; i++) setItemAt(a, i, src[i]);
    return a;
  }
  if (isArray(init)) {
    const a = newArray(tc, init.len, cls);
    a.buf.set(bytesOf(init));
    return a;
  }
  const a = newArray(tc, 0, cls);
  if (init instanceof PyBytesObj) fromBytes(a, init.bytes);
  else if (init !== undefined) {
    // A str for 'u': the storage is exactly its length (PyUnicode_AsWideCharString).
    const cps = strCodePoints(init)!;
    const b = newArray(tc, cps.length, cls);
    for (let i = 0; i < cps.length; i++) b.dv.setUint32(i * 4, cps[i], true);
    return b;
  }
  if (it !== undefined) {
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      insertAt(a, a.len, x);
    }
  }
  return a;
}

// ---------------------------------------------------------------------------
// Pickling

let reconstructor: PyBuiltin | undefined;

/** _array_reconstructor(arraytype, typecode, mformat_code, items). */
function reconstruct(args: PyValue[], kw: string[] | null): PyValue {
  unpackArgs('_array_reconstructor', args, kw, 4, 4);
  const [cls, tcv, mcode, itemsV] = args;
  if (!(cls instanceof PyType)) typeError(`first argument must be a type object, not ${typeOf(cls).tpName}`);
  if (!cls.isSubtype(arrayType)) typeError(`${cls.tpName} is not a subtype of array.array`);
  const tcs = strCodePoints(tcv);
  if (tcs === undefined || tcs.length !== 1) typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeOf(tcv).tpName}`);
  const tc = String.fromCodePoint(tcs[0]);
  if (SIZE[tc] === undefined) valueError('second argument must be a valid type code');
  const code = Number(index(mcode));
  if (code < 0 || code > 21) valueError('third argument must be a valid machine format code.');
  if (!(itemsV instanceof PyBytesObj) || itemsV instanceof PyByteArray) typeError(`fourth argument should be bytes, not ${typeOf(itemsV).tpName}`);
  const data = itemsV.bytes;
  if (code === MFORMAT[tc]) {
    const a = newArray(tc, 0, cls);
    fromBytes(a, data);
    return a;
  }
  const [size, signed, bigEnd, kind] = MDESC[code];
  if (data.length % size !== 0) valueError('string length not a multiple of item size');
  const n = data.length / size;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = !bigEnd;
  if (kind === 'u') {
    let text: PyValue;
    if (size === 2) text = call(getAttr(itemsV, 'decode'), [le ? 'utf-16-le' : 'utf-16-be']);
    else text = call(getAttr(itemsV, 'decode'), [le ? 'utf-32-le' : 'utf-32-be']);
    return call(cls, [tcv, text]);
  }
  const vals: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = i * size;
    if (kind === 'f') vals[i] = new PyFloat(size === 4 ? dv.getFloat32(p, le) : dv.getFloat64(p, le));
    else if (size === 1) vals[i] = signed ? dv.getInt8(p) : dv.getUint8(p);
    else if (size === 2) vals[i] = signed ? dv.getInt16(p, le) : dv.getUint16(p, le);
    else if (size === 4) vals[i] = signed ? dv.getInt32(p, le) : dv.getUint32(p, le);
    else vals[i] = norm(signed ? dv.getBigInt64(p, le) : dv.getBigUint64(p, le));
  }
  return call(cls, [tcv, new PyList(vals)]);
}

function reduceEx(a: PyArray, proto: PyValue): PyValue {
  const p = Number(index(proto));
  let dict = lookupAttr(a, '__dict__');
  if (dict === undefined) dict = None;
  if (p < 3) return new PyTuple([typeOf(a), new PyTuple([a.tc, new PyList(items(a))]), dict]);
  return new PyTuple([reconstructor!, new PyTuple([typeOf(a), a.tc, MFORMAT[a.tc], new PyBytesObj(bytesOf(a).slice())]), dict]);
}

// ---------------------------------------------------------------------------
// The sequence protocol

/** An item index (PyNumber_AsSsize_t with IndexError), or undefined for a non-index. */
function itemIndex(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'bigint' && (v instanceof PySlice || typeOf(v).lookup('__index__') === undefined)) return undefined;
  const n = index(v);
  if (typeof n === 'bigint') raise(IndexError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** _PyEval_SliceIndexNotNone: an index clamped to the ssize_t range. */
function sliceIndex(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined) {
    typeError('slice indices must be integers or have an __index__ method');
  }
  const n = index(v);
  if (typeof n === 'bigint') return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return n;
}

function getItem(a: PyArray, key: PyValue): PyValue {
  const i0 = itemIndex(key);
  if (i0 !== undefined) {
    const i = i0 < 0 ? i0 + a.len : i0;
    if (i < 0 || i >= a.len) raise(IndexError, 'array index out of range');
    return getRaw(a, i);
  }
  if (!(key instanceof PySlice)) typeError('array indices must be integers');
  const [start, , step, n] = sliceIndices(key, a.len);
  if (step === 1) return sliceCopy(a, start, n);
  const r = newArray(a.tc, n);
  const s = a.itemsize;
  for (let k = 0, i = start; k < n; k++, i += step) r.buf.set(a.buf.subarray(i * s, i * s + s), k * s);
  return r;
}

/** array_del_slice for a contiguous range. */
function delRange(a: PyArray, lo: number, hi: number): void {
  if (hi <= lo) return;
  const s = a.itemsize;
  const n = a.len;
  if (a.exports > 0 && !exportHooks.releaseDead(a as never)) raise(BufferError, 'cannot resize an array that is exporting buffers');
  a.buf.copyWithin(lo * s, hi * s, n * s);
  resize(a, n - (hi - lo));
}

function setItem(a: PyArray, key: PyValue, v: PyValue | null): void {
  const i0 = itemIndex(key);
  if (i0 !== undefined) {
    const i = i0 < 0 ? i0 + a.len : i0;
    if (i < 0 || i >= a.len) raise(IndexError, 'array assignment index out of range');
    if (v === null) delRange(a, i, i + 1);
    else setItemAt(a, i, v);
    return;
  }
  if (!(key instanceof PySlice)) typeError('array indices must be integers');
  let [start, stop, step, n] = sliceIndices(key, a.len);
  const s = a.itemsize;
  let src: Uint8Array | null = null;
  let needed = 0;
  if (v !== null) {
    if (!isArray(v)) typeError(`can only assign array (not "${typeOf(v).tpName}") to array slice`);
    if (v.tc !== a.tc) typeError('bad argument type for built-in operation');
    src = bytesOf(v).slice();
    needed = v.len;
  }
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1 && v === null && a.exports > 0 && !exportHooks.releaseDead(a as never)) {
    raise(BufferError, 'cannot resize an array that is exporting buffers'); // array_del_slice refuses even an empty range
  }
  if (step === 1) {
    const len = a.len;
    if (n > needed) {
      if (a.exports > 0 && !exportHooks.releaseDead(a as never)) raise(BufferError, 'cannot resize an array that is exporting buffers');
      a.buf.copyWithin((start + needed) * s, stop * s, len * s);
      resize(a, len + needed - n);
    } else if (n < needed) {
      resize(a, len + needed - n);
      a.buf.copyWithin((start + needed) * s, stop * s, len * s);
    }
    if (src !== null && needed > 0) a.buf.set(src, start * s);
    return;
  }
  if (src === null) {
    // Deletion of an extended slice: keep the items not in it, in order.
    if (n === 0) return;
    const drop = new Uint8Array(a.len);
    for (let k = 0, i = start; k < n; k++, i += step) drop[i] = 1;
    let w = 0;
    for (let i = 0; i < a.len; i++) {
      if (drop[i]) continue;
      if (w !== i) a.buf.copyWithin(w * s, i * s, i * s + s);
      w++;
    }
    if (a.exports > 0 && !exportHooks.releaseDead(a as never)) raise(BufferError, 'cannot resize an array that is exporting buffers');
    resize(a, w);
    return;
  }
  if (needed !== n) valueError(`attempt to assign array of size ${needed} to extended slice of size ${n}`);
  for (let k = 0, i = start; k < n; k++, i += step) a.buf.set(src.subarray(k * s, k * s + s), i * s);
}

function compare(a: PyArray, b: PyValue, op: number): PyValue {
  if (!isArray(b)) return NotImplemented;
  if (a.len !== b.len && (op === 2 || op === 3)) return op === 3;
  const n = Math.min(a.len, b.len);
  let i = 0;
  for (; i < n; i++) {
    const x = getRaw(a, i);
    const y = getRaw(b, i);
    if (!eq(x, y)) break;
  }
  if (i >= n) return compareLengths(a.len, b.len, op);
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(getRaw(a, i), getRaw(b, i), op);
}

function repeatCount(v: PyValue): number | undefined {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined) return undefined;
  const n = index(v);
  if (typeof n === 'bigint') {
    if (n < 0n) return 0;
    if (n > LONG_MAX) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    return Infinity; // a count within ssize_t that no storage can hold: MemoryError unless the array is empty
  }
  return n;
}

/** Storage past what a typed array can hold is CPython's failed allocation. */
const MAX_BYTES = 2 ** 32;

function repeat(a: PyArray, n: number): PyArray {
  if (n < 0) n = 0;
  const s = a.len * a.itemsize;
  if (s === 0) return newArray(a.tc, 0);
  if (n * s > MAX_BYTES) raise(MemoryError);
  const r = newArray(a.tc, a.len * n);
  for (let k = 0; k < n; k++) r.buf.set(bytesOf(a), k * s);
  return r;
}

function findFrom(a: PyArray, v: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < a.len; i++) {
    const x = getRaw(a, i);
    if (x === v || eq(x, v)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Iterator

class PyArrayIter extends PyNativeIter {
  declare arr: PyArray | null;
  declare i: number;
  constructor(a: PyArray) {
    super(function (this: PyArrayIter) {
      const arr = this.arr;
      if (arr === null) return undefined;
      if (this.i < arr.len) return getRaw(arr, this.i++);
      this.arr = null;
      return undefined;
    } as () => PyValue | undefined, arrayIterType, 'arrayiterator');
    this.arr = a;
    this.i = 0;
  }
}

function initIter(): void {
  const I = (v: PyValue) => v as PyArrayIter;
  defineMethods(arrayIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = I(self).next.call(self);
      if (v === undefined) raise(StopIteration);
      return v;
    },
    __reduce__: (self) => {
      const it = I(self);
      const iterFn = builtinsDict.getStr('iter')!;
      if (it.arr === null) return new PyTuple([iterFn, new PyTuple([new PyTuple([])])]);
      return new PyTuple([iterFn, new PyTuple([it.arr]), it.i]);
    },
    __setstate__: (self, args) => {
      const it = I(self);
      let n = ssizeArg(args[0]);
      if (it.arr !== null) {
        if (n < 0) n = 0;
        else if (n > it.arr.len) n = it.arr.len;
        it.i = n;
      }
      return None;
    },
  });
}

// ---------------------------------------------------------------------------
// Methods

function oneArg(name: string, args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`array.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
function noArgs(name: string, args: PyValue[]): void {
  if (args.length !== 0) typeError(`array.${name}() takes no arguments (${args.length} given)`);
}

function initArray(): void {
  const A = (v: PyValue) => v as PyArray;
  arrayType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => arrayNew(args[0] as PyType, args.slice(1), kw)));
  arrayType.tdict.set('__hash__', None);
  defineMethods(arrayType, {
    __len__: (self) => A(self).len,
    __getitem__: (self, args) => getItem(A(self), args[0]),
    __setitem__: (self, args) => { setItem(A(self), args[0], args[1]); return None; },
    __delitem__: (self, args) => { setItem(A(self), args[0], null); return None; },
    __contains__: (self, args) => findFrom(A(self), args[0], 0, A(self).len) >= 0,
    __iter__: (self) => new PyArrayIter(A(self)),
    __repr__: (self) => {
      const a = A(self);
      const name = typeOf(a).name;
      if (a.len === 0) return `${name}('${a.tc}')`;
      const body = a.tc === 'u' ? repr(tounicode(a)) : repr(new PyList(items(a)));
      return `${name}('${a.tc}', ${body})`;
    },
    __add__: (self, args) => {
      const a = A(self);
      const b = args[0];
      if (!isArray(b)) {
        if ((typeOf(b).flags & TF_HEAPTYPE) && typeOf(b).lookup('__radd__') !== undefined) return NotImplemented;
        typeError(`can only append array (not "${typeOf(b).tpName}") to array`);
      }
      if (b.tc !== a.tc) typeError('bad argument type for built-in operation');
      const r = newArray(a.tc, a.len + b.len);
      r.buf.set(bytesOf(a));
      r.buf.set(bytesOf(b), a.len * a.itemsize);
      return r;
    },
    __iadd__: (self, args) => {
      const b = args[0];
      if (!isArray(b)) typeError(`can only extend array with array (not "${typeOf(b).tpName}")`);
      extend(A(self), b, 'bad argument type for built-in operation');
      return self;
    },
    __mul__: (self, args) => {
      const n = repeatCount(args[0]);
      if (n === undefined) {
        if ((typeOf(args[0]).flags & TF_HEAPTYPE) && typeOf(args[0]).lookup('__rmul__') !== undefined) return NotImplemented;
        typeError(`can't multiply sequence by non-int of type '${typeOf(args[0]).tpName}'`);
      }
      return repeat(A(self), n);
    },
    __rmul__: (self, args) => {
      const n = repeatCount(args[0]);
      if (n === undefined) typeError(`can't multiply sequence by non-int of type '${typeOf(args[0]).tpName}'`);
      return repeat(A(self), n);
    },
    __imul__: (self, args) => {
      const a = A(self);
      const n = repeatCount(args[0]);
      if (n === undefined) typeError(`can't multiply sequence by non-int of type '${typeOf(args[0]).tpName}'`);
      if (a.len === 0) return self;
      if (n <= 0) {
        resize(a, 0);
        return self;
      }
      if (a.len * a.itemsize * n > MAX_BYTES) raise(MemoryError);
      const data = bytesOf(a).slice();
      resize(a, a.len * n);
      for (let k = 1; k < n; k++) a.buf.set(data, k * data.length);
      return self;
    },
    __eq__: (self, args) => compare(A(self), args[0], 2),
    __ne__: (self, args) => compare(A(self), args[0], 3),
    __lt__: (self, args) => compare(A(self), args[0], 0),
    __le__: (self, args) => compare(A(self), args[0], 1),
    __gt__: (self, args) => compare(A(self), args[0], 4),
    __ge__: (self, args) => compare(A(self), args[0], 5),
    append: (self, args) => {
      const a = A(self);
      insertAt(a, a.len, oneArg('append', args));
      return None;
    },
    extend: (self, args) => {
      extend(A(self), oneArg('extend', args), 'can only extend with array of same kind');
      return None;
    },
    insert: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('insert() takes no keyword arguments');
      if (args.length !== 2) typeError(`insert expected 2 arguments, got ${args.length}`);
      const a = A(self);
      let i = ssizeArg(args[0]);
      if (i < 0) {
        i += a.len;
        if (i < 0) i = 0;
      }
      if (i > a.len) i = a.len;
      insertAt(a, i, args[1]);
      return None;
    },
    pop: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('pop() takes no keyword arguments');
      if (args.length > 1) typeError(`pop expected at most 1 argument, got ${args.length}`);
      const a = A(self);
      let i = args.length > 0 ? ssizeArg(args[0]) : -1;
      if (a.len === 0) raise(IndexError, 'pop from empty array');
      if (i < 0) i += a.len;
      if (i < 0 || i >= a.len) raise(IndexError, 'pop index out of range');
      const v = getRaw(a, i);
      delRange(a, i, i + 1);
      return v;
    },
    remove: (self, args) => {
      const a = A(self);
      const i = findFrom(a, oneArg('remove', args), 0, a.len);
      if (i < 0) valueError('array.remove(x): x not in array');
      delRange(a, i, i + 1);
      return None;
    },
    index: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('index() takes no keyword arguments');
      if (args.length < 1) typeError(`index expected at least 1 argument, got ${args.length}`);
      if (args.length > 3) typeError(`index expected at most 3 arguments, got ${args.length}`);
      const a = A(self);
      let start = args.length > 1 ? sliceIndex(args[1]) : 0;
      let stop = args.length > 2 ? sliceIndex(args[2]) : a.len;
      if (start < 0) {
        start += a.len;
        if (start < 0) start = 0;
      }
      if (stop < 0) {
        stop += a.len;
        if (stop < 0) stop = 0;
      }
      const i = findFrom(a, args[0], start, stop);
      if (i < 0) valueError('array.index(x): x not in array');
      return i;
    },
    count: (self, args) => {
      const a = A(self);
      const v = oneArg('count', args);
      let n = 0;
      for (let i = 0; i < a.len; i++) {
        const x = getRaw(a, i);
        if (x === v || eq(x, v)) n++;
      }
      return n;
    },
    reverse: (self, args) => {
      noArgs('reverse', args);
      const a = A(self);
      const s = a.itemsize;
      const tmp = new Uint8Array(s);
      for (let i = 0, j = a.len - 1; i < j; i++, j--) {
        tmp.set(a.buf.subarray(i * s, i * s + s));
        a.buf.copyWithin(i * s, j * s, j * s + s);
        a.buf.set(tmp, j * s);
      }
      return None;
    },
    buffer_info: (self, args) => {
      noArgs('buffer_info', args);
      const a = A(self);
      return new PyTuple([idOf(a) + 0x100000, a.len]);
    },
    byteswap: (self, args) => {
      noArgs('byteswap', args);
      const a = A(self);
      const s = a.itemsize;
      const b = a.buf;
      for (let i = 0; i < a.len; i++) {
        const p = i * s;
        for (let x = p, y = p + s - 1; x < y; x++, y--) {
          const t = b[x];
          b[x] = b[y];
          b[y] = t;
        }
      }
      return None;
    },
    frombytes: (self, args) => {
      const v = oneArg('frombytes', args);
      const buf = getBuffer(v);
      if (buf === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
      // The argument's buffer is held while the array grows: a.frombytes(a) is an export of itself.
      if (v === self && A(self).len > 0) raise(BufferError, 'cannot resize an array that is exporting buffers');
      fromBytes(A(self), buf.data);
      return None;
    },
    tobytes: (self, args) => {
      noArgs('tobytes', args);
      return new PyBytesObj(bytesOf(A(self)).slice());
    },
    fromlist: (self, args) => {
      const v = oneArg('fromlist', args);
      if (!(v instanceof PyList)) typeError('arg must be list');
      const a = A(self);
      const src = v.items.slice();
      const old = a.len;
      if (src.length === 0) return None;
      resize(a, old + src.length);
      try {
        for (let i = 0; i < src.length; i++) setItemAt(a, old + i, src[i]);
      } catch (e) {
        resize(a, old);
        throw e;
      }
      return None;
    },
    tolist: (self, args) => {
      noArgs('tolist', args);
      return new PyList(items(A(self)));
    },
    fromunicode: (self, args) => {
      const v = oneArg('fromunicode', args);
      const cps = strCodePoints(v);
      if (cps === undefined) typeError(`fromunicode() argument must be str, not ${typeOf(v).tpName}`);
      const a = A(self);
      if (a.tc !== 'u') valueError('fromunicode() may only be called on unicode type arrays');
      fromUnicode(a, cps);
      return None;
    },
    tounicode: (self, args) => {
      noArgs('tounicode', args);
      const a = A(self);
      if (a.tc !== 'u') valueError('tounicode() may only be called on unicode type arrays');
      return tounicode(a);
    },
    fromfile: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('fromfile() takes no keyword arguments');
      if (args.length !== 2) typeError(`fromfile expected 2 arguments, got ${args.length}`);
      const a = A(self);
      const n = ssizeArg(args[1]);
      if (n < 0) valueError('negative count');
      const nbytes = n * a.itemsize;
      const b = call(getAttr(args[0], 'read'), [nbytes]);
      if (!(b instanceof PyBytesObj) || b instanceof PyByteArray) typeError("read() didn't return bytes");
      const short = b.bytes.length !== nbytes;
      fromBytes(a, b.bytes);
      if (short) raise(EOFError, "read() didn't return enough bytes");
      return None;
    },
    tofile: (self, args) => {
      const f = oneArg('tofile', args);
      const a = A(self);
      const data = bytesOf(a);
      const BLOCK = 64 * 1024;
      const nblocks = Math.ceil(data.length / BLOCK);
      if (nblocks === 0) getAttr(f, 'write');
      for (let k = 0; k < nblocks; k++) {
        call(getAttr(f, 'write'), [new PyBytesObj(data.slice(k * BLOCK, (k + 1) * BLOCK))]);
      }
      return None;
    },
    __reduce_ex__: (self, args) => reduceEx(A(self), oneArg('__reduce_ex__', args)),
    __copy__: (self, args) => {
      noArgs('__copy__', args);
      return sliceCopy(A(self), 0, A(self).len);
    },
    __deepcopy__: (self, args) => {
      oneArg('__deepcopy__', args);
      return sliceCopy(A(self), 0, A(self).len);
    },
    __sizeof__: (self, args) => {
      noArgs('__sizeof__', args);
      return typeLayout(A(self).cls).basic + A(self).allocated * A(self).itemsize;
    },
  });
  defineGetters(arrayType, {
    typecode: (self) => A(self).tc,
    itemsize: (self) => A(self).itemsize,
  });
  arrayType.tdict.set('__doc__', ARRAY_DOC);
  arrayType.modified();
  // memoryview(a), bytes(a), struct.pack_into(..., a, ...): the live storage; a memoryview's export
  // pins the size until it is released.
  bufferExporters.push((v) => {
    if (!(v instanceof PyArray)) return undefined;
    const a = v;
    return {
      data: bytesOf(a), readonly: false, format: a.tc === 'u' ? 'w' : a.tc, itemsize: a.itemsize,
      acquire: () => { a.exports++; },
      release: () => { a.exports--; },
    };
  });
}

const ARRAY_DOC = `array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
`;

let initialised = false;
export function makeArrayModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initArray();
    initIter();
  }
  const d = new PyDict();
  const m = new PyModule('array', d);
  reconstructor = new PyBuiltin('_array_reconstructor', reconstruct, m);
  d.setStr('__doc__', 'This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n');
  d.setStr('array', arrayType);
  d.setStr('ArrayType', arrayType);
  d.setStr('typecodes', TYPECODES);
  d.setStr('_array_reconstructor', reconstructor);
  // array_modexec: arrays are registered as MutableSequences.
  const abc = loadModule('collections.abc');
  call(getAttr(getAttr(abc, 'MutableSequence'), 'register'), [arrayType]);
  return m;
}
