// The _asyncio module (Modules/_asynciomodule.c): Future and Task in native code, with the running-
// loop and current-task bookkeeping. asyncio would run on futures.py and tasks.py without it, but
// CPython's own output comes from these: no futures.py/tasks.py frame in a traceback (result() and
// the task's step are C code), and C's messages ("Result is not set.", "invalid state"). The
// behaviour follows 3.11's tasks.py/futures.py (which mirror the C code): cancellation counts,
// task contexts, the step's checks of what a coroutine yields. Python helpers (reprs, stacks,
// iscoroutine, the loop policy) are taken from asyncio's modules when first needed.
import { registerThreadSlot } from '../vm/threadlocal.js';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyList, None, typeType, objectType, TF_BASETYPE,
  TF_HEAPTYPE, defineMethods, defineGetters, typeOf, PyClassMethodDescr, coroutineType, generatorType,
} from '../objects/object.js';
import {
  PyException, PyBaseException, newException, typeError, raise, RuntimeError, StopIteration, KeyboardInterrupt,
  SystemExit, AttributeError, ValueError, isExcType,
} from '../objects/exceptions.js';
import { call, getAttr, getAttrOpt, setAttr, truthy, repr, eq, str, idOf } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { PyGenerator, genSend, genThrow, isReachable } from '../objects/genobject.js';
import { selectHooks } from './select.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { loadModule } from '../vm/import.js';
import { clinicArgs } from './args.js';

const PENDING = 0;
const CANCELLED = 1;
const FINISHED = 2;
const STATE_NAMES = ['PENDING', 'CANCELLED', 'FINISHED'];

function mkType(name: string, base: PyType, flags: number): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.mro = [t, ...base.mro];
  t.tdict.set('__module__', '_asyncio');
  return t;
}
const futureType = mkType('Future', objectType, TF_BASETYPE);
const taskType = mkType('Task', futureType, TF_BASETYPE);
const futureIterType = mkType('FutureIter', objectType, 0);
const stepWrapperType = mkType('TaskStepMethWrapper', objectType, 0);
stepWrapperType.tdict.delete('__module__');

class PyFuture extends PyObject {
  /** null until __init__ ran ("not initialized"). */
  declare loop: PyValue | null;
  /** (callback, context) pairs, in registration order. */
  declare callbacks: [PyValue, PyValue][];
  declare result: PyValue | null;
  declare exception: PyBaseException | null;
  /** The exception's traceback when it was set: every result() raises it with that one. */
  declare excTb: PyBaseException['traceback'];
  declare sourceTb: PyValue | null;
  declare cancelMsg: PyValue;
  declare cancelledExc: PyBaseException | null;
  declare state: number;
  declare logTb: boolean;
  declare blocking: boolean;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.loop = null;
    this.callbacks = [];
    this.result = null;
    this.exception = null;
    this.excTb = null;
    this.sourceTb = null;
    this.cancelMsg = None;
    this.cancelledExc = null;
    this.state = PENDING;
    this.logTb = false;
    this.blocking = false;
    this.slots = null;
  }
}

class PyTask extends PyFuture {
  declare coro: PyValue | null;
  declare name: PyValue;
  declare context: PyValue;
  declare futWaiter: PyValue | null;
  declare mustCancel: boolean;
  declare logDestroyPending: boolean;
  declare numCancels: number;
  constructor(cls: PyType) {
    super(cls);
    this.coro = null;
    this.name = None;
    this.context = None;
    this.futWaiter = null;
    this.mustCancel = false;
    this.logDestroyPending = true;
    this.numCancels = 0;
  }
}

class PyFutureIter extends PyObject {
  declare future: PyFuture | null;
  constructor(f: PyFuture) {
    super(futureIterType);
    this.future = f;
  }
}

class PyStepWrapper extends PyObject {
  declare task: PyTask;
  declare arg: PyValue | null;
  constructor(task: PyTask, arg: PyValue | null) {
    super(stepWrapperType);
    this.task = task;
    this.arg = arg;
  }
}

