// range (Objects/rangeobject.c). Bounds are Python ints of any size: a range whose start, step
// and length are safe JS integers (nearly all) iterates with the VM's PyRangeIter fast path; the
// rest compute in bigint and iterate with a longrange_iterator, as CPython does.
import {
  PyValue, PyType, PyTuple, PyRange, PyRangeIter, PyNativeIter, PySlice, PyBuiltin, None, NotImplemented, rangeType,
  typeType, objectType, defineMethods, defineGetters, normBig, rangeIterType,
} from './object.js';
import { typeError, valueError, raise, exceptionTypes, OverflowError } from './exceptions.js';
import { index, eq, hash, repr, iterNext, binaryOp, richCompare, truthy } from './abstract.js';
import { iterReduce, stateIter, stateOf, type StateIter } from './iterobject.js';

type Int = number | bigint;

export const longRangeIterType = new PyType(typeType, 'longrange_iterator', [objectType], 0);
longRangeIterType.mro = [longRangeIterType, objectType];

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Number of items of range(start, stop, step), step != 0. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = big(start), b = big(stop), s = big(step);
  if (s > 0n) return a < b ? normBig((b - a - 1n) / s + 1n) : 0;
  return a > b ? normBig((a - b - 1n) / -s + 1n) : 0;
}

export function makeRange(start: Int, stop: Int, step: Int): PyRange {
  if (step === 0) valueError('range() arg 3 must not be zero');
  const r = new PyRange(start as number, stop as number, step as number, 0);
  r.len = rangeLength(start, stop, step) as number;
  return r;
}

/** start + i * step, exact. */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normBig(big(r.start) + big(i) * big(r.step));
}

const LONG_MAX = 0x7fffffffffffffffn;
const LONG_MIN = -0x8000000000000000n;

function fitsLong(v: Int): boolean {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);
}

/**
 * An iterator over a range the VM's PyRangeIter cannot hold (bigint arithmetic): a longrange_iterator, or a
 * range_iterator whose values pass 2**53. A longrange_iterator's index is whatever __setstate__ was given
 * (CPython only compares it with ints), so a non-int index takes the generic path.
 */
class LongRangeState {
  declare start: bigint;
  declare step: bigint;
  declare len: bigint;
  declare index: PyValue;
  constructor(start: Int, step: Int, len: Int) {
    this.start = big(start);
    this.step = big(step);
    this.len = big(len);
    this.index = 0n;
  }
}
function longRangeNext(this: StateIter<LongRangeState>): PyValue | undefined {
  const st = this.st;
  const i = st.index;
  if (typeof i === 'bigint') {
    if (i >= st.len) return undefined;
    st.index = i + 1n;
    return normBig(st.start + st.step * i);
  }
  if (!lessThan(i, normBig(st.len))) return undefined;
  const v = binaryOp(normBig(st.start), binaryOp(i, normBig(st.step), NB_MULTIPLY), NB_ADD);
  st.index = binaryOp(i, 1, NB_ADD);
  return v;
}
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
function lessThan(a: PyValue, b: PyValue): boolean {
  return truthy(richCompare(a, b, 0));
}

/** An iterator over len items from start by step, named range_iterator or longrange_iterator as CPython's. */
function countingIter(start: Int, step: Int, len: Int, cls: PyType): PyValue {
  if (cls === rangeIterType && typeof start === 'number' && typeof step === 'number' && typeof len === 'number'
      && Number.isSafeInteger(start + len * step)) return new PyRangeIter(start, step, len);
  return stateIter(longRangeNext, cls, new LongRangeState(start, step, len));
}

/** PyLong_AsLong, as range_iterator.__setstate__ reads its index (through __index__). */
function asLong(v: PyValue): number | bigint {
  const n = index(v);
  if (typeof n === 'bigint' && (n > LONG_MAX || n < LONG_MIN)) raise(OverflowError, 'Python int too large to convert to C long');
  return n;
}

function stop(): never {
  raise(exceptionTypes.get('StopIteration')!);
}

