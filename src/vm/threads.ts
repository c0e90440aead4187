// Threads as green threads on the heap frames. Every Python thread has its own stack of frames and
// interpreter state (ts.frame, depth, the exception being handled, the thread slots of threadlocal.ts);
// one runs at a time, as under CPython's GIL. The scheduler switches threads only where a thread's
// JavaScript stack is empty above its outermost loop:
// - when its slice of instructions is used up (the loop pauses, as for Execution.runSlice), and
// - when it blocks (a lock held by another thread, time.sleep): the blocking native, called straight
//   from the loop's CALL, throws BLOCKED; the loop parks the frame with the call's arguments popped,
//   and the scheduler later finishes the call (Wait.finish) and pushes its result.
// A native that blocks where its thread cannot be suspended (called back from other native code, or
// under a host that does not schedule) runs the other threads itself, nested, until it may go on.
import { PyValue, objectType, PySingleton } from '../objects/object.js';
import { PyBaseException, PyException, RuntimeError, StopIteration, raise } from '../objects/exceptions.js';
import { Frame, PAUSED, ts, startFrame, resumeFrame, toPyExc, runPendingSignals } from './ceval.js';
import { threadSlots } from './threadlocal.js';
import { eager, collectIfRequested } from './finalize.js';
import * as O from '../bytecode/opcode.js';
import * as Q from './superops.js';

/** What a blocked call waits for. */
export interface Wait {
  /** True once finish() may succeed (polled by the scheduler: must be cheap and side-effect free). */
  ready(): boolean;
  /** performance.now() time at which the wait times out (Infinity: never). */
  deadline: number;
  /** Complete the call (its thread current): the call's result, or undefined to keep waiting. May raise. */
  finish(): PyValue | undefined;
  /**
   * Something outside the threads (the network: _socket.ts's worker) may make it ready: a thread alone
   * waiting forever is then no deadlock, and sleeps wake when the worker bumps the wake counter.
   */
  external?: boolean;
}

/** Thrown by block() for the eval loop: suspend this thread at the call being made. */
export const BLOCKED: PyValue = new PySingleton(objectType, '<blocked>');
/** What finish() returns for a thread parked at FOR_ITER whose iterator is exhausted: the loop ends. */
const ITER_END: PyValue = new PySingleton(objectType, '<iter end>');

/** Instructions a thread runs before another gets its turn (about a millisecond). */
export const SWITCH_SLICE = 100000;

/** get_ident() of the main thread (a pthread_t-like number, fixed per process). */
const MAIN_IDENT = 139800000000000 + process.pid * 4096;
let nextIdent = MAIN_IDENT + 8392704;
let nextNativeId = process.pid + 1;

export class GreenThread {
  /** Saved interpreter state while another thread runs. */
  frame: Frame | null = null;
  depth = 0;
  excInfo: PyBaseException | null = null;
  slots: unknown[];
  started = false;
  finished = false;
  /** Set while the thread is parked at a blocked call. */
  wait: Wait | null = null;
  /** Its JavaScript frames are on the stack (it is running, or runs other threads nested): it cannot be resumed. */
  onStack = false;
  /** Run when the thread ends (the locks of _set_sentinel). */
  readonly onExit: (() => void)[] = [];
  /** The main thread's entry when it finished inside a nested scheduler: [returned, value]. */
  outcome: [boolean, unknown] | null = null;
  constructor(
    readonly ident: number,
    readonly nativeId: number,
    /** The frame the thread starts at (bound to its arguments)... */
    public entry: Frame | null,
    /** What was started, for the report of an exception that ends the thread. */
    readonly func: PyValue | null,
    /** ...or, for a thread that runs something else than a Python function, native code run to its end. */
    public body: (() => PyValue) | null = null,
  ) {
    this.slots = threadSlots.map((s) => s.fresh());
  }
}

export const mainThread = new GreenThread(MAIN_IDENT, process.pid, null, null);
let current = mainThread;
/** Threads not yet finished, the main thread first. */
const alive: GreenThread[] = [mainThread];
/** Where the round robin goes on from. */
let turn = 0;

