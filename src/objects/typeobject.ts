// object and type (Objects/typeobject.c): instance creation, class creation (C3 MRO, __slots__,
// __set_name__, __init_subclass__), super, and the descriptor types property/classmethod/staticmethod.
import { audit } from '../vm/audit.js';
import { SLOT_DOCS, SLOT_DOC_OVERRIDES } from './slot_docs.js';
import { builtinDoc, typeKey, attrDoc, textSignatureFromDoc } from './builtin_docs.js';
import { frameLocals } from '../vm/trace.js';
import { setLineno } from '../vm/jump.js';
import {
  PyValue, PyObject, PyType, PyDict, PyTuple, PyInstance, PyBuiltin, PyMethodDescr, PyProperty, PyClassMethod,
  PyStaticMethod, PySuper, PyMethod, PyCell, PyModule, PyMemberDescr, PyGetSetDescr, PyClassMethodDescr, PyList,
  None, NotImplemented, objectType, typeType, propertyType, classmethodType, staticmethodType, superType,
  functionType, methodType, builtinFunctionType, moduleType, cellType, methodDescrType, getsetDescrType,
  memberDescrType, complexType, sliceType, rangeType, classmethodDescrType, mappingproxyType, TF_HEAPTYPE, TF_BASETYPE, TF_NO_NEW, TF_COLLECTION, typeOf, defineMethods,
  defineGetters, emptyTuple, noneType, notImplementedType, ellipsisType, codeType, Ellipsis, newTuple, frameType,
  PyNewWrapper, PyStaticBuiltin, HTable, shapedDict, newFunction, staticTypes, wrapperDescrType, methodWrapperType, PyMethodWrapper,
} from './object.js';
import { typeError, attributeError, raise, RuntimeError, TypeError as TypeErrorT, BaseException as BaseExceptionT, exceptionTypes } from './exceptions.js';
import {
  call, callBound, repr, str, hash, getAttr, genericGetAttr, typeGetAttr, genericSetAttr, setAttrSentinels,
  setHashSentinels, idOf, superGetAttr, toArray, richCompare, truthy, bindDescr, getAttrOpt, descrSet,
  setAttr, propertyMissing, setItem, getItem, lookupAttr, noAttribute,
} from './abstract.js';
import { sortItems } from './list.js';
import { PyFunction, closureTuple, builtinsFromGlobals, shownBuiltins } from './funcobject.js';
import { ts, runClassBody, Frame, markEscaped } from '../vm/ceval.js';
import { formatStr } from './format.js';
import { RtCode } from '../vm/code.js';
import { CO_FAST_FREE, CO_FAST_LOCAL, CO_FAST_CELL, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { PyIntSub, compareNumbers } from './int.js';
import { PyFloatSub } from './float.js';
import { PyStrSub } from './str.js';
import { PyBaseException, PyException, newException } from './exceptions.js';
import { methO, strSubValue } from '../modules/args.js';
import { objectSizeof, typeLayout } from './layout.js';

function addr(v: PyValue): string {
  return '0x' + idOf(v).toString(16).padStart(12, '0');
}

// ---------------------------------------------------------------------------
// C3 linearisation

/** mro_invoke: a metaclass's own mro(), whose result must hold classes only. */
function mroInvoke(t: PyType, mro: PyValue): PyType[] {
  const items = toArray(callBound(mro, t, []));
  // mro_check: every entry a class whose layout the new class's layout extends.
  const solid = layoutBase(t);
  for (const x of items) {
    if (!(x instanceof PyType)) typeError(`mro() returned a non-class ('${typeOf(x).tpName}')`);
    if (!solid.isSubtype(layoutBase(x))) typeError(`mro() returned base with unsuitable layout ('${x.tpName}')`);
  }
  return items as PyType[];
}

/** The mro() of t's metaclass, when it is not type.mro (then C3 serves directly). */
function customMroOf(t: PyType): PyValue | undefined {
  const meta = typeOf(t);
  if (meta === typeType) return undefined;
  const m = meta.lookup('mro');
  return m === typeType.tdict.get('mro') ? undefined : m;
}

/**
 * mro_internal: compute and install t's MRO. False when a reentrant call (a custom mro() assigning
 * __bases__) installed a newer one meanwhile, which is then kept.
 */
function mroInternal(t: PyType): boolean {
  const old = t.mro;
  const custom = customMroOf(t);
  const mro = custom === undefined ? c3(t, t.bases) : mroInvoke(t, custom);
  if (t.mro !== old) return false;
  t.mro = mro;
  t.modified();
  return true;
}

/** mro_hierarchy: new MROs for t and every subclass, each recorded with the MRO it replaced (for undo). */
function mroHierarchy(t: PyType, done: [PyType, PyType[], PyType[]][]): void {
  const old = t.mro;
  if (!mroInternal(t)) return;
  done.push([t, t.mro, old]);
  // A copy: a custom mro() may assign some subclass's __bases__ and so change this list.
  for (const s of t.subclasses()) mroHierarchy(s, done);
}

/** check_set_special_type_attr and type_set_bases: checks, the new MROs (undone on error), subclass lists. */
function setBases(t: PyType, v: PyValue | null): void {
  checkSpecialTypeAttr(t, v, '__bases__');
  if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v!).tpName}`);
  if (v.items.length === 0) typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).tpName}'`);
    // The base chain too: a reentrant assignment has set tp_base before the MRO it implies.
    if (b.isSubtype(t) || (b.mro.length > 0 && baseChainHas(b, t))) typeError('a __bases__ item causes an inheritance cycle');
    bases.push(b);
  }
  const newBase = bestBase(bases);
  compatibleForAssignment(t.base!, newBase, '__bases__');
  const oldBases = t.bases;
  const oldBase = t.base;
  t.bases = bases;
  t.base = newBase;
  const done: [PyType, PyType[], PyType[]][] = [];
  try {
    mroHierarchy(t, done);
  } catch (e) {
    for (let i = done.length - 1; i >= 0; i--) {
      const [cls, mro, old] = done[i];
      // A class given a newer MRO by a reentrant assignment keeps it.
      if (cls.mro === mro) {
        cls.mro = old;
        cls.modified();
      }
    }
    if (t.bases === bases) {
      t.bases = oldBases;
      t.base = oldBase;
    }
    throw e;
  }
  // Nothing to do when a reentrant assignment replaced the bases meanwhile.
  if (t.bases !== bases) return;
  for (const b of oldBases) b.removeSubclass(t);
  for (const b of bases) if (!b.subclasses().includes(t)) b.addSubclass(t);
  t.modified();
}

/**
 * The table a class's `__dict__` proxy reads: a copy of the class dict made once, then kept in step by the
 * class dict (TypeDict.mirror), so proxies are live (code such as enum's reads `base.__dict__` of every class
 * along an MRO, object's included, many times per class).
 */
function dictSnapshot(t: PyType): HTable {
  const d = t.tdict;
  if (d.mirror !== null) return d.mirror;
  const value = (v: PyValue): PyValue => (v instanceof PyGetSetDescr && !v.data ? staticTypeDoc(t) : v);
  const table = new HTable();
  for (const [k, v] of d) table.set(k, value(v));
  d.mirror = table;
  d.mirrorValue = value;
  return table;
}

/** A getset's docstring: subtype_getsets' for a class's __dict__ and __weakref__, a builtin type's from CPython. */
function getsetDoc(d: PyGetSetDescr): PyValue {
  if (d.owner.flags & TF_HEAPTYPE) {
    if (d.name === '__dict__') return 'dictionary for instance variables';
    if (d.name === '__weakref__') return 'list of weak references to the object';
    return None;
  }
  return attrDoc(d.owner, d.name, 1) ?? None;
}

/** A builtin type's docstring: CPython's (see builtin_docs.ts), else None. */
function staticTypeDoc(t: PyType): PyValue {
  return builtinDoc(typeKey(t))?.[1] ?? t.doc ?? None;
}

function builtinSame(a: PyBuiltin, b: PyBuiltin): boolean {
  if (a === b || (a.fn === b.fn && a.self === b.self)) return true;
  return a.self !== null && a.self === b.self && a.name === b.name && a.qualname === b.qualname && !(a.self instanceof PyModule);
}

function baseChainHas(b: PyType, t: PyType): boolean {
  for (let c: PyType | null = b; c !== null; c = c.base) if (c === t) return true;
  return false;
}

function c3(t: PyType, bases: PyType[]): PyType[] {
  for (const b of bases) if (b.mro.length === 0) typeError(`Cannot extend an incomplete type '${b.name}'`);
  if (bases.length === 1) return [t, ...bases[0].mro];
  for (let i = 1; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) < i) typeError(`duplicate base class ${bases[i].name}`);
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const h = s[0];
      if (!nonEmpty.some((o) => o.indexOf(h) > 0)) {
        cand = h;
        break;
      }
    }
    if (cand === null) {
      // set_mro_error: the heads of the lists still to merge, each named once, in order.
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((b) => b.name).join(', ')}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Builtin exceptions whose C struct adds fields to their base's (the others share their base's layout). */
const SOLID_EXCEPTIONS = new Set([
  'BaseExceptionGroup', 'ExceptionGroup', 'SystemExit', 'AttributeError', 'ImportError', 'NameError', 'OSError',
  'StopIteration', 'SyntaxError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError',
]);

/**
 * solid_base: the nearest type along tp_base that adds to the instance layout (extra_ivars). A class whose
 * __slots__ name more than __dict__/__weakref__ adds its slots; a builtin type adds its struct, except the
 * exceptions that reuse their base's.
 */
function layoutBase(t: PyType): PyType {
  for (let b: PyType = t; ; b = b.base!) {
    if (b.base === null || b === objectType) return b;
    if (b.flags & TF_HEAPTYPE) {
      if (b.slotNames !== null && b.slotNames.some((n) => n !== '__dict__' && n !== '__weakref__')) return b;
    } else if (!b.isSubtype(BaseExceptionT) || b === BaseExceptionT || SOLID_EXCEPTIONS.has(b.name)) {
      return b;
    }
  }
}

/** Static types without Py_TPFLAGS_HAVE_GC (tp_free PyObject_Del); heap types always have it. */
const NON_GC_STATIC = new Set(['object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range']);

function usesGC(t: PyType): boolean {
  return (t.flags & TF_HEAPTYPE) !== 0 || t.module !== 'builtins' || !NON_GC_STATIC.has(t.name);
}

/** The instance fields a heap class adds to its base: __dict__, __weakref__, its (mangled, sorted) slots. */
function addedFields(t: PyType): string[] {
  const own: string[] = [];
  if (t.tdict.get('__dict__') instanceof LayoutDescr) own.push('__dict__');
  if (t.tdict.get('__weakref__') instanceof LayoutDescr) own.push('__weakref__');
  if (t.slotNames !== null) for (const n of t.slotNames) if (n !== '__dict__' && n !== '__weakref__') own.push(n);
  return own;
}

/** compatible_with_tp_base: instances of t are laid out exactly as those of its base. */
function sameLayoutAsBase(t: PyType): boolean {
  const base = t.base;
  if (base === null) return false;
  if (t.flags & TF_HEAPTYPE) return addedFields(t).length === 0 && usesGC(base);
  return layoutBase(t) !== t;
}

/**
 * compatible_for_assignment: an object of type oldto may become a newto (or a class with base oldto get
 * base newto) only when both lay instances out alike: same deallocator, and the same fields once the
 * classes that add nothing are skipped.
 */
function compatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  if (usesGC(newto) !== usesGC(oldto)) typeError(`${attr} assignment: '${newto.tpName}' deallocator differs from '${oldto.tpName}'`);
  let n = newto;
  let o = oldto;
  while (sameLayoutAsBase(n)) n = n.base!;
  while (sameLayoutAsBase(o)) o = o.base!;
  if (n !== o && (n.base !== o.base || !(n.flags & TF_HEAPTYPE) || !(o.flags & TF_HEAPTYPE) ||
      addedFields(n).join() !== addedFields(o).join())) {
    typeError(`${attr} assignment: '${newto.tpName}' object layout differs from '${oldto.tpName}'`);
  }
}

