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
// 'call' and 'return'; 'c_call'/'c_return'/'c_exception' for builtins are not sent.
import {
  PyValue, PyDict, PyCell, PyBuiltin, PyMethodDescr, None, newTuple, typeOf, generatorType, builtinFunctionType, TF_HEAPTYPE,
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
  /** The last instruction of the frame seen by traceInstr (CPython's instr_prev; -2: none yet, the frame's lasti). */
  prev = -2;
  /** f_locals of a function's frame: one dict, refreshed from the fast locals on each read. */
  locals: PyDict | null = null;
  /** A builtin the frame is calling, reported by 'c_call' to the profile function ('c_return' is due). */
  cfunc: PyValue | null = null;
}

export const tracing = {
  /** A trace or profile function is set for the running thread: loops run in trace mode. */
  active: false,
  tracer: null as PyValue | null,
  profiler: null as PyValue | null,
  /** Inside a trace or profile function (tstate->tracing): nothing is traced. */
  busy: false,
  /** The event being traced (tstate->tracing_what, whose 0 outside any is PyTrace_CALL; f_lineno may be set only in 'line'). */
  what: 'call',
  /** The outermost loop's instructions left in its slice while it runs in trace mode. */
  slice: 0,
};

function update(): void {
  tracing.active = tracing.tracer !== null || tracing.profiler !== null;
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
  tracing.profiler = fn === None ? null : fn;
  update();
}

registerThreadSlot({
  get: () => [tracing.tracer, tracing.profiler],
  set: (v) => {
    [tracing.tracer, tracing.profiler] = v as [PyValue | null, PyValue | null];
    tracing.active = tracing.tracer !== null || tracing.profiler !== null;
  },
  fresh: () => [null, null],
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

/** profile_trampoline: a profile function that raises is removed. */
function profileEvent(f: Frame, event: string, arg: PyValue): void {
  try {
    callTracer(tracing.profiler!, f, event, arg);
  } catch (e) {
    setProfile(None);
    throw e;
  }
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
  const prev = t.prev === -2 ? before : t.prev;
  t.prev = pc;
  if (t.cfunc !== null) {
    // The builtin called by the previous instruction returned.
    const fn = t.cfunc;
    t.cfunc = null;
    if (tracing.profiler !== null) profileEvent(f, 'c_return', fn);
  }
  if (op === O.RESUME) {
    // trace_function_entry: the profile function first.
    if (tracing.profiler !== null) profileEvent(f, 'call', None);
    if (tracing.tracer !== null) traceEvent(f, t, 'call', None);
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
  else if (op === O.RETURN_VALUE || op === O.YIELD_VALUE) {
    const v = f.fast[sp - 1] as PyValue;
    if (op === O.RETURN_VALUE && f.gen !== null) {
      genReturn.gen = f.gen;
      genReturn.value = v;
    }
    functionExit(f, t, v);
  }
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
  let reported: PyValue;
  if (fn instanceof PyBuiltin && fn.cls === builtinFunctionType) reported = fn;
  else if (fn instanceof PyMethodDescr && self !== null) reported = bindDescr(fn, self, typeOf(self));
  else return;
  profileEvent(f, 'c_call', reported);
  t.cfunc = reported;
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
  if (tracing.profiler !== null) profileEvent(f, 'return', value);
}

/**
 * An exception raised in f (or passing through it) at `lasti`, its traceback entry added: the 'exception'
 * event (call_exc_trace). Returns the exception to go on with: the trace function's own, if it raised.
 */
export function traceException(f: Frame, exc: PyBaseException, lasti: number): PyBaseException {
  if (tracing.busy) return exc;
  const t = frameTrace(f);
  if (t.cfunc !== null) {
    // The builtin being called raised: 'c_exception' first.
    const fn = t.cfunc;
    t.cfunc = null;
    try {
      if (tracing.profiler !== null) profileEvent(f, 'c_exception', fn);
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