// ---------------------------------------------------------------------------
// Python helpers, fetched on first use (asyncio is still importing when this module loads).

const helpers = new Map<string, PyValue>();
function helper(mod: string, name: string): PyValue {
  const key = mod + ':' + name;
  let v = helpers.get(key);
  if (v === undefined) {
    v = getAttr(loadModule(mod), name);
    helpers.set(key, v);
  }
  return v;
}
const invalidStateError = (): PyType => helper('asyncio.exceptions', 'InvalidStateError') as PyType;
const cancelledError = (): PyType => helper('asyncio.exceptions', 'CancelledError') as PyType;

function raiseType(t: PyType, msg: string): never {
  throw new PyException(newException(t, [msg]));
}

// ---------------------------------------------------------------------------
// The running loop and the current tasks

let runningLoop: PyValue = None;
let runningPid = 0;
// The running loop belongs to the thread running it.
registerThreadSlot({
  get: () => [runningLoop, runningPid],
  set: (v) => {
    [runningLoop, runningPid] = v as [PyValue, number];
  },
  fresh: () => [None, 0],
});

function getRunningLoop(): PyValue {
  return runningLoop !== None && runningPid === process.pid ? runningLoop : None;
}

function getEventLoop(): PyValue {
  const l = getRunningLoop();
  if (l !== None) return l;
  const policy = call(helper('asyncio.events', 'get_event_loop_policy'), []);
  return call(getAttr(policy, 'get_event_loop'), []);
}

let allTasks: PyValue | null = null;
const currentTasks = new PyDict();

function registerTask(task: PyValue): void {
  call(getAttr(allTasks!, 'add'), [task]);
}

function enterTask(loop: PyValue, task: PyValue): void {
  const cur = currentTasks.get(loop);
  if (cur !== undefined) {
    raise(RuntimeError, `Cannot enter into task ${repr(task)} while another task ${repr(cur)} is being executed.`);
  }
  currentTasks.set(loop, task);
}

function leaveTask(loop: PyValue, task: PyValue): void {
  const cur = currentTasks.get(loop);
  if (cur !== task) raise(RuntimeError, `Leaving task ${repr(task)} does not match the current task ${repr(cur ?? None)}.`);
  currentTasks.t.delete(loop);
}

// ---------------------------------------------------------------------------
// Future

const F = (v: PyValue): PyFuture => {
  if (!(v instanceof PyFuture)) typeError(`descriptor requires a '_asyncio.Future' object but received a '${typeOf(v).name}'`);
  return v;
};

function ensureAlive(f: PyFuture): void {
  if (f.loop === null) raise(RuntimeError, 'Future object is not initialized.');
}

/** loop.call_soon(fn[, arg], context=ctx). */
function callSoon(loop: PyValue, fn: PyValue, arg: PyValue | null, ctx: PyValue | null): void {
  const cs = getAttr(loop, 'call_soon');
  const args: PyValue[] = arg === null ? [fn] : [fn, arg];
  if (ctx === null) call(cs, args);
  else call(cs, [...args, ctx], ['context']);
}

function scheduleCallbacks(f: PyFuture): void {
  const cbs = f.callbacks;
  f.callbacks = [];
  for (const [fn, ctx] of cbs) callSoon(f.loop!, fn, f, ctx);
}

function futureInit(f: PyFuture, loop: PyValue): void {
  f.callbacks = [];
  f.result = null;
  f.exception = null;
  f.excTb = null;
  f.sourceTb = null;
  f.cancelMsg = None;
  f.cancelledExc = null;
  f.state = PENDING;
  f.logTb = false;
  f.blocking = false;
  f.loop = loop === None ? getEventLoop() : loop;
  if (truthy(call(getAttr(f.loop, 'get_debug'), []))) f.sourceTb = call(helper('traceback', 'extract_stack'), []);
}

function setResult(f: PyFuture, v: PyValue): PyValue {
  ensureAlive(f);
  if (f.state !== PENDING) raiseType(invalidStateError(), 'invalid state');
  f.result = v;
  f.state = FINISHED;
  scheduleCallbacks(f);
  return None;
}

