// The _weakref module (Modules/_weakref.c, Objects/weakrefobject.c): weakref.ref and its
// bookkeeping, on JavaScript's WeakRef. A referent that V8 has collected reads as dead (None), as
// in CPython once the last strong reference goes; but V8 collects later than refcounting would.
// Callbacks run at the eval loop's next check after V8 reports the referent collected (when the event
// loop turns), or at once for what gc.collect() finds dead (see vm/finalize.ts and docs/ARCHITECTURE.md,
// memory model). Proxies forward the common protocols.
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyModule, PyBuiltin, PyClassMethodDescr, None, NotImplemented, typeType,
  objectType, typeOf, defineMethods, defineGetters, TF_BASETYPE, TF_HEAPTYPE,
} from '../objects/object.js';
import { typeError, raise, exceptionTypes } from '../objects/exceptions.js';
import {
  call, callBound, eq, hash, idOf, str, getAttr, setAttr, truthy, getItem, setItem, delItem, lenOf, getIter, iterNext, contains,
  binaryOp, binopNames, unaryOp, richCompare, index,
} from '../objects/abstract.js';
import { intType, floatType } from '../objects/object.js';
import { initHeapLayout, layoutHas } from '../objects/typeobject.js';
import { addPendingCall, toPyExc } from '../vm/ceval.js';
import { writeUnraisable } from './sys.js';
import { PyGenericAlias } from '../objects/genericalias.js';

const refType = new PyType(typeType, 'ReferenceType', [objectType], TF_BASETYPE);
refType.mro = [refType, objectType];
refType.tdict.set('__module__', 'weakref');
const proxyType = new PyType(typeType, 'ProxyType', [objectType], 0);
proxyType.mro = [proxyType, objectType];
proxyType.tdict.set('__module__', 'weakref');
const callableProxyType = new PyType(typeType, 'CallableProxyType', [objectType], 0);
callableProxyType.mro = [callableProxyType, objectType];
callableProxyType.tdict.set('__module__', 'weakref');

export class PyWeakRef extends PyObject {
  declare target: WeakRef<PyObject> | null;
  /** How the bookkeeping below holds this reference: weakly, as CPython's referent lists do. */
  declare self: WeakRef<PyWeakRef>;
  declare callback: PyValue;
  declare hashValue: number | bigint | null;
  /** __slots__ of a Python subclass (KeyedRef, WeakMethod). */
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, obj: PyObject, callback: PyValue) {
    super(cls);
    this.target = new WeakRef(obj);
    this.self = new WeakRef(this);
    this.callback = callback;
    this.hashValue = null;
    this.slots = null;
  }
  get(): PyObject | undefined {
    return this.target === null ? undefined : this.target.deref();
  }
}

/**
 * Every weak reference (and proxy) to an object, for getweakrefcount/getweakrefs and reuse, in weakrefobject.c's
 * order: the shared ref, the shared proxy, then the others newest first (kept oldest first, appended in O(1)).
 * Held weakly: a reference the program dropped is gone from the count once collected, and its callback never runs.
 */
interface RefList {
  ref: WeakRef<PyWeakRef> | null;
  proxy: WeakRef<PyWeakRef> | null;
  others: WeakRef<PyWeakRef>[];
}
const refsTo = new WeakMap<PyObject, RefList>();

/**
 * References with a callback whose referent has not been found dead (held weakly too): V8 reports the
 * referent collected when the event loop turns; gc.collect() looks through them at once (sweepDeadRefs).
 */
const withCallback = new Set<WeakRef<PyWeakRef>>();
/** References whose referent died, their callbacks not run yet. */
const dueRefs: PyWeakRef[] = [];
const registry = new FinalizationRegistry<WeakRef<PyWeakRef>>((w) => {
  if (!withCallback.delete(w)) return;
  const r = w.deref();
  if (r === undefined) return;
  r.target = null;
  dueRefs.push(r);
  addPendingCall(runDueCallbacks);
});

