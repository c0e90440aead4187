// The itertools module (Modules/itertoolsmodule.c), natively. Every iterator is a PyNativeIter
// whose `next` is a plain function called with the iterator as `this`, so the VM's FOR_ITER and
// iterNext() reach it without a method lookup; `__next__` calls the same function. A Python
// subclass that overrides __next__ gets a `next` that calls the override, so loops see it too.
import {
  PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, PyList, PyMethodDescr, PyObject, None, typeType,
  objectType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineClassMethods, newTuple, emptyTuple, typeOf, boolType,
} from '../objects/object.js';
import { asInt } from '../objects/int.js';
import { builtin, longAsSsize } from '../objects/iterobject.js';
import { PyException, newException, typeError, valueError, raise, StopIteration, OverflowError, RuntimeError } from '../objects/exceptions.js';
import { call, callBound, getIter, iterNext, toArray, truthy, eq, binaryOp, index, repr } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { classGetItem } from '../objects/genericalias.js';
import { clinicArgs, unpackArgs, ssizeArg, cIntArg } from './args.js';

/** PyNumber_AsSsize_t with every error cleared to -1 (how islice reads its arguments). */
function ssizeOrMinus1(v: PyValue): number {
  try {
    return ssizeArg(v);
  } catch (e) {
    if (e instanceof PyException) return -1;
    throw e;
  }
}

function stopIteration(): never {
  throw new PyException(newException(StopIteration, []));
}

// ---------------------------------------------------------------------------
// Types

type NextFn = (this: ItIter) => PyValue | undefined;

const itTypes = new Set<PyType>();
function mkType(name: string, flags = TF_BASETYPE): PyType {
  const t = new PyType(typeType, name, [objectType], flags);
  itTypes.add(t);
  t.mro = [t, objectType];
  t.tdict.set('__module__', 'itertools');
  return t;
}

/** Base of every itertools iterator: the heap-subclass layout and the __next__ override rule. */
class ItIter extends PyNativeIter {
  declare slots: (PyValue | null)[] | null;
  constructor(next: NextFn, cls: PyType) {
    super(next as () => PyValue | undefined, cls);
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) {
      initHeapLayout(this, cls);
      const f = cls.lookup('__next__');
      if (f !== undefined && !(f instanceof PyMethodDescr && itTypes.has(f.owner))) {
        (this as { next: () => PyValue | undefined }).next = () => {
          try {
            return callBound(f, this, []);
          } catch (e) {
            if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return undefined;
            throw e;
          }
        };
      }
    }
  }
}

/** __iter__/__next__ of an itertools type, and its __new__. */
/**
 * A type's __new__ and iteration. `positional`: its arguments are positional only, yet a subclass with an
 * __init__ of its own may be called with keywords, which __new__ then ignores (the clinic's
 * `type->tp_init == base->tp_init` test before _PyArg_NoKeywords).
 */
function defIter(t: PyType, next: NextFn, make: (cls: PyType, args: PyValue[], kw: string[] | null) => ItIter, positional = false): void {
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (positional && kw !== null && kw.length > 0 && cls !== t && cls.lookup('__init__') !== objectType.tdict.get('__init__')) {
      return make(cls, args.slice(1, args.length - kw.length), null);
    }
    return make(cls, args.slice(1), kw);
  }));
  defineMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = next.call(self as ItIter);
      if (v === undefined) stopIteration();
      return v;
    },
  });
}

// count ---------------------------------------------------------------------

const countType = mkType('count');
class CountIter extends ItIter {
  declare cnt: PyValue;
  declare step: PyValue;
  /** CPython's fast mode: an int start within a Py_ssize_t and a step of int 1 (reduce and repr show it). */
  declare fast: boolean;
  constructor(cls: PyType, cnt: PyValue, step: PyValue, fast: boolean) {
    super(countNext, cls);
    this.cnt = cnt;
    this.step = step;
    this.fast = fast;
  }
}
const SSIZE_MAX = 9223372036854775807n;
/** Still counting in fast mode: the count has not passed PY_SSIZE_T_MAX. */
function countFast(c: CountIter): boolean {
  return c.fast && (typeof c.cnt === 'number' || (typeof c.cnt === 'bigint' && c.cnt < SSIZE_MAX));
}
function countNext(this: ItIter): PyValue {
  const c = this as CountIter;
  const v = c.cnt;
  const s = c.step;
  if (typeof v === 'number' && typeof s === 'number') {
    const n = v + s;
    c.cnt = Number.isSafeInteger(n) ? n : binaryOp(v, s, 0);
  } else c.cnt = binaryOp(v, s, 0);
  return v;
}
function isNumber(v: PyValue): boolean {
  const t = typeOf(v);
  return typeof v !== 'object' ? typeof v !== 'string' : t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined ||
    t.lookup('__float__') !== undefined || t.name === 'complex' || t.lookup('__complex__') !== undefined;
}
const isIntOne = (v: PyValue): boolean => v === 1 || v === true;

// cycle ---------------------------------------------------------------------

const cycleType = mkType('cycle');
class CycleIter extends ItIter {
  declare it: PyValue | null;
  /** A list: __reduce__ hands it out and __setstate__ takes one in, shared as in CPython. */
  declare saved: PyList;
  declare i: number;
  /** Set by __setstate__: the items still to come from `it` are already in `saved`. */
  declare firstpass: boolean;
  constructor(cls: PyType, it: PyValue) {
    super(cycleNext, cls);
    this.it = it;
    this.saved = new PyList([]);
    this.i = 0;
    this.firstpass = false;
  }
}
function cycleNext(this: ItIter): PyValue | undefined {
  const c = this as CycleIter;
  if (c.it !== null) {
    const v = iterNext(c.it);
    if (v !== undefined) {
      if (!c.firstpass) c.saved.items.push(v);
      return v;
    }
    c.it = null;
  }
  const s = c.saved.items;
  if (s.length === 0) return undefined;
  if (c.i >= s.length) c.i = 0;
  const v = s[c.i++];
  if (c.i >= s.length) c.i = 0;
  return v;
}

