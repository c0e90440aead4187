// The evaluation loop (Python/ceval.c). One loop runs a thread's stack of heap frames: a call of a
// Python function pushes a frame and continues; RETURN_VALUE pops it. Native code that calls back
// into Python (callFunction) runs a nested loop until that frame returns.
import * as O from '../bytecode/opcode.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS, CO_FAST_FREE } from '../bytecode/code.js';
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyTuple, PySet, PyCell, PyFloat, PySlice, PyMethodDescr, PyInstance,
  PyListIter, EXHAUSTED, PyRangeIter, PyRange, PyStaticMethod, PyBuiltin, None, typeOf, frameType, emptyTuple, newTuple,
  listType, tupleType, dictType, strType, floatType, setType, frozensetType, TF_HEAPTYPE, TF_ABSTRACT, TF_NO_NEW, TF_SEQUENCE, TF_MAPPING, objectType, typeType,
  PyMethod, NotImplemented, coroutineType, generatorType, PySingleton, PyNewWrapper, PySuper, newFunction,
} from '../objects/object.js';
import {
  PyBaseException, PyException, PyTraceback, newException, typeError, TypeError, NameError, UnboundLocalError,
  RecursionError, SystemError, StopIteration, BaseException, AssertionError, ValueError, ImportError,
  KeyboardInterrupt, isExcType, attributeError, raise, StopAsyncIteration, IndexError, KeyError, plainExcKind,
} from '../objects/exceptions.js';
import { PyFunction, ForeignBuiltins } from '../objects/funcobject.js';
import {
  call, callBound, bindDescr, getAttr, setAttr, binaryOp, richCompare, truthy, getIter, iterNext, getItem, setItem, delItem,
  contains, toArray, repr, str, unaryOp, lenOf, genericGetAttr, objectGetAttribute, getAttrOpt, noAttribute,
  seqItems, superMethod,
} from '../objects/abstract.js';
import { RtCode } from './code.js';
import { loadAttr, storeAttr, findMethod } from './attrcache.js';
import { floatOp } from './floattemps.js';
import * as Q from './superops.js';
import { newInstanceWith, instanceLayout } from '../objects/typeobject.js';
import { hasFinalizer, watch, mayFinalize, collectAfterDrop, eager } from './finalize.js';
import { intBinop, floatBinop, compareNumbers } from '../objects/int.js';
import { listGetItem, listSetItem, listExtend } from '../objects/list.js';
import { listShrink, noteExtend } from '../objects/list_alloc.js';
import { format } from '../objects/format.js';
import {
  PyGenerator, genSend, PyAsyncGenWrapped, genStats, canInline, enterInline, leaveInline, inlineRaised, dropIterator, dropStackRange, dropReference, dropArguments, noteNewGenerator, frameExit, topmostException,
  delegate as coroutineDelegate, asyncGeneratorType,
} from '../objects/genobject.js';
import { dictUpdate, dictMergeFrom, dictMerge, functionStr, setUpdate } from '../objects/dict.js';
import { strGetItem, strCompare, strValue, formatSurrogate, asStr, strPercent } from '../objects/str.js';
import { PySurrogateStr, concatLow, concatPieces } from '../objects/surrogatestr.js';
import { importName, importFrom, importStar, importThrough } from './import.js';
import { importFunc } from '../modules/builtins.js';
import { PyLruCache, lruInlineFunction, lruInlineCall } from '../modules/_functools.js';
import { ReturnHook } from './returnhook.js';
import { exceptStarMatch, prepReraiseStar } from '../objects/excobject.js';
import { BLOCKED } from './threads.js';
import { tracing, traceStep, traceException, traceUnwind, traceIterEnd, type FrameTrace } from './trace.js';

const NO_VALUES: (PyValue | null)[] = [];

export class Frame extends PyObject {
  /** localsplus, then the value stack. */
  declare fast: (PyValue | null)[];
  declare sp: number;
  declare pc: number;
  declare lasti: number;
  declare back: Frame | null;
  /** Set for frames run by a nested loop: returning from it leaves that loop. */
  declare isEntry: boolean;
  declare gen: PyGenerator | null;
  /** An exception to raise as soon as the frame resumes (generator.throw). */
  declare pendingExc: PyBaseException | null;
  /**
   * What the caller gets instead of the return value: for an __init__ frame pushed by a class call, the new
   * instance (__init__ must return None); for a frame a native callable's CALL pushed, its ReturnHook's answer.
   */
  declare initSelf: PyValue | ReturnHook | null;
  /** Something outside the running stack may hold this frame (traceback, sys._getframe...): never recycle it. */
  declare escaped: boolean;
  /** f_trace and the tracing state (trace.ts), once tracing has touched the frame. */
  declare tr: FrameTrace | null;
  constructor(
    public code: RtCode,
    public globals: PyDict,
    public builtins: PyDict,
    public locals: PyDict | null,
    public func: PyFunction | null,
  ) {
    super(frameType);
    if (!code.prepared) code.prepare();
    // Stored twice, so that V8 tracks the field as mutable from the first frame on: renewArrays() reassigns it at a
    // program's first pause, and that change arriving while TurboFan compiled runLoop threw the compile away
    // ("dependency change").
    this.fast = NO_VALUES;
    const n = code.nlocalsplus;
    const fast = new Array<PyValue | null>(n + code.stacksize + 1);
    for (let i = 0; i < fast.length; i++) fast[i] = null;
    this.fast = fast;
    this.sp = n;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.isEntry = false;
    this.gen = null;
    this.pendingExc = null;
    this.initSelf = null;
    this.escaped = false;
    this.tr = null;
  }
  get lineno(): number {
    return this.code.lineAt(this.lasti);
  }
}

export class ThreadState {
  frame: Frame | null = null;
  depth = 0;
  recursionLimit = 1000;
  /** sys.exc_info(): the exception being handled. */
  excInfo: PyBaseException | null = null;
  /** Nested native→Python loops in progress (bounded so JS never overflows). */
  nesting = 0;
  interrupt = false;
  /** Instructions the outermost loop may run before pausing (-1: never pause). See Execution. */
  sliceBudget = -1;
  /** The nesting of the loop that sliceBudget is for (set by startFrame/resumeFrame). */
  sliceNesting = 1;
  /** The native being called was called straight from CALL (call() clears it): it may suspend its thread (threads.ts). */
  direct = false;
  /** The iterator FOR_ITER's generic path is advancing (a socket file's __next__ may then suspend: threads.ts). */
  forIter: unknown = null;
  /** The running thread is the main thread (only it gets KeyboardInterrupt). */
  mainThread = true;
}

/** Returned by run() when the outermost loop pauses at an instruction boundary (ts.frame is where to resume). */
export const PAUSED: PyValue = new PySingleton(objectType, '<paused>');

export const ts = new ThreadState();

// ---------------------------------------------------------------------------
// Argument binding

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Bind call arguments (src[start .. start+n), the last kwnames.length of them keyword values) into a
 * fresh frame's localsplus, with CPython's TypeError messages.
 */
