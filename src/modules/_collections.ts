// The _collections module (Modules/_collectionsmodule.c): deque on a growable ring buffer,
// defaultdict as a dict layout with a factory, their iterators, _count_elements (Counter's
// inner loop) and _tuplegetter (namedtuple's field descriptor); OrderedDict is objects/odict.ts.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, PyList, PyClassMethodDescr,
  None, NotImplemented, typeType, objectType, dictType, TF_BASETYPE, TF_HEAPTYPE, TF_SEQUENCE, defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { typeLayout } from '../objects/layout.js';
import { PyException, newException, typeError, valueError, indexError, raise, RuntimeError, IndexError, StopIteration, KeyError, OverflowError, AttributeError, MemoryError } from '../objects/exceptions.js';
import { call, callBound, getAttr, getIter, iterNext, eq, repr, reprEnter, reprLeave, index, getItem, setItem, binaryOp, toArray } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { dictUpdate } from '../objects/dict.js';
import { orderedDictType } from '../objects/odict.js';
import { seqCompare } from '../objects/list.js';
import { clinicArgs, unpackArgs } from './args.js';

function mkType(name: string, module: string, flags: number, base: PyType = objectType): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.mro = [t, ...base.mro];
  t.tdict.set('__module__', module);
  return t;
}

// ---------------------------------------------------------------------------
// deque

const dequeType = mkType('deque', 'collections', TF_BASETYPE | TF_SEQUENCE);
const dequeIterType = mkType('_deque_iterator', '_collections', 0);
const dequeRevIterType = mkType('_deque_reverse_iterator', '_collections', 0);

export class PyDeque extends PyObject {
  /** Ring buffer; its length is a power of two. */
  declare buf: (PyValue | undefined)[];
  declare head: number;
  declare size: number;
  /** -1 = unbounded. */
  declare maxlen: number;
  /** Bumped by every change of length or order: live iterators check it. */
  declare state: number;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.maxlen = -1;
    this.state = 0;
    this.slots = null;
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  put(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const b = new Array<PyValue | undefined>(n * 2);
    for (let i = 0; i < this.size; i++) b[i] = old[(this.head + i) & (n - 1)];
    this.buf = b;
    this.head = 0;
  }
  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
  }
  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
  }
  popRight(): PyValue {
    this.size--;
    const i = (this.head + this.size) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.state++;
    return v;
  }
  popLeft(): PyValue {
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }
  append(v: PyValue): void {
    this.pushRight(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
  }
  appendLeft(v: PyValue): void {
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popRight();
  }
  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
  /** Replace the contents (insert, delete, reverse, rotate go through a plain array). */
  setFrom(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    const b = new Array<PyValue | undefined>(cap);
    for (let i = 0; i < items.length; i++) b[i] = items[i];
    this.buf = b;
    this.head = 0;
    this.size = items.length;
    this.state++;
  }
  clear(): void {
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.state++;
  }
}

