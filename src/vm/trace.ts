// sys.settrace and sys.setprofile (Python/ceval.c's tracing, Python/sysmodule.c's trampolines).
//
// While a trace or profile function is set, every loop runs in trace mode: its instruction budget is
// kept at 1, so each instruction first goes through the loop's slow path, which calls traceInstr()
// here (the outermost loop's real slice goes on in `tracing.slice`); the loop then runs the code
// without superinstructions (RtCode.plainInstr), so that no instruction escapes the check. With no
// tracer the loop pays nothing. Events, as CPython 3.11 sends them:
// - 'call' at a RESUME (a frame starting, or a generator resumed): the global trace function is
//   called, and what it returns (unless None) becomes the frame's f_trace;
// - 'line' before an instruction that starts a line, or that a backward jump reaches (not a SEND),
//   to the frame's f_trace, when it has one and f_trace_lines is set; 'opcode' before every
//   instruction when f_trace_opcodes is set;
// - 'return' before a RETURN_VALUE or YIELD_VALUE (the value), and with None when an exception
//   leaves the frame; 'exception' with (type, value, traceback) when an exception is raised in a
//   frame or passes through it (not for a re-raise).
// A trace function is not traced itself; one that raises is removed (sys.settrace(None)) and its
// exception propagates into the traced code at the traced instruction. The profile function gets
// 'call' and 'return', and 'c_call'/'c_return'/'c_exception' around a CALL (or CALL_FUNCTION_EX) of a
// builtin function or of a method descriptor with its self. A profiler written in JS (_lsprof: what
// CPython installs with _PyEval_SetProfile) gets the same events as a plain function call, with no
// Python call, frame escape or bound method per event (setNativeProfile).
import {
  PyValue, PyDict, PyCell, PyBuiltin, PyMethodDescr, PyTuple, PyList, None, newTuple, typeOf, generatorType, builtinFunctionType, methodDescrType, TF_HEAPTYPE,
} from '../objects/object.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code.js';
import { PyBaseException, PyException, StopIteration, newException } from '../objects/exceptions.js';
import { PyGenerator } from '../objects/genobject.js';
import { call, bindDescr } from '../objects/abstract.js';
import * as O from '../bytecode/opcode.js';
import { Frame, ts, markEscaped, toPyExc } from './ceval.js';
import { registerThreadSlot } from './threadlocal.js';

/** A frame's tracing state (frame.f_trace and friends), made when tracing first touches the frame. */
export class FrameTrace {
  /** f_trace: the local trace function (None: none). */
  fn: PyValue = None;
  lines = true;
  opcodes = false;
  /**
   * The last instruction of the frame seen by traceInstr (CPython's instr_prev; -2: none yet, the frame's lasti),
   * while tracing has not stopped since (`epoch`): the frame ran on untraced after that, from its lasti again.
   */
  prev = -2;
  epoch = 0;
  /** f_locals of a function's frame: one dict, refreshed from the fast locals on each read. */
  locals: PyDict | null = null;
  /** A builtin the frame is calling, reported by 'c_call' to the profile function ('c_return' is due). */
  cfunc: PyValue | null = null;
  /** The self of cfunc when it is a method descriptor not bound for the call (a native profiler's c_call). */
  cself: PyValue | null = null;
  /** The generator's frame resumes by a throw(): its 'call' event comes with the exception (no RESUME runs). */
  thrown = false;
}

/** CPython's PyTrace_* event numbers, as a native profile function receives them. */
export const PROF_CALL = 0, PROF_RETURN = 3, PROF_C_CALL = 4, PROF_C_EXCEPTION = 5, PROF_C_RETURN = 6;
const EVENT_NAMES = ['call', 'exception', 'line', 'return', 'c_call', 'c_exception', 'c_return'];