/** Hooks set by _thread.ts: reporting an exception that ends a thread. */
export const schedulerHooks = {
  threadFailed: (e: PyException, func: PyValue | null): void => void [e, func],
};

export function currentThread(): GreenThread {
  return current;
}
export function threadCount(): number {
  return alive.length;
}

function switchTo(t: GreenThread): void {
  const c = current;
  if (t === c) return;
  c.frame = ts.frame;
  c.depth = ts.depth;
  c.excInfo = ts.excInfo;
  for (let i = 0; i < threadSlots.length; i++) c.slots[i] = threadSlots[i].get();
  // Slots registered after t was made start fresh.
  for (let i = t.slots.length; i < threadSlots.length; i++) t.slots.push(threadSlots[i].fresh());
  ts.frame = t.frame;
  ts.depth = t.depth;
  ts.excInfo = t.excInfo;
  for (let i = 0; i < threadSlots.length; i++) threadSlots[i].set(t.slots[i]);
  ts.mainThread = t === mainThread;
  current = t;
}

/** A new thread that will run `entry` (a bound frame) when the scheduler first gets to it. */
export function newThread(entry: Frame | null, func: PyValue, body: (() => PyValue) | null): GreenThread {
  const t = new GreenThread(nextIdent, nextNativeId++, entry, func, body);
  nextIdent += 8392704;
  alive.push(t);
  return t;
}

function endThread(t: GreenThread): void {
  t.finished = true;
  t.wait = null;
  const i = alive.indexOf(t);
  if (i >= 0) {
    alive.splice(i, 1);
    if (turn >= i && turn > 0) turn--;
  }
  for (const f of t.onExit) f();
}

function runnable(t: GreenThread, now: number): boolean {
  if (t.onStack || t.finished || (t === mainThread && t.entry === null)) return false;
  const w = t.wait;
  if (w === null) return true;
  return (t === mainThread && ts.interrupt) || now >= w.deadline || w.ready();
}

/** The next thread to run after the one at `turn`, round robin, or null when all wait. */
function pickNext(): GreenThread | null {
  const now = performance.now();
  const n = alive.length;
  for (let k = 1; k <= n; k++) {
    const i = (turn + k) % n;
    if (runnable(alive[i], now)) {
      turn = i;
      return alive[i];
    }
  }
  return null;
}

/** The earliest deadline of the threads that could run once it passes. */
function earliestDeadline(): number {
  let d = Infinity;
  for (const t of alive) if (!t.onStack && t.wait !== null && t.wait.deadline < d) d = t.wait.deadline;
  return d;
}

let sleepCell: Int32Array | null = null;
/**
 * The wake counter: _socket.ts's network worker increments it and notifies whenever a socket's state
 * changes, so every sleep here ends early when data arrives (made on first use).
 */
export function wakeCell(): Int32Array {
  if (sleepCell === null) sleepCell = new Int32Array(new SharedArrayBuffer(4));
  return sleepCell;
}
/** The wake counter's value now: pass it to sleepMs taken before checking readiness, so no change is missed. */
export function wakeSeq(): number {
  return sleepCell === null ? 0 : Atomics.load(sleepCell, 0);
}
/** Sleep `ms` (at most), or until the wake counter differs from `seen`. */
export function sleepMs(ms: number, seen = wakeSeq()): void {
  if (!(ms > 0)) return;
  Atomics.wait(wakeCell(), 0, seen, ms);
}

/** A wait of a thread not running here depends on the world outside (the network). */
function externalWaits(): boolean {
  for (const t of alive) if (t.wait !== null && t.wait.external === true) return true;
  return false;
}

/**
 * Run one slice of thread `t` and make the previous thread current again. A parked thread first gets
 * its blocked call finished (returns undefined when it must wait on). Returns PAUSED or what the
 * thread's entry returned; an exception leaving the entry propagates.
 */
