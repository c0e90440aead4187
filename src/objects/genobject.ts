// Generators (Objects/genobject.c): a generator owns its frame; each resumption runs that frame
// as an entry frame until it yields (YIELD_VALUE leaves the loop) or returns.
import { writeUnraisable as writeUnraisableExc } from '../modules/sys.js';
import { registerThreadSlot } from '../vm/threadlocal.js';
import { PyObject, PyValue, PyTuple, PyCell, PyNativeIter, TF_HEAPTYPE, None, generatorType, coroutineType, defineMethods, defineGetters, PyType, typeType as typeTypeT, objectType as objectTypeT } from './object.js';
import {
  PyBaseException, PyException, newException, typeError, raise, StopIteration, RuntimeError, ValueError, GeneratorExit,
  isExcType, StopAsyncIteration, PyTraceback, exceptionTypes,
} from './exceptions.js';
import type { Frame } from '../vm/ceval.js';
import { runFrame, ts, markEscaped, makeExc, toPyExc as toPyExcT, Frame as FrameT, breakContextCycle, getAwaitable } from '../vm/ceval.js';
import { RtCode } from '../vm/code.js';
import { tracing, throwEntry } from '../vm/trace.js';
import { importHooks, loadModule } from '../vm/import.js';
import { warn } from '../modules/_warnings.js';
import { otherThreadRoots } from '../vm/threads.js';
import { tbHooks } from '../vm/traceback.js';
import { call, idOf, getAttrOpt, lookupAttr, callBound as callBoundT, getAttr as getAttrT, repr as reprT, iterHooks } from './abstract.js';
import { typeOf as typeOfT } from './object.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';

export const asyncGeneratorType = new PyType(typeTypeT, 'async_generator', [objectTypeT], 0);
asyncGeneratorType.mro = [asyncGeneratorType, objectTypeT];

let genSeq = 0;
/**
 * Suspended generators whose code has exception handlers (closing them runs Python code): the
 * candidates for finalisation. Strong references: an abandoned one stays until closed at exit.
 */
const suspended = new Set<PyGenerator>();
/**
 * Gates for the eval loop's checks: `popWatch` counts live loop-owned generators and never-awaited
 * coroutines (a stack drop of one matters), `storeWatch` registered generators and never-awaited
 * coroutines (overwriting a reference to one matters). Zero: the checks are skipped.
 */
export const genStats = { popWatch: 0, storeWatch: 0, argWatch: 0 };
/** Coroutines not started yet: warned about when dropped, or at exit (CPython's RuntimeWarning). */
const unawaited = new Set<PyGenerator>();

/** sys.set_coroutine_origin_tracking_depth: how many frames a new coroutine's cr_origin records. */
export const coroutineOrigins = { depth: 0 };

/** compute_cr_origin: (filename, line, function name) of the creating frame and its callers, innermost first. */
function originOf(f: Frame | null, depth: number): PyTuple {
  const items: PyValue[] = [];
  for (; f !== null && items.length < depth; f = f.back) {
    const l = f.lineno;
    items.push(new PyTuple([f.code.filename, l < 0 ? None : l, f.code.name]));
  }
  return new PyTuple(items);
}

export class PyGenerator extends PyObject {
  declare running: boolean;
  declare finished: boolean;
  declare started: boolean;
  /** Whether the last genSend finished the generator (its result is then the return value). */
  declare lastDone: boolean;
  declare excState: PyBaseException | null;
  /** Async generators: an asend/athrow is in progress (ag_running), and aclose()/exhaustion happened (ag_closed). */
  declare runningAsync: boolean;
  declare agClosed: boolean;
  /** Creation order (finalisation at exit follows it, as CPython's gc does). */
  declare seq: number;
  /** In `suspended` (see finalisation below). */
  declare registered: boolean;
  /** Created for a for loop's GET_ITER: only that loop's stack slot refers to it. */
  declare loopOwned: boolean;
  /** Created as the last argument of a call (`any(gen())`): dies with that call unless the callee keeps it. */
  declare argOwned: boolean;
  /** The frame that called the generator function (identity only: checked when that frame returns). */
  declare creator: Frame | null;
  /** A coroutine never started nor closed (see `unawaited`). */
  declare unawaited: boolean;
  /** __name__/__qualname__ (assignable; the code's names until then). */
  declare name: string;
  declare qualname: string;
  /** A coroutine's cr_origin: where it was created, while origin tracking is on (else None). */
  declare origin: PyValue;
  constructor(public frame: Frame) {
    const fl = frame.code.flags;
    super(fl & CO_COROUTINE ? coroutineType : fl & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType);
    this.running = false;
    this.finished = false;
    this.started = false;
    this.lastDone = false;
    this.excState = null;
    this.runningAsync = false;
    this.agClosed = false;
    this.seq = ++genSeq;
    this.registered = false;
    this.loopOwned = false;
    this.argOwned = false;
    this.creator = null;
    // The function's names as they are when it is called (gen_new_with_qualname takes func_name/func_qualname).
    this.name = frame.func !== null ? frame.func.name : frame.code.name;
    this.qualname = frame.func !== null ? frame.func.qualname : frame.code.qualname;
    this.unawaited = this.cls === coroutineType;
    this.origin = this.unawaited && coroutineOrigins.depth > 0 ? originOf(frame.back, coroutineOrigins.depth) : None;
    if (this.unawaited) {
      unawaited.add(this);
      genStats.popWatch++;
      genStats.storeWatch++;
    }
  }
  finish(): void {
    this.finished = true;
    if (this.registered) {
      this.registered = false;
      suspended.delete(this);
      genStats.storeWatch--;
    }
    if (this.loopOwned) {
      this.loopOwned = false;
      genStats.popWatch--;
    }
    if (this.argOwned) {
      this.argOwned = false;
      genStats.argWatch--;
    }
    if (this.unawaited) this.awaited();
  }
  /** The coroutine started or was closed: no "never awaited" warning. */
  awaited(): void {
    this.unawaited = false;
    unawaited.delete(this);
    genStats.popWatch--;
    genStats.storeWatch--;
  }
  get kind(): string {
    return this.cls === coroutineType ? 'coroutine' : this.cls === asyncGeneratorType ? 'async generator' : 'generator';
  }
}

