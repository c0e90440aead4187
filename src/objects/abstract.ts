// The object protocols (Objects/abstract.c, object.c): attribute access, calls, operators,
// comparison, hashing, iteration, repr/str. Special methods are looked up on the type.
import { intToDecimal, asInt, PyIntSub } from './int.js';
import { PyStrSub } from './str.js';
import { F64, U32, HI, LO } from './floatbits.js';
import { warn } from '../modules/_warnings.js';
import { exceptionTypes } from './exceptions.js';
import { rangeIter } from './range.js';
import {
  PyValue, PyObject, PyType, PyFloat, PyTuple, PyList, PyDict, PySet, PyInstance, PyBuiltin, PyMethodDescr, callBoundChecked,
  PyMethodWrapper, wrapperDescrType, generatorType,
  PyClassMethodDescr, PyGetSetDescr, PyMemberDescr, PyProperty, PyClassMethod, PyStaticMethod, PyMethod, PySingleton,
  PyListIter, EXHAUSTED, PyRangeIter, PyNativeIter, PyRange, PyCell, None, NotImplemented, typeOf, intType, boolType, floatType,
  strType, complexType, objectType, typeType, tupleType, listType, dictType, noneType, tableHooks, normBig, PyDictView, PyModule,
  PyBytesObj, PyComplexObj, frozensetType, setType, emptyTuple, PySuper, superType, PyCell as Cell, memberDescrType, TF_HEAPTYPE,
} from './object.js';
import {
  PyException, PyBaseException, typeError, attributeError, newException, AttributeError, StopIteration, TypeError,
  KeyError, IndexError, RecursionError, raise,
} from './exceptions.js';
import { PyFunction } from './funcobject.js';
import { callFunction, callTypeNew, ts } from '../vm/ceval.js';
import { floatRepr, strRepr } from '../parser/constants.js';

void Cell;

// ---------------------------------------------------------------------------
// Calls

export function call(f: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  ts.direct = false; // a native reached from here was not called by the eval loop (threads.ts)
  if (f instanceof PyFunction) return callFunction(f, args, kwnames);
  if (f instanceof PyBuiltin) return f.fn(args, kwnames);
  if (f instanceof PyMethod) {
    const a = new Array<PyValue>(args.length + 1);
    a[0] = f.self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return call(f.func, a, kwnames);
  }
  if (f instanceof PyType) return callType(f, args, kwnames);
  if (f instanceof PyMethodDescr) {
    // wrapperdescr_call words its errors its own way.
    const slot = f.cls === wrapperDescrType;
    if (args.length === 0) typeError(slot ? `descriptor '${f.name}' of '${f.owner.tpName}' object needs an argument` : `unbound method ${f.owner.name}.${f.name}() needs an argument`);
    const self = args[0];
    if (!typeOf(self).isSubtype(f.owner)) descrMismatch(f, self);
    return f.fn(self, args.slice(1), kwnames);
  }
  const c = typeOf(f).lookup('__call__');
  if (c === undefined) typeError(`'${typeOf(f).tpName}' object is not callable`);
  return callBound(c, f, args, kwnames);
}

/** A builtin's method descriptor called on an object of another type: wrapperdescr_call's and method_check_args' errors. */
function descrMismatch(f: PyMethodDescr, self: PyValue): never {
  typeError(f.cls === wrapperDescrType ? `descriptor '${f.name}' requires a '${f.owner.tpName}' object but received a '${typeOf(self).tpName}'`
    : `descriptor '${f.name}' for '${f.owner.tpName}' objects doesn't apply to a '${typeOf(self).tpName}' object`);
}

/** Call a function found on a type with `self` prepended (no bound-method allocation). */
export function callBound(fn: PyValue, self: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  ts.direct = false;
  if (fn instanceof PyMethodDescr) {
    // A class may take another type's method as its own (`__eq__ = str.__eq__` in a subclass of int).
    const t = typeOf(self);
    if (t !== fn.owner && !t.isSubtype(fn.owner)) descrMismatch(fn, self);
    return fn.fn(self, args, kwnames);
  }
  if (fn instanceof PyFunction) {
    const a = new Array<PyValue>(args.length + 1);
    a[0] = self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return callFunction(fn, a, kwnames);
  }
  return call(bindDescr(fn, self, typeOf(self)), args, kwnames);
}

/** Call special method `name` of v's type, or return undefined when the type has none. */
export function callSpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const fn = typeOf(v).lookup(name);
  if (fn === undefined) return undefined;
  return callBound(fn, v, args);
}

export function callType(t: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (t === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  const meta = t.cls;
  if (meta !== typeType) {
    const c = meta.lookup('__call__');
    if (c !== undefined && c !== typeType.tdict.get('__call__')) return callBound(c, t, args, kwnames);
  }
  return callTypeNew(t, args, kwnames);
}

// ---------------------------------------------------------------------------
// Descriptors and attributes

export function isDataDescr(d: PyValue): boolean {
  if (d instanceof PyFunction || typeof d !== 'object') return false;
  if (d instanceof PyGetSetDescr) return d.data;
  if (d instanceof PyMemberDescr || d instanceof PyProperty) return true;
  if (d instanceof PyMethodDescr || d instanceof PyBuiltin || d instanceof PyType) return false;
  const t = d.cls;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** A data descriptor that also has __get__: one without yields to the instance (or class) dict. */
function isDataDescrWithGet(d: PyValue): boolean {
  if (!isDataDescr(d)) return false;
  return d instanceof PyGetSetDescr || d instanceof PyMemberDescr || d instanceof PyProperty || (d as PyObject).cls.lookup('__get__') !== undefined;
}

/** descr.__get__(obj, type) for the common descriptor kinds; obj null = accessed on the class. */
export function bindDescr(d: PyValue, obj: PyValue | null, t: PyType): PyValue {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) {
    if (obj === null) return d;
    const { fast, minArgs, maxArgs } = d;
    const self = obj;
    const fn = (a: PyValue[], k: string[] | null): PyValue => (k === null && a.length >= minArgs && a.length <= maxArgs ? fast(self, a, k) : callBoundChecked(d, self, a, k));
    return d.cls === wrapperDescrType ? new PyMethodWrapper(d, fn, self) : new PyBuiltin(d.name, fn, self, `${d.owner.name}.${d.name}`);
  }
  if (d instanceof PyClassMethodDescr) {
    const fn = d.fn;
    return new PyBuiltin(d.name, (a, k) => fn(t, a, k), t, `${d.owner.name}.${d.name}`);
  }
  if (d instanceof PyGetSetDescr) return obj === null ? d : d.get(obj);
  if (d instanceof PyMemberDescr) {
    if (obj === null) return d;
    memberCheck(d, obj);
    const v = (obj as PyInstance).slots?.[d.index];
    if (v === null || v === undefined) attributeError(`'${typeOf(obj).tpName}' object has no attribute '${d.name}'`);
    return v;
  }
  if (d instanceof PyProperty) {
    if (obj === null) return d;
    if (d.fget === None) propertyMissing(d, obj, 'getter');
    return call(d.fget, [obj]);
  }
  if (d instanceof PyClassMethod) {
    const fn = d.func;
    if (fn instanceof PyFunction || typeof fn !== 'object' || typeOf(fn).lookup('__get__') === undefined) return new PyMethod(fn, t);
    return bindDescr(fn, t, t);
  }
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyBuiltin || d instanceof PyType) return d;
  const g = d.cls.lookup('__get__');
  if (g === undefined) return d;
  return callBound(g, d, [obj === null ? None : obj, t]);
}

