// The select module (Modules/selectmodule.c): select() and poll() over the descriptors Typhon knows.
// Sockets (_socket.ts: the network's and in-memory pairs) and pipes report their true readiness; other
// open descriptors (files, terminals) count as ready for reading and writing, since Node cannot poll
// them synchronously (for regular files that is also what the kernel says). With other threads, a wait
// blocks its thread (vm/threads.ts) while they run. Alone, a wait involving sockets of the network sleeps
// on the network worker's wake counter until one changes; otherwise only another process feeding a pipe
// can make something ready: a wait sleeps out the timeout (polling such pipes) and returns empty lists;
// with no timeout and nothing to poll it raises RuntimeError (a deadlock).
// epoll is absent, so selectors.DefaultSelector is a PollSelector.
import { fstatSync } from 'node:fs';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PyFloat, None, typeType, objectType,
  defineMethods, typeOf,
} from '../objects/object.js';
import { PyException, typeError, valueError, raise, OverflowError, OSError, KeyError, RuntimeError, newException } from '../objects/exceptions.js';
import { callBound, index, toArray, toFloat, idOf } from '../objects/abstract.js';
import { raiseErrno } from './errno.js';
import { fildesArg } from './args.js';
import { ts } from '../vm/ceval.js';
import { endpointReady } from './_socket.js';
import { pipeEndOf, pipeReadiness, externallyFed } from './pipes.js';
import { block, threadCount, sleepMs as pipeSleep, wakeSeq, BLOCKED, canSuspendNow } from '../vm/threads.js';

const POLLIN = 1;
const POLLPRI = 2;
const POLLOUT = 4;
const POLLERR = 8;
const POLLHUP = 16;
const POLLNVAL = 32;
const POLLRDNORM = 64;
const POLLRDBAND = 128;
const POLLWRNORM = 256;
const POLLWRBAND = 512;
const POLLMSG = 1024;
const POLLRDHUP = 8192;



/** Set by readiness(): a descriptor asked about is a pipe, which another process may make ready. */
let sawPipe = false;
/** Set by readiness(): a descriptor asked about is a socket of the network (the worker may make it ready). */
let sawNet = false;

/** What poll() would report for `fd` (POLLNVAL for a closed descriptor). */
function readiness(fd: number): number {
  const r = endpointReady(fd);
  if (r !== undefined) {
    if (r.external) sawNet = true;
    return (r.readable ? POLLIN : 0) | (r.writable ? POLLOUT : 0) | (r.hup ? POLLHUP : 0);
  }
  try {
    fstatSync(fd);
  } catch {
    return POLLNVAL;
  }
  const pe = pipeEndOf(fd);
  if (pe !== undefined) {
    if (externallyFed(pe)) sawPipe = true;
    return pipeReadiness(pe);
  }
  return POLLIN | POLLOUT;
}

/**
 * Wait until `check` finds something ready or `ms` have passed: as a suspended thread where the caller can
 * suspend (signals are delivered meanwhile). Elsewhere only pipes that another process can use may become
 * ready: they are checked again after short, growing sleeps; with none involved nothing can change and the
 * whole timeout is slept at once (forever: a deadlock, raised).
 */
function waitFor<T>(ms: number, fname: string, check: () => T | null, build: (r: T | null) => PyValue): PyValue {
  sawPipe = false;
  sawNet = false;
  const seen0 = wakeSeq();
  const first = check();
  if (first !== null || ms <= 0) return build(first);
  const external = sawNet;
  if (threadCount() > 1 || canSuspendNow()) {
    // Another thread may make a descriptor ready (an in-memory socket, a pipe it writes), or a signal (its
    // handler, or the byte set_wakeup_fd writes): wait as a thread, so that the host turns its event loop.
    const deadline = performance.now() + ms;
    return block({
      ready: () => {
        try {
          return check() !== null;
        } catch {
          return true; // finish() raises it
        }
      },
      deadline,
      external,
      finish: () => {
        const r = check();
        return r !== null ? build(r) : performance.now() >= deadline ? build(null) : undefined;
      },
    });
  }
  if (external) {
    // Alone with sockets of the network: sleep until the worker reports a change, then look again.
    const end = performance.now() + ms;
    let seen = seen0;
    for (;;) {
      const left = end - performance.now();
      if (left <= 0) return build(null);
      pipeSleep(Math.min(left, sawPipe ? 50 : 1000), seen);
      seen = wakeSeq();
      const r = check();
      if (r !== null) return build(r);
    }
  }
  if (!sawPipe) {
    sleepMs(ms, fname);
    return build(null);
  }
  const end = Date.now() + ms;
  let delay = 0.05;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) return build(null);
    pipeSleep(Math.min(delay, left));
    delay = Math.min(delay * 2, 5);
    const r = check();
    if (r !== null) return build(r);
  }
}

