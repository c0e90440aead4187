// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD (CPython 3.11's specialising
// interpreter does the same with LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES...). A site
// remembers, for the last type it saw and that type's version, what the type-side lookup found
// (the attribute on the class, whether it is a data descriptor, whether __getattribute__/
// __setattr__ are object's), so a hit costs one version check and, for instances, one dict lookup.
// A type's version changes whenever its dict or any base's dict changes, so a hit is always valid.
// Descriptors whose behaviour could change without a version bump (instances of Python classes
// defining __get__/__set__) are never cached.
import {
  PyValue, PyType, PyObject, PyMethod, PyMethodDescr, PyModule, PyProperty, PyMemberDescr, PyGetSetDescr,
  PyClassMethod, PyStaticMethod, typeOf, TF_HEAPTYPE, moduleType,
} from '../objects/object.js';
import { PyFunction } from '../objects/funcobject.js';
import {
  getAttrMaybe, setAttr, bindDescr, descrSet, isDataDescr, objectGetAttribute, objectSetAttr, moduleGetAttribute,
} from '../objects/abstract.js';
import type { RtCode } from './code.js';

/** Instance attribute: the instance dict first, then `descr` (undefined, a plain value or a non-data descriptor). */
const K_INSTANCE = 1;
/** A builtin data descriptor on the type (property, __slots__ member, getset): it alone decides. */
const K_DATA = 2;
/** A module's global. */
const K_MODULE = 3;
/** LOAD_METHOD: a function or method descriptor on the type, unless the instance dict shadows it. */
const K_METHOD = 4;

export class AttrCache {
  constructor(public type: PyType, public version: number, public kind: number, public descr: PyValue | undefined) {}
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
function instanceGet(o: PyValue, t: PyType, d: PyValue | undefined, name: string): PyValue | undefined {
  if (typeof o === 'object') {
    const dict = o.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
  }
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
        return instanceGet(o, t, c.descr, name);
      case K_DATA:
        return bindDescr(c.descr as PyValue, o, t);
      case K_MODULE: {
        const v = (o as PyModule).dict!.getStr(name);
        if (v !== undefined) return v;
        break;
      }
    }
    return getAttrMaybe(o, name);
  }
  const kind = attrKind(o, t, name);
  if (kind !== 0) code.caches[at] = new AttrCache(t, t.version, kind, t.lookup(name));
  return getAttrMaybe(o, name);
}

function attrKind(o: PyValue, t: PyType, name: string): number {
  const ga = t.lookup('__getattribute__');
  if (ga === moduleGetAttribute && t === moduleType && o instanceof PyModule) return K_MODULE;
  if (ga !== objectGetAttribute || t.lookup('__getattr__') !== undefined || o instanceof PyType) return 0;
  const d = t.lookup(name);
  if (!stable(d)) return 0;
  return d !== undefined && isDataDescr(d) ? K_DATA : K_INSTANCE;
}

export function storeAttr(code: RtCode, at: number, o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o);
  const c = code.caches[at] as AttrCache | null;
  if (c !== null && c.type === t && c.version === t.version) {
    if (c.kind === K_DATA) return descrSet(c.descr as PyValue, o, v, name);
    const dict = (o as PyObject).dict;
    if (dict !== null) {
      dict.setStr(name, v);
      return;
    }
    return setAttr(o, name, v);
  }
  if (typeof o === 'object' && !(o instanceof PyType) && t.lookup('__setattr__') === objectSetAttr) {
    const d = t.lookup(name);
    if (stable(d)) code.caches[at] = new AttrCache(t, t.version, d !== undefined && isDataDescr(d) ? K_DATA : K_INSTANCE, d);
  }
  setAttr(o, name, v);
}

/**
 * LOAD_METHOD's lookup: the function or method descriptor to call with `o` as first argument, or
 * undefined when the attribute is not such a method (the caller then uses loadAttr at the same site,
 * whose cache entry then answers both: `self.callback(x)`, `module.func(x)`).
 */
export function findMethod(code: RtCode, at: number, o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  const c = code.caches[at] as AttrCache | null;
  let d: PyValue | undefined;
  if (c !== null && c.type === t && c.version === t.version) {
    // Another kind is loadAttr's entry for this site (the caller's fallback): not a method.
    if (c.kind !== K_METHOD) return undefined;
    d = c.descr;
  } else {
    d = t.lookup(name);
    if (!((d instanceof PyFunction || d instanceof PyMethodDescr) && t.lookup('__getattribute__') === objectGetAttribute)) return undefined;
    code.caches[at] = new AttrCache(t, t.version, K_METHOD, d);
  }
  if (typeof o === 'object') {
    const dict = o.dict;
    if (dict !== null && dict.getStr(name) !== undefined) return undefined;
  }
  return d;
}
