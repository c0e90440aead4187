// The _thread module (Modules/_threadmodule.c): threads run as green threads on the heap frames
// (vm/threads.ts), one at a time as under the GIL, switching when one blocks (a lock, time.sleep) or
// has run its slice. Locks block their thread, with timeouts; threading.py's Lock, RLock, Condition,
// Event, Semaphore, Barrier and queue.Queue are built on them.
import {
  PyValue, PyObject, PyDict, PyModule, PyBuiltin, PyType, PyFloat, PyMethod, None, typeType, objectType, defineMethods, typeOf,
  TF_BASETYPE,
} from '../objects/object.js';
import { raise, RuntimeError, valueError, OverflowError, typeError, attributeError as attributeErrorT } from '../objects/exceptions.js';
import { idOf, truthy, toFloat, index, callBound, genericGetAttr, genericSetAttr, noAttribute } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';
import { initHeapLayout, attrNameArg } from '../objects/typeobject.js';
import { PyFunction } from '../objects/funcobject.js';
import { newFrame, bindArgs, ts, tripSignal, runPendingSignals } from '../vm/ceval.js';
import { signalHandled } from './_signal.js';
import { block, currentThread, deadlineIn, newThread, schedulerHooks, threadCount, GreenThread } from '../vm/threads.js';

const current = (): number => currentThread().ident;

function mkType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_thread');
  return t;
}
const lockType = mkType('lock');
const rlockType = mkType('RLock');

class PyLock extends PyObject {
  declare locked: boolean;
  declare owner: number;
  declare count: number;
  constructor(cls: PyType) {
    super(cls);
    this.locked = false;
    this.owner = 0;
    this.count = 0;
  }
}

function hexId(v: PyValue): string {
  return '0x' + idOf(v).toString(16).padStart(12, '0');
}

/** acquire()'s arguments: [blocking, timeout in seconds or -1]. */
function acquireArgs(args: PyValue[], kw: string[] | null): [boolean, number] {
  const [b, t] = parseArgs('acquire', ['blocking', 'timeout'], args, kw, 0);
  const blocking = b === undefined ? true : truthy(b);
  let timeout = t === undefined ? -1 : toFloat(t);
  if (!blocking && timeout !== -1) valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) valueError('timeout value must be a non-negative number');
  if (timeout > 9223372036) raise(OverflowError, 'timeout value is too large');
  if (!blocking) timeout = 0;
  return [blocking, timeout];
}

/** Wait (up to `timeout` seconds, negative: forever) until `take` succeeds; false on timeout. */
function waitToTake(take: () => boolean, free: () => boolean, timeout: number, taken: PyValue = true): PyValue {
  if (timeout === 0) return false;
  const deadline = deadlineIn(timeout);
  return block({
    ready: free,
    deadline,
    finish: () => (take() ? taken : performance.now() >= deadline ? false : undefined),
  });
}

function initLocks(): void {
  const L = (v: PyValue) => v as PyLock;
  const acquire = (self: PyValue, args: PyValue[], kw: string[] | null): PyValue => {
    const [, timeout] = acquireArgs(args, kw);
    const l = L(self);
    if (!l.locked) {
      l.locked = true;
      return true;
    }
    return waitToTake(() => !l.locked && (l.locked = true), () => !l.locked, timeout);
  };
  const release = (self: PyValue): PyValue => {
    const l = L(self);
    if (!l.locked) raise(RuntimeError, 'release unlocked lock');
    l.locked = false;
    return None;
  };
  lockType.tdict.set('__new__', new PyBuiltin('__new__', (args) => typeError(`cannot create '_thread.lock' instances`) ?? args));
  defineMethods(lockType, {
    acquire,
    acquire_lock: acquire,
    __enter__: (self) => acquire(self, [], null),
    release,
    release_lock: release,
    __exit__: (self) => release(self),
    locked: (self) => L(self).locked,
    locked_lock: (self) => L(self).locked,
    _at_fork_reinit: (self) => {
      L(self).locked = false;
      return None;
    },
    __repr__: (self) => `<${L(self).locked ? 'locked' : 'unlocked'} _thread.lock object at ${hexId(self)}>`,
  });

  const racquire = (self: PyValue, args: PyValue[], kw: string[] | null): PyValue => {
    const [, timeout] = acquireArgs(args, kw);
    const l = L(self);
    if (l.count > 0 && l.owner === current()) {
      l.count++;
      return true;
    }
    const take = (): boolean => {
      if (l.count !== 0) return false;
      l.owner = current();
      l.count = 1;
      return true;
    };
    return take() || waitToTake(take, () => l.count === 0, timeout);
  };
  const rrelease = (self: PyValue): PyValue => {
    const l = L(self);
    if (l.count === 0 || l.owner !== current()) raise(RuntimeError, 'cannot release un-acquired lock');
    if (--l.count === 0) l.owner = 0;
    return None;
  };
  rlockType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const l = new PyLock(cls);
    if (cls.flags & 1) initHeapLayout(l as unknown as PyObject & { slots: (PyValue | null)[] | null }, cls);
    return l;
  }));
  defineMethods(rlockType, {
    acquire: racquire,
    __enter__: (self) => racquire(self, [], null),
    release: rrelease,
    __exit__: (self) => rrelease(self),
    _is_owned: (self) => L(self).count > 0 && L(self).owner === current(),
    _recursion_count: (self) => (L(self).owner === current() ? L(self).count : 0),
    _release_save: (self) => {
      const l = L(self);
      if (l.count === 0) raise(RuntimeError, 'cannot release un-acquired lock');
      const state = new PyTupleT([l.count, l.owner]);
      l.count = 0;
      l.owner = 0;
      return state;
    },
    _acquire_restore: (self, args) => {
      const l = L(self);
      const st = args[0] as PyTupleT;
      const take = (): boolean => {
        if (l.count !== 0) return false;
        l.count = Number(st.items[0]);
        l.owner = Number(st.items[1]);
        return true;
      };
      return take() ? None : waitToTake(take, () => l.count === 0, -1, None);
    },
    _at_fork_reinit: (self) => {
      L(self).count = 0;
      L(self).owner = 0;
      return None;
    },
    __repr__: (self) => {
      const l = L(self);
      return `<${l.count > 0 ? 'locked' : 'unlocked'} ${typeOf(self).tdict.get('__module__') === '_thread' ? '_thread.' : ''}${typeOf(self).name} object owner=${l.owner} count=${l.count} at ${hexId(self)}>`;
    },
  });
}
import { PyTuple as PyTupleT } from '../objects/object.js';