/** best_base: the base whose layout every other base's layout is an ancestor of. */
function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  let best = bases[0];
  for (const b of bases) {
    if (!(b.flags & TF_BASETYPE)) typeError(`type '${b.tpName}' is not an acceptable base type`);
    const cand = layoutBase(b);
    if (winner === null) {
      winner = cand;
      best = b;
    } else if (winner.isSubtype(cand)) {
      // keep the winner
    } else if (cand.isSubtype(winner)) {
      winner = cand;
      best = b;
    } else {
      typeError('multiple bases have instance lay-out conflict');
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// tp_new_wrapper: X.__new__(cls, ...) called explicitly

/** merge_class_dict: the names in a class's __dict__ and, recursively, its __bases__'. */
function mergeClassDict(acc: PyDict, c: PyValue): void {
  if (c instanceof PyType && c.cls === typeType) {
    for (const k of c.tdict.keys()) acc.setStr(k, None);
    for (const b of c.bases) mergeClassDict(acc, b);
    return;
  }
  const d = lookupAttr(c, '__dict__');
  if (d !== undefined) for (const k of toArray(call(getAttr(d, 'keys'), []))) acc.set(k, None);
  const bases = lookupAttr(c, '__bases__');
  if (bases !== undefined) for (const b of toArray(bases)) mergeClassDict(acc, b);
}

/** tp_name: a static type outside builtins is named with its module ('collections.deque'). */
function tpName(t: PyType): string {
  if (t.flags & TF_HEAPTYPE) return t.name;
  const m = t.module;
  return m === 'builtins' ? t.name : `${m}.${t.name}`;
}

/**
 * The checks of tp_new_wrapper: a type object as first positional argument, a subtype of the owner, and
 * the owner's tp_new being that of the nearest base of cls not using a Python __new__ ("int.__new__(bool)
 * is not safe, use bool.__new__()").
 */
function checkNewCall(owner: PyType, args: PyValue[], kwnames: string[] | null): void {
  const on = tpName(owner);
  if (args.length - (kwnames === null ? 0 : kwnames.length) < 1) typeError(`${on}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`${on}.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  const cn = tpName(cls);
  if (!cls.isSubtype(owner)) typeError(`${on}.__new__(${cn}): ${cn} is not a subtype of ${on}`);
  // A heap type whose __new__ is Python code has slot_tp_new: look past it along the solid bases.
  let sb: PyType | null = cls;
  while (sb !== null && (sb.flags & TF_HEAPTYPE) && !(sb.lookup('__new__') instanceof PyNewWrapper)) sb = sb.base;
  if (sb !== null && ((sb.flags & TF_NO_NEW) || newFunction(sb.lookup('__new__')) !== newFunction(owner.tdict.get('__new__')))) {
    typeError(`${on}.__new__(${cn}) is not safe, use ${tpName(sb)}.__new__()`);
  }
}

let staticTypesDone = 0;
/** The builtin exceptions whose tp_new CPython leaves to inheritance (no __new__ of their own). */
const INHERITED_NEW_EXCEPTIONS = new Set([
  'SystemExit', 'AttributeError', 'ImportError', 'NameError', 'StopIteration', 'SyntaxError', 'BlockingIOError',
  'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
  'IndentationError', 'KeyError', 'ModuleNotFoundError', 'UnboundLocalError', 'BrokenPipeError',
  'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError', 'ExceptionGroup',
]);

/**
 * Static types with object's __new__ that CPython can instantiate: modules whose classes are Python code there
 * (native here), and types with a tp_new of their own there.
 */
const INSTANTIABLE = new Set(['_frozen_importlib', '_frozen_importlib_external', '_sitebuiltins', '_io._IOBase', '_abc._abc_data']);

/** A slot wrapper's __text_signature__ and __doc__ (typeobject.c's slotdefs; generated: slot_docs.ts). */
function slotDoc(d: PyMethodDescr): readonly [string | null, string | null] {
  return SLOT_DOC_OVERRIDES.get(`${d.owner.name}.${d.name}`) ?? SLOT_DOCS.get(d.name) ?? NO_DOC;
}
const NO_DOC = [null, null] as const;

/** The __get__/__set__/__delete__ methods already given their slot wrapper's checks. */
const checkedSlots = new WeakSet<PyMethodDescr>();

/**
 * wrap_descr_set (PyArg_UnpackTuple with an empty name: the message starts with a space) and
 * wrap_descr_delete (check_num_args): exactly 2 (instance, value) or 1 (instance) arguments.
 */
function descrArgsChecked(n: number): (fn: PyMethodDescr['fn']) => PyMethodDescr['fn'] {
  const msg = n === 2 ? (got: number) => ` expected 2 arguments, got ${got}` : (got: number) => `expected 1 argument, got ${got}`;
  return (fn) => (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError(`${n === 2 ? '__set__' : '__delete__'}() takes no keyword arguments`);
    if (args.length !== n) typeError(msg(args.length));
    return fn(self, args, kw);
  };
}

/** wrap_descr_get: __get__(instance, owner=None) takes 1 or 2 arguments, and not None for both. */
function descrGetChecked(fn: PyMethodDescr['fn']): PyMethodDescr['fn'] {
  return (self, args, kw) => {
    if (kw !== null && kw.length > 0) typeError('__get__() takes no keyword arguments');
    if (args.length < 1) typeError(' expected at least 1 argument, got 0');
    if (args.length > 2) typeError(` expected at most 2 arguments, got ${args.length}`);
    if (args[0] === None && (args.length < 2 || args[1] === None)) typeError('__get__(None, None) is invalid');
    return fn(self, args, kw);
  };
}

const DESCR_SLOT_CHECKS: [string, (fn: PyMethodDescr['fn']) => PyMethodDescr['fn']][] = [
  ['__get__', descrGetChecked], ['__set__', descrArgsChecked(2)], ['__delete__', descrArgsChecked(1)],
];

/**
 * Give every static type created so far the __new__ Python code sees: its own native __new__ wrapped with
 * tp_new_wrapper's checks (and, for exception types, which all set tp_new in CPython, a wrapper of the
 * inherited one). Called once the builtin types exist and after a native module creates types.
 */
export function wrapStaticNews(rescan = false): void {
  const changed = new Set<PyType>();
  // A native module's types may exist (made at load) before its initialiser sets their methods: after one
  // runs, the types seen before whose dict has grown since get their __new__ and slot methods looked at
  // again (a pass over every type after each native module cost ~0.6 ms: 18 ms of `import asyncio`).
  if (rescan) {
    for (let i = 0; i < staticTypesDone; i++) {
      const t = staticTypes[i];
      if (t.tdict.size !== slotsSeen.get(t)) wrapSlots(t, changed);
    }
  }
  for (; staticTypesDone < staticTypes.length; staticTypesDone++) {
    const t = staticTypes[staticTypesDone];
    // object has no __dict__ descriptor: the static layouts with a dict each give one (BaseException's
    // serves every exception).
    if ((STATIC_WITH_DICT.has(t.name) || t === BaseExceptionT) && t.mro.every((b) => !b.tdict.has('__dict__'))) {
      t.tdict.set('__dict__', dictDescr(t));
      changed.add(t);
    }
    // PyType_Ready puts tp_doc, or None, in every type's dict: object's docstring is not inherited. Here a
    // non-data descriptor reads CPython's docstring when an instance asks (`(1, 2).__doc__`), so that start-up
    // does not read them; the type's own __doc__ getter and its __dict__ give the text.
    if (!t.tdict.has('__doc__')) {
      t.tdict.set('__doc__', new PyGetSetDescr(t, '__doc__', () => staticTypeDoc(t), null, false));
      changed.add(t);
    }
    wrapSlots(t, changed);
  }
  // Invalidate lookups once per changed subtree (modified() covers the subclasses).
  for (const t of changed) if (!t.mro.some((b) => b !== t && changed.has(b))) t.modified();
}

/** The size of each static type's dict when wrapSlots last saw it. */
const slotsSeen = new Map<PyType, number>();

/** A static type's __get__/__set__/__delete__ and __new__ with their slot wrappers' checks. */
function wrapSlots(t: PyType, changed: Set<PyType>): void {
  wrapSlotsOf(t, changed);
  if (t.base === objectType && !t.tdict.has('__new__') && !INSTANTIABLE.has(t.module) && !INSTANTIABLE.has(tpName(t))) t.flags |= TF_NO_NEW;
  else t.flags &= ~TF_NO_NEW;
  slotsSeen.set(t, t.tdict.size);
}

function wrapSlotsOf(t: PyType, changed: Set<PyType>): void {
  for (const [name, check] of DESCR_SLOT_CHECKS) {
    const m = t.tdict.get(name);
    if (m instanceof PyMethodDescr && !checkedSlots.has(m)) {
      const checked = new PyMethodDescr(t, name, check(m.fn));
      checked.cls = m.cls;
      checkedSlots.add(checked);
      t.tdict.set(name, checked);
      changed.add(t);
    }
  }
  const own = t.tdict.get('__new__');
  let raw: PyValue | undefined;
  if (own instanceof PyBuiltin) {
    if (own instanceof PyNewWrapper) return;
    raw = own;
  } else if (own === undefined && t.isSubtype(BaseExceptionT) && !INHERITED_NEW_EXCEPTIONS.has(t.name)) {
    // Along the MRO directly: lookup() may hold what the base had before this pass.
    let inherited: PyValue | undefined;
    for (const b of t.mro) if ((inherited = b.tdict.get('__new__')) !== undefined) break;
    if (inherited instanceof PyNewWrapper) raw = inherited;
  }
  if (raw === undefined) return;
  t.tdict.set('__new__', new PyNewWrapper(t, raw instanceof PyNewWrapper ? raw.raw : (raw as PyBuiltin).fn, checkNewCall));
  changed.add(t);
}

/** The builtin type whose instance layout a class uses. */
export function solidBase(t: PyType): PyType {
  let b: PyType = t;
  while (b.flags & TF_HEAPTYPE) b = b.base!;
  return b;
}


// ---------------------------------------------------------------------------
// __dict__ and __weakref__ of a class's instances (type_new_descriptors)

/** Static types whose instances carry a __dict__ (tp_dictoffset), besides the exceptions. */
const STATIC_WITH_DICT = new Set([
  'type', 'function', 'module', 'partial', 'SimpleNamespace', 'staticmethod', 'classmethod', 'OrderedDict',
  '_IOBase', '_RawIOBase', '_BufferedIOBase', '_TextIOBase', 'FileIO', 'BytesIO', 'StringIO', 'BufferedReader',
  'BufferedWriter', 'BufferedRandom', 'BufferedRWPair', 'TextIOWrapper', '_lru_cache_wrapper',
]);
/** The descriptor kinds a class adds: marked so that subclasses see their base already has them. */
class LayoutDescr extends PyGetSetDescr {}

/** A builtin type whose instances carry a __dict__ of their own (tp_dictoffset): the listed ones, and exceptions. */
function builtinHasDict(t: PyType): boolean {
  return STATIC_WITH_DICT.has(t.name) || t.isSubtype(BaseExceptionT);
}

/** Whether instances of t already have a __dict__ (or, weak, a weak-reference list) from t or a base. */
export function layoutHas(t: PyType, weak: boolean): boolean {
  if (weak) return typeLayout(t).weak !== 0;
  for (let b: PyType | null = t; b !== null; b = b.base) {
    if (b.flags & TF_HEAPTYPE) {
      if (b.tdict.get('__dict__') instanceof LayoutDescr) return true;
    } else {
      return builtinHasDict(b);
    }
  }
  return false;
}

/**
 * hackcheck (the Carlo Verre hack): object.__setattr__/__delattr__ applied to an object whose type, or a builtin
 * base between it and object, has a setattr of its own (type's, a weakref proxy's) would skip that one: refused.
 * A builtin's setattr is its method descriptor; a class's (a Python __setattr__) is passed over, as slot_tp_setattro.
 */
function hackCheck(self: PyValue, what: '__setattr__' | '__delattr__'): void {
  const type = typeOf(self);
  const mine = builtinSlot(type, what);
  const func = objectType.tdict.get(what);
  if (mine === func) return;
  let defining = type;
  for (let i = type.mro.length - 1; i >= 0; i--) {
    const f = builtinSlot(type.mro[i], what);
    if (f !== undefined && f === mine) {
      defining = type.mro[i];
      break;
    }
  }
  for (let b: PyType | null = defining; b !== null; b = b.base) {
    const f = builtinSlot(b, what);
    if (f === func) return;
    if (f !== undefined) typeError(`can't apply this ${what} to ${tpName(type)} object`);
  }
}

/** The builtin method t's instances get for `what`; undefined when a class's Python method overrides it. */
function builtinSlot(t: PyType, what: string): PyValue | undefined {
  const f = t.lookup(what);
  return f instanceof PyMethodDescr ? f : undefined;
}

/** The name argument of __getattribute__/__setattr__/__delattr__: a str (or a str subclass's value), else CPython's TypeError. */
export function attrNameArg(v: PyValue): string {
  const s = typeof v === 'string' ? v : asStr(v);
  if (s === undefined) typeError(`attribute name must be string, not '${typeOf(v).tpName}'`);
  return s;
}

/** A class name must encode to UTF-8 without NUL (type_new, type_set_name). */
function checkTypeName(name: string): void {
  if (name.includes('\0')) valueError('type name must not contain null characters');
  checkUtf8(name);
}

/** The UnicodeEncodeError of a str with a lone surrogate (strict UTF-8 encoding refuses only those). */
function checkUtf8(s: string): void {
  if (hasSurrogates(s)) encodeText(s, 'utf-8', 'strict');
}

/** The errors type_new raises for __slots__ that the base's layout cannot take. */
function checkSlotLayout(t: PyType, names: string[]): void {
  const base = t.base!;
  const varSized = typeLayout(base).item !== 0;
  if (names.length > 0 && varSized) typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
  if (names.includes('__dict__') && (layoutHas(base, false) || names.indexOf('__dict__') !== names.lastIndexOf('__dict__'))) typeError('__dict__ slot disallowed: we already got one');
  if (names.includes('__weakref__') && (layoutHas(base, true) || varSized ||
    names.indexOf('__weakref__') !== names.lastIndexOf('__weakref__'))) {
    typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
  }
}

/** object_new's refusal of a class with abstract methods, naming them sorted. */
function abstractInstantiation(cls: PyType): never {
  const names = toArray(cls.tdict.get('__abstractmethods__') ?? emptyTuple);
  sortItems(names, None, false);
  return typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.map((n) => str(n)).join(', ')}`);
}

/** check_set_special_type_attr: a static type's __name__, __qualname__, __module__ are fixed; no type's are deleted. */
function checkSpecialTypeAttr(t: PyType, v: PyValue | null, name: string): void {
  if (!(t.flags & TF_HEAPTYPE)) typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === null) typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
  audit('object.__setattr__', [t, name, v]);
}

/** func_set_name / func_set_qualname: only a str (deleting is refused with the same message). */
function strAttr(v: PyValue | null, name: string): string {
  if (typeof v !== 'string') typeError(`${name} must be set to a string object`);
  return v;
}

/** PyObject_GenericSetDict's checks: a dict, never deleted. */
export function genericDictValue(v: PyValue | null): PyDict {
  if (v === null) typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tpName}'`);
  return v;
}

function dictDescr(t: PyType): PyGetSetDescr {
  return new LayoutDescr(t, '__dict__', (self) => {
    const own = builtinDictDescr(self);
    if (own !== undefined) return bindDescr(own, self, typeOf(self));
    if (typeof self === 'object' && self.dict !== null) return self.dict;
    attributeError(`'${typeOf(self).tpName}' object has no attribute '__dict__'`);
  }, (self, v) => {
    const own = builtinDictDescr(self);
    if (own !== undefined) return descrSet(own, self, v, '__dict__');
    // A class's instances may delete theirs (subtype_setdict: an empty one is made on the next use); a static
    // type's (exceptions, partial) may not (PyObject_GenericSetDict).
    if (v === null && t.flags & TF_HEAPTYPE) v = new PyDict();
    (self as PyObject).dict = genericDictValue(v);
    refreshWatch(self as PyObject);
  });
}

/**
 * subtype_dict/subtype_setdict: an object whose type has a builtin base with a dict of its own (a class that
 * is also a `type`, through a metaclass deriving from another class) has that base's __dict__ used instead.
 */
function builtinDictDescr(self: PyValue): PyValue | undefined {
  for (let b = typeOf(self); b.base !== null; b = b.base) {
    if (!(b.flags & TF_HEAPTYPE) && builtinHasDict(b)) {
      const d = b.lookup('__dict__');
      return d instanceof LayoutDescr ? undefined : d;
    }
  }
  return undefined;
}

/** type_new_descriptors: __dict__ and __weakref__ for a class whose base's layout lacks them. */
function addLayoutDescriptors(t: PyType, slots: string[] | null): void {
  const base = t.base!;
  // As type_add_getset, a name the class body defined itself (`__dict__ = property(...)`) is kept.
  if ((slots === null || slots.includes('__dict__')) && !layoutHas(base, false) && !t.tdict.has('__dict__')) {
    t.tdict.set('__dict__', dictDescr(t));
  }
  if ((slots === null || slots.includes('__weakref__')) && !layoutHas(base, true) && typeLayout(base).item === 0 &&
    !t.tdict.has('__weakref__')) {
    // The object's first weak reference (its weakref list's head), as _weakref.ts keeps them.
    t.tdict.set('__weakref__', new LayoutDescr(t, '__weakref__', (self) => firstWeakRef(self), null));
  }
}

/** CPython's tp_flags as far as Python code reads them (copyreg, inspect, typing test them). */
function typeFlags(t: PyType): number {
  let f = 0x1000; // READY
  if (t.flags & TF_HEAPTYPE) {
    f |= 0x200 | 0x4000; // HEAPTYPE, HAVE_GC
    if (typeLayout(t).managed) f |= 0x10; // MANAGED_DICT
  } else {
    f |= 0x100 | 0x80000; // IMMUTABLETYPE, VALID_VERSION_TAG
    if (typeLayout(t).gc) f |= 0x4000;
    if (MATCH_SELF.has(t.name) && t.module === 'builtins') f |= 0x400000;
  }
  if (t.flags & TF_BASETYPE) f |= 0x400;
  if (t.flags & 4) f |= 0x100000; // abstract (see __abstractmethods__)
  if (t.flags & TF_NO_NEW) f |= 0x80;
  f |= t.flags & TF_COLLECTION;
  for (const b of t.mro) {
    if (b.flags & TF_HEAPTYPE || b.module !== 'builtins') continue;
    const bit = SUBCLASS_BITS.get(b.name);
    if (bit !== undefined) f += bit;
    break;
  }
  return f;
}
const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);
/** The fast-subclass bits (and SEQUENCE/MAPPING) of the nearest builtin base that has one. */
const SUBCLASS_BITS = new Map<string, number>([
  ['int', 2 ** 24], ['bool', 2 ** 24], ['list', 2 ** 25], ['tuple', 2 ** 26], ['bytes', 2 ** 27],
  ['str', 2 ** 28], ['dict', 2 ** 29], ['BaseException', 2 ** 30], ['type', 2 ** 31],
]);