/** property_descr_get/set's AttributeError: the property's name and the instance type's qualname, as reprs. */
export function propertyMissing(p: PyProperty, obj: PyValue, what: 'getter' | 'setter' | 'deleter'): never {
  const q = repr(typeOf(obj).qualname);
  attributeError(p.pname === null ? `property of ${q} object has no ${what}` : `property ${repr(p.pname)} of ${q} object has no ${what}`);
}

export function instanceDict(v: PyValue): PyDict | null {
  return typeof v === 'object' ? v.dict : null;
}

/** object.__getattribute__ without __getattr__ fallback; undefined when missing. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object' && !(d instanceof PyFunction) && isDataDescrWithGet(d)) return bindDescr(d, obj, t);
  if (typeof obj === 'object') {
    const dict = obj.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return bindDescr(d, obj, t);
  return undefined;
}

/** type.__getattribute__ (attribute of a class object). */
export function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const meta = t.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescrWithGet(md)) return bindDescr(md, t, meta);
  const v = t.lookup(name);
  if (v !== undefined) {
    if (typeof v !== 'object' || v instanceof PyFunction || v instanceof PyType) return v;
    return bindDescr(v, null, t);
  }
  if (md !== undefined) return bindDescr(md, t, meta);
  return undefined;
}

export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  let r: PyValue | undefined;
  if (ga === objectGetAttribute || ga === undefined || (obj instanceof PyType && ga === typeGetAttribute)) {
    if (t.lookup('__getattr__') === undefined) r = ga === typeGetAttribute ? typeGetAttr(obj as PyType, name) : genericGetAttr(obj, name);
    else {
      // slot_tp_getattr_hook: an AttributeError on the way (a property's getter, an unset slot) goes on to __getattr__.
      try {
        r = ga === typeGetAttribute ? typeGetAttr(obj as PyType, name) : genericGetAttr(obj, name);
      } catch (e) {
        if (!(e instanceof PyException) || !e.exc.cls.isSubtype(AttributeError)) throw e;
        r = undefined;
      }
    }
  } else if (obj instanceof PyModule && ga === moduleGetAttribute) {
    r = obj.dict!.getStr(name);
    if (r === undefined) r = genericGetAttr(obj, name);
    if (r === undefined) {
      // PEP 562: the module's own __getattr__.
      const mga = obj.dict!.getStr('__getattr__');
      if (mga !== undefined) {
        try {
          r = call(mga, [name]);
        } catch (e) {
          if (!(e instanceof PyException) || !e.exc.cls.isSubtype(AttributeError)) throw e;
        }
      }
    }
  } else if (obj instanceof PySuper && ga === superGetAttribute) r = superGetAttr(obj, name);
  else {
    try {
      r = callBound(ga, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyException) || !e.exc.cls.isSubtype(AttributeError)) throw e;
      r = undefined;
    }
  }
  if (r !== undefined) return r;
  const gattr = t.lookup('__getattr__');
  if (gattr !== undefined) {
    try {
      return callBound(gattr, obj, [name]);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return undefined;
      throw e;
    }
  }
  return undefined;
}

/**
 * _PyObject_LookupAttr: getAttrOpt, and an AttributeError raised on the way (by a property's getter, an
 * unset slot) also means absent.
 */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOpt(obj, name);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * getAttr, except that an attribute simply not there is undefined: no AttributeError is made or thrown (the
 * caller makes it with noAttribute). LOAD_ATTR raises it by a break to unwind(), without a JS throw (~1-2 us
 * each, and tens of us while V8 runs the eval loop as baseline code), as a missing dict key does.
 */
export function getAttrMaybe(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  if (ga !== objectGetAttribute && ga !== typeGetAttribute && ga !== moduleGetAttribute && ga !== superGetAttribute
      && ga !== undefined && t.lookup('__getattr__') === undefined) {
    try {
      return callBound(ga, obj, [name]);
    } catch (e) {
      throw attributeErrorContext(e, obj, name);
    }
  }
  const gattr = t.lookup('__getattr__');
  if (obj instanceof PyModule && ga === moduleGetAttribute && gattr === undefined) {
    // The module's __getattr__ (PEP 562) raises its own AttributeError.
    const r = obj.dict!.getStr(name) ?? genericGetAttr(obj, name);
    if (r !== undefined) return r;
    const mga = obj.dict!.getStr('__getattr__');
    return mga !== undefined ? call(mga, [name]) : undefined;
  }
  if (gattr === undefined) {
    return getAttrOpt(obj, name);
  }
  let r: PyValue | undefined;
  try {
    r = ga === objectGetAttribute || ga === undefined ? genericGetAttr(obj, name)
      : obj instanceof PyType && ga === typeGetAttribute ? typeGetAttr(obj, name)
      : callBound(ga, obj, [name]);
  } catch (e) {
    if (!(e instanceof PyException) || !e.exc.cls.isSubtype(AttributeError)) throw e;
    r = undefined;
  }
  if (r !== undefined) return r;
  try {
    return callBound(gattr, obj, [name]);
  } catch (e) {
    throw attributeErrorContext(e, obj, name);
  }
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const r = getAttrMaybe(obj, name);
  if (r === undefined) throw noAttribute(obj, name);
  return r;
}

/**
 * set_attribute_error_context: an AttributeError out of a failed getattr (a __getattr__'s bare
 * `raise AttributeError`) learns the name and object, unless it has them, for the traceback's suggestions.
 */
function attributeErrorContext(e: unknown, obj: PyValue, name: string): unknown {
  if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) {
    const x = e.exc;
    if (x.attrName === undefined && x.value === None) {
      x.attrName = name;
      x.value = obj;
    }
  }
  return e;
}