/**
 * The handled exceptions of the frames that resumed the running generators, innermost last: with
 * ts.excInfo (the running generator's own state) this is CPython's exc_info chain.
 */
let outerExc: (PyBaseException | null)[] = [];
registerThreadSlot({
  get: () => outerExc,
  set: (v) => {
    outerExc = v as (PyBaseException | null)[];
  },
  fresh: () => [],
});

/** _PyErr_GetTopmostException: what sys.exc_info(), a bare raise and __context__ see. */
export function topmostException(): PyBaseException | null {
  if (ts.excInfo !== null) return ts.excInfo;
  for (let i = outerExc.length - 1; i >= 0; i--) if (outerExc[i] !== null) return outerExc[i];
  return null;
}

function resume(g: PyGenerator, v: PyValue | null, exc: PyBaseException | null): PyValue {
  if (g.running) raise(ValueError, `${g.kind} already executing`);
  if (g.finished) {
    g.lastDone = true;
    // gen_send_ex2: an exhausted coroutine says so, also to a throw() (close() never comes here).
    if (g.cls === coroutineType) raise(RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== null) throw new PyException(exc);
    return None;
  }
  const f = g.frame;
  if (!g.started && v !== null && v !== None && exc === null)
    typeError(`can't send non-None value to a just-started ${g.kind}`);
  g.started = true;
  if (g.unawaited) g.awaited();
  if (exc !== null) {
    // _PyErr_ChainStackItem: an exception thrown into a generator that is handling one takes that one as its
    // context, even if it was raised before (by the delegate of a `yield from`).
    const ctx = g.excState;
    if (ctx !== null && ctx !== exc) {
      breakContextCycle(ctx, exc);
      exc.context = ctx;
      exc.contextSet = true;
    }
    f.pendingExc = exc;
    if (tracing.active) throwEntry(f);
  } else f.fast[f.sp++] = v === null ? None : v;
  const saved = ts.excInfo;
  outerExc.push(saved);
  ts.excInfo = g.excState;
  g.running = true;
  try {
    const r = runFrame(f);
    // Suspended, the frame has no caller (its link would keep the caller's frame, and what that holds, alive).
    if (!g.finished) f.back = null;
    g.lastDone = g.finished;
    if (!g.finished && !g.registered && f.code.excTable.length > 0) {
      g.registered = true;
      suspended.add(g);
      genStats.storeWatch++;
    }
    return r;
  } catch (e) {
    g.finish();
    g.lastDone = true;
    const stopAsync = g.cls === asyncGeneratorType && e instanceof PyException && e.exc.cls.isSubtype(StopAsyncIteration);
    if (e instanceof PyException && (e.exc.cls.isSubtype(StopIteration) || stopAsync)) {
      const re = newException(RuntimeError, [`${g.kind} raised ${stopAsync ? 'StopAsyncIteration' : 'StopIteration'}`]);
      re.cause = e.exc;
      re.context = e.exc;
      re.suppressContext = true;
      throw new PyException(re);
    }
    throw e;
  } finally {
    g.running = false;
    g.excState = ts.excInfo;
    ts.excInfo = saved;
    outerExc.pop();
  }
}

// Generators resumed inside the running loop. A for loop over a plain generator does not call
// resume() (one nested JS run() per item: a third of generator-heavy programs' time): FOR_ITER
// pushes the generator's frame like a call (enterInline), YIELD_VALUE and RETURN_VALUE pop back to the
// loop (leaveInline), and an exception leaving the frame goes through inlineRaised. Together they do
// what resume() does around runFrame.

/** Whether FOR_ITER may run g's frame in its own loop: a plain generator, not running nor finished. */
export function canInline(g: PyGenerator): boolean {
  return g.cls === generatorType && !g.running && !g.finished;
}

/** Start or resume g for the next item: its frame gets None as the sent value; the caller pushes the frame. */
export function enterInline(g: PyGenerator): Frame {
  const f = g.frame;
  g.started = true;
  f.fast[f.sp++] = None;
  outerExc.push(ts.excInfo);
  ts.excInfo = g.excState;
  g.running = true;
  return f;
}

/** g's frame yielded or returned (then it is finished already). */
export function leaveInline(g: PyGenerator): void {
  g.running = false;
  g.lastDone = g.finished;
  if (!g.finished && !g.registered && g.frame.code.excTable.length > 0) {
    g.registered = true;
    suspended.add(g);
    genStats.storeWatch++;
  }
  g.excState = ts.excInfo;
  ts.excInfo = outerExc.pop()!;
}