function runSlice(t: GreenThread, budget: number): PyValue | undefined {
  const prev = current;
  switchTo(t);
  t.onStack = true;
  try {
    const w = t.wait;
    if (w !== null) {
      const f = ts.frame!;
      t.wait = null;
      try {
        // A signal handler that raises ends the wait with its exception; else the wait goes on.
        const r = finishHere(w, t === mainThread);
        if (r === undefined) {
          t.wait = w;
          return undefined;
        }
        if (r === ITER_END) {
          // FOR_ITER's exhaustion: pop the iterator, jump past the loop.
          const instr = f.code.instr;
          let arg = instr[f.lasti] >> 8;
          for (let p = f.lasti, shift = 8; p > 0 && (instr[p - 1] & 255) === O.EXTENDED_ARG; p--, shift += 8) arg |= (instr[p - 1] >> 8) << shift;
          f.fast[--f.sp] = null;
          f.pc += arg;
        } else f.fast[f.sp++] = r;
      } catch (e) {
        f.pendingExc = toPyExc(e);
      }
    }
    if (eager.requested) outsideLoops(collectIfRequested);
    if (t.started) return resumeFrame(t.entry!, budget);
    t.started = true;
    if (t.body !== null) return t.body();
    return startFrame(t.entry!, budget);
  } finally {
    t.onStack = false;
    switchTo(prev);
  }
}
/**
 * The main thread's pending signal handlers and calls, then w.finish(), from the scheduler, outside any loop:
 * the Python code they run (handlers, finalisers) runs in nested loops that must neither pause for the slice nor
 * suspend the thread, as if called from native code.
 */
function finishHere(w: Wait, main: boolean): PyValue | undefined {
  return outsideLoops(() => {
    if (main && ts.interrupt) runPendingSignals();
    return w.finish();
  });
}

/** Run op from the scheduler, where Python code it calls runs as if called from native code (see finishHere). */
function outsideLoops<T>(op: () => T): T {
  const saved = ts.sliceNesting;
  ts.sliceNesting = -1;
  try {
    return op();
  } finally {
    ts.sliceNesting = saved;
  }
}

/** Run a slice of a thread other than main; its end (return or exception) ends the thread. */
function runOther(t: GreenThread, budget: number): void {
  let r: PyValue | undefined;
  try {
    r = runSlice(t, budget);
  } catch (e) {
    endThread(t);
    // As thread_run: SystemExit ends the thread quietly; anything else is reported as unraisable.
    if (e instanceof PyException) schedulerHooks.threadFailed(e, t.func);
    else throw e;
    return;
  }
  if (r !== undefined && r !== PAUSED) endThread(t);
}

/**
 * The host's step (Execution, the REPL): run the main thread from `entry` for about `budget`
 * instructions, or, while it waits or after its slice, another thread's slice. Returns PAUSED, or
 * what `entry` returned; an exception leaving `entry` propagates. `fresh`: entry has not run yet.
 */
export function runMain(entry: Frame, budget: number, fresh: boolean): PyValue {
  const m = mainThread;
  if (fresh) {
    m.entry = entry;
    m.started = false;
    m.outcome = null;
  }
  if (m.outcome !== null) {
    // It finished while another thread waited nested, under which it had run.
    const [returned, v] = m.outcome;
    m.outcome = null;
    m.entry = null;
    if (returned) return v as PyValue;
    throw v;
  }
  if (alive.length === 1 && m.wait === null) return mainSlice(budget);
  const seen = wakeSeq();
  const t = pickNext();
  if (t === null) {
    // Every thread waits: sleep until the first timeout, in short naps so the host can turn its event
    // loop (a SIGINT then interrupts the main thread); with none, a deadlock waits for that, as CPython.
    sleepMs(Math.min(earliestDeadline() - performance.now(), 10), seen);
    return PAUSED;
  }
  if (t === m) {
    const r = mainSlice(budget);
    return r === undefined ? PAUSED : r;
  }
  runOther(t, budget);
  return PAUSED;
}