function setException(f: PyFuture, e: PyValue): PyValue {
  ensureAlive(f);
  if (f.state !== PENDING) raiseType(invalidStateError(), 'invalid state');
  let exc = e;
  if (isExcType(exc)) {
    exc = call(exc, []);
    if (f.state !== PENDING) raiseType(invalidStateError(), 'invalid state');
  }
  if (!(exc instanceof PyBaseException)) typeError('invalid exception object');
  if (exc.cls === StopIteration) typeError('StopIteration interacts badly with generators and cannot be raised into a Future');
  f.exception = exc;
  f.excTb = exc.traceback;
  f.state = FINISHED;
  scheduleCallbacks(f);
  f.logTb = true;
  watchUnretrieved(f);
  return None;
}

// CPython reports "exception was never retrieved" when the future is freed (tp_finalize). Typhon
// cannot see references go, so a failed future is watched: as each later select() begins (the loop's
// turn is over) it is looked for from the program's roots (genobject.ts's isReachable), at the 1st,
// 2nd, 4th, 8th... select, and reported once nothing holds it; the ones left are reported at exit.

interface Watched {
  f: PyFuture;
  due: number;
  gap: number;
}
const watched: Watched[] = [];
let selects = 0;
let exitHooked = false;

function watchUnretrieved(f: PyFuture): void {
  watched.push({ f, due: selects + 1, gap: 1 });
  if (selectHooks.beforeWait === null) selectHooks.beforeWait = checkWatched;
  if (!exitHooked) {
    exitHooked = true;
    call(getAttr(loadModule('atexit'), 'register'), [new PyBuiltin('_report_unretrieved', () => {
      while (watched.length > 0) {
        const w = watched.shift()!;
        if (w.f.logTb) finalize(w.f);
      }
      return None;
    })]);
  }
}

function checkWatched(): void {
  selects++;
  for (let i = 0; i < watched.length; i++) {
    const w = watched[i];
    if (!w.f.logTb) {
      watched.splice(i--, 1);
      continue;
    }
    if (selects < w.due) continue;
    if (isReachable(w.f)) {
      w.gap *= 2;
      w.due = selects + w.gap;
      continue;
    }
    watched.splice(i--, 1);
    finalize(w.f);
  }
  if (watched.length === 0) selectHooks.beforeWait = null;
}

function makeCancelledError(f: PyFuture): PyBaseException {
  if (f.cancelledExc !== null) {
    const e = f.cancelledExc;
    f.cancelledExc = null;
    return e;
  }
  return newException(cancelledError(), f.cancelMsg === None ? [] : [f.cancelMsg]);
}

/** future_get_result: the result, or throws (cancelled, not done, or the stored exception). */
function getResult(f: PyFuture): PyValue {
  if (f.state === CANCELLED) throw new PyException(makeCancelledError(f));
  if (f.state !== FINISHED) raiseType(invalidStateError(), 'Result is not set.');
  f.logTb = false;
  if (f.exception !== null) {
    // As PyErr_Restore with the saved traceback: raising again does not pile up entries.
    f.exception.traceback = f.excTb;
    throw new PyException(f.exception);
  }
  return f.result!;
}

function futureCancel(f: PyFuture, msg: PyValue): boolean {
  f.logTb = false;
  if (f.state !== PENDING) return false;
  f.state = CANCELLED;
  f.cancelMsg = msg;
  scheduleCallbacks(f);
  return true;
}

function addDoneCallback(f: PyFuture, fn: PyValue, ctx: PyValue): void {
  if (f.loop === null) raise(RuntimeError, 'uninitialized Future object');
  if (f.state !== PENDING) callSoon(f.loop, fn, f, ctx);
  else f.callbacks.push([fn, ctx]);
}

function copyContext(): PyValue {
  return call(helper('_contextvars', 'copy_context'), []);
}

function newFuture(cls: PyType, task: boolean): PyFuture {
  const f = task ? new PyTask(cls) : new PyFuture(cls);
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(f, cls);
  return f;
}