/**
 * A profile function in JS (Py_tracefunc): `what` a PROF_* event of frame f; for the C events `fn` is the
 * builtin function, or a method descriptor called on `self` (not bound: the profiler binds it if it needs to).
 * It must not throw; nothing it runs (a Python timer) is traced.
 */
export type NativeProfileFunc = (what: number, f: Frame, fn: PyValue | null, self: PyValue | null) => void;

export const tracing = {
  /** A trace or profile function is set for the running thread: loops run in trace mode. */
  active: false,
  tracer: null as PyValue | null,
  /** What sys.getprofile() returns: the Python profile function, or the object of a native one. */
  profiler: null as PyValue | null,
  /** The native profile function (profiler is then its object), or null for a Python one. */
  native: null as NativeProfileFunc | null,
  /** Inside a trace or profile function (tstate->tracing): nothing is traced. */
  busy: false,
  /** The event being traced (tstate->tracing_what, whose 0 outside any is PyTrace_CALL; f_lineno may be set only in 'line'). */
  what: 'call',
  /** The outermost loop's instructions left in its slice while it runs in trace mode. */
  slice: 0,
  /** Counts the times tracing stopped: a frame's FrameTrace.prev from before then is stale. */
  epoch: 0,
};

function update(): void {
  const was = tracing.active;
  tracing.active = tracing.tracer !== null || tracing.profiler !== null;
  if (was && !tracing.active) tracing.epoch++;
  // The eval breaker: the running loop enters trace mode at its next check (after this call returns).
  if (tracing.active) ts.interrupt = true;
}

/** sys.settrace (None: off). Each thread has its own. */
export function setTrace(fn: PyValue): void {
  tracing.tracer = fn === None ? null : fn;
  update();
}

/** sys.setprofile (None: off). */
export function setProfile(fn: PyValue): void {
  setNativeProfile(fn, null);
}

/**
 * _PyEval_SetProfile: `native` called for each event, `obj` what sys.getprofile() returns (None: profiling
 * off). With native null, obj is a Python profile function.
 */
export function setNativeProfile(obj: PyValue, native: NativeProfileFunc | null): void {
  if (obj === None) {
    tracing.profiler = tracing.native = null;
    // The builtins being called return to no profiler (C_TRACE checks for one after the call): no
    // 'c_return' is due, even if profiling starts again before these frames go on.
    for (let f = ts.frame; f !== null; f = f.back) if (f.tr !== null) f.tr.cfunc = f.tr.cself = null;
  } else {
    tracing.profiler = obj;
    tracing.native = native;
  }
  update();
}

registerThreadSlot({
  get: () => [tracing.tracer, tracing.profiler, tracing.native],
  set: (v) => {
    [tracing.tracer, tracing.profiler, tracing.native] = v as [PyValue | null, PyValue | null, NativeProfileFunc | null];
    tracing.active = tracing.tracer !== null || tracing.profiler !== null;
  },
  fresh: () => [null, null, null],
});

/** The frame's tracing state, made on first use. */
export function frameTrace(f: Frame): FrameTrace {
  return f.tr ?? (f.tr = new FrameTrace());
}

/** frame.f_locals and locals() (PyFrame_FastToLocals): the namespace, or for a function the frame's one dict, refreshed. */
export function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals;
  const t = frameTrace(f);
  const d = t.locals ?? (t.locals = new PyDict());
  const code = f.code;
  const names = code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = f.fast[i];
    if (code.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCell) v = v.ref;
    if (v !== null && v !== undefined) d.setStr(names[i], v);
    else d.t.delete(names[i]);
  }
  return d;
}

/** PyFrame_LocalsToFast after a trace function: what it stored in f_locals goes back to the fast locals. */
function localsToFast(f: Frame): void {
  const d = f.tr?.locals;
  if (f.locals !== null || d === null || d === undefined) return;
  const code = f.code;
  const names = code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = d.getStr(names[i]) ?? null;
    const old = f.fast[i];
    if (code.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && old instanceof PyCell) old.ref = v;
    else f.fast[i] = v;
  }
}

