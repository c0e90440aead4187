// memoryview (Objects/memoryobject.c): zero-copy, possibly strided and multi-dimensional views of
// a buffer exporter (bytes, bytearray, another memoryview, any exporter registered in bytes.ts),
// with the native single-character struct formats, cast, and CPython's errors and messages.
import {
  PyValue, PyObject, PyTuple, PyList, PySlice, PyBuiltin, PyNativeIter, PyFloat, PyBytesObj, PyByteArray, PyDict,
  PyInstance, PyCell, None, NotImplemented, Ellipsis, memoryviewType, memoryIterType, typeOf, defineMethods, defineGetters,
} from './object.js';
import { raise, typeError, valueError, exceptionTypes, IndexError } from './exceptions.js';
import { index, hash, richCompare, idOf, truthy, toFloat, iterNext } from './abstract.js';
import { sliceIndices } from './slice.js';
import { getBuffer, bufferExporters, bufferHooks, exportHooks, latin1, BufferInfo } from './bytes.js';
import { clinicArgs, strSubValue } from '../modules/args.js';
import { ts } from '../vm/ceval.js';
import { PyFunction } from './funcobject.js';

const NotImplementedError = exceptionTypes.get('NotImplementedError')!;
const BufferError = exceptionTypes.get('BufferError')!;

/** One export of an object's buffer, shared by every view derived from it (CPython's mbuf). */
class ManagedBuffer {
  declare obj: PyValue;
  declare info: BufferInfo;
  /** Views registered on this buffer and not released. */
  declare views: number;
  /** The export was dropped (every view released, or the views were found unreachable). */
  declare done: boolean;
  constructor(obj: PyValue, info: BufferInfo) {
    this.obj = obj;
    this.info = info;
    this.views = 0;
    this.done = false;
    if (info.acquire !== null) info.acquire();
  }
  addView(): void {
    this.views++;
  }
  dropView(): void {
    if (--this.views === 0 && !this.done) {
      this.done = true;
      if (this.info.release !== null) this.info.release();
    }
  }
}

export class PyMemoryView extends PyObject {
  declare mbuf: ManagedBuffer;
  declare data: Uint8Array;
  declare offset: number;
  declare shape: number[];
  declare strides: number[];
  declare format: string;
  declare itemsize: number;
  declare readonly: boolean;
  declare released: boolean;
  declare hashValue: number | bigint | null;
  constructor(mbuf: ManagedBuffer, offset: number, shape: number[], strides: number[], format: string, itemsize: number, readonly: boolean) {
    super(memoryviewType);
    this.mbuf = mbuf;
    this.data = mbuf.info.data;
    this.offset = offset;
    this.shape = shape;
    this.strides = strides;
    this.format = format;
    this.itemsize = itemsize;
    this.readonly = readonly;
    this.released = false;
    this.hashValue = null;
    mbuf.addView();
    registerView(this);
  }
}

/**
 * Views per exporter, so that a resize can find out whether they are still in use. Held weakly (a view the
 * program dropped can be collected), with the buffer whose export a collected view leaves to drop.
 */
interface ViewEntry {
  view: WeakRef<PyMemoryView>;
  mbuf: ManagedBuffer;
}
const viewsOf = new WeakMap<object, Set<ViewEntry>>();
const entryOf = new WeakMap<PyMemoryView, ViewEntry>();
function registerView(v: PyMemoryView): void {
  const o = v.mbuf.obj;
  // Exporters that count exports (bytearray, array.array) refuse to resize while a view is live.
  if (typeof o !== 'object' || (!(o instanceof PyByteArray) && v.mbuf.info.acquire === null)) return;
  let s = viewsOf.get(o);
  if (s === undefined) viewsOf.set(o, (s = new Set()));
  const e = { view: new WeakRef(v), mbuf: v.mbuf };
  entryOf.set(v, e);
  s.add(e);
}

function live(self: PyValue): PyMemoryView {
  const m = self as PyMemoryView;
  if (m.released) valueError('operation forbidden on released memoryview object');
  return m;
}

function release(m: PyMemoryView): void {
  if (m.released) return;
  m.released = true;
  const s = viewsOf.get(m.mbuf.obj as object);
  const e = entryOf.get(m);
  if (s !== undefined && e !== undefined) s.delete(e);
  m.mbuf.dropView();
}