function Q(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) typeError(`descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
}

function newDeque(cls: PyType, maxlen: number): PyDeque {
  const d = new PyDeque(cls);
  d.maxlen = maxlen;
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(d, cls);
  return d;
}

function dequeExtend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) iterable = new PyList(d.toArray());
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined) { /* consume, as CPython does */ }
    return;
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    if (left) d.appendLeft(v);
    else d.append(v);
  }
}

function dequeRotate(d: PyDeque, n: number): void {
  const len = d.size;
  if (len <= 1) return;
  n %= len;
  if (n === 0) return;
  // In place on the ring: move items across the ends one by one (n is at most len/2 after folding).
  if (n > len / 2) n -= len;
  else if (n < -len / 2) n += len;
  if (n > 0) for (let i = 0; i < n; i++) { const v = d.popRight(); d.pushLeft(v); }
  else for (let i = 0; i < -n; i++) { const v = d.popLeft(); d.pushRight(v); }
}

/** The deque index argument: an int (not a slice), normalised and range-checked. */
function dequeIndex(d: PyDeque, k: PyValue): number {
  if (typeof k !== 'number' && typeof k !== 'boolean' && typeof k !== 'bigint' && typeOf(k).lookup('__index__') === undefined)
    typeError(`sequence index must be integer, not '${typeOf(k).name}'`);
  const n0 = index(k);
  let i = typeof n0 === 'bigint' ? (n0 < 0n ? -Infinity : Infinity) : n0;
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) indexError('deque index out of range');
  return i;
}

function dequeRepr(d: PyDeque): string {
  const name = d.cls.name;
  if (!reprEnter(d)) return '[...]';
  let s: string;
  try {
    // PySequence_List: a subclass's __iter__ gives the items.
    const items = d.cls === dequeType || d.cls.lookup('__iter__') === dequeType.tdict.get('__iter__') ? d.toArray() : toArray(d);
    s = '[';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    s += ']';
  } finally {
    reprLeave(d);
  }
  return d.maxlen >= 0 ? `${name}(${s}, maxlen=${d.maxlen})` : `${name}(${s})`;
}

/**
 * Search [start, stop) for v with the mutation check of deque.index and __contains__ (a match found counts even
 * if its comparison mutated the deque) or of deque.remove (`removing`: the check comes first, an IndexError).
 */
function dequeFind(d: PyDeque, v: PyValue, start: number, stop: number, removing = false): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const x = d.at(i);
    const found = x === v || eq(x, v);
    if (found && !removing) return i;
    if (d.state !== state) raise(removing ? IndexError : RuntimeError, 'deque mutated during iteration');
    if (found) return i;
  }
  return -1;
}

function sliceIndex(v: PyValue | undefined, dflt: number, n: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint' && typeOf(v).lookup('__index__') === undefined)
    typeError('slice indices must be integers or have an __index__ method');
  const k = index(v);
  let i = typeof k === 'bigint' ? (k < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : k;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i;
}

class DequeIter extends PyNativeIter {
  declare d: PyDeque;
  declare i: number;
  declare state: number;
  declare counter: number;
  constructor(d: PyDeque, cls: PyType, next: (this: DequeIter) => PyValue | undefined) {
    super(next as () => PyValue | undefined, cls);
    this.d = d;
    this.i = 0;
    this.state = d.state;
    this.counter = d.size;
  }
}
function dequeIterNext(this: DequeIter): PyValue | undefined {
  const d = this.d;
  if (d.state !== this.state) {
    this.counter = 0;
    raise(RuntimeError, 'deque mutated during iteration');
  }
  if (this.counter === 0) return undefined;
  this.counter--;
  return d.at(this.i++);
}
function dequeRevIterNext(this: DequeIter): PyValue | undefined {
  const d = this.d;
  if (d.state !== this.state) {
    this.counter = 0;
    raise(RuntimeError, 'deque mutated during iteration');
  }
  if (this.counter === 0) return undefined;
  this.counter--;
  return d.at(d.size - 1 - this.i++);
}

function dequeCompare(a: PyDeque, b: PyValue, op: number): PyValue {
  if (!(b instanceof PyDeque)) return NotImplemented;
  return seqCompare(a.toArray(), b.toArray(), op);
}

function dequeCopy(d: PyDeque): PyValue {
  if (d.cls === dequeType) {
    const c = newDeque(dequeType, d.maxlen);
    c.setFrom(d.toArray());
    return c;
  }
  // A subclass is rebuilt through its constructor, as CPython does.
  const items = new PyList(d.toArray());
  return d.maxlen < 0 ? call(d.cls, [items]) : call(d.cls, [items, d.maxlen], ['maxlen']);
}

function initDeque(): void {
  dequeType.tdict.set('__new__', new PyBuiltin('__new__', (args) => newDeque(args[0] as PyType, -1)));
  dequeType.tdict.set('__hash__', None);
  defineMethods(dequeType, {
    __init__: (self, args, kw) => {
      const d = Q(self);
      const [iterable, maxlenArg] = clinicArgs('deque', ['iterable', 'maxlen'], args, kw, 0);
      let maxlen = -1;
      if (maxlenArg !== undefined && maxlenArg !== None) {
        if (typeof maxlenArg !== 'number' && typeof maxlenArg !== 'boolean' && typeof maxlenArg !== 'bigint' &&
          typeOf(maxlenArg).lookup('__index__') === undefined) typeError('an integer is required');
        const m = index(maxlenArg);
        if (typeof m === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
        if (m < 0) valueError('maxlen must be non-negative');
        maxlen = m;
      }
      d.maxlen = maxlen;
      if (d.size > 0) d.clear();
      if (iterable !== undefined) dequeExtend(d, iterable, false);
      return None;
    },
    append: (self, args) => {
      if (args.length !== 1) typeError(`deque.append() takes exactly one argument (${args.length} given)`);
      Q(self).append(args[0]);
      return None;
    },
    appendleft: (self, args) => {
      if (args.length !== 1) typeError(`deque.appendleft() takes exactly one argument (${args.length} given)`);
      Q(self).appendLeft(args[0]);
      return None;
    },
    pop: (self, args) => {
      if (args.length !== 0) typeError(`deque.pop() takes no arguments (${args.length} given)`);
      const d = Q(self);
      if (d.size === 0) indexError('pop from an empty deque');
      return d.popRight();
    },
    popleft: (self, args) => {
      if (args.length !== 0) typeError(`deque.popleft() takes no arguments (${args.length} given)`);
      const d = Q(self);
      if (d.size === 0) indexError('pop from an empty deque');
      return d.popLeft();
    },
    extend: (self, args) => {
      if (args.length !== 1) typeError(`deque.extend() takes exactly one argument (${args.length} given)`);
      dequeExtend(Q(self), args[0], false);
      return None;
    },
    extendleft: (self, args) => {
      if (args.length !== 1) typeError(`deque.extendleft() takes exactly one argument (${args.length} given)`);
      dequeExtend(Q(self), args[0], true);
      return None;
    },
    clear: (self) => (Q(self).clear(), None),
    copy: (self) => dequeCopy(Q(self)),
    __copy__: (self) => dequeCopy(Q(self)),
    count: (self, args) => {
      if (args.length !== 1) typeError(`deque.count() takes exactly one argument (${args.length} given)`);
      const d = Q(self);
      const v = args[0];
      const state = d.state;
      let n = 0;
      for (let i = 0; i < d.size; i++) {
        const x = d.at(i);
        const found = x === v || eq(x, v);
        if (d.state !== state) raise(RuntimeError, 'deque mutated during iteration');
        if (found) n++;
      }
      return n;
    },
    index: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('index() takes no keyword arguments');
      if (args.length < 1) typeError(`index() takes at least 1 argument (${args.length} given)`);
      if (args.length > 3) typeError(`index() takes at most 3 arguments (${args.length} given)`);
      const d = Q(self);
      const n = d.size;
      const start = sliceIndex(args[1], 0, n);
      let stop = sliceIndex(args[2], n, n);
      if (stop > n) stop = n;
      const i = dequeFind(d, args[0], start, stop);
      if (i < 0) valueError(`${repr(args[0])} is not in deque`);
      return i;
    },
    insert: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('insert() takes no keyword arguments');
      if (args.length !== 2) typeError(`insert() takes exactly 2 arguments (${args.length} given)`);
      const d = Q(self);
      const k = index(args[0]);
      if (d.maxlen >= 0 && d.size >= d.maxlen) indexError('deque already at its maximum size');
      const n = d.size;
      let i = typeof k === 'bigint' ? (k < 0n ? -Infinity : Infinity) : k;
      if (i >= n) {
        d.append(args[1]);
        return None;
      }
      if (i <= -n || i === 0) {
        d.appendLeft(args[1]);
        return None;
      }
      if (i < 0) i += n;
      const items = d.toArray();
      items.splice(i, 0, args[1]);
      d.setFrom(items);
      return None;
    },
    remove: (self, args) => {
      if (args.length !== 1) typeError(`deque.remove() takes exactly one argument (${args.length} given)`);
      const d = Q(self);
      const i = dequeFind(d, args[0], 0, d.size, true);
      if (i < 0) valueError(`${repr(args[0])} is not in deque`);
      if (i === 0) d.popLeft();
      else {
        const items = d.toArray();
        items.splice(i, 1);
        d.setFrom(items);
      }
      return None;
    },
    reverse: (self) => {
      const d = Q(self);
      const n = d.size;
      for (let i = 0, j = n - 1; i < j; i++, j--) {
        const x = d.at(i);
        d.put(i, d.at(j));
        d.put(j, x);
      }
      return None;
    },
    rotate: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('deque.rotate() takes no keyword arguments');
      if (args.length > 1) typeError(`deque.rotate expected at most 1 argument, got ${args.length}`);
      const d = Q(self);
      let n = 1;
      if (args.length === 1) {
        const k = index(args[0]);
        if (typeof k === 'bigint') {
          if (k > 9223372036854775807n || k < -9223372036854775808n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
          n = d.size === 0 ? 0 : Number(k % BigInt(d.size));
        } else n = k;
      }
      dequeRotate(d, n);
      return None;
    },
    __len__: (self) => Q(self).size,
    __contains__: (self, args) => {
      const d = Q(self);
      return dequeFind(d, args[0], 0, d.size) >= 0;
    },
    __getitem__: (self, args) => {
      const d = Q(self);
      return d.at(dequeIndex(d, args[0]));
    },
    __setitem__: (self, args) => {
      const d = Q(self);
      d.put(dequeIndex(d, args[0]), args[1]);
      return None;
    },
    __delitem__: (self, args) => {
      const d = Q(self);
      const i = dequeIndex(d, args[0]);
      const items = d.toArray();
      items.splice(i, 1);
      d.setFrom(items);
      return None;
    },
    __iter__: (self) => new DequeIter(Q(self), dequeIterType, dequeIterNext),
    __reversed__: (self) => new DequeIter(Q(self), dequeRevIterType, dequeRevIterNext),
    __repr__: (self) => dequeRepr(Q(self)),
    __eq__: (self, args) => dequeCompare(Q(self), args[0], 2),
    __ne__: (self, args) => dequeCompare(Q(self), args[0], 3),
    __lt__: (self, args) => dequeCompare(Q(self), args[0], 0),
    __le__: (self, args) => dequeCompare(Q(self), args[0], 1),
    __gt__: (self, args) => dequeCompare(Q(self), args[0], 4),
    __ge__: (self, args) => dequeCompare(Q(self), args[0], 5),
    __add__: (self, args) => {
      const d = Q(self);
      const o = args[0];
      if (!(o instanceof PyDeque)) typeError(`can only concatenate deque (not "${typeOf(o).name}") to deque`);
      const c = dequeCopy(d) as PyDeque;
      dequeExtend(c, o, false);
      return c;
    },
    __iadd__: (self, args) => {
      dequeExtend(Q(self), args[0], false);
      return self;
    },
    __mul__: (self, args) => dequeRepeat(dequeCopy(Q(self)) as PyDeque, args[0]),
    __rmul__: (self, args) => dequeRepeat(dequeCopy(Q(self)) as PyDeque, args[0]),
    __imul__: (self, args) => dequeRepeat(Q(self), args[0]),
    // deque_sizeof: the object and its blocks of 64 items (528 bytes each), filled from the first block's second
    // slot as deque(iterable) fills them (appends to an empty deque() start mid-block: not told apart here)
    __sizeof__: (self) => typeLayout(Q(self).cls).basic + 528 * Math.floor((1 + Q(self).size + 63) / 64),
    __reduce__: (self) => {
      const d = Q(self);
      const st = call(getAttr(d, '__getstate__'), []); // _PyObject_GetState
      const a = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
      // PyObject_GetIter: a subclass's __iter__ is the one used.
      return new PyTuple([d.cls, a, st, getIter(d)]);
    },
  });
  defineGetters(dequeType, { maxlen: (self) => (Q(self).maxlen < 0 ? None : Q(self).maxlen) });
  dequeType.tdict.set('__class_getitem__', new PyClassMethodDescr(dequeType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));

  for (const [t, next] of [[dequeIterType, dequeIterNext], [dequeRevIterType, dequeRevIterNext]] as const) {
    defineMethods(t, {
      __iter__: (self) => self,
      __next__: (self) => {
        const v = next.call(self as DequeIter);
        if (v === undefined) throw new PyException(newException(StopIteration, []));
        return v;
      },
      __length_hint__: (self) => (self as DequeIter).counter,
      // dequeiter_reduce: the deque and how many items were taken; __new__ skips that many again.
      __reduce__: (self) => {
        const it = self as DequeIter;
        return new PyTuple([it.cls, new PyTuple([it.d, it.d.size - it.counter])]);
      },
    });
    t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
      unpackArgs(t.name, args.slice(1), kw, 1, 2);
      const it = new DequeIter(Q(args[1]), t, next);
      if (args.length > 2) {
        const k = Number(index(args[2]));
        for (let i = 0; i < k && it.counter > 0; i++) next.call(it);
      }
      return it;
    }));
  }
}

function dequeRepeat(d: PyDeque, nv: PyValue): PyValue {
  if (typeof nv !== 'number' && typeof nv !== 'boolean' && typeof nv !== 'bigint' && typeOf(nv).lookup('__index__') === undefined)
    typeError(`can't multiply sequence by non-int of type '${typeOf(nv).name}'`);
  const k = index(nv);
  const n = typeof k === 'bigint' ? (k < 0n ? 0 : Infinity) : k;
  if (n <= 0 || d.size === 0) {
    d.clear();
    return d;
  }
  if (n === 1) return d;
  const items = d.toArray();
  const total = items.length * n;
  if (total > 0x1fffffff && (d.maxlen < 0 || d.maxlen > 0x1fffffff)) raise(MemoryError);
  const want = d.maxlen >= 0 ? Math.min(total, d.maxlen) : total;
  // Only the last `want` items of the repetition survive a maxlen.
  const out = new Array<PyValue>(want);
  const off = total - want;
  for (let i = 0; i < want; i++) out[i] = items[(off + i) % items.length];
  d.setFrom(out);
  return d;
}