let waitCell: Int32Array | null = null;
/**
 * Sleep `ms` milliseconds. Nothing is ready and no other thread runs meanwhile, so an endless wait
 * could only hang (where CPython would wait for another thread or a signal): it raises, as _thread's
 * blocking acquire of a lock held by the only thread does.
 */
function sleepMs(ms: number, fname: string): void {
  if (ms <= 0) return;
  if (!Number.isFinite(ms)) raise(RuntimeError, `deadlock: ${fname}() without a timeout, and no other thread can make a descriptor ready`);
  if (waitCell === null) waitCell = new Int32Array(new SharedArrayBuffer(4));
  const end = Date.now() + ms;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) return;
    Atomics.wait(waitCell, 0, 0, left);
  }
}

/**
 * A select() argument's objects and their descriptors (seq2set): a list is walked as it is, so a fileno()
 * that shortens it shortens the walk; another iterable is made a list first.
 */
function fdSet(v: PyValue): [PyValue[], number[]] {
  let items: () => PyValue[];
  if (v instanceof PyList || v instanceof PyTuple) items = () => v.items;
  else {
    const t = typeOf(v);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError('arguments 1-3 must be sequences');
    const a = toArray(v);
    items = () => a;
  }
  const objs: PyValue[] = [];
  const fds: number[] = [];
  for (let i = 0; i < items().length; i++) {
    const o = items()[i]!;
    objs.push(o);
    fds.push(fildesArg(o));
  }
  return [objs, fds];
}

/** Called as select()/poll() begins: an event loop's turn is over (_asyncio.ts reports lost futures). */
export const selectHooks: { beforeWait: (() => void) | null } = { beforeWait: null };

function select(args: PyValue[], kw: string[] | null): PyValue {
  // What runs before the wait (the hook, iterating the arguments, their fileno() methods) clears ts.direct;
  // select() is still the eval loop's call, which may suspend the thread.
  const direct = ts.direct;
  if (selectHooks.beforeWait !== null) selectHooks.beforeWait();
  if (kw !== null && kw.length > 0) typeError('select() takes no keyword arguments');
  if (args.length < 3 || args.length > 4) {
    typeError(args.length < 3 ? `select expected at least 3 arguments, got ${args.length}` : `select expected at most 4 arguments, got ${args.length}`);
  }
  let timeout = Infinity;
  if (args.length === 4 && args[3] !== None) {
    const t = args[3];
    if (!(t instanceof PyFloat) && typeof t !== 'number' && typeof t !== 'bigint' && typeof t !== 'boolean'
      && typeOf(t).lookup('__float__') === undefined && typeOf(t).lookup('__index__') === undefined) {
      typeError('timeout must be a float or None');
    }
    const secs = toFloat(t);
    if (Number.isNaN(secs)) valueError('Invalid value NaN (not a number)');
    if (secs < 0) valueError('timeout must be non-negative');
    timeout = secs * 1000;
  }
  const sets = [fdSet(args[0]), fdSet(args[1]), fdSet(args[2])];
  const lists = sets.map((s) => s[0]);
  const fds = sets.map((s) => s[1]);
  // An fd_set holds FD_SETSIZE descriptors.
  for (const l of fds) for (const fd of l) if (fd >= 1024) valueError('filedescriptor out of range in select()');
  const pick = (k: number, mask: number): PyValue[] => {
    const out: PyValue[] = [];
    for (let i = 0; i < fds[k].length; i++) {
      const r = readiness(fds[k][i]);
      if (r & POLLNVAL) raiseErrno(9);
      if (r & mask) out.push(lists[k][i]);
    }
    return out;
  };
  ts.direct = direct;
  return waitFor(timeout, 'select', () => {
    const r = pick(0, POLLIN | POLLHUP | POLLERR);
    const w = pick(1, POLLOUT | POLLERR);
    pick(2, 0);
    return r.length === 0 && w.length === 0 ? null : [r, w];
  }, (ready) => new PyTuple([new PyList(ready === null ? [] : ready[0]), new PyList(ready === null ? [] : ready[1]), new PyList([])]));
}

// ---------------------------------------------------------------------------
// poll objects

const pollType = new PyType(typeType, 'poll', [objectType], 0);
pollType.mro = [pollType, objectType];
pollType.tdict.set('__module__', 'select');

class PyPoll extends PyObject {
  declare fds: Map<number, number>;
  declare polling: boolean;
  constructor() {
    super(pollType);
    this.fds = new Map();
    this.polling = false;
  }
}

const P = (v: PyValue): PyPoll => v as PyPoll;

/** An unsigned short event mask (_PyLong_UnsignedShort_Converter: an unsigned long first). */
function maskArg(v: PyValue): number {
  const n = index(v);
  if (n < 0) valueError('value must be positive');
  if (typeof n === 'bigint' && n >= 1n << 64n) raise(OverflowError, 'Python int too large to convert to C unsigned long');
  if (n > 65535) raise(OverflowError, 'Python int too large for C unsigned short');
  return Number(n);
}