// ---------------------------------------------------------------------------
// Formats: native single characters (struct's '@' mode, x86-64 Linux sizes).

const SIZES: { [c: string]: number } = { B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8 };

function fmtChar(format: string): string | null {
  const f = format.length === 2 && format[0] === '@' ? format[1] : format;
  return f.length === 1 && SIZES[f] !== undefined ? f : null;
}

function dv(m: PyMemoryView): DataView {
  return new DataView(m.data.buffer, m.data.byteOffset, m.data.byteLength);
}

function unpack(m: PyMemoryView, pos: number): PyValue {
  const c = fmtChar(m.format);
  const d = dv(m);
  switch (c) {
    case 'B': return m.data[pos];
    case 'b': return d.getInt8(pos);
    case 'c': return new PyBytesObj(m.data.slice(pos, pos + 1));
    case '?': return m.data[pos] !== 0;
    case 'h': return d.getInt16(pos, true);
    case 'H': return d.getUint16(pos, true);
    case 'i': return d.getInt32(pos, true);
    case 'I': return d.getUint32(pos, true);
    case 'l': case 'q': case 'n': return norm(d.getBigInt64(pos, true));
    case 'L': case 'Q': case 'N': case 'P': return norm(d.getBigUint64(pos, true));
    case 'f': return new PyFloat(d.getFloat32(pos, true));
    case 'd': return new PyFloat(d.getFloat64(pos, true));
  }
  raise(NotImplementedError, `memoryview: format ${m.format} not supported`);
}

function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}


const INT_RANGE: { [c: string]: [bigint, bigint] } = {
  B: [0n, 255n], b: [-128n, 127n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

function pack(m: PyMemoryView, pos: number, v: PyValue): void {
  const c = fmtChar(m.format)!;
  const d = dv(m);
  const invalidType = (): never => typeError(`memoryview: invalid type for format '${m.format}'`);
  const invalidValue = (): never => valueError(`memoryview: invalid value for format '${m.format}'`);
  switch (c) {
    case 'c': {
      if (!(v instanceof PyBytesObj)) return invalidType();
      if (v.bytes.length !== 1) invalidValue();
      m.data[pos] = v.bytes[0];
      return;
    }
    case '?': {
      const b = truthy(v);
      live(m); // the conversion ran Python code, which may have released the view (gh-92888)
      m.data[pos] = b ? 1 : 0;
      return;
    }
    case 'f': case 'd': {
      if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(v instanceof PyFloat) && typeOf(v).lookup('__float__') === undefined && typeOf(v).lookup('__index__') === undefined) invalidType();
      const x = toFloat(v);
      live(m);
      if (c === 'f') d.setFloat32(pos, x, true);
      else d.setFloat64(pos, x, true);
      return;
    }
  }
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && (typeof v !== 'object' || typeOf(v).lookup('__index__') === undefined)) invalidType();
  const n = BigInt(index(v));
  const [lo, hi] = INT_RANGE[c];
  if (n < lo || n > hi) invalidValue();
  live(m);
  switch (c) {
    case 'B': m.data[pos] = Number(n); return;
    case 'b': d.setInt8(pos, Number(n)); return;
    case 'h': d.setInt16(pos, Number(n), true); return;
    case 'H': d.setUint16(pos, Number(n), true); return;
    case 'i': d.setInt32(pos, Number(n), true); return;
    case 'I': d.setUint32(pos, Number(n), true); return;
    case 'l': case 'q': case 'n': d.setBigInt64(pos, n, true); return;
    default: d.setBigUint64(pos, n, true);
  }
}

// ---------------------------------------------------------------------------
// Layout.

function nbytes(m: PyMemoryView): number {
  let n = m.itemsize;
  for (const s of m.shape) n *= s;
  return n;
}

/** One dimension: a single item or unit stride (MV_CONTIGUOUS_NDIM1; an empty strided view is not). */
function contiguous1(m: PyMemoryView): boolean {
  return m.shape[0] === 1 || m.strides[0] === m.itemsize;
}