export function noAttribute(obj: PyValue, name: string): PyException {
  let msg: string;
  if (obj instanceof PyType) msg = `type object '${obj.tpName}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) {
    // A module whose code is still running for its import (importlib's __spec__._initializing): CPython's hint.
    // A submodule still loading (__spec__._uninitialized_submodules): the other hint.
    const spec = obj.dict!.getStr('__spec__');
    const partial = spec instanceof PyObject && spec.dict?.getStr('_initializing') === true;
    const loading = spec instanceof PyObject && spec.dict?.getStr('_uninitialized_submodules');
    const modName = obj.dict!.getStr('__name__');
    msg = typeof modName !== 'string'
      ? `module has no attribute '${name}'`
      : partial
        ? `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`
        : loading instanceof PyList && loading.items.includes(name)
          ? `cannot access submodule '${name}' of module '${modName}' (most likely due to a circular import)`
          : `module '${modName}' has no attribute '${name}'`;
  }
  else msg = `'${typeOf(obj).tpName}' object has no attribute '${name}'`;
  const e = newException(AttributeError, [msg]);
  e.value = obj; // name/obj for suggestions
  (e as PyBaseException & { attrName?: string }).attrName = name;
  return new PyException(e);
}

export function setAttr(obj: PyValue, name: string, v: PyValue | null): void {
  const t = typeOf(obj);
  const sa = t.lookup(v === null ? '__delattr__' : '__setattr__');
  if (sa !== undefined && sa !== objectSetAttr && sa !== objectDelAttr && sa !== typeSetAttr && sa !== typeDelAttr) {
    callBound(sa, obj, v === null ? [name] : [name, v]);
    return;
  }
  genericSetAttr(obj, name, v);
}

export function genericSetAttr(obj: PyValue, name: string, v: PyValue | null): void {
  const t = typeOf(obj);
  if (obj instanceof PyType) {
    if (!(obj.flags & 1)) typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    const md = obj.cls.lookup(name);
    if (md !== undefined && isDataDescr(md)) {
      descrSet(md, obj, v, name);
      return;
    }
    if (v === null) {
      if (!obj.tdict.delete(name)) attributeError(`type object '${obj.tpName}' has no attribute '${name}'`);
    } else obj.tdict.set(name, v);
    obj.modified();
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) {
    descrSet(d, obj, v, name);
    return;
  }
  let dict = typeof obj === 'object' ? obj.dict : null;
  if (dict === null && obj instanceof PyFunction && v !== null) dict = obj.dict = new PyDict();
  if (dict === null) {
    if (d === undefined) attributeError(`'${t.tpName}' object has no attribute '${name}'`);
    attributeError(`'${t.tpName}' object attribute '${name}' is read-only`);
  }
  if (v === null) {
    if (dict.t.delete(name) === undefined) attributeError(`'${t.tpName}' object has no attribute '${name}'`);
  } else dict.setStr(name, v);
}

/** descr_check: a slot belongs to instances of its class (another class may hold the descriptor). */
function memberCheck(d: PyMemberDescr, obj: PyValue): void {
  const t = typeOf(obj);
  if (t !== d.owner && !t.isSubtype(d.owner)) {
    typeError(`descriptor '${d.name}' for '${d.owner.tpName}' objects doesn't apply to a '${t.tpName}' object`);
  }
}

export function descrSet(d: PyValue, obj: PyValue, v: PyValue | null, name: string): void {
  if (d instanceof PyGetSetDescr) {
    if (d.set === null) {
      // A read-only member (function.__globals__) says so as PyMember_SetOne does.
      attributeError(d.cls === memberDescrType ? 'readonly attribute' : `attribute '${name}' of '${d.owner.tpName}' objects is not writable`);
    }
    d.set(obj, v);
  } else if (d instanceof PyMemberDescr) {
    memberCheck(d, obj);
    const inst = obj as PyInstance;
    // An instance of a builtin layout's subclass with __slots__ (class S(list): __slots__ = 'x') gets its
    // slot array on the first store; an absent entry reads as unset.
    const slots = inst.slots ?? (inst.slots = []);
    // Deleting an unset slot: PyMember_SetOne's message is the bare name.
    if (v === null && (slots[d.index] ?? null) === null) attributeError(name);
    slots[d.index] = v;
  } else if (d instanceof PyProperty) {
    const f = v === null ? d.fdel : d.fset;
    if (f === None) propertyMissing(d, obj, v === null ? 'deleter' : 'setter');
    call(f, v === null ? [obj] : [obj, v]);
  } else {
    const dt = typeOf(d);
    if (v === null) {
      const del = dt.lookup('__delete__');
      if (del === undefined) attributeError('__delete__');
      callBound(del, d, [obj]);
    } else {
      const set = dt.lookup('__set__');
      if (set === undefined) attributeError('__set__');
      callBound(set, d, [obj, v]);
    }
  }
}

/**
 * LOAD_METHOD on a super() object bound to an instance: the Python function super().name finds, for the caller
 * to call with s.obj as self (no bound method made); undefined for the general path. Not a builtin's method
 * descriptor: bound, its errors name the instance's class (`L.append()`), called as a descriptor its own.
 */
export function superMethod(s: PySuper, name: string): PyFunction | undefined {
  if (s.cls !== superType || s.obj === s.objType || s.obj === None) return undefined;
  const v = superLookup(s, name);
  return v instanceof PyFunction ? v : undefined;
}

/** What super_getattro finds unbound: `name` in the MRO of s's object type after s's class (never __class__). */
function superLookup(s: PySuper, name: string): PyValue | undefined {
  if (name === '__class__') return undefined;
  const mro = s.objType.mro;
  for (let i = mro.indexOf(s.type) + 1; i < mro.length; i++) {
    const v = mro[i].tdict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const v = superLookup(s, name);
  if (v !== undefined) return bindDescr(v, s.obj === s.objType ? null : s.obj, s.objType);
  return genericGetAttr(s, name);
}

// Sentinels: the builtin __getattribute__/__setattr__ descriptors (set by typeobject.ts).
export let objectGetAttribute: PyValue | undefined;
export let typeGetAttribute: PyValue | undefined;
export let moduleGetAttribute: PyValue | undefined;
export let superGetAttribute: PyValue | undefined;
export let objectSetAttr: PyValue | undefined;
export let objectDelAttr: PyValue | undefined;
export let typeSetAttr: PyValue | undefined;
export let typeDelAttr: PyValue | undefined;
export function setAttrSentinels(s: {
  objectGetAttribute: PyValue; typeGetAttribute: PyValue; moduleGetAttribute: PyValue; superGetAttribute: PyValue;
  objectSetAttr: PyValue; objectDelAttr: PyValue; typeSetAttr: PyValue; typeDelAttr: PyValue;
}): void {
  ({ objectGetAttribute, typeGetAttribute, moduleGetAttribute, superGetAttribute, objectSetAttr, objectDelAttr, typeSetAttr, typeDelAttr } = s);
}

// ---------------------------------------------------------------------------
// repr / str

const reprActive = new Set<PyValue>();

/** Guard against infinite recursion in container reprs: returns false if already active. */
export function reprEnter(v: PyValue): boolean {
  if (reprActive.has(v)) return false;
  reprActive.add(v);
  return true;
}
export function reprLeave(v: PyValue): void {
  reprActive.delete(v);
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v); // CPython's 4300-digit limit applies
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.value);
  if (v instanceof PySingleton) return v.repr;
  const r = v.cls.lookup('__repr__');
  if (r === undefined) return `<${v.cls.name} object>`;
  // A deeply nested container's repr recurses natively, with no frame to count.
  const s = callCounted(r, v, ' while getting the repr of an object');
  if (typeof s !== 'string') return textOf(s, '__repr__');
  return s;
}