function mainSlice(budget: number): PyValue {
  let r: PyValue | undefined;
  try {
    r = runSlice(mainThread, budget);
  } catch (e) {
    mainThread.entry = null;
    throw e;
  }
  if (r !== undefined && r !== PAUSED) mainThread.entry = null;
  return r ?? PAUSED;
}

/**
 * While the main thread is idle (the REPL waiting for a line), run a slice of another thread.
 * Returns false when none could run (all wait, or there are none).
 */
export function runBackgroundSlice(budget: number): boolean {
  if (alive.length === 1 || mainThread.entry !== null) return false;
  const t = pickNext();
  if (t === null) return false;
  runOther(t, budget);
  return true;
}

/**
 * Whether a native that must block may suspend its thread: it was called straight from the CALL (or
 * BEFORE_WITH, CALL_FUNCTION_EX) of its thread's outermost loop, run by the scheduler. (With no other
 * thread, the host then turns its event loop while the thread waits, so signals get handled.)
 */
function canSuspend(): boolean {
  if (!ts.direct || !current.onStack || ts.nesting !== ts.sliceNesting) return false;
  const f = ts.frame;
  if (f === null) return false;
  const op = f.code.instr[f.lasti] & 255;
  return op === O.CALL || op === O.CALL_FUNCTION_EX || op === O.BEFORE_WITH || op === O.IMPORT_NAME;
}

/**
 * Whether __next__ of `it` was called by FOR_ITER's generic path of the thread's outermost loop, iterating
 * `it` itself: a restartable __next__ may then suspend the thread at the FOR_ITER (its item is pushed when
 * the thread goes on, or the loop ends).
 */
function canSuspendNext(it: PyValue): boolean {
  if (ts.forIter !== it || !current.onStack || ts.nesting !== ts.sliceNesting) return false;
  const f = ts.frame;
  if (f === null) return false;
  const op = f.code.instr[f.lasti] & 255;
  return op === O.FOR_ITER || op === Q.FOR_ITER__STORE_FAST;
}

/**
 * Block the running thread on `w`. Suspends it when it can (throws BLOCKED: the scheduler finishes the
 * call later); otherwise runs the other threads here until w.finish() succeeds and returns its result.
 */
export function block(w: Wait): PyValue {
  if (ts.interrupt && ts.mainThread) runPendingSignals();
  if ((forceSuspend && ts.nesting === forceNesting) || canSuspend()) {
    current.wait = w;
    throw BLOCKED;
  }
  return waitHere(w);
}

/**
 * Whether a block() now would suspend the thread (so the host turns its event loop, and signals, timers and
 * the other threads go on) rather than wait here.
 */
export function canSuspendNow(): boolean {
  return (forceSuspend && ts.nesting === forceNesting) || canSuspend();
}

/**
 * block() for a native that restartable() runs (it redoes its work when the thread goes on): suspends the
 * thread only inside such a call, and elsewhere waits here, running the other threads, whatever the caller.
 */
export function blockRestartable(w: Wait): PyValue {
  if (ts.interrupt && ts.mainThread) runPendingSignals();
  if (forceSuspend && ts.nesting === forceNesting) {
    current.wait = w;
    throw BLOCKED;
  }
  return waitHere(w);
}

/**
 * Set while a restartable call runs where its thread may suspend: a block() in it (not in Python code it
 * calls back, which runs in a deeper loop: ts.nesting tells) parks the thread, though ts.direct was
 * cleared by such a callback that has returned.
 */
let forceSuspend = false;
let forceNesting = -1;
/** Set while a restartable call runs again after its wait timed out: a wait it would start times out at once. */
let expired = false;
export function waitExpired(): boolean {
  return expired;
}

/** Run op with forceSuspend set for the current loop. */
function forcing(op: () => PyValue): PyValue {
  const saved = forceSuspend;
  const savedNesting = forceNesting;
  forceSuspend = true;
  forceNesting = ts.nesting;
  try {
    return op();
  } finally {
    forceSuspend = saved;
    forceNesting = savedNesting;
  }
}