// ---------------------------------------------------------------------------
// defaultdict

const defaultdictType = mkType('defaultdict', 'collections', TF_BASETYPE, dictType);

export class PyDefaultDict extends PyDict {
  declare factory: PyValue;
  constructor(cls: PyType) {
    super(cls);
    this.factory = None;
  }
}

function DD(v: PyValue): PyDefaultDict {
  if (!(v instanceof PyDefaultDict)) typeError(`descriptor requires a 'collections.defaultdict' object but received a '${typeOf(v).name}'`);
  return v;
}

function ddRepr(d: PyDefaultDict): string {
  let fr: string;
  if (d.factory === None) fr = 'None';
  else if (!reprEnter(d.factory)) fr = '...';
  else {
    try {
      fr = repr(d.factory);
    } finally {
      reprLeave(d.factory);
    }
  }
  const base = callBound(dictType.tdict.get('__repr__')!, d, []) as string;
  return `${d.cls.name}(${fr}, ${base})`;
}

function ddCopy(d: PyDefaultDict): PyValue {
  // CPython: type(self)(self.default_factory, self)
  return call(d.cls, [d.factory, d]);
}

function initDefaultdict(): void {
  defaultdictType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const d = new PyDefaultDict(cls);
    if (cls.flags & TF_HEAPTYPE) d.dict = cls.newInstanceDict();
    return d;
  }));
  const dictInit = dictType.tdict.get('__init__')!;
  defineMethods(defaultdictType, {
    __init__: (self, args, kw) => {
      const d = DD(self);
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      let rest = args;
      if (npos > 0) {
        const f = args[0];
        if (f !== None && typeOf(f).lookup('__call__') === undefined) typeError('first argument must be callable or None');
        d.factory = f;
        rest = args.slice(1);
      }
      return callBound(dictInit, d, rest, kw);
    },
    __missing__: (self, args) => {
      if (args.length !== 1) typeError(`defaultdict.__missing__() takes exactly one argument (${args.length} given)`);
      const d = DD(self);
      if (d.factory === None) throw new PyException(newException(KeyError, [args[0]]));
      const v = call(d.factory, []);
      d.set(args[0], v);
      return v;
    },
    __repr__: (self) => ddRepr(DD(self)),
    copy: (self) => ddCopy(DD(self)),
    __copy__: (self) => ddCopy(DD(self)),
    __reduce__: (self) => {
      const d = DD(self);
      const items = callBound(dictType.tdict.get('items')!, d, []);
      return new PyTuple([d.cls, d.factory === None ? new PyTuple([]) : new PyTuple([d.factory]), None, None, getIter(items)]);
    },
    __or__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = ddCopy(DD(self)) as PyDict;
      dictUpdate(r, o);
      return r;
    },
    __ror__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = DD(self);
      const r = call(d.cls, [d.factory, o]) as PyDict;
      dictUpdate(r, d);
      return r;
    },
  });
  defineGetters(defaultdictType, {
    default_factory: [(self) => DD(self).factory, (self, v) => {
      DD(self).factory = v === null ? None : v;
    }],
  });
}