/** The callbacks of the dead referents' references, as handle_callback: an exception is unraisable. */
function runDueCallbacks(): void {
  // A callback may call gc.collect(), which runs this again: take the queue first.
  while (dueRefs.length > 0) {
    for (const r of dueRefs.splice(0)) {
      // handle_callback: the reference lets go of its callback (__callback__ is None after).
      const cb = r.callback;
      r.callback = None;
      try {
        call(cb, [r]);
      } catch (e) {
        writeUnraisable(toPyExc(e), cb);
      }
    }
  }
}

/** After a full collection: the references whose referent died lose it and get their callback run now; returns how many. */
export function sweepDeadRefs(): number {
  let n = 0;
  for (const w of withCallback) {
    const r = w.deref();
    if (r !== undefined && r.target !== null && r.target.deref() !== undefined) continue;
    withCallback.delete(w);
    registry.unregister(w);
    if (r === undefined) continue;
    r.target = null;
    dueRefs.push(r);
    n++;
  }
  runDueCallbacks();
  return n;
}

/** tp_weaklistoffset: the type's layout keeps weak references (a class's __slots__ may leave them out). */
function checkReferent(obj: PyValue): PyObject {
  const t = typeOf(obj);
  if (typeof obj !== 'object' || !(obj instanceof PyType || layoutHas(t, true))) typeError(`cannot create weak reference to '${t.tpName}' object`);
  return obj as PyObject;
}

/** Whether any weak reference was made: else a collection could show nothing (see finalize.ts). */
let made = false;
export function weakRefsMade(): boolean {
  return made;
}

export function newRef(cls: PyType, obj: PyValue, callback: PyValue): PyWeakRef {
  const o = checkReferent(obj);
  made = true;
  let list = refsTo.get(o);
  // A plain ref or proxy without callback is shared, as in CPython.
  const shared = callback === None && (cls === refType || cls === proxyType || cls === callableProxyType);
  if (shared && list !== undefined) {
    const r = (cls === refType ? list.ref : list.proxy)?.deref();
    if (r !== undefined && r.get() === o) return r;
  }
  const r = new PyWeakRef(cls, o, callback);
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(r, cls);
  if (list === undefined) refsTo.set(o, (list = { ref: null, proxy: null, others: [] }));
  if (shared) {
    if (cls === refType) list.ref = r.self;
    else list.proxy = r.self;
  } else {
    const n = list.others.length;
    // Drop the collected ones now and then (at each power of two): the list stays proportional to the live.
    if (n >= 16 && (n & (n - 1)) === 0) list.others = list.others.filter((w) => w.deref() !== undefined);
    list.others.push(r.self);
  }
  if (callback !== None) {
    registry.register(o, r.self, r.self);
    withCallback.add(r.self);
  }
  return r;
}

/** An object's __weakref__: the head of its list of weak references (the shared ref if there is one), else None. */
export function firstWeakRef(o: PyValue): PyValue {
  return (typeof o === 'object' ? liveRefs(o as PyObject)[0] : undefined) ?? None;
}

function liveRefs(o: PyObject): PyWeakRef[] {
  const list = refsTo.get(o);
  if (list === undefined) return [];
  const out: PyWeakRef[] = [];
  const add = (w: WeakRef<PyWeakRef> | null): void => {
    const r = w?.deref();
    if (r !== undefined && r.get() === o) out.push(r);
  };
  add(list.ref);
  add(list.proxy);
  for (let i = list.others.length - 1; i >= 0; i--) add(list.others[i]);
  return out;
}

function refRepr(r: PyWeakRef, kind: string): string {
  const o = r.get();
  if (o === undefined) return `<${kind} at 0x${idOf(r).toString(16)}; dead>`;
  const t = typeOf(o);
  let name = '';
  try {
    const n = getAttr(o, '__name__');
    if (typeof n === 'string') name = ` (${n})`;
  } catch {
    /* no name */
  }
  return `<${kind} at 0x${idOf(r).toString(16)}; to '${t.qualname}' at 0x${idOf(o).toString(16)}${name}>`;
}

function referent(p: PyValue): PyObject {
  const o = (p as PyWeakRef).get();
  if (o === undefined) raise(exceptionTypes.get('ReferenceError')!, 'weakly-referenced object no longer exists');
  return o;
}