export function bindArgs(fn: PyFunction, fast: (PyValue | null)[], src: ArrayLike<PyValue | null>, start: number, n: number, kwnames: string[] | null): void {
  const co = fn.code;
  const argcount = co.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = n - nkw;
  const flags = co.flags;
  const total = argcount + co.kwonlyargcount;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    fast[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const m = npos < argcount ? npos : argcount;
  for (let i = 0; i < m; i++) fast[i] = src[start + i];
  if (flags & CO_VARARGS) {
    const extra: PyValue[] = [];
    for (let i = m; i < npos; i++) extra.push(src[start + i] as PyValue);
    fast[total] = newTuple(extra);
  }
  if (nkw > 0) {
    const names = co.localsplusnames;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = src[start + npos + k] as PyValue;
      let j = co.posonlyargcount;
      for (; j < total; j++) if (names[j] === name) break;
      if (j < total) {
        if (fast[j] !== null) typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
        fast[j] = v;
        continue;
      }
      if (kwdict === null) {
        for (let p = 0; p < co.posonlyargcount; p++) {
          if (names[p] === name) {
            const posonly = kwnames!.filter((kn) => names.indexOf(kn) >= 0 && names.indexOf(kn) < co.posonlyargcount);
            typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
          }
        }
        typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.setStr(name, v);
    }
  }
  // initialize_locals checks the positional count after the keywords: f(1, x=1) on `def f():` complains of x.
  if (npos > argcount && !(flags & CO_VARARGS)) tooManyPositional(fn, npos, fast, kwnames);
  if (npos < argcount) {
    const defs = fn.defaults;
    const ndef = defs === null ? 0 : defs.length;
    const firstDef = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== null) continue;
      if (i >= firstDef) fast[i] = defs![i - firstDef];
      else (missing ??= []).push(co.localsplusnames[i]);
    }
    if (missing !== null)
      typeError(`${fn.qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
  }
  if (co.kwonlyargcount > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== null) continue;
      const name = co.localsplusnames[i];
      const d = fn.kwdefaults === null ? undefined : fn.kwdefaults.getStr(name);
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(name);
    }
    if (missing !== null)
      typeError(`${fn.qualname}() missing ${plural(missing.length, 'required keyword-only argument')}: ${nameList(missing)}`);
  }
}

function tooManyPositional(fn: PyFunction, given: number, fast: (PyValue | null)[], kwnames: string[] | null): never {
  const co = fn.code;
  const argcount = co.argcount;
  const ndef = fn.defaults === null ? 0 : fn.defaults.length;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const j = co.localsplusnames.indexOf(k);
      if (j >= argcount && j < argcount + co.kwonlyargcount) kwonlyGiven++;
    }
  }
  void fast;
  const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
  const sig = `${takes} positional argument${ndef === 0 && argcount === 1 ? '' : 's'}`;
  const kwPart = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwonlyGiven, 'keyword-only argument')})` : '';
  const was = kwonlyGiven > 0 ? 'were' : given === 1 ? 'was' : 'were';
  typeError(`${fn.qualname}() takes ${sig} but ${given}${kwPart} ${was} given`);
}

// ---------------------------------------------------------------------------
// Entering frames from native code

// Frame recycling: a call allocates a frame and its localsplus array, which was a fifth of a
// call-heavy program's time. A frame that returned and was never seen outside the running stack
// (see markEscaped) goes to its code object's pool and serves a later call of that code.
const POOL_MAX = 16;

export function newFrame(fn: PyFunction): Frame {
  const co = fn.code;
  const pool = co.framePool;
  if (pool.length > 0) {
    const f = pool.pop()!;
    f.globals = fn.globals;
    f.builtins = fn.builtins;
    f.locals = co.flags & 0x2 ? null : fn.globals;
    f.func = fn;
    return f;
  }
  return new Frame(co, fn.globals, fn.builtins, co.flags & 0x2 ? null : fn.globals, fn);
}

/** Offer a finished frame for reuse (the caller knows nothing refers to it any more, unless it escaped). */
function recycle(f: Frame): void {
  if (f.escaped || f.gen !== null) return;
  const code = f.code;
  if (code.framePool.length >= POOL_MAX) return;
  // Only the locals must read as unbound; the value stack above them is always written before it is read
  // (a returning frame has popped it). What it held stays reachable until the frame's next call, or until
  // gc.collect() clears the pools (clearPooledStacks).
  const fast = f.fast;
  const n = code.nlocalsplus;
  for (let i = 0; i < n; i++) fast[i] = null;
  f.sp = n;
  f.pc = 0;
  f.lasti = 0;
  f.back = null;
  // The function, as CPython's frame drops it: a pooled frame keeping it would keep it alive (and its closure).
  f.func = null;
  f.isEntry = false;
  f.initSelf = null;
  f.pendingExc = null;
  // Trace state (f_trace, the f_locals dict locals() gave out, the last traced line) is this call's only.
  f.tr = null;
  code.framePool.push(f);
  if (!code.pooled) {
    code.pooled = true;
    pooledCodes.push(code);
    if (pooledCodes.length > 1024) clearPooledStacks();
  }
}

/** Code objects with frames pooled since the last clearPooledStacks(). */
let pooledCodes: RtCode[] = [];

/** Clear the value stacks of the pooled frames (what they held is dead), and forget the code objects. */
export function clearPooledStacks(): void {
  for (const code of pooledCodes) {
    code.pooled = false;
    const from = code.nlocalsplus;
    for (const f of code.framePool) for (let i = from; i < f.fast.length; i++) f.fast[i] = null;
  }
  pooledCodes = [];
}

/** The frame (and so its callers, reachable by f_back) is now visible outside the running stack. */
export function markEscaped(f: Frame | null): void {
  for (; f !== null && !f.escaped; f = f.back) f.escaped = true;
}

/** Call a Python function from native code: runs a nested loop until it returns. */
export function callFunction(fn: PyFunction, args: PyValue[], kwnames: string[] | null): PyValue {
  const f = newFrame(fn);
  bindArgs(fn, f.fast, args, 0, args.length, kwnames);
  const r = runFrame(f);
  recycle(f);
  return r;
}

/**
 * Run a frame (already bound) to completion in a nested loop. Nested loops (Python code called by native
 * code: special methods, properties, key functions) use the JS stack, ~1-2.5 KB each: the recursion limit
 * bounds them as it bounds frames, and a JS stack that runs out first is a RecursionError too (toPyExc).
 * bin/typhon gives V8 a 4 MB stack, so CPython's depths at its default limit fit.
 */
export function runFrame(f: Frame): PyValue {
  f.isEntry = true;
  f.back = ts.frame;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  ts.frame = f;
  ts.nesting++;
  try {
    return run(f);
  } finally {
    ts.nesting--;
  }
}

/** Run a class body with `ns` as its locals; returns what the body returns (the __classcell__ or None). */
export function runClassBody(fn: PyFunction, ns: PyDict): PyValue {
  const f = new Frame(fn.code, fn.globals, fn.builtins, ns, fn);
  return runFrame(f);
}

/** Run module-level (or exec'd) code; `closure`: the cells of its free variables (exec's closure=). */
export function runModuleCode(code: RtCode, globals: PyDict, builtins: PyDict, locals: PyDict = globals, closure: PyCell[] | null = null): PyValue {
  let fn: PyFunction | null = null;
  if (closure !== null) {
    // PyEval_EvalCodeEx makes a function for the cells to come from (COPY_FREE_VARS reads its closure).
    fn = new PyFunction(code, globals, builtins);
    fn.closure = closure;
  }
  const f = new Frame(code, globals, builtins, locals, fn);
  return runFrame(f);
}

let objectNew: PyValue | undefined;
/** The Python __init__ of a class whose call is just object.__new__ then __init__, else null. */
function plainInit(t: PyType): PyFunction | null {
  if (t.cls !== typeType || (t.flags & TF_ABSTRACT)) return null;
  if (objectNew === undefined) objectNew = objectType.tdict.get('__new__');
  if (t.lookup('__new__') !== objectNew) return null;
  const init = t.lookup('__init__');
  return init instanceof PyFunction && (init.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0 ? init : null;
}

/** CALL's cache for a class call: plainInit's answer for that type at that version. */
class ClassCallCache {
  constructor(
    public type: PyType, public version: number, public flags: number, public meta: PyType, public init: PyFunction | null,
    /** instanceLayout(type): the new instance's __dict__ and __slots__. */
    public layout: number,
  ) {}
}

/**
 * plainInit(t) and the instance layout, remembered at the CALL site until t (or a base) changes: an
 * instantiation saved two lookups and a walk of the MRO.
 */
function classCallCache(code: RtCode, at: number, t: PyType): ClassCallCache {
  const c = code.caches[at];
  // The metaclass (a __class__ assignment) and the abstract flag can change without a version bump.
  if (c instanceof ClassCallCache && c.type === t && c.version === t.version && c.flags === t.flags && c.meta === t.cls) return c;
  const n = new ClassCallCache(t, t.version, t.flags, t.cls, plainInit(t), instanceLayout(t));
  code.caches[at] = n;
  return n;
}

/** type.__call__: __new__ then __init__. */
export function callTypeNew(t: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  let nw: PyValue;
  if (t.callVersion === t.version) nw = t.callNew as PyValue;
  else nw = typeCallLookup(t);
  const a = new Array<PyValue>(args.length + 1);
  a[0] = t;
  for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
  // As type_call: the tp_new itself, without the checks of an explicit X.__new__(cls) call.
  const obj = nw instanceof PyNewWrapper ? nw.raw(a, kwnames) : call(nw, a, kwnames);
  const ot = typeOf(obj);
  if (ot !== t && !ot.isSubtype(t)) return obj;
  const init = ot === t && t.callVersion === t.version ? t.callInit : ot.lookup('__init__');
  if (init !== undefined) {
    const r = callBound(init, obj, args, kwnames);
    if (r !== None) typeError(`__init__() should return None, not '${typeOf(r).tpName}'`);
  }
  // Made: an instance of a Python subclass of a builtin type whose class has __del__ is watched from now on (a
  // plain instance was watched by object.__new__; the fields of this one are set only now).
  if (ot.flags & TF_HEAPTYPE && !(obj instanceof PyInstance) && hasFinalizer(ot)) watch(obj as PyObject);
  return obj;
}

/**
 * The __new__ a call of `t` runs, kept on `t` (with its __init__) until the type or a base changes. object.__init__ is
 * kept as undefined when calling it can do nothing: when __new__ is not object's (object_init).
 */
function typeCallLookup(t: PyType): PyValue {
  let nw = t.lookup('__new__');
  if (nw === undefined || (t.flags & TF_NO_NEW)) typeError(`cannot create '${t.tpName}' instances`);
  let keep = true;
  if (nw instanceof PyStaticMethod) nw = nw.func;
  // As slot_tp_new's getattr(type, '__new__'): another descriptor (a classmethod) is bound to the class.
  else if (!(nw instanceof PyFunction || nw instanceof PyBuiltin || nw instanceof PyNewWrapper)) {
    nw = bindDescr(nw, null, t);
    keep = false;
  }
  if (keep) {
    const init = t.lookup('__init__');
    const objectInit = objectType.tdict.get('__init__');
    t.callNew = nw;
    t.callInit = init === objectInit && newFunction(nw) !== newFunction(objectType.tdict.get('__new__')) ? undefined : init;
    t.callVersion = t.version;
  }
  return nw;
}

// ---------------------------------------------------------------------------

function nameError(name: string): never {
  const e = newException(NameError, [`name '${name}' is not defined`]);
  (e as PyBaseException & { attrName?: string }).attrName = name;
  throw new PyException(e);
}

function unboundLocal(code: RtCode, i: number): never {
  const name = code.localsplusnames[i];
  if (code.kinds[i] & CO_FAST_FREE)
    raise(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

class GlobalCache {
  constructor(public gv: number, public bv: number, public entry: { value: PyValue }) {}
}

function loadGlobal(f: Frame, lasti: number, name: string): PyValue {
  const g = f.globals.t;
  const b = f.builtins.t;
  const c = f.code.caches[lasti] as GlobalCache | null;
  if (c !== null && c.gv === g.version && c.bv === b.version) return c.entry.value;
  if (f.globals.cls !== dictType || f.builtins.cls !== dictType) return loadGlobalSubclass(f, name);
  let e = g.find(name);
  if (e === undefined) {
    e = b.find(name);
    if (e === undefined) nameError(name);
  }
  f.code.caches[lasti] = new GlobalCache(g.version, b.version, e);
  return e.value;
}

/** LOAD_GLOBAL's slow path (exec/eval with a dict subclass): both namespaces through __getitem__ (__missing__). */
function loadGlobalSubclass(f: Frame, name: string): PyValue {
  const v = tryGetItem(f.globals, name) ?? builtinsItem(f.builtins, name);
  if (v === undefined) nameError(name);
  return v;
}

/** A name in builtins b: from an exact dict's table, else through __getitem__ (a KeyError is a miss). */
function builtinsItem(b: PyDict, name: string): PyValue | undefined {
  return b.cls === dictType ? b.getStr(name) : tryGetItem(b instanceof ForeignBuiltins ? b.target : b, name);
}

/**
 * Before exc gets the context ctx: unlink exc from ctx's context chain so that no cycle forms, as
 * _PyErr_SetObject does, stopping at a cycle the chain already has (Floyd's slow pointer: user code can set
 * __context__ to anything).
 */
export function breakContextCycle(ctx: PyBaseException, exc: PyBaseException): void {
  let o = ctx;
  let slow = ctx;
  let toggle = false;
  for (let c = o.context; c !== null; c = o.context) {
    if (c === exc) {
      o.context = null;
      return;
    }
    o = c;
    if (o === slow) return;
    if (toggle) slow = slow.context!;
    toggle = !toggle;
  }
}

function excMatches(exc: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) if (excMatches(exc, x)) return true;
    return false;
  }
  return t instanceof PyType && exc.cls.isSubtype(t);
}

function checkExceptType(t: PyValue): void {
  if (t instanceof PyTuple) {
    for (const x of t.items) checkExceptType(x);
    return;
  }
  if (!isExcType(t)) typeError('catching classes that do not inherit from BaseException is not allowed');
}

/** Make an exception instance from a raise operand (class or instance). */
export function makeExc(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  // `raise ValueError`: a builtin exception class whose instances need nothing but their arguments is called
  // without looking up and calling its __new__ and __init__ (BaseException's).
  if (v instanceof PyType && !(v.flags & TF_HEAPTYPE) && v.excKindVersion === v.version && plainExcKind(v.excKind)) return newException(v, []);
  if (isExcType(v)) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException))
      typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeOf(e).tpName}`);
    return e;
  }
  typeError('exceptions must derive from BaseException');
}

function doRaise(exc: PyValue, cause: PyValue | null): PyBaseException {
  const e = makeExc(exc);
  // Every raise sets __context__ anew (_PyErr_SetObject), also of an exception raised before.
  e.contextSet = false;
  if (cause !== null) {
    if (cause === None) e.cause = null;
    else {
      const c = isExcType(cause) ? makeExc(cause) : cause;
      if (!(c instanceof PyBaseException)) typeError('exception causes must derive from BaseException');
      e.cause = c;
    }
    e.suppressContext = true;
  }
  return e;
}

/** Convert anything a JS catch receives into a Python exception. */
export function toPyExc(e: unknown): PyBaseException {
  if (e instanceof PyException) return e.exc;
  if (e instanceof RangeError && /call stack/.test(e.message)) return newException(RecursionError, ['maximum recursion depth exceeded']);
  // V8 refusing a string, array or buffer that large: the allocation failure CPython reports as MemoryError.
  if (e instanceof RangeError && /^(Invalid (string|typed array|array) length|Array buffer allocation failed)/.test(e.message)) {
    return newException(MemoryErrorT, []);
  }
  if (process.env.TYPHON_DEBUG) console.error(e);
  return newException(SystemError, [`internal error: ${e instanceof Error ? e.message : String(e)}`]);
}

/**
 * Give the frames of a paused program fresh copies of the arrays its loops store new objects into.
 * Once V8 has moved an array to its old generation, every store of a young object into it (a new
 * float or str pushed on the value stack) calls the write barrier's slow path; a young copy stores
 * without it. Renewed at each pause (every slice, about a millisecond), an array stays young most of
 * the time (a scavenge promotes an object only once it has survived two), at no cost in the loop.
 * Float loops: RecordWrite 14% -> 5% of the time, nbody -20% CPU, float_math -15%.
 */
function renewArrays(top: Frame | null): void {
  for (let f = top; f !== null; f = f.back) {
    const code = f.code;
    if (code.freshFloats !== null) code.freshFloats = code.freshFloats.slice();
    f.fast = f.fast.slice();
  }
}

function unpackError(got: number, expected: number, atLeast: boolean): never {
  if (got < expected) raise(ValueError, `not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  raise(ValueError, `too many values to unpack (expected ${expected})`);
}

function kwNamesOf(code: RtCode, i: number): string[] {
  const t = code.consts[i] as PyTuple;
  return t.items as string[];
}

// ---------------------------------------------------------------------------
// The loop

export function run(entry: Frame, start: Frame = entry): PyValue {
  // The dispatch loop is the only loop around its code: nested in a loop around its try (to go on
  // after a handler caught an exception), TurboFan compiled it for on-stack replacement with that
  // outer loop peeled, each OSR compile of run() costing 3-4 times a normal one. So a caught
  // exception returns HANDLED and the loop is entered again, at the handler.
  // Only the outermost loop pauses: a nested loop (native code calling Python) has JS frames
  // under it that cannot be suspended, so a pause falls due when control is back out here.
  // (Worked out here, not in runLoop: a site there that ran only before V8 allocated runLoop's
  // feedback, in the outermost loop, deoptimised it when an outermost loop next started.)
  let budget = ts.nesting === ts.sliceNesting ? ts.sliceBudget : -1;
  let f = start;
  for (;;) {
    if (tracing.active) budget = enterTraceMode(budget);
    const r = runLoop(entry, f, budget);
    if (r !== HANDLED) {
      if (r !== UNCAUGHT) return r;
      const e = escaping!;
      escaping = null;
      throw new PyException(e);
    }
    f = handled.frame!;
    handled.frame = null;
    // Entered again after a handler: the slice goes on, with what was left of it.
    budget = handled.budget;
    handled.budget = 0;
  }
}