// ---------------------------------------------------------------------------
// _tuplegetter

const tuplegetterType = mkType('_tuplegetter', '_collections', 0);
class PyTupleGetter extends PyObject {
  declare index: number;
  declare doc: PyValue;
  constructor(index: number, doc: PyValue) {
    super(tuplegetterType);
    this.index = index;
    this.doc = doc;
  }
}

function initTupleGetter(): void {
  tuplegetterType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    unpackArgs('_tuplegetter', args.slice(1), kw, 2, 2);
    const i = index(args[1]);
    return new PyTupleGetter(Number(i), args[2]);
  }));
  defineMethods(tuplegetterType, {
    __get__: (self, args) => {
      const g = self as PyTupleGetter;
      const obj = args[0];
      if (obj === None) return self;
      if (!(obj instanceof PyTuple)) {
        typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
      }
      if (g.index >= obj.items.length) indexError('tuple index out of range');
      return obj.items[g.index];
    },
    __set__: (_self, args) => {
      void args;
      raise(AttributeError, "can't set attribute");
    },
    __delete__: () => raise(AttributeError, "can't delete attribute"),
    __reduce__: (self) => new PyTuple([tuplegetterType, new PyTuple([(self as PyTupleGetter).index, (self as PyTupleGetter).doc])]),
  });
  defineGetters(tuplegetterType, {
    __doc__: [(self) => (self as PyTupleGetter).doc, (self, v) => {
      (self as PyTupleGetter).doc = v === null ? None : v;
    }],
  });
}