function isProxy(v: PyValue): v is PyWeakRef {
  return v instanceof PyWeakRef && (v.cls === proxyType || v.cls === callableProxyType);
}

/** UNWRAP: a proxy operand stands for its referent. */
function unwrap(v: PyValue): PyValue {
  return isProxy(v) ? referent(v) : v;
}

/**
 * The number, comparison and sequence protocols of proxies (weakrefobject.c's proxy slots): each applies
 * the operation to the referents of whichever operands are proxies.
 */
function proxyProtocols(): { [name: string]: (self: PyValue, args: PyValue[]) => PyValue } {
  const t: { [name: string]: (self: PyValue, args: PyValue[]) => PyValue } = {};
  binopNames.forEach(([name, rname, iname], op) => {
    t[name] = (self, args) => binaryOp(referent(self), unwrap(args[0]), op);
    t[rname] = (self, args) => binaryOp(unwrap(args[0]), referent(self), op);
    t[iname] = (self, args) => binaryOp(referent(self), unwrap(args[0]), op + 13);
  });
  // With a modulus, the left operand's __pow__ (builtins' ternary pow would import builtins.ts here, and its
  // module initialisation must not depend on it).
  const ternaryPow = (a: PyValue, b: PyValue, m: PyValue | undefined): PyValue => {
    if (m === undefined || m === None) return binaryOp(a, b, 8);
    const f = typeOf(a).lookup('__pow__');
    if (f === undefined) typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(a).tpName}', '${typeOf(b).tpName}', '${typeOf(m).tpName}'`);
    return callBound(f, a, [b, unwrap(m)]);
  };
  t.__pow__ = (self, args) => ternaryPow(referent(self), unwrap(args[0]), args[1]);
  t.__rpow__ = (self, args) => ternaryPow(unwrap(args[0]), referent(self), args[1]);
  for (const [name, sym] of [['__neg__', '-'], ['__pos__', '+'], ['__abs__', 'abs()'], ['__invert__', '~']]) {
    t[name] = (self) => unaryOp(referent(self), name, sym);
  }
  t.__int__ = (self) => call(intType, [referent(self)]);
  t.__float__ = (self) => call(floatType, [referent(self)]);
  t.__index__ = (self) => index(referent(self));
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    t[name] = (self, args) => richCompare(referent(self), unwrap(args[0]), op);
  });
  t.__contains__ = (self, args) => contains(referent(self), args[0]);
  t.__delitem__ = (self, args) => {
    delItem(referent(self), args[0]);
    return None;
  };
  t.__next__ = (self) => {
    const o = referent(self);
    if (typeOf(o).lookup('__next__') === undefined) typeError(`Weakref proxy referenced a non-iterator '${typeOf(o).tpName}' object`);
    const r = iterNext(o);
    if (r === undefined) raise(exceptionTypes.get('StopIteration')!);
    return r;
  };
  // Methods of the proxy type, called on the referent by name.
  t.__reversed__ = (self) => call(getAttr(referent(self), '__reversed__'), []);
  t.__bytes__ = (self) => call(getAttr(referent(self), '__bytes__'), []);
  return t;
}