/** Py_EnterRecursiveCall: native recursion counts against the recursion limit as frames do. */
export function enterRecursiveCall(where: string): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    raise(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

/** Py_LeaveRecursiveCall. */
export function leaveRecursiveCall(): void {
  ts.depth--;
}

/** A special method called between Py_EnterRecursiveCall and Py_LeaveRecursiveCall. */
function callCounted(fn: PyValue, self: PyValue, where: string): PyValue {
  enterRecursiveCall(where);
  try {
    return callBound(fn, self, []);
  } finally {
    leaveRecursiveCall();
  }
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.value);
  const r = v.cls.lookup('__str__');
  if (r === undefined) return repr(v);
  const s = callCounted(r, v, ' while getting the str of an object');
  if (typeof s !== 'string') return textOf(s, '__str__');
  return s;
}

/** The text of a str subclass's instance that __str__/__repr__ returned (valid), else their TypeError. */
function textOf(s: PyValue, method: string): string {
  if (s instanceof PyStrSub) return s.value;
  typeError(`${method} returned non-string (type ${typeOf(s).tpName})`);
}

// ---------------------------------------------------------------------------
// Truth, hashing, equality

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return true; // normalised bigints are never 0
  }
  if (v === None) return false;
  if (v instanceof PyList && v.cls === listType) return v.items.length > 0;
  // Exact types only: a subclass may define __bool__ or __len__, and a mappingproxy's entries may be elsewhere.
  if (v instanceof PyTuple && v.cls === tupleType) return v.items.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyDict && v.cls === dictType) return v.t.size > 0;
  const t = v.cls;
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = callBound(b, v, []);
    if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeOf(r).tpName}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined) return lenOf(v) > 0;
  return true;
}

const MODULUS = (1n << 61n) - 1n;
const MODN = 2305843009213693951; // 2^61-1 (not exact as a double; only used for range checks)
void MODN;

export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') {
    if (v >= -2305843009213693 && v <= 2305843009213693) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/**
 * CPython's float hash: |x| modulo P = 2^61-1 (as a rational, 2 being invertible mod P), negated for x < 0.
 * |x| = m * 2^e with m the 53-bit significand, and 2^61 = 1 mod P, so the hash is m (< P) rotated left by
 * e mod 61 within 61 bits; that rotation is done here on 32-bit halves (the BigInt loop it replaces made a
 * 300k-key float dict 1.16 s instead of 0.94 s).
 */
export function hashFloat(x: number): number | bigint {
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  F64[0] = x;
  const lo = U32[LO];
  const hi = U32[HI];
  const bexp = (hi >>> 20) & 0x7ff;
  // A normal double has the implicit bit; a subnormal one is m * 2^-1074.
  const mh = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  let s = (bexp === 0 ? -1074 : bexp - 1075) % 61;
  if (s < 0) s += 61;
  // (m << s) mod 2^61, or'ed with m >> (61 - s): m has at most 53 bits, so the rotation is exact.
  let rh: number, rl: number;
  if (s === 0) { rh = mh; rl = lo; } else if (s < 32) { rh = ((mh << s) | (lo >>> (32 - s))) >>> 0; rl = (lo << s) >>> 0; } else { rh = (lo << (s - 32)) >>> 0; rl = 0; }
  rh &= 0x1fffffff;
  const t = 61 - s; // 1..61
  if (t < 32) { rl = (rl | (lo >>> t) | (mh << (32 - t))) >>> 0; rh = (rh | (mh >>> t)) >>> 0; } else if (t < 61) rl = (rl | (mh >>> (t - 32))) >>> 0;
  if (rh < 0x200000) {
    const h = rh * 4294967296 + rl;
    return x < 0 ? (h === 1 ? -2 : -h) : h;
  }
  const h = (BigInt(rh) << 32n) | BigInt(rl);
  return x < 0 ? -h : h;
}

/** Scratch bytes for hashString, grown as needed: a hash allocates nothing for its input. */
let hashBytes = new Uint8Array(256);

/**
 * The process's hash secret as SipHash's k0 and k1 (int32 halves: k0 high, k0 low, k1 high, k1 low), as
 * CPython's _Py_HashSecret: zero for PYTHONHASHSEED=0 (and until the command line sets it, so in-process
 * tools hash deterministically), bytes of its LCG for another seed, or 24 random bytes (PYTHONHASHSEED unset).
 */
export const hashSecret = new Int32Array(4);

export function setHashSeed(seed: number | Uint8Array): void {
  const b = typeof seed === 'number' ? new Uint8Array(24) : seed;
  if (typeof seed === 'number' && seed !== 0) {
    // lcg_urandom of Python/bootstrap_hash.c
    let x = seed >>> 0;
    for (let i = 0; i < b.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      b[i] = (x >>> 16) & 0xff;
    }
  }
  const word = (i: number): number => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  hashSecret[0] = word(4);
  hashSecret[1] = word(0);
  hashSecret[2] = word(12);
  hashSecret[3] = word(8);
  strHashes.clear();
}

/** CPython's str hash: SipHash-1-3 (keyed by hashSecret) of the latin-1/UCS-2/UCS-4 data. */
function hashString(s: string): number | bigint {
  const len = s.length;
  if (len === 0) return 0;
  let max = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (hashBytes.length < 4 * len) hashBytes = new Uint8Array(4 * len);
  const bytes = hashBytes;
  let n: number;
  if (max < 256) {
    for (let i = 0; i < len; i++) bytes[i] = s.charCodeAt(i);
    n = len;
  } else if (max < 0xd800 || !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(s)) {
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      bytes[2 * i] = c & 255;
      bytes[2 * i + 1] = c >> 8;
    }
    n = 2 * len;
  } else {
    // UCS-4: code points, a surrogate pair counting as one.
    n = 0;
    for (let i = 0; i < len; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      bytes[n] = c & 255;
      bytes[n + 1] = (c >> 8) & 255;
      bytes[n + 2] = c >> 16;
      bytes[n + 3] = 0;
      n += 4;
    }
  }
  sipCore(hashSecret[0], hashSecret[1], hashSecret[2], hashSecret[3], bytes, n);
  return sipResultAsHash();
}
import { sipCore, sipResultAsHash, sipOut } from '../bytecode/siphash.js';
import { strCompare } from './str.js';
import { seqCompare } from './list.js';
import { PySurrogateStr } from './surrogatestr.js';

/**
 * Hashes of recently hashed short strs: a str is a JS string, with no slot to keep its hash in, and a
 * tuple key such as re's cache key (type, pattern, flags) rehashes its str on every lookup.
 */
const strHashes = new Map<string, StrHash>();

/**
 * A str's hash, and its two 32-bit halves for the tuple hash: most str hashes are beyond 2^53, so
 * BigInts, which tupleHashParts would otherwise take apart (two BigInt allocations) on every lookup.
 */