/**
 * Whether comparison operator op (0-5: < <= == != > >=) holds for operands ordered o (0 less, 1 equal, 2 greater,
 * 3 unordered: a NaN): bit 4 * op + o. Numbers are compared by one \`<\` and one \`===\` site for all six operators:
 * with a site per operator, the first use of an operator after TurboFan had compiled runLoop deoptimised it all
 * ("insufficient type feedback for compare operation").
 */
const CMP_BITS = 0x64d231;

/** runLoop's result when a handler in `handled.frame` caught an exception (it resumes there). */
const HANDLED: PyValue = new PySingleton(objectType, '<handled>');
const handled: { frame: Frame | null; budget: number } = { frame: null, budget: 0 };
/**
 * runLoop's result when an exception left its entry frame (the exception in `escaping`): run() throws it, so that
 * the JS exception does not cross runLoop's frame (see FAILED).
 */
const UNCAUGHT: PyValue = new PySingleton(objectType, '<uncaught>');
let escaping: PyBaseException | null = null;

function runLoop(entry: Frame, start: Frame, budget: number): PyValue {
  let f = start;
  let code = f.code;
  let instr = code.instr;
  let consts = code.consts;
  let names = code.names;
  let fast = f.fast;
  let sp = f.sp;
  let pc = f.pc;
  let lasti = pc;
  let kwnames: string[] | null = null;
  let reraising = false;
  /** The lasti a RERAISE restored (reported and pushed), while handlers are found by position. */
  let restoredLasti = -1;
  let pending: PyBaseException | null = f.pendingExc;
  f.pendingExc = null;
  let raised: PyBaseException | null = null;

  try {
    if (pending !== null) {
      const p = pending;
      pending = null;
      lasti = f.lasti;
      throw new PyException(p);
    }
    dispatch: for (;;) {
      if (--budget === 0) {
        // The slice is used up (0), or the loop is in trace mode (1: trace.ts), or a nested loop leaves it (-1).
        if (tracing.active) {
          lasti = pc; // what a trace function raises comes from this instruction
          budget = traceStep(f, pc, sp);
        } else budget = ts.nesting === ts.sliceNesting ? 0 : -1;
        if (budget === 0) {
          // KW_NAMES and its CALL are one step: pause only where the loop holds no hidden state.
          if (kwnames === null) {
            f.pc = pc;
            f.sp = sp;
            f.lasti = lasti;
            return PAUSED;
          }
          budget = 1;
        } else if (budget === 1) {
          // Traced: the code without superinstructions; a trace function may have moved the frame (jump.ts).
          instr = code.plainInstr();
          pc = f.pc;
          sp = f.sp;
        }
      }
      lasti = pc;
      let word = instr[pc++];
      let op = word & 255;
      let arg = word >> 8;
      while (op === O.EXTENDED_ARG) {
        lasti = pc;
        word = instr[pc++];
        op = word & 255;
        arg = (arg << 8) | (word >> 8);
      }
      // A jump table only if every case label is a literal: the build's --minify-syntax inlines O.*.
      switch (op) {
        case O.NOP:
        case O.RESUME:
        case O.CACHE:
          break;
        case O.LOAD_FAST: {
          const v = fast[arg];
          if (v === null) unboundLocal(code, arg);
          fast[sp++] = v;
          break;
        }
        case O.STORE_FAST:
          if (genStats.storeWatch === 0) fast[arg] = fast[--sp];
          else {
            storeFastWatched(f, fast, arg, sp, lasti);
            sp--;
          }
          break;
        case O.LOAD_CONST:
          fast[sp++] = consts[arg];
          break;
        // Superinstructions (quicken.ts): the second word's argument is its low byte (no EXTENDED_ARG can
        // precede it), and lasti moves to it before anything there can raise.
        case Q.LOAD_FAST__LOAD_FAST: {
          const v = fast[arg];
          if (v === null) unboundLocal(code, arg);
          const a2 = instr[pc++] >> 8;
          const v2 = fast[a2];
          if (v2 === null) {
            lasti = pc - 1;
            unboundLocal(code, a2);
          }
          fast[sp++] = v;
          fast[sp++] = v2;
          break;
        }
        case Q.LOAD_FAST__LOAD_CONST: {
          const v = fast[arg];
          if (v === null) unboundLocal(code, arg);
          fast[sp++] = v;
          fast[sp++] = consts[instr[pc++] >> 8];
          break;
        }
        case Q.LOAD_CONST__LOAD_FAST: {
          const a2 = instr[pc++] >> 8;
          const v2 = fast[a2];
          if (v2 === null) {
            lasti = pc - 1;
            unboundLocal(code, a2);
          }
          fast[sp++] = consts[arg];
          fast[sp++] = v2;
          break;
        }
        case Q.STORE_FAST__LOAD_FAST: {
          if (genStats.storeWatch !== 0) {
            storeFastWatched(f, fast, arg, sp, lasti);
            sp--;
            break;
          }
          fast[arg] = fast[--sp];
          const a2 = instr[pc++] >> 8;
          const v2 = fast[a2];
          if (v2 === null) {
            lasti = pc - 1;
            unboundLocal(code, a2);
          }
          fast[sp++] = v2;
          break;
        }
        case Q.STORE_FAST__STORE_FAST:
          if (genStats.storeWatch !== 0) {
            storeFastWatched(f, fast, arg, sp, lasti);
            sp--;
            break;
          }
          fast[arg] = fast[--sp];
          fast[instr[pc++] >> 8] = fast[--sp];
          break;
        case Q.LOAD_FAST__LOAD_ATTR: {
          const v = fast[arg];
          if (v === null) unboundLocal(code, arg);
          lasti = pc;
          const a = loadAttr(code, lasti, v, names[instr[pc] >> 8]);
          if (a === undefined) {
            raised = missingAttr(v, names[instr[pc] >> 8]);
            break dispatch;
          }
          fast[sp++] = a;
          pc += 5;
          break;
        }
        case O.POP_TOP:
          // A loop dropping its generator by break/return closes it (see genobject.ts, finalisation).
          if (genStats.popWatch !== 0) {
            const v = fast[sp - 1];
            if (v instanceof PyGenerator) {
              f.lasti = lasti;
              f.sp = sp - 1;
              dropIterator(v);
            }
          }
          sp--;
          break;
        case O.PUSH_NULL:
          fast[sp++] = null;
          break;
        case O.COPY:
          fast[sp] = fast[sp - arg];
          sp++;
          break;
        case O.SWAP: {
          const t = fast[sp - 1];
          fast[sp - 1] = fast[sp - arg];
          fast[sp - arg] = t;
          break;
        }
        case O.LOAD_GLOBAL: {
          // The cache hit is loadGlobal's first test, here without the call.
          const c = code.caches[lasti] as GlobalCache | null;
          const v = c !== null && c.gv === f.globals.t.version && c.bv === f.builtins.t.version ? c.entry.value : loadGlobal(f, lasti, names[arg >> 1]);
          if (arg & 1) fast[sp++] = null;
          fast[sp++] = v;
          pc += 5;
          break;
        }
        case O.LOAD_CLOSURE:
          fast[sp++] = fast[arg];
          break;
        case O.LOAD_DEREF: {
          const v = (fast[arg] as PyCell).ref;
          if (v === null) unboundLocal(code, arg);
          fast[sp++] = v;
          break;
        }
        case O.STORE_DEREF:
          (fast[arg] as PyCell).ref = fast[--sp];
          break;
        case O.LOAD_ATTR: {
          const o = fast[sp - 1] as PyValue;
          const a = loadAttr(code, lasti, o, names[arg]);
          if (a === undefined) {
            raised = missingAttr(o, names[arg]);
            break dispatch;
          }
          fast[sp - 1] = a;
          pc += 4;
          break;
        }
        case O.STORE_ATTR: {
          const o = fast[--sp] as PyValue;
          storeAttr(code, lasti, o, names[arg], fast[--sp] as PyValue);
          pc += 4;
          break;
        }
        case O.LOAD_METHOD: {
          const o = fast[sp - 1] as PyValue;
          const name = names[arg];
          const d = findMethod(code, lasti, o, name);
          if (d !== undefined) {
            fast[sp - 1] = d;
            fast[sp++] = o;
            pc += 10;
            break;
          }
          if (o instanceof PySuper) {
            const m = superMethod(o, name);
            if (m !== undefined) {
              fast[sp - 1] = m;
              fast[sp++] = o.obj;
              pc += 10;
              break;
            }
          }
          const a = loadAttr(code, lasti, o, name);
          if (a === undefined) {
            raised = missingAttr(o, name);
            break dispatch;
          }
          fast[sp - 1] = null;
          fast[sp++] = a;
          pc += 10;
          break;
        }
        case O.KW_NAMES:
          kwnames = kwNamesOf(code, arg);
          break;
        case O.PRECALL:
          // Always followed (after its cache) by CALL with the same argument: go on with it in this dispatch,
          // unless CALL has an EXTENDED_ARG of its own.
          if (arg > 255) {
            pc += 1;
            break;
          }
          lasti = pc + 1;
          pc += 2;
        // falls through
        case O.CALL: {
          const kw = kwnames;
          kwnames = null;
          let callable = fast[sp - arg - 2];
          let argStart: number;
          let nargs: number;
          if (callable !== null) {
            argStart = sp - arg - 1;
            nargs = arg + 1;
          } else {
            callable = fast[sp - arg - 1] as PyValue;
            argStart = sp - arg;
            nargs = arg;
          }
          pc += 4;
          // What is called, found with as few tests as can be (each instanceof that fails walks the prototype
          // chain): 0 a Python function, 1 a builtin, 2 a method descriptor, 3 anything else.
          let kind = callable instanceof PyFunction ? 0 : callable instanceof PyBuiltin ? 1 : callable instanceof PyMethodDescr ? 2 : 3;
          let initSelf: PyValue | ReturnHook | null = null;
          if (kind === 3) {
            if (argStart === sp - arg) {
              if (callable instanceof PyMethod) {
                fast[sp - arg - 1] = callable.self;
                callable = callable.func;
                argStart--;
                nargs++;
              } else if (!(callable instanceof PyType || callable instanceof PyLruCache)) {
                // An instance with a Python __call__ (unittest's suites, class decorators): its frame runs in this
                // loop, with the instance (already in place) as self.
                const c = typeOf(callable).lookup('__call__');
                if (c instanceof PyFunction) {
                  callable = c;
                  argStart--;
                  nargs++;
                }
              }
            }
            if (callable instanceof PyType) {
              if (nargs === 0 && kw === null && callable.call0 !== null) {
                f.lasti = lasti;
                const r = callable.call0();
                sp -= arg + 2;
                fast[sp++] = r;
                break;
              }
              // Not while a generator made for a call's argument is watched: the general path closes it (dropArguments).
              if (callable.call1 !== null && nargs === 1 && kw === null && genStats.argWatch === 0) {
                f.lasti = lasti;
                const r = callable.call1(fast[argStart] as PyValue);
                if (r !== undefined) {
                  sp -= arg + 2;
                  fast[sp++] = r;
                  break;
                }
              }
              if (argStart === sp - arg) {
                // A plain class: make the instance here and run its __init__ in this loop.
                const cc = classCallCache(code, lasti, callable);
                const init = cc.init;
                if (init !== null) {
                  initSelf = newInstanceWith(callable, cc.layout);
                  fast[--argStart] = initSelf;
                  nargs++;
                  callable = init;
                }
              }
            } else if (callable instanceof PyLruCache) {
              // functools.lru_cache: a hit needs no call; a miss runs the function here, its frame storing the result.
              const fn = lruInlineFunction(callable);
              if (fn !== null) {
                f.lasti = lasti;
                const r = lruInlineCall(callable, fast, argStart, nargs, kw);
                if (!(r instanceof ReturnHook)) {
                  sp -= arg + 2;
                  fast[sp++] = r;
                  break;
                }
                initSelf = r;
                callable = fn;
              }
            }
            kind = callable instanceof PyFunction ? 0 : callable instanceof PyBuiltin ? 1 : callable instanceof PyMethodDescr ? 2 : 3;
          }
          if (kind === 0) {
            const fn = callable as PyFunction;
            const nf = newFrame(fn);
            nf.initSelf = initSelf;
            const co = fn.code;
            if (kw === null && nargs === co.simpleArgc) {
              const nfast = nf.fast;
              for (let i = 0; i < nargs; i++) nfast[i] = fast[argStart + i];
            } else bindArgs(fn, nf.fast, fast, argStart, nargs, kw);
            sp -= arg + 2;
            if (++ts.depth > ts.recursionLimit) {
              ts.depth--;
              raise(RecursionError, 'maximum recursion depth exceeded');
            }
            f.sp = sp;
            f.pc = pc;
            f.lasti = lasti;
            nf.back = f;
            f = nf;
            ts.frame = f;
            code = f.code;
            instr = code.instr;
            consts = code.consts;
            names = code.names;
            fast = f.fast;
            sp = f.sp;
            pc = 0;
            if (ts.interrupt) budget = checkInterrupt(budget);
            break;
          }
          f.lasti = lasti;
          const r = callNativeCaught(callable as PyValue, kind, fast, argStart, nargs, kw);
          if (r === FAILED) {
            const e = failure;
            failure = null;
            if (e === BLOCKED) throw e;
            raised = toPyExc(e);
            if (genStats.argWatch !== 0) {
              f.sp = sp - arg - 2;
              dropArguments(f, fast, argStart, argStart + nargs, raised);
            }
            break dispatch;
          }
          sp -= arg + 2;
          if (genStats.argWatch !== 0) {
            f.sp = sp;
            dropArguments(f, fast, argStart, argStart + nargs, r);
          }
          fast[sp++] = r;
          // sys.settrace (or Profiler.enable from a method) takes effect at the next instruction
          if (ts.interrupt) budget = checkInterrupt(budget);
          break;
        }
        case O.CALL_FUNCTION_EX: {
          let kwargs: PyValue | null = null;
          if (arg & 1) kwargs = fast[--sp] as PyValue;
          const callargs = fast[--sp] as PyValue;
          const func = fast[--sp] as PyValue;
          sp--; // NULL
          f.lasti = lasti;
          const nf = callEx(func, callargs, kwargs);
          if (nf !== null) {
            // Run in this loop, as CALL does (a thread's target is called this way: it can then block).
            linkCallee(f, nf, sp, pc);
            f = nf;
            code = f.code;
            instr = code.instr;
            consts = code.consts;
            names = code.names;
            fast = f.fast;
            sp = f.sp;
            pc = 0;
            if (ts.interrupt) budget = checkInterrupt(budget);
            break;
          }
          fast[sp++] = callResult;
          callResult = None;
          if (ts.interrupt) budget = checkInterrupt(budget); // sys.settrace takes effect at the next instruction
          break;
        }
        case O.RETURN_VALUE: {
          let r = fast[--sp] as PyValue;
          f.lasti = lasti; // a finished frame's f_lineno is its return's line
          if (genStats.storeWatch !== 0) frameExit(f, r);
          ts.depth--;
          if (f.gen !== null) f.gen.finish();
          if (f === entry) {
            ts.frame = f.back;
            return r;
          }
          if (f.gen !== null) {
            // A generator resumed by FOR_ITER in this loop is exhausted: FOR_ITER runs again and ends the loop.
            leaveInline(f.gen);
            f = f.back!;
            ts.frame = f;
            code = f.code;
            instr = code.instr;
            consts = code.consts;
            names = code.names;
            fast = f.fast;
            sp = f.sp;
            pc = f.lasti;
            while (pc > 0 && (instr[pc - 1] & 255) === O.EXTENDED_ARG) pc--;
            break;
          }
          const initSelf = f.initSelf;
          const done = f;
          f = f.back!;
          recycle(done);
          ts.frame = f;
          code = f.code;
          instr = code.instr;
          consts = code.consts;
          names = code.names;
          fast = f.fast;
          sp = f.sp;
          pc = f.pc;
          if (initSelf !== null) {
            lasti = f.lasti; // what the hook or the check raises, it raises in the caller
            if (initSelf instanceof ReturnHook) r = initSelf.done(r);
            else {
              if (r !== None) typeError(`__init__() should return None, not '${typeOf(r).tpName}'`);
              r = initSelf;
            }
          }
          fast[sp++] = r;
          break;
        }
        case O.RETURN_GENERATOR: {
          f.pc = pc;
          f.lasti = lasti;
          f.sp = sp;
          const g = new PyGenerator(f);
          f.gen = g;
          if (f !== entry) noteNewGenerator(g, f.back!);
          ts.depth--;
          if (f === entry) {
            ts.frame = f.back;
            return g;
          }
          f = f.back!;
          ts.frame = f;
          code = f.code;
          instr = code.instr;
          consts = code.consts;
          names = code.names;
          fast = f.fast;
          sp = f.sp;
          pc = f.pc;
          fast[sp++] = g;
          break;
        }
        case O.YIELD_VALUE: {
          const v = fast[--sp] as PyValue;
          f.pc = pc;
          f.sp = sp;
          f.lasti = lasti;
          ts.depth--;
          if (f === entry) {
            ts.frame = f.back;
            return v; // resumed by genobject.ts's resume()
          }
          // Resumed by FOR_ITER in this loop: the item goes to the loop (which continues after FOR_ITER).
          leaveInline(f.gen!);
          const caller = f.back!;
          f.back = null; // a suspended generator's frame has no caller (it would keep the caller's frame alive)
          f = caller;
          ts.frame = f;
          code = f.code;
          instr = code.instr;
          consts = code.consts;
          names = code.names;
          fast = f.fast;
          sp = f.sp;
          pc = f.pc;
          fast[sp++] = v;
          break;
        }
        case O.SEND: {
          const v = fast[--sp] as PyValue;
          const recv = fast[sp - 1] as PyValue;
          f.lasti = lasti;
          let r: PyValue;
          let done: boolean;
          if (recv instanceof PyGenerator) {
            r = genSend(recv, v);
            done = recv.lastDone;
          } else {
            const x = v === None ? nextReturningStop(recv) : callMethodReturningStop(recv, 'send', v);
            if (x === undefined) {
              r = lastStopValue;
              done = true;
            } else {
              r = x;
              done = false;
            }
          }
          if (done) {
            if (tracing.active) traceIterEnd(f, lasti, recv, r, v !== None);
            fast[sp - 1] = r;
            pc += arg;
          } else fast[sp++] = r;
          break;
        }
        case O.JUMP_FORWARD:
          pc += arg;
          break;
        case O.JUMP_BACKWARD:
          pc -= arg;
          if (ts.interrupt) budget = interruptAtJump(budget, pc);
          break;
        case O.JUMP_BACKWARD_NO_INTERRUPT:
          pc -= arg;
          break;
        case O.POP_JUMP_FORWARD_IF_FALSE: {
          const v = fast[--sp] as PyValue;
          if (v === false || (v !== true && !truthy(v))) pc += arg;
          break;
        }
        case O.POP_JUMP_FORWARD_IF_TRUE: {
          const v = fast[--sp] as PyValue;
          if (v === true || (v !== false && truthy(v))) pc += arg;
          break;
        }
        case O.POP_JUMP_BACKWARD_IF_FALSE: {
          const v = fast[--sp] as PyValue;
          if (v === false || (v !== true && !truthy(v))) {
            pc -= arg;
            if (ts.interrupt) budget = interruptAtJump(budget, pc);
          }
          break;
        }
        case O.POP_JUMP_BACKWARD_IF_TRUE: {
          const v = fast[--sp] as PyValue;
          if (v === true || (v !== false && truthy(v))) {
            pc -= arg;
            if (ts.interrupt) budget = interruptAtJump(budget, pc);
          }
          break;
        }
        case O.POP_JUMP_FORWARD_IF_NONE:
          if (fast[--sp] === None) pc += arg;
          break;
        case O.POP_JUMP_FORWARD_IF_NOT_NONE:
          if (fast[--sp] !== None) pc += arg;
          break;
        case O.POP_JUMP_BACKWARD_IF_NONE:
          if (fast[--sp] === None) pc -= arg;
          break;
        case O.POP_JUMP_BACKWARD_IF_NOT_NONE:
          if (fast[--sp] !== None) pc -= arg;
          break;
        case O.JUMP_IF_FALSE_OR_POP: {
          const v = fast[sp - 1] as PyValue;
          if (v === false || (v !== true && !truthy(v))) pc += arg;
          else sp--;
          break;
        }
        case O.JUMP_IF_TRUE_OR_POP: {
          const v = fast[sp - 1] as PyValue;
          if (v === true || (v !== false && truthy(v))) pc += arg;
          else sp--;
          break;
        }
        case O.GET_ITER: {
          const v = fast[sp - 1] as PyValue;
          fast[sp - 1] = getIter(v);
          break;
        }
        case Q.FOR_ITER__STORE_FAST:
        case O.FOR_ITER: {
          const it = fast[sp - 1] as PyValue;
          let v: PyValue | undefined;
          if (it instanceof PyRangeIter) {
            if (it.i < it.len) {
              it.i++;
              v = it.cur;
              it.cur += it.step;
            }
          } else if (it instanceof PyListIter) {
            const l = it.list;
            if (it.i < l.length) v = l[it.i++];
            else it.i = EXHAUSTED;
          } else if (it instanceof PyGenerator && canInline(it)) {
            // Run the generator's frame in this loop, like a call (see enterInline in genobject.ts).
            if (++ts.depth > ts.recursionLimit) {
              ts.depth--;
              raise(RecursionError, 'maximum recursion depth exceeded');
            }
            f.sp = sp;
            f.pc = pc;
            f.lasti = lasti;
            const gf = enterInline(it);
            gf.back = f;
            f = gf;
            ts.frame = f;
            code = f.code;
            instr = code.instr;
            consts = code.consts;
            names = code.names;
            fast = f.fast;
            sp = f.sp;
            pc = f.pc;
            break;
          } else {
            f.lasti = lasti;
            ts.forIter = it;
            v = it instanceof PyGenerator ? genNext(it) : iterNext(it);
          }
          if (v === undefined) {
            if (tracing.active) traceIterEnd(f, lasti, it, undefined, false);
            sp--;
            pc += arg;
          } else if (op === Q.FOR_ITER__STORE_FAST && genStats.storeWatch === 0) fast[instr[pc++] >> 8] = v;
          else fast[sp++] = v;
          break;
        }
        case O.BINARY_OP: {
          const b = fast[--sp] as PyValue;
          const a = fast[sp - 1] as PyValue;
          let r: PyValue | undefined;
          if (typeof a === 'number' && typeof b === 'number') {
            switch (arg) {
              case O.NB_ADD:
              case O.NB_INPLACE_ADD:
                r = a + b;
                if (!Number.isSafeInteger(r)) r = intBinop(a, b, arg);
                break;
              case O.NB_SUBTRACT:
              case O.NB_INPLACE_SUBTRACT:
                r = a - b;
                if (!Number.isSafeInteger(r)) r = intBinop(a, b, arg);
                break;
              case O.NB_MULTIPLY:
              case O.NB_INPLACE_MULTIPLY:
                r = a * b;
                if (!Number.isSafeInteger(r) || (r === 0 && (a < 0 || b < 0))) r = intBinop(a, b, arg);
                break;
              default:
                r = intBinop(a, b, arg);
                // int has no @: the general path raises the TypeError.
                if (r === NotImplemented) r = binaryOp(a, b, arg);
            }
          } else if (typeof a === 'string' && typeof b === 'string' && (arg === O.NB_ADD || arg === O.NB_INPLACE_ADD)) {
            // b starting with a low unit may meet a high one ending a: a seam (surrogatestr.ts). (charCodeAt(0) of ''
            // deoptimised runLoop: out of bounds.)
            r = b.length !== 0 && (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? concatLow(a, b) : a + b;
          } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) {
            r = floatOp(code, lasti, a, b, arg);
          } else {
            if (code.freshFloats !== null) code.freshFloats[lasti] = null;
            r = fastBinop(a, b, arg);
            if (r === undefined) {
              f.lasti = lasti;
              r = binaryOp(a, b, arg);
            }
          }
          fast[sp - 1] = r;
          pc += 1;
          break;
        }
        case O.COMPARE_OP: {
          const b = fast[--sp] as PyValue;
          const a = fast[sp - 1] as PyValue;
          let r: PyValue;
          if (typeof a === 'number' && typeof b === 'number') r = ((CMP_BITS >> (arg << 2 | (a < b ? 0 : a === b ? 1 : 2))) & 1) === 1;
          else {
            f.lasti = lasti;
            r = compareGeneric(a, b, arg);
          }
          fast[sp - 1] = r;
          pc += 2;
          break;
        }
        // The comparisons here and in COMPARE_OP are written out, not shared: under bin/typhon's inlining budget
        // run() calls helpers rather than inlining them (with a shared helper, fib took about 8% more CPU, measured
        // on a loaded machine).
        case Q.COMPARE_OP__JUMP: {
          const b = fast[--sp] as PyValue;
          const a = fast[--sp] as PyValue;
          let r: boolean;
          if (typeof a === 'number' && typeof b === 'number') r = ((CMP_BITS >> (arg << 2 | (a < b ? 0 : a === b ? 1 : 2))) & 1) === 1;
          else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) {
            const x = a.value, y = b.value;
            r = ((CMP_BITS >> (arg << 2 | (x < y ? 0 : x > y ? 2 : x === y ? 1 : 3))) & 1) === 1;
          } else {
            f.lasti = lasti;
            const v = compareGeneric(a, b, arg);
            lasti = pc + 2; // the jump's truth test may raise
            r = v === true || (v !== false && truthy(v));
          }
          const jw = instr[pc + 2];
          const jop = jw & 255;
          pc += 3;
          if (r === (jop === O.POP_JUMP_FORWARD_IF_TRUE || jop === O.POP_JUMP_BACKWARD_IF_TRUE)) {
            if (jop < O.POP_JUMP_BACKWARD_IF_NOT_NONE) pc += jw >> 8;
            else {
              pc -= jw >> 8;
              if (ts.interrupt) budget = checkInterrupt(budget);
            }
          }
          break;
        }
        case O.IS_OP: {
          const b = fast[--sp];
          const a = fast[sp - 1];
          fast[sp - 1] = (a === b) !== (arg === 1);
          break;
        }
        case O.CONTAINS_OP: {
          const b = fast[--sp] as PyValue;
          const a = fast[sp - 1] as PyValue;
          f.lasti = lasti;
          fast[sp - 1] = contains(b, a) !== (arg === 1);
          break;
        }
        case O.UNARY_NOT: {
          const v = fast[sp - 1] as PyValue;
          fast[sp - 1] = v === false ? true : v === true ? false : !truthy(v);
          break;
        }
        case O.UNARY_NEGATIVE: {
          const v = fast[sp - 1] as PyValue;
          if (typeof v === 'number' && v !== 0) fast[sp - 1] = -v;
          else fast[sp - 1] = unaryOp(v, '__neg__', '-');
          break;
        }
        case O.BINARY_SUBSCR: {
          const k = fast[--sp] as PyValue;
          const o = fast[sp - 1] as PyValue;
          f.lasti = lasti;
          // A missing key or an int index out of range raises by a break to unwind(), not a JS throw: a throw
          // caught here costs ~2 us, and 30-90 us while V8 runs this loop as baseline code (it maps the
          // machine pc to a bytecode offset by a linear walk of this function's table, twice per throw).
          if (o instanceof PyList && o.cls === listType) {
            // An int index in range: no call (an int is a JS number; the others go through seqItem).
            const items = o.items;
            if (typeof k === 'number' && k >= 0 && k < items.length) fast[sp - 1] = items[k];
            else {
              const v = seqItem(items, k, 'list');
              if (v === null) {
                raised = newException(IndexError, ['list index out of range']);
                break dispatch;
              }
              fast[sp - 1] = v;
            }
          } else if (o instanceof PyTuple && o.cls === tupleType) {
            const v = seqItem(o.items, k, 'tuple');
            if (v === null) {
              raised = newException(IndexError, ['tuple index out of range']);
              break dispatch;
            }
            fast[sp - 1] = v;
          } else if (o instanceof PyDict && o.cls === dictType) {
            const v = o.get(k);
            if (v === undefined) {
              raised = newException(KeyError, [k]); // an exact dict: no __missing__
              break dispatch;
            }
            fast[sp - 1] = v;
          } else if (typeof o === 'string') fast[sp - 1] = strGetItem(o, k);
          else fast[sp - 1] = getItem(o, k);
          pc += 4;
          break;
        }
        case O.STORE_SUBSCR: {
          const k = fast[--sp] as PyValue;
          const o = fast[--sp] as PyValue;
          const v = fast[--sp] as PyValue;
          f.lasti = lasti;
          if (o instanceof PyList && o.cls === listType) {
            const items = o.items;
            if (typeof k === 'number' && k >= 0 && k < items.length) items[k] = v;
            else listSetItem(o, k, v);
          }
          else if (o instanceof PyDict && o.cls === dictType) o.set(k, v);
          else setItem(o, k, v);
          pc += 1;
          break;
        }
        case O.BUILD_TUPLE: {
          const items = new Array<PyValue>(arg);
          sp -= arg;
          for (let i = 0; i < arg; i++) items[i] = fast[sp + i] as PyValue;
          fast[sp++] = newTuple(items);
          break;
        }
        case O.BUILD_LIST: {
          const items = new Array<PyValue>(arg);
          sp -= arg;
          for (let i = 0; i < arg; i++) items[i] = fast[sp + i] as PyValue;
          fast[sp++] = new PyList(items);
          break;
        }
        case O.LIST_APPEND: {
          const v = fast[--sp] as PyValue;
          (fast[sp - arg] as PyList).items.push(v);
          break;
        }
        case O.UNPACK_SEQUENCE: {
          const v = fast[--sp] as PyValue;
          let items: PyValue[];
          if ((v instanceof PyTuple && v.cls === tupleType) || (v instanceof PyList && v.cls === listType)) items = v.items;
          else {
            if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined)
              typeError(`cannot unpack non-iterable ${typeOf(v).tpName} object`);
            items = toArray(v);
          }
          if (items.length !== arg) unpackError(items.length, arg, false);
          for (let i = arg - 1; i >= 0; i--) fast[sp++] = items[i];
          pc += 1;
          break;
        }
        case O.RAISE_VARARGS: {
          let e: PyBaseException;
          if (arg === 0) {
            const top = topmostException();
            if (top === null) raise(RuntimeError_(), 'No active exception to reraise');
            reraising = true;
            e = top;
          } else if (arg === 1) e = doRaise(fast[--sp] as PyValue, null);
          else {
            const cause = fast[--sp] as PyValue;
            e = doRaise(fast[--sp] as PyValue, cause);
          }
          raised = e;
          break dispatch;
        }
        case O.RERAISE: {
          const e = fast[--sp] as PyBaseException;
          if (arg) restoredLasti = fast[sp - arg] as number;
          reraising = true;
          raised = e;
          break dispatch;
        }
        case O.BEFORE_WITH: {
          f.lasti = lasti;
          const nf = enterWith(fast, sp);
          if (nf !== null) {
            // A Python __enter__ runs in this loop (threading's Condition.__enter__ may block), returning onto this stack.
            linkCallee(f, nf, sp, pc);
            f = nf;
            code = f.code;
            instr = code.instr;
            consts = code.consts;
            names = code.names;
            fast = f.fast;
            sp = f.sp;
            pc = 0;
            if (ts.interrupt) budget = checkInterrupt(budget);
            break;
          }
          fast[sp++] = callResult;
          callResult = None;
          break;
        }
        case O.END_ASYNC_FOR: {
          const e = fast[--sp] as PyBaseException;
          if (e.cls.isSubtype(StopAsyncIteration)) {
            sp--;
            ts.excInfo = null;
            break;
          }
          reraising = true;
          raised = e;
          break dispatch;
        }
        default:
          // Rare instructions may call Python code or warn: the frame's line must be this instruction's.
          f.lasti = lasti;
          sp = rareOp(f, op, arg, sp, lasti);
          // `del` let go of an object with __del__: pause after it, for a collection outside the loop (finalize.ts).
          if (eager.requested) budget = 1;
          break;
      }
    }
  } catch (err) {
    if (err === BLOCKED) {
      // A native called by this instruction suspends the thread (threads.ts): park the frame with the
      // call's arguments popped; the scheduler pushes the call's result when the thread goes on.
      f.sp = blockedSp(instr, lasti, sp, fast);
      f.pc = pc;
      f.lasti = lasti;
      return PAUSED;
    }
    return unwind(entry, f, toPyExc(err), lasti, sp, !reraising, restoredLasti >= 0 ? restoredLasti : lasti, budget);
  }
  // Only a `raise` (RAISE_VARARGS, RERAISE) leaves the dispatch loop by a break: unwinding starts here, without a
  // JS throw (~1.5 us each in V8, which computes a message location for every throw).
  return unwind(entry, f, raised!, lasti, sp, !reraising, restoredLasti >= 0 ? restoredLasti : lasti, budget);
}