/** An exception leaves g's frame: what the loop sees instead (PEP 479: StopIteration becomes RuntimeError). */
export function inlineRaised(g: PyGenerator, exc: PyBaseException): PyBaseException {
  g.finish();
  g.lastDone = true;
  g.running = false;
  g.excState = ts.excInfo;
  ts.excInfo = outerExc.pop()!;
  if (!exc.cls.isSubtype(StopIteration)) return exc;
  const re = newException(RuntimeError, ['generator raised StopIteration']);
  re.cause = exc;
  re.context = exc;
  re.suppressContext = true;
  return re;
}

/** send(v): the yielded value, or the return value with g.lastDone set. */
export function genSend(g: PyGenerator, v: PyValue): PyValue {
  return resume(g, v, null);
}

/** gen_iternext for next(): the item, or StopIteration carrying what g returned. */
export function genNextRaising(g: PyGenerator): PyValue {
  const r = resume(g, null, null);
  if (g.lastDone) stop(g, r);
  return r;
}

/**
 * next(g) for native code consuming a plain generator (sum, list, join... through iterNext): the item, or
 * undefined when it is done, without the lookup of __next__ and the StopIteration that would end it.
 */
export function genNext(g: PyGenerator): PyValue | undefined {
  const r = resume(g, null, null);
  return g.lastDone ? undefined : r;
}

function stop(g: PyGenerator, r: PyValue): never {
  // An async generator that returns ends with StopAsyncIteration (gen_send_ex).
  if (g.cls === asyncGeneratorType) raise(StopAsyncIteration);
  const e = newException(StopIteration, r === None ? [] : [r]);
  e.value = r;
  throw new PyException(e);
}

/** The sub-iterator a suspended `yield from`/`await` delegates to (_PyGen_yf), or null. */
export function delegate(g: PyGenerator): PyValue | null {
  // Running, its saved position is stale: it delegates to nothing right now.
  if (!g.started || g.finished || g.running) return null;
  const f = g.frame;
  const w = f.code.instr[f.pc];
  if ((w & 255) !== 151 /* RESUME */ || w >> 8 < 2) return null;
  return f.fast[f.sp - 1];
}

/** After the delegate finished by raising: pop it and continue after the SEND loop. */
function leaveSendLoop(g: PyGenerator): void {
  const f = g.frame;
  f.sp--;
  const jump = f.code.instr[f.lasti - 1] >> 8; // SEND's delta, relative to YIELD_VALUE's position
  f.lasti = f.lasti + jump - 1;
  f.pc = f.lasti + 1;
}

export function genThrow(g: PyGenerator, args: PyValue[]): PyValue {
  checkThrowArgs(args);
  const yf = delegate(g);
  if (yf !== null) {
    const t0 = args[0];
    const isGenExit = (t0 instanceof PyType && t0.isSubtype(GeneratorExit)) || (t0 instanceof PyBaseException && t0.cls.isSubtype(GeneratorExit));
    if (isGenExit) {
      // gen_close_iter: a lookup of close that fails is unraisable; a close that fails is thrown into this generator.
      g.running = true;
      let failed: PyException | null = null;
      try {
        if (yf instanceof PyGenerator) genClose(yf);
        else {
          let close: PyValue | undefined;
          try {
            close = lookupAttr(yf, 'close');
          } catch (e) {
            if (!(e instanceof PyException)) throw e;
            writeUnraisable(e, yf);
          }
          if (close !== undefined) call(close, []);
        }
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        failed = e;
      } finally {
        g.running = false;
      }
      if (failed !== null) {
        leaveSendLoop(g);
        const v = resume(g, null, failed.exc);
        if (g.lastDone) stop(g, v);
        return v;
      }
    } else {
      let r: PyValue;
      g.running = true;
      try {
        if (yf instanceof PyGenerator) {
          // _gen_throw: the delegating generator's frame is the current one while its delegate handles the
          // throw (tracebacks and sys._getframe() see both).
          const prev = ts.frame;
          const back = g.frame.back;
          g.frame.back = prev;
          ts.frame = g.frame;
          try {
            r = genThrow(yf, args);
          } finally {
            ts.frame = prev;
            g.frame.back = back;
          }
        } else {
          // _gen_throw: an error looking the method up leaves this generator as it is (only the call's is thrown in).
          let th: PyValue | undefined;
          try {
            th = lookupAttr(yf, 'throw');
          } catch (e) {
            throw new LookupFailed(e);
          }
          if (th === undefined) throw new NoThrow();
          r = call(th, args);
        }
        g.running = false;
        return r;
      } catch (e) {
        g.running = false;
        if (e instanceof NoThrow) {
          // fall through: raise in the generator itself
        } else if (e instanceof LookupFailed) {
          throw e.error;
        } else if (e instanceof PyException) {
          leaveSendLoop(g);
          if (e.exc.cls.isSubtype(StopIteration)) {
            const v = resume(g, e.exc.value, null);
            if (g.lastDone) stop(g, v);
            return v;
          }
          const v = resume(g, null, e.exc);
          if (g.lastDone) stop(g, v);
          return v;
        } else throw e;
      }
    }
  }
  const r = resume(g, null, thrownException(args));
  if (g.lastDone) stop(g, r);
  return r;
}

class NoThrow {}
class LookupFailed {
  constructor(readonly error: unknown) {}
}