// repeat --------------------------------------------------------------------

const repeatType = mkType('repeat');
class RepeatIter extends ItIter {
  declare elem: PyValue;
  /** Items left; -1 = forever. */
  declare cnt: number;
  constructor(cls: PyType, elem: PyValue, cnt: number) {
    super(repeatNext, cls);
    this.elem = elem;
    this.cnt = cnt;
  }
}
function repeatNext(this: ItIter): PyValue | undefined {
  const r = this as RepeatIter;
  if (r.cnt === 0) return undefined;
  if (r.cnt > 0) r.cnt--;
  return r.elem;
}

// accumulate ----------------------------------------------------------------

const accumulateType = mkType('accumulate');
class AccumulateIter extends ItIter {
  declare it: PyValue;
  declare func: PyValue;
  declare total: PyValue | undefined;
  declare initial: PyValue | undefined;
  constructor(cls: PyType, it: PyValue, func: PyValue, initial: PyValue | undefined) {
    super(accumulateNext, cls);
    this.it = it;
    this.func = func;
    this.total = undefined;
    this.initial = initial;
  }
}
function accumulateNext(this: ItIter): PyValue | undefined {
  const a = this as AccumulateIter;
  if (a.initial !== undefined) {
    a.total = a.initial;
    a.initial = undefined;
    return a.total;
  }
  const v = iterNext(a.it);
  if (v === undefined) return undefined;
  const t = a.total;
  if (t === undefined) a.total = v;
  else if (a.func === None) {
    if (typeof t === 'number' && typeof v === 'number' && Number.isSafeInteger(t + v)) a.total = t + v;
    else a.total = binaryOp(t, v, 0);
  } else a.total = call(a.func, [t, v]);
  return a.total;
}

// chain ---------------------------------------------------------------------

const chainType = mkType('chain');
class ChainIter extends ItIter {
  declare source: PyValue | null;
  declare active: PyValue | null;
  constructor(cls: PyType, source: PyValue) {
    super(chainNext, cls);
    this.source = source;
    this.active = null;
  }
}
function chainNext(this: ItIter): PyValue | undefined {
  const c = this as ChainIter;
  while (c.source !== null) {
    if (c.active === null) {
      const iterable = iterNext(c.source);
      if (iterable === undefined) {
        c.source = null;
        return undefined;
      }
      try {
        c.active = getIter(iterable);
      } catch (e) {
        c.source = null;
        throw e;
      }
    }
    const v = iterNext(c.active);
    if (v !== undefined) return v;
    c.active = null;
  }
  return undefined;
}

// compress, dropwhile, takewhile, filterfalse, starmap ----------------------

const compressType = mkType('compress');
const dropwhileType = mkType('dropwhile');
const takewhileType = mkType('takewhile');
const filterfalseType = mkType('filterfalse');
const starmapType = mkType('starmap');
/** The layout of the two-operand filters: a function (or the selectors) and an iterator. */
class PairIter extends ItIter {
  declare a: PyValue;
  declare it: PyValue;
  declare flag: boolean;
  constructor(next: NextFn, cls: PyType, a: PyValue, it: PyValue) {
    super(next, cls);
    this.a = a;
    this.it = it;
    this.flag = false;
  }
}
function compressNext(this: ItIter): PyValue | undefined {
  const c = this as PairIter;
  for (;;) {
    const d = iterNext(c.it);
    if (d === undefined) return undefined;
    const s = iterNext(c.a);
    if (s === undefined) return undefined;
    if (truthy(s)) return d;
  }
}
function dropwhileNext(this: ItIter): PyValue | undefined {
  const c = this as PairIter;
  for (;;) {
    const v = iterNext(c.it);
    if (v === undefined) return undefined;
    if (c.flag) return v;
    if (!truthy(call(c.a, [v]))) {
      c.flag = true;
      return v;
    }
  }
}
function takewhileNext(this: ItIter): PyValue | undefined {
  const c = this as PairIter;
  if (c.flag) return undefined;
  const v = iterNext(c.it);
  if (v === undefined) return undefined;
  if (truthy(call(c.a, [v]))) return v;
  c.flag = true;
  return undefined;
}
function filterfalseNext(this: ItIter): PyValue | undefined {
  const c = this as PairIter;
  const f = c.a;
  for (;;) {
    const v = iterNext(c.it);
    if (v === undefined) return undefined;
    if (!truthy(f === None || f === boolType ? v : call(f, [v]))) return v;
  }
}
function starmapNext(this: ItIter): PyValue | undefined {
  const c = this as PairIter;
  const args = iterNext(c.it);
  if (args === undefined) return undefined;
  const a = args instanceof PyTuple ? args.items.slice() : toArray(args);
  return call(c.a, a);
}

// groupby -------------------------------------------------------------------