/**
 * sys.call_tracing: `f` runs traced even from inside a trace function (pdb's `debug` command runs its
 * recursive debugger so), as _PyEval_CallTracing lifts tstate->tracing for the call.
 */
export function callTracing<T>(f: () => T): T {
  const busy = tracing.busy;
  tracing.busy = false;
  try {
    return f();
  } finally {
    tracing.busy = busy;
  }
}

/** Call a trace or profile function (call_trampoline); clears `busy` again whatever happens. */
function callTracer(fn: PyValue, f: Frame, event: string, arg: PyValue): PyValue {
  markEscaped(f);
  if (f.tr?.locals) frameLocals(f);
  tracing.busy = true;
  const what = tracing.what;
  tracing.what = event;
  try {
    return call(fn, [f, event, arg]);
  } finally {
    tracing.busy = false;
    tracing.what = what;
    localsToFast(f);
  }
}

/**
 * An event for the profile function (PROF_*; arg: a builtin for the C events, a method descriptor then
 * called on self). A Python one is called through profile_trampoline, which removes one that raises.
 */
function profileEvent(f: Frame, what: number, arg: PyValue, self: PyValue | null): void {
  const native = tracing.native;
  if (native !== null) {
    // call_trace: nothing is traced while the profiler runs (its Python timer).
    tracing.busy = true;
    try {
      native(what, f, arg, self);
    } finally {
      tracing.busy = false;
    }
    return;
  }
  if (self !== null) arg = bindDescr(arg, self, typeOf(self));
  try {
    callTracer(tracing.profiler!, f, EVENT_NAMES[what], arg);
  } catch (e) {
    setProfile(None);
    throw e;
  }
}

/** The builtin the frame called returned (c_return) or raised (c_exception). */
function profileCEnd(f: Frame, t: FrameTrace, what: number): void {
  const fn = t.cfunc!;
  const self = t.cself;
  t.cfunc = t.cself = null;
  if (tracing.profiler !== null) profileEvent(f, what, fn, self);
}

/** trace_trampoline: 'call' goes to the global function, the rest to f_trace; a non-None result becomes f_trace. */
function traceEvent(f: Frame, t: FrameTrace, event: string, arg: PyValue): void {
  const fn = event === 'call' ? tracing.tracer! : t.fn;
  if (fn === None) return;
  let r: PyValue;
  try {
    r = callTracer(fn, f, event, arg);
  } catch (e) {
    setTrace(None);
    t.fn = None;
    throw e;
  }
  if (r !== None) t.fn = r;
}

/** _co_firsttraceable: the first RESUME (what comes before it, MAKE_CELL or RETURN_GENERATOR, is never traced). */
function firstTraceable(f: Frame): number {
  let i = f.code.firstTraceable;
  if (i >= 0) return i;
  const raw = f.code.co.code;
  i = 0;
  while (2 * i < raw.length && raw[2 * i] !== O.RESUME) i++;
  return (f.code.firstTraceable = i);
}

/**
 * A loop's slow path in trace mode, before the instruction at pc of f: 0 when the outermost loop's slice
 * is used up (it pauses; the instruction is traced when it resumes), else 1 after tracing it (the loop
 * then goes on at f.pc with f.sp). May raise: the exception then comes from that instruction.
 */
export function traceStep(f: Frame, pc: number, sp: number): number {
  if (ts.nesting === ts.sliceNesting && --tracing.slice <= 0) return 0;
  f.pc = pc;
  f.sp = sp;
  traceInstr(f, pc, sp);
  return 1;
}