class StrHash {
  declare h: number | bigint;
  declare hi: number;
  declare lo: number;
  /** Made right after hashString(), while sipOut still holds a BigInt hash's halves. */
  constructor(h: number | bigint) {
    this.h = h;
    if (typeof h === 'number') {
      this.hi = Math.floor(h / TWO32) >>> 0;
      this.lo = h >>> 0;
    } else {
      this.hi = sipOut.hi >>> 0;
      this.lo = sipOut.lo >>> 0;
    }
  }
}

function strHash(s: string): StrHash {
  let e = strHashes.get(s);
  if (e === undefined) {
    e = new StrHash(hashString(s));
    if (s.length <= 256) {
      if (strHashes.size >= 4096) strHashes.clear();
      strHashes.set(s, e);
    }
  }
  return e;
}

export function hash(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'string': {
      if (v.length > 256) return hashString(v);
      return strHash(v).h;
    }
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  // A NaN hashes by identity (3.10+), as float.__hash__ says.
  if (v instanceof PyFloat) return v.value === v.value ? hashFloat(v.value) : idHash(v);
  if (v instanceof PyTuple && v.cls === tupleType) return hashTuple(v.items);
  const t = v.cls;
  const h = t.lookup('__hash__');
  if (h === undefined || h === None) typeError(`unhashable type: '${t.tpName}'`);
  if (h === objectHash) return idHash(v);
  const r = callBound(h, v, []);
  // A builtin type's hash (bytes, memoryview...) is final, as a tp_hash slot's.
  if (h instanceof PyMethodDescr && (typeof r === 'number' || typeof r === 'bigint')) return r;
  const n = asInt(r);
  if (n === undefined) typeError('__hash__ method should return an integer');
  // slot_tp_hash: a result within Py_hash_t is kept (so that returning hash(y) hashes as y), -1 aside; a
  // larger one is hashed as an int.
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'number') return n === -1 ? -2 : n;
  if (n < -HASH_BOUND || n >= HASH_BOUND) return hashInt(n);
  return n === -1n ? -2 : normBig(n);
}
const HASH_BOUND = 1n << 63n;

// CPython's tuple hash (xxHash-based, 64-bit lanes) computed on 32-bit halves: BigInt arithmetic
// made tuple-keyed dicts several times slower than CPython.
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // XXPRIME_1
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // XXPRIME_2
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // XXPRIME_5
const TWO32 = 4294967296;

/** High 32 bits of the 64-bit product of the uint32s a and b, by their 16-bit halves. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const mid = a1 * b0 + ((a0 * b0) >>> 16);
  const mid2 = (mid & 0xffff) + a0 * b1;
  return a1 * b1 + Math.floor(mid / 65536) + Math.floor(mid2 / 65536);
}

/** tupleHashParts' result: the 64-bit hash as two unsigned 32-bit halves. */
const part = { hi: 0, lo: 0 };

/** tuplehash (xxHash-based) of items into part.hi/part.lo; a nested tuple's hash is kept in halves too (no BigInt). */
function tupleHashParts(items: PyValue[]): void {
  let hi = P5_HI, lo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    let laneHi: number, laneLo: number;
    if (typeof x === 'number' && x >>> 0 === x) {
      // hash(n) is n for these
      laneHi = 0;
      laneLo = x;
    } else if (typeof x === 'string') {
      const e = strHash(x);
      laneHi = e.hi;
      laneLo = e.lo;
    } else if (x instanceof PyTuple && x.cls === tupleType) {
      tupleHashParts(x.items);
      laneHi = part.hi;
      laneLo = part.lo;
    } else {
      const h = hash(x);
      if (typeof h === 'number') {
        laneHi = Math.floor(h / TWO32) >>> 0;
        laneLo = h >>> 0;
      } else {
        laneHi = Number(BigInt.asUintN(32, h >> 32n));
        laneLo = Number(BigInt.asUintN(32, h));
      }
    }
    // One xxHash round, acc = rotl(acc + lane * P2, 31) * P1 (mod 2^64), written out here: as a function
    // it was not inlined, and its state went through an object (a dict lookup with a 3-tuple key: 5% faster).
    const mLo = Math.imul(laneLo, P2_LO) >>> 0;
    const mHi = (mulHi32(laneLo, P2_LO) + Math.imul(laneLo, P2_HI) + Math.imul(laneHi, P2_LO)) >>> 0;
    const sLo = (lo + mLo) >>> 0;
    const sHi = (hi + mHi + (sLo < mLo ? 1 : 0)) >>> 0;
    const rHi = ((sHi << 31) | (sLo >>> 1)) >>> 0;
    const rLo = ((sLo << 31) | (sHi >>> 1)) >>> 0;
    lo = Math.imul(rLo, P1_LO) >>> 0;
    hi = (mulHi32(rLo, P1_LO) + Math.imul(rLo, P1_HI) + Math.imul(rHi, P1_LO)) >>> 0;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const xLo = (items.length ^ 0x1663b4b6) >>> 0, xHi = 0x27d4eb2f;
  const sum = lo + xLo;
  lo = sum >>> 0;
  hi = (hi + xHi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) {
    hi = 0;
    lo = 1546275796;
  }
  part.hi = hi;
  part.lo = lo;
}

export function hashTuple(items: PyValue[]): number | bigint {
  tupleHashParts(items);
  const shi = part.hi | 0;
  const lo = part.lo;
  // Exact as a double while |value| < 2^53; otherwise a BigInt, as ints are represented.
  if (shi >= -0x200000 && shi < 0x200000) return shi * TWO32 + lo;
  return (BigInt(shi) << 32n) | BigInt(lo);
}

const hashConv = new DataView(new ArrayBuffer(8));
/**
 * hash(key) into `out` as the int32 halves of the 64-bit value (set layouts; dict buckets). A tuple's halves come
 * straight from tupleHashParts: as a number|bigint its hash was three BigInts (a set of 300,000 pairs: 7.5% of
 * the time).
 */
function hashParts(key: PyValue, out: { hi: number; lo: number }): void {
  if (key instanceof PyTuple && key.cls === tupleType) {
    tupleHashParts(key.items);
    out.hi = part.hi | 0;
    out.lo = part.lo | 0;
    return;
  }
  const h = hash(key);
  if (typeof h === 'number') {
    out.lo = h | 0;
    out.hi = Math.floor(h / TWO32) | 0;
  } else {
    hashConv.setBigInt64(0, h);
    out.hi = hashConv.getInt32(0);
    out.lo = hashConv.getInt32(4);
  }
}

const bucketParts = { hi: 0, lo: 0 };
/**
 * The bucket of a dict key that is not a fast key (HTable): a 30-bit digest of hash(key) (a small integer to V8),
 * so that equal keys share it.
 */