function initPollType(): void {
  pollType.tdict.set('__new__', new PyBuiltin('__new__', () => typeError("cannot create 'select.poll' instances")));
  defineMethods(pollType, {
    register: (self, args) => {
      if (args.length < 1 || args.length > 2) typeError(`register expected at least 1 argument, got ${args.length}`);
      const fd = fildesArg(args[0]);
      P(self).fds.set(fd, args.length > 1 ? maskArg(args[1]) : POLLIN | POLLPRI | POLLOUT);
      return None;
    },
    modify: (self, args) => {
      if (args.length !== 2) typeError(`modify expected 2 arguments, got ${args.length}`);
      const fd = fildesArg(args[0]);
      const mask = maskArg(args[1]);
      if (!P(self).fds.has(fd)) raiseErrno(2);
      P(self).fds.set(fd, mask);
      return None;
    },
    unregister: (self, args) => {
      if (args.length !== 1) typeError(`unregister() takes exactly one argument (${args.length} given)`);
      const fd = fildesArg(args[0]);
      if (!P(self).fds.delete(fd)) throw new PyException(newException(KeyError, [fd]));
      return None;
    },
    poll: (self, args) => {
      if (args.length > 1) typeError(`poll expected at most 1 argument, got ${args.length}`);
      let ms = Infinity;
      if (args.length === 1 && args[0] !== None) {
        const t = args[0];
        if (typeof t !== 'number' && typeof t !== 'bigint' && typeof t !== 'boolean' && !(t instanceof PyFloat)
          && typeOf(t).lookup('__index__') === undefined) {
          typeError('timeout must be an integer or None');
        }
        // _PyTime_ROUND_TIMEOUT rounds a float timeout away from zero (-0.1 is -1: wait forever); the result
        // must fit a C int.
        if (t instanceof PyFloat) {
          if (Number.isNaN(t.value)) valueError('Invalid value NaN (not a number)');
          if (Math.abs(t.value) >= 9.223372036854775e15) raise(OverflowError, 'timestamp out of range for platform time_t');
          ms = t.value < 0 ? -Math.ceil(-t.value) : Math.ceil(t.value);
        } else {
          const n = index(t);
          if (n >= 9223372036854775808n / 1000000n || n <= -9223372036854775808n / 1000000n) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
          ms = Number(n);
        }
        if (ms > 2147483647 || ms < -2147483648) raise(OverflowError, 'timeout is too large');
        if (ms < 0) ms = Infinity;
      }
      const p = P(self);
      if (p.polling) raise(RuntimeError, 'concurrent poll() invocation');
      const direct = ts.direct; // as in select()
      if (selectHooks.beforeWait !== null) selectHooks.beforeWait();
      ts.direct = direct;
      const collect = (): PyValue[] => {
        const out: PyValue[] = [];
        for (const [fd, mask] of p.fds) {
          const r = readiness(fd);
          // POLLERR, POLLHUP and POLLNVAL are reported whatever the mask asks.
          const ev = (r & mask) | (r & (POLLERR | POLLHUP | POLLNVAL));
          if (ev !== 0) out.push(new PyTuple([fd, ev]));
        }
        return out;
      };
      // Set until the result is built: a thread that suspends in poll() keeps it while it waits.
      p.polling = true;
      let parked = false;
      try {
        return waitFor(ms, 'poll', () => {
          try {
            const out = collect();
            return out.length > 0 ? out : null;
          } catch (e) {
            p.polling = false;
            throw e;
          }
        }, (out) => {
          p.polling = false;
          return new PyList(out ?? []);
        });
      } catch (e) {
        parked = e === BLOCKED;
        throw e;
      } finally {
        if (!parked) p.polling = false;
      }
    },
    __repr__: (self) => `<select.poll object at 0x${idOf(self).toString(16).padStart(12, '0')}>`,
  });
}

let initialised = false;

export function makeSelectModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initPollType();
  }
  const d = new PyDict();
  const m = new PyModule('select', d);
  d.setStr('select', new PyBuiltin('select', select, m));
  d.setStr('poll', new PyBuiltin('poll', (args) => {
    if (args.length !== 0) typeError(`poll() takes no arguments (${args.length} given)`);
    return new PyPoll();
  }, m));
  d.setStr('error', OSError);
  d.setStr('PIPE_BUF', 4096);
  const consts: [string, number][] = [['POLLIN', POLLIN], ['POLLPRI', POLLPRI], ['POLLOUT', POLLOUT], ['POLLERR', POLLERR],
    ['POLLHUP', POLLHUP], ['POLLNVAL', POLLNVAL], ['POLLRDNORM', POLLRDNORM], ['POLLRDBAND', POLLRDBAND],
    ['POLLWRNORM', POLLWRNORM], ['POLLWRBAND', POLLWRBAND], ['POLLMSG', POLLMSG], ['POLLRDHUP', POLLRDHUP]];
  for (const [n, v] of consts) d.setStr(n, v);
  return m;
}