/** Before the instruction at pc of frame f runs (f.sp is sp). Sets f.lasti to pc. */
function traceInstr(f: Frame, pc: number, sp: number): void {
  // Until its first traced instruction, the frame's previous one is the last it synchronised (a CALL).
  const before = f.lasti;
  f.lasti = pc;
  if (tracing.busy) return;
  const first = firstTraceable(f);
  if (pc < first) return;
  // The instruction, past its EXTENDED_ARGs (traced as one, as CPython does).
  const raw = f.code.co.code;
  let at = pc;
  let arg = 0;
  while (raw[2 * at] === O.EXTENDED_ARG) arg = (arg | raw[2 * at++ + 1]) << 8;
  const op = raw[2 * at];
  arg |= raw[2 * at + 1];
  const t = frameTrace(f);
  const prev = t.prev === -2 || t.epoch !== tracing.epoch ? before : t.prev;
  t.prev = pc;
  t.epoch = tracing.epoch;
  // The builtin called by the previous instruction returned.
  if (t.cfunc !== null) profileCEnd(f, t, PROF_C_RETURN);
  if (op === O.RESUME) {
    functionEntry(f, t);
    return;
  }
  if (tracing.tracer !== null && t.fn !== None) {
    const code = f.code;
    const line = code.lineAt(pc);
    // The first instruction after RESUME always counts as a new line.
    if (line !== -1 && t.lines && (prev <= first || line !== code.lineAt(prev) || (pc < prev && op !== O.SEND))) {
      traceEvent(f, t, 'line', None);
    }
    if (t.opcodes && t.fn !== None) traceEvent(f, t, 'opcode', None);
  }
  // PRECALL (the loop runs its CALL in the same step) reports the call about to be made.
  if (op === O.PRECALL && tracing.profiler !== null) profileCall(f, t, sp, arg);
  else if (op === O.CALL_FUNCTION_EX && tracing.profiler !== null) profileCallEx(f, t, sp, arg);
  else if (op === O.RETURN_VALUE || op === O.YIELD_VALUE) {
    const v = f.fast[sp - 1] as PyValue;
    if (op === O.RETURN_VALUE && f.gen !== null) {
      genReturn.gen = f.gen;
      genReturn.value = v;
    }
    functionExit(f, t, v);
  }
}

/** trace_function_entry: the 'call' event, to the profile function first. */
function functionEntry(f: Frame, t: FrameTrace): void {
  if (tracing.profiler !== null) profileEvent(f, PROF_CALL, None, null);
  if (tracing.tracer !== null) traceEvent(f, t, 'call', None);
}

/** A generator's frame is about to resume by throw() (TRACE_FUNCTION_THROW_ENTRY): traceException sends its 'call'. */
export function throwEntry(f: Frame): void {
  frameTrace(f).thrown = true;
}

/**
 * trace_call_function: a CALL of a builtin function, or of a method descriptor with its self, is reported
 * to the profile function ('c_call' with the function, the descriptor bound to self).
 */
function profileCall(f: Frame, t: FrameTrace, sp: number, arg: number): void {
  const fast = f.fast;
  let fn = fast[sp - arg - 2];
  let self: PyValue | null = null;
  if (fn !== null) self = fast[sp - arg - 1] as PyValue;
  else {
    fn = fast[sp - arg - 1] as PyValue;
    if (arg > 0) self = fast[sp - arg] as PyValue;
  }
  profileBuiltin(f, t, fn, self);
}

/**
 * do_call_core: CALL_FUNCTION_EX reports a builtin as CALL does, a method descriptor with the first of its
 * positional arguments (when they are a tuple or list already: converting another iterable may fail first).
 */
function profileCallEx(f: Frame, t: FrameTrace, sp: number, arg: number): void {
  const fast = f.fast;
  const fn = fast[sp - 2 - (arg & 1)] as PyValue;
  const args = fast[sp - 1 - (arg & 1)] as PyValue;
  let self: PyValue | null = null;
  if (fn instanceof PyMethodDescr) {
    if (!(args instanceof PyTuple || args instanceof PyList) || args.items.length === 0) return;
    self = args.items[0];
  }
  profileBuiltin(f, t, fn, self);
}