/**
 * Run native `op`, called straight from the eval loop, which may block where the thread suspends and
 * must then run again from the start (it keeps its progress in its object: a BufferedReader of a socket
 * its buffer). The wait that op's block() made is wrapped so that its finish() reruns op.
 */
export function restartable(op: () => PyValue, iterOf: PyValue | null = null): PyValue {
  try {
    if (iterOf !== null ? canSuspendNext(iterOf) : canSuspend()) return forcing(op);
    return op();
  } catch (e) {
    if (e !== BLOCKED) throw e;
  }
  const me = current;
  let inner = me.wait!;
  me.wait = {
    ready: () => inner.ready(),
    get deadline() {
      return inner.deadline;
    },
    external: inner.external,
    finish: () => {
      // Out of time and nothing came: op runs once more and raises its timeout itself (waitExpired).
      const late = performance.now() >= inner.deadline && !inner.ready();
      expired = late;
      try {
        return forcing(op);
      } catch (e) {
        if (e === BLOCKED) {
          inner = me.wait!;
          me.wait = null;
          return undefined;
        }
        if (iterOf !== null && e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return ITER_END;
        throw e;
      } finally {
        expired = false;
      }
    },
  };
  throw BLOCKED;
}

function waitHere(w: Wait): PyValue {
  const me = current;
  const wasOnStack = me.onStack;
  me.onStack = true;
  try {
    for (;;) {
      if (ts.interrupt && me === mainThread) runPendingSignals();
      const seen = wakeSeq();
      const now = performance.now();
      if (now >= w.deadline || w.ready()) {
        const r = w.finish();
        if (r !== undefined) return r;
      }
      const t = alive.length > 1 ? pickNext() : null;
      if (t !== null && t !== me) {
        if (t === mainThread) {
          try {
            const r = runSlice(t, SWITCH_SLICE);
            if (r !== undefined && r !== PAUSED) t.outcome = [true, r];
          } catch (e) {
            t.outcome = [false, e];
          }
          if (t.outcome !== null) t.entry = null;
        } else runOther(t, SWITCH_SLICE);
        continue;
      }
      const d = Math.min(w.deadline, earliestDeadline());
      if (d === Infinity && (w.external === true || externalWaits())) {
        // Only the network can end this: sleep until the worker reports a change.
        sleepMs(1000, seen);
        continue;
      }
      if (d === Infinity) {
        if (alive.length === 1) raise(RuntimeError, 'deadlock: acquiring a lock held by the only thread');
        raise(RuntimeError, 'deadlock: the threads this one waits for cannot run while it waits inside a callback from native code');
      }
      sleepMs(Math.max(0, d - now), seen);
    }
  } finally {
    me.onStack = wasOnStack;
  }
}

/** The deadline of a wait of `seconds` starting now (negative: none). */
export function deadlineIn(seconds: number): number {
  return seconds < 0 ? Infinity : performance.now() + seconds * 1000;
}

/**
 * What the other threads hold, for the reachability walks of genobject.ts: their frames, handled exceptions,
 * entries and thread-local slots; null while one runs native code (a closure the walk cannot see into).
 */
export function otherThreadRoots(): unknown[] | null {
  const roots: unknown[] = [];
  for (const t of alive) {
    if (t === current) continue;
    if (t.body !== null) return null;
    roots.push(t.frame, t.excInfo, t.entry, t.func, t.slots);
  }
  return roots;
}

/** Every thread's innermost frame (sys._current_frames), oldest thread first. */
export function threadFrames(): [number, Frame | null][] {
  return alive.map((t) => [t.ident, t === current ? ts.frame : t.frame]);
}

/** Every thread's exception being handled (sys._current_exceptions); `mine` is the running thread's. */
export function threadExceptions(mine: PyBaseException | null): [number, PyBaseException | null][] {
  return alive.map((t) => [t.ident, t === current ? mine : t.excInfo]);
}