/** The AttributeError of an attribute not there (loadAttr's undefined), raised by a break to unwind(). */
function missingAttr(o: PyValue, name: string): PyBaseException {
  return noAttribute(o, name).exc;
}

/**
 * Exception unwinding, from frame f (the instruction at lasti raised exc, the stack holds sp values): add a
 * traceback entry for each frame (not for a re-raise in the first), then find a handler in the exception table,
 * popping frames without one. A handler found: its frame is parked at the handler, with `handled` set for run()
 * to enter the loop there again (HANDLED). None up to `entry`: run() throws exc to its caller (UNCAUGHT). Outside runLoop,
 * so that the loop's own compiled code holds no unwinding paths (a first exception after TurboFan compiled the loop
 * deoptimised all of it).
 */
function unwind(entry: Frame, f: Frame, exc: PyBaseException, lasti: number, sp: number, addTb: boolean, pushLasti: number, budget: number): PyValue {
  let code = f.code;
  let fast = f.fast;
  if (!exc.contextSet) {
    exc.contextSet = true;
    const ctx = topmostException();
    if (ctx !== null && ctx !== exc) {
      breakContextCycle(ctx, exc);
      exc.context = ctx;
    }
  }
  for (;;) {
    if (addTb) {
      markEscaped(f);
      exc.traceback = new PyTraceback(exc.traceback, f, lasti, code.lineAt(lasti));
      if (tracing.active) exc = traceException(f, exc, lasti);
    }
    let at = lasti;
    if (jumpUnwindAt >= 0) {
      at = jumpUnwindAt;
      jumpUnwindAt = -1;
    }
    const h = code.handlerFor(at);
    if (h !== null) {
      if (genStats.popWatch !== 0) dropStackRange(fast, code.nlocalsplus + h.depth, sp);
      sp = code.nlocalsplus + h.depth;
      if (h.lasti) fast[sp++] = pushLasti;
      fast[sp++] = exc;
      f.pc = h.target;
      f.sp = sp;
      f.lasti = h.target;
      handled.frame = f;
      handled.budget = budget;
      return HANDLED;
    }
    if (genStats.popWatch !== 0) dropStackRange(fast, code.nlocalsplus, sp);
    f.lasti = pushLasti; // the frame left by the exception: f_lineno is the line that raised (or re-raised)
    if (tracing.active) exc = traceUnwind(f, exc);
    ts.depth--;
    if (f.gen !== null) f.gen.finish();
    if (f === entry) {
      ts.frame = f.back;
      escaping = exc;
      return UNCAUGHT;
    }
    if (f.gen !== null) exc = inlineRaised(f.gen, exc); // a generator resumed by FOR_ITER in this loop
    f = f.back!;
    ts.frame = f;
    code = f.code;
    fast = f.fast;
    sp = f.sp;
    lasti = pushLasti = f.lasti;
    addTb = true;
  }
}