export function typeNew(meta: PyType, name: string, basesIn: PyValue[], ns: PyDict, kw: PyDict | null): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    if (!(b.flags & TF_BASETYPE)) typeError(`type '${b.tpName}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const best = bestBase(bases);
  const t = new PyType(meta, name, bases, TF_HEAPTYPE | TF_BASETYPE);
  t.base = best;
  // type_new_set_attrs comes before PyType_Ready: the namespace and the __class__ cell are in place when
  // a metaclass's mro() runs.
  if (!iteratesAsDict(ns)) {
    // PyDict_Copy of a subclass with its own iteration (OrderedDict after move_to_end): keys() order, __getitem__.
    for (const k of toArray(call(getAttr(ns, 'keys'), []))) {
      const name = asStr(k);
      if (name !== undefined) t.tdict.set(name, getItem(ns, k));
    }
  } else {
    // A str subclass's key (a StrEnum member) is an attribute by its text.
    for (const e of ns.t.map.values()) {
      const name = asStr(e.key);
      if (name !== undefined) t.tdict.set(name, e.value);
    }
  }
  const qn = t.tdict.get('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') typeError(`type __qualname__ must be a str, not ${typeOf(qn).tpName}`);
    t.qualname = qn;
    t.tdict.delete('__qualname__');
  }
  if (!t.tdict.has('__module__')) {
    const g = ts.frame?.globals.getStr('__name__');
    if (g !== undefined) t.tdict.set('__module__', g);
  }
  const cell = t.tdict.get('__classcell__');
  try {
    if (cell !== undefined) {
      if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(cell))}`);
      cell.ref = t;
      t.tdict.delete('__classcell__');
    }
    // mro_internal with tp_mro NULL (an empty array) while a metaclass's mro() runs; a reentrant
    // __bases__ assignment from it installs the MRO that is kept.
    const customMro = customMroOf(t);
    if (customMro === undefined) t.mro = c3(t, bases);
    else {
      const m = mroInvoke(t, customMro);
      if (t.mro.length === 0) t.mro = m;
      t.modified();
    }
  } catch (e) {
    // The class never existed: the bases must not list it (__subclasses__).
    for (const b of bases) b.removeSubclass(t);
    throw e;
  }
  // inherit_patma_flags: the first class along the MRO with a collection flag gives it.
  t.flags &= ~TF_COLLECTION;
  for (let i = 1; i < t.mro.length; i++) {
    const f = t.mro[i].flags & TF_COLLECTION;
    if (f !== 0) {
      t.flags |= f;
      break;
    }
  }
  const nw = t.tdict.get('__new__');
  if (nw instanceof PyFunction) t.tdict.set('__new__', new PyStaticMethod(nw));
  for (const n of ['__init_subclass__', '__class_getitem__']) {
    const f = t.tdict.get(n);
    if (f instanceof PyFunction) t.tdict.set(n, new PyClassMethod(f));
  }
  if (t.tdict.has('__eq__') && !t.tdict.has('__hash__')) t.tdict.set('__hash__', None);
  const slots = t.tdict.get('__slots__');
  if (slots !== undefined) {
    // str subclasses are names too (their value is used)
    const one = asStr(slots);
    let names = one !== undefined ? [one] : toArray(slots).map((x) => {
      const n = asStr(x);
      if (n === undefined) typeError(`__slots__ items must be strings, not '${typeOf(x).tpName}'`);
      return n;
    });
    for (const n of names) if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) typeError('__slots__ must be identifiers');
    checkSlotLayout(t, names);
    // type_new_copy_slots: private names are mangled with the class name, and ht_slots is sorted (the
    // member descriptors, and so the slot offsets, follow that order).
    names = names.map((n) => (n === '__dict__' || n === '__weakref__' ? n : mangle(t.name, n))).sort();
    t.slotNames = names;
    let offset = 0;
    for (const b of t.mro.slice(1)) if (b.flags & TF_HEAPTYPE && b.slotNames !== null) offset += b.slotNames.filter((n) => n !== '__dict__' && n !== '__weakref__').length;
    // As type_new: conflicts are with the class body's namespace; the member descriptors are then
    // set by setdefault (a name repeated in __slots__ keeps its first), before the default __doc__.
    for (const n of names) {
      // __qualname__ and __classcell__ are in every namespace the compiler makes, not class variables.
      if (n !== '__dict__' && n !== '__weakref__' && n !== '__qualname__' && n !== '__classcell__' && ns.getStr(n) !== undefined) {
        raise(ValueErrorT, `'${n}' in __slots__ conflicts with class variable`);
      }
    }
    for (const n of names) {
      if (n === '__dict__' || n === '__weakref__') continue;
      const d = new PyMemberDescr(t, n, offset++);
      if (!t.tdict.has(n)) t.tdict.set(n, d);
    }
  }
  addLayoutDescriptors(t, t.slotNames);
  if (!t.tdict.has('__doc__')) t.tdict.set('__doc__', None);
  // __set_name__ on descriptors, then the parent's __init_subclass__.
  for (const [k, v] of Array.from(t.tdict.entries())) {
    if (typeof v === 'object') {
      const sn = typeOf(v).lookup('__set_name__');
      if (sn === undefined) continue;
      try {
        callBound(sn, v, [t, k]);
      } catch (e) {
        // 3.11 wraps the error (type_new_set_names), chained as its cause.
        if (!(e instanceof PyException)) throw e;
        const re = newException(RuntimeError, [`Error calling __set_name__ on '${typeOf(v).tpName}' instance '${k}' in '${t.name}'`]);
        re.cause = e.exc;
        re.context = e.exc;
        re.suppressContext = true;
        throw new PyException(re);
      }
    }
  }
  // type_new_init_subclass calls super(type, type): a custom mro() that left the class out fails its check
  if (!t.mro.includes(t)) typeError('super(type, obj): obj must be an instance or subtype of type');
  const sup = new PySuper(t, t, t);
  const isc = superGetAttr(sup, '__init_subclass__');
  if (isc !== undefined) {
    const args: PyValue[] = [];
    let kn: string[] | null = null;
    if (kw !== null && kw.t.size > 0) {
      kn = [];
      for (const e of kw.t.map.values()) {
        kn.push(e.key as string);
        args.push(e.value);
      }
    }
    call(isc, args, kn);
  }
  return t;
}

/** _Py_Mangle: `__x` inside class `_C` is `_C__x` (dunder names, dotted names and all-underscore classes excepted). */
function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

function slotCount(t: PyType): number {
  let n = 0;
  for (const b of t.mro) if (b.flags & TF_HEAPTYPE && b.slotNames !== null) n += b.slotNames.filter((x) => x !== '__dict__' && x !== '__weakref__').length;
  return n;
}

/** Give an instance of a Python subclass of a builtin layout its __dict__ and __slots__ storage. */
export function initHeapLayout(o: PyObject & { slots: (PyValue | null)[] | null }, cls: PyType): void {
  if (cls.hasInstanceDict()) o.dict = shapedDict();
  const n = slotCount(cls);
  if (n > 0) o.slots = new Array(n).fill(null);
}

/** object.__new__(cls): a PyInstance with a __dict__ (or slots). */
export function newInstance(cls: PyType): PyInstance {
  const o = new PyInstance(cls);
  if (cls.flags & TF_HEAPTYPE) {
    if (cls.hasInstanceDict()) o.dict = shapedDict();
    const n = slotCount(cls);
    if (n > 0) o.slots = new Array(n).fill(null);
    if (hasFinalizer(cls)) watch(o);
  }
  return o;
}

/**
 * What newInstance gives an instance of cls, for callers that cache it until the type's version
 * changes: the number of __slots__ entries, plus INSTANCE_HAS_DICT when it gets a __dict__.
 */
export const INSTANCE_HAS_DICT = 0x40000000;
/** ... and INSTANCE_FINALIZE when its class has a __del__ (finalize.ts watches it). */
const INSTANCE_FINALIZE = 0x20000000;
export function instanceLayout(cls: PyType): number {
  if (!(cls.flags & TF_HEAPTYPE)) return 0;
  return (cls.hasInstanceDict() ? INSTANCE_HAS_DICT : 0) | (hasFinalizer(cls) ? INSTANCE_FINALIZE : 0) | slotCount(cls);
}

/** newInstance for a layout instanceLayout(cls) returned. */
export function newInstanceWith(cls: PyType, layout: number): PyInstance {
  const o = new PyInstance(cls);
  if (layout & INSTANCE_HAS_DICT) o.dict = shapedDict();
  if (layout & INSTANCE_FINALIZE) watch(o);
  const n = layout & ~(INSTANCE_HAS_DICT | INSTANCE_FINALIZE);
  if (n > 0) {
    const slots = new Array<PyValue | null>(n);
    for (let i = 0; i < n; i++) slots[i] = null;
    o.slots = slots;
  }
  return o;
}

function excessArgs(args: PyValue[], kw: string[] | null): boolean {
  return args.length > 1 || (kw !== null && kw.length > 0);
}

// ---------------------------------------------------------------------------
// __build_class__

