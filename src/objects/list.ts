// list and tuple (Objects/listobject.c, tupleobject.c): JS arrays.
import {
  PyValue, PyList, PyTuple, PySlice, PyBuiltin, PyType, PyDict, PyListIter, listType, tupleType,
  NotImplemented, None, defineMethods, typeOf, TF_HEAPTYPE, emptyTuple, tupleIterType, listRevIterType,
  PyFloat, floatType, listIterType, EXHAUSTED,
} from './object.js';
import { typeLayout } from './layout.js';
import { builtin, iterReduce, longAsSsize, stateIter, stateOf, defineIterProtocol, type StateIter } from './iterobject.js';
import { typeError, valueError, indexError, raise, exceptionTypes } from './exceptions.js';
import { repr, eq, lt, richCompare, truthy, index, indexInt, notACount, toArray, call, reprEnter, reprLeave, hashTuple, contains, iterNext, lengthHint } from './abstract.js';
import { listAllocated, listResize, listShrink, listResizeInPlace, listCleared, noteExtend } from './list_alloc.js';
import { sliceIndices } from './slice.js';
import { parseArgs, strCompare } from './str.js';

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) indexError(`${what} index out of range`);
  return j;
}

export function listGetItem(items: PyValue[], k: PyValue, what: string): PyValue {
  if (typeof k === 'number') {
    const j = k < 0 ? k + items.length : k;
    if (j < 0 || j >= items.length) indexError(`${what} index out of range`);
    return items[j];
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    let out: PyValue[];
    if (step === 1) out = items.slice(start, start + n);
    else {
      out = new Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    }
    return what === 'list' ? new PyList(out) : out.length === 0 ? emptyTuple : new PyTuple(out);
  }
  if (typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== undefined)
    return listGetItem(items, indexInt(k, what), what);
  typeError(`${what} indices must be integers or slices, not ${typeOf(k).tpName}`);
}

export function listSetItem(l: PyList, k: PyValue, v: PyValue): void {
  const items = l.items;
  if (typeof k === 'number') {
    items[normIndex(k, items.length, 'list assignment')] = v;
    return;
  }
  if (k instanceof PySlice) {
    const src = v === l ? items.slice() : toArrayFor(v);
    const [start, stop, step, n] = sliceIndices(k, items.length);
    if (step === 1) {
      const d = src.length - n;
      if (items.length + d === 0) listCleared(l);
      else if (d !== 0) listResize(l, items.length + d);
      items.splice(start, n, ...src);
      return;
    }
    if (src.length !== n) valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) items[j] = src[i];
    return;
  }
  if (typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== undefined) {
    listSetItem(l, indexInt(k, 'list'), v);
    return;
  }
  typeError(`list indices must be integers or slices, not ${typeOf(k).tpName}`);
}

function toArrayFor(v: PyValue): PyValue[] {
  if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) typeError('can only assign an iterable');
  return toArray(v);
}

function listDelItem(l: PyList, k: PyValue): void {
  const items = l.items;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    if (step === 1) {
      if (items.length === n) listCleared(l);
      else if (n > 0) listResize(l, items.length - n);
      items.splice(start, n);
      return;
    }
    if (n <= 0) return;
    listResizeInPlace(l, items.length - n);
    const del = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) del.add(j);
    // Compacted in place: iterators hold the items array.
    let kept = 0;
    for (let i = 0; i < items.length; i++) if (!del.has(i)) items[kept++] = items[i];
    items.length = kept;
    return;
  }
  const i = normIndex(indexInt(k, 'list'), items.length, 'list assignment');
  listShrink(l, items.length - 1);
  items.splice(i, 1);
}

export function seqRepr(items: PyValue[], open: string, close: string, self: PyValue): string {
  if (!reprEnter(self)) return open + '...' + close;
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    if (open === '(' && items.length === 1) s += ',';
    return s + close;
  } finally {
    reprLeave(self);
  }
}