/** BINARY_SUBSCR of an exact list or tuple: the item, or null for an int index out of range (raised by the caller). */
function seqItem(items: PyValue[], k: PyValue, what: string): PyValue | null {
  if (typeof k === 'number') {
    const j = k < 0 ? k + items.length : k;
    return j >= 0 && j < items.length ? items[j] : null;
  }
  return listGetItem(items, k, what);
}

/** DELETE_GLOBAL, DELETE_NAME (exact dict): NameError if absent; a generator dropped so is finalised (genobject.ts). */
function deleteName(f: Frame, d: PyDict, name: string, sp: number, lasti: number): void {
  const old = d.t.delete(name);
  if (old === undefined) nameError(name);
  dropped(f, old.value, sp, lasti);
}

/**
 * A store or delete let go of `old`: a generator dropped so is finalised (genobject.ts), which may run its
 * code, so the frame is parked first (sp, lasti) for what that code sees of it; an object with __del__, or a
 * container that may hold one, asks for a collection (finalize.ts).
 */
function dropped(f: Frame, old: PyValue | null | undefined, sp: number, lasti: number): void {
  if (old instanceof PyGenerator) {
    f.sp = sp;
    f.lasti = lasti;
    dropReference(old);
  } else if (old instanceof PyObject && mayFinalize(old)) {
    f.sp = sp;
    f.lasti = lasti;
    collectAfterDrop(ts.nesting === ts.sliceNesting && ts.sliceBudget > 0);
  }
}