/** throw(typ[, val[, tb]])'s exception, normalised as _gen_throw does. */
function thrownException(args: PyValue[]): PyBaseException {
  const typ = args[0];
  const val = args.length > 1 ? args[1] : None;
  let tb = args.length > 2 && args[2] !== None ? args[2] : null;
  if (tb !== null && !(tb instanceof PyTraceback)) typeError('throw() third argument must be a traceback object');
  let exc: PyBaseException;
  if (isExcType(typ)) {
    if (val instanceof PyBaseException && val.cls.isSubtype(typ)) exc = val;
    else {
      // Made inside the generator (_gen_throw normalises lazily): an error doing so is what it receives.
      try {
        const e = val === None ? call(typ, []) : val instanceof PyTuple ? call(typ, val.items) : call(typ, [val]);
        if (!(e instanceof PyBaseException)) typeError(`calling ${reprT(typ)} should have returned an instance of BaseException, not ${typeOfT(e).name}`);
        exc = e;
      } catch (err) {
        if (!(err instanceof PyException)) throw err;
        exc = err.exc;
      }
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== None) typeError('instance exception may not have a separate value');
    exc = typ;
    if (tb === null) tb = exc.traceback;
  } else typeError('exceptions must be classes or instances deriving from BaseException, not ' + typeOfT(typ).name);
  if (tb !== null) exc.traceback = tb as PyTraceback;
  return exc;
}