/** Two sequences equal up to the shorter one's length compare as their lengths do (op 0..5). */
export function compareLengths(la: number, lb: number, op: number): boolean {
  switch (op) {
    case 0: return la < lb;
    case 1: return la <= lb;
    case 2: return la === lb;
    case 3: return la !== lb;
    case 4: return la > lb;
    default: return la >= lb;
  }
}

/** Lexicographic comparison of two sequences for op 0..5. */
export function seqCompare(a: PyValue[], b: PyValue[], op: number): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!(x === y || eq(x, y))) break;
  }
  if (i >= n) return compareLengths(a.length, b.length, op);
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(a[i], b[i], op);
}

/**
 * list_richcompare: lists of different lengths differ without comparing items; the lengths are read again
 * at each step (an item's __eq__ may clear either list), and compared once either list runs out.
 */
function listCompare(v: PyList, w: PyList, op: number): PyValue {
  if (v.items.length !== w.items.length && (op === 2 || op === 3)) return op === 3;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const x = v.items[i];
    const y = w.items[i];
    if (!(x === y || eq(x, y))) break;
  }
  if (i >= v.items.length || i >= w.items.length) return compareLengths(v.items.length, w.items.length, op);
  if (op === 2) return false;
  if (op === 3) return true;
  return richCompare(v.items[i], w.items[i], op);
}

