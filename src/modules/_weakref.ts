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
  call, callBound, eq, hash, idOf, str, getAttr, setAttr, truthy, getItem, setItem, lenOf, getIter,
} from '../objects/abstract.js';
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
  declare callback: PyValue;
  declare hashValue: number | bigint | null;
  /** __slots__ of a Python subclass (KeyedRef, WeakMethod). */
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, obj: PyObject, callback: PyValue) {
    super(cls);
    this.target = new WeakRef(obj);
    this.callback = callback;
    this.hashValue = null;
    this.slots = null;
  }
  get(): PyObject | undefined {
    return this.target === null ? undefined : this.target.deref();
  }
}

/** Every weak reference (and proxy) to an object, for getweakrefcount/getweakrefs and reuse. */
const refsTo = new WeakMap<PyObject, PyWeakRef[]>();

/**
 * References with a callback whose referent has not been found dead: the registry holds each (not its
 * referent) until V8 reports the referent collected, when the event loop turns; gc.collect() looks through
 * them at once (sweepDeadRefs).
 */
const withCallback = new Set<PyWeakRef>();
/** References whose referent died, their callbacks not run yet. */
const dueRefs: PyWeakRef[] = [];
const registry = new FinalizationRegistry<PyWeakRef>((r) => {
  if (!withCallback.delete(r)) return;
  r.target = null;
  dueRefs.push(r);
  addPendingCall(runDueCallbacks);
});

/** The callbacks of the dead referents' references, as handle_callback: an exception is unraisable. */
function runDueCallbacks(): void {
  // A callback may call gc.collect(), which runs this again: take the queue first.
  while (dueRefs.length > 0) {
    for (const r of dueRefs.splice(0)) {
      try {
        call(r.callback, [r]);
      } catch (e) {
        writeUnraisable(toPyExc(e), r.callback);
      }
    }
  }
}

/** After a full collection: the references whose referent died lose it and get their callback run now; returns how many. */
export function sweepDeadRefs(): number {
  let n = 0;
  for (const r of withCallback) {
    if (r.target !== null && r.target.deref() !== undefined) continue;
    withCallback.delete(r);
    registry.unregister(r);
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
  // A plain ref without callback is shared, as in CPython.
  if (cls === refType && callback === None && list !== undefined) {
    for (const r of list) if (r.cls === refType && r.callback === None && r.get() === o) return r;
  }
  const r = new PyWeakRef(cls, o, callback);
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(r, cls);
  if (list === undefined) refsTo.set(o, (list = []));
  list.push(r);
  if (callback !== None) {
    registry.register(o, r, r);
    withCallback.add(r);
  }
  return r;
}

/** An object's __weakref__: its first live weak reference (a plain ref without callback first), else None. */
export function firstWeakRef(o: PyValue): PyValue {
  const refs = typeof o === 'object' ? liveRefs(o as PyObject) : [];
  return refs.find((r) => r.cls === refType && r.callback === None) ?? refs[0] ?? None;
}

function liveRefs(o: PyObject): PyWeakRef[] {
  const list = refsTo.get(o);
  return list === undefined ? [] : list.filter((r) => r.get() === o);
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

export function makeWeakrefModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_weakref', d);
  d.setStr('__name__', '_weakref');
  refType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('ref() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1 || n > 2) typeError(`__new__ expected ${n < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${n}`);
    return newRef(args[0] as PyType, args[1], n === 2 ? args[2] : None);
  }));
  defineMethods(refType, {
    __init__: () => None,
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
      __eq__: (self, args) => eq(referent(self), args[0] instanceof PyWeakRef && (args[0].cls === proxyType || args[0].cls === callableProxyType) ? referent(args[0]) : args[0]),
      __hash__: () => typeError(`unhashable type: 'weakref.ProxyType'`),
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