export function buildClass(args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos < 2) typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') typeError('__build_class__: name is not a string');
  let bases = args.slice(2, npos);
  const origBases = bases;
  let basesUpdated = false;
  // __mro_entries__
  if (bases.some((b) => !(b instanceof PyType))) {
    const nb: PyValue[] = [];
    for (const b of bases) {
      if (b instanceof PyType) nb.push(b);
      else {
        // update_bases uses getattr: typing.NamedTuple is a function carrying __mro_entries__ itself.
        const me = getAttrOpt(b, '__mro_entries__');
        if (me === undefined) nb.push(b);
        else {
          nb.push(...toArray(call(me, [new PyTuple(bases)])));
          basesUpdated = true;
        }
      }
    }
    bases = nb;
  }
  let meta: PyValue | null = null;
  const kwd = new PyDict();
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'metaclass') meta = args[npos + i];
    else kwd.setStr(kw![i], args[npos + i]);
  }
  if (meta === null) meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) {
    // The most derived metaclass.
    let winner: PyType = meta;
    for (const b of bases) {
      const bt = typeOf(b);
      if (winner.isSubtype(bt)) continue;
      if (bt.isSubtype(winner)) {
        winner = bt;
        continue;
      }
      typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    meta = winner;
  }
  const basesT = newTuple(bases);
  const kwnames: string[] = [];
  const kwvals: PyValue[] = [];
  for (const e of kwd.t.map.values()) {
    kwnames.push(e.key as string);
    kwvals.push(e.value);
  }
  let ns: PyValue;
  const prep = meta instanceof PyType ? typeGetAttr(meta, '__prepare__') : genericGetAttr(meta, '__prepare__');
  if (prep !== undefined) ns = call(prep, [name, basesT, ...kwvals], kwnames.length ? kwnames : null);
  else ns = new PyDict();
  // PyMapping_Check: any object with __getitem__ will do; the class body then stores names through its protocol.
  if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
    typeError(`${meta instanceof PyType ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(ns).tpName}`);
  }
  const cell = runClassBody(func, localsFor(ns));
  // As builtin___build_class__: bases replaced by __mro_entries__ are kept as __orig_bases__ (typing.Generic).
  if (basesUpdated) setItem(ns, '__orig_bases__', new PyTuple(origBases));
  const cls = call(meta, [name, basesT, ns, ...kwvals], kwnames.length ? kwnames : null);
  // The __class__ cell must hold the class the metaclass returned (when it returned a class).
  if (cell instanceof PyCell && cls instanceof PyType && cell.ref !== cls) {
    if (cell.ref === null) raise(RuntimeError, `__class__ not set defining '${name}' as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    typeError(`__class__ set to ${repr(cell.ref)} defining '${name}' as ${repr(cls)}`);
  }
  return cls;
}

// ---------------------------------------------------------------------------
// super()

function superNew(args: PyValue[]): PyValue {
  let t: PyValue;
  let obj: PyValue;
  if (args.length === 1) {
    const f = ts.frame;
    if (f === null) raise(RuntimeError, 'super(): no current frame');
    const code = f.code;
    if (code.argcount === 0 && !(code.flags & 0x4)) raise(RuntimeError, 'super(): no arguments');
    let first = f.fast[0];
    if (first instanceof PyCell && code.kinds[0] & 0x40) first = first.ref;
    if (first === null) raise(RuntimeError, 'super(): arg[0] deleted');
    let at = code.classCell;
    if (at === -2) {
      at = -1;
      for (let i = 0; i < code.nlocalsplus; i++) if (code.localsplusnames[i] === '__class__' && code.kinds[i] & CO_FAST_FREE) at = i;
      code.classCell = at;
    }
    const c = at < 0 ? null : f.fast[at];
    if (!(c instanceof PyCell)) raise(RuntimeError, 'super(): __class__ cell not found');
    const cls = c.ref;
    if (cls === null) raise(RuntimeError, 'super(): empty __class__ cell');
    t = cls;
    obj = first;
  } else {
    t = args[1];
    obj = args.length > 2 ? args[2] : None;
  }
  if (!(t instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeOf(t).tpName}`);
  // args[0] is the class called: super or a subclass of it (whose instances get a __dict__).
  const cls = args[0] instanceof PyType ? args[0] : superType;
  if (obj === None && args.length <= 2) return newSuper(t, None, t, cls);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtype(t)) objType = obj;
  else if (typeOf(obj).isSubtype(t)) objType = typeOf(obj);
  else {
    // super_check's slow way: obj.__class__ (a proxy's), when it is another class.
    const c = lookupAttr(obj, '__class__');
    if (!(c instanceof PyType && c !== typeOf(obj) && c.isSubtype(t))) typeError('super(type, obj): obj must be an instance or subtype of type');
    objType = c;
  }
  return newSuper(t, obj, objType, cls);
}

function newSuper(t: PyType, obj: PyValue, objType: PyType, cls: PyType): PySuper {
  const s = new PySuper(t, obj, objType, cls);
  if (cls.flags & TF_HEAPTYPE) s.dict = cls.newInstanceDict();
  return s;
}

// ---------------------------------------------------------------------------

function qualOf(v: PyValue): string {
  return v instanceof PyType ? v.qualname : typeOf(v).qualname;
}

function typeRepr(t: PyType): string {
  const m = t.module;
  if (m === 'builtins') return `<class '${t.qualname}'>`;
  return `<class '${m}.${t.qualname}'>`;
}

function objectRepr(self: PyValue): string {
  const t = typeOf(self);
  const m = t.module;
  return `<${m === 'builtins' ? '' : m + '.'}${t.qualname} object at ${addr(self)}>`;
}