// _thread._local: one __dict__ per thread. Every attribute access first swaps in the running thread's
// dict (made on its first access there, when a subclass's __init__ runs again with the original arguments).
const localType = mkType('_local');
class PyLocal extends PyObject {
  declare dicts: WeakMap<GreenThread, PyDict>;
  declare initArgs: PyValue[];
  declare initKw: string[] | null;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, args: PyValue[], kw: string[] | null) {
    super(cls);
    this.dicts = new WeakMap();
    this.initArgs = args;
    this.initKw = kw;
    this.slots = null;
  }
}

function localDict(self: PyValue): PyLocal {
  if (!(self instanceof PyLocal)) typeError(`descriptor requires a '_thread._local' object but received a '${typeOf(self).tpName}'`);
  const t = currentThread();
  let d = self.dicts.get(t);
  if (d !== undefined) {
    self.dict = d;
    return self;
  }
  d = new PyDict();
  self.dicts.set(t, d);
  self.dict = d;
  const init = typeOf(self).lookup('__init__');
  if (init !== undefined && init !== objectType.tdict.get('__init__')) callBound(init, self, self.initArgs.slice(), self.initKw);
  return self;
}

function initLocal(): void {
  localType.tdict.set('__module__', '_thread');
  localType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtype(localType)) typeError('_local.__new__(X): X is not a subtype of _local');
    const rest = args.slice(1);
    if ((rest.length > 0 || (kw !== null && kw.length > 0)) && cls.lookup('__init__') === objectType.tdict.get('__init__'))
      typeError('Initialization arguments are not supported');
    const l = new PyLocal(cls, rest, kw);
    if (cls.flags & 1) initHeapLayout(l as unknown as PyObject & { slots: (PyValue | null)[] | null }, cls);
    const d = new PyDict();
    l.dicts.set(currentThread(), d);
    l.dict = d;
    return l;
  }));
  const dictReadOnly = (): never => attributeErrorT(`'_thread._local' object attribute '__dict__' is read-only`);
  defineMethods(localType, {
    __getattribute__: (self, args) => {
      const name = attrNameArg(args[0]);
      const l = localDict(self);
      if (name === '__dict__') return l.dict!;
      const r = genericGetAttr(l, name);
      if (r === undefined) throw noAttribute(l, name);
      return r;
    },
    __setattr__: (self, args) => {
      const name = attrNameArg(args[0]);
      if (name === '__dict__') dictReadOnly();
      genericSetAttr(localDict(self), name, args[1]);
      return None;
    },
    __delattr__: (self, args) => {
      const name = attrNameArg(args[0]);
      if (name === '__dict__') dictReadOnly();
      genericSetAttr(localDict(self), name, null);
      return None;
    },
  });
}

export function newLock(): PyLock {
  return new PyLock(lockType);
}

