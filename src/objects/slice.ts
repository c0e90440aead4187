// slice (Objects/sliceobject.c).
import { PyValue, PySlice, PyTuple, None, sliceType, defineMethods, defineGetters, PyBuiltin, normBig } from './object.js';
import { valueError, typeError } from './exceptions.js';
import { index, repr, typeOf, richCompareT } from './slice_helpers.js';

/** A slice bound's int (_PyEval_SliceIndex): __index__, once; TypeError for anything else. */
function sliceInt(v: PyValue): number | bigint {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'bigint' && typeOf(v).lookup('__index__') === undefined)
    typeError('slice indices must be integers or None or have an __index__ method');
  return index(v);
}

function idx(v: PyValue): number {
  const r = sliceInt(v);
  return typeof r === 'bigint' ? (r < 0n ? -Infinity : Infinity) : r;
}

/** [start, stop, step, length] of a slice applied to a sequence of `len` items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = s.step === None ? 1 : idx(s.step);
  if (step === 0) valueError('slice step cannot be zero');
  if (!Number.isFinite(step)) step = step > 0 ? 9007199254740991 : -9007199254740991;
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = idx(s.start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = idx(s.stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** _PySlice_GetLongIndices: slice.indices() in arbitrary precision (any int bounds, any length). */
function longIndices(s: PySlice, length: bigint): bigint[] {
  if (length < 0n) valueError('length should not be negative');
  const big = (v: PyValue): bigint => BigInt(sliceInt(v));
  const step = s.step === None ? 1n : big(s.step);
  if (step === 0n) valueError('slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = big(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  return [clamp(s.start, step < 0n ? upper : lower), clamp(s.stop, step < 0n ? lower : upper), step];
}

function cmpSlices(a: PyValue, b: PyValue, op: number): PyValue {
  if (!(b instanceof PySlice)) return NotImplementedT;
  const x = a as PySlice;
  return richCompareT(new PyTuple([x.start, x.stop, x.step]), new PyTuple([b.start, b.stop, b.step]), op);
}
import { NotImplemented as NotImplementedT } from './object.js';

export function initSlice(): void {
  sliceType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    if (args.length === 2) return new PySlice(None, args[1], None);
    if (args.length === 3) return new PySlice(args[1], args[2], None);
    if (args.length === 4) return new PySlice(args[1], args[2], args[3]);
    typeError(`slice expected at least 1 argument, got 0`);
  }));
  sliceType.tdict.set('__hash__', None);
  defineMethods(sliceType, {
    __repr__: (self) => {
      const s = self as PySlice;
      return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
    },
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PySlice)) return false;
      const s = self as PySlice;
      return richCompareT(new PyTuple([s.start, s.stop, s.step]), new PyTuple([o.start, o.stop, o.step]), 2);
    },
    __lt__: (self, args) => cmpSlices(self, args[0], 0),
    __le__: (self, args) => cmpSlices(self, args[0], 1),
    __gt__: (self, args) => cmpSlices(self, args[0], 4),
    __ge__: (self, args) => cmpSlices(self, args[0], 5),
    indices: (self, args) => {
      if (args.length !== 1) typeError(`slice.indices() takes exactly one argument (${args.length} given)`);
      return new PyTuple(longIndices(self as PySlice, BigInt(index(args[0]))).map(normBig));
    },
    __reduce__: (self) => {
      const s = self as PySlice;
      return new PyTuple([sliceType, new PyTuple([s.start, s.stop, s.step])]);
    },
  });
  defineGetters(sliceType, {
    start: (self) => (self as PySlice).start,
    stop: (self) => (self as PySlice).stop,
    step: (self) => (self as PySlice).step,
  });
}