function initRangeIterators(): void {
  defineMethods(rangeIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = iterNext(self);
      if (v === undefined) stop();
      return v;
    },
    __length_hint__: (self) => {
      if (self instanceof PyRangeIter) return self.len - self.i;
      const it = stateOf<LongRangeState>(self);
      return normBig(it.len - (it.index as bigint));
    },
    __reduce__: (self) => {
      // (iter, (range(start, start + len*step, step),), index), as rangeiter_reduce rebuilds it.
      if (self instanceof PyRangeIter) {
        const start = self.cur - self.i * self.step;
        return iterReduce(() => [makeRange(start, start + self.len * self.step, self.step), self.i], () => None);
      }
      const it = stateOf<LongRangeState>(self);
      const r = makeRange(normBig(it.start), normBig(it.start + it.len * it.step), normBig(it.step));
      return iterReduce(() => [r, normBig(it.index as bigint)], () => None);
    },
    __setstate__: (self, args) => {
      const n = asLong(args[0]);
      if (self instanceof PyRangeIter) {
        const start = self.cur - self.i * self.step;
        const i = n < 0 ? 0 : n > self.len ? self.len : Number(n);
        self.i = i;
        self.cur = start + i * self.step;
      } else {
        const it = stateOf<LongRangeState>(self);
        const i = big(n);
        it.index = i < 0n ? 0n : i > it.len ? it.len : i;
      }
      return None;
    },
  });
  defineMethods(longRangeIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIter).next();
      if (v === undefined) stop();
      return v;
    },
    __length_hint__: (self) => {
      const it = stateOf<LongRangeState>(self);
      const i = it.index;
      return typeof i === 'bigint' ? normBig(it.len - i) : binaryOp(normBig(it.len), i, NB_SUBTRACT);
    },
    __reduce__: (self) => {
      const it = stateOf<LongRangeState>(self);
      const r = makeRange(normBig(it.start), normBig(it.start + it.len * it.step), normBig(it.step));
      return iterReduce(() => [r, typeof it.index === 'bigint' ? normBig(it.index) : it.index], () => None);
    },
    __setstate__: (self, args) => {
      // longrangeiter_setstate clips by comparison only: any object that compares with ints is kept.
      const it = stateOf<LongRangeState>(self);
      let v = args[0];
      if (lessThan(v, 0)) v = 0;
      else if (lessThan(normBig(it.len), v)) v = normBig(it.len);
      it.index = typeof v === 'number' ? BigInt(v) : v;
      return None;
    },
  });
}

/**
 * iter(range): range_iterator when start, stop, step and the length are C longs and start + len*step cannot
 * overflow one (fast_range_iter's test), else longrange_iterator; the VM's PyRangeIter where all is safe.
 */
export function rangeIter(r: PyRange): PyValue {
  const len: Int = r.len;
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof len === 'number'
      && Number.isSafeInteger(r.start + len * r.step)) return new PyRangeIter(r.start, r.step, len);
  let cls = longRangeIterType;
  if (fitsLong(r.start) && fitsLong(r.stop) && fitsLong(r.step) && big(len) <= LONG_MAX) {
    const stop = big(r.stop), step = big(r.step);
    const overflow = big(len) !== 0n && (step > 0n ? stop > LONG_MAX - (step - 1n) : stop < LONG_MIN + (-1n - step));
    if (!overflow) cls = rangeIterType;
  }
  return countingIter(r.start, r.step, len, cls);
}

/** reversed(range): range_reverse's choice between the two iterator types. */
function rangeReversed(r: PyRange): PyValue {
  const step = big(r.step as Int);
  const last = itemAt(r, normBig(big(r.len) - 1n));
  let cls = longRangeIterType;
  if (fitsLong(r.start) && fitsLong(r.stop) && fitsLong(r.step) && step !== LONG_MIN) {
    const start = big(r.start);
    const overflow = step > 0n ? start - LONG_MIN < step : LONG_MAX - start < -step;
    if (!overflow && big(r.len) <= LONG_MAX) cls = rangeIterType;
  }
  return countingIter(big(r.len) === 0n ? 0 : last, normBig(-step), r.len, cls);
}

function ssize(v: Int): Int {
  if (typeof v === 'bigint' && v > 0x7fffffffffffffffn) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

function lt(a: Int, b: Int): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : big(a) < big(b);
}

/** range.__contains__ for an int: arithmetic, no iteration. */
function containsInt(r: PyRange, x: Int): boolean {
  const step = r.step as Int;
  if (r.len === 0) return false;
  if (lt(0, step) ? lt(x, r.start) || !lt(x, r.stop) : lt(r.start, x) || !lt(r.stop, x)) return false;
  if (typeof x === 'number' && typeof r.start === 'number' && typeof step === 'number') return (x - r.start) % step === 0;
  return (big(x) - big(r.start)) % big(step) === 0n;
}