function checkThrowArgs(args: PyValue[]): void {
  if (args.length < 1) typeError(`throw expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) typeError(`throw expected at most 3 arguments, got ${args.length}`);
}

const coroutineWrapperType = new PyType(typeTypeT, 'coroutine_wrapper', [objectTypeT], 0);
coroutineWrapperType.mro = [coroutineWrapperType, objectTypeT];
class PyCoroWrapper extends PyObject {
  constructor(public readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}

function genClose(g: PyGenerator): PyValue {
  if (g.finished || !g.started) {
    g.finish();
    return None;
  }
  try {
    genThrow(g, [GeneratorExit]);
  } catch (e) {
    if (e instanceof PyException && (e.exc.cls.isSubtype(GeneratorExit) || e.exc.cls.isSubtype(StopIteration))) return None;
    throw e;
  }
  if (!g.finished) raise(RuntimeError, `${g.kind} ignored GeneratorExit`);
  return None;
}

// ---------------------------------------------------------------------------
// Finalisation. CPython closes a generator when its last reference goes (reference counting) and,
// at exit, every remaining one in creation order (the final gc). JS cannot see references, so:
// - a generator made for a for loop (`for x in gen():`) is referenced by that loop's stack slot
//   only: it is closed when the loop drops it by break/return (POP_TOP) or by an exception
//   unwinding past the loop;
// - `del name` of a suspended generator closes it when no reference is left, found by a walk of
//   everything reachable from the modules, the frame stack and the exception being handled;
// - at exit, every generator still suspended in a try block is closed, oldest first.
// Exceptions raised while closing are reported as CPython's "Exception ignored in" messages.

/** RETURN_GENERATOR: mark g owned by the caller's (async) for loop when the caller goes straight to GET_ITER/GET_AITER. */
export function noteNewGenerator(g: PyGenerator, caller: Frame): void {
  g.creator = caller;
  markEscaped(caller); // compared by identity in frameExit: must not be recycled for another call
  const next = caller.code.instr[caller.pc] & 255;
  if (next === 68 /* GET_ITER */ || (next === 50 /* GET_AITER */ && g.cls === asyncGeneratorType)) {
    g.loopOwned = true;
    genStats.popWatch++;
  } else if ((next === 166 /* PRECALL */ || next === 171 /* CALL */) && g.cls === generatorType) {
    g.argOwned = true;
    genStats.argWatch++;
  }
}

/**
 * A call of native code returned `r` (f's stack already without its arguments): a generator made to be its last
 * argument is closed, as CPython's reference count closes it then, when closing runs code and nothing reachable
 * (the result included) holds it: `next(gen())`, `any(x for x in lines())`.
 */
export function dropArguments(f: Frame, args: (PyValue | null)[], from: number, to: number, r: PyValue): void {
  for (let i = from; i < to; i++) {
    const v = args[i];
    if (!(v instanceof PyGenerator) || !v.argOwned || v.creator !== f) continue;
    v.argOwned = false;
    genStats.argWatch--;
    if (!v.running && closeRunsCode(v, 0) && !reachable(v, null, r)) finalize(v);
  }
}

/** POP_TOP and unwinding: a loop drops its iterator; close it if it is a loop-owned generator. */
export function dropIterator(v: PyValue | null): void {
  if (!(v instanceof PyGenerator)) return;
  if (v.loopOwned) {
    v.loopOwned = false;
    genStats.popWatch--;
    finalize(v);
  } else if (v.unawaited) dropReference(v);
}

/** Stack slots [from, to) of a frame are discarded (exception unwinding). */
export function dropStackRange(fast: (PyValue | null)[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const v = fast[i];
    if (v instanceof PyGenerator && (v.loopOwned || v.unawaited)) dropIterator(v);
  }
}

/** DELETE_FAST/NAME/GLOBAL removed a reference to v: close v if it was the last one. */
export function dropReference(v: PyValue | null): void {
  if (!(v instanceof PyGenerator) || v.running) return;
  if (v.unawaited) {
    if (!reachable(v)) warnNeverAwaited(v, ts.frame);
    return;
  }
  if (!closeRunsCode(v, 0)) return;
  if (!reachable(v)) finalize(v);
}

/** The warnings shown at exit (sys:1), once each as the default filter would. */
const warnedAtExit = new Set<string>();

/**
 * _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(c) at the line `at` runs (so the filters,
 * `-W error` and assertWarns see it), else _warnings' own warn; a warning that raises is unraisable. At exit
 * (no frame), CPython's fallback text at sys:1.
 */
function warnNeverAwaited(c: PyGenerator, at: Frame | null, close = true): void {
  c.awaited();
  if (close) c.finish();
  const msg = `coroutine '${c.qualname}' was never awaited`;
  if (at === null) {
    if (warnedAtExit.has(msg)) return;
    warnedAtExit.add(msg);
    tbHooks.write(`sys:1: RuntimeWarning: ${msg}\n`);
    return;
  }
  const saved = ts.frame;
  ts.frame = at;
  try {
    const runtimeWarning = exceptionTypes.get('RuntimeWarning')!;
    let warned = false;
    try {
      call(getAttrT(loadModule('warnings'), '_warn_unawaited_coroutine'), [c]);
      warned = true;
    } catch (e) {
      warned = toPyExcT(e).cls.isSubtype(runtimeWarning);
      writeUnraisable(e, c);
    }
    if (!warned) {
      try {
        warn(msg, runtimeWarning, 1, c);
      } catch (e) {
        writeUnraisable(e, c);
      }
    }
  } finally {
    ts.frame = saved;
  }
}

/** Whether closing g is observable: it is suspended in a try block, or holds such a generator. */
function closeRunsCode(g: PyGenerator, depth: number): boolean {
  if (g.registered) return true;
  if (!g.started || g.finished || depth > 8) return false;
  const f = g.frame;
  for (let i = 0; i < f.sp; i++) {
    const x = f.fast[i];
    if (x instanceof PyGenerator && x !== g && closeRunsCode(x, depth + 1)) return true;
  }
  return false;
}

/**
 * RETURN_VALUE of f (called when suspended generators exist): a generator f created and still
 * holds in a local dies with f unless it is referenced elsewhere (or is the return value r).
 */
export function frameExit(f: Frame, r: PyValue): void {
  const n = f.code.nlocalsplus;
  for (let i = 0; i < n; i++) {
    let v = f.fast[i];
    if (v instanceof PyCell) v = v.ref;
    if (v instanceof PyGenerator && v.creator === f && !v.running && (v.unawaited || closeRunsCode(v, 0))) {
      v.creator = null;
      if (reachable(v, f, r)) continue;
      if (v.unawaited) warnNeverAwaited(v, f.back);
      else finalize(v);
    }
  }
}

/** Close g as its finaliser does, reporting a failure as unraisable. */
function finalize(g: PyGenerator): void {
  if (g.finished || !g.started || g.running) return;
  try {
    const fin = g.cls === asyncGeneratorType ? agFinalizers.get(g) : undefined;
    if (fin !== undefined && fin !== null) {
      agFinalizers.set(g, null);
      call(fin, [g]);
      return;
    }
    genClose(g);
  } catch (e) {
    writeUnraisable(e, g);
  }
}

/**
 * _PyGen_Finalize, for frame.clear() of a generator's frame: a coroutine never started warns that it was never
 * awaited (and may still run), another generator never started is closed at once, a suspended one is closed
 * (a failure is unraisable).
 */
export function genFinalize(g: PyGenerator): void {
  if (g.unawaited) warnNeverAwaited(g, ts.frame, false);
  else if (!g.started) g.finish();
  else finalize(g);
}

function writeUnraisable(e: unknown, obj: PyValue): void {
  writeUnraisableExc(toPyExcT(e), obj);
}

/**
 * Whether target can be reached from the roots: sys.modules, the frame stacks and handled exceptions of every
 * thread. What the walk visited is left in `seen` (everything reachable, when the answer is false).
 */
function reachable(target: object, dying: Frame | null = null, extra: PyValue | null = null, budget = genWalks,
  nativeItersHold = true, seen = new Set<object>()): boolean {
  // Each walk visits the whole reachable heap: past a budget, stop trying (exit closes the rest).
  if (budget.left <= 0) return true;
  const others = otherThreadRoots();
  if (others === null) return true;
  const stack: unknown[] = [importHooks.modules, ts.excInfo, extra, ...others];
  if (dying !== null) seen.add(dying);
  for (let f: Frame | null = dying !== null ? dying.back : ts.frame; f !== null; f = f.back) stack.push(f);
  while (stack.length > 0) {
    // The budget bounds the pending edges too: a huge container must not grow the stack unboundedly.
    if (stack.length + seen.size > budget.left) {
      budget.left = 0;
      return true;
    }
    const o = stack.pop();
    if (o === target) {
      budget.left -= seen.size;
      return true;
    }
    if (typeof o !== 'object' || o === null || seen.has(o)) continue;
    seen.add(o);
    // A native iterator made from a JS closure keeps its state where the walk cannot see: assume it holds
    // target. Those with a state object (`st`) or fields of their own (itertools, deque...) are walked: one
    // reachable from a module (threading's itertools.count) made every generator and coroutine reachable.
    if (o instanceof PyNativeIter && o.st === null && o.constructor === PyNativeIter) {
      if (!nativeItersHold) continue;
      budget.left -= seen.size;
      return true;
    }
    // Code, buffers and builtin types (immutable: their dicts hold no generator) lead nowhere.
    if (o instanceof RtCode || ArrayBuffer.isView(o) || (o instanceof PyType && !(o.flags & TF_HEAPTYPE))) continue;
    if (o instanceof FrameT) {
      // The running frame's sp is exact (set by the caller of the walk): slots above it hold stale
      // values. Other frames may have called native code since they saved sp: all their slots count.
      const fr = o as Frame;
      const n = fr === ts.frame ? fr.sp : fr.fast.length;
      for (let i = 0; i < n; i++) if (typeof fr.fast[i] === 'object') stack.push(fr.fast[i]);
      stack.push(fr.globals, fr.locals, fr.func, fr.back, fr.gen, fr.pendingExc);
    } else if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) if (typeof o[i] === 'object') stack.push(o[i]);
    } else if (o instanceof Map || o instanceof Set) {
      for (const x of o) stack.push(x);
    } else {
      for (const k in o) {
        const x = (o as Record<string, unknown>)[k];
        if (typeof x === 'object' && x !== null) stack.push(x);
      }
    }
  }
  budget.left -= seen.size;
  return false;
}

/** Objects the reachability walks for generators may still visit in this run. */
const genWalks = { left: 3_000_000 };
/** The same for isReachable's callers. */
const otherWalks = { left: 3_000_000 };

/**
 * Whether anything reachable from the modules, the frame stack or the handled exception holds `target`
 * (past its own budget of walks: true). _asyncio.ts asks it about failed futures. Native iterators
 * (JS closures the walk cannot see into) count as holding nothing here, or one anywhere would make
 * everything reachable; an object kept only inside one is taken for unreachable.
 */
export function isReachable(target: object): boolean {
  return reachable(target, null, null, otherWalks, false);
}

/**
 * gc.collect(): close the suspended generators (those whose closing runs code) that nothing reachable holds,
 * and warn about such never-awaited coroutines, oldest first, as CPython's collector finalises a dead cycle
 * holding one; returns how many.
 */
export function collectGenerators(): number {
  // One walk for all of them, which an explicit collection does not bound (the walks' budget is for drops).
  const live = new Set<object>();
  if (reachable(unreachable, null, null, { left: Infinity }, true, live)) return 0;
  let n = 0;
  for (const g of [...suspended, ...unawaited].sort((a, b) => a.seq - b.seq)) {
    if (g.running || g.finished || live.has(g)) continue;
    if (g.unawaited) warnNeverAwaited(g, ts.frame);
    else finalize(g);
    n++;
  }
  return n;
}

/** The target of a walk that visits everything. */
const unreachable = {};

/** At exit: close every generator still suspended where closing runs code, oldest first. */
export function finalizeGenerators(): void {
  const gens = [...suspended, ...unawaited].sort((a, b) => a.seq - b.seq);
  for (const g of gens) {
    if (g.unawaited) warnNeverAwaited(g, null);
    else finalize(g);
  }
}

/** __name__/__qualname__ getters and setters shared by the three generator types. */
function generatorNames(): { [k: string]: [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] } {
  const G = (v: PyValue) => v as PyGenerator;
  return {
    __name__: [(self) => G(self).name, (self, v) => {
      if (typeof v !== 'string') typeError('__name__ must be set to a string object');
      G(self).name = v;
    }],
    __qualname__: [(self) => G(self).qualname, (self, v) => {
      if (typeof v !== 'string') typeError('__qualname__ must be set to a string object');
      G(self).qualname = v;
    }],
  };
}

function genRepr(self: PyValue): string {
  const g = self as PyGenerator;
  return `<${g.cls.name} object ${g.qualname} at 0x${idOf(g).toString(16).padStart(12, '0')}>`;
}

export function initGenerators(): void {
  iterHooks.genNext = (g) => genNext(g as PyGenerator);
  defineMethods(generatorType, {
    __iter__: (self) => self,
    __next__: (self) => genNextRaising(self as PyGenerator),
  });
  for (const t of [generatorType, coroutineType]) {
    defineMethods(t, {
      send: (self, args) => {
        const g = self as PyGenerator;
        const r = genSend(g, args[0]);
        if (g.lastDone) stop(g, r);
        return r;
      },
      throw: (self, args) => genThrow(self as PyGenerator, args),
      close: (self) => genClose(self as PyGenerator),
      __repr__: genRepr,
    });
  }
  const G = (v: PyValue) => v as PyGenerator;
  const common = generatorNames();
  defineGetters(generatorType, {
    ...common,
    gi_running: (self) => G(self).running,
    gi_frame: (self) => (G(self).finished ? None : framePublished(G(self).frame)),
    gi_code: (self) => G(self).frame.code,
    gi_yieldfrom: (self) => delegate(G(self)) ?? None,
    gi_suspended: (self) => G(self).started && !G(self).finished && !G(self).running,
  });
  defineGetters(coroutineType, {
    ...common,
    cr_running: (self) => G(self).running,
    cr_frame: (self) => (G(self).finished ? None : framePublished(G(self).frame)),
    cr_code: (self) => G(self).frame.code,
    cr_await: (self) => delegate(G(self)) ?? None,
    cr_origin: (self) => G(self).origin,
    cr_suspended: (self) => G(self).started && !G(self).finished && !G(self).running,
  });
  // coroutine.__await__() returns a coroutine_wrapper: an iterator over the coroutine.
  defineMethods(coroutineWrapperType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const g = (self as PyCoroWrapper).coro;
      const r = genSend(g, None);
      if (g.lastDone) stop(g, r);
      return r;
    },
    send: (self, args) => {
      const g = (self as PyCoroWrapper).coro;
      const r = genSend(g, args[0]);
      if (g.lastDone) stop(g, r);
      return r;
    },
    throw: (self, args) => genThrow((self as PyCoroWrapper).coro, args),
    close: (self) => genClose((self as PyCoroWrapper).coro),
  });
  defineMethods(coroutineType, { __await__: (self) => new PyCoroWrapper(self as PyGenerator) });
  initAsyncGenerators();
}

// ---------------------------------------------------------------------------
// Async generators (Objects/genobject.c: async_generator, its asend/athrow awaitables). A `yield`
// in an async generator goes through ASYNC_GEN_WRAP, so a wrapped value is a real yield (it ends
// the awaitable with StopIteration(value)) and anything else an `await` passing a value out to
// the event loop.

function mkType(name: string): PyType {
  const t = new PyType(typeTypeT, name, [objectTypeT], 0);
  t.mro = [t, objectTypeT];
  return t;
}
const asendType = mkType('async_generator_asend');
const athrowType = mkType('async_generator_athrow');
const wrappedType = mkType('async_generator_wrapped_value');
const anextAwaitableType = mkType('anext_awaitable');

/** What ASYNC_GEN_WRAP makes of a yielded value. */
export class PyAsyncGenWrapped extends PyObject {
  constructor(public readonly v: PyValue) {
    super(wrappedType);
  }
}

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

class PyAsyncGenASend extends PyObject {
  declare state: number;
  constructor(public readonly gen: PyGenerator, public readonly sendval: PyValue) {
    super(asendType);
    this.state = INIT;
  }
}

class PyAsyncGenAThrow extends PyObject {
  declare state: number;
  /** athrow's arguments; null for aclose(). */
  constructor(public readonly gen: PyGenerator, public readonly args: PyValue[] | null) {
    super(athrowType);
    this.state = INIT;
  }
}

/** async_gen_unwrap_value: run one step of the generator and interpret its outcome. */
function agUnwrap(g: PyGenerator, step: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = step();
  } catch (e) {
    if (e instanceof PyException && (e.exc.cls.isSubtype(StopAsyncIteration) || e.exc.cls.isSubtype(GeneratorExit))) g.agClosed = true;
    g.runningAsync = false;
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) {
    g.runningAsync = false;
    const e = newException(StopIteration, [r.v]);
    throw new PyException(e);
  }
  return r;
}

/** Send into the async generator's frame; its return becomes StopAsyncIteration. */
function agSendRaw(g: PyGenerator, v: PyValue): PyValue {
  const r = genSend(g, v);
  if (g.lastDone) raise(StopAsyncIteration);
  return r;
}

function asendSend(o: PyAsyncGenASend, arg: PyValue): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const g = o.gen;
  if (o.state === INIT) {
    if (g.runningAsync) raise(RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === None) arg = o.sendval;
    o.state = ITER;
  }
  g.runningAsync = true;
  try {
    return agUnwrap(g, () => agSendRaw(g, arg));
  } catch (e) {
    o.state = CLOSED;
    throw e;
  }
}

function asendThrow(o: PyAsyncGenASend, args: PyValue[]): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  try {
    return agUnwrap(o.gen, () => genThrow(o.gen, args));
  } catch (e) {
    o.state = CLOSED;
    throw e;
  }
}

function isExitOrStop(e: unknown): boolean {
  return e instanceof PyException && (e.exc.cls.isSubtype(StopAsyncIteration) || e.exc.cls.isSubtype(GeneratorExit));
}

function ignoredExit(o: PyAsyncGenAThrow): never {
  o.gen.runningAsync = false;
  o.state = CLOSED;
  raise(RuntimeError, 'async generator ignored GeneratorExit');
}

/** check_error of async_gen_athrow_send: aclose() turns the generator's exit into StopIteration. */
function athrowError(o: PyAsyncGenAThrow, e: unknown): never {
  o.gen.runningAsync = false;
  o.state = CLOSED;
  if (o.args === null && isExitOrStop(e)) raise(StopIteration);
  throw e;
}

function athrowSend(o: PyAsyncGenAThrow, arg: PyValue): PyValue {
  const g = o.gen;
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (g.finished) {
    o.state = CLOSED;
    raise(StopIteration);
  }
  if (o.state === INIT) {
    if (g.runningAsync) {
      o.state = CLOSED;
      raise(RuntimeError, `${o.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (g.agClosed) {
      o.state = CLOSED;
      raise(StopAsyncIteration);
    }
    if (arg !== None) raise(RuntimeError, "can't send non-None value to a just-started coroutine");
    o.state = ITER;
    g.runningAsync = true;
    if (o.args === null) {
      g.agClosed = true;
      let r: PyValue;
      try {
        r = genThrow(g, [GeneratorExit]);
      } catch (e) {
        athrowError(o, e);
      }
      if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
      return r;
    }
    if (o.args.length < 1) typeError(`athrow expected at least 1 argument, got ${o.args.length}`);
    if (o.args.length > 3) typeError(`athrow expected at most 3 arguments, got ${o.args.length}`);
    try {
      return agUnwrap(g, () => genThrow(g, o.args!));
    } catch (e) {
      athrowError(o, e);
    }
  }
  if (o.args !== null) return agUnwrap(g, () => agSendRaw(g, arg));
  let r: PyValue;
  try {
    r = agSendRaw(g, arg);
  } catch (e) {
    athrowError(o, e);
  }
  if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
  return r;
}

function athrowThrow(o: PyAsyncGenAThrow, args: PyValue[]): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const g = o.gen;
  if (o.args !== null) return agUnwrap(g, () => genThrow(g, args));
  let r: PyValue;
  try {
    r = genThrow(g, args);
  } catch (e) {
    if (isExitOrStop(e)) raise(StopIteration);
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
  return r;
}

/** anext(iterator, default): awaits __anext__() and turns StopAsyncIteration into StopIteration(default). */
class PyAnextAwaitable extends PyObject {
  constructor(public readonly wrapped: PyValue, public readonly dflt: PyValue) {
    super(anextAwaitableType);
  }
}

/** anextawaitable_getiter: what __anext__ gave, as an iterator (_PyCoro_GetAwaitableIter's checks). */
function anextIter(o: PyAnextAwaitable): PyValue {
  return getAwaitable(o.wrapped, -1);
}

function anextProxy(o: PyAnextAwaitable, meth: string, args: PyValue[]): PyValue {
  const it = anextIter(o);
  try {
    if (it instanceof PyGenerator) {
      if (meth === 'throw') return genThrow(it, args);
      if (meth === 'close') return genClose(it);
      const r = genSend(it, args.length > 0 ? args[0] : None);
      if (it.lastDone) stop(it, r);
      return r;
    }
    return call(getAttrT(it, meth === 'send' && args.length === 0 ? '__next__' : meth), args);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopAsyncIteration)) {
      throw new PyException(newException(StopIteration, [o.dflt]));
    }
    throw e;
  }
}