function bucketHash(key: PyValue): number {
  hashParts(key, bucketParts);
  return (bucketParts.hi ^ bucketParts.lo) & 0x3fffffff;
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function idOf(v: PyValue): number {
  if (typeof v !== 'object') return Number(hash(v));
  let i = ids.get(v);
  if (i === undefined) {
    i = nextId;
    nextId += 16;
    ids.set(v, i);
  }
  return i;
}
/** A copy standing for an object V8 has collected (finalize.ts) keeps the object's id(). */
export function setIdOf(v: object, id: number): void {
  ids.set(v, id);
}
function idHash(v: PyObject): number {
  return Math.floor(idOf(v) / 16);
}

export let objectHash: PyValue | undefined;
export let objectEq: PyValue | undefined;
export function setHashSentinels(h: PyValue, e: PyValue): void {
  objectHash = h;
  objectEq = e;
}

/** Key for the JS Map of a table, or undefined when the key needs hash/eq calls. */
function fastKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) {
    const x = k.value;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    // NaN equals nothing, itself included: only the same object finds it (JS Maps would match all NaNs).
    if (x !== x) return k;
    return x;
  }
  if (k instanceof PyComplexObj && k.cls === complexType && k.imag === 0) {
    // Equal to the real number it holds (0j == 0 == 0.0): the same key as that number.
    const x = k.real;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    if (x !== x) return k;
    return x;
  }
  if (k instanceof PyTuple) {
    if (k.cls === tupleType) return undefined;
  }
  const t = k.cls;
  if (t.lookup('__hash__') === objectHash && t.lookup('__eq__') === objectEq) return k;
  if (k instanceof PySingleton || k instanceof PyType || k instanceof PyFunction) return k;
  // A bound builtin method equals another binding of the same method to the same object (meth_richcompare).
  if (k instanceof PyBuiltin && (k.self === null || k.self instanceof PyModule)) return k;
  return undefined;
}

tableHooks.fastKey = fastKey;
tableHooks.primitive = (k) => (k instanceof PyIntSub ? fastKey(k.value) : k instanceof PyStrSub ? k.value : undefined);
tableHooks.hash = bucketHash;
tableHooks.pyHashParts = hashParts;
tableHooks.eq = (a, b) => eq(a, b);
tableHooks.ownEq = (k) => !(k instanceof PyTuple && k.cls === tupleType) && typeOf(k).lookup('__eq__') instanceof PyFunction;

export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  // Two primitives of one kind are equal only when ===; a str against an object (a str subclass, a
  // class with a reflected __eq__) still asks the object.
  if (ta === tb && (ta === 'string' || ta === 'number')) return false;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value === b.value;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) return seqCompare(a.items, b.items, 2) === true;
  return truthy(richCompare(a, b, 2));
}

export const opNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const swapped = [4, 5, 2, 3, 0, 1];
const opSymbols = ['<', '<=', '==', '!=', '>', '>='];