function isIntExact(v: PyValue): v is Int {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** Index of int x in r, or -1. */
function indexOfInt(r: PyRange, x: Int): Int {
  if (!containsInt(r, x)) return -1;
  if (typeof x === 'number' && typeof r.start === 'number' && typeof r.step === 'number') return (x - r.start) / r.step;
  return normBig((big(x) - big(r.start)) / big(r.step as Int));
}

/** slice.indices() for a length of any size: (start, stop, step, slicelength). */
function sliceBig(s: PySlice, length: Int): [Int, Int, Int] {
  const len = big(length);
  const stepV = s.step === None ? 1n : big(index(s.step));
  if (stepV === 0n) valueError('slice step cannot be zero');
  const lower = stepV < 0n ? -1n : 0n;
  const upper = stepV < 0n ? len - 1n : len;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let i = big(index(v));
    if (i < 0n) {
      i += len;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, stepV < 0n ? upper : lower);
  const stop = clamp(s.stop, stepV < 0n ? lower : upper);
  return [normBig(start), normBig(stop), normBig(stepV)];
}

function rangeArgs(args: PyValue[]): PyRange {
  const a = args.map((v) => {
    const i = index(v);
    return typeof i === 'boolean' ? Number(i) : i;
  });
  if (a.length === 1) return makeRange(0, a[0], 1);
  return makeRange(a[0], a[1], a.length > 2 ? a[2] : 1);
}

export function initRange(): void {
  rangeType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('range() takes no keyword arguments');
    const n = args.length - 1;
    if (n === 0) typeError('range expected at least 1 argument, got 0');
    if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
    return rangeArgs(args.slice(1));
  }));
  const R = (v: PyValue) => v as PyRange;
  defineMethods(rangeType, {
    __len__: (self) => ssize(R(self).len),
    __bool__: (self) => R(self).len !== 0,
    __iter__: (self) => rangeIter(R(self)),
    __reversed__: (self) => rangeReversed(R(self)),
    __getitem__: (self, args) => {
      const r = R(self);
      const k = args[0];
      if (k instanceof PySlice) {
        const [s, e, st] = sliceBig(k, r.len);
        const step = normBig(big(r.step as Int) * big(st));
        return makeRange(itemAt(r, s), itemAt(r, e), step);
      }
      let i = index(k) as Int;
      if (typeof i === 'boolean') i = Number(i);
      if (lt(i, 0)) i = normBig(big(i) + big(r.len));
      if (lt(i, 0) || !lt(i, r.len)) raise(exceptionTypes.get('IndexError')!, 'range object index out of range');
      return itemAt(r, i);
    },
    __contains__: (self, args) => {
      const r = R(self);
      const v = args[0];
      if (isIntExact(v)) return containsInt(r, typeof v === 'boolean' ? Number(v) : v);
      const it = rangeIter(r);
      for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (eq(x, v)) return true;
      return false;
    },
    __repr__: (self) => {
      const r = R(self);
      return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    __eq__: (self, args) => {
      const a = R(self);
      const b = args[0];
      if (!(b instanceof PyRange)) return NotImplemented;
      return sameRange(a, b);
    },
    __ne__: (self, args) => {
      const b = args[0];
      if (!(b instanceof PyRange)) return NotImplemented;
      return !sameRange(R(self), b);
    },
    __hash__: (self) => {
      const r = R(self);
      if (r.len === 0) return hash(new PyTuple([0, None, None]));
      if (r.len === 1) return hash(new PyTuple([1, r.start, None]));
      return hash(new PyTuple([r.len, r.start, r.step]));
    },
    __reduce__: (self) => {
      const r = R(self);
      return new PyTuple([rangeType, new PyTuple([r.start, r.stop, r.step])]);
    },
    index: (self, args) => {
      if (args.length !== 1) typeError(`index() takes exactly one argument (${args.length} given)`);
      const r = R(self);
      const v = args[0];
      if (isIntExact(v)) {
        const i = indexOfInt(r, typeof v === 'boolean' ? Number(v) : v);
        if (i !== -1) return i;
      } else {
        const it = rangeIter(r);
        let i = 0;
        for (let x = nextOf(it); x !== undefined; x = nextOf(it), i++) if (eq(x, v)) return i;
      }
      valueError(`${repr(v)} is not in range`);
    },
    count: (self, args) => {
      if (args.length !== 1) typeError(`count() takes exactly one argument (${args.length} given)`);
      const r = R(self);
      const v = args[0];
      if (isIntExact(v)) return containsInt(r, typeof v === 'boolean' ? Number(v) : v) ? 1 : 0;
      const it = rangeIter(r);
      let n = 0;
      for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (eq(x, v)) n++;
      return n;
    },
  });
  defineGetters(rangeType, {
    start: (self) => R(self).start,
    stop: (self) => R(self).stop,
    step: (self) => R(self).step,
  });
  initRangeIterators();
}

function sameRange(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.len !== b.len && big(a.len) !== big(b.len)) return false;
  if (a.len === 0) return true;
  if (a.start !== b.start && big(a.start) !== big(b.start)) return false;
  return a.len === 1 || a.step === b.step || big(a.step) === big(b.step);
}

function nextOf(it: PyValue): PyValue | undefined {
  return iterNext(it);
}