/** The builtin aiter(). */
export function builtinAiter(args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`aiter expected 1 argument, got ${args.length}`);
  const o = args[0];
  const f = typeOfT(o).lookup('__aiter__');
  if (f === undefined) typeError(`'${typeOfT(o).name}' object is not an async iterable`);
  const it = callBoundT(f, o, []);
  if (typeOfT(it).lookup('__anext__') === undefined) typeError(`aiter() returned not an async iterator of type '${typeOfT(it).name}'`);
  return it;
}

/** The builtin anext(). */
export function builtinAnext(args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 2) typeError(`anext expected at least 1 argument, got ${args.length}`);
  const it = args[0];
  const f = typeOfT(it).lookup('__anext__');
  if (f === undefined) typeError(`'${typeOfT(it).name}' object is not an async iterator`);
  const aw = callBoundT(f, it, []);
  return args.length === 1 ? aw : new PyAnextAwaitable(aw, args[1]);
}

/** sys.set_asyncgen_hooks' callables (null = None); sys.ts reads and sets them. */
export const asyncgenHooks: { firstiter: PyValue | null; finalizer: PyValue | null } = { firstiter: null, finalizer: null };
/** The finalizer each async generator took at its first iteration (null: none was set). */
const agFinalizers = new WeakMap<PyGenerator, PyValue | null>();