function methodArgs(args: PyValue[], n: number, name: string): void {
  if (args.length !== n) typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/**
 * The attributes CPython's builtin types declare as members (PyMemberDef) rather than getsets: their
 * descriptors are member_descriptor there (inspect.ismemberdescriptor, the "<member ...>" repr, "readonly
 * attribute"; types.MemberDescriptorType is type(FunctionType.__globals__), which dataclasses tests to
 * recognise __slots__ fields). Run once the types' tables exist.
 */
export function markMemberDescriptors(): void {
  const members: [PyType, string[]][] = [
    [propertyType, ['fget', 'fset', 'fdel', '__doc__']], [functionType, ['__closure__', '__doc__', '__globals__', '__module__', '__builtins__']],
    [complexType, ['real', 'imag']], [sliceType, ['start', 'stop', 'step']], [rangeType, ['start', 'stop', 'step']],
    [exceptionTypes.get('BaseException')!, ['__suppress_context__']], [staticmethodType, ['__func__', '__wrapped__']],
    [classmethodType, ['__func__', '__wrapped__']], [typeType, ['__base__', '__flags__', '__mro__']],
  ];
  for (const [t, names] of members) {
    for (const name of names) {
      const d = t.tdict.get(name);
      if (d instanceof PyGetSetDescr) d.cls = memberDescrType;
    }
  }
}

export function initTypes(): void {
  // type(x): re's module-level functions key their pattern cache by type(pattern) on every call.
  typeType.call1 = typeOf;
  // object
  objectType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError('object.__new__(X): X is not a type object');
    if (excessArgs(args, kw)) {
      const init = cls.lookup('__init__');
      const nw = cls.lookup('__new__');
      if (newFunction(nw) !== newFunction(objectType.tdict.get('__new__'))) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
      if (init === objectType.tdict.get('__init__')) typeError(`${cls.tpName}() takes no arguments`);
    }
    if (cls.flags & 4) abstractInstantiation(cls);
    return newInstance(cls);
  }));
  const objMethods = {
    __init__: (self: PyValue, args: PyValue[], kw: string[] | null) => {
      if (args.length > 0 || (kw !== null && kw.length > 0)) {
        const t = typeOf(self);
        if (t.lookup('__init__') !== objectType.tdict.get('__init__')) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
        if (newFunction(t.lookup('__new__')) === newFunction(objectType.tdict.get('__new__'))) {
          typeError(`${t.tpName}.__init__() takes exactly one argument (the instance to initialize)`);
        }
      }
      return None;
    },
    __repr__: (self: PyValue) => objectRepr(self),
    __str__: (self: PyValue) => repr(self),
    __hash__: (self: PyValue) => Math.floor(idOf(self) / 16),
    __eq__: (self: PyValue, args: PyValue[]) => (self === args[0] ? true : NotImplemented),
    __ne__: (self: PyValue, args: PyValue[]) => {
      const eqf = typeOf(self).lookup('__eq__');
      if (eqf === undefined) return NotImplemented;
      const r = callBound(eqf, self, [args[0]]);
      return r === NotImplemented ? r : !truthy(r);
    },
    __lt__: () => NotImplemented, __le__: () => NotImplemented, __gt__: () => NotImplemented, __ge__: () => NotImplemented,
    __getattribute__: (self: PyValue, args: PyValue[]) => {
      const name = attrNameArg(args[0]);
      const r = genericGetAttr(self, name);
      if (r === undefined) throw noAttribute(self, name);
      return r;
    },
    __setattr__: (self: PyValue, args: PyValue[]) => {
      hackCheck(self, '__setattr__');
      genericSetAttr(self, attrNameArg(args[0]), args[1]);
      return None;
    },
    __delattr__: (self: PyValue, args: PyValue[]) => {
      hackCheck(self, '__delattr__');
      genericSetAttr(self, attrNameArg(args[0]), null);
      return None;
    },
    __format__: (self: PyValue, args: PyValue[]) => {
      const spec = asStr(args[0]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${args[0] === None ? 'None' : typeOf(args[0]).tpName}`);
      if (spec !== '') typeError(`unsupported format string passed to ${typeOf(self).tpName}.__format__`);
      return str(self);
    },
    // object___dir___impl: the keys of getattr(self, '__dict__'), then of the class's and its bases' dicts, found
    // through getattr(self, '__class__') (a slot named __class__ can hide it).
    __dir__: (self: PyValue) => {
      const acc = new PyDict();
      const d = lookupAttr(self, '__dict__');
      if (d instanceof PyDict) for (const e of d.t.map.values()) acc.set(e.key, None);
      const cls = lookupAttr(self, '__class__');
      if (cls !== undefined) mergeClassDict(acc, cls);
      return new PyList(Array.from(acc.t.map.values(), (e) => e.key));
    },
    __reduce_ex__: (self: PyValue, args: PyValue[]) => {
      if (args.length !== 1) typeError(`object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
      const p = indexOf(args[0]);
      if (typeof p !== 'number' || p > 2147483647 || p < -2147483648) raise(OverflowErrorT, 'Python int too large to convert to C int');
      return objectReduceEx(self, p);
    },
    __reduce__: (self: PyValue) => objectReduce(self),
    __getstate__: (self: PyValue, args: PyValue[]) => {
      if (args.length !== 0) typeError(`object.__getstate__() takes no arguments (${args.length} given)`);
      return defaultState(self, false);
    },
    __sizeof__: (self: PyValue) => objectSizeof(self),
  };
  defineMethods(objectType, objMethods);
  objectType.tdict.set('__init_subclass__', new PyClassMethodDescr(objectType, '__init_subclass__', (_cls, args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) typeError(`${(_cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
    return None;
  }));
  objectType.tdict.set('__subclasshook__', new PyClassMethodDescr(objectType, '__subclasshook__', () => NotImplemented));
  defineGetters(objectType, {
    __class__: [(self) => typeOf(self), (self, v) => {
      if (v === null) typeError("can't delete __class__ attribute");
      if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeOf(v!).tpName}' object`);
      audit('object.__setattr__', [self, '__class__', v]);
      const oldto = typeOf(self);
      if (!(v.isSubtype(moduleType) && oldto.isSubtype(moduleType)) && (!(v.flags & TF_HEAPTYPE) || !(oldto.flags & TF_HEAPTYPE))) {
        typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
      }
      compatibleForAssignment(oldto, v, '__class__');
      (self as PyObject).cls = v;
      refreshWatch(self as PyObject);
    }],
  });
  objectType.doc = 'The base class of the class hierarchy.';
  setHashSentinels(objectType.tdict.get('__hash__')!, objectType.tdict.get('__eq__')!);

  // type
  typeType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const meta = args[0] as PyType;
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos === 2 && meta === typeType) return typeOf(args[1]);
    // type_call's message for type itself; a metaclass's call reaches type_new's argument parsing.
    if (npos !== 4) typeError(meta === typeType ? 'type() takes 1 or 3 arguments' : `type.__new__() takes exactly 3 arguments (${npos - 1} given)`);
    // A str subclass (a StrEnum member) names the class by its text (CPython keeps the object as __name__).
    const name = strSubValue(args[1]);
    if (typeof name !== 'string') typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).tpName}`);
    const bases = args[2];
    if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).tpName}`);
    const ns = args[3];
    if (!(ns instanceof PyDict) || !typeOf(ns).isSubtype(dictType)) typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).tpName}`);
    // type_new_get_bases: only __build_class__ (or types.new_class) resolves __mro_entries__.
    for (const b of bases.items) {
      if (!(b instanceof PyType) && lookupAttr(b, '__mro_entries__') !== undefined) typeError("type() doesn't support MRO entry resolution; use types.new_class()");
    }
    checkTypeName(name);
    const doc = ns.getStr('__doc__');
    if (typeof doc === 'string') checkUtf8(doc);
    // type_new: the most derived metaclass of meta and the bases' wins; one with a __new__ of its own
    // creates the class instead (type('E', (SomeEnum,), ns, boundary=...) runs EnumType.__new__).
    let winner = meta;
    for (const b of bases.items) {
      const bt = typeOf(b);
      if (winner.isSubtype(bt)) continue;
      if (bt.isSubtype(winner)) winner = bt;
      else typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    if (winner !== meta) {
      const wn = winner.lookup('__new__');
      if (wn !== undefined && newFunction(wn) !== newFunction(typeType.tdict.get('__new__'))) {
        const a = args.slice();
        a[0] = winner;
        return call(wn instanceof PyStaticMethod ? wn.func : wn, a, kw);
      }
    }
    let kwd: PyDict | null = null;
    if (nkw > 0) {
      kwd = new PyDict();
      for (let i = 0; i < nkw; i++) kwd.setStr(kw![i], args[npos + i]);
    }
    return typeNew(winner, name, bases.items, ns, kwd);
  }));
  defineMethods(typeType, {
    __init__: () => None,
    // type___sizeof__: a class is a PyHeapTypeObject with the shared keys of its instances' dicts
    __sizeof__: (self) => (T(self).flags & TF_HEAPTYPE ? 904 + (typeLayout(T(self)).dict !== 0 ? 768 : 0) : 408),
    __call__: (self, args, kw) => {
      // Property access, not destructuring: the bundler then needs no namespace object for ceval.
      return ceval.callTypeNew(self as PyType, args, kw);
    },
    __repr__: (self) => typeRepr(self as PyType),
    __getattribute__: (self, args) => {
      const name = attrNameArg(args[0]);
      const r = typeGetAttr(self as PyType, name);
      // type_getattro's own error carries no name/obj (getattr() adds them; this explicit call does not).
      if (r === undefined) attributeError(`type object '${(self as PyType).tpName}' has no attribute '${name}'`);
      return r;
    },
    __setattr__: (self, args) => (genericSetAttr(self, attrNameArg(args[0]), args[1]), None),
    __delattr__: (self, args) => (genericSetAttr(self, attrNameArg(args[0]), null), None),
    // mro_implementation: computed afresh (a metaclass's mro() calls it while the class is being made).
    mro: (self) => new PyList(c3(self as PyType, (self as PyType).bases)),
    __subclasses__: (self) => new PyList((self as PyType).subclasses()),
    __instancecheck__: (self, args) => typeOf(args[0]).isSubtype(self as PyType),
    __subclasscheck__: (self, args) => (args[0] as PyType).isSubtype(self as PyType),
    __or__: (self, args) => unionType(self, args[0]),
    __ror__: (self, args) => unionType(args[0], self),
    __dir__: (self) => {
      const names = new Set<string>();
      for (const b of (self as PyType).mro) for (const k of b.tdict.keys()) names.add(k);
      return new PyList(Array.from(names).sort());
    },
  });
  typeType.tdict.set('__prepare__', new PyClassMethodDescr(typeType, '__prepare__', () => new PyDict()));
  const T = (v: PyValue) => v as PyType;
  defineGetters(typeType, {
    __name__: [(self) => T(self).name, (self, v) => {
      checkSpecialTypeAttr(T(self), v, '__name__');
      if (v instanceof PyStrSub) v = v.value;
      if (typeof v !== 'string') typeError(`can only assign string to ${T(self).name}.__name__, not '${typeOf(v!).tpName}'`);
      checkTypeName(v);
      T(self).name = v;
    }],
    __qualname__: [(self) => T(self).qualname, (self, v) => {
      checkSpecialTypeAttr(T(self), v, '__qualname__');
      if (v instanceof PyStrSub) v = v.value;
      if (typeof v !== 'string') typeError(`can only assign string to ${T(self).name}.__qualname__, not '${typeOf(v!).tpName}'`);
      T(self).qualname = v;
    }],
    // type_get_annotations: a class's own __annotations__, made (empty) on first access; static types have none.
    __annotations__: [(self) => {
      const t = T(self);
      if (!(t.flags & TF_HEAPTYPE)) attributeError(`type object '${t.name}' has no attribute '__annotations__'`);
      let a = t.tdict.get('__annotations__');
      if (a === undefined) {
        a = new PyDict();
        t.tdict.set('__annotations__', a);
        t.modified();
        return a;
      }
      const get = typeof a === 'object' ? typeOf(a).lookup('__get__') : undefined;
      return get === undefined ? a : callBound(get, a, [None, t]);
    }, (self, v) => {
      const t = T(self);
      if (!(t.flags & TF_HEAPTYPE)) typeError(`cannot set '__annotations__' attribute of immutable type '${t.name}'`);
      if (v === null) {
        if (!t.tdict.has('__annotations__')) attributeError('__annotations__');
        t.tdict.delete('__annotations__');
      } else t.tdict.set('__annotations__', v);
      t.modified();
    }],
    // A static type's own dict entry may be this very descriptor (type.__module__): its module is a name.
    __module__: [(self) => (T(self).flags & TF_HEAPTYPE ? T(self).tdict.get('__module__') : undefined) ?? T(self).module,
      (self, v) => {
        checkSpecialTypeAttr(T(self), v, '__module__');
        T(self).tdict.set('__module__', v!);
        T(self).modified();
      }],
    __bases__: [(self) => newTuple(T(self).bases.slice()), (self, v) => setBases(T(self), v)],
    __base__: (self) => T(self).base ?? None,
    __flags__: (self) => typeFlags(T(self)),
    __basicsize__: (self) => typeLayout(T(self)).basic,
    __itemsize__: (self) => typeLayout(T(self)).item,
    __dictoffset__: (self) => typeLayout(T(self)).dict,
    __weakrefoffset__: (self) => typeLayout(T(self)).weak,
    // An empty mro is tp_mro NULL: a class whose metaclass's mro() is still running.
    __mro__: (self) => (T(self).mro.length === 0 ? None : newTuple(T(self).mro.slice())),
    __dict__: (self) => {
      const d = new PyDict(mappingproxyType);
      d.t = dictSnapshot(T(self));
      return d;
    },
    __doc__: [(self) => {
      const t = T(self);
      const d = t.tdict.get('__doc__');
      // type_get_doc: a builtin type's own docstring (tp_doc: CPython's, else one its module set), even where its
      // instances have a __doc__ member.
      if (!(t.flags & TF_HEAPTYPE)) return typeof d === 'string' ? builtinDoc(typeKey(t))?.[1] ?? d : staticTypeDoc(t);
      return d === undefined ? None : bindDescr(d, null, t);
    }, (self, v) => {
      const t = T(self);
      checkSpecialTypeAttr(t, v, '__doc__');
      t.tdict.set('__doc__', v!);
      t.modified();
    }],
    // type_get_text_signature: from the docstring (a builtin type's is CPython's).
    __text_signature__: (self) => {
      const t = T(self);
      if (!(t.flags & TF_HEAPTYPE)) return builtinDoc(typeKey(t))?.[0] ?? None;
      const d = t.tdict.get('__doc__');
      return typeof d === 'string' ? textSignatureFromDoc(t.name, d) ?? None : None;
    },
    __abstractmethods__: [(self) => {
      // type's own dict holds this descriptor, not a value (type_abstractmethods skips it).
      const v = self === typeType ? undefined : T(self).tdict.get('__abstractmethods__');
      if (v === undefined) attributeError('__abstractmethods__');
      return v;
    }, (self, v) => {
      // type_set_abstractmethods: deleting what is not there is an AttributeError.
      const t = T(self);
      if (v === null) {
        if (!t.tdict.delete('__abstractmethods__')) attributeError('__abstractmethods__');
        t.flags &= ~4;
      } else {
        t.tdict.set('__abstractmethods__', v);
        if (truthy(v)) t.flags |= 4;
        else t.flags &= ~4;
      }
      t.modified();
    }],
  });

  setAttrSentinels({
    objectGetAttribute: objectType.tdict.get('__getattribute__')!,
    typeGetAttribute: typeType.tdict.get('__getattribute__')!,
    moduleGetAttribute: moduleGetAttr,
    superGetAttribute: superGetAttrDescr,
    objectSetAttr: objectType.tdict.get('__setattr__')!,
    objectDelAttr: objectType.tdict.get('__delattr__')!,
    typeSetAttr: typeType.tdict.get('__setattr__')!,
    typeDelAttr: typeType.tdict.get('__delattr__')!,
  });
  moduleType.tdict.set('__getattribute__', moduleGetAttr);
  superType.tdict.set('__getattribute__', superGetAttrDescr);

  // super
  superType.call0 = () => superNew([superType]);
  superType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('super() takes no keyword arguments');
    if (args.length > 3) typeError(`super() expected at most 2 arguments, got ${args.length - 1}`);
    return superNew(args);
  }));
  defineMethods(superType, {
    __init__: () => None,
    __repr__: (self) => {
      const s = self as PySuper;
      return `<super: <class '${s.type.name}'>, ${s.obj === None ? 'NULL' : `<${s.objType.name} object>`}>`;
    },
    __get__: (self, args) => {
      const s = self as PySuper;
      if (args[0] === None || s.obj !== None) return s;
      // super_descr_get: a subclass's instance is bound by calling its class.
      if (s.cls !== superType) return call(s.cls, [s.type, args[0]]);
      return superNew([superType, s.type, args[0]]);
    },
  });
  defineGetters(superType, {
    __thisclass__: (self) => (self as PySuper).type,
    __self__: (self) => (self as PySuper).obj,
    __self_class__: (self) => (self as PySuper).objType,
  });

  // property
  propertyType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const p = new PyProperty(args[0] as PyType);
    if ((args[0] as PyType).flags & TF_HEAPTYPE && (args[0] as PyType).hasInstanceDict()) p.dict = shapedDict();
    return p;
  }));
  const P = (v: PyValue) => v as PyProperty;
  // property_copy: a doc taken from the old getter gives way to the new getter's; the name carries over to a
  // new property (a subclass's __new__ may return anything).
  const copyProp = (p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue) => {
    const get = which === 'fget' ? f : p.fget;
    const doc = p.getterDoc && get !== None ? None : p.pdoc;
    const q = call(typeOf(p), [get, which === 'fset' ? f : p.fset, which === 'fdel' ? f : p.fdel, doc]);
    if (q instanceof PyProperty) q.pname = p.pname;
    return q;
  };
  defineMethods(propertyType, {
    __init__: (self, args, kw) => {
      const p = P(self);
      const names = ['fget', 'fset', 'fdel', 'doc'];
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      const vals: PyValue[] = [None, None, None, None];
      for (let i = 0; i < npos; i++) vals[i] = args[i];
      for (let i = 0; i < nkw; i++) vals[names.indexOf(kw![i])] = args[npos + i];
      [p.fget, p.fset, p.fdel] = vals;
      p.pname = null;
      // property_init: no doc given takes the getter's; a subclass's instance keeps it in its own __doc__
      // (else the subclass's docstring would shadow it), where an assignment that fails is dropped.
      let doc = vals[3];
      p.getterDoc = false;
      if (doc === None && p.fget !== None) {
        const d = getAttrOpt(p.fget, '__doc__');
        if (d !== undefined && d !== None) {
          doc = d;
          p.getterDoc = true;
        }
      }
      if (p.cls === propertyType) {
        p.pdoc = doc;
        return None;
      }
      p.pdoc = None;
      try {
        setAttr(p, '__doc__', doc);
      } catch (e) {
        if (p.getterDoc || !(e instanceof PyException) || !e.exc.cls.isSubtype(exceptionTypes.get('AttributeError')!)) throw e;
      }
      return None;
    },
    __get__: (self, args) => bindDescr(self, args[0] === None ? null : args[0], (args[1] ?? typeOf(args[0])) as PyType),
    __set__: (self, args) => {
      const p = P(self);
      if (p.fset === None) propertyMissing(p, args[0], 'setter');
      call(p.fset, [args[0], args[1]]);
      return None;
    },
    __delete__: (self, args) => {
      const p = P(self);
      if (p.fdel === None) propertyMissing(p, args[0], 'deleter');
      call(p.fdel, [args[0]]);
      return None;
    },
    __set_name__: (self, args, kw) => {
      const n = args.length - (kw === null ? 0 : kw.length);
      if (n !== 2 || (kw !== null && kw.length > 0)) typeError(`__set_name__() takes 2 positional arguments but ${n} were given`);
      P(self).pname = args[1];
      return None;
    },
    getter: (self, args, kw) => copyProp(P(self), 'fget', methO('property.getter', args, kw)),
    setter: (self, args, kw) => copyProp(P(self), 'fset', methO('property.setter', args, kw)),
    deleter: (self, args, kw) => copyProp(P(self), 'fdel', methO('property.deleter', args, kw)),
  });
  defineGetters(propertyType, {
    fget: (self) => P(self).fget,
    fset: (self) => P(self).fset,
    fdel: (self) => P(self).fdel,
    // A writable member (T_OBJECT), as in CPython.
    __doc__: [(self) => P(self).pdoc, (self, v) => void (P(self).pdoc = v ?? None)],
    __isabstractmethod__: (self) => {
      for (const f of [P(self).fget, P(self).fset, P(self).fdel]) {
        if (f !== None) {
          const a = genericGetAttr(f, '__isabstractmethod__');
          if (a !== undefined && truthy(a)) return true;
        }
      }
      return false;
    },
  });

  // classmethod / staticmethod
  for (const [t, C] of [[classmethodType, PyClassMethod], [staticmethodType, PyStaticMethod]] as const) {
    t.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
      if (args.length !== 2) typeError(`${t.name} expected 1 argument, got ${args.length - 1}`);
      const o = new C(args[1], args[0] as PyType);
      o.dict = new PyDict();
      return o;
    }));
    defineMethods(t, {
      // cm_init / sm_init: functools_wraps, the callable's __module__, __name__, __qualname__, __doc__ and
      // __annotations__ copied into the wrapper's __dict__ (those it has).
      __init__: (self) => {
        const o = self as PyClassMethod | PyStaticMethod;
        for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
          let v: PyValue | undefined;
          try {
            v = getAttrOpt(o.func, name);
          } catch (e) {
            if (!(e instanceof PyException && e.exc.cls.isSubtype(AttributeErrorT))) throw e;
          }
          if (v !== undefined) o.dict!.setStr(name, v);
        }
        return None;
      },
      // cm_descr_get / sm_descr_get, as attribute lookup binds them (a callable's own __get__ for a classmethod).
      __get__: (self, args) => {
        const owner = args.length > 1 && args[1] !== None ? (args[1] as PyType) : typeOf(args[0]);
        return bindDescr(self, args[0] === None ? null : args[0], owner);
      },
      __repr__: (self) => `<${t.name}(${repr((self as PyClassMethod).func)})>`,
    });
    // A staticmethod is callable (3.10); a classmethod is not.
    if (t === staticmethodType) defineMethods(t, { __call__: (self, args, kw) => call((self as PyStaticMethod).func, args, kw) });
    defineGetters(t, {
      __func__: (self) => (self as PyClassMethod).func,
      __wrapped__: (self) => (self as PyClassMethod).func,
      __isabstractmethod__: (self) => {
        const a = genericGetAttr((self as PyClassMethod).func, '__isabstractmethod__');
        return a !== undefined && truthy(a);
      },
    });
  }

  // function
  const F = (v: PyValue) => v as PyFunction;
  // func_new(code, globals, name=None, argdefs=None, closure=None)
  functionType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [code, globals, name, argdefs, closure] = parseArgs('function', ['code', 'globals', 'name', 'argdefs', 'closure'], args.slice(1), kw, 2);
    if (!(code instanceof RtCode)) typeError(`function() argument 'code' must be code, not ${typeOf(code!).tpName}`);
    if (!(globals instanceof PyDict)) typeError(`function() argument 'globals' must be dict, not ${typeOf(globals!).tpName}`);
    if (name !== undefined && name !== None && asStr(name) === undefined) typeError('arg 3 (name) must be None or string');
    if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) typeError('arg 4 (defaults) must be None or tuple');
    const cells = closure instanceof PyTuple ? closure.items : [];
    if (!(closure instanceof PyTuple)) {
      if (code.nfrees > 0 && (closure === undefined || closure === None)) typeError('arg 5 (closure) must be tuple');
      if (closure !== undefined && closure !== None) typeError('arg 5 (closure) must be None or tuple');
    }
    if (cells.length !== code.nfrees) raise(ValueErrorT, `${code.name} requires closure of length ${code.nfrees}, not ${cells.length}`);
    for (const c of cells) if (!(c instanceof PyCell)) typeError(`arg 5 (closure) expected cell, found ${typeOf(c).tpName}`);
    const f = new PyFunction(code, globals, builtinsFromGlobals(globals, ts.frame!.builtins));
    if (name !== undefined && name !== None) f.name = asStr(name)!;
    if (argdefs instanceof PyTuple) f.defaults = argdefs.items;
    if (cells.length > 0) f.closure = cells as PyCell[];
    return f;
  }));
  defineMethods(functionType, {
    __repr__: (self) => `<function ${F(self).qualname} at ${addr(self)}>`,
    __get__: (self, args) => (args[0] === None ? self : new PyMethod(self, args[0])),
    __call__: (self, args, kw) => call(self, args, kw),
  });
  functionType.dict = null;
  defineGetters(functionType, {
    __name__: [(self) => F(self).name, (self, v) => { F(self).name = strAttr(v, '__name__'); }],
    __qualname__: [(self) => F(self).qualname, (self, v) => { F(self).qualname = strAttr(v, '__qualname__'); }],
    __doc__: [(self) => F(self).doc, (self, v) => { F(self).doc = v ?? None; }],
    __module__: [(self) => F(self).module, (self, v) => { F(self).module = v ?? None; }],
    __defaults__: [(self) => (F(self).defaults === null ? None : new PyTuple(F(self).defaults!)), (self, v) => {
      if (v !== null && v !== None && !(v instanceof PyTuple)) typeError('__defaults__ must be set to a tuple object');
      F(self).defaults = v === null || v === None ? null : (v as PyTuple).items;
    }],
    __kwdefaults__: [(self) => F(self).kwdefaults ?? None, (self, v) => {
      if (v !== null && v !== None && !(v instanceof PyDict)) typeError('__kwdefaults__ must be set to a dict object');
      F(self).kwdefaults = v === null || v === None ? null : (v as PyDict);
    }],
    __code__: [(self) => F(self).code, (self, v) => {
      if (!(v instanceof RtCode)) typeError('__code__ must be set to a code object');
      const f = F(self);
      const have = f.closure === null ? 0 : f.closure.length;
      if (v.nfrees !== have) raise(ValueErrorT, `${f.name}() requires a code object with ${have} free vars, not ${v.nfrees}`);
      f.code = v;
    }],
    __globals__: (self) => F(self).globals,
    __closure__: (self) => closureTuple(F(self)),
    __annotations__: [(self) => {
      const f = F(self);
      if (f.annotations === None) f.annotations = new PyDict();
      return f.annotations;
    }, (self, v) => {
      if (v !== null && v !== None && !(v instanceof PyDict)) typeError('__annotations__ must be set to a dict object');
      F(self).annotations = v ?? None;
    }],
    __dict__: [(self) => {
      const f = F(self);
      if (f.dict === null) f.dict = new PyDict();
      return f.dict;
    }, (self, v) => { F(self).dict = genericDictValue(v); }],
    __builtins__: (self) => shownBuiltins(F(self).builtins),
  });
  // Functions accept arbitrary attributes: give them a dict lazily through genericSetAttr.
  functionSetAttrHook();

  // bound method
  const M = (v: PyValue) => v as PyMethod;
  defineMethods(methodType, {
    __repr__: (self) => {
      // method_repr: the function's __qualname__, else its __name__, else '?'.
      const m = M(self);
      const q = getAttrOpt(m.func, '__qualname__') ?? getAttrOpt(m.func, '__name__') ?? '?';
      return `<bound method ${str(q)} of ${repr(m.self)}>`;
    },
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyMethod)) return NotImplemented;
      return M(self).func === o.func && M(self).self === o.self;
    },
    __hash__: (self) => Number(BigInt.asIntN(32, BigInt(hash(M(self).func)))) ^ Math.floor(idOf(M(self).self) / 16),
    __call__: (self, args, kw) => call(self, args, kw),
    // method___reduce__: getattr(self, the function's __name__).
    __reduce__: (self) => new PyTuple([builtinsDict.getStr('getattr')!, new PyTuple([M(self).self, getAttr(M(self).func, '__name__')])]),
  });
  // types.MethodType(func, instance) (method_new).
  methodType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('method() takes no keyword arguments');
    if (args.length !== 3) typeError(`method expected 2 arguments, got ${args.length - 1}`);
    const f = args[1];
    if (!(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyType || typeOf(f).lookup('__call__') !== undefined)) {
      typeError('first argument must be callable');
    }
    if (args[2] === None) typeError('instance must not be None');
    return new PyMethod(f, args[2]);
  }));
  methodType.tdict.set('__getattribute__', new PyMethodDescr(methodType, '__getattribute__', (self, args) => {
    const name = args[0] as string;
    const r = genericGetAttr(self, name);
    if (r !== undefined) return r;
    return getAttr(M(self).func, name);
  }));
  defineGetters(methodType, {
    __func__: (self) => M(self).func,
    __self__: (self) => M(self).self,
    __name__: (self) => getAttr(M(self).func, '__name__'),
    __qualname__: (self) => getAttr(M(self).func, '__qualname__'),
    __doc__: (self) => getAttr(M(self).func, '__doc__'),
    __module__: (self) => getAttr(M(self).func, '__module__'),
  });

  // builtin functions and descriptors
  const B = (v: PyValue) => v as PyBuiltin;
  defineMethods(builtinFunctionType, {
    __repr__: (self) => {
      const b = B(self);
      if (b.self === null || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
      return `<built-in method ${b.name} of ${typeOf(b.self).tpName} object at ${addr(b.self)}>`;
    },
    __call__: (self, args, kw) => call(self, args, kw),
    // meth_richcompare: the same C function bound to the same object. A method descriptor binds to a fresh
    // closure each time, so bound ones compare by the descriptor's qualified name.
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyBuiltin)) return NotImplemented;
      return builtinSame(B(self), o);
    },
    __ne__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyBuiltin)) return NotImplemented;
      return !builtinSame(B(self), o);
    },
    __hash__: (self) => {
      const b = B(self);
      const h = b.self === null ? idOf(b) : Number(BigInt.asIntN(32, BigInt(hash(b.qualname)))) ^ Math.floor(idOf(b.self) / 16);
      return h === -1 ? -2 : h;
    },
    // meth_reduce: a module-level function pickles as its name (a global), a bound one as getattr(self, name).
    __reduce__: (self) => {
      const b = B(self);
      if (b.self === null || b.self instanceof PyModule) return b.name;
      return new PyTuple([builtinsDict.getStr('getattr')!, new PyTuple([b.self, b.name])]);
    },
  });
  defineGetters(builtinFunctionType, {
    __name__: (self) => B(self).name,
    __qualname__: (self) => B(self).qualname,
    __self__: (self) => (self instanceof PyStaticBuiltin ? None : B(self).self ?? None),
    __doc__: (self) => builtinFunctionDoc(B(self), 1) ?? None,
    __text_signature__: (self) => builtinFunctionDoc(B(self), 0) ?? None,
    // m_module: the name of the module a module-level function belongs to; None for a bound method.
    __module__: (self) => {
      const o = B(self).self;
      return o === null ? 'builtins' : o instanceof PyModule ? o.dict!.getStr('__name__') ?? None : None;
    },
  });
  /** A builtin's docstring: a module's function by the module's name, a method by the type defining it. */
  const builtinFunctionDoc = (b: PyBuiltin, part: 0 | 1): string | null => {
    const o = b.self;
    if (o === null) return builtinDoc(`builtins:${b.name}`)?.[part] ?? null;
    if (o instanceof PyModule) {
      // Keyed by the name the module is imported as (its spec's: _io's __name__ is 'io').
      const spec = o.dict!.getStr('__spec__');
      const name = spec !== undefined && spec !== None ? lookupAttr(spec, 'name') : undefined;
      return builtinDoc(`${typeof name === 'string' ? name : o.dict!.getStr('__name__')}:${b.name}`)?.[part] ?? null;
    }
    // Bound to its class (a classmethod, or a static method's owner) or to an instance.
    const t = o instanceof PyType && (b instanceof PyStaticBuiltin || o.mro.some((c) => c.tdict.get(b.name) instanceof PyClassMethodDescr)) ? o : typeOf(o);
    const owner = t.mro.find((c) => c.tdict.has(b.name));
    return owner === undefined ? null : attrDoc(owner, b.name, part);
  };
  const MD = (v: PyValue) => v as PyMethodDescr;
  // descr_reduce: getattr(the owner type, name), for method descriptors and slot wrappers.
  const descrReduce = (self: PyValue): PyValue => new PyTuple([builtinsDict.getStr('getattr')!, new PyTuple([MD(self).owner, MD(self).name])]);
  defineMethods(methodDescrType, {
    __repr__: (self) => `<method '${MD(self).name}' of '${MD(self).owner.tpName}' objects>`,
    __get__: (self, args) => bindDescr(self, args[0] === None ? null : args[0], typeOf(args[0])),
    __call__: (self, args, kw) => call(self, args, kw),
    __reduce__: descrReduce,
  });
  defineGetters(methodDescrType, {
    __name__: (self) => MD(self).name,
    __qualname__: (self) => `${MD(self).owner.name}.${MD(self).name}`,
    __objclass__: (self) => MD(self).owner,
    __doc__: (self) => attrDoc(MD(self).owner, MD(self).name, 1) ?? None,
    __text_signature__: (self) => attrDoc(MD(self).owner, MD(self).name, 0) ?? None,
  });
  // wrapper_descriptor: method_descriptor's behaviour under slot-wrapper names.
  for (const [k, v] of methodDescrType.tdict) if (k !== '__repr__' && k !== '__doc__' && k !== '__module__') wrapperDescrType.tdict.set(k, v);
  defineMethods(wrapperDescrType, {
    __repr__: (self) => `<slot wrapper '${MD(self).name}' of '${MD(self).owner.tpName}' objects>`,
    __reduce__: descrReduce,
  });
  defineGetters(wrapperDescrType, {
    __doc__: (self) => slotDoc(MD(self))[1] ?? None,
    __text_signature__: (self) => slotDoc(MD(self))[0] ?? None,
  });
  // method-wrapper: a slot wrapper bound to its object (wrapperobject).
  const MW = (v: PyValue) => v as PyMethodWrapper;
  defineMethods(methodWrapperType, {
    __repr__: (self) => `<method-wrapper '${MW(self).name}' of ${typeOf(MW(self).self!).tpName} object at ${addr(MW(self).self!)}>`,
    __call__: (self, args, kw) => call(self, args, kw),
    // wrapper_richcompare: the same descriptor bound to the same object.
    __eq__: (self, args) => (args[0] instanceof PyMethodWrapper ? MW(self).descr === args[0].descr && MW(self).self === args[0].self : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof PyMethodWrapper ? MW(self).descr !== args[0].descr || MW(self).self !== args[0].self : NotImplemented),
    __hash__: (self) => {
      const h = (Math.floor(idOf(MW(self).self!) / 16) ^ idOf(MW(self).descr)) | 0;
      return h === -1 ? -2 : h;
    },
    __reduce__: (self) => new PyTuple([builtinsDict.getStr('getattr')!, new PyTuple([MW(self).self!, MW(self).name])]),
  });
  defineGetters(methodWrapperType, {
    __name__: (self) => MW(self).name,
    __qualname__: (self) => MW(self).qualname,
    __self__: (self) => MW(self).self!,
    __objclass__: (self) => MW(self).descr.owner,
    __doc__: (self) => slotDoc(MW(self).descr)[1] ?? None,
    __text_signature__: (self) => slotDoc(MW(self).descr)[0] ?? None,
  });
  defineMethods(classmethodDescrType, {
    __repr__: (self) => `<method '${(self as PyClassMethodDescr).name}' of '${(self as PyClassMethodDescr).owner.tpName}' objects>`,
    __get__: (self, args) => bindDescr(self, null, (args.length > 1 && args[1] !== None ? args[1] : typeOf(args[0])) as PyType),
  });
  defineGetters(classmethodDescrType, {
    __name__: (self) => (self as PyClassMethodDescr).name,
    __qualname__: (self) => `${(self as PyClassMethodDescr).owner.name}.${(self as PyClassMethodDescr).name}`,
    __objclass__: (self) => (self as PyClassMethodDescr).owner,
    __doc__: (self) => attrDoc((self as PyClassMethodDescr).owner, (self as PyClassMethodDescr).name, 1) ?? None,
    __text_signature__: (self) => attrDoc((self as PyClassMethodDescr).owner, (self as PyClassMethodDescr).name, 0) ?? None,
  });
  const GS = (v: PyValue) => v as PyGetSetDescr;
  /** descr_check: the instance must be of the descriptor's class. */
  const gsCheck = (d: PyGetSetDescr, obj: PyValue): void => {
    if (!typeOf(obj).isSubtype(d.owner)) {
      typeError(`descriptor '${d.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${tpName(typeOf(obj))}' object`);
    }
  };
  defineMethods(getsetDescrType, {
    __repr__: (self) => `<attribute '${GS(self).name}' of '${tpName(GS(self).owner)}' objects>`,
    __get__: (self, args) => {
      if (args[0] === None && (args.length < 2 || args[1] === None)) typeError('__get__(None, None) is invalid');
      if (args[0] === None) return self;
      gsCheck(GS(self), args[0]);
      return GS(self).get(args[0]);
    },
    __set__: (self, args) => {
      gsCheck(GS(self), args[0]);
      return (descrSet(self, args[0], args[1], GS(self).name), None);
    },
    __delete__: (self, args) => {
      gsCheck(GS(self), args[0]);
      return (descrSet(self, args[0], null, GS(self).name), None);
    },
  });
  defineGetters(getsetDescrType, {
    __name__: (self) => GS(self).name,
    __qualname__: (self) => `${GS(self).owner.qualname}.${GS(self).name}`,
    __objclass__: (self) => GS(self).owner,
    __doc__: (self) => getsetDoc(GS(self)),
  });
  defineMethods(memberDescrType, {
    __repr__: (self) => `<member '${(self as PyMemberDescr).name}' of '${(self as PyMemberDescr).owner.tpName}' objects>`,
    // A builtin type's member that is a getset here checks its instance as descr_check does.
    __get__: (self, args) => {
      if (self instanceof PyGetSetDescr && args[0] !== None) gsCheck(self, args[0]);
      return bindDescr(self, args[0] === None ? null : args[0], typeOf(args[0]));
    },
    __set__: (self, args) => {
      if (self instanceof PyGetSetDescr) gsCheck(self, args[0]);
      return (descrSet(self, args[0], args[1], (self as PyMemberDescr).name), None);
    },
    __delete__: (self, args) => {
      if (self instanceof PyGetSetDescr) gsCheck(self, args[0]);
      return (descrSet(self, args[0], null, (self as PyMemberDescr).name), None);
    },
  });
  // Members of builtin types (some are getsets here, given member_descriptor's type) and __slots__ entries.
  const MB = (v: PyValue) => v as PyMemberDescr | PyGetSetDescr;
  defineGetters(memberDescrType, {
    __name__: (self) => MB(self).name,
    __qualname__: (self) => `${MB(self).owner.qualname}.${MB(self).name}`,
    __objclass__: (self) => MB(self).owner,
    __doc__: (self) => (MB(self).owner.flags & TF_HEAPTYPE ? None : attrDoc(MB(self).owner, MB(self).name, 1) ?? None),
  });

  // module
  moduleType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    // An empty dict, as module_new: __init__ fills it.
    const m = new PyModule('', new PyDict());
    m.dict!.t.delete('__name__');
    if ((args[0] as PyType) !== moduleType) m.cls = args[0] as PyType;
    return m;
  }));
  defineMethods(moduleType, {
    // module___init___impl: module_init_dict's five entries.
    __init__: (self, args, kw) => {
      const [name, doc] = parseArgs('module', ['name', 'doc'], args, kw, 1);
      if (asStr(name!) === undefined && !(name instanceof PySurrogateStr)) typeError(`module() argument 'name' must be str, not ${typeOf(name!).name}`);
      const d = (self as PyModule).dict!;
      d.setStr('__name__', name!);
      d.setStr('__doc__', doc ?? None);
      d.setStr('__package__', None);
      d.setStr('__loader__', None);
      d.setStr('__spec__', None);
      return None;
    },
    __repr__: (self) => moduleRepr(self),
    // module_dir: the __dict__ attribute (a subclass may replace it), its own __dir__ function if it has one.
    __dir__: (self) => {
      const d = getAttr(self, '__dict__');
      if (!(d instanceof PyDict)) typeError('<module>.__dict__ is not a dictionary');
      const fn = d.getStr('__dir__');
      if (fn !== undefined) return call(fn, []);
      return new PyList(Array.from(d.t.map.values()).map((e) => e.key));
    },
  });
  defineGetters(moduleType, {
    __dict__: (self) => (self as PyModule).dict!,
    // module_get_annotations: made (and kept in the module's dict) on first use.
    __annotations__: [(self) => {
      const d = (self as PyModule).dict!;
      let a = d.getStr('__annotations__');
      if (a === undefined) d.setStr('__annotations__', a = new PyDict());
      return a;
    }, (self, v) => {
      const d = (self as PyModule).dict!;
      if (v !== null) d.setStr('__annotations__', v);
      else if (d.getStr('__annotations__') === undefined) attributeError('__annotations__');
      else d.t.delete('__annotations__');
    }],
  });

  // misc
  // cell_richcompare: by contents, an empty cell before any other; no hash.
  const cellCompare = (op: number) => (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (!(o instanceof PyCell)) return NotImplemented;
    const a = (self as PyCell).ref;
    const b = o.ref;
    if (a !== null && b !== null) return richCompare(a, b, op);
    return compareNumbers(b === null ? 1 : 0, a === null ? 1 : 0, op)!;
  };
  defineMethods(cellType, {
    __repr__: (self) => {
      const c = self as PyCell;
      return c.ref === null ? `<cell at ${addr(self)}: empty>` : `<cell at ${addr(self)}: ${typeOf(c.ref).tpName} object at ${addr(c.ref)}>`;
    },
    __lt__: cellCompare(0), __le__: cellCompare(1), __eq__: cellCompare(2), __ne__: cellCompare(3), __gt__: cellCompare(4), __ge__: cellCompare(5),
  });
  cellType.tdict.set('__hash__', None);
  cellType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    // cell_new: types.CellType([contents])
    if (kw !== null && kw.length > 0) typeError('cell() takes no keyword arguments');
    if (args.length > 2) typeError(`cell expected at most 1 argument, got ${args.length - 1}`);
    return new PyCell(args.length > 1 ? args[1] : null);
  }));
  defineGetters(cellType, {
    cell_contents: [(self) => {
      const c = self as PyCell;
      if (c.ref === null) raise(ValueErrorT, 'Cell is empty');
      return c.ref;
    }, (self, v) => { (self as PyCell).ref = v; }],
  });
  for (const [t, r] of [[noneType, 'None'], [notImplementedType, 'NotImplemented'], [ellipsisType, 'Ellipsis']] as const) {
    t.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
      if (args.length > 1) typeError(`${t.name} takes no arguments`);
      return t === noneType ? None : t === ellipsisType ? Ellipsis : NotImplemented;
    }));
    defineMethods(t, { __repr__: () => r, __reduce__: () => r });
  }
  defineMethods(noneType, { __bool__: () => false });
  defineMethods(notImplementedType, {
    __bool__: () => {
      warn('NotImplemented should not be used in a boolean context', exceptionTypes.get('DeprecationWarning')!, 1, None);
      return true;
    },
  });
  defineMethods(codeType, {
    __repr__: (self) => {
      const c = self as RtCode;
      return `<code object ${c.name} at ${addr(self)}, file "${c.filename}", line ${c.firstlineno}>`;
    },
    // One (line, end_line, col, end_col) per code unit, caches included; None where the table has none. The
    // walk follows the table: units past its end (a table cut short by replace()) have no tuple.
    co_positions: (self) => {
      const c = self as RtCode;
      const r = addressRanges(c.co);
      const n = Math.min(c.instr.length, r.length === 0 ? 0 : r[r.length - 3] / 2);
      let i = 0;
      const opt = (v: number): PyValue => (v < 0 ? None : v);
      return new PyNativeIterT(() => {
        if (i >= n) return undefined;
        const [l, el, col, ecol] = c.positionsAt(i++);
        return new PyTuple([opt(l), opt(el), opt(col), opt(ecol)]);
      });
    },
  });
  codeType.tdict.set('__new__', new PyBuiltin('__new__', codeNew));
  defineMethods(codeType, {
    replace: codeReplace,
    // (start, end, line) byte ranges, one per location-table entry (3.11 does not merge them), line None where
    // the entry has none (dis.findlinestarts reads these).
    co_lines: (self) => {
      const r = addressRanges((self as RtCode).co);
      let i = 0;
      return new PyNativeIterT(() => {
        if (i >= r.length) return undefined;
        const t = new PyTuple([r[i], r[i + 1], r[i + 2] < 0 ? None : r[i + 2]]);
        i += 4;
        return t;
      });
    },
    _varname_from_oparg: (self, args, kw) => {
      const c = self as RtCode;
      const a = parseArgs('_varname_from_oparg', ['oparg'], args, kw, 1);
      const i = indexOf(a[0]!);
      if (typeof i !== 'number' || i < 0 || i >= c.localsplusnames.length) indexError('tuple index out of range');
      return c.localsplusnames[i];
    },
    __eq__: (self, args) => (args[0] instanceof RtCode ? codeEquals((self as RtCode).co, args[0].co) : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof RtCode ? !codeEquals((self as RtCode).co, args[0].co) : NotImplemented),
    // code_hash's ingredients that codeEquals compares (constants left out: their hashes are not needed to agree).
    __hash__: (self) => {
      const c = (self as RtCode).co;
      const h = (v: PyValue): number => Number(BigInt.asIntN(32, BigInt(hash(v))));
      const r = h(c.name) ^ h(newTuple(c.names.slice())) ^ h(newTuple(c.localsplusnames.slice())) ^
        c.argcount ^ c.posonlyargcount ^ c.kwonlyargcount ^ c.flags;
      return r === -1 ? -2 : r;
    },
  });
  defineGetters(codeType, {
    co_name: (self) => (self as RtCode).name,
    co_qualname: (self) => (self as RtCode).qualname,
    co_filename: (self) => (self as RtCode).filename,
    co_firstlineno: (self) => (self as RtCode).firstlineno,
    co_argcount: (self) => (self as RtCode).argcount,
    co_posonlyargcount: (self) => (self as RtCode).posonlyargcount,
    co_kwonlyargcount: (self) => (self as RtCode).kwonlyargcount,
    co_flags: (self) => (self as RtCode).flags,
    co_varnames: (self) => newTuple((self as RtCode).localsplusnames.filter((_, i) => (self as RtCode).kinds[i] & 0x20)),
    co_names: (self) => newTuple((self as RtCode).names.slice()),
    co_freevars: (self) => newTuple((self as RtCode).localsplusnames.filter((_, i) => (self as RtCode).kinds[i] & 0x80)),
    co_cellvars: (self) => newTuple((self as RtCode).localsplusnames.filter((_, i) => (self as RtCode).kinds[i] & 0x40)),
    co_stacksize: (self) => (self as RtCode).stacksize,
    co_code: (self) => new PyBytesObjT((self as RtCode).co.code),
    co_consts: (self) => newTuple((self as RtCode).consts.slice()),
    co_nlocals: (self) => (self as RtCode).nlocals,
    co_linetable: (self) => new PyBytesObjT((self as RtCode).co.linetable),
    co_exceptiontable: (self) => new PyBytesObjT((self as RtCode).co.exceptiontable),
    co_lnotab: (self) => new PyBytesObjT(lnotab((self as RtCode).co)),
    // The instructions as the VM runs them are Typhon's own quickened forms; CPython's specialised opcodes are
    // not among them, so the adaptive code shows as the plain instructions.
    _co_code_adaptive: (self) => new PyBytesObjT((self as RtCode).co.code),
  });
  defineGetters(frameType, {
    // frame_getlineno: an instruction without a line (linetable code 15) is None.
    f_lineno: [(self) => {
      const l = (self as Frame).lineno;
      return l < 0 ? None : l;
    }, (self, v) => setLineno(self as Frame, v)],
    f_code: (self) => (self as Frame).code,
    f_globals: (self) => (self as Frame).globals,
    f_locals: (self) => frameLocals(self as Frame),
    f_back: (self) => {
      const b = (self as Frame).back;
      markEscaped(b);
      return b ?? None;
    },
  });
  void [PyIntSub, PyFloatSub, PyStrSub, PyBaseException, richCompare, formatStr, qualOf, methodArgs, TypeErrorT, getsetDescrType, memberDescrType];
}

import { ValueError as ValueErrorT } from './exceptions.js';
import { PyBytesObj as PyBytesObjT } from './object.js';
import * as ceval from '../vm/ceval.js';
import { dictType } from './object.js';

const moduleGetAttr = new PyMethodDescr(moduleType, '__getattribute__', (self, args) => {
  const m = self as PyModule;
  const name = args[0] as string;
  const v = m.dict!.getStr(name);
  if (v !== undefined) return v;
  const r = genericGetAttr(self, name);
  if (r !== undefined) return r;
  const ga = m.dict!.getStr('__getattr__');
  if (ga !== undefined) return call(ga, [name]);
  attributeError(`module '${str(m.dict!.getStr('__name__') ?? '?')}' has no attribute '${name}'`);
});

const superGetAttrDescr = new PyMethodDescr(superType, '__getattribute__', (self, args) => {
  const r = superGetAttr(self as PySuper, args[0] as string);
  if (r === undefined) attributeError(`'super' object has no attribute '${String(args[0])}'`);
  return r;
});

/**
 * code.replace(**changes) for the scalar and name fields (types.coroutine sets co_flags this way);
 * the others (co_code, co_consts, names tuples, tables) are refused rather than guessed at.
 */
function codeReplace(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  if (args.length > nkw) typeError(`replace() takes no positional arguments`);
  const c = (self as RtCode).co;
  // The new values first, then one CodeObject: a field written after construction would be the first change
  // of that field anywhere, which V8 makes costly (see unpinFields in vm/interp.ts).
  const f = {
    argcount: c.argcount, posonlyargcount: c.posonlyargcount, kwonlyargcount: c.kwonlyargcount, stacksize: c.stacksize,
    flags: c.flags, firstlineno: c.firstlineno, filename: c.filename, name: c.name, qualname: c.qualname,
    code: c.code, linetable: c.linetable, exceptiontable: c.exceptiontable, names: c.names, consts: c.consts,
  };
  const kindNames = (kind: number): string[] => c.localsplusnames.filter((_, i) => c.localspluskinds[i] & kind);
  let varnames = kindNames(CO_FAST_LOCAL);
  let cellvars = kindNames(CO_FAST_CELL);
  let freevars = kindNames(CO_FAST_FREE);
  let nlocals = varnames.length;
  let namesChanged = false;
  const ints = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
  const strs = ['co_filename', 'co_name', 'co_qualname'] as const;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const v = args[k];
    if ((ints as readonly string[]).includes(name)) {
      if (typeof v !== 'number' && typeof v !== 'boolean') typeError(`replace() argument '${name}' must be int, not ${typeOf(v).name}`);
      const n = Number(v);
      if (n === -1) continue;
      (f as unknown as Record<string, number>)[name.slice(3)] = n;
    } else if ((strs as readonly string[]).includes(name)) {
      if (v === None) continue;
      if (typeof v !== 'string') typeError(`replace() argument '${name}' must be str, not ${typeOf(v).name}`);
      (f as unknown as Record<string, string>)[name.slice(3)] = v;
    } else if (name === 'co_nlocals') {
      if (typeof v !== 'number' && typeof v !== 'boolean') typeError(`replace() argument '${name}' must be int, not ${typeOf(v).name}`);
      if (Number(v) !== -1) nlocals = Number(v);
    } else if (name === 'co_varnames' || name === 'co_cellvars' || name === 'co_freevars') {
      if (!(v instanceof PyTuple) || typeOf(v) !== tupleType) typeError(`replace() argument '${name}' must be tuple, not ${typeOf(v).name}`);
      if (!v.items.every((x) => typeof x === 'string')) raise(SystemErrorT, 'non-string found in code slot');
      const names = v.items as string[];
      if (name === 'co_varnames') varnames = names;
      else if (name === 'co_cellvars') cellvars = names;
      else freevars = names;
      namesChanged = true;
    } else if (name === 'co_code' || name === 'co_linetable' || name === 'co_exceptiontable') {
      if (!(v instanceof PyBytesObjT) || typeOf(v) !== bytesType) typeError(`replace() argument '${name}' must be bytes, not ${typeOf(v).name}`);
      const b = v.bytes.slice();
      if (name === 'co_code') f.code = b;
      else if (name === 'co_linetable') f.linetable = b;
      else f.exceptiontable = b;
    } else if (name === 'co_names' || name === 'co_consts') {
      if (!(v instanceof PyTuple) || typeOf(v) !== tupleType) typeError(`replace() argument '${name}' must be tuple, not ${typeOf(v).name}`);
      if (name === 'co_names') {
        if (!v.items.every((x) => typeof x === 'string')) raise(SystemErrorT, 'non-string found in code slot');
        f.names = v.items.slice() as string[];
      } else {
        // Constants the code object can hold (what marshal can write); others are refused below.
        f.consts = v.items.map((x) => toMarshal(x)) as ConstValue[];
      }
    } else if (name.startsWith('co_')) {
      raise(NotImplementedErrorT, `code.replace(${name}=...) is not supported by Typhon`);
    } else {
      typeError(`replace() got an unexpected keyword argument '${name}'`);
    }
  }
  if (nlocals !== varnames.length) raise(ValueErrorT, 'code: co_nlocals != len(co_varnames)');
  const [plusNames, plusKinds] = namesChanged ? localsPlus(varnames, cellvars, freevars) : [c.localsplusnames, c.localspluskinds];
  return new RtCode(new CodeObject(f.argcount, f.posonlyargcount, f.kwonlyargcount, f.stacksize, f.flags, f.code, f.consts,
    f.names, plusNames, plusKinds, f.filename, f.name, f.qualname, f.firstlineno, withoutColumns(f.linetable), f.exceptiontable));
}

/** The strings of a code object's name tuple (validate_and_copy_tuple). */
function nameStrings(items: PyValue[]): string[] {
  return items.map((x) => {
    const v = asStr(x);
    if (v === undefined) typeError(`name tuples must contain only strings, not '${typeOf(x).tpName}'`);
    return v;
  });
}

/** co_localsplusnames and their kinds: the locals (an argument that is also a cell is both), the other cells, the free variables. */
function localsPlus(varnames: string[], cellvars: string[], freevars: string[]): [string[], Uint8Array] {
  const plusNames = [...varnames];
  const kinds: number[] = varnames.map((v) => CO_FAST_LOCAL | (cellvars.includes(v) ? CO_FAST_CELL : 0));
  for (const c of cellvars) {
    if (!varnames.includes(c)) {
      plusNames.push(c);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const f of freevars) {
    plusNames.push(f);
    kinds.push(CO_FAST_FREE);
  }
  return [plusNames, Uint8Array.from(kinds)];
}
/** code(argcount, posonlyargcount, ..., exceptiontable, freevars=(), cellvars=(), /): code_new's checks and messages. */
function codeNew(args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError('code() takes no keyword arguments');
  const a = args.slice(1);
  if (a.length < 16) typeError(`code expected at least 16 arguments, got ${a.length}`);
  if (a.length > 18) typeError(`code expected at most 18 arguments, got ${a.length}`);
  const int = (i: number): number => cint(a[i]);
  const bytes = (i: number): Uint8Array => {
    const v = a[i];
    if (!(v instanceof PyBytesObjT) || typeOf(v) !== bytesType) typeError(`code() argument ${i + 1} must be bytes, not ${typeOf(v).tpName}`);
    return v.bytes.slice();
  };
  const tuple = (i: number): PyValue[] => {
    const v = i < a.length ? a[i] : emptyTuple;
    if (!(v instanceof PyTuple)) typeError(`code() argument ${i + 1} must be tuple, not ${typeOf(v).tpName}`);
    return v.items;
  };
  const text = (i: number): string => {
    const v = asStr(a[i]);
    if (v === undefined) typeError(`code() argument ${i + 1} must be str, not ${typeOf(a[i]).tpName}`);
    return v;
  };
  const [argcount, posonly, kwonly, nlocals, stacksize, flags] = [0, 1, 2, 3, 4, 5].map(int);
  const code = bytes(6);
  const consts = tuple(7);
  const nameTuple = tuple(8);
  const varTuple = tuple(9);
  const filename = text(10);
  const name = text(11);
  const qualname = text(12);
  const firstlineno = int(13);
  const linetable = bytes(14);
  const exceptiontable = bytes(15);
  const freeTuple = tuple(16);
  const cellTuple = tuple(17);
  for (const [n, what] of [[argcount, 'argcount'], [posonly, 'posonlyargcount'], [kwonly, 'kwonlyargcount'], [nlocals, 'nlocals']] as const) {
    if (n < 0) raise(ValueErrorT, `code: ${what} must not be negative`);
  }
  const varnames = nameStrings(varTuple);
  const cellvars = nameStrings(cellTuple);
  const freevars = nameStrings(freeTuple);
  const nameList = nameStrings(nameTuple);
  // _PyCode_Validate
  if (argcount < posonly || stacksize < 0 || flags < 0 || firstlineno < 0) raise(SystemErrorT, 'bad argument to internal function');
  if (code.length % 2 !== 0) raise(ValueErrorT, 'code: co_code is malformed');
  const nargs = argcount + kwonly + (flags & CO_VARARGS ? 1 : 0) + (flags & CO_VARKEYWORDS ? 1 : 0);
  if (varnames.length < nargs) raise(ValueErrorT, 'code: co_varnames is too small');
  if (nlocals !== varnames.length) raise(ValueErrorT, 'code: co_nlocals != len(co_varnames)');
  const [plusNames, plusKinds] = localsPlus(varnames, cellvars, freevars);
  return new RtCode(new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts.map((x) => toMarshal(x)) as ConstValue[],
    nameList, plusNames, plusKinds, filename, name, qualname, firstlineno, withoutColumns(linetable), exceptiontable));
}
import { CodeObject, codeEquals } from '../bytecode/code.js';
import { addressRanges, lnotab, withoutColumns } from '../bytecode/locations.js';
import { parseArgs, hasSurrogates, asStr, cint } from './str.js';
import { PySurrogateStr } from './surrogatestr.js';
import { indexError, valueError, AttributeError as AttributeErrorT } from './exceptions.js';
import { encodeText } from '../modules/_codecs.js';
import { warn } from '../modules/_warnings.js';
import { firstWeakRef } from '../modules/_weakref.js';
import { hasFinalizer, watch, refreshWatch } from '../vm/finalize.js';
import { NotImplementedError as NotImplementedErrorT, SystemError as SystemErrorT } from './exceptions.js';
import { bytesType, tupleType } from './object.js';
import { toMarshal } from '../modules/marshal.js';
import type { ConstValue } from '../parser/constants.js';

function functionSetAttrHook(): void {
  // PyFunction instances start without a dict; create one on first attribute store.
  const orig = functionType.tdict.get('__dict__');
  void orig;
}

export function unionType(a: PyValue, b: PyValue): PyValue {
  return makeUnion(a, b);
}
import { makeUnion } from './genericalias.js';
import { PyNativeIter as PyNativeIterT } from './object.js';
import { objectReduceEx, objectReduce, defaultState } from './reduce.js';
import { index as indexOf } from './abstract.js';
import { builtinsDict, localsFor } from '../modules/builtins.js';
import { OverflowError as OverflowErrorT } from './exceptions.js';

/** importlib._bootstrap._module_repr (ModuleType.__repr__): from __spec__, else the loader's module_repr, else __file__. */
function moduleRepr(m: PyValue): string {
  const loader = getAttrOpt(m, '__loader__') ?? None;
  const spec = getAttrOpt(m, '__spec__') ?? None;
  if (truthy(spec)) {
    const sn = getAttr(spec, 'name');
    const name = sn === None ? '?' : sn;
    const origin = getAttr(spec, 'origin');
    if (origin === None) {
      const l = getAttr(spec, 'loader');
      return l === None ? `<module ${repr(name)}>` : `<module ${repr(name)} (${repr(l)})>`;
    }
    if (truthy(getAttr(spec, 'has_location'))) return `<module ${repr(name)} from ${repr(origin)}>`;
    return `<module ${repr(sn)} (${str(origin)})>`;
  }
  const mr = loader === None ? undefined : getAttrOpt(loader, 'module_repr');
  if (mr !== undefined) {
    try {
      const r = call(mr, [m]);
      if (typeof r === 'string') return r;
    } catch (e) {
      if (!(e instanceof PyException) || !e.exc.cls.isSubtype(exceptionTypes.get('Exception')!)) throw e;
    }
  }
  const name = getAttrOpt(m, '__name__') ?? '?';
  const file = getAttrOpt(m, '__file__');
  if (file === undefined) return loader === None ? `<module ${repr(name)}>` : `<module ${repr(name)} (${repr(loader)})>`;
  return `<module ${repr(name)} from ${repr(file)}>`;
}
import { iteratesAsDict } from './dict.js';