/**
 * 'c_call' for fn if it is a builtin function, or a method descriptor called on self (exactly one: a slot
 * wrapper such as int.__add__ is not reported).
 */
function profileBuiltin(f: Frame, t: FrameTrace, fn: PyValue, self: PyValue | null): void {
  if (fn instanceof PyBuiltin && fn.cls === builtinFunctionType) self = null;
  else if (!(fn instanceof PyMethodDescr && fn.cls === methodDescrType && self !== null)) return;
  else if (tracing.native === null) {
    // A Python profile function sees one bound method object at 'c_call' and 'c_return'.
    fn = bindDescr(fn, self, typeOf(self));
    self = null;
  }
  profileEvent(f, PROF_C_CALL, fn, self);
  t.cfunc = fn;
  t.cself = self;
}

/** What the last generator to finish returned (a FOR_ITER that finds it exhausted reports it, below). */
const genReturn: { gen: PyValue; value: PyValue } = { gen: None, value: None };

/**
 * FOR_ITER (value undefined) or SEND (value: what the iterator returned; sent: a value other than None
 * was sent) found `it` exhausted: the 'exception' event for the StopIteration that CPython's iteration
 * raised there. A generator's next() raises one only for a return value other than None; a coroutine's
 * or any send() always; so does a Python class's __next__ and a native awaitable's (asend, a Future's
 * iterator: those with a send method); a builtin iterator ends without one.
 */
export function traceIterEnd(f: Frame, lasti: number, it: PyValue, value: PyValue | undefined, sent: boolean): void {
  if (tracing.busy || tracing.tracer === null) return;
  if (it instanceof PyGenerator) {
    if (value === undefined) value = genReturn.gen === it ? genReturn.value : None;
    genReturn.gen = None;
    if (value === None && !sent && it.cls === generatorType) return;
  } else {
    const t = typeOf(it);
    if (!(t.flags & TF_HEAPTYPE) && (value === undefined || t.lookup('send') === undefined)) return;
  }
  const exc = newException(StopIteration, value === undefined || value === None ? [] : [value]);
  const r = traceException(f, exc, lasti);
  if (r !== exc) throw new PyException(r);
}

function functionExit(f: Frame, t: FrameTrace, value: PyValue): void {
  if (tracing.tracer !== null) traceEvent(f, t, 'return', value);
  if (tracing.profiler !== null) profileEvent(f, PROF_RETURN, value, null);
}

/**
 * An exception raised in f (or passing through it) at `lasti`, its traceback entry added: the 'exception'
 * event (call_exc_trace). Returns the exception to go on with: the trace function's own, if it raised.
 */
export function traceException(f: Frame, exc: PyBaseException, lasti: number): PyBaseException {
  const t = frameTrace(f);
  const thrown = t.thrown;
  t.thrown = false;
  if (tracing.busy) return exc;
  if (thrown) {
    try {
      functionEntry(f, t);
    } catch (e) {
      return toPyExc(e);
    }
  }
  if (t.cfunc !== null) {
    // The builtin being called raised: 'c_exception' first.
    try {
      profileCEnd(f, t, PROF_C_EXCEPTION);
    } catch (e) {
      return toPyExc(e);
    }
  }
  if (tracing.tracer === null) return exc;
  if (t.fn === None) return exc;
  f.lasti = lasti;
  try {
    traceEvent(f, t, 'exception', newTuple([exc.cls, exc, exc.traceback ?? None]));
  } catch (e) {
    return toPyExc(e);
  }
  return exc;
}

/** The exception leaves f (no handler): the 'return' event with None. Returns the exception to go on with. */
export function traceUnwind(f: Frame, exc: PyBaseException): PyBaseException {
  if (tracing.busy) return exc;
  try {
    functionExit(f, frameTrace(f), None);
  } catch (e) {
    return toPyExc(e);
  }
  return exc;
}