function L(v: PyValue): PyList {
  if (!(v instanceof PyList)) typeError(`descriptor requires a 'list' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function T(v: PyValue): PyValue[] {
  if (!(v instanceof PyTuple)) typeError(`descriptor requires a 'tuple' object but received a '${typeOf(v).tpName}'`);
  return v.items;
}

/** Notes any write to the array a list holds while it sorts. */
const SORT_WATCH: ProxyHandler<PyValue[] & { written?: boolean }> = {
  set(t, k, v) {
    t.written = true;
    return Reflect.set(t, k, v);
  },
  deleteProperty(t, k) {
    t.written = true;
    return Reflect.deleteProperty(t, k);
  },
  defineProperty(t, k, d) {
    t.written = true;
    return Reflect.defineProperty(t, k, d);
  },
};

/** Items compared without Python code: all ints (JS numbers) or all strs. */
function plainItems(items: PyValue[]): boolean {
  const t = typeof items[0];
  if (t !== 'number' && t !== 'string') return items.length === 0;
  for (let i = 1; i < items.length; i++) if (typeof items[i] !== t) return false;
  return true;
}

export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
  let keys: PyValue[] = items;
  if (key !== None) keys = items.map((x) => call(key, [x]));
  const n = keys.length;
  // Classify the keys: all ints (JS numbers), all numeric (ints, bools, exact floats: compared as doubles,
  // exact for ints within ±2^53), all str, or anything else.
  let allNum = true;
  let allReal = true;
  let allStr = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const t = typeof k;
    if (t === 'number') allStr = false;
    else if (t === 'string') allNum = allReal = false;
    else {
      allNum = allStr = false;
      if (t !== 'boolean' && !(k instanceof PyFloat && k.cls === floatType)) allReal = false;
    }
    if (!allReal && !allStr) break;
  }
  if (allNum && key === None) {
    sortInts(items, reverse);
    return;
  }
  let cmp: (a: number, b: number) => number;
  if (allReal) {
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      vals[i] = typeof k === 'number' ? k : typeof k === 'boolean' ? (k ? 1 : 0) : (k as PyFloat).value;
    }
    // `<` both ways, as float_richcompare answers: a NaN is neither below nor above anything.
    cmp = (a, b) => {
      const x = vals[a], y = vals[b];
      return x < y ? -1 : y < x ? 1 : 0;
    };
  } else if (allStr) cmp = (a, b) => strCompare(keys[a] as string, keys[b] as string);
  else cmp = (a, b) => (lt(keys[a], keys[b]) ? -1 : lt(keys[b], keys[a]) ? 1 : 0);
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (reverse) {
    // Stable reverse sort: reverse, stable sort descending, reverse back (as CPython does).
    idx.reverse();
    idx.sort(cmp);
    idx.reverse();
  } else idx.sort(cmp);
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[idx[i]];
}

/**
 * Sorts ints (JS numbers) in place. Equal ints are indistinguishable, so stability is moot and a typed-array
 * sort serves; an already ordered run (the common case of sorting sorted data) is detected first, as timsort
 * does. A -0 (never a Python int, but JS arithmetic can make one) comes back as 0.
 */
function sortInts(items: PyValue[], reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  let i = 1;
  while (i < n && (items[i - 1] as number) <= (items[i] as number)) i++;
  if (i === n) {
    if (reverse) items.reverse();
    return;
  }
  i = 1;
  while (i < n && (items[i - 1] as number) >= (items[i] as number)) i++;
  if (i === n) {
    if (!reverse) items.reverse();
    return;
  }
  const vals = new Float64Array(n);
  for (let j = 0; j < n; j++) vals[j] = (items[j] as number) + 0;
  vals.sort();
  if (reverse) for (let j = 0; j < n; j++) items[j] = vals[n - 1 - j];
  else for (let j = 0; j < n; j++) items[j] = vals[j];
}

/** The most items a list or tuple may hold (V8 cannot grow a fast array much beyond this). */
const MAX_SEQ_ITEMS = 2 ** 27;

function seqMul(items: PyValue[], n: PyValue): PyValue[] | undefined {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && typeOf(n).lookup('__index__') === undefined) return undefined;
  const i = index(n);
  if (typeof i === 'bigint' && (i > 0x7fffffffffffffffn || i < -0x8000000000000000n))
    raise(exceptionTypes.get('OverflowError')!, "cannot fit 'int' into an index-sized integer");
  const k = Number(i);
  if (k <= 0 || items.length === 0) return [];
  // Past what a JS array can hold, CPython would fail to allocate too: MemoryError, never a V8 crash.
  if (k * items.length > MAX_SEQ_ITEMS) raise(exceptionTypes.get('MemoryError')!);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
  return out;
}

/**
 * list * n (sq_repeat): called as a method with something that is not an integer, it raises index()'s TypeError
 * (binaryOp1 tries the number slots first and checks n itself).
 */
function listRepeat(self: PyValue, n: PyValue): PyValue {
  return new PyList(seqMul(L(self).items, n) ?? notACount(n));
}

/** tuplerepeat (sq_repeat, as listRepeat): an exact tuple times 1 is itself, an empty result the empty tuple. */
function tupleRepeat(self: PyValue, n: PyValue): PyValue {
  const items = T(self);
  const r = seqMul(items, n) ?? notACount(n);
  if (r.length === 0) return emptyTuple;
  return r.length === items.length && typeOf(self) === tupleType ? self : new PyTuple(r);
}

function seqIndex(items: PyValue[], args: PyValue[], what: string): number {
  if (args.length < 1) typeError(`index expected at least 1 argument, got 0`);
  if (args.length > 3) typeError(`index expected at most 3 arguments, got ${args.length}`);
  const v = args[0];
  let start = args.length > 1 ? Number(index(args[1])) : 0;
  let stop = args.length > 2 ? Number(index(args[2])) : items.length;
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop = Math.max(0, stop + items.length);
  for (let i = start; i < Math.min(stop, items.length); i++) if (items[i] === v || eq(items[i], v)) return i;
  valueError(what === 'list' ? `${repr(v)} is not in list` : 'tuple.index(x): x not in tuple');
}

function seqCount(items: PyValue[], v: PyValue): number {
  let n = 0;
  for (const x of items) if (x === v || eq(x, v)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Iterators: list_iterator and tuple_iterator are the VM's PyListIter (FOR_ITER's fast path);
// list_reverseiterator reads the list's current items at each step, as listreviter_next does.

class ListRevState {
  /** null once exhausted (CPython drops the list). */
  declare seq: PyList | null;
  declare index: number;
  constructor(l: PyList) {
    this.seq = l;
    this.index = l.items.length - 1;
  }
}
function listRevNext(this: StateIter<ListRevState>): PyValue | undefined {
  const st = this.st;
  const l = st.seq;
  if (l !== null) {
    const i = st.index;
    if (i >= 0 && i < l.items.length) {
      st.index = i - 1;
      return l.items[i];
    }
  }
  st.index = -1;
  st.seq = null;
  return undefined;
}

function initListIterators(): void {
  for (const t of [listIterType, tupleIterType]) {
    const empty = (): PyValue => (t === listIterType ? new PyList([]) : emptyTuple);
    defineMethods(t, {
      __iter__: (self) => self,
      __next__: (self) => {
        const v = iterNext(self);
        if (v === undefined) raise(exceptionTypes.get('StopIteration')!);
        return v;
      },
      __length_hint__: (self) => Math.max((self as PyListIter).list.length - (self as PyListIter).i, 0),
      __reduce__: (self) => {
        const it = self as PyListIter;
        return iterReduce(() => (it.i === EXHAUSTED ? null : [it.seq, it.i]), empty);
      },
      __setstate__: (self, args) => {
        const it = self as PyListIter;
        const i = longAsSsize(args[0]);
        // Clamped to the sequence; an exhausted iterator (its sequence dropped) stays so.
        if (it.i !== EXHAUSTED) it.i = i < 0 ? 0 : Math.min(i, it.list.length);
        return None;
      },
    });
  }
  defineIterProtocol(listRevIterType);
  defineMethods(listRevIterType, {
    __length_hint__: (self) => {
      const st = stateOf<ListRevState>(self);
      const n = st.index + 1;
      return st.seq === null || st.seq.items.length < n ? 0 : n;
    },
    __reduce__: (self) => {
      // listiter_reduce_general: `reversed` is looked up first (that may exhaust the iterator), then `iter`.
      const st = stateOf<ListRevState>(self);
      const rev = builtin('reversed');
      if (st.seq !== null) return new PyTuple([rev, new PyTuple([st.seq]), st.index]);
      return iterReduce(() => null, () => new PyList([]));
    },
    __setstate__: (self, args) => {
      const st = stateOf<ListRevState>(self);
      const i = longAsSsize(args[0]);
      if (st.seq !== null) st.index = i < -1 ? -1 : Math.min(i, st.seq.items.length - 1);
      return None;
    },
  });
}

/**
 * list_extend: the iterable's items appended. A list or tuple is sized exactly; any other iterable is asked for
 * its length hint first, by which CPython sizes the list (a Python class's hint may fail or run code).
 */
export function listExtend(l: PyList, x: PyValue): void {
  const before = l.items.length;
  if ((x instanceof PyList && x.cls === listType) || (x instanceof PyTuple && x.cls === tupleType) || x === l) {
    const add = (x as PyList).items;
    for (let i = 0, n = add.length; i < n; i++) l.items.push(add[i]);
    noteExtend(l, before, -1);
    return;
  }
  const hint = extendHint(x);
  const add = toArray(x);
  for (const v of add) l.items.push(v);
  noteExtend(l, before, hint);
}

/** PyObject_LengthHint(x, 8), without raising and catching a TypeError for the builtin iterators that have none. */
function extendHint(x: PyValue): number {
  if (typeof x === 'object' && (x.cls.flags & TF_HEAPTYPE) === 0) {
    const t = x.cls;
    if (t.lookup('__len__') === undefined && t.lookup('__length_hint__') === undefined) return 8;
  }
  return Number(lengthHint(x, 8));
}

export function initList(): void {
  initListIterators();
  listType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const l = new PyList([], args[0] as PyType);
    if ((args[0] as PyType).flags & TF_HEAPTYPE) l.dict = (args[0] as PyType).newInstanceDict();
    return l;
  }));
  listType.tdict.set('__hash__', None);
  defineMethods(listType, {
    // list___sizeof__: the object and its allocated item pointers
    __sizeof__: (self) => typeLayout(L(self).cls).basic + 8 * listAllocated(L(self)),
    __init__: (self, args, kw) => {
      // list___init__: keywords are refused unless a subclass's own __new__ may take them.
      const nkw = kw === null ? 0 : kw.length;
      const cls = L(self).cls;
      if (nkw > 0 && (cls === listType || cls.lookup('__new__') === listType.tdict.get('__new__'))) typeError('list() takes no keyword arguments');
      if (args.length - nkw > 1) typeError(`list expected at most 1 argument, got ${args.length - nkw}`);
      // In place, as list___init__ clears then extends: iterators over the list keep seeing it.
      const items = L(self).items;
      items.length = 0;
      listCleared(L(self));
      if (args.length - nkw > 0) listExtend(L(self), args[0]);
      return None;
    },
    __len__: (self) => L(self).items.length,
    __getitem__: (self, args) => listGetItem(L(self).items, args[0], 'list'),
    __setitem__: (self, args) => (listSetItem(L(self), args[0], args[1]), None),
    __delitem__: (self, args) => (listDelItem(L(self), args[0]), None),
    __contains__: (self, args) => {
      const v = args[0];
      for (const x of L(self).items) if (x === v || eq(x, v)) return true;
      return false;
    },
    __iter__: (self) => new PyListIter(L(self).items, listIterType, self),
    __reversed__: (self) => stateIter(listRevNext, listRevIterType, new ListRevState(L(self))),
    __add__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyList)) return NotImplemented;
      return new PyList(L(self).items.concat(o.items));
    },
    __iadd__: (self, args) => {
      listExtend(L(self), args[0]);
      return self;
    },
    __mul__: (self, args) => listRepeat(self, args[0]),
    __rmul__: (self, args) => listRepeat(self, args[0]),
    __imul__: (self, args) => {
      const l = L(self);
      const r = seqMul(l.items, args[0]) ?? notACount(args[0]);
      // list_inplace_repeat: one resize, or a clear for a count below 1.
      if (r.length === 0 && l.items.length > 0) listCleared(l);
      else if (r.length !== l.items.length) listResize(l, r.length);
      l.items.length = 0;
      for (const x of r) l.items.push(x);
      return l;
    },
    __eq__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 2) : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 3) : NotImplemented),
    __lt__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 0) : NotImplemented),
    __le__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 1) : NotImplemented),
    __gt__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 4) : NotImplemented),
    __ge__: (self, args) => (args[0] instanceof PyList ? listCompare(L(self), args[0], 5) : NotImplemented),
    __repr__: (self) => seqRepr(L(self).items, '[', ']', self),
    append: (self, args) => {
      if (args.length !== 1) typeError(`list.append() takes exactly one argument (${args.length} given)`);
      L(self).items.push(args[0]);
      return None;
    },
    extend: (self, args) => {
      listExtend(L(self), args[0]);
      return None;
    },
    insert: (self, args) => {
      const l = L(self);
      if (args.length !== 2) typeError(`insert expected 2 arguments, got ${args.length}`);
      let i = Number(index(args[0]));
      const n = l.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      l.items.splice(i, 0, args[1]);
      return None;
    },
    pop: (self, args) => {
      const l = L(self);
      if (l.items.length === 0) indexError('pop from empty list');
      if (args.length === 0) {
        listResize(l, l.items.length - 1);
        return l.items.pop()!;
      }
      const i = Number(index(args[0]));
      const j = i < 0 ? i + l.items.length : i;
      if (j < 0 || j >= l.items.length) indexError('pop index out of range');
      listResize(l, l.items.length - 1);
      return l.items.splice(j, 1)[0];
    },
    remove: (self, args) => {
      const l = L(self);
      const v = args[0];
      for (let i = 0; i < l.items.length; i++) {
        if (l.items[i] === v || eq(l.items[i], v)) {
          listShrink(l, l.items.length - 1);
          l.items.splice(i, 1);
          return None;
        }
      }
      valueError('list.remove(x): x not in list');
    },
    index: (self, args) => seqIndex(L(self).items, args, 'list'),
    count: (self, args) => seqCount(L(self).items, args[0]),
    reverse: (self) => (L(self).items.reverse(), None),
    clear: (self) => {
      L(self).items.length = 0;
      listCleared(L(self));
      return None;
    },
    copy: (self) => new PyList(L(self).items.slice()),
    sort: (self, args, kw) => {
      if (args.length > (kw === null ? 0 : kw.length)) typeError('sort() takes no positional arguments');
      let k: PyValue = None;
      let r = false;
      if (kw !== null) {
        for (let i = 0; i < kw.length; i++) {
          if (kw[i] === 'key') k = args[i];
          else if (kw[i] === 'reverse') r = truthy(args[i]);
          else typeError(`'${kw[i]}' is an invalid keyword argument for sort()`);
        }
      }
      const l = L(self);
      const items = l.items;
      // The list is empty while it sorts (as CPython's): the Python code of keys and comparisons sees it so,
      // and any change it makes is an error. A change undone (an append then a pop) must be seen too, so
      // the empty array stands behind a proxy that notes writes, unless no Python code can run.
      const watched = k !== None || !plainItems(items);
      const empty: PyValue[] & { written?: boolean } = [];
      const during = watched ? new Proxy(empty, SORT_WATCH) : empty;
      l.items = during;
      try {
        sortItems(items, k, r);
      } finally {
        const modified = l.items !== during || empty.length > 0 || empty.written === true;
        l.items = items;
        if (modified) valueError('list modified during sort');
      }
      return None;
    },
  });

  tupleType.call1 = (a) => (a instanceof PyTuple && a.cls === tupleType ? a : undefined);
  tupleType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    // tuple_new: keywords are refused unless a subclass's own __init__ may take them.
    const nkw = kw === null ? 0 : kw.length;
    if (nkw > 0 && (cls === tupleType || cls.lookup('__init__') === tupleType.lookup('__init__'))) typeError('tuple() takes no keyword arguments');
    const npos = args.length - 1 - nkw;
    if (npos > 1) typeError(`tuple expected at most 1 argument, got ${npos}`);
    const items = npos > 0 ? toArray(args[1]) : [];
    if (cls === tupleType) return items.length === 0 ? emptyTuple : new PyTuple(items);
    const t = new PyTuple(items, cls);
    if (cls.flags & TF_HEAPTYPE) t.dict = cls.newInstanceDict();
    return t;
  }));
  defineMethods(tupleType, {
    __len__: (self) => T(self).length,
    __getitem__: (self, args) => listGetItem(T(self), args[0], 'tuple'),
    __contains__: (self, args) => {
      const v = args[0];
      for (const x of T(self)) if (x === v || eq(x, v)) return true;
      return false;
    },
    __iter__: (self) => new PyListIter(T(self), tupleIterType, self),
    __add__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyTuple)) return NotImplemented;
      return new PyTuple(T(self).concat(o.items));
    },
    __mul__: (self, args) => tupleRepeat(self, args[0]),
    __rmul__: (self, args) => tupleRepeat(self, args[0]),
    __eq__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 2) : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 3) : NotImplemented),
    __lt__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 0) : NotImplemented),
    __le__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 1) : NotImplemented),
    __gt__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 4) : NotImplemented),
    __ge__: (self, args) => (args[0] instanceof PyTuple ? seqCompare(T(self), args[0].items, 5) : NotImplemented),
    __hash__: (self) => hashTuple(T(self)),
    __repr__: (self) => seqRepr(T(self), '(', ')', self),
    __getnewargs__: (self) => new PyTuple([new PyTuple(T(self))]),
    index: (self, args) => seqIndex(T(self), args, 'tuple'),
    count: (self, args) => seqCount(T(self), args[0]),
  });
  void contains;
}
