// The builtin iterator types of Objects/iterobject.c (the sequence iterator, callable_iterator), enumobject.c
// (enumerate, reversed) and bltinmodule.c (map, filter, zip), with CPython 3.11's pickling support: the same
// __reduce__ tuples, __setstate__ with its clamping, and __length_hint__ where CPython has them. Each iterator
// is a PyNativeIter whose `next` is a plain function called with the iterator as `this`, so FOR_ITER and
// iterNext() reach it without a method lookup.
import {
  PyValue, PyType, PyDict, PyTuple, PyList, PyNativeIter, PyMethodDescr, None, NotImplemented, typeType, objectType,
  TF_HEAPTYPE, callableIterType, reversedType, enumerateType, mapType, filterType, zipType, emptyTuple,
  defineMethods, typeOf, boolType,
} from './object.js';
import {
  PyException, newException, typeError, raise, StopIteration, IndexError, OverflowError, AttributeError, ValueError,
} from './exceptions.js';
import { call, callBound, iterNext, truthy, eq, lenOf } from './abstract.js';
import { asInt, intBinop } from './int.js';
import { initHeapLayout } from './typeobject.js';

// ---------------------------------------------------------------------------
// Helpers shared by the iterator types of every file

let builtinsDict: PyDict | null = null;
/** builtins.ts hands over the builtins namespace, where reduce tuples find `iter` and `reversed`. */
export function setIteratorBuiltins(d: PyDict): void {
  builtinsDict = d;
}

/** _PyEval_GetBuiltin: `iter` or `reversed` as the builtins namespace holds it now. */
export function builtin(name: string): PyValue {
  const v = builtinsDict === null ? undefined : builtinsDict.getStr(name);
  if (v === undefined) raise(AttributeError, name);
  return v;
}

/**
 * (iter, (seq,), index), or (iter, (empty,)) once exhausted: how the index-based iterators reduce. `state`
 * reads the iterator after `iter` is looked up, since that lookup may run Python code (a key's __eq__) that
 * advances the iterator, as _PyEval_GetBuiltin comes first in CPython's reduce functions.
 */
export function iterReduce(state: () => [PyValue, PyValue] | null, empty: () => PyValue): PyTuple {
  const f = builtin('iter');
  const st = state();
  return st === null ? new PyTuple([f, new PyTuple([empty()])]) : new PyTuple([f, new PyTuple([st[0]]), st[1]]);
}

/** (iter, (items,)): how iterators that copy what is left reduce (dict and set iterators: the copy first). */
export function listIterReduce(items: PyValue[]): PyTuple {
  const l = new PyList(items);
  return new PyTuple([builtin('iter'), new PyTuple([l])]);
}

