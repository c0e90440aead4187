// Pickling support of object (Objects/typeobject.c: object.__reduce_ex__, __reduce__, __getstate__):
// protocol 2+ builds copyreg.__newobj__ / __newobj_ex__ tuples natively; protocols 0 and 1 go to
// copyreg._reduce_ex, as CPython does. copy.copy/deepcopy and pickle rely on these.
import { PyValue, PyType, PyTuple, PyDict, PyList, None, objectType, listType, dictType, typeOf, TF_HEAPTYPE, TF_NO_NEW } from './object.js';
import { typeLayout } from './layout.js';
import { typeError, raise, RuntimeError } from './exceptions.js';
import { call, getAttr, lookupAttr, getIter, bindDescr } from './abstract.js';
import { loadModule } from '../vm/import.js';

/** tp_name: a static type outside builtins is named with its module. */
function tpName(t: PyType): string {
  if (t.flags & TF_HEAPTYPE) return t.name;
  const m = t.module;
  return m === 'builtins' ? t.name : `${m}.${t.name}`;
}

function copyreg(): PyValue {
  return loadModule('copyreg');
}

/** _PyType_GetSlotNames: cls.__slotnames__ from its own dict, else copyreg._slotnames(cls) (which caches it). */
function slotNames(cls: PyType): PyValue {
  const own = cls.tdict.get('__slotnames__');
  if (own !== undefined) {
    if (own !== None && !(own instanceof PyList)) {
      typeError(`${cls.name}.__slotnames__ should be a list or None, not ${typeOf(own).tpName}`);
    }
    return own;
  }
  const r = call(getAttr(copyreg(), '_slotnames'), [cls]);
  if (r !== None && !(r instanceof PyList)) typeError('copyreg._slotnames didn\'t return a list or None');
  return r;
}

/**
 * object_getstate_default: the instance dict (None when empty), paired with a dict of the set slots when
 * the class has any. `required`: the state must describe the whole object (no __getnewargs__, not a list or
 * dict), so a builtin layout with hidden state cannot be pickled this way.
 */
export function defaultState(obj: PyValue, required: boolean): PyValue {
  const cls = typeOf(obj);
  const layout = typeLayout(cls);
  if (required && layout.item !== 0) typeError(`cannot pickle ${tpName(cls)} objects`);
  const d = typeof obj === 'object' ? obj.dict : null;
  let state: PyValue = d === null || d.t.size === 0 ? None : d;
  const names = slotNames(cls);
  if (required) {
    // state the dict and the slots cannot hold: the instance is larger than object with them
    let size = typeLayout(objectType).basic;
    if (layout.dict !== 0 && !layout.managed) size += 8;
    if (layout.weak !== 0) size += 8;
    if (names instanceof PyList) size += 8 * names.items.length;
    if (layout.basic > size) typeError(`cannot pickle '${tpName(cls)}' object`);
  }
  if (names instanceof PyList && names.items.length > 0) {
    const slots = new PyDict();
    const n = names.items.length;
    for (const name of names.items) {
      const v = lookupAttr(obj, name as string);
      if (v !== undefined) slots.set(name, v);
      if (names.items.length !== n) raise(RuntimeError, '__slotsname__ changed size during iteration');
    }
    if (slots.t.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

let objGetstate: PyValue | undefined;

/** object_getstate: obj.__getstate__(), with `required` passed on when it is object's own. */
function getState(obj: PyValue, required: boolean): PyValue {
  if (objGetstate === undefined) objGetstate = objectType.tdict.get('__getstate__');
  const cls = typeOf(obj);
  const own = typeof obj === 'object' && obj.dict !== null ? obj.dict.getStr('__getstate__') : undefined;
  if (own === undefined && cls.lookup('__getstate__') === objGetstate) return defaultState(obj, required);
  return call(getAttr(obj, '__getstate__'), []);
}

/** lookup_maybe_method: a special method found on the type, bound to obj. */
function specialMethod(obj: PyValue, name: string): PyValue | undefined {
  const f = typeOf(obj).lookup(name);
  return f === undefined ? undefined : bindDescr(f, obj, typeOf(obj));
}

/** _PyObject_GetNewArguments: [args, kwargs] from __getnewargs_ex__ or __getnewargs__ (null when absent). */
function newArguments(obj: PyValue): [PyValue[] | null, PyDict | null] {
  const ex = specialMethod(obj, '__getnewargs_ex__');
  if (ex !== undefined) {
    const r = call(ex, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).tpName}'`);
    if (r.items.length !== 2) typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [a, k] = r.items;
    if (!(a instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(a).tpName}'`);
    if (!(k instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(k).tpName}'`);
    return [a.items, k];
  }
  const na = specialMethod(obj, '__getnewargs__');
  if (na !== undefined) {
    const r = call(na, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs__ should return a tuple, not '${typeOf(r).tpName}'`);
    return [r.items, null];
  }
  return [null, null];
}

/** reduce_newobj: the protocol-2 reduction (copyreg.__newobj__(cls, *args) or __newobj_ex__). */
function reduceNewobj(obj: PyValue): PyValue {
  const cls = typeOf(obj);
  // no tp_new: nothing could make the object again
  if (cls.flags & TF_NO_NEW) typeError(`cannot pickle '${tpName(cls)}' object`);
  const [args, kwargs] = newArguments(obj);
  const cr = copyreg();
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.t.size === 0) {
    newobj = getAttr(cr, '__newobj__');
    newargs = new PyTuple([cls, ...(args ?? [])]);
  } else {
    newobj = getAttr(cr, '__newobj_ex__');
    newargs = new PyTuple([cls, new PyTuple(args!), kwargs]);
  }
  const isList = cls.isSubtype(listType);
  const isDict = cls.isSubtype(dictType);
  const state = getState(obj, !(args !== null || isList || isDict));
  const listitems = isList ? getIter(obj) : None;
  const dictitems = isDict ? getIter(call(getAttr(obj, 'items'), [])) : None;
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

/** _common_reduce. */
function commonReduce(obj: PyValue, proto: number): PyValue {
  if (proto >= 2) return reduceNewobj(obj);
  return call(getAttr(copyreg(), '_reduce_ex'), [obj, proto]);
}

let objReduce: PyValue | undefined;

/** object.__reduce_ex__(protocol): a class's own __reduce__ wins over object's. */
export function objectReduceEx(obj: PyValue, proto: number): PyValue {
  if (objReduce === undefined) objReduce = objectType.tdict.get('__reduce__');
  const reduce = lookupAttr(obj, '__reduce__');
  if (reduce !== undefined) {
    const clsReduce = getAttr(typeOf(obj), '__reduce__');
    if (clsReduce !== objReduce) return call(reduce, []);
  }
  return commonReduce(obj, proto);
}

/** object.__reduce__(). */
export function objectReduce(obj: PyValue): PyValue {
  return commonReduce(obj, 0);
}