// ---------------------------------------------------------------------------
// _count_elements(mapping, iterable): Counter's tally loop.

function countElements(args: PyValue[], kw: string[] | null): PyValue {
  unpackArgs('_count_elements', args, kw, 2, 2);
  const mapping = args[0];
  const it = getIter(args[1]);
  // Plain dicts (Counter's own storage when Counter does not override get/__setitem__) go direct.
  const plain = mapping instanceof PyDict && mappingIsPlain(mapping);
  const getFn = plain ? undefined : typeOf(mapping).lookup('get');
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return None;
    if (plain) {
      const d = mapping as PyDict;
      const e = d.t.find(k);
      if (e === undefined) d.set(k, 1);
      else {
        const v = e.value;
        e.value = typeof v === 'number' && v < Number.MAX_SAFE_INTEGER ? v + 1 : binaryAdd(v, 1);
      }
    } else {
      const old = getFn === undefined ? getItem(mapping, k) : callBound(getFn, mapping, [k, 0]);
      setItem(mapping, k, binaryAdd(old, 1));
    }
  }
}
function binaryAdd(a: PyValue, b: PyValue): PyValue {
  return binaryOp(a, b, 0);
}
function mappingIsPlain(d: PyDict): boolean {
  const t = d.cls;
  return t.lookup('get') === dictType.tdict.get('get') && t.lookup('__setitem__') === dictType.tdict.get('__setitem__');
}

// ---------------------------------------------------------------------------

let initialised = false;
export function makeCollectionsModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initDeque();
    initDefaultdict();
    initTupleGetter();
  }
  const d = new PyDict();
  const m = new PyModule('_collections', d);
  d.setStr('deque', dequeType);
  d.setStr('defaultdict', defaultdictType);
  d.setStr('OrderedDict', orderedDictType());
  d.setStr('_deque_iterator', dequeIterType);
  d.setStr('_deque_reverse_iterator', dequeRevIterType);
  d.setStr('_tuplegetter', tuplegetterType);
  d.setStr('_count_elements', new PyBuiltin('_count_elements', countElements));
  return m;
}
