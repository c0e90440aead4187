// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD (CPython 3.11's specialising
// interpreter does the same with LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES...). A site
// remembers, for the last type it saw and that type's version, what the type-side lookup found
// (the attribute on the class, whether it is a data descriptor, whether __getattribute__/
// __setattr__ are object's), so a hit costs one version check and, for instances, one dict lookup;
// none when the instance dict has the shape the site saw last (DictShape in objects/object.ts): the
// name's position in it, or its absence, is then known. For a class (A.X) the site checks its
// metaclass; for a module, it keeps the global's dict entry. A type's version changes whenever its
// dict or any base's dict changes, so a hit is always valid. Descriptors whose behaviour could change
// without a version bump (instances of Python classes defining __get__/__set__) are never cached.
import {
  PyValue, PyType, PyObject, PyInstance, PyMethod, PyMethodDescr, PyModule, PyProperty, PyMemberDescr, PyGetSetDescr,
  PyClassMethod, PyStaticMethod, DictShape, DictEntry, HTable, typeOf, TF_HEAPTYPE, moduleType,
} from '../objects/object.js';
import { PyFunction } from '../objects/funcobject.js';
import {
  getAttrMaybe, setAttr, bindDescr, descrSet, isDataDescr, objectGetAttribute, objectSetAttr, moduleGetAttribute, typeGetAttribute,
} from '../objects/abstract.js';
import type { RtCode } from './code.js';

/** Instance attribute: the instance dict first, then `descr` (undefined, a plain value or a non-data descriptor). */
const K_INSTANCE = 1;
/** A builtin data descriptor on the type (property, getset): it alone decides. */
const K_DATA = 2;
/** A module's global. */
const K_MODULE = 3;
/** LOAD_METHOD: a function or method descriptor on the type, unless the instance dict shadows it. */
const K_METHOD = 4;
/** A __slots__ member (a PyMemberDescr: the value is the instance's slots[descr.index]). */
const K_SLOT = 5;
/** An attribute of a class (type_getattro), where the metaclass has no data descriptor of that name. */
const K_TYPE = 6;

export class AttrCache {
  /**
   * The instance dict shape last seen here (null: none yet) and where the name is in that shape's entries (-1:
   * absent); for STORE_ATTR adding the name, `grown` is the shape the dict then has.
   */
  declare shape: DictShape | null;
  declare index: number;
  declare grown: DictShape | null;
  /** K_MODULE: the module dict's table last read here, its entry for the name, valid while the table's version is `index`. */
  declare table: HTable | null;
  declare entry: DictEntry | null;
  constructor(public type: PyType, public version: number, public kind: number, public descr: PyValue | undefined) {
    this.shape = null;
    this.index = -1;
    this.grown = null;
    this.table = null;
    this.entry = null;
  }
}

/** A module's global `name` (undefined: not there); the site keeps its dict entry while no key is added or removed. */
function moduleGet(c: AttrCache, m: PyModule, name: string): PyValue | undefined {
  const tb = m.dict!.t;
  if (tb === c.table && tb.version === c.index) return c.entry!.value;
  const e = tb.find(name);
  if (e === undefined) return undefined;
  c.table = tb;
  c.index = tb.version;
  c.entry = e;
  return e.value;
}

/** Shapes with more entries than this are not learnt: finding a name's position is a linear search. */
const LEARN_MAX = 64;

/** The cache learns where `name` is in a dict of shape `shape` (its table `tb`), from the entry found (if any). */
function learn(c: AttrCache, tb: HTable, shape: DictShape, e: DictEntry | undefined): void {
  const order = tb.order!;
  if (order.length > LEARN_MAX) return;
  c.shape = shape;
  c.index = e === undefined ? -1 : order.indexOf(e);
  c.grown = null;
}

/** A value found on the type that a cache may keep: its meaning cannot change without a version bump. */
function stable(d: PyValue | undefined): boolean {
  if (d === undefined || typeof d !== 'object') return true;
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyProperty || d instanceof PyMemberDescr
      || d instanceof PyGetSetDescr || d instanceof PyClassMethod || d instanceof PyStaticMethod) return !(d.cls.flags & TF_HEAPTYPE);
  const dt = d.cls;
  return !(dt.flags & TF_HEAPTYPE) && dt.lookup('__get__') === undefined;
}

/** undefined: not there (the caller raises AttributeError; see getAttrMaybe). */
function instanceGet(c: AttrCache, o: PyValue, t: PyType, name: string): PyValue | undefined {
  if (typeof o === 'object') {
    const dict = o.dict;
    if (dict !== null) {
      const tb = dict.t;
      const shape = tb.shape;
      if (shape !== null && shape === c.shape) {
        if (c.index >= 0) return tb.order![c.index].value;
      } else {
        const e = tb.find(name);
        if (shape !== null) learn(c, tb, shape, e);
        if (e !== undefined) return e.value;
      }
    }
  }
  const d = c.descr;
  if (d === undefined) return undefined;
  if (d instanceof PyFunction) return new PyMethod(d, o);
  return bindDescr(d, o, t);
}