/**
 * async_gen_init_hooks: the first asend/athrow/aclose of an async generator records the finalizer and
 * calls firstiter with it (asyncio's loop tracks its generators so). finalize() below hands a
 * dropped generator to its finalizer (asyncio schedules its aclose()) instead of closing it.
 */
function initHooks(g: PyGenerator): PyGenerator {
  if (!agFinalizers.has(g)) {
    agFinalizers.set(g, asyncgenHooks.finalizer);
    const f = asyncgenHooks.firstiter;
    if (f !== null) call(f, [g]);
  }
  return g;
}

function initAsyncGenerators(): void {
  const A = (v: PyValue) => initHooks(v as PyGenerator);
  defineMethods(asyncGeneratorType, {
    __aiter__: (self) => self,
    __anext__: (self) => new PyAsyncGenASend(A(self), None),
    asend: (self, args) => {
      if (args.length !== 1) typeError(`async_generator.asend() takes exactly one argument (${args.length} given)`);
      return new PyAsyncGenASend(A(self), args[0]);
    },
    // 3.11 checks athrow's arguments when the awaitable first runs.
    athrow: (self, args) => new PyAsyncGenAThrow(A(self), args.slice()),
    aclose: (self) => new PyAsyncGenAThrow(A(self), null),
    __repr__: genRepr,
  });
  const G = (v: PyValue) => v as PyGenerator;
  defineGetters(asyncGeneratorType, {
    ...generatorNames(),
    ag_running: (self) => G(self).runningAsync,
    ag_frame: (self) => (G(self).finished ? None : framePublished(G(self).frame)),
    ag_code: (self) => G(self).frame.code,
    ag_await: (self) => delegate(G(self)) ?? None,
  });
  const S = (v: PyValue) => v as PyAsyncGenASend;
  defineMethods(asendType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => asendSend(S(self), None),
    send: (self, args) => asendSend(S(self), args[0]),
    throw: (self, args) => asendThrow(S(self), args),
    close: (self) => {
      S(self).state = CLOSED;
      return None;
    },
  });
  const T = (v: PyValue) => v as PyAsyncGenAThrow;
  defineMethods(athrowType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => athrowSend(T(self), None),
    send: (self, args) => athrowSend(T(self), args[0]),
    throw: (self, args) => athrowThrow(T(self), args),
    close: (self) => {
      T(self).state = CLOSED;
      return None;
    },
  });
  const N = (v: PyValue) => v as PyAnextAwaitable;
  defineMethods(anextAwaitableType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => anextProxy(N(self), 'send', []),
    send: (self, args) => anextProxy(N(self), 'send', args),
    throw: (self, args) => anextProxy(N(self), 'throw', args),
    close: (self) => anextProxy(N(self), 'close', []),
  });
}

function framePublished(f: Frame): Frame {
  markEscaped(f);
  return f;
}