/**
 * The opcodes too rare to keep in runLoop()'s body, which TurboFan compiles anew after every deopt (a
 * run() without them compiles in about half the time). They neither jump nor change frames; the
 * stack pointer comes back.
 */
function rareOp(f: Frame, op: number, arg: number, sp: number, lasti: number): number {
  const code = f.code;
  const fast = f.fast;
  const names = code.names;
  const consts = code.consts;
  switch (op) {
    case O.DELETE_FAST: {
      const old = fast[arg];
      if (old === null) unboundLocal(code, arg);
      fast[arg] = null;
      dropped(f, old, sp, lasti);
      break;
    }
    case O.STORE_GLOBAL: {
      const old = genStats.storeWatch === 0 ? null : f.globals.getStr(names[arg]);
      f.globals.setStr(names[arg], fast[--sp] as PyValue);
      dropped(f, old, sp, lasti);
      break;
    }
    case O.DELETE_GLOBAL:
      deleteName(f, f.globals, names[arg], sp, lasti);
      break;
    case O.LOAD_NAME: {
      // As CPython's: locals and builtins that are not exact dicts through __getitem__ (its errors propagate, a
      // KeyError is a miss), the globals' own entries.
      const name = names[arg];
      const l = f.locals!;
      let v = l.cls === dictType ? l.getStr(name) : tryGetItem(l, name);
      if (v === undefined) v = f.globals.getStr(name);
      if (v === undefined) v = builtinsItem(f.builtins, name);
      if (v === undefined) nameError(name);
      fast[sp++] = v;
      break;
    }
    case O.STORE_NAME: {
      const l = f.locals;
      if (l === null) raise(SystemError, `no locals found when storing '${names[arg]}'`);
      const old = genStats.storeWatch === 0 || l.cls !== dictType ? null : l.getStr(names[arg]);
      if (l.cls === dictType) l.setStr(names[arg], fast[--sp] as PyValue);
      else setItem(l, names[arg], fast[--sp] as PyValue);
      dropped(f, old, sp, lasti);
      break;
    }
    case O.DELETE_NAME: {
      const l = f.locals!;
      if (l.cls !== dictType) {
        // A dict subclass or a mapping's proxy (exec's locals): PyObject_DelItem, KeyError -> NameError.
        try {
          delItem(l, names[arg]);
        } catch (e) {
          if (e instanceof PyException && e.exc.cls.isSubtype(KeyError)) nameError(names[arg]);
          throw e;
        }
        break;
      }
      deleteName(f, l, names[arg], sp, lasti);
      break;
    }
    case O.MAKE_CELL: {
      const v = fast[arg];
      fast[arg] = new PyCell(v);
      break;
    }
    case O.COPY_FREE_VARS: {
      const cl = f.func!.closure!;
      const off = code.nlocalsplus - arg;
      for (let i = 0; i < arg; i++) fast[off + i] = cl[i];
      break;
    }
    case O.LOAD_CLASSDEREF: {
      const name = code.localsplusnames[arg];
      let v = f.locals!.getStr(name);
      if (v === undefined) {
        const c = (fast[arg] as PyCell).ref;
        if (c === null) unboundLocal(code, arg);
        v = c;
      }
      fast[sp++] = v;
      break;
    }
    case O.DELETE_DEREF: {
      const c = fast[arg] as PyCell;
      if (c.ref === null) unboundLocal(code, arg);
      c.ref = null;
      break;
    }
    case O.DELETE_ATTR:
      setAttr(fast[--sp] as PyValue, names[arg], null);
      break;
    case O.GET_YIELD_FROM_ITER: {
      const v = fast[sp - 1] as PyValue;
      if (v instanceof PyGenerator && v.cls === coroutineType) {
        if (!(code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
          typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else if (!(v instanceof PyGenerator && v.cls === generatorType)) fast[sp - 1] = getIter(v);
      break;
    }
    case O.UNARY_POSITIVE:
      fast[sp - 1] = unaryOp(fast[sp - 1] as PyValue, '__pos__', '+');
      break;
    case O.UNARY_INVERT:
      fast[sp - 1] = unaryOp(fast[sp - 1] as PyValue, '__invert__', '~');
      break;
    case O.DELETE_SUBSCR: {
      const k = fast[--sp] as PyValue;
      const o = fast[--sp] as PyValue;
      // `del lst[i]` of an exact list with an index in range: list_ass_item's work, without the lookup of __delitem__.
      if (o instanceof PyList && o.cls === listType && typeof k === 'number' && k >= 0 && k < o.items.length) {
        listShrink(o, o.items.length - 1);
        o.items.splice(k, 1);
      } else delItem(o, k);
      break;
    }
    case O.PUSH_EXC_INFO: {
      const v = fast[sp - 1] as PyValue;
      fast[sp - 1] = ts.excInfo === null ? None : ts.excInfo;
      fast[sp++] = v;
      ts.excInfo = v as PyBaseException;
      break;
    }
    case O.POP_EXCEPT: {
      const v = fast[--sp];
      ts.excInfo = v === None ? null : (v as PyBaseException);
      break;
    }
    case O.CHECK_EXC_MATCH: {
      const t = fast[--sp] as PyValue;
      checkExceptType(t);
      fast[sp++] = excMatches(fast[sp - 2] as PyBaseException, t);
      break;
    }
    case O.CHECK_EG_MATCH: {
      const t = fast[--sp] as PyValue;
      const r = exceptStarMatch(fast[sp - 1] as PyValue, t);
      if (r === null) fast[sp++] = None;
      else {
        fast[sp - 1] = r[1];
        fast[sp++] = r[0];
        ts.excInfo = r[0] as PyBaseException;
      }
      break;
    }
    case O.PREP_RERAISE_STAR: {
      const excs = fast[--sp] as PyList;
      const orig = fast[--sp] as PyValue;
      fast[sp++] = prepReraiseStar(orig, excs.items);
      break;
    }
    case O.ASYNC_GEN_WRAP:
      fast[sp - 1] = new PyAsyncGenWrapped(fast[sp - 1] as PyValue);
      break;
    case O.WITH_EXCEPT_START: {
      const v = fast[sp - 1] as PyBaseException;
      const exit = fast[sp - 4] as PyValue;
      fast[sp++] = call(exit, [v.cls, v, v.traceback === null ? None : v.traceback]);
      break;
    }
    case O.BUILD_SET: {
      const s = new PySet();
      sp -= arg;
      for (let i = 0; i < arg; i++) s.t.set(fast[sp + i] as PyValue, None);
      fast[sp++] = s;
      break;
    }
    case O.BUILD_MAP: {
      const d = new PyDict();
      sp -= 2 * arg;
      for (let i = 0; i < arg; i++) d.set(fast[sp + 2 * i] as PyValue, fast[sp + 2 * i + 1] as PyValue);
      fast[sp++] = d;
      break;
    }
    case O.BUILD_CONST_KEY_MAP: {
      const keys = (fast[--sp] as PyTuple).items;
      const d = new PyDict();
      sp -= arg;
      for (let i = 0; i < arg; i++) d.set(keys[i], fast[sp + i] as PyValue);
      fast[sp++] = d;
      break;
    }
    case O.BUILD_STRING: {
      sp -= arg;
      fast[sp] = concatPieces(fast as PyValue[], sp, sp + arg);
      sp++;
      break;
    }
    case O.BUILD_SLICE: {
      let step: PyValue = None;
      if (arg === 3) step = fast[--sp] as PyValue;
      const stop = fast[--sp] as PyValue;
      const start = fast[sp - 1] as PyValue;
      fast[sp - 1] = new PySlice(start, stop, step);
      break;
    }
    case O.SET_ADD: {
      const v = fast[--sp] as PyValue;
      (fast[sp - arg] as PySet).t.set(v, None);
      break;
    }
    case O.MAP_ADD: {
      const v = fast[--sp] as PyValue;
      const k = fast[--sp] as PyValue;
      (fast[sp - arg] as PyDict).set(k, v);
      break;
    }
    case O.LIST_EXTEND: {
      const v = fast[--sp] as PyValue;
      const l = fast[sp - arg] as PyList;
      if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) {
        const it = v.items;
        const before = l.items.length;
        for (let i = 0; i < it.length; i++) l.items.push(it[i]);
        noteExtend(l, before, -1);
      } else {
        if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined)
          typeError(`Value after * must be an iterable, not ${typeOf(v).tpName}`);
        listExtend(l, v);
      }
      break;
    }
    case O.SET_UPDATE: {
      const v = fast[--sp] as PyValue;
      // set.update's own path: a frozenset operand (a constant display) gives its layout, as in CPython.
      setUpdate((fast[sp - arg] as PySet).t, v);
      break;
    }
    case O.DICT_UPDATE: {
      const v = fast[--sp] as PyValue;
      const d = fast[sp - arg] as PyDict;
      if (!(v instanceof PyDict) && typeOf(v).lookup('keys') === undefined)
        typeError(`'${typeOf(v).tpName}' object is not a mapping`);
      dictMergeFrom(d, v);
      break;
    }
    case O.DICT_MERGE: {
      const v = fast[--sp] as PyValue;
      const d = fast[sp - arg] as PyDict;
      const fn = fast[sp - arg - 2] as PyValue;
      dictMerge(d, v, fn);
      break;
    }
    case O.LIST_TO_TUPLE:
      fast[sp - 1] = newTuple((fast[sp - 1] as PyList).items);
      break;
    case O.UNPACK_EX: {
      const v = fast[--sp] as PyValue;
      if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined)
        typeError(`cannot unpack non-iterable ${typeOf(v).tpName} object`);
      const items = toArray(v);
      const before = arg & 0xff;
      const after = arg >> 8;
      if (items.length < before + after) unpackError(items.length, before + after, true);
      for (let i = after - 1; i >= 0; i--) fast[sp++] = items[items.length - after + i];
      fast[sp++] = new PyList(items.slice(before, items.length - after));
      for (let i = before - 1; i >= 0; i--) fast[sp++] = items[i];
      break;
    }
    case O.FORMAT_VALUE: {
      let spec = '';
      if ((arg & 4) !== 0) spec = fast[--sp] as string;
      let v = fast[sp - 1] as PyValue;
      switch (arg & 3) {
        case 1: v = strValue(v); break;
        case 2: v = repr(v); break;
        case 3: v = asciiRepr(v); break;
      }
      fast[sp - 1] = typeof v === 'string' && spec === '' ? v : v instanceof PySurrogateStr ? formatSurrogate(v, spec) : format(v, spec);
      break;
    }
    case O.MAKE_FUNCTION: {
      const co = fast[--sp] as RtCode;
      const fn = new PyFunction(co, f.globals, f.builtins);
      if (arg & 8) fn.closure = (fast[--sp] as PyTuple).items as PyCell[];
      if (arg & 4) fn.annotations = annotationsDict(fast[--sp] as PyValue);
      if (arg & 2) fn.kwdefaults = fast[--sp] as PyDict;
      if (arg & 1) fn.defaults = (fast[--sp] as PyTuple).items;
      fast[sp++] = fn;
      break;
    }
    case O.LOAD_BUILD_CLASS: {
      const bc = builtinsItem(f.builtins, '__build_class__');
      if (bc === undefined) raise(NameError, '__build_class__ not found');
      fast[sp++] = bc;
      break;
    }
    case O.LOAD_ASSERTION_ERROR:
      fast[sp++] = AssertionError;
      break;
    case O.SETUP_ANNOTATIONS: {
      const l = f.locals!;
      if (l.cls === dictType) {
        if (l.getStr('__annotations__') === undefined) l.setStr('__annotations__', new PyDict());
      } else if (tryGetItem(l, '__annotations__') === undefined) {
        // A mapping of the program's own (exec's locals, a metaclass's __prepare__): through its protocol.
        setItem(l, '__annotations__', new PyDict());
      }
      break;
    }
    case O.GET_LEN:
      fast[sp] = lenOf(fast[sp - 1] as PyValue);
      sp++;
      break;
    case O.IMPORT_NAME: {
      const fromlist = fast[--sp] as PyValue;
      const level = fast[sp - 1] as PyValue;
      f.lasti = lasti;
      // ceval.c's import_name: builtins.__import__ replaced by the program is called instead.
      // (PyDict_GetItemWithError: builtins that are not a dict are a SystemError there.)
      if (f.builtins instanceof ForeignBuiltins) raise(SystemError, 'Objects/dictobject.c:1756: bad argument to internal function');
      const imp = f.builtins.getStr('__import__');
      if (imp === undefined) raise(ImportError, '__import__ not found');
      if (imp !== importFunc) {
        fast[sp - 1] = importThrough(imp, names[arg], f.globals, f.locals, fromlist, level);
        break;
      }
      ts.direct = true; // it may wait for another thread's import of the module (threads.ts)
      const m = importName(names[arg], fromlist, level as number, f.globals);
      fast[sp - 1] = m;
      break;
    }
    case O.IMPORT_FROM: {
      const m = fast[sp - 1] as PyValue;
      fast[sp++] = importFrom(m, names[arg]);
      break;
    }
    case O.IMPORT_STAR: {
      const m = fast[--sp] as PyValue;
      importStar(m, f.locals!);
      break;
    }
    case O.GET_AWAITABLE: {
      f.lasti = lasti;
      fast[sp - 1] = getAwaitable(fast[sp - 1] as PyValue, arg);
      break;
    }
    case O.GET_AITER: {
      const o = fast[sp - 1] as PyValue;
      const ai = typeOf(o).lookup('__aiter__');
      if (ai === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(o).tpName}`);
      const it = callBound(ai, o, []);
      if (typeOf(it).lookup('__anext__') === undefined)
        typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).tpName}`);
      fast[sp - 1] = it;
      break;
    }
    case O.GET_ANEXT: {
      const it = fast[sp - 1] as PyValue;
      const an = typeOf(it).lookup('__anext__');
      if (an === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(it).tpName}`);
      f.lasti = lasti;
      const aw = callBound(an, it, []);
      if (it instanceof PyGenerator && it.cls === asyncGeneratorType) {
        fast[sp++] = aw;
        break;
      }
      try {
        fast[sp++] = getAwaitable(aw, -1);
      } catch (e) {
        // _PyErr_FormatFromCause: the awaitable's error (whatever it is) becomes the cause.
        if (!(e instanceof PyException)) throw e;
        const err = newException(TypeError, [`'async for' received an invalid object from __anext__: ${typeOf(aw).tpName}`]);
        err.cause = err.context = e.exc;
        err.suppressContext = true;
        throw new PyException(err);
      }
      break;
    }
    case O.BEFORE_ASYNC_WITH: {
      const mgr = fast[sp - 1] as PyValue;
      const t = typeOf(mgr);
      const enter = t.lookup('__aenter__');
      const exit = t.lookup('__aexit__');
      if (enter === undefined) typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol`);
      if (exit === undefined) typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      f.lasti = lasti;
      // _PyObject_LookupSpecial binds both (another descriptor's __get__ runs), __aenter__ first.
      const boundEnter = bindDescr(enter, mgr, t);
      fast[sp - 1] = bindDescr(exit, mgr, t);
      // GET_AWAITABLE 1 follows: its error names __aenter__.
      fast[sp++] = call(boundEnter, []);
      break;
    }
    case O.MATCH_MAPPING: {
      const v = fast[sp - 1] as PyValue;
      fast[sp++] = (typeOf(v).flags & TF_MAPPING) !== 0;
      break;
    }
    case O.MATCH_SEQUENCE: {
      const v = fast[sp - 1] as PyValue;
      fast[sp++] = (typeOf(v).flags & TF_SEQUENCE) !== 0;
      break;
    }
    case O.MATCH_KEYS: {
      const keys = (fast[sp - 1] as PyTuple).items;
      const subj = fast[sp - 2] as PyValue;
      f.lasti = lasti;
      fast[sp++] = matchKeys(subj, keys);
      break;
    }
    case O.MATCH_CLASS: {
      const kwn = fast[--sp] as PyTuple;
      const cls = fast[--sp] as PyValue;
      const subj = fast[sp - 1] as PyValue;
      f.lasti = lasti;
      fast[sp - 1] = matchClass(subj, cls, arg, kwn.items as string[]);
      break;
    }
    case O.PRINT_EXPR: {
      const v = fast[--sp] as PyValue;
      const hook = getSysAttr('displayhook');
      if (hook === undefined) raise(RuntimeError_(), 'lost sys.displayhook');
      call(hook, [v]);
      break;
    }
    default:
      raise(SystemError, `unknown opcode ${op} (${O.opname[op] ?? '?'})`);
  }
  return sp;
}