export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const rf = tb.lookup(opNames[swapped[op]]);
    if (rf !== undefined) {
      checkedReverse = true;
      const r = compareSlot(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(opNames[op]);
  if (f !== undefined) {
    const r = compareSlot(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const rf = tb.lookup(opNames[swapped[op]]);
    if (rf !== undefined) {
      const r = compareSlot(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  typeError(`'${opSymbols[op]}' not supported between instances of '${ta.tpName}' and '${tb.tpName}'`);
}

/**
 * slot_tp_richcompare: a comparison method found on the type, called. Binding a descriptor that is not a
 * function may fail (`__eq__ = property(...)` raising): CPython clears that error and answers NotImplemented.
 */
function compareSlot(f: PyValue, self: PyValue, other: PyValue): PyValue {
  if (f instanceof PyMethodDescr) return callBound(f, self, [other]);
  if (f instanceof PyFunction) {
    // PyObject_RichCompare's Py_EnterRecursiveCall: Python comparisons recursing count twice per level.
    enterRecursiveCall(' in comparison');
    try {
      return callBound(f, self, [other]);
    } finally {
      leaveRecursiveCall();
    }
  }
  let bound: PyValue;
  try {
    bound = bindDescr(f, self, typeOf(self));
  } catch (e) {
    if (e instanceof PyException) return NotImplemented;
    throw e;
  }
  return call(bound, [other]);
}

export function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b) < 0; // by code point
  return truthy(richCompare(a, b, 0));
}

// ---------------------------------------------------------------------------
// Binary operators

export const binopNames: string[][] = [
  ['__add__', '__radd__', '__iadd__', '+'], ['__and__', '__rand__', '__iand__', '&'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'], ['__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['__matmul__', '__rmatmul__', '__imatmul__', '@'], ['__mul__', '__rmul__', '__imul__', '*'],
  ['__mod__', '__rmod__', '__imod__', '%'], ['__or__', '__ror__', '__ior__', '|'],
  ['__pow__', '__rpow__', '__ipow__', '**'], ['__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['__sub__', '__rsub__', '__isub__', '-'], ['__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['__xor__', '__rxor__', '__ixor__', '^'],
];

/** BINARY_OP's generic path: op 0..12 binary, 13..25 in-place. */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (op >= 13) {
    const names = binopNames[op - 13];
    const f = typeOf(a).lookup(names[2]);
    // A builtin sequence's *= is its sq_inplace_repeat, tried after the number slots (PyNumber_InPlaceMultiply).
    if (op === 18 && isSeqRepeat(f)) return binaryOp1(a, b, 5, '*=', f);
    if (f !== undefined) {
      const r = callBound(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
    return binaryOp1(a, b, op - 13, names[3] + '=');
  }
  return binaryOp1(a, b, op, binopNames[op][3]);
}

function binaryOp1(a: PyValue, b: PyValue, op: number, sym: string, inplaceRepeat?: PyValue): PyValue {
  const names = binopNames[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  let f = ta.lookup(names[0]);
  let rf = ta === tb ? undefined : tb.lookup(names[1]);
  if (rf !== undefined && f !== undefined && rf === ta.lookup(names[1])) rf = undefined;
  // A builtin sequence's __mul__/__rmul__ is its sq_repeat, not a number slot: binary_op1 tries both sides'
  // slots first, then sequence_repeat, which wants an integer.
  let repeatA: PyValue | undefined, repeatB: PyValue | undefined;
  if (op === 5) {
    if (isSeqRepeat(f)) {
      repeatA = inplaceRepeat ?? f;
      f = undefined;
    }
    if (isSeqRepeat(rf)) {
      repeatB = rf;
      rf = undefined;
    }
  }
  if (rf !== undefined && tb.isSubtype(ta)) {
    const r = callBound(rf, b, [a]);
    if (r !== NotImplemented) return r;
    rf = undefined;
  }
  if (f !== undefined) {
    const r = callBound(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (rf !== undefined) {
    const r = callBound(rf, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (repeatA !== undefined) return sequenceRepeat(repeatA, a, b);
  if (repeatB !== undefined) return sequenceRepeat(repeatB, b, a);
  if (op === 5) {
    const isSeq = (t: PyType) => t.isSubtype(strType) || t.isSubtype(listType) || t.isSubtype(tupleType) || t.name === 'bytes' || t.name === 'bytearray';
    if (isSeq(ta) && tb.lookup('__index__') === undefined) typeError(`can't multiply sequence by non-int of type '${tb.tpName}'`);
    if (isSeq(tb) && ta.lookup('__index__') === undefined) typeError(`can't multiply sequence by non-int of type '${ta.tpName}'`);
  }
  if (op === 0) {
    for (const [t, n] of [[strType, 'str'], [listType, 'list'], [tupleType, 'tuple']] as const) {
      if (ta.isSubtype(t)) typeError(`can only concatenate ${n} (not "${tb.name}") to ${n}`);
    }
  }
  if (op === 8 && sym === '**') typeError(`unsupported operand type(s) for ** or pow(): '${ta.tpName}' and '${tb.tpName}'`);
  // Python 2's `print >> f, x`: CPython's binary_op adds a hint.
  if (sym === '>>' && a instanceof PyBuiltin && a.name === 'print') {
    typeError(`unsupported operand type(s) for >>: '${ta.tpName}' and '${tb.tpName}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  if (op === 6 && typeof a === 'string') typeError(`not all arguments converted during string formatting`);
  typeError(`unsupported operand type(s) for ${sym}: '${ta.tpName}' and '${tb.tpName}'`);
}

/** Whether d is the __mul__, __rmul__ or __imul__ of str, list, tuple, bytes or bytearray (their sq_repeat, sq_inplace_repeat). */
function isSeqRepeat(d: PyValue | undefined): boolean {
  if (!(d instanceof PyMethodDescr) || (d.name !== '__mul__' && d.name !== '__rmul__' && d.name !== '__imul__')) return false;
  const t = d.owner;
  return t === strType || t === listType || t === tupleType || ((t.name === 'bytes' || t.name === 'bytearray') && !(t.flags & TF_HEAPTYPE));
}

/** A repeat count without __index__ given to sq_repeat's wrapper (a direct `__mul__` call): index()'s TypeError. */
export function notACount(n: PyValue): never {
  return typeError(`'${typeOf(n).tpName}' object cannot be interpreted as an integer`);
}

/** sequence_repeat: seq's repeat method with n, which must have __index__. */
function sequenceRepeat(m: PyValue, seq: PyValue, n: PyValue): PyValue {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeOf(n).lookup('__index__') === undefined) {
    typeError(`can't multiply sequence by non-int of type '${typeOf(n).tpName}'`);
  }
  return callBound(m, seq, [n]);
}

export function unaryOp(v: PyValue, name: string, sym: string): PyValue {
  const f = typeOf(v).lookup(name);
  if (f === undefined) typeError(`bad operand type for unary ${sym}: '${typeOf(v).tpName}'`);
  return callBound(f, v, []);
}

// ---------------------------------------------------------------------------
// Iteration

import { tupleIterType, listIterType } from './object.js';
import { seqIter } from './iterobject.js';
function tupleIterTypeRef(): PyType {
  return tupleIterType;
}

export function getIter(v: PyValue): PyValue {
  if (v instanceof PyList) {
    if (v.cls === listType) return new PyListIter(v.items, listIterType, v);
  } else if (v instanceof PyTuple) {
    if (v.cls === tupleType) return new PyListIter(v.items, tupleIterTypeRef(), v);
  } else if (v instanceof PyRange) return rangeIter(v);
  // A generator is its own iterator (its type cannot be subclassed): sum(x for x in ...) asks no __iter__.
  else if (v instanceof PyObject && v.cls === generatorType) return v;
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f === undefined || f === None) {
    if (t.lookup('__getitem__') !== undefined && f === undefined) return seqIter(v);
    typeError(`'${t.tpName}' object is not iterable`);
  }
  const it = callBound(f, v, []);
  if (typeOf(it).lookup('__next__') === undefined) typeError(`iter() returned non-iterator of type '${typeOf(it).tpName}'`);
  return it;
}

/** Installed by genobject.ts (which imports this module): a plain generator's next item, undefined at its end. */
export const iterHooks = { genNext: (g: PyObject): PyValue | undefined => undefined };

/** next(it): the value, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyListIter) {
    const l = it.list;
    if (it.i < l.length) return l[it.i++];
    it.i = EXHAUSTED;
    return undefined;
  }
  if (it instanceof PyRangeIter) {
    if (it.i >= it.len) return undefined;
    it.i++;
    const v = it.cur;
    it.cur += it.step;
    return v;
  }
  if (it instanceof PyNativeIter) {
    try {
      return it.next();
    } catch (e) {
      // A StopIteration escaping a callback (map's function, say) ends the iteration, as in CPython.
      if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return undefined;
      throw e;
    }
  }
  if (it instanceof PyObject && it.cls === generatorType) return iterHooks.genNext(it);
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) typeError(`'${typeOf(it).tpName}' object is not an iterator`);
  try {
    return callBound(f, it, []);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return undefined;
    throw e;
  }
}

/** Materialise any iterable into a JS array. */
export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList && v.cls === listType) return v.items.slice();
  // A tuple subclass may iterate otherwise (its own __iter__); a namedtuple does not.
  if (v instanceof PyTuple && (v.cls === tupleType || v.cls.lookup('__iter__') === tupleType.tdict.get('__iter__'))) return v.items.slice();
  if (typeof v === 'string') return Array.from(v);
  const it = getIter(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** Fast read-only view when v is a list or tuple, else a fresh array. */
export function seqItems(v: PyValue): PyValue[] {
  if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) return v.items;
  return toArray(v);
}

// ---------------------------------------------------------------------------
// Containers

/**
 * len() as the builtin returns it: a Py_ssize_t, so a __len__ beyond 2**53 (a huge range) comes back as a
 * bigint. lenOf serves native code, which cannot index that far: it raises OverflowError there.
 */
export function lenOfSsize(v: PyValue): number | bigint {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls === listType || v.cls === tupleType) return v.items.length;
  }
  if (v instanceof PyDict && v.cls === dictType) return v.t.size;
  const f = typeOf(v).lookup('__len__');
  if (f === undefined) typeError(`object of type '${typeOf(v).tpName}' has no len()`);
  let r = callBound(f, v, []);
  if (typeof r === 'boolean') return r ? 1 : 0;
  // PyNumber_AsSsize_t: any object with __index__ will do.
  if (typeof r === 'object' && typeOf(r).lookup('__index__') !== undefined) r = index(r);
  if (typeof r !== 'number' && typeof r !== 'bigint') typeError(`'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
  // slot_sq_length: the sign first, then the size.
  if (r < 0) raise(ValueErrorT(), '__len__() should return >= 0');
  if (typeof r === 'bigint' && r > 0x7fffffffffffffffn) raise(OverflowErrorT(), 'cannot fit \'int\' into an index-sized integer');
  return r;
}

export function lenOf(v: PyValue): number {
  const n = lenOfSsize(v);
  if (typeof n === 'bigint') raise(OverflowErrorT(), 'cannot fit \'int\' into an index-sized integer');
  return n;
}

import { OverflowError, ValueError } from './exceptions.js';
function OverflowErrorT(): PyType { return OverflowError; }
function ValueErrorT(): PyType { return ValueError; }

/** Number of code points of a JS string (astral characters count as one). */
const PAIR = /[\ud800-\udbff][\udc00-\udfff]/;
let lastLongStr = '';
let lastLongLen = 0;

/**
 * len() of a str in code points. Loops such as `while i < len(text)` ask again and again about the
 * same long string: the last long one is remembered, and a native regex test settles the common
 * case of no surrogate pair at all.
 */
export function strLen(s: string): number {
  const n = s.length;
  if (n < 32) return n < 2 ? n : countCodePoints(s);
  if (s === lastLongStr) return lastLongLen;
  const r = PAIR.test(s) ? countCodePoints(s) : n;
  lastLongStr = s;
  lastLongLen = r;
  return r;
}

function countCodePoints(s: string): number {
  const n = s.length;
  let surrogates = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        surrogates++;
        i++;
      }
    }
  }
  return n - surrogates;
}

export function getItem(o: PyValue, k: PyValue): PyValue {
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f !== undefined) return callBound(f, o, [k]);
  if (o instanceof PyType) {
    if (o === typeType) return new PyGenericAlias(o, [k]); // type[int], as PyObject_GetItem special-cases it
    const cg = typeGetAttr(o, '__class_getitem__');
    if (cg !== undefined && cg !== None) return call(cg, [k]);
    typeError(`type '${o.tpName}' is not subscriptable`);
  }
  typeError(`'${t.tpName}' object is not subscriptable`);
}

export function setItem(o: PyValue, k: PyValue, v: PyValue): void {
  const f = typeOf(o).lookup('__setitem__');
  if (f === undefined) typeError(`'${typeOf(o).tpName}' object does not support item assignment`);
  callBound(f, o, [k, v]);
}

export function delItem(o: PyValue, k: PyValue): void {
  const f = typeOf(o).lookup('__delitem__');
  if (f === undefined) typeError(`'${typeOf(o).tpName}' object doesn't support item deletion`);
  callBound(f, o, [k]);
}

export function contains(container: PyValue, v: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof v !== 'string') {
      // a str that holds a surrogate pair apart: str.__contains__ handles it
      // (and a str subclass's instance: PyUnicode_Contains takes any str)
      if (v instanceof PySurrogateStr || typeOf(v).isSubtype(strType)) return truthy(callBound(strType.lookup('__contains__')!, container, [v]));
      typeError(`'in <string>' requires string as left operand, not ${typeOf(v).tpName}`);
    }
    // A needle that starts with a low surrogate or ends with a high one could match half of an astral
    // character in a JS search: str.__contains__ compares code points.
    const n = v.length;
    if (n > 0) {
      const a = v.charCodeAt(0);
      const b = v.charCodeAt(n - 1);
      if ((a >= 0xdc00 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdbff)) return truthy(callBound(strType.lookup('__contains__')!, container, [v]));
    }
    return container.includes(v);
  }
  if (container instanceof PyDict && container.cls === dictType) return container.t.find(v) !== undefined;
  if (container instanceof PySet && (container.cls === setType || container.cls === frozensetType) && !(v instanceof PySet)) return container.t.find(v) !== undefined;
  const t = typeOf(container);
  const f = t.lookup('__contains__');
  if (f !== undefined) return truthy(callBound(f, container, [v]));
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError(`argument of type '${t.tpName}' is not iterable`);
  const it = getIter(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (x === v || eq(x, v)) return true;
  }
}

// ---------------------------------------------------------------------------
// Numbers

/** operator.index(): an int (number or bigint), from int, bool or __index__. */
export function index(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // PyNumber_Index: an int subclass is its value, whatever its __index__ says.
  if (v instanceof PyIntSub) return v.value;
  const f = typeOf(v).lookup('__index__');
  if (f === undefined) typeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return intResult('__index__', callBound(f, v, []));
}

/**
 * The result of __index__/__int__ as an int: an exact int as it is; a bool or another int subclass warns
 * (deprecated since 3.3) and gives its value; anything else is a TypeError.
 */
export function intResult(name: string, r: PyValue): number | bigint {
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  const n = asInt(r);
  if (n === undefined) typeError(`${name} returned non-int (type ${typeOf(r).tpName})`);
  warn(`${name} returned non-int (type ${typeOf(r).tpName}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    exceptionTypes.get('DeprecationWarning')!, 1, None);
  return typeof n === 'boolean' ? (n ? 1 : 0) : n;
}

/** An index-sized integer, for indexing; `what` names the receiver in the TypeError. */
export function indexInt(v: PyValue, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    raise(IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  if (typeOf(v).lookup('__index__') === undefined) typeError(`${what} indices must be integers or slices, not ${typeOf(v).tpName}`);
  const r = index(v);
  if (typeof r === 'bigint') raise(IndexError, `cannot fit 'int' into an index-sized integer`);
  return r;
}

export function isinstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtype(t);
}

export function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
    return x;
  }
  const f = typeOf(v).lookup('__float__');
  if (f !== undefined) {
    const r = callBound(f, v, []);
    if (!(r instanceof PyFloat)) typeError(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(r).tpName})`);
    return r.value;
  }
  const ix = typeOf(v).lookup('__index__');
  // PyLong_AsDouble of the __index__ result: OverflowError past the float range.
  if (ix !== undefined) return toFloat(index(v));
  typeError(`must be real number, not ${typeOf(v).tpName}`);
}

export { normBig, PyDictView, PyBytesObj, PyComplexObj, PyCell, objectType, noneType, intType, boolType, strType, emptyTuple, PyInstance, KeyError, TypeError, RecursionError, PyClassMethodDescr };
import { PyGenericAlias } from './genericalias.js';
import { ssizeArg } from '../modules/args.js';

/** PyObject_LengthHint: __len__, else __length_hint__ (a TypeError from either means "no hint": `dflt`). */
export function lengthHint(o: PyValue, dflt: number): PyValue {
  const t = typeOf(o);
  if (typeof o === 'string' || t.lookup('__len__') !== undefined) {
    const n = typeErrorAsUndefined(() => lenOf(o));
    if (n !== undefined) return n;
  }
  const r = typeErrorAsUndefined(() => callSpecial(o, '__length_hint__', []));
  if (r === undefined || r === NotImplemented) return dflt;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  const n = ssizeArg(r);
  if (n < 0) raise(ValueError, '__length_hint__() should return >= 0');
  return n;
}

function typeErrorAsUndefined<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(TypeError)) return undefined;
    throw e;
  }
}

/**
 * The length hint list.extend, list() and bytearray.extend ask an iterable of a Python class for (list_extend):
 * its errors propagate. Builtin iterables' hints cannot fail, so they are not asked (JS arrays need no size).
 */
export function checkLengthHint(x: PyValue): void {
  if (typeof x === 'object' && (x.cls.flags & TF_HEAPTYPE) !== 0) lengthHint(x, 8);
}