export function makeWeakrefModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_weakref', d);
  d.setStr('__name__', '_weakref');
  // __new__ ignores keywords (a subclass's __init__ may take some); ref's own __init__ refuses them.
  refType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const n = args.length - 1 - (kw?.length ?? 0);
    refArgCount('__new__', n);
    return newRef(args[0] as PyType, args[1], n === 2 ? args[2] : None);
  }));
  defineMethods(refType, {
    __init__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('ref() takes no keyword arguments');
      refArgCount('__init__', args.length);
      return None;
    },
    __call__: (self) => (self as PyWeakRef).get() ?? None,
    __hash__: (self) => {
      const r = self as PyWeakRef;
      if (r.hashValue !== null) return r.hashValue;
      const o = r.get();
      if (o === undefined) typeError('weak object has gone away');
      return (r.hashValue = hash(o));
    },
    __eq__: (self, args) => compareRefs(self as PyWeakRef, args[0], true),
    __ne__: (self, args) => compareRefs(self as PyWeakRef, args[0], false),
    __repr__: (self) => refRepr(self as PyWeakRef, 'weakref'),
  });
  defineGetters(refType, { __callback__: (self) => (self as PyWeakRef).callback });
  refType.tdict.set('__class_getitem__', new PyClassMethodDescr(refType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));

  for (const t of [proxyType, callableProxyType]) {
    defineMethods(t, {
      __getattribute__: (self, args) => getAttr(referent(self), args[0] as string),
      __setattr__: (self, args) => {
        setAttr(referent(self), args[0] as string, args[1]);
        return None;
      },
      __delattr__: (self, args) => {
        setAttr(referent(self), args[0] as string, null);
        return None;
      },
      __repr__: (self) => {
        const r = self as PyWeakRef;
        const o = r.get();
        return o === undefined ? `<weakproxy at 0x${idOf(r).toString(16)}; dead>`
          : `<weakproxy at 0x${idOf(r).toString(16)}; to '${typeOf(o).qualname}' at 0x${idOf(o).toString(16)}>`;
      },
      __str__: (self) => str(referent(self)),
      __bool__: (self) => truthy(referent(self)),
      __len__: (self) => lenOf(referent(self)),
      __iter__: (self) => getIter(referent(self)),
      __getitem__: (self, args) => getItem(referent(self), args[0]),
      __setitem__: (self, args) => {
        setItem(referent(self), args[0], args[1]);
        return None;
      },
      __hash__: () => typeError(`unhashable type: 'weakref.ProxyType'`),
      ...proxyProtocols(),
    });
  }
  defineMethods(callableProxyType, {
    __call__: (self, args, kw) => call(referent(self), args, kw),
  });

  d.setStr('ref', refType);
  d.setStr('ReferenceType', refType);
  d.setStr('ProxyType', proxyType);
  d.setStr('CallableProxyType', callableProxyType);
  d.setStr('proxy', new PyBuiltin('proxy', (args) => {
    if (args.length < 1 || args.length > 2) typeError(`proxy expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
    const o = checkReferent(args[0]);
    const callable = typeOf(o).lookup('__call__') !== undefined;
    return newRef(callable ? callableProxyType : proxyType, o, args.length > 1 ? args[1] : None);
  }, m));
  d.setStr('getweakrefcount', new PyBuiltin('getweakrefcount', (args) => {
    if (args.length !== 1) typeError(`getweakrefcount() takes exactly one argument (${args.length} given)`);
    const o = args[0];
    return typeof o === 'object' ? liveRefs(o).length : 0;
  }, m));
  d.setStr('getweakrefs', new PyBuiltin('getweakrefs', (args) => {
    if (args.length !== 1) typeError(`getweakrefs() takes exactly one argument (${args.length} given)`);
    const o = args[0];
    return newListOf(typeof o === 'object' ? liveRefs(o) : []);
  }, m));
  d.setStr('_remove_dead_weakref', new PyBuiltin('_remove_dead_weakref', (args) => {
    const [dct, key] = args;
    if (!(dct instanceof PyDict)) typeError('_remove_dead_weakref() argument 1 must be dict');
    const v = dct.get(key);
    if (v instanceof PyWeakRef && v.get() === undefined) callBound(typeOf(dct).lookup('__delitem__')!, dct, [key]);
    return None;
  }, m));
  return m;
}

function refArgCount(fn: string, n: number): void {
  if (n < 1 || n > 2) typeError(`${fn} expected ${n < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${n}`);
}

function compareRefs(a: PyWeakRef, b: PyValue, equal: boolean): PyValue {
  if (!(b instanceof PyWeakRef) || !b.cls.isSubtype(refType)) return NotImplemented;
  const x = a.get();
  const y = b.get();
  if (x === undefined || y === undefined) return (a === b) === equal;
  const r = eq(x, y);
  return equal ? r : !r;
}

function newListOf(items: PyValue[]): PyList {
  return new PyList(items);
}