function RuntimeError_(): PyType {
  return RuntimeErrorT;
}
import { RuntimeError as RuntimeErrorT, MemoryError as MemoryErrorT } from '../objects/exceptions.js';

/** COMPARE_OP on anything else (the caller has set f.lasti: rich comparisons may run Python code). */
function compareGeneric(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'string' && typeof b === 'string') {
    // By code point: JS's < compares UTF-16 units, which puts astral characters below U+E000.
    switch (op) {
      case 0: return strCompare(a, b) < 0;
      case 1: return strCompare(a, b) <= 0;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return strCompare(a, b) > 0;
      default: return strCompare(a, b) >= 0;
    }
  }
  const c = compareNumbers(a, b, op);
  return c !== undefined ? c : richCompare(a, b, op);
}

/** STORE_FAST while suspended generators exist: replacing the last reference to one closes it. */
function storeFastWatched(f: Frame, fast: (PyValue | null)[], i: number, sp: number, lasti: number): void {
  const old = fast[i];
  fast[i] = fast[sp - 1];
  dropped(f, old, sp - 1, lasti);
}

function tryGetItem(d: PyValue, k: PyValue): PyValue | undefined {
  try {
    return getItem(d, k);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(KeyError)) return undefined;
    throw e;
  }
}


/** Numeric fast paths beyond number+number: bigints, bools, int/float mixes. */
function fastBinop(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint' || ta === 'boolean') && (tb === 'number' || tb === 'bigint' || tb === 'boolean')) {
    if (ta === 'boolean' && tb === 'boolean' && (op === 1 || op === 7 || op === 12 || op === 14 || op === 20 || op === 25)) return undefined;
    const r = intBinop(a as number | bigint | boolean, b as number | bigint | boolean, op);
    return r === NotImplemented ? undefined : r;
  }
  if (ta === 'string' && (op === 6 || op === 19)) return strPercent(a as string, b);
  let r: PyValue | undefined;
  if (a instanceof PyFloat && a.cls === floatType) {
    if (tb === 'number') r = floatBinop(a.value, b as number, op);
    else if (tb === 'boolean') r = floatBinop(a.value, b ? 1 : 0, op);
  } else if (b instanceof PyFloat && b.cls === floatType) {
    if (ta === 'number') r = floatBinop(a as number, b.value, op);
    else if (ta === 'boolean') r = floatBinop(a ? 1 : 0, b.value, op);
  }
  return r === NotImplemented ? undefined : r;
}

export let lastStopValue: PyValue = None;

/** A coroutine, or a generator made one by types.coroutine (CO_ITERABLE_COROUTINE). */
function isCoroutine(o: PyValue): o is PyGenerator {
  return o instanceof PyGenerator && (o.cls === coroutineType || (o.cls === generatorType && (o.frame.code.flags & CO_ITERABLE_COROUTINE) !== 0));
}

/**
 * GET_AWAITABLE (`where`: 1 after __aenter__, 2 after __aexit__) with _PyCoro_GetAwaitableIter's checks; -1:
 * _PyCoro_GetAwaitableIter alone.
 */
export function getAwaitable(o: PyValue, where: number): PyValue {
  if (isCoroutine(o)) {
    if (where >= 0 && o.cls === coroutineType && coroutineDelegate(o) !== null) raise(RuntimeErrorT, 'coroutine is being awaited already');
    return o;
  }
  const aw = typeOf(o).lookup('__await__');
  if (aw === undefined) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeOf(o).tpName}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeOf(o).tpName}`);
    typeError(`object ${typeOf(o).tpName} can't be used in 'await' expression`);
  }
  const it = callBound(aw, o, []);
  if (isCoroutine(it)) typeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === undefined) typeError(`__await__() returned non-iterator of type '${typeOf(it).tpName}'`);
  return it;
}