/** LOAD_ATTR: undefined when the attribute is not there (getAttrMaybe: the eval loop raises AttributeError). */
export function loadAttr(code: RtCode, at: number, o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const c = code.caches[at] as AttrCache | null;
  if (c !== null && c.type === t && c.version === t.version) {
    switch (c.kind) {
      case K_INSTANCE:
        return instanceGet(c, o, t, name);
      case K_SLOT: {
        const v = (o as PyInstance).slots?.[(c.descr as PyMemberDescr).index];
        if (v !== null && v !== undefined) return v;
        return bindDescr(c.descr as PyValue, o, t); // raises AttributeError
      }
      case K_DATA:
        return bindDescr(c.descr as PyValue, o, t);
      case K_MODULE: {
        const v = moduleGet(c, o as PyModule, name);
        if (v !== undefined) return v;
        break;
      }
      case K_TYPE:
        return typeAttr(o as PyType, name);
    }
    return getAttrMaybe(o, name);
  }
  const kind = attrKind(o, t, name);
  if (kind !== 0) code.caches[at] = new AttrCache(t, t.version, kind, t.lookup(name));
  return getAttrMaybe(o, name);
}

/**
 * `o.name` for a class o whose metaclass the site has checked (typeGetAttr without its first step). Nothing about
 * o is kept: a site holding a class or its attributes would keep them alive after the program dropped them.
 */
function typeAttr(o: PyType, name: string): PyValue | undefined {
  const v = o.lookup(name);
  // Not on the class: the metaclass's attribute, or its __getattr__.
  if (v === undefined) return getAttrMaybe(o, name);
  if (typeof v !== 'object' || v instanceof PyFunction || v instanceof PyType) return v;
  return bindDescr(v, null, o);
}

function attrKind(o: PyValue, t: PyType, name: string): number {
  const ga = t.lookup('__getattribute__');
  if (ga === moduleGetAttribute && t === moduleType && o instanceof PyModule) return K_MODULE;
  if (o instanceof PyType) {
    // A data descriptor of the metaclass comes first (type_getattro): then not cached.
    const md = t.lookup(name);
    return ga === typeGetAttribute && (md === undefined || (stable(md) && !isDataDescr(md))) ? K_TYPE : 0;
  }
  if (ga !== objectGetAttribute || t.lookup('__getattr__') !== undefined || o instanceof PyType) return 0;
  const d = t.lookup(name);
  if (!stable(d)) return 0;
  return dataKind(t, d);
}

/** K_INSTANCE, or for a data descriptor found on t, K_SLOT for a slot of t's own layout (one a class borrowed is checked), else K_DATA. */
function dataKind(t: PyType, d: PyValue | undefined): number {
  if (d === undefined || !isDataDescr(d)) return K_INSTANCE;
  return d instanceof PyMemberDescr && t.isSubtype(d.owner) ? K_SLOT : K_DATA;
}

export function storeAttr(code: RtCode, at: number, o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o);
  const c = code.caches[at] as AttrCache | null;
  if (c !== null && c.type === t && c.version === t.version) {
    if (c.kind === K_SLOT) {
      const slots = (o as PyInstance).slots;
      if (slots !== null && slots !== undefined) {
        slots[(c.descr as PyMemberDescr).index] = v;
        return;
      }
    }
    if (c.kind !== K_INSTANCE) return descrSet(c.descr as PyValue, o, v, name);
    const dict = (o as PyObject).dict;
    if (dict !== null) {
      const tb = dict.t;
      const shape = tb.shape;
      if (shape !== null && shape === c.shape) {
        if (c.index >= 0) {
          tb.order![c.index].value = v;
          return;
        }
        if (c.grown !== null) return tb.appendStr(name, v, c.grown);
      }
      return storeLearning(c, tb, name, v);
    }
    return setAttr(o, name, v);
  }
  if (typeof o === 'object' && !(o instanceof PyType) && t.lookup('__setattr__') === objectSetAttr) {
    const d = t.lookup(name);
    if (stable(d)) code.caches[at] = new AttrCache(t, t.version, dataKind(t, d), d);
  }
  setAttr(o, name, v);
}

/** A store into an instance dict that the site's shape did not answer: the cache learns the dict's shape. */
function storeLearning(c: AttrCache, tb: HTable, name: string, v: PyValue): void {
  const before = tb.shape;
  const e = tb.setDefault(name, v);
  e.value = v;
  if (before === null || tb.shape === null) return;
  if (tb.shape === before) return learn(c, tb, before, e);
  if (tb.order!.length > LEARN_MAX) return;
  c.shape = before;
  c.index = -1;
  c.grown = tb.shape;
}

/**
 * LOAD_METHOD's lookup: the function or method descriptor to call with `o` as first argument, or
 * undefined when the attribute is not such a method (the caller then uses loadAttr at the same site,
 * whose cache entry then answers both: `self.callback(x)`, `module.func(x)`).
 */
export function findMethod(code: RtCode, at: number, o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  let c = code.caches[at] as AttrCache | null;
  if (c !== null && c.type === t && c.version === t.version) {
    // Another kind is loadAttr's entry for this site (the caller's fallback): not a method.
    if (c.kind !== K_METHOD) return undefined;
  } else {
    const d = t.lookup(name);
    if (!((d instanceof PyFunction || d instanceof PyMethodDescr) && t.lookup('__getattribute__') === objectGetAttribute)) return undefined;
    code.caches[at] = c = new AttrCache(t, t.version, K_METHOD, d);
  }
  if (typeof o === 'object') {
    const dict = o.dict;
    // The instance dict shadows the method unless the site has seen its shape (the name is then known absent).
    if (dict !== null) {
      const tb = dict.t;
      const shape = tb.shape;
      if (shape === null || shape !== c.shape) {
        if (dict.getStr(name) !== undefined) return undefined;
        if (shape !== null) c.shape = shape;
      }
    }
  }
  return c.descr;
}