const groupbyType = mkType('groupby');
const grouperType = mkType('_grouper', 0);
class GroupbyIter extends ItIter {
  declare it: PyValue;
  declare keyfunc: PyValue;
  declare tgtkey: PyValue | undefined;
  declare currkey: PyValue | undefined;
  declare currvalue: PyValue | undefined;
  declare currgrouper: GrouperIter | null;
  constructor(cls: PyType, it: PyValue, keyfunc: PyValue) {
    super(groupbyNext, cls);
    this.it = it;
    this.keyfunc = keyfunc;
    this.tgtkey = this.currkey = this.currvalue = undefined;
    this.currgrouper = null;
  }
}
class GrouperIter extends ItIter {
  declare parent: GroupbyIter;
  declare tgtkey: PyValue;
  constructor(parent: GroupbyIter, tgtkey: PyValue) {
    super(grouperNext, grouperType);
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
}
/** Advance the shared iterator: false when it is exhausted. */
function groupbyStep(g: GroupbyIter): boolean {
  const v = iterNext(g.it);
  if (v === undefined) return false;
  const k = g.keyfunc === None ? v : call(g.keyfunc, [v]);
  g.currvalue = v;
  g.currkey = k;
  return true;
}
function groupbyNext(this: ItIter): PyValue | undefined {
  const g = this as GroupbyIter;
  g.currgrouper = null; // the previous group's iterator is now exhausted
  for (;;) {
    if (g.currkey === undefined) { /* first call, or the group was consumed */ }
    else if (g.tgtkey === undefined) break;
    else if (!eq(g.tgtkey, g.currkey)) break;
    if (!groupbyStep(g)) return undefined;
  }
  g.tgtkey = g.currkey;
  const gr = new GrouperIter(g, g.tgtkey!);
  g.currgrouper = gr;
  return new PyTuple([g.currkey!, gr]);
}
function grouperNext(this: ItIter): PyValue | undefined {
  const gr = this as GrouperIter;
  const g = gr.parent;
  if (g.currgrouper !== gr) return undefined;
  if (g.currvalue === undefined && !groupbyStep(g)) return undefined;
  if (!eq(gr.tgtkey, g.currkey!)) return undefined;
  const r = g.currvalue;
  g.currvalue = undefined;
  g.currkey = undefined;
  return r;
}

// islice --------------------------------------------------------------------

const isliceType = mkType('islice');
class IsliceIter extends ItIter {
  declare it: PyValue | null;
  declare nextIdx: number;
  declare stop: number;
  declare step: number;
  declare cnt: number;
  constructor(cls: PyType, it: PyValue, start: number, stop: number, step: number) {
    super(isliceNext, cls);
    this.it = it;
    this.nextIdx = start;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
}
function isliceNext(this: ItIter): PyValue | undefined {
  const s = this as IsliceIter;
  const it = s.it;
  if (it === null) return undefined;
  const stop = s.stop;
  while (s.cnt < s.nextIdx) {
    if (iterNext(it) === undefined) {
      s.it = null;
      return undefined;
    }
    s.cnt++;
  }
  if (stop !== -1 && s.cnt >= stop) {
    s.it = null;
    return undefined;
  }
  const v = iterNext(it);
  if (v === undefined) {
    s.it = null;
    return undefined;
  }
  s.cnt++;
  s.nextIdx += s.step;
  if (stop !== -1 && s.nextIdx > stop) s.nextIdx = stop;
  return v;
}

// pairwise ------------------------------------------------------------------

const pairwiseType = mkType('pairwise');
class PairwiseIter extends ItIter {
  declare it: PyValue | null;
  declare old: PyValue | undefined;
  constructor(cls: PyType, it: PyValue) {
    super(pairwiseNext, cls);
    this.it = it;
    this.old = undefined;
  }
}
// The underlying iterator may call this one again (pairwise_next since gh-109786): what each step read is kept
// in locals, and the state re-read after each call out.
function pairwiseNext(this: ItIter): PyValue | undefined {
  const p = this as PairwiseIter;
  let it = p.it;
  if (it === null) return undefined;
  let old = p.old;
  if (old === undefined) {
    old = p.old = iterNext(it);
    if (old === undefined) {
      p.it = null;
      return undefined;
    }
    it = p.it;
    if (it === null) {
      p.old = undefined;
      return undefined;
    }
  }
  const v = iterNext(it);
  if (v === undefined) {
    p.it = null;
    p.old = undefined;
    return undefined;
  }
  p.old = v;
  return new PyTuple([old, v]);
}

// tee -----------------------------------------------------------------------

const teeType = mkType('_tee', 0);
const teeDataType = mkType('_tee_dataobject', 0);
const LINKCELLS = 57;
/** A block of values read from the shared iterator; blocks are linked so tees can lag apart. */
class TeeData extends PyObject {
  declare it: PyValue;
  declare values: PyValue[];
  declare nextLink: TeeData | null;
  declare running: boolean;
  constructor(it: PyValue) {
    super(teeDataType);
    this.it = it;
    this.values = [];
    this.nextLink = null;
    this.running = false;
  }
}
class TeeIter extends ItIter {
  declare data: TeeData;
  declare i: number;
  constructor(data: TeeData, i: number) {
    super(teeNext, teeType);
    this.data = data;
    this.i = i;
  }
}
function teeNext(this: ItIter): PyValue | undefined {
  const t = this as TeeIter;
  if (t.i >= LINKCELLS) {
    const d = t.data;
    if (d.nextLink === null) d.nextLink = new TeeData(d.it);
    t.data = d.nextLink;
    t.i = 0;
  }
  const d = t.data;
  if (t.i < d.values.length) return d.values[t.i++];
  if (d.running) raise(RuntimeError, 'cannot re-enter the tee iterator');
  d.running = true;
  let v: PyValue | undefined;
  try {
    v = iterNext(d.it);
  } finally {
    d.running = false;
  }
  if (v === undefined) return undefined;
  d.values.push(v);
  t.i++;
  return v;
}
function teeFromIterable(iterable: PyValue): TeeIter {
  const it = getIter(iterable);
  if (it instanceof TeeIter) return new TeeIter(it.data, it.i);
  return new TeeIter(new TeeData(it), 0);
}

// zip_longest ---------------------------------------------------------------

const zipLongestType = mkType('zip_longest');
class ZipLongestIter extends ItIter {
  declare its: (PyValue | null)[];
  declare active: number;
  declare fill: PyValue;
  constructor(cls: PyType, its: PyValue[], fill: PyValue) {
    super(zipLongestNext, cls);
    this.its = its;
    this.active = its.length;
    this.fill = fill;
  }
}
function zipLongestNext(this: ItIter): PyValue | undefined {
  const z = this as ZipLongestIter;
  const its = z.its;
  const n = its.length;
  if (n === 0 || z.active === 0) return undefined;
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const it = its[i];
    if (it === null) {
      out[i] = z.fill;
      continue;
    }
    let v: PyValue | undefined;
    try {
      v = iterNext(it);
    } catch (e) {
      z.active = 0;
      throw e;
    }
    if (v === undefined) {
      z.active--;
      if (z.active === 0) return undefined;
      its[i] = null;
      v = z.fill;
    }
    out[i] = v;
  }
  return new PyTuple(out);
}

// product, permutations, combinations, combinations_with_replacement -------

const productType = mkType('product');
const permutationsType = mkType('permutations');
const combinationsType = mkType('combinations');
const cwrType = mkType('combinations_with_replacement');
/** The combinatoric iterators: pools, index vector, and (permutations) the cycle counters. */
class CombIter extends ItIter {
  declare pools: PyValue[][];
  declare idx: number[];
  declare cycles: number[];
  declare r: number;
  /** No result yet (CPython's result == NULL): __reduce__ then gives the arguments alone. */
  declare first: boolean;
  declare stopped: boolean;
  constructor(next: NextFn, cls: PyType, pools: PyValue[][], r: number) {
    super(next, cls);
    this.pools = pools;
    this.idx = [];
    this.cycles = [];
    this.r = r;
    this.first = true;
    this.stopped = false;
    // The index vectors and the up-front stop, as each type's __new__ sets them.
    const n = pools.length === 0 ? 0 : pools[0].length;
    if (next === productNext) for (let i = 0; i < pools.length; i++) this.idx.push(0);
    else if (next === permutationsNext) {
      for (let i = 0; i < n; i++) this.idx.push(i);
      for (let i = 0; i < r; i++) this.cycles.push(n - i);
      this.stopped = r > n;
    } else if (next === combinationsNext) {
      for (let i = 0; i < r; i++) this.idx.push(i);
      this.stopped = r > n;
    } else {
      for (let i = 0; i < r; i++) this.idx.push(0);
      this.stopped = n === 0 && r > 0;
    }
  }
}
function productNext(this: ItIter): PyValue | undefined {
  const p = this as CombIter;
  if (p.stopped) return undefined;
  const pools = p.pools;
  const n = pools.length;
  const idx = p.idx;
  if (p.first) {
    p.first = false;
    for (let i = 0; i < n; i++) {
      if (pools[i].length === 0) {
        p.stopped = true;
        return undefined;
      }
    }
  } else {
    let i = n - 1;
    for (; i >= 0; i--) {
      if (++idx[i] < pools[i].length) break;
      idx[i] = 0;
    }
    if (i < 0) {
      p.stopped = true;
      return undefined;
    }
  }
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = pools[i][idx[i]];
  return newTuple(out);
}
function pick(pool: PyValue[], idx: number[], r: number): PyTuple {
  const out = new Array<PyValue>(r);
  for (let i = 0; i < r; i++) out[i] = pool[idx[i]];
  return newTuple(out);
}
function permutationsNext(this: ItIter): PyValue | undefined {
  const p = this as CombIter;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const idx = p.idx;
  const cyc = p.cycles;
  if (p.first) {
    p.first = false;
    return pick(pool, idx, r);
  }
  if (n === 0) {
    p.stopped = true;
    return undefined;
  }
  for (let i = r - 1; i >= 0; i--) {
    cyc[i]--;
    if (cyc[i] === 0) {
      const x = idx[i];
      for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
      idx[n - 1] = x;
      cyc[i] = n - i;
    } else {
      const j = n - cyc[i];
      const x = idx[i];
      idx[i] = idx[j];
      idx[j] = x;
      return pick(pool, idx, r);
    }
  }
  p.stopped = true;
  return undefined;
}
function combinationsNext(this: ItIter): PyValue | undefined {
  const p = this as CombIter;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const idx = p.idx;
  if (p.first) {
    p.first = false;
    return pick(pool, idx, r);
  }
  let i = r - 1;
  while (i >= 0 && idx[i] === i + n - r) i--;
  if (i < 0) {
    p.stopped = true;
    return undefined;
  }
  idx[i]++;
  for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  return pick(pool, idx, r);
}
function cwrNext(this: ItIter): PyValue | undefined {
  const p = this as CombIter;
  if (p.stopped) return undefined;
  const pool = p.pools[0];
  const n = pool.length;
  const r = p.r;
  const idx = p.idx;
  if (p.first) {
    p.first = false;
    return pick(pool, idx, r);
  }
  let i = r - 1;
  while (i >= 0 && idx[i] === n - 1) i--;
  if (i < 0) {
    p.stopped = true;
    return undefined;
  }
  const v = idx[i] + 1;
  for (let j = i; j < r; j++) idx[j] = v;
  return pick(pool, idx, r);
}

function rArg(v: PyValue): number {
  const r = ssizeArg(v);
  if (r < 0) valueError('r must be non-negative');
  return r;
}

// ---------------------------------------------------------------------------

let initialised = false;
function initTypes(): void {
  if (initialised) return;
  initialised = true;
  defIter(countType, countNext, (cls, args, kw) => {
    const [start, step] = clinicArgs('count', ['start', 'step'], args, kw, 0);
    let cnt: PyValue = start === undefined ? 0 : start;
    const st: PyValue = step === undefined ? 1 : step;
    if (!isNumber(cnt) || !isNumber(st)) typeError('a number is required');
    // CPython's fast mode keeps a machine int (count(True) counts from 1, an int subclass gives ints).
    const ci = asInt(cnt);
    const si = asInt(st);
    const fast = ci !== undefined && si !== undefined && (si === 1 || si === true) &&
      (typeof ci !== 'bigint' || (ci >= -SSIZE_MAX - 1n && ci <= SSIZE_MAX));
    if (fast) cnt = typeof ci === 'boolean' ? (ci ? 1 : 0) : ci;
    return new CountIter(cls, cnt, st, fast);
  });
  defineMethods(countType, {
    __repr__: (self) => {
      const c = self as CountIter;
      const name = c.cls.name;
      const si = asInt(c.step);
      if (countFast(c) || si === 1 || si === true) return `${name}(${repr(c.cnt)})`;
      return `${name}(${repr(c.cnt)}, ${repr(c.step)})`;
    },
    __reduce__: (self) => {
      // count_reduce: (cnt,) in fast mode, else (cnt, step) whatever the step.
      const c = self as CountIter;
      return new PyTuple([c.cls, countFast(c) ? new PyTuple([c.cnt]) : new PyTuple([c.cnt, c.step])]);
    },
  });

  defIter(cycleType, cycleNext, (cls, args, kw) => {
    unpackArgs('cycle', args, kw, 1, 1);
    return new CycleIter(cls, getIter(args[0]));
  }, true);

  defIter(repeatType, repeatNext, (cls, args, kw) => {
    const [elem, times] = clinicArgs('repeat', ['object', 'times'], args, kw, 1);
    let n = -1;
    if (times !== undefined) n = Math.max(ssizeArg(times), 0);
    return new RepeatIter(cls, elem!, n);
  });
  defineMethods(repeatType, {
    __repr__: (self) => {
      const r = self as RepeatIter;
      return r.cnt < 0 ? `${r.cls.name}(${repr(r.elem)})` : `${r.cls.name}(${repr(r.elem)}, ${r.cnt})`;
    },
    __length_hint__: (self) => {
      const r = self as RepeatIter;
      if (r.cnt < 0) typeError('len() of unsized object');
      return r.cnt;
    },
    __reduce__: (self) => {
      const r = self as RepeatIter;
      return new PyTuple([r.cls, r.cnt < 0 ? new PyTuple([r.elem]) : new PyTuple([r.elem, r.cnt])]);
    },
  });

  defIter(accumulateType, accumulateNext, (cls, args, kw) => {
    const [iterable, func, initial] = clinicArgs('accumulate', ['iterable', 'func', 'initial'], args, kw, 1, 2);
    const it = getIter(iterable!);
    return new AccumulateIter(cls, it, func === undefined ? None : func, initial === undefined || initial === None ? undefined : initial);
  });

  defIter(chainType, chainNext, (cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError('chain() takes no keyword arguments');
    return new ChainIter(cls, getIter(new PyTuple(args)));
  }, true);
  defineClassMethods(chainType, {
    from_iterable: (cls, args) => {
      if (args.length !== 1) typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
      return new ChainIter(cls as PyType, getIter(args[0]));
    },
    __class_getitem__: classGetItem,
  });

  defIter(compressType, compressNext, (cls, args, kw) => {
    const [data, sel] = clinicArgs('compress', ['data', 'selectors'], args, kw, 2);
    const d = getIter(data!);
    return new PairIter(compressNext, cls, getIter(sel!), d);
  });
  const simple = (t: PyType, name: string, next: NextFn): void => defIter(t, next, (cls, args, kw) => {
    unpackArgs(name, args, kw, 2, 2);
    return new PairIter(next, cls, args[0], getIter(args[1]));
  }, true);
  simple(dropwhileType, 'dropwhile', dropwhileNext);
  simple(takewhileType, 'takewhile', takewhileNext);
  simple(filterfalseType, 'filterfalse', filterfalseNext);
  simple(starmapType, 'starmap', starmapNext);

  defIter(groupbyType, groupbyNext, (cls, args, kw) => {
    const [iterable, key] = clinicArgs('groupby', ['iterable', 'key'], args, kw, 1);
    return new GroupbyIter(cls, getIter(iterable!), key === undefined ? None : key);
  });
  defIter(grouperType, grouperNext, (_cls, args, kw) => {
    unpackArgs('_grouper', args, kw, 2, 2);
    if (!(args[0] instanceof GroupbyIter)) typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeOf(args[0]).tpName}`);
    // _grouper_create: the new grouper is the parent's current one (how an unpickled grouper goes on).
    const gr = new GrouperIter(args[0], args[1]);
    args[0].currgrouper = gr;
    return gr;
  });

  defIter(isliceType, isliceNext, (cls, args, kw) => {
    unpackArgs('islice', args, kw, 2, 4);
    let start = 0;
    let stop = -1;
    let step = 1;
    const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    if (args.length === 2) {
      if (args[1] !== None) {
        stop = ssizeOrMinus1(args[1]);
        if (stop === -1) valueError(stopMsg);
      }
    } else {
      if (args[1] !== None) start = ssizeOrMinus1(args[1]);
      if (args[2] !== None) {
        stop = ssizeOrMinus1(args[2]);
        if (stop === -1) valueError(stopMsg);
      }
    }
    if (start < 0 || stop < -1) valueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (args.length === 4 && args[3] !== None) step = ssizeOrMinus1(args[3]);
    if (step < 1) valueError('Step for islice() must be a positive integer or None.');
    return new IsliceIter(cls, getIter(args[0]), start, stop, step);
  }, true);

  defIter(pairwiseType, pairwiseNext, (cls, args, kw) => {
    unpackArgs('pairwise', args, kw, 1, 1);
    return new PairwiseIter(cls, getIter(args[0]));
  }, true);

  defIter(teeType, teeNext, (_cls, args, kw) => {
    unpackArgs('_tee', args, kw, 1, 1);
    return teeFromIterable(args[0]);
  });
  defineMethods(teeType, {
    __copy__: (self) => new TeeIter((self as TeeIter).data, (self as TeeIter).i),
  });
  teeDataType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    // itertools_teedataobject_impl: (iterable, values: list, next: a full block's successor or None).
    if (kw !== null && kw.length > 0) typeError('teedataobject() takes no keyword arguments');
    if (args.length !== 4) typeError(`teedataobject expected 3 arguments, got ${args.length - 1}`);
    const [, it, values, next] = args;
    if (!(values instanceof PyList)) typeError(`teedataobject() argument 2 must be list, not ${typeOf(values).tpName}`);
    const d = new TeeData(it);
    const n = values.items.length;
    if (n > LINKCELLS) valueError('Invalid arguments');
    d.values = values.items.slice();
    if (next !== None) {
      if (n !== LINKCELLS || !(next instanceof TeeData)) valueError('Invalid arguments');
      d.nextLink = next;
    }
    return d;
  }));
  initPickling();

  defIter(zipLongestType, zipLongestNext, (cls, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    let fill: PyValue = None;
    for (let k = 0; k < nkw; k++) {
      if (kw![k] !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
      fill = args[args.length - nkw + k];
    }
    const its = args.slice(0, args.length - nkw).map(getIter);
    return new ZipLongestIter(cls, its, fill);
  });

  defIter(productType, productNext, (cls, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    let repeat = 1;
    for (let k = 0; k < nkw; k++) {
      if (kw![k] !== 'repeat') typeError(`'${kw![k]}' is an invalid keyword argument for product()`);
      repeat = ssizeArg(args[args.length - nkw + k]);
    }
    if (repeat < 0) valueError('repeat argument cannot be negative');
    const base = args.slice(0, args.length - nkw).map((a) => toArray(a));
    if (base.length > 0 && repeat > 0x7fffffff / base.length) raise(OverflowError, 'repeat argument too large');
    const pools: PyValue[][] = [];
    for (let r = 0; r < repeat; r++) for (const p of base) pools.push(p);
    return new CombIter(productNext, cls, pools, pools.length);
  });

  defIter(permutationsType, permutationsNext, (cls, args, kw) => {
    const [iterable, rv] = clinicArgs('permutations', ['iterable', 'r'], args, kw, 1);
    const pool = toArray(iterable!);
    let r = pool.length;
    if (rv !== undefined && rv !== None) {
      if (typeof rv !== 'number' && typeof rv !== 'bigint' && typeof rv !== 'boolean' && !(typeOf(rv).lookup('__index__') !== undefined))
        typeError('Expected int as r');
      r = ssizeArg(rv);
      if (r < 0) valueError('r must be non-negative');
    }
    return new CombIter(permutationsNext, cls, [pool], r);
  });

  defIter(combinationsType, combinationsNext, (cls, args, kw) => {
    const [iterable, rv] = clinicArgs('combinations', ['iterable', 'r'], args, kw, 2);
    const pool = toArray(iterable!);
    return new CombIter(combinationsNext, cls, [pool], rArg(rv!));
  });

  defIter(cwrType, cwrNext, (cls, args, kw) => {
    const [iterable, rv] = clinicArgs('combinations_with_replacement', ['iterable', 'r'], args, kw, 2);
    const pool = toArray(iterable!);
    return new CombIter(cwrNext, cls, [pool], rArg(rv!));
  });
}

// ---------------------------------------------------------------------------
// Pickling: each type's __reduce__ and __setstate__, as itertoolsmodule.c (3.11) defines them.

/** The state given to a __setstate__ that wants a tuple. */
function stateItems(state: PyValue, min: number, max: number): PyValue[] {
  if (!(state instanceof PyTuple)) typeError('state is not a tuple');
  const n = state.items.length;
  // PyArg_ParseTuple's messages for a wrong count.
  if (n < min || n > max) {
    if (min === max) typeError(`function takes exactly ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
    if (n < min) typeError(`function takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
    typeError(`function takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  }
  return state.items;
}

/** "O!" with tuple: argument k must be a tuple. */
function tupleArg(v: PyValue, k: number): PyValue[] {
  if (!(v instanceof PyTuple)) typeError(`argument ${k} must be tuple, not ${typeOf(v).tpName}`);
  return v.items;
}

const ints = (a: number[]): PyTuple => new PyTuple(a.slice());

function initPickling(): void {
  defineMethods(cycleType, {
    __reduce__: (self) => {
      const c = self as CycleIter;
      if (c.it === null) {
        // The saved items, to go on from the current position.
        const it = getIter(c.saved);
        if (c.i !== 0) callBound(typeOf(it).lookup('__setstate__')!, it, [c.i]);
        return new PyTuple([c.cls, new PyTuple([it]), new PyTuple([c.saved, true])]);
      }
      return new PyTuple([c.cls, new PyTuple([c.it]), new PyTuple([c.saved, c.firstpass])]);
    },
    __setstate__: (self, args) => {
      const c = self as CycleIter;
      const [saved, firstpass] = stateItems(args[0], 2, 2);
      if (!(saved instanceof PyList)) typeError(`argument 1 must be list, not ${typeOf(saved).tpName}`);
      const fp = cIntArg(firstpass);
      c.saved = saved;
      c.firstpass = fp !== 0;
      c.i = 0;
      return None;
    },
  });

  defineMethods(accumulateType, {
    __reduce__: (self) => {
      const a = self as AccumulateIter;
      if (a.initial !== undefined) {
        const it = call(chainType, [new PyTuple([a.initial]), a.it]);
        return new PyTuple([a.cls, new PyTuple([it, a.func]), None]);
      }
      if (a.total === None) {
        // A total of None cannot be the state (None means no state): replay it and drop the first result.
        const it = call(chainType, [new PyTuple([None]), a.it]);
        const acc = call(a.cls, [it, a.func]);
        return new PyTuple([isliceType, new PyTuple([acc, 1, None])]);
      }
      return new PyTuple([a.cls, new PyTuple([a.it, a.func]), a.total === undefined ? None : a.total]);
    },
    __setstate__: (self, args) => {
      (self as AccumulateIter).total = args[0];
      return None;
    },
  });

  defineMethods(chainType, {
    __reduce__: (self) => {
      const c = self as ChainIter;
      if (c.source === null) return new PyTuple([c.cls, emptyTuple]);
      const st = c.active === null ? [c.source] : [c.source, c.active];
      return new PyTuple([c.cls, emptyTuple, new PyTuple(st)]);
    },
    __setstate__: (self, args) => {
      const c = self as ChainIter;
      const st = stateItems(args[0], 1, 2);
      const isIter = (v: PyValue): boolean => typeOf(v).lookup('__next__') !== undefined;
      if (!isIter(st[0]) || (st.length > 1 && !isIter(st[1]))) typeError('Arguments must be iterators.');
      c.source = st[0];
      c.active = st.length > 1 ? st[1] : null;
      return None;
    },
  });

  defineMethods(compressType, {
    __reduce__: (self) => new PyTuple([(self as PairIter).cls, new PyTuple([(self as PairIter).it, (self as PairIter).a])]),
  });
  for (const t of [filterfalseType, starmapType]) {
    defineMethods(t, {
      __reduce__: (self) => new PyTuple([(self as PairIter).cls, new PyTuple([(self as PairIter).a, (self as PairIter).it])]),
    });
  }
  for (const t of [dropwhileType, takewhileType]) {
    defineMethods(t, {
      __reduce__: (self) => {
        const p = self as PairIter;
        return new PyTuple([p.cls, new PyTuple([p.a, p.it]), p.flag ? 1 : 0]);
      },
      __setstate__: (self, args) => {
        (self as PairIter).flag = truthy(args[0]);
        return None;
      },
    });
  }

  defineMethods(isliceType, {
    __reduce__: (self) => {
      const s = self as IsliceIter;
      if (s.it === null) return new PyTuple([s.cls, new PyTuple([getIter(new PyList([])), 0]), 0]);
      return new PyTuple([s.cls, new PyTuple([s.it, s.nextIdx, s.stop === -1 ? None : s.stop, s.step]), s.cnt]);
    },
    __setstate__: (self, args) => {
      (self as IsliceIter).cnt = longAsSsize(args[0]);
      return None;
    },
  });

  defineMethods(zipLongestType, {
    __reduce__: (self) => {
      const z = self as ZipLongestIter;
      return new PyTuple([z.cls, new PyTuple(z.its.map((it) => (it === null ? emptyTuple : it))), z.fill]);
    },
    __setstate__: (self, args) => {
      (self as ZipLongestIter).fill = args[0];
      return None;
    },
  });

  defineMethods(productType, {
    __reduce__: (self) => {
      const p = self as CombIter;
      if (p.stopped) return new PyTuple([p.cls, new PyTuple([emptyTuple])]);
      const pools = new PyTuple(p.pools.map((pool) => new PyTuple(pool)));
      return p.first ? new PyTuple([p.cls, pools]) : new PyTuple([p.cls, pools, ints(p.idx)]);
    },
    __setstate__: (self, args) => {
      const p = self as CombIter;
      const st = args[0];
      const n = p.pools.length;
      if (!(st instanceof PyTuple) || st.items.length !== n) valueError('invalid arguments');
      for (let i = 0; i < n; i++) {
        const index = longAsSsize(st.items[i]);
        const size = p.pools[i].length;
        if (size === 0) {
          p.stopped = true;
          return None;
        }
        p.idx[i] = index < 0 ? 0 : Math.min(index, size - 1);
      }
      p.first = false;
      return None;
    },
  });

  for (const t of [combinationsType, cwrType]) {
    defineMethods(t, {
      __reduce__: (self) => {
        const p = self as CombIter;
        if (p.first) return new PyTuple([p.cls, new PyTuple([new PyTuple(p.pools[0]), p.r])]);
        if (p.stopped) return new PyTuple([p.cls, new PyTuple([emptyTuple, p.r])]);
        return new PyTuple([p.cls, new PyTuple([new PyTuple(p.pools[0]), p.r]), ints(p.idx)]);
      },
      __setstate__: (self, args) => {
        const p = self as CombIter;
        const st = args[0];
        const r = p.r;
        const n = p.pools[0].length;
        if (!(st instanceof PyTuple) || st.items.length !== r) valueError('invalid arguments');
        for (let i = 0; i < r; i++) {
          let index = longAsSsize(st.items[i]);
          if (t === combinationsType) {
            // Clamped to i + n - r (which may be negative), then to 0.
            const max = i + n - r;
            if (index > max) index = max;
            if (index < 0) index = 0;
          } else if (index < 0) index = 0;
          else if (index > n - 1) index = n - 1;
          p.idx[i] = index;
        }
        p.first = false;
        return None;
      },
    });
  }

  defineMethods(permutationsType, {
    __reduce__: (self) => {
      const p = self as CombIter;
      const args = new PyTuple([new PyTuple(p.pools[0]), p.r]);
      if (p.first) return new PyTuple([p.cls, args]);
      if (p.stopped) return new PyTuple([p.cls, new PyTuple([emptyTuple, p.r])]);
      return new PyTuple([p.cls, args, new PyTuple([ints(p.idx), ints(p.cycles)])]);
    },
    __setstate__: (self, args) => {
      const p = self as CombIter;
      const [a, b] = stateItems(args[0], 2, 2);
      const indices = tupleArg(a, 1);
      const cycles = tupleArg(b, 2);
      const n = p.pools[0].length;
      if (indices.length !== n || cycles.length !== p.r) valueError('invalid arguments');
      for (let i = 0; i < n; i++) {
        const index = longAsSsize(indices[i]);
        p.idx[i] = index < 0 ? 0 : Math.min(index, n - 1);
      }
      for (let i = 0; i < p.r; i++) {
        const c = longAsSsize(cycles[i]);
        p.cycles[i] = c < 1 ? 1 : Math.min(c, n - i);
      }
      p.first = false;
      return None;
    },
  });

  defineMethods(groupbyType, {
    __reduce__: (self) => {
      const g = self as GroupbyIter;
      const args = new PyTuple([g.it, g.keyfunc]);
      if (g.tgtkey !== undefined && g.currkey !== undefined && g.currvalue !== undefined) {
        return new PyTuple([g.cls, args, new PyTuple([g.currkey, g.currvalue, g.tgtkey])]);
      }
      return new PyTuple([g.cls, args]);
    },
    __setstate__: (self, args) => {
      const g = self as GroupbyIter;
      const [currkey, currvalue, tgtkey] = stateItems(args[0], 3, 3);
      g.currkey = currkey;
      g.currvalue = currvalue;
      g.tgtkey = tgtkey;
      return None;
    },
  });
  defineMethods(grouperType, {
    __reduce__: (self) => {
      const gr = self as GrouperIter;
      if (gr.parent.currgrouper !== gr) return new PyTuple([builtin('iter'), new PyTuple([emptyTuple])]);
      return new PyTuple([gr.cls, new PyTuple([gr.parent, gr.tgtkey])]);
    },
  });

  defineMethods(teeType, {
    __reduce__: (self) => {
      const t = self as TeeIter;
      return new PyTuple([t.cls, new PyTuple([emptyTuple]), new PyTuple([t.data, t.i])]);
    },
    __setstate__: (self, args) => {
      const t = self as TeeIter;
      const [data, index] = stateItems(args[0], 2, 2);
      if (!(data instanceof TeeData)) typeError(`argument 1 must be itertools._tee_dataobject, not ${typeOf(data).tpName}`);
      const i = cIntArg(index);
      if (i < 0 || i > LINKCELLS) valueError('Index out of range');
      t.data = data;
      t.i = i;
      return None;
    },
  });
  defineMethods(teeDataType, {
    __reduce__: (self) => {
      const d = self as TeeData;
      return new PyTuple([teeDataType, new PyTuple([d.it, new PyList(d.values.slice()), d.nextLink ?? None])]);
    },
  });
}

export function makeItertoolsModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('itertools', d);
  for (const t of [countType, cycleType, repeatType, accumulateType, chainType, compressType, dropwhileType, takewhileType,
    filterfalseType, starmapType, groupbyType, grouperType, isliceType, pairwiseType, teeType, teeDataType, zipLongestType,
    productType, permutationsType, combinationsType, cwrType]) d.setStr(t.name, t);
  d.setStr('tee', new PyBuiltin('tee', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('itertools.tee() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) {
      typeError(args.length < 1 ? `tee expected at least 1 argument, got ${args.length}` : `tee expected at most 2 arguments, got ${args.length}`);
    }
    const n = args.length > 1 ? ssizeArg(args[1]) : 2;
    if (n < 0) valueError('n must be >= 0');
    if (n === 0) return emptyTuple;
    const it = getIter(args[0]);
    let copyable: PyValue;
    let copy: PyValue | undefined = typeOf(it).lookup('__copy__');
    if (copy !== undefined) copyable = it;
    else {
      copyable = teeFromIterable(it);
      copy = teeType.tdict.get('__copy__')!;
    }
    const out: PyValue[] = [copyable];
    for (let i = 1; i < n; i++) out.push(callBound(copy, copyable, []));
    return new PyTuple(out);
  }));
  return m;
}