function matchKeys(subj: PyValue, keys: PyValue[]): PyValue {
  const out: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of keys) {
    for (const s of seen) if (s === k || richCompare(s, k, 2) === true) raise(ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
    seen.push(k);
    let v: PyValue | undefined;
    if (subj instanceof PyDict && subj.cls === dictType) v = subj.get(k);
    else {
      const sentinel = new PyInstance(objectType);
      const r = call(getAttr(subj, 'get'), [k, sentinel]);
      v = r === sentinel ? undefined : r;
    }
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function matchClass(subj: PyValue, cls: PyValue, npos: number, kwnames: string[]): PyValue {
  if (!(cls instanceof PyType)) typeError('called match pattern must be a class');
  if (!typeOf(subj).isSubtype(cls)) {
    const ic = cls.cls.lookup('__instancecheck__');
    if (ic === undefined || !truthy(callBound(ic, cls, [subj]))) return None;
  }
  const out: PyValue[] = [];
  const seen: string[] = [];
  if (npos > 0) {
    const ma = getAttrOpt(cls, '__match_args__');
    let margs: PyValue[];
    if (ma === undefined) {
      let self = false;
      for (const b of cls.mro) if (!(b.flags & TF_HEAPTYPE) && MATCH_SELF.has(b.name)) self = true;
      if (self && npos === 1) {
        out.push(subj);
        margs = [];
      } else margs = [];
      if (!(self && npos === 1) && npos > 0) typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
    } else {
      if (!(ma instanceof PyTuple)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).tpName})`);
      margs = ma.items;
      if (npos > margs.length) typeError(`${cls.name}() accepts ${margs.length} positional sub-pattern${margs.length === 1 ? '' : 's'} (${npos} given)`);
      for (let i = 0; i < npos; i++) {
        const n = margs[i];
        if (typeof n !== 'string') typeError(`__match_args__ elements must be strings (got ${typeOf(n).tpName})`);
        if (seen.includes(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
        seen.push(n);
        const v = getAttrOpt(subj, n);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of kwnames) {
    if (seen.includes(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
    seen.push(n);
    const v = getAttrOpt(subj, n);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

function callMethodReturningStop(recv: PyValue, name: string, v: PyValue): PyValue | undefined {
  try {
    return call(getAttr(recv, name), [v]);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) {
      lastStopValue = e.exc.value;
      return undefined;
    }
    throw e;
  }
}

/** next(recv) for SEND: the StopIteration's value (the await's result) goes to lastStopValue. */
function nextReturningStop(recv: PyValue): PyValue | undefined {
  if (recv instanceof PyListIter || recv instanceof PyRangeIter) {
    lastStopValue = None;
    return iterNext(recv);
  }
  const f = typeOf(recv).lookup('__next__');
  if (f === undefined) {
    lastStopValue = None;
    return iterNext(recv);
  }
  try {
    return callBound(f, recv, []);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) {
      lastStopValue = e.exc.value;
      return undefined;
    }
    throw e;
  }
}

function genNext(g: PyGenerator): PyValue | undefined {
  const r = genSend(g, None);
  return g.lastDone ? undefined : r;
}

function annotationsDict(v: PyValue): PyValue {
  if (v instanceof PyTuple) {
    const d = new PyDict();
    for (let i = 0; i + 1 < v.items.length; i += 2) d.set(v.items[i], v.items[i + 1]);
    return d;
  }
  return v;
}

export function asciiRepr(v: PyValue): string {
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * CALL of anything but a Python function (run by the loop itself), with the nargs arguments at fast[argStart]:
 * out of runLoop, whose compiled code then holds none of the checks of the argument arrays and callables met here.
 * A method descriptor after LOAD_METHOD (lst.append(x)) gets self and the arguments straight from the stack.
 */
/**
 * What a call out of the eval loop returns when it raised: the exception is in `failure`, for the loop to raise by a
 * break to unwind(). V8 finds a JS exception's handler by walking every frame it crosses, and for runLoop's frame
 * while it runs as baseline code that walk reads its whole offset table (tens of us for each exception caught in
 * cold code); caught here, a native's exception never crosses runLoop's frame.
 */
const FAILED = Symbol('failed') as unknown as PyValue;
let failure: unknown = null;

/** callNative, with a JS exception caught: FAILED, and the exception in `failure`. */
function callNativeCaught(callable: PyValue, kind: number, fast: (PyValue | null)[], argStart: number, nargs: number, kw: string[] | null): PyValue {
  try {
    return callNative(callable, kind, fast, argStart, nargs, kw);
  } catch (e) {
    failure = e;
    return FAILED;
  }
}

/**
 * The `n` arguments at `start` of a value stack as an array: literals for the usual few (allocated inline, packed),
 * where `new Array(n)` was the costliest line of a call of a builtin's method (`d.get(k)`).
 */
function argArray(fast: (PyValue | null)[], start: number, n: number): PyValue[] {
  switch (n) {
    case 0: return [];
    case 1: return [fast[start] as PyValue];
    case 2: return [fast[start] as PyValue, fast[start + 1] as PyValue];
    case 3: return [fast[start] as PyValue, fast[start + 1] as PyValue, fast[start + 2] as PyValue];
  }
  const a: PyValue[] = [];
  for (let i = 0; i < n; i++) a.push(fast[start + i] as PyValue);
  return a;
}

/** CALL of anything but a Python function: `kind` 1 a PyBuiltin, 2 a PyMethodDescr, 3 anything else. */
function callNative(callable: PyValue, kind: number, fast: (PyValue | null)[], argStart: number, nargs: number, kw: string[] | null): PyValue {
  if (kind === 1) {
    const b = callable as PyBuiltin;
    if (kw === null) {
      if (nargs === 1 && b.fast1 !== null) {
        ts.direct = true;
        return b.fast1(fast[argStart] as PyValue);
      }
      if (nargs === 2 && b.fast2 !== null) {
        ts.direct = true;
        return b.fast2(fast[argStart] as PyValue, fast[argStart + 1] as PyValue);
      }
    }
  } else if (kind === 2 && nargs > 0) {
    const d = callable as PyMethodDescr;
    const self = fast[argStart] as PyValue;
    const st = typeOf(self);
    if (st === d.owner || st.isSubtype(d.owner)) {
      const rest = argArray(fast, argStart + 1, nargs - 1);
      ts.direct = true;
      return kw === null && nargs > d.minArgs && nargs <= d.maxArgs + 1 ? d.fast(self, rest, null) : d.fn(self, rest, kw);
    }
  }
  const args = argArray(fast, argStart, nargs);
  ts.direct = true;
  return kind === 1 ? (callable as PyBuiltin).fn(args, kw) : call(callable, args, kw);
}

/** What callEx() or enterWith() got from a call they made (of something other than a Python function). */
let callResult: PyValue = None;

/**
 * CALL_FUNCTION_EX's arguments and call, out of runLoop (whose compiled code then holds no checks of the argument
 * arrays' element kinds): a Python function (or a method of one) gets a frame with the arguments bound, returned
 * for the loop to run; anything else is called here, its result left in callExResult (null returned).
 */
function callEx(func: PyValue, callargs: PyValue, kwargs: PyValue | null): Frame | null {
  if (!(callargs instanceof PyTuple) && typeOf(callargs).lookup('__iter__') === undefined && typeOf(callargs).lookup('__getitem__') === undefined)
    typeError(`${functionStr(func)} argument after * must be an iterable, not ${typeOf(callargs).tpName}`);
  let fn = func;
  const self = fn instanceof PyMethod && fn.func instanceof PyFunction ? fn.self : null;
  const pos = callargs instanceof PyTuple && callargs.cls === tupleType ? callargs.items : toArray(callargs);
  const args: PyValue[] = [];
  if (self !== null) {
    args.push(self);
    fn = (fn as PyMethod).func;
  }
  for (let i = 0; i < pos.length; i++) args.push(pos[i]);
  let kn: string[] | null = null;
  if (kwargs !== null && kwargs instanceof PyDict && kwargs.t.size > 0) {
    kn = [];
    for (const e of kwargs.t.map.values()) {
      // A str subclass's instance names a keyword by its text.
      const k = typeof e.key === 'string' ? e.key : asStr(e.key);
      if (k === undefined) typeError('keywords must be strings');
      kn.push(k);
      args.push(e.value);
    }
  }
  if (fn instanceof PyFunction) {
    const nf = newFrame(fn);
    bindArgs(fn, nf.fast, args, 0, args.length, kn);
    return nf;
  }
  ts.direct = true;
  callResult = fn instanceof PyBuiltin ? fn.fn(args, kn) : call(fn, args, kn);
  return null;
}

/**
 * BEFORE_WITH out of runLoop: the context manager on top of the stack (sp) is replaced by its bound __exit__; a
 * Python __enter__ gets a frame, returned for the loop to run; another is called here (its result in callResult).
 */
function enterWith(fast: (PyValue | null)[], sp: number): Frame | null {
  const mgr = fast[sp - 1] as PyValue;
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined) typeError(`'${t.tpName}' object does not support the context manager protocol`);
  if (exit === undefined) typeError(`'${t.tpName}' object does not support the context manager protocol (missed __exit__ method)`);
  // _PyObject_LookupSpecial binds both (another descriptor's __get__ runs: MagicMock's MagicProxy), __enter__ first.
  const plainEnter = enter instanceof PyFunction || enter instanceof PyMethodDescr;
  const boundEnter = plainEnter ? null : bindDescr(enter, mgr, t);
  fast[sp - 1] = bindDescr(exit, mgr, t);
  if (enter instanceof PyFunction) {
    const nf = newFrame(enter);
    if (enter.code.simpleArgc === 1) nf.fast[0] = mgr;
    else bindArgs(enter, nf.fast, [mgr], 0, 1, null);
    return nf;
  }
  ts.direct = true;
  callResult = enter instanceof PyMethodDescr ? enter.fn(mgr, [], null) : call(boundEnter!, []);
  return null;
}

/** Make `nf` (bound) the running frame, called by `f`, which goes on at `pc` with `sp` (CALL_FUNCTION_EX, BEFORE_WITH). */
function linkCallee(f: Frame, nf: Frame, sp: number, pc: number): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  f.sp = sp;
  f.pc = pc;
  nf.back = f;
  ts.frame = nf;
}

/** The stack depth once the call at `lasti` (CALL, CALL_FUNCTION_EX, BEFORE_WITH, IMPORT_NAME) has popped what it consumes. */
function blockedSp(instr: Uint16Array, lasti: number, sp: number, fast: (PyValue | null)[]): number {
  const word = instr[lasti];
  if ((word & 255) === O.IMPORT_NAME) {
    // Run by rareOp, which popped its own copy of sp: here both operands are still on the stack.
    fast[sp - 1] = fast[sp - 2] = null;
    return sp - 2;
  }
  if ((word & 255) !== O.CALL) return sp; // CALL_FUNCTION_EX and BEFORE_WITH popped before calling
  let arg = word >> 8;
  for (let p = lasti, shift = 8; p > 0 && (instr[p - 1] & 255) === O.EXTENDED_ARG; p--, shift += 8) arg |= (instr[p - 1] >> 8) << shift;
  const to = sp - arg - 2;
  for (let i = to; i < sp; i++) fast[i] = null;
  return to;
}

/** Where unwind() looks for the handler of an exception raised at a backward jump's interrupt check, else -1. */
let jumpUnwindAt = -1;

/**
 * The interrupt check of a backward jump, made after the jump: an exception it raises is looked up in the
 * exception table at the instruction before the jump's target, as CPython 3.11's exception_unwind does
 * (INSTR_OFFSET()-1 after JUMPBY), while the traceback names the jump. A `while True: pass` in a try body
 * jumps to its first instruction, so the try's handler does not see a Ctrl-C there.
 */
function interruptAtJump(budget: number, target: number): number {
  try {
    return checkInterrupt(budget);
  } catch (e) {
    if (e instanceof PyException) jumpUnwindAt = target - 1;
    throw e;
  }
}

/** The eval breaker: pending signals, and trace mode once a trace function is set. Returns the loop's new budget. */
function checkInterrupt(budget: number): number {
  // Signal handlers run in the main thread; another thread runs on until the scheduler switches.
  if (ts.interrupt && ts.mainThread) runPendingSignals();
  return tracing.active ? enterTraceMode(budget) : budget;
}

/** A loop's budget in trace mode (1: every instruction through the slow path), its own slice kept in tracing.slice. */
function enterTraceMode(budget: number): number {
  if (budget > 1) tracing.slice = budget;
  return 1;
}

/**
 * Signals caught and not handled yet: their handlers run in the main thread at its next check (backward
 * jump, call, blocked wait). Until modules/_signal.ts installs its table, SIGINT raises KeyboardInterrupt.
 */
export const signals = {
  pending: [] as number[],
  handle: (signum: number): void => {
    if (signum === 2) raise(KeyboardInterrupt);
  },
  /** signal.set_wakeup_fd's write of the signal's number, as the C handler makes it when the signal arrives. */
  wakeup: null as ((signum: number) => void) | null,
};

/** A signal arrived (SIGINT from the host, _thread.interrupt_main, a signal with a Python handler). */
export function tripSignal(signum: number): void {
  if (signals.wakeup !== null) signals.wakeup(signum);
  if (!signals.pending.includes(signum)) signals.pending.push(signum);
  ts.interrupt = true;
}

/**
 * SIGUSR1's default action, which is to end the process (Python's SIG_DFL): node starts its inspector on it
 * instead, from a handler installed at start-up. A libuv watcher started and stopped leaves SIG_DFL behind
 * (~0.2 ms), before the program runs.
 */
let sigusr1Reset = false;
export function defaultSigusr1(): void {
  if (sigusr1Reset) return;
  sigusr1Reset = true;
  if (process.listenerCount('SIGUSR1') > 0) return; // a Python handler's watcher is there already
  const none = (): void => {};
  process.on('SIGUSR1', none);
  process.off('SIGUSR1', none);
}

/** Run the handlers of the pending signals (PyErr_CheckSignals); one that raises leaves the rest pending. */
export function runPendingSignals(): void {
  ts.interrupt = false;
  const p = signals.pending;
  while (p.length > 0) {
    const n = p.shift()!;
    try {
      signals.handle(n);
    } catch (e) {
      if (p.length > 0 || pendingCalls.length > 0) ts.interrupt = true;
      throw e;
    }
  }
  while (pendingCalls.length > 0) pendingCalls.shift()!();
}

/** Work for the main thread's next check, after the signal handlers (Py_AddPendingCall): the finalisers of collected objects. */
const pendingCalls: (() => void)[] = [];
export function addPendingCall(fn: () => void): void {
  if (!pendingCalls.includes(fn)) pendingCalls.push(fn);
  ts.interrupt = true;
}

/** Hook for sys attributes the loop needs (set by modules/sys.ts). */
export const sysHooks: { getAttr: (name: string) => PyValue | undefined } = { getAttr: () => undefined };
function getSysAttr(name: string): PyValue | undefined {
  return sysHooks.getAttr(name);
}

void [PyInstance, PyRange, emptyTuple, strType, setType, frozensetType, TF_HEAPTYPE, objectType, typeType, TypeError,
  BaseException, ImportError, attributeError, genericGetAttr, getAttrOpt, noAttribute, seqItems, CO_GENERATOR,
  CO_COROUTINE, CO_ASYNC_GENERATOR];

/**
 * Continue a paused outermost loop (run() returned PAUSED) for at most `budget` instructions.
 * Returns PAUSED again, or what `entry` returns; an exception leaving `entry` propagates.
 */
export function resumeFrame(entry: Frame, budget: number): PyValue {
  const saved = ts.sliceBudget;
  const savedNesting = ts.sliceNesting;
  ts.sliceBudget = budget;
  ts.nesting++;
  ts.sliceNesting = ts.nesting;
  renewArrays(ts.frame);
  try {
    return run(entry, ts.frame!);
  } finally {
    ts.nesting--;
    ts.sliceBudget = saved;
    ts.sliceNesting = savedNesting;
  }
}

/** Start running `entry` as the outermost loop for at most `budget` instructions (see resumeFrame). */
export function startFrame(entry: Frame, budget: number): PyValue {
  const saved = ts.sliceBudget;
  const savedNesting = ts.sliceNesting;
  ts.sliceBudget = budget;
  ts.sliceNesting = ts.nesting + 1;
  try {
    return runFrame(entry);
  } finally {
    ts.sliceBudget = saved;
    ts.sliceNesting = savedNesting;
  }
}