export function makeThreadModule(): PyModule {
  initLocks();
  initLocal();
  const d = new PyDict();
  const m = new PyModule('_thread', d);
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  d.setStr('__doc__', 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.');
  d.setStr('LockType', lockType);
  d.setStr('lock', lockType);
  d.setStr('RLock', rlockType);
  d.setStr('_local', localType);
  d.setStr('error', RuntimeError);
  d.setStr('TIMEOUT_MAX', new PyFloat(9223372036.0));
  def('allocate_lock', () => newLock());
  def('allocate', () => newLock());
  def('get_ident', () => current());
  def('get_native_id', () => currentThread().nativeId);
  def('_count', () => threadCount() - 1);
  def('_set_sentinel', () => {
    // Released when the thread that made it ends (the thread state's lock in CPython): join() waits on it.
    const l = newLock();
    currentThread().onExit.push(() => {
      l.locked = false;
    });
    return l;
  });
  def('_is_main_interpreter', () => true);
  def('daemon_threads_allowed', () => true);
  // Green threads share the JS stack: the size is only remembered, as the setting threads would get.
  let stackSize = 0;
  def('stack_size', (args) => {
    if (args.length > 1) typeError(`stack_size() takes at most 1 argument (${args.length} given)`);
    const n = args.length === 0 ? 0 : Number(index(args[0]));
    if (n !== 0 && n < 32768) valueError(n < 0 ? 'size must be 0 or a positive value' : `size not valid: ${n} bytes`);
    const old = stackSize;
    stackSize = n;
    return old;
  });
  const start = (args: PyValue[]): PyValue => {
    if (args.length < 2 || args.length > 3) typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
    const [func, targs, tkw] = args;
    if (typeOf(func).lookup('__call__') === undefined) typeError('first arg must be callable');
    if (!(targs instanceof PyTupleT)) typeError('2nd arg must be a tuple');
    if (tkw !== undefined && tkw !== None && !(tkw instanceof PyDict)) typeError('optional 3rd arg must be a dictionary');
    const a = targs.items.slice();
    let names: string[] | null = null;
    if (tkw instanceof PyDict && tkw.t.map.size > 0) {
      names = [];
      for (const e of tkw.t.map.values()) {
        names.push(e.key as string);
        a.push(e.value);
      }
    }
    // A Python function runs on its own frames (so it can be suspended); anything else runs as a native body.
    let fn: PyValue = func;
    if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
      a.unshift(fn.self);
      fn = fn.func;
    } else if (!(fn instanceof PyFunction)) {
      const c = typeOf(fn).lookup('__call__');
      if (c instanceof PyFunction) {
        a.unshift(fn);
        fn = c;
      }
    }
    if (fn instanceof PyFunction) {
      const f = newFrame(fn);
      const py = fn;
      const t = newThread(f, func, null);
      try {
        bindArgs(py, f.fast, a, 0, a.length, names);
      } catch (e) {
        // The call's TypeError is raised in the new thread.
        t.entry = null;
        t.body = () => {
          throw e;
        };
      }
      return t.ident;
    }
    return newThread(null, func, () => call(func, a, names)).ident;
  };
  def('start_new_thread', start);
  def('start_new', start);
  const hookArgs = makeStructSeqType('_thread._ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);
  d.setStr('_ExceptHookArgs', hookArgs);
  def('_excepthook', (args) => {
    const a = args[0];
    if (!(a instanceof PyTupleT) || a.items.length !== 4) typeError('_thread._excepthook argument type must be ExceptHookArgs');
    const [et, ev, , thread] = a.items;
    if (et === exceptionTypesT.get('SystemExit')) return None;
    // sys.stderr, or when it is None the stderr the thread started with (Thread._stderr).
    let file = threadHooks.stderr();
    if (file === None) {
      if (thread === None) return None;
      file = getAttrOpt(thread, '_stderr') ?? None;
      if (file === None) return None;
    }
    let name: PyValue = thread === None ? None : getAttrOpt(thread, 'name') ?? None;
    if (name === None) name = current();
    threadHooks.write(file, `Exception in thread ${str(name)}:\n`);
    threadHooks.print(file, ev);
    return None;
  });
  def('interrupt_main', (args) => {
    // As if signal `signum` (SIGINT) arrived: nothing unless it has a Python handler (SIGINT's default
    // raises KeyboardInterrupt); called in the main thread, the handler runs before this returns.
    const n = args.length > 0 ? Number(index(args[0])) : 2;
    if (!(n >= 1 && n < 65)) valueError('signal number out of range');
    if (!signalHandled.test(n)) return None;
    tripSignal(n);
    if (ts.mainThread) runPendingSignals();
    return None;
  });
  def('exit', () => raise(exceptionTypesT.get('SystemExit')!, ''));
  return m;
}
import { exceptionTypes as exceptionTypesT, PyException } from '../objects/exceptions.js';
import { call, getAttrOpt, str } from '../objects/abstract.js';
import { makeStructSeqType } from '../objects/structseq.js';

/** Set by interp.ts: reporting of exceptions in threads (stderr, traceback printer, unraisable hook). */
export const threadHooks = {
  stderr: (): PyValue => None,
  write: (file: PyValue, s: string): void => void [file, s],
  print: (file: PyValue, exc: PyValue): void => void [file, exc],
  unraisable: (e: PyException, func: PyValue): void => {
    void e;
    void func;
  },
};

schedulerHooks.threadFailed = (e, func) => {
  if (!e.exc.cls.isSubtype(exceptionTypesT.get('SystemExit')!)) threadHooks.unraisable(e, func ?? None);
};
