// The itertools module (Modules/itertoolsmodule.c), natively. Every iterator is a PyNativeIter
// whose `next` is a plain function called with the iterator as `this`, so the VM's FOR_ITER and
// iterNext() reach it without a method lookup; `__next__` calls the same function. A Python
// subclass that overrides __next__ gets a `next` that calls the override, so loops see it too.
import {
  PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, PyMethodDescr, None, typeType, objectType,
  TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineClassMethods, newTuple, emptyTuple, typeOf, boolType,
} from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, StopIteration, OverflowError, RuntimeError } from '../objects/exceptions.js';
import { call, callBound, getIter, iterNext, toArray, truthy, eq, binaryOp, index, repr } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { classGetItem } from '../objects/genericalias.js';
import { clinicArgs, unpackArgs, ssizeArg } from './args.js';

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
function defIter(t: PyType, next: NextFn, make: (cls: PyType, args: PyValue[], kw: string[] | null) => ItIter): void {
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => make(args[0] as PyType, args.slice(1), kw)));
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
  constructor(cls: PyType, cnt: PyValue, step: PyValue) {
    super(countNext, cls);
    this.cnt = cnt;
    this.step = step;
  }
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
  declare saved: PyValue[];
  declare i: number;
  constructor(cls: PyType, it: PyValue) {
    super(cycleNext, cls);
    this.it = it;
    this.saved = [];
    this.i = 0;
  }
}
function cycleNext(this: ItIter): PyValue | undefined {
  const c = this as CycleIter;
  if (c.it !== null) {
    const v = iterNext(c.it);
    if (v !== undefined) {
      c.saved.push(v);
      return v;
    }
    c.it = null;
  }
  const s = c.saved;
  if (s.length === 0) return undefined;
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
      c.active = getIter(iterable);
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
function pairwiseNext(this: ItIter): PyValue | undefined {
  const p = this as PairwiseIter;
  if (p.it === null) return undefined;
  if (p.old === undefined) {
    p.old = iterNext(p.it);
    if (p.old === undefined) {
      p.it = null;
      return undefined;
    }
  }
  const v = iterNext(p.it);
  if (v === undefined) {
    p.it = null;
    p.old = undefined;
    return undefined;
  }
  const r = new PyTuple([p.old, v]);
  p.old = v;
  return r;
}

// tee -----------------------------------------------------------------------

const teeType = mkType('_tee', 0);
const teeDataType = mkType('_tee_dataobject', 0);
const LINKCELLS = 57;
/** A block of values read from the shared iterator; blocks are linked so tees can lag apart. */
class TeeData {
  declare it: PyValue;
  declare values: PyValue[];
  declare nextLink: TeeData | null;
  declare running: boolean;
  constructor(it: PyValue) {
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
      idx.push(0);
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
    if (r > n) {
      p.stopped = true;
      return undefined;
    }
    for (let i = 0; i < n; i++) idx.push(i);
    for (let i = 0; i < r; i++) cyc.push(n - i);
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
    if (r > n) {
      p.stopped = true;
      return undefined;
    }
    for (let i = 0; i < r; i++) idx.push(i);
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
    if (n === 0 && r > 0) {
      p.stopped = true;
      return undefined;
    }
    for (let i = 0; i < r; i++) idx.push(0);
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
    // CPython's fast mode keeps a machine int: count(True) counts from 1.
    if (cnt === true || cnt === false) { if (isIntOne(st)) cnt = cnt ? 1 : 0; }
    return new CountIter(cls, cnt, st);
  });
  defineMethods(countType, {
    __repr__: (self) => {
      const c = self as CountIter;
      const name = c.cls.name;
      if (isIntOne(c.step)) return `${name}(${repr(c.cnt)})`;
      return `${name}(${repr(c.cnt)}, ${repr(c.step)})`;
    },
    __reduce__: (self) => {
      const c = self as CountIter;
      return new PyTuple([c.cls, isIntOne(c.step) ? new PyTuple([c.cnt]) : new PyTuple([c.cnt, c.step])]);
    },
  });

  defIter(cycleType, cycleNext, (cls, args, kw) => {
    unpackArgs('cycle', args, kw, 1, 1);
    return new CycleIter(cls, getIter(args[0]));
  });

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
    if (kw !== null && kw.length > 0 && (cls === chainType || cls.lookup('__init__') === objectType.tdict.get('__init__')))
      typeError('chain() takes no keyword arguments');
    return new ChainIter(cls, getIter(new PyTuple(args.slice(0, args.length - (kw === null ? 0 : kw.length)))));
  });
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
  });
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
    return new GrouperIter(args[0], args[1]);
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
  });

  defIter(pairwiseType, pairwiseNext, (cls, args, kw) => {
    unpackArgs('pairwise', args, kw, 1, 1);
    return new PairwiseIter(cls, getIter(args[0]));
  });

  defIter(teeType, teeNext, (_cls, args, kw) => {
    unpackArgs('_tee', args, kw, 1, 1);
    return teeFromIterable(args[0]);
  });
  defineMethods(teeType, {
    __copy__: (self) => new TeeIter((self as TeeIter).data, (self as TeeIter).i),
  });
  void teeDataType;

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