/** __del__ (tp_finalize): the never-retrieved exception, or a task destroyed while pending. */
function finalize(f: PyFuture): void {
  if (f instanceof PyTask && f.state === PENDING && f.logDestroyPending) {
    const ctx = new PyDict();
    ctx.setStr('message', 'Task was destroyed but it is pending!');
    ctx.setStr('task', f);
    if (f.sourceTb !== null) ctx.setStr('source_traceback', f.sourceTb);
    call(getAttr(f.loop!, 'call_exception_handler'), [ctx]);
  }
  if (!f.logTb) return;
  f.logTb = false;
  const ctx = new PyDict();
  ctx.setStr('message', `${typeOf(f).name} exception was never retrieved`);
  ctx.setStr('exception', f.exception!);
  ctx.setStr('future', f);
  if (f.sourceTb !== null) ctx.setStr('source_traceback', f.sourceTb);
  call(getAttr(f.loop!, 'call_exception_handler'), [ctx]);
}

function initFutureType(): void {
  futureType.tdict.set('__new__', new PyBuiltin('__new__', (args) => newFuture(args[0] as PyType, false)));
  const cancel = (self: PyValue, args: PyValue[], kw: string[] | null): PyValue => {
    const [msg] = clinicArgs('cancel', ['msg'], args, kw, 0);
    const f = F(self);
    ensureAlive(f);
    return futureCancel(f, msg ?? None);
  };
  defineMethods(futureType, {
    __init__: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length > nkw) typeError(`Future() takes no positional arguments`);
      const [loop] = clinicArgs('Future', ['loop'], args, kw, 0);
      futureInit(F(self), loop ?? None);
      return None;
    },
    result: (self) => {
      const f = F(self);
      if (f.loop === null) raiseType(invalidStateError(), 'Future object is not initialized.');
      return getResult(f);
    },
    exception: (self) => {
      const f = F(self);
      if (f.loop === null) raiseType(invalidStateError(), 'Future object is not initialized.');
      if (f.state === CANCELLED) throw new PyException(makeCancelledError(f));
      if (f.state !== FINISHED) raiseType(invalidStateError(), 'Exception is not set.');
      if (f.exception !== null) {
        f.logTb = false;
        return f.exception;
      }
      return None;
    },
    set_result: (self, args) => {
      if (args.length !== 1) typeError(`set_result() takes exactly one argument (${args.length} given)`);
      return setResult(F(self), args[0]);
    },
    set_exception: (self, args) => {
      if (args.length !== 1) typeError(`set_exception() takes exactly one argument (${args.length} given)`);
      return setException(F(self), args[0]);
    },
    add_done_callback: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length - nkw !== 1) typeError(`add_done_callback() takes exactly 1 positional argument (${args.length - nkw} given)`);
      const [fn, ctx] = clinicArgs('add_done_callback', ['fn', 'context'], args, kw, 1, 1);
      addDoneCallback(F(self), fn!, ctx === undefined ? copyContext() : ctx);
      return None;
    },
    remove_done_callback: (self, args) => {
      if (args.length !== 1) typeError(`remove_done_callback() takes exactly one argument (${args.length} given)`);
      const f = F(self);
      ensureAlive(f);
      const keep: [PyValue, PyValue][] = [];
      for (const cb of f.callbacks) if (!eq(cb[0], args[0])) keep.push(cb);
      const removed = f.callbacks.length - keep.length;
      f.callbacks = keep;
      return removed;
    },
    cancel,
    cancelled: (self) => {
      const f = F(self);
      return f.loop !== null && f.state === CANCELLED;
    },
    done: (self) => {
      const f = F(self);
      return f.loop !== null && f.state !== PENDING;
    },
    get_loop: (self) => {
      const f = F(self);
      ensureAlive(f);
      return f.loop!;
    },
    _make_cancelled_error: (self) => makeCancelledError(F(self)),
    __await__: (self) => futureIter(self),
    __iter__: (self) => futureIter(self),
    __repr__: (self) => {
      ensureAlive(F(self));
      return call(helper('asyncio.base_futures', '_future_repr'), [self]);
    },
    __del__: (self) => {
      finalize(F(self));
      return None;
    },
  });
  futureType.tdict.set('__class_getitem__', new PyClassMethodDescr(futureType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
  defineGetters(futureType, futureGetters());
}

type Getters = Parameters<typeof defineGetters>[1];

function futureGetters(): Getters {
  const alive = (self: PyValue): PyFuture => {
    const f = F(self);
    ensureAlive(f);
    return f;
  };
  return {
    _state: (self) => STATE_NAMES[alive(self).state],
    _asyncio_future_blocking: [(self) => F(self).loop !== null && F(self).blocking, (self, v) => {
      const f = alive(self);
      if (v === null) raise(AttributeError, 'cannot delete attribute');
      f.blocking = truthy(v);
    }],
    _loop: (self) => F(self).loop ?? None,
    _callbacks: (self) => {
      const f = alive(self);
      if (f.callbacks.length === 0) return None;
      return new PyList(f.callbacks.map(([fn, ctx]) => new PyTuple([fn, ctx])));
    },
    _result: (self) => alive(self).result ?? None,
    _exception: (self) => alive(self).exception ?? None,
    _log_traceback: [(self) => alive(self).logTb, (self, v) => {
      if (v === null) raise(AttributeError, 'cannot delete attribute');
      if (truthy(v)) raise(ValueError, '_log_traceback can only be set to False');
      F(self).logTb = false;
    }],
    _source_traceback: (self) => F(self).sourceTb ?? None,
    _cancel_message: [(self) => F(self).cancelMsg, (self, v) => {
      if (v === null) raise(AttributeError, 'cannot delete attribute');
      F(self).cancelMsg = v;
    }],
  };
}

// ---------------------------------------------------------------------------
// FutureIter: what `await future` drives (yields the future once, then returns its result).

function futureIter(self: PyValue): PyValue {
  const f = F(self);
  ensureAlive(f);
  return new PyFutureIter(f);
}

function iterNext(it: PyFutureIter): PyValue {
  const f = it.future;
  if (f === null) throw new PyException(newException(StopIteration, []));
  if (f.state === PENDING) {
    if (!f.blocking) {
      f.blocking = true;
      return f;
    }
    raise(RuntimeError, "await wasn't used with future");
  }
  it.future = null;
  const r = getResult(f);
  const e = newException(StopIteration, r === None ? [] : [r]);
  e.value = r;
  throw new PyException(e);
}

function initFutureIterType(): void {
  const I = (v: PyValue): PyFutureIter => v as PyFutureIter;
  defineMethods(futureIterType, {
    __iter__: (self) => self,
    __next__: (self) => iterNext(I(self)),
    send: (self, args) => {
      if (args.length !== 1) typeError(`send() takes exactly one argument (${args.length} given)`);
      return iterNext(I(self));
    },
    throw: (self, args) => {
      if (args.length < 1 || args.length > 3) typeError(`throw expected at least 1 argument, got ${args.length}`);
      const [t, v, tb] = [args[0], args[1] ?? None, args[2] ?? None];
      if (tb !== None && typeOf(tb).name !== 'traceback') typeError('throw() third argument must be a traceback');
      let exc: PyValue;
      if (isExcType(t)) exc = v instanceof PyBaseException && typeOf(v).isSubtype(t) ? v : call(t, v === None ? [] : v instanceof PyTuple ? v.items : [v]);
      else if (t instanceof PyBaseException) {
        if (v !== None) typeError('instance exception may not have a separate value');
        exc = t;
      } else typeError('exceptions must be classes deriving BaseException or instances of such a class');
      I(self).future = null;
      throw new PyException(exc as PyBaseException);
    },
    close: (self) => {
      I(self).future = null;
      return None;
    },
  });
}

// ---------------------------------------------------------------------------
// Task

const T = (v: PyValue): PyTask => {
  if (!(v instanceof PyTask)) typeError(`descriptor requires a '_asyncio.Task' object but received a '${typeOf(v).name}'`);
  return v;
};

let taskCounter = 0;
/** Types asyncio.iscoroutine accepted before (is_coroutine's cache). */
const coroTypes = new Set<PyType>();

function isCoroutine(v: PyValue): boolean {
  const t = typeOf(v);
  if (t === coroutineType || coroTypes.has(t)) return true;
  if (!truthy(call(helper('asyncio.coroutines', 'iscoroutine'), [v]))) return false;
  if (coroTypes.size < 100) coroTypes.add(t);
  return true;
}

function callStepSoon(task: PyTask, arg: PyValue | null): void {
  callSoon(task.loop!, new PyStepWrapper(task, arg), null, task.context);
}

function stepSoonError(task: PyTask, msg: string): PyValue {
  callStepSoon(task, newException(RuntimeError, [msg]));
  return None;
}

function isCancelledError(e: PyBaseException): boolean {
  return e.cls.isSubtype(cancelledError());
}

/** coro.send(None) / coro.throw(exc): [done, value]; an exception other than StopIteration propagates. */
function sendToCoro(coro: PyValue, exc: PyBaseException | null): [boolean, PyValue] {
  if (coro instanceof PyGenerator && (coro.cls === coroutineType || coro.cls === generatorType) && exc === null) {
    const r = genSend(coro, None);
    return [coro.lastDone, r];
  }
  try {
    const r = exc === null
      ? call(getAttr(coro, 'send'), [None])
      : coro instanceof PyGenerator ? genThrow(coro, [exc]) : call(getAttr(coro, 'throw'), [exc]);
    return [false, r];
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return [true, e.exc.value];
    throw e;
  }
}

function taskStepImpl(task: PyTask, excIn: PyValue | null): PyValue {
  if (task.state !== PENDING) {
    raiseType(invalidStateError(), `_step(): already done: ${repr(task)} ${repr(excIn ?? None)}`);
  }
  let exc = excIn instanceof PyBaseException ? excIn : null;
  if (task.mustCancel) {
    if (exc === null || !isCancelledError(exc)) exc = makeCancelledError(task);
    task.mustCancel = false;
  }
  task.futWaiter = null;
  const coro = task.coro;
  if (coro === null) raise(RuntimeError, 'uninitialized Task object');
  let done: boolean;
  let result: PyValue;
  try {
    [done, result] = sendToCoro(coro, exc);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const ev = e.exc;
    if (isCancelledError(ev)) {
      task.cancelledExc = ev;
      futureCancel(task, None);
      return None;
    }
    setException(task, ev);
    if (ev.cls.isSubtype(KeyboardInterrupt) || ev.cls.isSubtype(SystemExit)) throw e;
    return None;
  }
  if (done) {
    if (task.mustCancel) {
      task.mustCancel = false;
      futureCancel(task, task.cancelMsg);
    } else setResult(task, result);
    return None;
  }
  if (result === task) return stepSoonError(task, `Task cannot await on itself: ${repr(task)}`);
  const blocking = result instanceof PyFuture && (typeOf(result) === futureType || typeOf(result) === taskType)
    ? result.blocking : result === None ? undefined : getAttrOpt(result, '_asyncio_future_blocking');
  if (result instanceof PyFuture && (typeOf(result) === futureType || typeOf(result) === taskType)) {
    if (result.loop !== task.loop) return stepSoonError(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
    if (!result.blocking) return stepSoonError(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
    result.blocking = false;
    addDoneCallback(result, wakeupFor(task), task.context);
    return waitOn(task, result);
  }
  if (result === None) {
    callStepSoon(task, null);
    return None;
  }
  if (blocking !== undefined && blocking !== None) {
    const oloop = futureLoop(result);
    if (oloop !== task.loop) return stepSoonError(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
    if (!truthy(blocking)) return stepSoonError(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
    setAttr(result, '_asyncio_future_blocking', false);
    call(getAttr(result, 'add_done_callback'), [wakeupFor(task), task.context], ['context']);
    return waitOn(task, result);
  }
  if (typeOf(result).isSubtype(generatorType)) {
    return stepSoonError(task, `yield was used instead of yield from for generator in task ${repr(task)} with ${repr(result)}`);
  }
  return stepSoonError(task, `Task got bad yield: ${repr(result)}`);
}

function waitOn(task: PyTask, fut: PyValue): PyValue {
  task.futWaiter = fut;
  if (task.mustCancel) {
    if (truthy(call(getAttr(fut, 'cancel'), [task.cancelMsg], ['msg']))) task.mustCancel = false;
  }
  return None;
}

/** asyncio.futures._get_loop. */
function futureLoop(f: PyValue): PyValue {
  if (f instanceof PyFuture && (typeOf(f) === futureType || typeOf(f) === taskType)) return f.loop ?? None;
  const gl = getAttrOpt(f, 'get_loop');
  if (gl !== undefined) return call(gl, []);
  return getAttr(f, '_loop');
}

function taskStep(task: PyTask, exc: PyValue | null): PyValue {
  const loop = task.loop!;
  enterTask(loop, task);
  let r: PyValue;
  try {
    r = taskStepImpl(task, exc);
  } catch (e) {
    try {
      leaveTask(loop, task);
    } catch {
      // The step's own exception is the one to report.
    }
    throw e;
  }
  leaveTask(loop, task);
  return r;
}

/** The bound builtin `task_wakeup` given to the awaited future's add_done_callback. */
function wakeupFor(task: PyTask): PyValue {
  return new PyBuiltin('task_wakeup', (args) => {
    if (args.length !== 1) typeError(`task_wakeup() takes exactly one argument (${args.length} given)`);
    const o = args[0];
    try {
      if (o instanceof PyFuture && (typeOf(o) === futureType || typeOf(o) === taskType)) getResult(o);
      else call(getAttr(o, 'result'), []);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      return taskStep(task, e.exc);
    }
    return taskStep(task, null);
  }, task);
}

function initTaskType(): void {
  taskType.tdict.set('__new__', new PyBuiltin('__new__', (args) => newFuture(args[0] as PyType, true)));
  defineMethods(taskType, {
    __init__: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length - nkw > 1) typeError(`Task() takes at most 1 positional argument (${args.length - nkw} given)`);
      const [coro, loop, name, context] = clinicArgs('Task', ['coro', 'loop', 'name', 'context'], args, kw, 1, 1);
      const t = T(self);
      futureInit(t, loop ?? None);
      if (!isCoroutine(coro!)) {
        t.logDestroyPending = false;
        typeError(`a coroutine was expected, got ${repr(coro!)}`);
      }
      t.context = context === undefined || context === None ? copyContext() : context;
      t.futWaiter = null;
      t.mustCancel = false;
      t.logDestroyPending = true;
      t.numCancels = 0;
      t.coro = coro!;
      // The task owns the coroutine from here: without this, every rebinding of a name that held it
      // (gather's loop variable...) would walk the heap to see whether it was dropped unawaited.
      if (coro instanceof PyGenerator && coro.unawaited) coro.awaited();
      t.name = name === undefined || name === None ? `Task-${++taskCounter}` : typeof name === 'string' ? name : str(name);
      callStepSoon(t, null);
      registerTask(t);
      return None;
    },
    set_result: () => raise(RuntimeError, 'Task does not support set_result operation'),
    set_exception: () => raise(RuntimeError, 'Task does not support set_exception operation'),
    cancel: (self, args, kw) => {
      const [m] = clinicArgs('cancel', ['msg'], args, kw, 0);
      const msg = m ?? None;
      const t = T(self);
      t.logTb = false;
      if (t.state !== PENDING) return false;
      t.numCancels++;
      if (t.futWaiter !== null && truthy(call(getAttr(t.futWaiter, 'cancel'), [msg], ['msg']))) return true;
      t.mustCancel = true;
      t.cancelMsg = msg;
      return true;
    },
    cancelling: (self) => T(self).numCancels,
    uncancel: (self) => {
      const t = T(self);
      if (t.numCancels > 0) t.numCancels--;
      return t.numCancels;
    },
    get_coro: (self) => T(self).coro ?? None,
    get_name: (self) => T(self).name,
    set_name: (self, args) => {
      if (args.length !== 1) typeError(`set_name() takes exactly one argument (${args.length} given)`);
      T(self).name = typeof args[0] === 'string' ? args[0] : str(args[0]);
      return None;
    },
    get_stack: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length > nkw) typeError('get_stack() takes no positional arguments');
      const [limit] = clinicArgs('get_stack', ['limit'], args, kw, 0);
      return call(helper('asyncio.base_tasks', '_task_get_stack'), [self, limit ?? None]);
    },
    print_stack: (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length > nkw) typeError('print_stack() takes no positional arguments');
      const [limit, file] = clinicArgs('print_stack', ['limit', 'file'], args, kw, 0);
      return call(helper('asyncio.base_tasks', '_task_print_stack'), [self, limit ?? None, file ?? None]);
    },
    __repr__: (self) => {
      ensureAlive(T(self));
      return call(helper('asyncio.base_tasks', '_task_repr'), [self]);
    },
  });
  taskType.tdict.set('__class_getitem__', new PyClassMethodDescr(taskType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
  defineGetters(taskType, {
    _log_destroy_pending: [(self) => T(self).logDestroyPending, (self, v) => {
      if (v === null) raise(AttributeError, 'cannot delete attribute');
      T(self).logDestroyPending = truthy(v);
    }],
    _must_cancel: (self) => T(self).mustCancel,
    _coro: (self) => T(self).coro ?? None,
    _fut_waiter: (self) => T(self).futWaiter ?? None,
  });

  defineMethods(stepWrapperType, {
    __call__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('function takes no keyword arguments');
      if (args.length !== 0) typeError('function takes no positional arguments');
      const w = self as PyStepWrapper;
      return taskStep(w.task, w.arg);
    },
    __repr__: (self) => `<TaskStepMethWrapper object at 0x${idOf(self).toString(16).padStart(12, '0')}>`,
  });
  defineGetters(stepWrapperType, { __self__: (self) => (self as PyStepWrapper).task });
}

// ---------------------------------------------------------------------------

let initialised = false;

export function makeAsyncioModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initFutureType();
    initFutureIterType();
    initTaskType();
  }
  const d = new PyDict();
  const m = new PyModule('_asyncio', d);
  d.setStr('__doc__', 'Accelerator module for asyncio');
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  if (allTasks === null) allTasks = call(getAttr(loadModule('weakref'), 'WeakSet'), []);
  d.setStr('Future', futureType);
  d.setStr('Task', taskType);
  d.setStr('_all_tasks', allTasks);
  d.setStr('_current_tasks', currentTasks);
  def('_get_running_loop', () => getRunningLoop());
  def('_set_running_loop', (args) => {
    if (args.length !== 1) typeError(`_set_running_loop() takes exactly one argument (${args.length} given)`);
    runningLoop = args[0];
    runningPid = process.pid;
    return None;
  });
  def('get_running_loop', () => {
    const l = getRunningLoop();
    if (l === None) raise(RuntimeError, 'no running event loop');
    return l;
  });
  def('get_event_loop', () => getEventLoop());
  def('_get_event_loop', (args, kw) => {
    clinicArgs('_get_event_loop', ['stacklevel'], args, kw, 0);
    return getEventLoop();
  });
  def('_register_task', (args, kw) => {
    const [t] = clinicArgs('_register_task', ['task'], args, kw, 1);
    registerTask(t!);
    return None;
  });
  def('_unregister_task', (args, kw) => {
    const [t] = clinicArgs('_unregister_task', ['task'], args, kw, 1);
    call(getAttr(allTasks!, 'discard'), [t!]);
    return None;
  });
  def('_enter_task', (args, kw) => {
    const [l, t] = clinicArgs('_enter_task', ['loop', 'task'], args, kw, 2);
    enterTask(l!, t!);
    return None;
  });
  def('_leave_task', (args, kw) => {
    const [l, t] = clinicArgs('_leave_task', ['loop', 'task'], args, kw, 2);
    leaveTask(l!, t!);
    return None;
  });
  return m;
}