/** The argument of a METH_O method (for the types method_flags.ts does not list). */
export function methOArg(t: PyType, name: string, args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`${t.name}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

const SSIZE_MAX = 9223372036854775807n;

/** PyLong_AsSsize_t, as the __setstate__ methods read an index: an int (no __index__), within a Py_ssize_t. */
export function longAsSsize(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined) typeError('an integer is required');
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(n);
  }
  return n;
}

/** A static iterator type outside builtins (itertools, _collections): named module.name as CPython's are. */
export function mkIterType(name: string, module: string | null = null): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  if (module !== null) t.tdict.set('__module__', module);
  return t;
}

function stop(): never {
  throw new PyException(newException(StopIteration, []));
}

/**
 * __iter__ returning self and __next__ for a type whose instances are PyNativeIters: `next` is the type's own
 * step (so that super().__next__() from a subclass's override reaches it), else the instance's `next`.
 */
export function defineIterProtocol(t: PyType, next: ((this: never) => PyValue | undefined) | null = null): void {
  const step = next as ((this: PyNativeIter) => PyValue | undefined) | null;
  defineMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = step === null ? (self as PyNativeIter).next() : step.call(self as PyNativeIter);
      if (v === undefined) stop();
      return v;
    },
  });
}

/** A PyNativeIter whose state `st` is an S. */
export type StateIter<S> = PyNativeIter & { st: S };

/** A native iterator of type cls over the state st; `next` is called with the iterator as `this`. */
export function stateIter<S>(next: (this: StateIter<S>) => PyValue | undefined, cls: PyType, st: S): StateIter<S> {
  const it = new PyNativeIter(next as () => PyValue | undefined, cls) as StateIter<S>;
  it.st = st;
  return it;
}

/** The state of `self`, an instance of a type whose iterators all carry an S. */
export function stateOf<S>(self: PyValue): S {
  return (self as PyNativeIter).st as S;
}

/**
 * stateIter for the types Python code may subclass (enumerate, reversed, map, filter, zip): an instance of a
 * heap subclass gets its dict and slots, and a __next__ the subclass defines replaces `next`, so that loops see
 * the override too.
 */
export function subclassableIter<S>(next: (this: StateIter<S>) => PyValue | undefined, cls: PyType, st: S): StateIter<S> {
  const it = stateIter(next, cls, st);
  if (cls.flags & TF_HEAPTYPE) {
    initHeapLayout(it as unknown as PyNativeIter & { slots: (PyValue | null)[] | null }, cls);
    const f = cls.lookup('__next__');
    if (f !== undefined && !(f instanceof PyMethodDescr)) {
      (it as { next: () => PyValue | undefined }).next = () => {
        try {
          return callBound(f, it, []);
        } catch (e) {
          if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return undefined;
          throw e;
        }
      };
    }
  }
  return it;
}

function isStopOrIndex(e: unknown): boolean {
  return e instanceof PyException && (e.exc.cls.isSubtype(IndexError) || e.exc.cls.isSubtype(StopIteration));
}

// ---------------------------------------------------------------------------
// The sequence iterator: iter(obj) over an object with __getitem__ and no __iter__

export const seqIterType = mkIterType('iterator');

class SeqState {
  /** null once exhausted (CPython drops the sequence). */
  declare seq: PyValue | null;
  declare index: number;
  constructor(seq: PyValue) {
    this.seq = seq;
    this.index = 0;
  }
}
export function seqIter(seq: PyValue): PyNativeIter {
  return stateIter(seqNext, seqIterType, new SeqState(seq));
}
function seqNext(this: StateIter<SeqState>): PyValue | undefined {
  const st = this.st;
  const seq = st.seq;
  if (seq === null) return undefined;
  if (st.index >= 9223372036854775807) raise(OverflowError, 'iter index too large');
  const gi = typeOf(seq).lookup('__getitem__');
  if (gi === undefined) typeError(`'${typeOf(seq).tpName}' object is not subscriptable`);
  try {
    const v = callBound(gi, seq, [st.index]);
    st.index++;
    return v;
  } catch (e) {
    if (isStopOrIndex(e)) {
      st.seq = null;
      return undefined;
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------
// callable_iterator: iter(f, sentinel)

class CallState {
  /** Both null once the sentinel came (or f raised StopIteration). */
  declare func: PyValue | null;
  declare sentinel: PyValue | null;
  constructor(func: PyValue, sentinel: PyValue) {
    this.func = func;
    this.sentinel = sentinel;
  }
}
export function callIter(func: PyValue, sentinel: PyValue): PyNativeIter {
  return stateIter(callNext, callableIterType, new CallState(func, sentinel));
}
function callNext(this: StateIter<CallState>): PyValue | undefined {
  const st = this.st;
  const f = st.func;
  if (f === null) return undefined;
  let v: PyValue;
  try {
    v = call(f, []);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) {
      st.func = st.sentinel = null;
      return undefined;
    }
    throw e;
  }
  // The call may have exhausted this iterator (re-entrantly): then it is over.
  const s = st.sentinel;
  if (s === null) return undefined;
  // PyObject_RichCompareBool(sentinel, result): identity first, then the sentinel's __eq__.
  if (s === v || eq(s, v)) {
    st.func = st.sentinel = null;
    return undefined;
  }
  return v;
}

// ---------------------------------------------------------------------------
// reversed over a sequence (objects with __reversed__ return their own iterator)

class ReversedState {
  declare seq: PyValue | null;
  declare index: number;
  constructor(seq: PyValue, n: number) {
    this.seq = seq;
    this.index = n - 1;
  }
}
function reversedNext(this: StateIter<ReversedState>): PyValue | undefined {
  const st = this.st;
  const seq = st.seq;
  if (seq !== null && st.index >= 0) {
    const gi = typeOf(seq).lookup('__getitem__');
    try {
      if (gi === undefined) typeError(`'${typeOf(seq).tpName}' object is not subscriptable`);
      const v = callBound(gi, seq, [st.index]);
      st.index--;
      return v;
    } catch (e) {
      if (!isStopOrIndex(e)) throw e;
    }
  }
  st.index = -1;
  st.seq = null;
  return undefined;
}

/** reversed(seq): seq.__reversed__() when it has one, else a reversed iterator (reversed_new_impl). */
export function newReversed(cls: PyType, seq: PyValue): PyValue {
  const t = typeOf(seq);
  const meth = t.lookup('__reversed__');
  if (meth === None) typeError(`'${t.tpName}' object is not reversible`);
  if (meth !== undefined) return callBound(meth, seq, []);
  // PySequence_Check: __getitem__, and not a dict.
  if (t.lookup('__getitem__') === undefined || seq instanceof PyDict) typeError(`'${t.tpName}' object is not reversible`);
  return subclassableIter(reversedNext, cls, new ReversedState(seq, lenOf(seq)));
}

// ---------------------------------------------------------------------------
// enumerate, map, filter, zip

class EnumerateState {
  declare it: PyValue;
  /** The next count: an int (a bigint past 2**53). */
  declare index: number | bigint;
  constructor(it: PyValue, start: number | bigint) {
    this.it = it;
    this.index = start;
  }
}
export function newEnumerate(cls: PyType, it: PyValue, start: number | bigint): PyNativeIter {
  return subclassableIter(enumerateNext, cls, new EnumerateState(it, start));
}
function enumerateNext(this: StateIter<EnumerateState>): PyValue | undefined {
  const st = this.st;
  const v = iterNext(st.it);
  if (v === undefined) return undefined;
  const i = st.index;
  st.index = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intBinop(i, 1, 0) as number | bigint;
  return new PyTuple([i, v]);
}

class MapState {
  declare func: PyValue;
  declare iters: PyValue[];
  constructor(func: PyValue, iters: PyValue[]) {
    this.func = func;
    this.iters = iters;
  }
}
export function newMap(cls: PyType, func: PyValue, iters: PyValue[]): PyNativeIter {
  return subclassableIter(mapNext, cls, new MapState(func, iters));
}
function mapNext(this: StateIter<MapState>): PyValue | undefined {
  const st = this.st;
  const its = st.iters;
  const n = its.length;
  if (n === 1) {
    const v = iterNext(its[0]);
    return v === undefined ? undefined : call(st.func, [v]);
  }
  const vals = new Array<PyValue>(n);
  for (let k = 0; k < n; k++) {
    const v = iterNext(its[k]);
    if (v === undefined) return undefined;
    vals[k] = v;
  }
  return call(st.func, vals);
}

class FilterState {
  declare func: PyValue;
  declare it: PyValue;
  constructor(func: PyValue, it: PyValue) {
    this.func = func;
    this.it = it;
  }
}
export function newFilter(cls: PyType, func: PyValue, it: PyValue): PyNativeIter {
  return subclassableIter(filterNext, cls, new FilterState(func, it));
}
function filterNext(this: StateIter<FilterState>): PyValue | undefined {
  const st = this.st;
  const f = st.func;
  // filter(None, ...) and filter(bool, ...) test the items themselves, as filter_next does.
  const plain = f === None || f === boolType;
  for (;;) {
    const v = iterNext(st.it);
    if (v === undefined) return undefined;
    if (plain ? truthy(v) : truthy(call(f, [v]))) return v;
  }
}

class ZipState {
  declare iters: PyValue[];
  declare strict: boolean;
  constructor(iters: PyValue[], strict: boolean) {
    this.iters = iters;
    this.strict = strict;
  }
}
export function newZip(cls: PyType, iters: PyValue[], strict: boolean): PyNativeIter {
  return subclassableIter(zipNext, cls, new ZipState(iters, strict));
}
function zipNext(this: StateIter<ZipState>): PyValue | undefined {
  const st = this.st;
  const its = st.iters;
  const n = its.length;
  if (n === 0) return undefined;
  const vals = new Array<PyValue>(n);
  for (let k = 0; k < n; k++) {
    const v = iterNext(its[k]);
    if (v === undefined) {
      if (st.strict) zipStrictCheck(its, k);
      return undefined;
    }
    vals[k] = v;
  }
  return new PyTuple(vals);
}
/** zip(strict=True) after argument k ran out: the others must be exhausted too (zip_next's check). */
function zipStrictCheck(its: PyValue[], k: number): void {
  const plural = (i: number): string => (i === 1 ? ' 1' : `s 1-${i}`);
  if (k > 0) raise(ValueError, `zip() argument ${k + 1} is shorter than argument${plural(k)}`);
  for (let j = 1; j < its.length; j++) {
    if (iterNext(its[j]) !== undefined) raise(ValueError, `zip() argument ${j + 1} is longer than argument${plural(j)}`);
  }
}

// ---------------------------------------------------------------------------
// Method tables

export function initIterObjects(): void {
  defineIterProtocol(seqIterType);
  defineMethods(seqIterType, {
    __length_hint__: (self) => {
      const st = stateOf<SeqState>(self);
      if (st.seq !== null) {
        if (typeOf(st.seq).lookup('__len__') === undefined) return NotImplemented;
        const n = lenOf(st.seq) - st.index;
        if (n >= 0) return n;
      }
      return 0;
    },
    __reduce__: (self) => {
      const st = stateOf<SeqState>(self);
      return iterReduce(() => (st.seq !== null ? [st.seq, st.index] : null), () => emptyTuple);
    },
    __setstate__: (self, args) => {
      const st = stateOf<SeqState>(self);
      const i = longAsSsize(methOArg(seqIterType, '__setstate__', args));
      if (st.seq !== null) st.index = i < 0 ? 0 : i;
      return None;
    },
  });

  defineIterProtocol(callableIterType);
  defineMethods(callableIterType, {
    __reduce__: (self) => {
      const st = stateOf<CallState>(self);
      const f = builtin('iter');
      if (st.func !== null && st.sentinel !== null) return new PyTuple([f, new PyTuple([st.func, st.sentinel])]);
      return new PyTuple([f, new PyTuple([emptyTuple])]);
    },
  });

  defineIterProtocol(reversedType, reversedNext);
  defineMethods(reversedType, {
    __length_hint__: (self) => {
      const st = stateOf<ReversedState>(self);
      if (st.seq === null) return 0;
      const n = lenOf(st.seq);
      const pos = st.index + 1;
      return n < pos ? 0 : pos;
    },
    __reduce__: (self) => {
      const st = stateOf<ReversedState>(self);
      const cls = (self as PyNativeIter).cls;
      if (st.seq !== null) return new PyTuple([cls, new PyTuple([st.seq]), st.index]);
      return new PyTuple([cls, new PyTuple([emptyTuple])]);
    },
    __setstate__: (self, args) => {
      const st = stateOf<ReversedState>(self);
      let i = longAsSsize(args[0]);
      if (st.seq !== null) {
        const n = lenOf(st.seq);
        if (i < -1) i = -1;
        else if (i > n - 1) i = n - 1;
        st.index = i;
      }
      return None;
    },
  });

  defineIterProtocol(enumerateType, enumerateNext);
  defineMethods(enumerateType, {
    __reduce__: (self) => {
      const st = stateOf<EnumerateState>(self);
      return new PyTuple([(self as PyNativeIter).cls, new PyTuple([st.it, st.index])]);
    },
  });

  defineIterProtocol(mapType, mapNext);
  defineMethods(mapType, {
    __reduce__: (self) => {
      const st = stateOf<MapState>(self);
      return new PyTuple([(self as PyNativeIter).cls, new PyTuple([st.func, ...st.iters])]);
    },
  });

  defineIterProtocol(filterType, filterNext);
  defineMethods(filterType, {
    __reduce__: (self) => {
      const st = stateOf<FilterState>(self);
      return new PyTuple([(self as PyNativeIter).cls, new PyTuple([st.func, st.it])]);
    },
  });

  defineIterProtocol(zipType, zipNext);
  defineMethods(zipType, {
    __reduce__: (self) => {
      const st = stateOf<ZipState>(self);
      const its = new PyTuple(st.iters.slice());
      const cls = (self as PyNativeIter).cls;
      return new PyTuple(st.strict ? [cls, its, true] : [cls, its]);
    },
    __setstate__: (self, args) => {
      stateOf<ZipState>(self).strict = truthy(args[0]);
      return None;
    },
  });
}
