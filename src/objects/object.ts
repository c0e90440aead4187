// The object model core: the value representation, PyObject, PyType and the layouts of the builtin
// types. Methods live in one file per type (list.ts, dict.ts...); protocols in abstract.ts.
//
// Values: int is a JS number when safe (|n| <= 2^53-1) else a bigint (always normalised), bool a JS
// boolean, str a JS string, everything else a PyObject whose `cls` is its type.

import { METHOD_FLAGS } from './method_flags.js';
export type PyValue = number | bigint | boolean | string | PyObject;

/** Native callables receive positional args then keyword values; kwnames names the trailing ones. */
export type NativeFn = (args: PyValue[], kwnames: string[] | null) => PyValue;
export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: string[] | null) => PyValue;

// Fields are `declare`d and assigned in constructors: class-field initialisers compile to
// [[Define]] semantics, which V8 runs several times slower than plain stores (measured: half the
// time of a call-heavy benchmark went to PyObject's field initialiser).
export abstract class PyObject {
  declare cls: PyType;
  /** The instance __dict__ (null for most builtin layouts; set for instances of heap subclasses). */
  declare dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

// Type flags.
export const TF_HEAPTYPE = 1;
export const TF_BASETYPE = 2;
export const TF_ABSTRACT = 4;
/** Py_TPFLAGS_DISALLOW_INSTANTIATION: a static type without a __new__ of its own whose base is object (no tp_new). */
export const TF_NO_NEW = 8;
/** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (CPython's bits): what `case [...]` and `case {...}` match. */
export const TF_SEQUENCE = 0x20;
export const TF_MAPPING = 0x40;
export const TF_COLLECTION = TF_SEQUENCE | TF_MAPPING;

let typeVersionCounter = 1;

/** Every static (non-heap) type, in creation order: typeobject.ts gives their __new__ CPython's checks. */
export const staticTypes: PyType[] = [];

function deref(r: PyType | WeakRef<PyType>): PyType | undefined {
  return r instanceof PyType ? r : r.deref();
}

/** A class's own dict (tp_dict), keeping the table its `__dict__` proxy reads in step with it. */
export class TypeDict extends Map<string, PyValue> {
  /**
   * The table the class's `__dict__` mappingproxy reads (typeobject.ts makes it on first use), kept in step
   * with every change: a proxy taken earlier sees later changes and holds nothing deleted.
   */
  declare mirror: HTable | null;
  declare mirrorValue: ((v: PyValue) => PyValue) | null;
  constructor() {
    super();
    this.mirror = null;
    this.mirrorValue = null;
  }
  override set(k: string, v: PyValue): this {
    if (this.mirror !== null) this.mirror.set(k, this.mirrorValue!(v));
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    if (this.mirror !== null) this.mirror.delete(k);
    return super.delete(k);
  }
  override clear(): void {
    if (this.mirror !== null) this.mirror.clear();
    super.clear();
  }
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  tdict = new TypeDict();
  flags: number;
  /** Bumped when this type or any base changes; keys the caches. */
  version = typeVersionCounter++;
  /**
   * tp_subclasses: weak for classes made at run time, as CPython's, so that one nothing else uses can die (and
   * leave __subclasses__()); builtin types, which live for good, directly.
   */
  private subs: (PyType | WeakRef<PyType>)[] = [];
  private compactAt = 64;
  /** Whether a class was ever made at run time (one that dies leaves its bases' __subclasses__()). */
  static heapTypesMade = false;
  /** Special-method lookup cache for this version (undefined entry = absent). */
  cache: Map<string, PyValue | undefined> = new Map();
  /** The builtin type whose layout (JS class) instances use. */
  base: PyType | null;
  /** Creates a bare instance of this type's layout (for object.__new__ and builtin __new__). */
  slotNames: string[] | null = null;
  doc: string | null = null;
  /**
   * For a few exact builtin types, the call with one positional argument (`str(x)`, `int(x)`...) done
   * directly by the VM's CALL; undefined means "take the general type call". Never inherited.
   */
  call1: ((a: PyValue) => PyValue | undefined) | null = null;
  /** The same for a call with no arguments (`super()`, which reads the calling frame). Never inherited. */
  call0: (() => PyValue) | null = null;
  /**
   * What a call of this type found last (callTypeNew), valid while `version` is `callVersion`: its __new__
   * (unwrapped) and its __init__, undefined where that is object.__init__ and would do nothing.
   */
  callVersion = -1;
  callNew: PyValue | null = null;
  callInit: PyValue | undefined = undefined;
  /** For an exception class: what its instances are made as (exceptions.ts allocException), valid at excKindVersion. */
  excKind = 0;
  excKindVersion = -1;
  constructor(meta: PyType | null, name: string, bases: PyType[], flags: number) {
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    // A static type inherits its base's collection flag (a structseq is a sequence); typeNew redoes it for classes.
    this.flags = flags | (bases.length > 0 ? bases[0].flags & TF_COLLECTION : 0);
    this.base = bases.length > 0 ? bases[0] : null;
    for (const b of bases) b.addSubclass(this);
    if (!(flags & TF_HEAPTYPE)) staticTypes.push(this);
    else PyType.heapTypesMade = true;
  }
  addSubclass(t: PyType): void {
    this.subs.push(t.flags & TF_HEAPTYPE ? new WeakRef(t) : t);
    // A base that many short-lived classes derive from (object) sheds its dead references now and then.
    if (this.subs.length >= this.compactAt) this.compactAt = 2 * this.subclasses().length + 64;
  }
  removeSubclass(t: PyType): void {
    const i = this.subs.findIndex((r) => deref(r) === t);
    if (i >= 0) this.subs.splice(i, 1);
  }
  /** The live subclasses, oldest first (the dead ones are dropped from the list). */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const r of this.subs) {
      const t = deref(r);
      if (t !== undefined) out.push(t);
    }
    if (out.length < this.subs.length) this.subs = this.subs.filter((r) => deref(r) !== undefined);
    return out;
  }
  get module(): string {
    const m = this.tdict.get('__module__');
    return typeof m === 'string' ? m : 'builtins';
  }
  /** tp_name, as CPython's messages and reprs print a type: a static type outside builtins with its module. */
  get tpName(): string {
    if (this.flags & TF_HEAPTYPE) return this.name;
    const m = this.tdict.get('__module__');
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${this.name}` : this.name;
  }
  /** Invalidate caches of this type and every subclass (a dict of an mro member changed). */
  modified(): void {
    this.invalidate(typeVersionCounter);
  }
  /** A class renumbered since `start` is done: __bases__ assignments can make the subclass lists cyclic. */
  private invalidate(start: number): void {
    if (this.version >= start) return;
    this.version = typeVersionCounter++;
    this.cache.clear();
    for (const r of this.subs) deref(r)?.invalidate(start);
  }
  /** Attribute lookup along the MRO (no descriptors), cached per type version. */
  lookup(name: string): PyValue | undefined {
    const c = this.cache.get(name);
    if (c !== undefined || this.cache.has(name)) return c;
    let r: PyValue | undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].tdict.get(name);
      if (v !== undefined) {
        r = v;
        break;
      }
    }
    this.cache.set(name, r);
    return r;
  }
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    // No MRO yet (a metaclass's mro() is running): PyType_IsSubtype follows tp_base.
    if (mro.length === 0) for (let b = this.base; b !== null; b = b.base) if (b === other) return true;
    return false;
  }
  /** Whether instances of this class have a __dict__: not when it and its Python bases all declare __slots__ without '__dict__'. */
  hasInstanceDict(): boolean {
    for (const b of this.mro) {
      if (!(b.flags & TF_HEAPTYPE)) return false;
      if (b.slotNames === null || b.slotNames.includes('__dict__')) return true;
    }
    return false;
  }
  /** The __dict__ a new instance of this Python class gets (null: __slots__ leave it none). */
  newInstanceDict(): PyDict | null {
    return this.hasInstanceDict() ? shapedDict() : null;
  }
}

// ---------------------------------------------------------------------------
// Builtin types. Created here (before any method table) so every module can refer to them.

const builtinTypeList: PyType[] = [];
function mk(name: string, base: PyType | null, flags = TF_BASETYPE): PyType {
  const t = new PyType(null, name, base ? [base] : [], flags);
  t.mro = base ? [t, ...base.mro] : [t];
  builtinTypeList.push(t);
  return t;
}

export const objectType = mk('object', null);
export const typeType = mk('type', objectType);
objectType.cls = typeType;
typeType.cls = typeType;

export const intType = mk('int', objectType);
export const boolType = mk('bool', intType, 0);
export const floatType = mk('float', objectType);
export const complexType = mk('complex', objectType);
export const strType = mk('str', objectType);
export const bytesType = mk('bytes', objectType);
export const bytearrayType = mk('bytearray', objectType);
export const memoryviewType = mk('memoryview', objectType, 0);
export const bytesIterType = mk('bytes_iterator', objectType, 0);
export const bytearrayIterType = mk('bytearray_iterator', objectType, 0);
export const memoryIterType = mk('memory_iterator', objectType, 0);
export const tupleType = mk('tuple', objectType);
export const listType = mk('list', objectType);
export const dictType = mk('dict', objectType);
export const setType = mk('set', objectType);
export const frozensetType = mk('frozenset', objectType);
export const noneType = mk('NoneType', objectType, 0);
export const notImplementedType = mk('NotImplementedType', objectType, 0);
export const ellipsisType = mk('ellipsis', objectType, 0);
export const functionType = mk('function', objectType, 0);
export const builtinFunctionType = mk('builtin_function_or_method', objectType, 0);
export const methodType = mk('method', objectType, 0);
export const methodDescrType = mk('method_descriptor', objectType, 0);
export const wrapperDescrType = mk('wrapper_descriptor', objectType, 0);
export const methodWrapperType = mk('method-wrapper', objectType, 0);
export const getsetDescrType = mk('getset_descriptor', objectType, 0);
export const memberDescrType = mk('member_descriptor', objectType, 0);
export const classmethodDescrType = mk('classmethod_descriptor', objectType, 0);
export const propertyType = mk('property', objectType);
export const classmethodType = mk('classmethod', objectType);
export const staticmethodType = mk('staticmethod', objectType);
export const superType = mk('super', objectType);
export const moduleType = mk('module', objectType);
export const cellType = mk('cell', objectType, 0);
export const codeType = mk('code', objectType, 0);
export const frameType = mk('frame', objectType, 0);
export const tracebackType = mk('traceback', objectType, 0);
export const sliceType = mk('slice', objectType, 0);
export const rangeType = mk('range', objectType, 0);
export const generatorType = mk('generator', objectType, 0);
export const coroutineType = mk('coroutine', objectType, 0);
export const iteratorType = mk('iterator', objectType, 0);
export const mappingproxyType = mk('mappingproxy', objectType, 0);
export const dictKeysType = mk('dict_keys', objectType, 0);
export const dictValuesType = mk('dict_values', objectType, 0);
export const dictItemsType = mk('dict_items', objectType, 0);
export const enumerateType = mk('enumerate', objectType);
export const zipType = mk('zip', objectType);
export const mapType = mk('map', objectType);
export const filterType = mk('filter', objectType);
export const reversedType = mk('reversed', objectType);
export const listIterType = mk('list_iterator', objectType, 0);
export const tupleIterType = mk('tuple_iterator', objectType, 0);
export const rangeIterType = mk('range_iterator', objectType, 0);
export const strIterType = mk('str_ascii_iterator', objectType, 0);
export const callableIterType = mk('callable_iterator', objectType, 0);
export const listRevIterType = mk('list_reverseiterator', objectType, 0);
for (const t of builtinTypeList) t.cls = typeType;
for (const t of [listType, tupleType, rangeType, memoryviewType]) t.flags |= TF_SEQUENCE;
for (const t of [dictType, mappingproxyType]) t.flags |= TF_MAPPING;

// ---------------------------------------------------------------------------
// Layouts.

/** A plain instance of a user class (or of object). */
export class PyInstance extends PyObject {
  /** __slots__ storage (by slot index) when the class declares slots. */
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.slots = null;
  }
}

export class PySingleton extends PyObject {
  constructor(cls: PyType, public readonly repr: string) {
    super(cls);
  }
}
export const None = new PySingleton(noneType, 'None');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');

export class PyFloat extends PyObject {
  /** Immutable for Python; only the VM's reuse of dead temporaries (vm/floattemps.ts) writes it. */
  constructor(public value: number) {
    super(floatType);
  }
}

export class PyComplexObj extends PyObject {
  constructor(public readonly real: number, public readonly imag: number, cls: PyType = complexType) {
    super(cls);
    // Instances of a class statement's subclass have a __dict__.
    if (cls.flags & TF_HEAPTYPE) this.dict = cls.newInstanceDict();
  }
}

/** bytes (and, through PyByteArray, bytearray): `bytes` is exactly the content. */
export class PyBytesObj extends PyObject {
  declare bytes: Uint8Array;
  /** hash() of an immutable bytes, computed once (as CPython's ob_shash). */
  declare hash: number | bigint | null;
  constructor(bytes: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.bytes = bytes.constructor === Uint8Array ? bytes : plainBytes(bytes);
    this.hash = null;
    // b'' is one object, as CPython's (`bytes() is b''`): the first empty bytes made is every later one.
    if (bytes.length === 0 && cls === bytesType) {
      if (emptyBytes !== null) return emptyBytes;
      emptyBytes = this;
    }
  }
}
let emptyBytes: PyBytesObj | null = null;

/**
 * bytearray: `bytes` is a view of the first `length` bytes of a larger ArrayBuffer (capacity), so
 * appends are amortised O(1). While memoryviews export it (`exports` > 0) it must not be resized,
 * and same-size changes are made in place, so that views see them (as CPython's buffer protocol).
 */
/**
 * The same memory as a plain Uint8Array. A Node Buffer (from fs reads) must not become a bytes object's
 * storage: its slice() makes a view where Uint8Array's copies, so code copying a bytes object's contents
 * (BytesIO(b), bytearray(b)...) would write into the original (a constant of a module loaded from a pyc).
 */
function plainBytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export class PyByteArray extends PyBytesObj {
  declare exports: number;
  constructor(bytes: Uint8Array, cls: PyType = bytearrayType) {
    super(bytes, cls);
    this.exports = 0;
  }
}

export class PyTuple extends PyObject {
  constructor(public readonly items: PyValue[], cls: PyType = tupleType) {
    super(cls);
  }
}
export const emptyTuple = new PyTuple([]);

export class PyList extends PyObject {
  /** CPython's allocated item slots when the list had `allocLen` items (objects/list_alloc.ts). */
  declare alloc: number;
  declare allocLen: number;
  constructor(public items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.alloc = this.allocLen = items.length;
  }
}

/** A box for a closed-over variable. null = empty. */
export class PyCell extends PyObject {
  constructor(public ref: PyValue | null) {
    super(cellType);
  }
}

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) {
    super(sliceType);
  }
}

/** range(start, stop, step) with `len` items: Python ints, numbers when safe (see range.ts). */
export class PyRange extends PyObject {
  constructor(public start: number | bigint, public stop: number | bigint, public step: number | bigint, public len: number | bigint) {
    super(rangeType);
  }
}

export class PyModule extends PyObject {
  constructor(name: string, public md: PyDict) {
    super(moduleType);
    this.dict = md;
    md.setStr('__name__', name);
  }
}

/** Native callable (builtin function, or a builtin method bound to self). */
export class PyBuiltin extends PyObject {
  /**
   * The same function for exactly one or two positional arguments and no keywords, arguments already checked
   * (as CPython's METH_O and METH_FASTCALL specialisations): the eval loop's CALL makes no arguments array.
   */
  declare fast1: ((a: PyValue) => PyValue) | null;
  declare fast2: ((a: PyValue, b: PyValue) => PyValue) | null;
  constructor(
    public readonly name: string,
    public readonly fn: NativeFn,
    /** The bound object; a native module's functions get their module when it is first imported. */
    public self: PyValue | null = null,
    public readonly qualname: string = name,
  ) {
    super(builtinFunctionType);
    this.fast1 = null;
    this.fast2 = null;
  }
}

/**
 * A static type's __new__ as Python code sees it (tp_new_wrapper): `check` validates the explicit call
 * X.__new__(cls, ...); type calls go straight to `raw`, as type_call calls tp_new.
 */
export class PyNewWrapper extends PyBuiltin {
  declare raw: NativeFn;
  constructor(owner: PyType, raw: NativeFn, check: (owner: PyType, args: PyValue[], kwnames: string[] | null) => void) {
    super('__new__', (args, kwnames) => {
      check(owner, args, kwnames);
      return raw(args, kwnames);
    }, owner, `${owner.name}.__new__`);
    this.raw = raw;
  }
}

/** The function behind a __new__ (its raw tp_new for a wrapper), for identity comparisons as of tp_new slots. */
export function newFunction(v: PyValue | undefined): unknown {
  return v instanceof PyNewWrapper ? v.raw : v;
}

/** A method of a builtin type, in the type's dict; binds to a PyBuiltin. */
export class PyMethodDescr extends PyObject {
  /**
   * fn: the method with CPython's argument checks (see defineMethods); fast: the same without them, for a hot
   * caller that passes no keywords and between minArgs and maxArgs arguments (what the checks accept).
   */
  constructor(public readonly owner: PyType, public readonly name: string, public readonly fn: NativeMethod,
    public readonly fast: NativeMethod = fn, public readonly args: ArgsKind = ARGS_ANY,
    public readonly minArgs = 0, public readonly maxArgs = ANY_COUNT) {
    super(methodDescrType);
  }
}

/** A slot wrapper bound to an object (CPython's method-wrapper): a bound builtin method that keeps its descriptor. */
export class PyMethodWrapper extends PyBuiltin {
  declare descr: PyMethodDescr;
  constructor(descr: PyMethodDescr, fn: NativeFn, self: PyValue) {
    super(descr.name, fn, self, `${descr.owner.name}.${descr.name}`);
    this.cls = methodWrapperType;
    this.descr = descr;
  }
}

/**
 * What a builtin method refuses, from CPython's METH_* flags (see method_flags.ts): nothing (fn checks what it
 * takes itself), or keywords and a count of arguments outside minArgs..maxArgs, each kind with its messages.
 */
export type ArgsKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;
const ARGS_ANY = 0;
const ARGS_NONE = 1; // METH_NOARGS
const ARGS_ONE = 2; // METH_O
const ARGS_COUNTED = 3; // METH_FASTCALL checked by Argument Clinic
const ARGS_POSITIONAL = 4; // METH_FASTCALL otherwise
const ARGS_VARARGS = 5; // METH_VARARGS (a bound one names itself without its type)
const ARGS_WRAPPER = 6; // a slot wrapper ("wrapper __add__()")
const ANY_COUNT = 0x3fffffff;

/** The TypeError for arguments a method of kind `k` refuses; `who` names it as the calling form does. */
function argsError(k: ArgsKind, who: string, name: string, n: number, kw: string[] | null, min: number, max: number): never {
  if (kw !== null && kw.length !== 0) return arityError(`${who}() takes no keyword arguments`);
  if (k === ARGS_NONE) return arityError(`${who}() takes no arguments (${n} given)`);
  if (k === ARGS_ONE) return arityError(`${who}() takes exactly one argument (${n} given)`);
  // _PyArg_CheckPositional
  const bound = n < min ? min : max;
  const which = min === max ? '' : n < min ? 'at least ' : 'at most ';
  return arityError(`${name} expected ${which}${bound} argument${bound === 1 ? '' : 's'}, got ${n}`);
}

/**
 * d called bound to self (`m = obj.meth; m(...)`): refused arguments get CPython's messages for bound builtin
 * methods, which name self's type (the bare name for METH_VARARGS).
 */
export function callBoundChecked(d: PyMethodDescr, self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const n = args.length;
  if (d.args === ARGS_ANY || ((kw === null || kw.length === 0) && n >= d.minArgs && n <= d.maxArgs)) return d.fn(self, args, kw);
  const who = d.args === ARGS_VARARGS ? d.name : d.args === ARGS_WRAPPER ? `wrapper ${d.name}` : `${typeOf(self).qualname}.${d.name}`;
  return argsError(d.args, who, d.name, n, kw, d.minArgs, d.maxArgs);
}

/** A builtin classmethod (dict.fromkeys, int.from_bytes): binds to the class. */
export class PyClassMethodDescr extends PyObject {
  constructor(public readonly owner: PyType, public readonly name: string, public readonly fn: NativeMethod) {
    super(classmethodDescrType);
  }
}

/** A native data descriptor (attribute computed by the layout: __dict__, __name__...). */
export class PyGetSetDescr extends PyObject {
  constructor(
    public readonly owner: PyType,
    public readonly name: string,
    public readonly get: (self: PyValue) => PyValue,
    public readonly set: ((self: PyValue, v: PyValue | null) => void) | null,
    /** False for the one non-data use: a builtin type's __doc__, which an instance dict may shadow. */
    public readonly data = true,
  ) {
    super(getsetDescrType);
  }
}

/** A __slots__ member. */
export class PyMemberDescr extends PyObject {
  constructor(public readonly owner: PyType, public readonly name: string, public readonly index: number) {
    super(memberDescrType);
  }
}

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  pdoc: PyValue = None;
  /** The name __set_name__ gave (any object; null before), for the error messages. */
  pname: PyValue | null = null;
  /** The doc came from the getter (property_copy then lets the new getter's doc replace it). */
  getterDoc = false;
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = classmethodType) {
    super(cls);
  }
}
export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = staticmethodType) {
    super(cls);
  }
}

/**
 * A builtin type's static method (METH_STATIC: str.maketrans): its function is bound to the type, which its
 * repr names and pickling reaches it through, while its __self__ reads None.
 */
export class PyStaticBuiltin extends PyBuiltin {}
export function staticBuiltin(owner: PyType, name: string, fn: NativeFn): PyStaticMethod {
  return new PyStaticMethod(new PyStaticBuiltin(name, fn, owner, `${owner.name}.${name}`));
}

export class PyMethod extends PyObject {
  constructor(public readonly func: PyValue, public readonly self: PyValue) {
    super(methodType);
  }
}
// Two made at once with values of different kinds, so that V8 types both fields as "any" from the start: typed by the
// first value (a PyFunction) and widened when a method of a builtin was first made, the change threw away a
// TurboFan compile of runLoop under way ("dependency change").
void [new PyMethod(None, None), new PyMethod(methodType, methodType)];

export class PySuper extends PyObject {
  constructor(public readonly type: PyType, public readonly obj: PyValue, public readonly objType: PyType, cls: PyType = superType) {
    super(cls);
  }
}

/**
 * A native iterator: next() returns undefined when exhausted. Iterators with state of their own keep it in `st`
 * (`next` then reads this.st) rather than in a subclass: one shape for all keeps the `next` call in FOR_ITER
 * monomorphic (subclasses made it megamorphic, 10-20% slower loops).
 */
export class PyNativeIter extends PyObject {
  /** __length_hint__, for iterators that know how many items remain. */
  declare lengthHint: (() => number | bigint) | null;
  /** The iterator's state, for its `next` and its __reduce__/__setstate__ (null when `next` is a closure). */
  declare st: unknown;
  constructor(public readonly next: () => PyValue | undefined, cls: PyType = iteratorType, public readonly label = 'iterator') {
    super(cls);
    this.lengthHint = null;
    this.st = null;
  }
}

/**
 * The index of an exhausted list iterator: past any list's length, so that the iterator stays exhausted when
 * the list grows (CPython's iterator drops the list), and still a small integer for V8 (2^30 - 1).
 */
export const EXHAUSTED = 0x3fffffff;

export class PyListIter extends PyObject {
  declare i: number;
  /** The list or tuple whose items `list` is, for __reduce__. */
  declare seq: PyValue;
  constructor(public readonly list: PyValue[], cls: PyType, seq: PyValue) {
    super(cls);
    this.i = 0;
    this.seq = seq;
  }
}

export class PyRangeIter extends PyObject {
  declare i: number;
  constructor(public cur: number, public readonly step: number, public readonly len: number) {
    super(rangeIterType);
    this.i = 0;
  }
}

// ---------------------------------------------------------------------------
// Hash table shared by dict and set. Keys with value semantics (str, int, float, bool, None, and
// objects with identity hashing) index a JS Map directly; others (tuples, user __hash__) are found by
// their Python hash (SlowKeys) and kept in the Map under their entry. A JS Map keeps insertion order
// exactly as a Python dict does.

export class DictEntry {
  constructor(public key: PyValue, public value: PyValue) {}
}

/** The entry of a key without a fast key, with its bucket hash: copies and removals do not hash it again (CPython stores hashes). */
export class SlowEntry extends DictEntry {
  constructor(key: PyValue, value: PyValue, public readonly h: number) {
    super(key, value);
  }
}

/** Hooks installed by abstract.ts (hash/eq of arbitrary keys need to call Python). */
export const tableHooks = {
  fastKey: (k: PyValue): unknown => k,
  /** A slow key's bucket hash: a 30-bit digest of its hash (equal keys, equal digests). */
  hash: (k: PyValue): number => 0,
  /** Python's hash() (CPython's values, used for set layout) into `out` as the int32 halves of the 64-bit value. */
  pyHashParts: (k: PyValue, out: { hi: number; lo: number }): void => {},
  eq: (a: PyValue, b: PyValue): boolean => a === b,
  /** The str or int an instance of a str or int subclass holds (its fast key, were it a plain one). */
  primitive: (k: PyValue): unknown => undefined,
  /** Whether a key without a fast key has an `__eq__` of its own (defined in Python) that may equal a fast key. */
  ownEq: (k: PyValue): boolean => false,
  /** A dict's keys table sized for the keys added so far, before one is removed (objects/dict_alloc.ts). */
  settleKeys: (t: HTable): void => {},
  /** A key other than an exact str is about to be added to a table of str keys only (objects/dict_alloc.ts). */
  generalKeys: (t: HTable): void => {
    t.keyGeneral = true;
  },
};

/** The bucket hash of a key without a fast key (computed once by a caller doing two lookups), else undefined. */
export function slowHash(key: PyValue): number | undefined {
  return typeof key === 'string' || tableHooks.fastKey(key) !== undefined ? undefined : tableHooks.hash(key);
}

/**
 * The slow keys of a table: open addressing by bucket hash over parallel arrays, probed as CPython's dicts
 * probe (perturbation). A JS Map from hash to a list of entries cost a Map probe and an array per key:
 * copying a dict of 300,000 tuples took 8.7x CPython's time, a lookup 4.2x.
 */
class SlowKeys {
  /** h + 1 of the entry in each slot: 0 for a slot never used, -1 for one whose entry was removed. */
  declare hashes: Int32Array;
  declare slots: (SlowEntry | null)[];
  declare mask: number;
  /** Slots used or removed (what ends probes). */
  declare fill: number;
  declare used: number;
  constructor(n: number) {
    this.hashes = new Int32Array(n);
    this.slots = new Array<SlowEntry | null>(n).fill(null);
    this.mask = n - 1;
    this.fill = 0;
    this.used = 0;
  }
  /**
   * The entry of a key equal to `key` (of bucket hash h). Every entry of the same hash is compared, as CPython
   * compares them; an `__eq__` that changes the table restarts the search, as CPython restarts it.
   */
  find(key: PyValue, h: number): SlowEntry | undefined {
    restart: for (;;) {
      const hashes = this.hashes, slots = this.slots, mask = this.mask, want = h + 1;
      for (let i = h & mask, perturb = h; ; perturb >>>= 5, i = (i * 5 + perturb + 1) & mask) {
        const m = hashes[i];
        if (m === 0) return undefined;
        if (m !== want) continue;
        const e = slots[i]!;
        if (e.key === key) return e;
        const r = tableHooks.eq(e.key, key);
        if (this.slots !== slots || slots[i] !== e) continue restart;
        if (r) return e;
      }
    }
  }
  /** Add an entry whose key is not in the table. */
  add(e: SlowEntry): void {
    if ((this.fill + 1) * 3 >= (this.mask + 1) * 2) this.resize();
    const hashes = this.hashes, mask = this.mask, h = e.h;
    let i = h & mask;
    for (let perturb = h; hashes[i] > 0; ) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (hashes[i] === 0) this.fill++;
    hashes[i] = h + 1;
    this.slots[i] = e;
    this.used++;
  }
  remove(e: SlowEntry): void {
    const hashes = this.hashes, slots = this.slots, mask = this.mask, h = e.h;
    let i = h & mask;
    for (let perturb = h; slots[i] !== e; ) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    hashes[i] = -1;
    slots[i] = null;
    this.used--;
  }
  /** A table of at least three times the live entries (removed slots dropped). */
  private resize(): void {
    const old = this.slots;
    let n = 8;
    while (n < this.used * 3) n *= 2;
    this.hashes = new Int32Array(n);
    this.slots = new Array<SlowEntry | null>(n).fill(null);
    this.mask = n - 1;
    this.fill = 0;
    this.used = 0;
    for (const e of old) if (e !== null) this.add(e);
  }
}

/**
 * The entries of a table kept by their fast key (strs, numbers...), grouped by bucket hash, for keys with
 * an `__eq__` of their own (see HTable.foreignFind). Built on such a lookup, valid while the table's
 * version stays the same; the WeakMap keeps the HTable itself small.
 */
const fastIndex = new WeakMap<HTable, { version: number; byHash: Map<number, DictEntry[]> }>();

/**
 * The str keys an instance's __dict__ was given, in order, shared by every instance dict given the same keys in
 * the same order (CPython's shared keys, V8's hidden classes). An attribute site that has seen a shape knows
 * where its name is in the dict's `order` (or that it is absent) without hashing: richards_sim 11% of its
 * time went to the Map lookups of instance attributes. Shapes form one tree from ROOT_SHAPE, grown by
 * insertions; a deletion, a non-str key or the tree's size limit leaves a dict unshaped for good.
 */
export class DictShape {
  declare next: Map<string, DictShape> | null;
  constructor() {
    this.next = null;
  }
  /** The shape after adding `k`, or null once the tree is full. */
  child(k: string): DictShape | null {
    const next = this.next ?? (this.next = new Map());
    let s = next.get(k);
    if (s === undefined) {
      if (shapesLeft === 0) return null;
      shapesLeft--;
      s = new DictShape();
      next.set(k, s);
    }
    return s;
  }
}
/** Bounds the tree: a program inventing attribute names without end gets unshaped dicts, not a growing tree. */
let shapesLeft = 100_000;
const ROOT_SHAPE = new DictShape();

export class HTable {
  declare map: Map<unknown, DictEntry>;
  /** The keys without a fast key, by hash (their entries are in `map` too, each under itself). */
  declare buckets: SlowKeys | null;
  /** Bumped on insertion/deletion (used by iteration checks and LOAD_GLOBAL caches). */
  declare version: number;
  /** An instance dict's shape (null: an ordinary dict, or one that left its shape), and its entries by position. */
  declare shape: DictShape | null;
  declare order: DictEntry[] | null;
  /**
   * The entries in insertion order, kept once popitem() has been called (null before): a JS Map cannot give its
   * last entry without walking all of them, which made a loop of popitem() quadratic. Entries removed since stay
   * in it until last() meets them; it is dropped (and built again when needed) once they outnumber the rest.
   */
  declare stack: DictEntry[] | null;
  /**
   * A dict's CPython keys table (objects/dict_alloc.ts): its slots and used entries when last settled (0: the
   * shared empty keys), the keys added since, and whether a key other than an exact str was added (the table
   * then has CPython's general entries, not its str-only ones).
   */
  declare keySlots: number;
  declare keyEntries: number;
  declare added: number;
  declare keyGeneral: boolean;
  constructor() {
    this.map = new Map();
    this.buckets = null;
    this.version = 0;
    this.shape = null;
    this.order = null;
    this.stack = null;
    this.keySlots = 0;
    this.keyEntries = 0;
    this.added = 0;
    this.keyGeneral = false;
  }
  private pushed(e: DictEntry): void {
    const s = this.stack!;
    if (s.length > 2 * this.map.size + 8) this.stack = null;
    else s.push(e);
  }
  /** Add str key `k`, absent from a table of a shape whose child for `k` is `shape` (an attribute site knows both). */
  appendStr(k: string, v: PyValue, shape: DictShape): void {
    const e = new DictEntry(k, v);
    this.map.set(k, e);
    this.version++;
    this.added++;
    this.shape = shape;
    this.order!.push(e);
    if (this.stack !== null) this.pushed(e);
  }
  private grow(key: PyValue, e: DictEntry): void {
    const s = typeof key === 'string' ? this.shape!.child(key) : null;
    if (s === null) this.unshape();
    else {
      this.shape = s;
      this.order!.push(e);
    }
  }
  private unshape(): void {
    this.shape = null;
    this.order = null;
  }
  get size(): number {
    return this.map.size;
  }
  // `h`, when given, is the key's bucket hash computed already: a caller that looks a slow key up more than
  // once hashes it once (lru_cache, setdefault: __hash__ is called once per call, as CPython's known-hash lookups).
  find(key: PyValue, h?: number): DictEntry | undefined {
    if (typeof key === 'string') return this.map.get(key) ?? (this.buckets === null ? undefined : this.crossFind(key, key));
    const fk = tableHooks.fastKey(key);
    if (fk !== undefined) return this.map.get(fk) ?? (this.buckets === null ? undefined : this.crossFind(key, fk));
    // Hashed even when the table is empty: unhashable keys raise.
    const hh = h ?? tableHooks.hash(key);
    return (this.buckets === null ? undefined : this.buckets.find(key, hh)) ?? this.crossFind(key, undefined, hh);
  }
  set(key: PyValue, value: PyValue, h0?: number): void {
    this.setDefault(key, value, h0).value = value;
  }
  /** The entry of `key`, added with `value` when there is none: one lookup (setdefault calls `__eq__` once). */
  setDefault(key: PyValue, value: PyValue, h0?: number): DictEntry {
    const fk = typeof key === 'string' ? key : tableHooks.fastKey(key);
    if (fk !== undefined) {
      const e = this.map.get(fk) ?? (this.buckets === null ? undefined : this.crossFind(key, fk));
      if (e !== undefined) return e;
      const n = new DictEntry(key, value);
      if (typeof key !== 'string' && !this.keyGeneral) tableHooks.generalKeys(this);
      this.map.set(fk, n);
      this.version++;
      this.added++;
      if (this.shape !== null) this.grow(key, n);
      if (this.stack !== null) this.pushed(n);
      return n;
    }
    const h = h0 ?? tableHooks.hash(key);
    const found = (this.buckets === null ? undefined : this.buckets.find(key, h)) ?? this.crossFind(key, undefined, h);
    if (found !== undefined) return found;
    const n = new SlowEntry(key, value, h);
    if (!this.keyGeneral) tableHooks.generalKeys(this);
    this.added++;
    this.addSlow(n);
    return n;
  }
  /** Add the entry of a slow key not in the table. */
  private addSlow(e: SlowEntry): void {
    if (this.buckets === null) this.buckets = new SlowKeys(8);
    this.buckets.add(e);
    this.map.set(e, e);
    this.version++;
    this.unshape();
    if (this.stack !== null) this.pushed(e);
  }
  delete(key: PyValue, h0?: number): DictEntry | undefined {
    const fk = typeof key === 'string' ? key : tableHooks.fastKey(key);
    if (fk !== undefined) {
      const e = this.map.get(fk) ?? (this.buckets === null ? undefined : this.crossFind(key, fk));
      if (e !== undefined) this.remove(e);
      return e;
    }
    const h = h0 ?? tableHooks.hash(key);
    const e = (this.buckets === null ? undefined : this.buckets.find(key, h)) ?? this.crossFind(key, undefined, h);
    if (e !== undefined) this.remove(e);
    return e;
  }
  /**
   * A copy of `src`'s entries added to this empty table, in order, without hashing a key (dict_merge's path for
   * a dict into an empty one). Only the table is copied: a caller with Python-visible work to do per key does it.
   */
  copyFrom(src: HTable): void {
    this.unshape();
    this.stack = null;
    for (const [k, e] of src.map) {
      if (k === e) this.addSlow(new SlowEntry(e.key, e.value, (e as SlowEntry).h));
      else this.map.set(k, new DictEntry(e.key, e.value));
    }
    this.version++;
  }
  /**
   * An entry whose key equals `key` but is kept the other way: an int or str subclass instance (an
   * IntEnum member) among the slow keys for a plain int or str key `fk`, or the reverse. `h` is the bucket
   * hash of a slow key, computed already.
   */
  private crossFind(key: PyValue, fk: unknown, h?: number): DictEntry | undefined {
    if (fk !== undefined) return this.buckets!.find(key, tableHooks.hash(key));
    const p = tableHooks.primitive(key);
    if (p === undefined) return this.foreignFind(key, h);
    const e = this.map.get(p);
    return e !== undefined && tableHooks.eq(e.key, key) ? e : undefined;
  }
  /**
   * A fast key equal to `key`, an object with an `__eq__` of its own (and the same hash): CPython compares
   * every key of the same hash, so `{'tag': 1}.get(QName('tag'))` finds the str through QName's reflected
   * `__eq__`. Rare, so the fast keys are hashed only then (fastIndex).
   */
  private foreignFind(key: PyValue, h: number | undefined): DictEntry | undefined {
    if (this.map.size === 0 || !tableHooks.ownEq(key)) return undefined;
    let ix = fastIndex.get(this);
    if (ix === undefined || ix.version !== this.version) {
      const byHash = new Map<number, DictEntry[]>();
      for (const [k, e] of this.map) {
        if (k === e) continue; // a slow key, searched already
        const h = tableHooks.hash(e.key);
        const b = byHash.get(h);
        if (b === undefined) byHash.set(h, [e]);
        else b.push(e);
      }
      ix = { version: this.version, byHash };
      fastIndex.set(this, ix);
    }
    const b = ix.byHash.get(h ?? tableHooks.hash(key));
    if (b === undefined) return undefined;
    const version = this.version;
    for (const e of b) {
      // The stored key first, as CPython compares them: a str's __eq__ declines, the key's reflected one answers.
      if (tableHooks.eq(e.key, key)) return this.version === version ? e : undefined;
    }
    return undefined;
  }
  /** Drop an entry found by find(). */
  private remove(e: DictEntry): void {
    if (this.added !== 0) tableHooks.settleKeys(this);
    this.version++;
    this.unshape();
    if (this.map.get(e) === e) {
      this.map.delete(e);
      this.buckets!.remove(e as SlowEntry);
      return;
    }
    const k = typeof e.key === 'string' ? e.key : tableHooks.fastKey(e.key);
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
    this.buckets = null;
    this.keySlots = this.keyEntries = this.added = 0;
    this.keyGeneral = false;
    this.version++;
    this.unshape();
    this.stack = null;
  }
  /** Entries in iteration order. */
  values(): IterableIterator<DictEntry> {
    return this.map.values();
  }
  /** The entry that popitem() takes (the last inserted), amortised O(1) (see `stack`). */
  last(): DictEntry | undefined {
    const s = this.stack ?? (this.stack = Array.from(this.map.values()));
    while (s.length > 0) {
      const e = s[s.length - 1];
      if (this.holds(e)) return e;
      s.pop();
    }
    return undefined;
  }
  /** Whether `e` is still one of this table's entries (not removed, nor replaced by a re-insertion of its key). */
  holds(e: DictEntry): boolean {
    return this.map.get(e instanceof SlowEntry ? e : typeof e.key === 'string' ? e.key : tableHooks.fastKey(e.key)) === e;
  }
}

const DUMMY = new DictEntry(0, 0);

/** The last hash computed by simHash: a Py_hash_t as two int32 halves (bit patterns of the 64-bit value, as `hashes` holds them). */
let simHi = 0, simLo = 0;
const simParts = { hi: 0, lo: 0 };

/** The Python hash of key into simHi/simLo. */
function splitHash(key: PyValue): void {
  tableHooks.pyHashParts(key, simParts);
  simHi = simParts.hi;
  simLo = simParts.lo;
}

/** CPython's hash of key into simHi/simLo; ints and bools without a call (hash(n) is n, -1 excepted). */
function simHash(key: PyValue): void {
  if (typeof key === 'number') {
    const h = key === -1 ? -2 : key;
    simLo = h | 0;
    simHi = Math.floor(h / 4294967296) | 0;
  } else if (typeof key === 'boolean') {
    simLo = key ? 1 : 0;
    simHi = 0;
  } else splitHash(key);
}

/**
 * The integer a key stands for when it equals an int (an int, a bool, an integral float or complex within
 * ±2^53: fastKey gives the same JS number for all of them, and their Python hashes are that int's), else NaN.
 */
function intKeyOf(k: PyValue): number {
  if (typeof k === 'number') return k;
  if (typeof k === 'boolean') return k ? 1 : 0;
  if (typeof k === 'string') return NaN;
  const f = tableHooks.fastKey(k);
  return typeof f === 'number' && Number.isInteger(f) ? f : NaN;
}

/**
 * A set's table: the HTable for membership, plus a simulation of CPython's open-addressing layout
 * (Objects/setobject.c: linear probes of 9, perturbation, resize at 60% fill) so that iteration
 * order, and so printed sets, match CPython's. Hashes are kept as int32 halves (two per slot in
 * `hashes`) and the probe arithmetic runs on them: BigInt arithmetic made set(list_of_ints) 15x
 * slower than CPython.
 * Keys equal to an int (see intKeyOf) live in the simulated table only, which is then a real
 * open-addressing table probed as set_lookkey probes it: a JS Map of millions of ints cost 0.4 us
 * per insertion (set(list(range(3_000_000))) 12x CPython's time). Other keys are in the HTable too.
 */
export class SetHTable extends HTable {
  declare slots: (DictEntry | null)[];
  /** hashes[2*i], hashes[2*i+1]: high and low halves of the hash of slots[i]'s key. */
  declare hashes: Int32Array;
  declare mask: number;
  declare fill: number;
  declare used: number;
  /** Where set.pop() starts looking (CPython's so->finger). */
  declare finger: number;
  /** A key without a fast key was added since the last clear: a map miss must still compare keys of equal hash. */
  declare slow: boolean;
  /**
   * The layout simulation is not built yet: every key so far is a str, added with no deletion since the table
   * was created or cleared. Replaying those additions in insertion order later gives the same layout, so a
   * set of strings used only for membership (sys.stdlib_module_names, a `seen` set) never hashes its keys.
   */
  declare lazy: boolean;
  constructor() {
    super();
    this.reset(8);
    this.lazy = true;
    this.finger = 0;
    this.slow = false;
  }
  /** Build the simulation of the additions made while lazy. */
  private build(): void {
    this.lazy = false;
    for (const e of this.map.values()) {
      simHash(e.key);
      this.simAdd(e, simHi, simLo);
    }
  }
  private reset(n: number): void {
    this.slots = new Array(n).fill(null);
    this.hashes = new Int32Array(2 * n);
    this.mask = n - 1;
    this.fill = 0;
    this.used = 0;
  }
  override get size(): number {
    return this.lazy ? this.map.size : this.used;
  }
  override find(key: PyValue): DictEntry | undefined {
    if (typeof key === 'string') {
      const e = this.map.get(key);
      if (e !== undefined || !this.slow) return e;
    } else if (typeof key === 'number') return this.lazy ? undefined : this.findInt(key, key);
    const fk = typeof key === 'string' ? key : tableHooks.fastKey(key);
    if (typeof fk === 'number' && Number.isInteger(fk)) return this.lazy ? undefined : this.findInt(key, fk);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e !== undefined || !this.slow) return e;
    }
    splitHash(key); // unhashable keys raise even when the table is empty
    const hi = simHi, lo = simLo;
    if (this.lazy) {
      // Only strs so far: only a key with an __eq__ of its own, or a str subclass's instance (a StrEnum member,
      // equal to its text), may equal one of them.
      if (!tableHooks.ownEq(key) && tableHooks.primitive(key) === undefined) return undefined;
      this.build();
    }
    const j = this.lookSlow(key, hi, lo);
    return j < 0 ? undefined : this.slots[j]!;
  }
  /**
   * set_lookkey for a key with no fast key (a tuple, an object with its own __hash__/__eq__): the slot of an
   * equal key, or -1. Every key of the same hash is compared, as CPython compares it; an __eq__ that changes
   * the table restarts the search, as CPython restarts it.
   */
  private lookSlow(key: PyValue, hi: number, lo: number): number {
    restart: for (;;) {
      const slots = this.slots, hashes = this.hashes, mask = this.mask;
      let i = lo & mask;
      let phi = hi, plo = lo;
      for (;;) {
        const probes = i + 9 <= mask ? 9 : 0;
        for (let p = 0, j = i; p <= probes; p++, j++) {
          const s = slots[j];
          if (s === null) return -1;
          if (s !== DUMMY && hashes[2 * j + 1] === lo && hashes[2 * j] === hi) {
            if (s.key === key) return j;
            const r = tableHooks.eq(s.key, key);
            if (this.slots !== slots || slots[j] !== s) continue restart;
            if (r) return j;
          }
        }
        plo = (plo >>> 5) | (phi << 27);
        phi = phi >>> 5;
        i = (i * 5 + 1 + (plo >>> 0)) & mask;
      }
    }
  }
  /** A key of the same hash as an int that may still equal it: one without a fast key (its own __eq__). */
  private static slowKey(k: PyValue): boolean {
    return typeof k === 'object' && tableHooks.fastKey(k) === undefined;
  }
  /** set_lookkey for key, equal to the int n. */
  private findInt(key: PyValue, n: number): DictEntry | undefined {
    const h = n === -1 ? -2 : n;
    const lo = h | 0, hi = Math.floor(h / 4294967296) | 0;
    const slots = this.slots, hashes = this.hashes, mask = this.mask;
    let i = lo & mask;
    let phi = hi, plo = lo;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      for (let p = 0, j = i; p <= probes; p++, j++) {
        const s = slots[j];
        if (s === null) return undefined;
        if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi && s !== DUMMY) {
          if (intKeyOf(s.key) === n) return s;
          if (SetHTable.slowKey(s.key)) {
            // Its __eq__ decides (and may change the table): the general search.
            const k = this.lookSlow(key, hi, lo);
            return k < 0 ? undefined : this.slots[k]!;
          }
        }
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
  /** set_add_entry for a key equal to the int n: found, or placed at the last dummy or the free slot ending its probes. */
  private addInt(key: PyValue, n: number, value: PyValue): void {
    const h = n === -1 ? -2 : n;
    const lo = h | 0, hi = Math.floor(h / 4294967296) | 0;
    const slots = this.slots, hashes = this.hashes, mask = this.mask;
    let i = lo & mask;
    let phi = hi, plo = lo;
    let freeslot = -1;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      for (let p = 0, j = i; p <= probes; p++, j++) {
        const s = slots[j];
        if (s === null) {
          const e = new DictEntry(key, value);
          this.version++;
          if (freeslot >= 0) j = freeslot;
          else this.fill++;
          slots[j] = e;
          hashes[2 * j] = hi;
          hashes[2 * j + 1] = lo;
          this.used++;
          if (freeslot < 0 && this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (s === DUMMY) freeslot = j;
        else if (hashes[2 * j + 1] === lo && hashes[2 * j] === hi) {
          if (intKeyOf(s.key) === n) {
            s.value = value;
            return;
          }
          if (SetHTable.slowKey(s.key)) {
            const k = this.lookSlow(key, hi, lo);
            if (k >= 0) {
              this.slots[k]!.value = value;
              return;
            }
            if (this.lazy) this.build();
            this.version++;
            this.simAdd(new DictEntry(key, value), hi, lo);
            return;
          }
        }
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
  override set(key: PyValue, value: PyValue): void {
    if (this.lazy) {
      if (typeof key === 'string') {
        super.set(key, value);
        return;
      }
      this.build();
    }
    const fk = typeof key === 'string' ? key : typeof key === 'number' ? key : tableHooks.fastKey(key);
    if (typeof fk === 'number' && Number.isInteger(fk)) {
      this.addInt(key, fk, value);
      return;
    }
    if (fk !== undefined) {
      // HTable.set's fast-key path, keeping the new entry for the simulation (no second lookup).
      const old = this.map.get(fk);
      if (old !== undefined) {
        old.value = value;
        return;
      }
      if (this.slow) {
        splitHash(key);
        const j = this.lookSlow(key, simHi, simLo);
        if (j >= 0) {
          this.slots[j]!.value = value;
          return;
        }
        if (this.lazy) this.build();
      }
      const e = new DictEntry(key, value);
      this.map.set(fk, e);
      this.version++;
      simHash(key);
      this.simAdd(e, simHi, simLo);
      return;
    }
    // No fast key: the simulated table alone holds it, searched by its hash.
    splitHash(key);
    const hi = simHi, lo = simLo;
    const j = this.lookSlow(key, hi, lo);
    if (j >= 0) {
      this.slots[j]!.value = value;
      return;
    }
    // An __eq__ may have cleared the table meanwhile (back to lazy): start its simulation again.
    if (this.lazy) this.build();
    this.version++;
    this.slow = true;
    this.simAdd(new DictEntry(key, value), hi, lo);
  }
  /** Whether a key is held in the HTable's map (strs and other fast keys not equal to an int). */
  private static inMap(k: PyValue): boolean {
    if (typeof k === 'string') return true;
    if (typeof k === 'number' || typeof k === 'boolean') return false;
    const fk = tableHooks.fastKey(k);
    return fk !== undefined && !(typeof fk === 'number' && Number.isInteger(fk));
  }
  override delete(key: PyValue): DictEntry | undefined {
    if (this.lazy) this.build();
    const fk = typeof key === 'string' ? key : typeof key === 'number' ? key : tableHooks.fastKey(key);
    if (typeof fk === 'number' && Number.isInteger(fk)) {
      const e = this.findInt(key, fk);
      if (e !== undefined) {
        this.simRemove(e);
        this.version++;
      }
      return e;
    }
    if (fk === undefined || (this.slow && this.map.get(fk) === undefined)) {
      splitHash(key);
      const j = this.lookSlow(key, simHi, simLo);
      if (j < 0) return undefined;
      const e = this.slots[j]!;
      this.slots[j] = DUMMY;
      this.used--;
      this.version++;
      return e;
    }
    const e = super.delete(key);
    if (e !== undefined) this.simRemove(e);
    return e;
  }
  /** set.pop(): CPython's choice (the first live slot from the finger on), or undefined when empty. */
  popEntry(): DictEntry | undefined {
    if (this.lazy) this.build();
    if (this.used === 0) return undefined;
    const slots = this.slots;
    let i = this.finger & this.mask;
    for (;;) {
      const s = slots[i];
      if (s !== null && s !== DUMMY) break;
      i = i === this.mask ? 0 : i + 1;
    }
    const e = slots[i]!;
    if (SetHTable.inMap(e.key)) super.delete(e.key);
    else this.version++;
    // The key is still in the map when its __eq__ raced with a mutation: remove it from the layout anyway.
    slots[i] = DUMMY;
    this.used--;
    this.finger = i + 1;
    return e;
  }
  /** Marks e's slot as a dummy. The slot is found by probing e's hash, as CPython would find it. */
  private simRemove(e: DictEntry): void {
    let i: number;
    if (this.slots.length <= 64) i = this.slots.indexOf(e);
    else {
      simHash(e.key);
      i = this.probeFor(e, simHi, simLo);
    }
    if (i >= 0) {
      this.slots[i] = DUMMY;
      this.used--;
    }
  }
  /** The slot holding e, following the probe sequence of a hash (hi, lo); -1 if it is not there. */
  private probeFor(e: DictEntry, hi: number, lo: number): number {
    const mask = this.mask;
    const slots = this.slots;
    let i = lo & mask;
    let phi = hi, plo = lo;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      for (let p = 0, j = i; p <= probes; p++, j++) {
        const s = slots[j];
        if (s === e) return j;
        if (s === null) return slots.indexOf(e);
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
  override clear(): void {
    super.clear();
    this.reset(8);
    this.lazy = true;
    this.finger = 0;
    this.slow = false;
  }
  override values(): IterableIterator<DictEntry> {
    if (this.lazy) this.build();
    const out: DictEntry[] = [];
    for (const e of this.slots) if (e !== null && e !== DUMMY) out.push(e);
    return out.values();
  }
  /** set_add_entry's placement of a new key of hash (hi, lo): the first dummy or free slot of its probe sequence. */
  private simAdd(e: DictEntry, hi: number, lo: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let i = lo & mask;
    // perturb: the hash as an unsigned 64-bit value, shifted right 5 bits per round.
    let phi = hi, plo = lo;
    let freeslot = -1;
    for (;;) {
      const probes = i + 9 <= mask ? 9 : 0;
      let j = i;
      for (let p = 0; p <= probes; p++, j++) {
        const s = slots[j];
        if (s === null) {
          if (freeslot >= 0) j = freeslot;
          else this.fill++;
          slots[j] = e;
          this.hashes[2 * j] = hi;
          this.hashes[2 * j + 1] = lo;
          this.used++;
          if (freeslot < 0 && this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        // The last dummy on the way is reused, as 3.11 does (checked against it).
        if (s === DUMMY) freeslot = j;
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      // i * 5 + 1 + perturb stays below 2^36: exact as a double, and & keeps its low bits.
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
  /** set_insert_clean: placement in a table without dummies (after a resize). */
  private insertClean(e: DictEntry, hi: number, lo: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let i = lo & mask;
    let phi = hi, plo = lo;
    for (;;) {
      if (slots[i] === null) break;
      let found = -1;
      if (i + 9 <= mask) {
        for (let j = 1; j <= 9; j++) if (slots[i + j] === null) { found = i + j; break; }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
    slots[i] = e;
    this.hashes[2 * i] = hi;
    this.hashes[2 * i + 1] = lo;
  }
  private resize(minused: number): void {
    let n = 8;
    while (n <= minused) n <<= 1;
    // set_table_resize keeps a small table without dummies as it is.
    if (n === 8 && this.mask === 7 && this.fill === this.used) return;
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const used = this.used;
    this.reset(n);
    for (let k = 0; k < oldSlots.length; k++) {
      const e = oldSlots[k];
      if (e !== null && e !== DUMMY) this.insertClean(e, oldHashes[2 * k], oldHashes[2 * k + 1]);
    }
    this.fill = this.used = used;
  }
  /**
   * set_update_internal's dict fast path: one resize up front for n more keys. An empty lazy table stays lazy
   * (its replay starts from the bigger empty table); a lazy one with keys is built first, since a replay of its
   * additions alone would not reproduce this resize.
   */
  reserve(n: number): void {
    if (this.lazy && this.map.size > 0) this.build();
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }
  /** The number of slots of CPython's table (set.__sizeof__, and walks with liveAt). */
  capacity(): number {
    if (this.lazy) this.build();
    return this.mask + 1;
  }
  /** The entry in slot i, or null for a free or deleted slot: set_next's walk, without an array of entries. */
  liveAt(i: number): DictEntry | null {
    const s = this.slots[i];
    return s === DUMMY || s === undefined ? null : s;
  }
  /** The end of set_difference_update_internal: when more than a quarter of the table are dummies, resize them away. */
  purgeDummies(): void {
    if (this.lazy || this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
  /** set_swap_bodies: the two tables trade contents (each keeps its pop finger). */
  swapBodies(o: SetHTable): void {
    const map = this.map, buckets = this.buckets, slots = this.slots, hashes = this.hashes;
    const mask = this.mask, fill = this.fill, used = this.used, slow = this.slow, lazy = this.lazy;
    this.map = o.map; this.buckets = o.buckets; this.slots = o.slots; this.hashes = o.hashes;
    this.mask = o.mask; this.fill = o.fill; this.used = o.used; this.slow = o.slow; this.lazy = o.lazy;
    o.map = map; o.buckets = buckets; o.slots = slots; o.hashes = hashes;
    o.mask = mask; o.fill = fill; o.used = used; o.slow = slow; o.lazy = lazy;
    this.version++;
    o.version++;
  }
  /** set_merge into this table (used by copies and unions): CPython's fast paths included. */
  mergeFrom(other: SetHTable): void {
    if (other.lazy) other.build();
    if (this.lazy) this.build();
    if (other === this || other.used === 0) return;
    if (other.slow) this.slow = true;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0) {
      const same = this.mask === other.mask && other.fill === other.used;
      for (let k = 0; k < other.slots.length; k++) {
        const e = other.slots[k];
        if (e === null || e === DUMMY) continue;
        let me: DictEntry;
        if (SetHTable.inMap(e.key)) {
          super.set(e.key, e.value);
          me = super.find(e.key)!;
        } else {
          me = new DictEntry(e.key, e.value);
          this.version++;
        }
        if (same) {
          this.slots[k] = me;
          this.hashes[2 * k] = other.hashes[2 * k];
          this.hashes[2 * k + 1] = other.hashes[2 * k + 1];
        } else this.insertClean(me, other.hashes[2 * k], other.hashes[2 * k + 1]);
      }
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    for (let k = 0; k < other.slots.length; k++) {
      const e = other.slots[k];
      if (e !== null && e !== DUMMY) this.set(e.key, e.value);
    }
  }
}

export class PyDict extends PyObject {
  declare t: HTable;
  constructor(cls: PyType = dictType) {
    super(cls);
    this.t = new HTable();
  }
  getStr(k: string): PyValue | undefined {
    const t = this.t;
    // Bucketed keys (objects hashing and comparing equal to a str) are searched only on a miss.
    const e = t.map.get(k) ?? (t.buckets === null ? undefined : t.find(k));
    return e === undefined ? undefined : e.value;
  }
  setStr(k: string, v: PyValue): void {
    this.t.set(k, v);
  }
  get(k: PyValue): PyValue | undefined {
    const e = this.t.find(k);
    return e === undefined ? undefined : e.value;
  }
  set(k: PyValue, v: PyValue): void {
    this.t.set(k, v);
  }
}

/** A new instance __dict__: empty, at the root of the shape tree. */
export function shapedDict(): PyDict {
  const d = new PyDict();
  d.t.shape = ROOT_SHAPE;
  d.t.order = [];
  return d;
}

export class PySet extends PyObject {
  declare t: SetHTable;
  /** hash() of a frozenset, computed once (CPython's so->hash): nested frozensets would rehash every level. */
  declare hash: number | bigint | null;
  constructor(cls: PyType = setType) {
    super(cls);
    this.t = new SetHTable();
    this.hash = null;
  }
}

export class PyDictView extends PyObject {
  constructor(cls: PyType, public readonly d: PyDict) {
    super(cls);
  }
}

// ---------------------------------------------------------------------------
// Method tables: the way a builtin type declares its methods, next to their implementation.

export interface MethodTable {
  [name: string]: NativeMethod;
}

// Argument counts of the special methods, checked before the native method runs and worded as
// CPython words them: its slot wrappers say "expected N arguments, got M" (with a leading space
// for __setitem__/__setattr__/__pow__), its METH_O/METH_NOARGS methods name the method.
const SLOT_UNARY = ['__len__', '__neg__', '__pos__', '__abs__', '__invert__', '__bool__', '__hash__', '__repr__', '__str__',
  '__iter__', '__next__', '__index__', '__int__', '__float__', '__await__', '__aiter__', '__anext__'];
const SLOT_BINARY = ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
  '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__', '__rdivmod__', '__lshift__', '__rlshift__',
  '__rshift__', '__rrshift__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__matmul__', '__rmatmul__',
  '__iadd__', '__isub__', '__imul__', '__itruediv__', '__ifloordiv__', '__imod__', '__ilshift__', '__irshift__',
  '__iand__', '__ior__', '__ixor__', '__imatmul__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__contains__', '__getitem__', '__delitem__', '__getattribute__', '__delattr__'];
/** Names whose builtin implementations CPython exposes as slot wrappers ("wrapper __add__()" in messages). */
const SLOT_WRAPPERS = new Set([...SLOT_UNARY, ...SLOT_BINARY, '__setitem__', '__setattr__', '__pow__', '__rpow__', '__ipow__']);
/** An argument-count rule: the counts allowed, and CPython's message for the others. */
interface ArityRule {
  min: number;
  max: number;
  msg: (t: PyType, n: number) => string;
}
const rule = (min: number, max: number, msg: (t: PyType, n: number) => string): ArityRule => ({ min, max, msg });
const methO = (name: string): ArityRule => rule(1, 1, (t, n) => `${t.name}.${name}() takes exactly one argument (${n} given)`);

const ARITY_RULES = new Map<string, ArityRule>();
for (const name of SLOT_UNARY) ARITY_RULES.set(name, rule(0, 0, (_t, n) => `expected 0 arguments, got ${n}`));
for (const name of SLOT_BINARY) ARITY_RULES.set(name, rule(1, 1, (_t, n) => `expected 1 argument, got ${n}`));
/** A builtin sequence's *, reflected * and *= are sq_repeat/sq_inplace_repeat (wrap_indexargfunc: PyArg_UnpackTuple with no name). */
const REPEAT_RULE = rule(1, 1, (_t, n) => ` expected 1 argument, got ${n}`);
const SEQ_REPEAT_TYPES = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray']);
for (const name of ['__setitem__', '__setattr__']) ARITY_RULES.set(name, rule(2, 2, (_t, n) => ` expected 2 arguments, got ${n}`));
for (const name of ['__pow__', '__rpow__']) {
  ARITY_RULES.set(name, rule(1, 2, (_t, n) => n === 0 ? ' expected at least 1 argument, got 0' : ` expected at most 2 arguments, got ${n}`));
}
for (const name of ['__format__', '__reduce_ex__']) ARITY_RULES.set(name, methO(name));
for (const name of ['__sizeof__', '__dir__', '__reduce__']) ARITY_RULES.set(name, rule(0, 0, (t, n) => `${t.name}.${name}() takes no arguments (${n} given)`));

/** Methods CPython declares METH_O (exactly one argument) on one type, by "type.name". */
const METH_O_METHODS = new Set(['set.add', 'set.discard', 'set.remove', 'set.issubset', 'set.issuperset', 'set.isdisjoint',
  'set.__contains__', 'frozenset.issubset', 'frozenset.issuperset', 'frozenset.isdisjoint', 'frozenset.__contains__',
  'list.append', 'list.remove', 'list.count', 'list.extend', 'list.__getitem__', 'tuple.count', 'dict.__contains__',
  'dict.__getitem__']);

const METH_O_TYPES = new Set(Array.from(METH_O_METHODS, (m) => m.slice(0, m.indexOf('.'))));

export function defineMethods(t: PyType, table: MethodTable): void {
  const flagsOfType = METHOD_FLAGS.get(t.name);
  for (const name of Object.keys(table)) {
    let fn = table[name];
    // The type test first: building "type.name" for every method of every type was a share of start-up.
    const methOName = METH_O_TYPES.has(t.name) && METH_O_METHODS.has(`${t.name}.${name}`);
    const r = methOName ? methO(name) : (name === '__mul__' || name === '__rmul__' || name === '__imul__') && SEQ_REPEAT_TYPES.has(t.name) ? REPEAT_RULE : ARITY_RULES.get(name);
    const wrapper = !methOName && SLOT_WRAPPERS.has(name);
    // CPython's flags for this method (method_flags.ts); slot wrappers never take keywords.
    const f = flagsOfType !== undefined && Object.hasOwn(flagsOfType, name) ? flagsOfType[name] : undefined;
    if (r !== undefined) {
      const inner = fn;
      const noKw = wrapper || f !== undefined;
      fn = (self, args, kw) => {
        if (noKw && kw !== null && kw.length !== 0) arityError(`${wrapper ? 'wrapper ' : `${t.name}.`}${name}() takes no keyword arguments`);
        const n = args.length;
        if (n < r.min || n > r.max) arityError(r.msg(t, n));
        return inner(self, args, kw);
      };
      t.tdict.set(name, slotKind(new PyMethodDescr(t, name, fn), wrapper, f));
      continue;
    }
    if (f === undefined && !wrapper) {
      t.tdict.set(name, slotKind(new PyMethodDescr(t, name, fn), false, f));
      continue;
    }
    let k: ArgsKind = ARGS_WRAPPER, min = 0, max = ANY_COUNT;
    if (f === 'n') [k, max] = [ARGS_NONE, 0];
    else if (f === 'o') [k, min, max] = [ARGS_ONE, 1, 1];
    else if (f === 'v') k = ARGS_VARARGS;
    else if (f !== undefined && f.length > 1) [k, min, max] = [ARGS_COUNTED, Number(f.slice(1, f.indexOf('-'))), Number(f.slice(f.indexOf('-') + 1))];
    else if (f !== undefined) k = ARGS_POSITIONAL;
    const inner = fn;
    const kind = k, lo = min, hi = max;
    fn = (self, args, kw) => {
      const n = args.length;
      if ((kw !== null && kw.length !== 0) || n < lo || n > hi) argsError(kind, kind === ARGS_WRAPPER ? `wrapper ${name}` : `${t.name}.${name}`, name, n, kw, lo, hi);
      return inner(self, args, kw);
    };
    t.tdict.set(name, slotKind(new PyMethodDescr(t, name, fn, inner, kind, lo, hi), wrapper, f));
  }
  t.modified();
}

/**
 * A special method CPython implements as a type slot is a wrapper_descriptor (bound: a method-wrapper); one
 * it also lists as a method (list.__getitem__, METHOD_FLAGS) stays a method_descriptor.
 */
function slotKind(d: PyMethodDescr, wrapper: boolean, flags: string | undefined): PyMethodDescr {
  if (flags === undefined && (wrapper || SLOT_ONLY.has(d.name))) d.cls = wrapperDescrType;
  return d;
}
/** Slot wrappers beyond those with an argument-count rule (SLOT_WRAPPERS). */
const SLOT_ONLY = new Set(['__init__', '__call__', '__get__', '__set__', '__delete__', '__del__', '__setattr__', '__getattr__']);

/** Raising lives in exceptions.ts, which imports this module: it fills the hook in. */
export const raiseHooks: { typeError: (msg: string) => never } = {
  typeError: (msg) => {
    throw new Error(msg);
  },
};
function arityError(msg: string): never {
  return raiseHooks.typeError(msg);
}

export function defineClassMethods(t: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) t.tdict.set(name, new PyClassMethodDescr(t, name, table[name]));
  t.modified();
}

export function defineGetters(
  t: PyType,
  table: { [name: string]: ((self: PyValue) => PyValue) | [(self: PyValue) => PyValue, (self: PyValue, v: PyValue | null) => void] },
): void {
  for (const name of Object.keys(table)) {
    const d = table[name];
    if (Array.isArray(d)) t.tdict.set(name, new PyGetSetDescr(t, name, d[0], d[1]));
    else t.tdict.set(name, new PyGetSetDescr(t, name, d, null));
  }
  t.modified();
}

/** A module-level builtin function. */
export function builtin(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(name, fn);
}

// ---------------------------------------------------------------------------
// typeOf: one switch on the JS type, then the object's class.

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.cls;
  }
}

export function isInt(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** Normalise a bigint: safe values become numbers. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