function isC(m: PyMemoryView): boolean {
  if (m.shape.length === 1) return contiguous1(m);
  let want = m.itemsize;
  for (let k = m.shape.length - 1; k >= 0; k--) {
    if (m.shape[k] === 0) return true;
    if (m.shape[k] > 1 && m.strides[k] !== want) return false;
    want *= m.shape[k];
  }
  return true;
}
function isF(m: PyMemoryView): boolean {
  if (m.shape.length === 1) return contiguous1(m);
  let want = m.itemsize;
  for (let k = 0; k < m.shape.length; k++) {
    if (m.shape[k] === 0) return true;
    if (m.shape[k] > 1 && m.strides[k] !== want) return false;
    want *= m.shape[k];
  }
  return true;
}

/** A 1-D unsigned-byte view of the same memory (PickleBuffer.raw), for a C- or Fortran-contiguous view. */
export function rawView(v: PyMemoryView): PyMemoryView {
  const m = live(v);
  if (!isC(m) && !isF(m)) raise(BufferError, 'cannot extract raw buffer from non-contiguous buffer');
  return new PyMemoryView(m.mbuf, m.offset, [nbytes(m)], [1], 'B', 1, m.readonly);
}

/** Whether a view's memory is one contiguous block (PyBuffer_IsContiguous 'A'). */
export function isContiguous(v: PyMemoryView): boolean {
  const m = live(v);
  return isC(m) || isF(m);
}

/** The bytes of the view in C order (a copy). */
function toBytes(m: PyMemoryView): Uint8Array {
  const total = nbytes(m);
  if (isC(m)) return m.data.slice(m.offset, m.offset + total);
  const out = new Uint8Array(total);
  let o = 0;
  const walk = (dim: number, pos: number) => {
    if (dim === m.shape.length) {
      out.set(m.data.subarray(pos, pos + m.itemsize), o);
      o += m.itemsize;
      return;
    }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, pos + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

function toList(m: PyMemoryView): PyValue {
  if (fmtChar(m.format) === null) raise(NotImplementedError, `memoryview: format ${m.format} not supported`);
  const walk = (dim: number, pos: number): PyValue => {
    if (dim === m.shape.length) return unpack(m, pos);
    const items: PyValue[] = [];
    for (let i = 0; i < m.shape[dim]; i++) items.push(walk(dim + 1, pos + i * m.strides[dim]));
    return new PyList(items);
  };
  return walk(0, m.offset);
}

/**
 * Exporters that hold a view of another object (_pickle's PickleBuffer): memoryview(x) copies that view's
 * shape, strides and format, as CPython's re-export of the Py_buffer does.
 */
export const viewSources = {
  of: (v: PyValue): PyMemoryView | undefined => undefined,
};

function newView(obj: PyValue): PyMemoryView {
  const src = obj instanceof PyMemoryView ? obj : typeof obj === 'object' ? viewSources.of(obj) : undefined;
  if (src !== undefined) {
    const m = live(src);
    return new PyMemoryView(m.mbuf, m.offset, m.shape.slice(), m.strides.slice(), m.format, m.itemsize, m.readonly);
  }
  const info = getBuffer(obj);
  if (info === undefined) typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).tpName}'`);
  const mb = new ManagedBuffer(obj, info);
  const n = info.data.length / info.itemsize;
  return new PyMemoryView(mb, 0, [n], [info.itemsize], info.format, info.itemsize, info.readonly);
}

function itemPos(m: PyMemoryView, k: PyValue, dim: number): number {
  const n = m.shape[dim];
  const x = index(k);
  if (typeof x === 'bigint') raise(IndexError, "cannot fit 'int' into an index-sized integer");
  let i = x;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, `index out of bounds on dimension ${dim + 1}`);
  return i * m.strides[dim];
}

function isIndexable(k: PyValue): boolean {
  return typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (typeof k === 'object' && !(k instanceof PySlice) && typeOf(k).lookup('__index__') !== undefined);
}

/** Byte position of a full index (int, or a tuple of ints for ndim > 1), or null for a slice. */
function elementPos(m: PyMemoryView, k: PyValue, setting: boolean): number {
  const nd = m.shape.length;
  if (k instanceof PyTuple) {
    if (k.items.length === 0 && nd === 0) return m.offset;
    if (!k.items.every(isIndexable)) {
      if (k.items.every((x) => x instanceof PySlice)) {
        raise(NotImplementedError, setting ? 'memoryview slice assignments are currently restricted to ndim = 1' : 'multi-dimensional slicing is not implemented');
      }
      typeError('memoryview: invalid slice key');
    }
    if (k.items.length < nd) raise(NotImplementedError, 'sub-views are not implemented');
    if (k.items.length > nd) typeError(`cannot index ${nd}-dimension view with ${k.items.length}-element tuple`);
    let pos = m.offset;
    for (let d = 0; d < nd; d++) pos += itemPos(m, k.items[d], d);
    return pos;
  }
  if (nd === 0) typeError('invalid indexing of 0-dim memory');
  if (nd > 1) raise(NotImplementedError, setting ? 'sub-views are not implemented' : 'multi-dimensional sub-views are not implemented');
  return m.offset + itemPos(m, k, 0);
}

function getItem(self: PyValue, k: PyValue): PyValue {
  const m = live(self);
  if (fmtChar(m.format) === null) raise(NotImplementedError, `memoryview: format ${m.format} not supported`);
  if (k instanceof PySlice) {
    if (m.shape.length === 0) typeError('invalid indexing of 0-dim memory');
    const [start, , step, n] = sliceIndices(k, m.shape[0]);
    const shape = m.shape.slice();
    const strides = m.strides.slice();
    shape[0] = n;
    strides[0] = m.strides[0] * step;
    return new PyMemoryView(m.mbuf, m.offset + start * m.strides[0], shape, strides, m.format, m.itemsize, m.readonly);
  }
  if (k === Ellipsis) {
    if (m.shape.length === 0) return newView(m);
    typeError('memoryview: invalid slice key');
  }
  if (k instanceof PyTuple && k.items.length === 0 && m.shape.length > 0) raise(NotImplementedError, 'sub-views are not implemented');
  if (!isIndexable(k) && !(k instanceof PyTuple)) typeError('memoryview: invalid slice key');
  const pos = elementPos(m, k, false);
  live(m); // an __index__ may have released the view (gh-92888)
  return unpack(m, pos);
}

function setItem(self: PyValue, k: PyValue, v: PyValue): void {
  const m = live(self);
  if (m.readonly) typeError('cannot modify read-only memory');
  if (fmtChar(m.format) === null) raise(NotImplementedError, `memoryview: format ${m.format} not supported`);
  if (k instanceof PySlice) {
    if (m.shape.length !== 1) raise(NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
    const dest = getItem(m, k) as PyMemoryView;
    try {
      live(m); // the slice's __index__ may have released the view
      const src = v instanceof PyMemoryView ? live(v) : (() => {
        const info = getBuffer(v);
        if (info === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
        return { data: info.data, offset: 0, shape: [info.data.length / info.itemsize], strides: [info.itemsize], format: info.format, itemsize: info.itemsize };
      })();
      const sf = fmtChar(src.format) ?? src.format;
      const df = fmtChar(dest.format) ?? dest.format;
      if (sf !== df || src.shape.length !== 1 || src.shape[0] !== dest.shape[0])
        valueError('memoryview assignment: lvalue and rvalue have different structures');
      // Copy through a temporary: source and destination may overlap.
      const tmp = new Uint8Array(dest.shape[0] * dest.itemsize);
      for (let i = 0; i < src.shape[0]; i++) tmp.set(src.data.subarray(src.offset + i * src.strides[0], src.offset + i * src.strides[0] + src.itemsize), i * dest.itemsize);
      for (let i = 0; i < dest.shape[0]; i++) m.data.set(tmp.subarray(i * dest.itemsize, (i + 1) * dest.itemsize), dest.offset + i * dest.strides[0]);
    } finally {
      release(dest);
    }
    return;
  }
  if (k === Ellipsis && m.shape.length === 0) {
    pack(m, m.offset, v);
    return;
  }
  if (!isIndexable(k) && !(k instanceof PyTuple)) typeError('memoryview: invalid slice key');
  pack(m, elementPos(m, k, true), v);
}

function cast(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const m = live(self);
  const [fmtArg, shapeArg] = clinicArgs('cast', ['format', 'shape'], args, kw, 0);
  if (fmtArg === undefined) typeError("cast() missing required argument 'format' (pos 1)");
  const fmt = strSubValue(fmtArg);
  if (typeof fmt !== 'string') typeError(`cast() argument 'format' must be str, not ${typeOf(fmt).tpName}`);
  if (!isC(m)) typeError('memoryview: casts are restricted to C-contiguous views');
  let shape: number[] | null = null;
  if (shapeArg !== undefined) {
    if (!(shapeArg instanceof PyTuple) && !(shapeArg instanceof PyList)) typeError('shape must be a list or a tuple');
    shape = shapeArg.items.map((x) => {
      if (typeof x !== 'number' && typeof x !== 'bigint') typeError('memoryview.cast(): elements of shape must be integers > 0');
      if (typeof x === 'bigint') raise(exceptionTypes.get('OverflowError')!, 'Python int too large to convert to C ssize_t');
      const n = x;
      if (n <= 0) valueError('memoryview.cast(): elements of shape must be integers > 0');
      return n;
    });
    if (shape.length > 64) valueError('memoryview: number of dimensions must not exceed 64');
  }
  if (shape !== null && m.shape.length !== 1 && shape.length !== 1) typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  const c = fmtChar(fmt);
  if (c === null) valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  const srcByte = fmtChar(m.format) === 'B' || fmtChar(m.format) === 'b' || fmtChar(m.format) === 'c';
  const dstByte = c === 'B' || c === 'b' || c === 'c';
  if (!srcByte && !dstByte) typeError('memoryview: cannot cast between two non-byte formats');
  const size = SIZES[c];
  const total = nbytes(m);
  if (shape === null) {
    if (total % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
    shape = [total / size];
  } else {
    let p = size;
    for (const s of shape) p *= s;
    if (p !== total) typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  const strides = new Array<number>(shape.length);
  let st = size;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = st;
    st *= shape[k];
  }
  return new PyMemoryView(m.mbuf, m.offset, shape, strides, fmt, size, m.readonly);
}

/** Value-wise equality (memory_richcompare): both unpacked with their formats, same shape. */
function equal(a: PyMemoryView, other: PyValue): PyValue {
  let b: PyMemoryView;
  if (other instanceof PyMemoryView) {
    if (other.released) return a === other;
    b = other;
  } else {
    const info = getBuffer(other);
    if (info === undefined) return NotImplemented;
    const tmp = newView(other);
    b = tmp;
    try {
      return equalViews(a, b);
    } finally {
      release(tmp);
    }
  }
  return equalViews(a, b);
}

function equalViews(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.shape.length !== b.shape.length) return false;
  for (let k = 0; k < a.shape.length; k++) if (a.shape[k] !== b.shape[k]) return false;
  const fa = fmtChar(a.format);
  const fb = fmtChar(b.format);
  if (fa === null || fb === null) return false;
  const walk = (dim: number, pa: number, pb: number): boolean => {
    if (dim === a.shape.length) {
      const x = unpack(a, pa);
      const y = unpack(b, pb);
      if (fa === fb && fa !== 'f' && fa !== 'd') {
        for (let i = 0; i < a.itemsize; i++) if (a.data[pa + i] !== b.data[pb + i]) return false;
        return true;
      }
      return truthy(richCompare(x, y, 2));
    }
    for (let i = 0; i < a.shape[dim]; i++) if (!walk(dim + 1, pa + i * a.strides[dim], pb + i * b.strides[dim])) return false;
    return true;
  };
  return walk(0, a.offset, b.offset);
}

// ---------------------------------------------------------------------------
// A bytearray resize while views exist: CPython refuses it only while a view is alive (reference
// counting frees forgotten views at once). Without reference counts, look for the views in the
// places a program keeps them (the locals and globals of the running frames, and one level into
// the containers and instances found there); views not found there are treated as freed.

function referenced(views: Set<PyMemoryView>): boolean {
  const seen = new Set<unknown>();
  const check = (v: PyValue | null | undefined, depth: number): boolean => {
    if (v === null || v === undefined || typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    if (v instanceof PyMemoryView) return views.has(v);
    if (depth === 0) return false;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.some((x) => check(x, depth - 1));
    if (v instanceof PyDict) {
      for (const e of v.t.values()) if (check(e.value, depth - 1) || check(e.key, depth - 1)) return true;
      return false;
    }
    if (v instanceof PyInstance && v.dict !== null) return check(v.dict, depth);
    if (v instanceof PyFunction && v.closure !== null) return v.closure.some((c) => check(c.ref, depth - 1));
    if (v instanceof PyCell) return check(v.ref, depth);
    return false;
  };
  for (let f = ts.frame; f !== null; f = f.back) {
    const n = f.code.nlocalsplus;
    for (let i = 0; i < n; i++) {
      const x = f.fast[i];
      if (x instanceof PyCell && check(x.ref, 2)) return true;
      if (check(x, 2)) return true;
    }
    if (f.locals !== null && check(f.locals, 2)) return true;
    for (const e of f.globals.t.values()) if (check(e.value, 2)) return true;
  }
  return false;
}

function releaseDead(o: PyByteArray): boolean {
  const views = viewsOf.get(o);
  if (views === undefined || views.size === 0) return o.exports === 0;
  const live = new Set<PyMemoryView>();
  for (const e of Array.from(views)) {
    const v = e.view.deref();
    if (v !== undefined) live.add(v);
    else {
      // Collected: as if released.
      views.delete(e);
      e.mbuf.dropView();
    }
  }
  if (live.size > 0 && referenced(live)) return false;
  for (const v of live) {
    // Forgotten views: drop their export; they keep reading the old storage, as a freed view would never be read.
    views.delete(entryOf.get(v)!);
    if (!v.mbuf.done) {
      v.mbuf.done = true;
      if (v.mbuf.info.release !== null) v.mbuf.info.release();
    }
  }
  return o.exports === 0;
}

// ---------------------------------------------------------------------------

function tupleOf(a: number[]): PyTuple {
  return new PyTuple(a);
}

/** What a consumer of a simple buffer (PyBUF_SIMPLE) gets from a strided view. */
function notContiguous(): never {
  raise(BufferError, 'memoryview: underlying buffer is not C-contiguous');
}

export function initMemoryview(): void {
  bufferExporters.push((v) => {
    if (!(v instanceof PyMemoryView)) return undefined;
    const m = live(v);
    if (isC(m) && m.offset === 0 && nbytes(m) === m.data.length && m.shape.length === 1)
      return { data: m.data, readonly: m.readonly, format: m.format, itemsize: m.itemsize, acquire: m.mbuf.info.acquire, release: m.mbuf.info.release };
    // A contiguous slice (memoryview(buf)[n:], what asyncio's sock_recv_into passes) is a live window
    // on the exporter's bytes, writable when the view is: readinto/recv_into fill it in place.
    if (isC(m) && m.shape.length === 1)
      return { data: m.data.subarray(m.offset, m.offset + nbytes(m)), readonly: m.readonly, format: m.format, itemsize: m.itemsize, acquire: m.mbuf.info.acquire, release: m.mbuf.info.release };
    return notContiguous();
  });
  bufferHooks.viewBytes = (v, strided) => {
    if (!(v instanceof PyMemoryView)) return undefined;
    const m = live(v);
    return isC(m) ? m.data.subarray(m.offset, m.offset + nbytes(m)) : strided ? toBytes(m) : notContiguous();
  };
  exportHooks.releaseDead = releaseDead;
  exportHooks.exporterOf = (v) => (v instanceof PyMemoryView && !v.released ? v.mbuf.obj : undefined);

  memoryviewType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const npos = args.length - 1 - (kw === null ? 0 : kw.length);
    if (npos === 0 && (kw === null || !kw.includes('object'))) typeError("memoryview() missing required argument 'object' (pos 1)");
    const [obj] = clinicArgs('memoryview', ['object'], args.slice(1), kw, 0);
    if (obj === undefined) typeError("memoryview() missing required argument 'object' (pos 1)");
    return newView(obj);
  }));
  const M = (v: PyValue) => v as PyMemoryView;
  const noArgs = (name: string, args: PyValue[]) => {
    if (args.length > 0) typeError(`memoryview.${name}() takes no arguments (${args.length} given)`);
  };
  defineMethods(memoryviewType, {
    __len__: (self, args) => {
      if (args.length > 0) typeError(`expected 0 arguments, got ${args.length}`);
      const m = live(self);
      return m.shape.length === 0 ? 1 : m.shape[0];
    },
    __getitem__: (self, args) => getItem(self, args[0]),
    __setitem__: (self, args) => { setItem(self, args[0], args[1]); return None; },
    __delitem__: (self) => { live(self); typeError('cannot delete memory'); },
    __iter__: (self) => {
      const m = live(self);
      if (m.shape.length === 0) typeError('invalid indexing of 0-dim memory');
      if (m.shape.length > 1) raise(NotImplementedError, 'multi-dimensional sub-views are not implemented');
      if (fmtChar(m.format) === null) raise(NotImplementedError, `memoryview: format ${m.format} not supported`);
      let i = 0;
      return new PyNativeIter(() => {
        if (m.released) valueError('operation forbidden on released memoryview object');
        return i < m.shape[0] ? unpack(m, m.offset + (i++) * m.strides[0]) : undefined;
      }, memoryIterType, 'memory_iterator');
    },
    __repr__: (self) => `<${M(self).released ? 'released ' : ''}memory at 0x${idOf(self).toString(16).padStart(12, '0')}>`,
    __hash__: (self) => {
      const m0 = self as PyMemoryView;
      if (m0.hashValue !== null) return m0.hashValue;
      const m = live(self);
      if (!m.readonly) valueError('cannot hash writable memoryview object');
      const c = fmtChar(m.format);
      if (c !== 'B' && c !== 'b' && c !== 'c') valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      hash(m.mbuf.obj); // the exporter must be hashable itself (a read-only view of a bytearray is not)
      m.hashValue = hash(latin1(toBytes(m)));
      return m.hashValue;
    },
    // No identity shortcut: a view of NaNs is not equal to itself (memory_richcompare); a released
    // view is equal only to itself.
    __eq__: (self, args) => {
      const m = self as PyMemoryView;
      if (m.released) return args[0] === self;
      return equal(m, args[0]);
    },
    __ne__: (self, args) => {
      const m = self as PyMemoryView;
      if (m.released) return args[0] !== self;
      const r = equal(m, args[0]);
      return r === NotImplemented ? r : !r;
    },
    __enter__: (self) => live(self),
    __exit__: (self) => { release(self as PyMemoryView); return None; },
    release: (self, args) => { noArgs('release', args); release(self as PyMemoryView); return None; },
    tobytes: (self, args, kw) => {
      const m = live(self);
      const [order] = clinicArgs('tobytes', ['order'], args, kw, 0);
      if (order !== undefined && order !== None) {
        if (typeof order !== 'string' || !['C', 'F', 'A'].includes(order)) valueError("order must be 'C', 'F' or 'A'");
        if (order === 'F' && m.shape.length > 1) {
          const out = new Uint8Array(nbytes(m));
          let o = 0;
          const walk = (dim: number, pos: number) => {
            if (dim < 0) {
              out.set(m.data.subarray(pos, pos + m.itemsize), o);
              o += m.itemsize;
              return;
            }
            for (let i = 0; i < m.shape[dim]; i++) walk(dim - 1, pos + i * m.strides[dim]);
          };
          walk(m.shape.length - 1, m.offset);
          return new PyBytesObj(out);
        }
      }
      return new PyBytesObj(toBytes(m));
    },
    tolist: (self, args) => { noArgs('tolist', args); return toList(live(self)); },
    hex: (self, args, kw) => {
      const m = live(self);
      const b = new PyBytesObj(toBytes(m));
      const f = (b.cls.lookup('hex') as unknown as { fn: (s: PyValue, a: PyValue[], k: string[] | null) => PyValue }).fn;
      return f(b, args, kw);
    },
    cast: (self, args, kw) => cast(self, args, kw),
    toreadonly: (self, args) => {
      noArgs('toreadonly', args);
      const m = live(self);
      return new PyMemoryView(m.mbuf, m.offset, m.shape.slice(), m.strides.slice(), m.format, m.itemsize, true);
    },
  });
  defineGetters(memoryviewType, {
    obj: (self) => live(self).mbuf.obj,
    nbytes: (self) => nbytes(live(self)),
    readonly: (self) => live(self).readonly,
    itemsize: (self) => live(self).itemsize,
    format: (self) => live(self).format,
    ndim: (self) => live(self).shape.length,
    shape: (self) => tupleOf(live(self).shape),
    strides: (self) => tupleOf(live(self).strides),
    suboffsets: (self) => { live(self); return tupleOf([]); },
    c_contiguous: (self) => isC(live(self)),
    f_contiguous: (self) => isF(live(self)),
    contiguous: (self) => isC(live(self)) || isF(live(self)),
  });
  defineMethods(memoryIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = iterNext(self);
      if (v === undefined) raise(exceptionTypes.get('StopIteration')!);
      return v;
    },
  });
}
