// The _signal module (Modules/signalmodule.c): the signal numbers, SIG_DFL/SIG_IGN,
// default_int_handler, and the handler table of signal()/getsignal(). A caught signal is tripped
// (ceval.ts's tripSignal) and its Python handler runs in the main thread at the next check, as
// CPython's eval breaker does: SIGINT comes from the command line's own handling, other signals with
// a Python handler from a Node signal listener (delivered when the host turns its event loop).
import { PyValue, PyDict, PyModule, PyBuiltin, PySet, PyTuple, PyFloat, setType, None, typeOf } from '../objects/object.js';
import { block } from '../vm/threads.js';
import { PyException, newException, KeyboardInterrupt, valueError, typeError, raise, OverflowError } from '../objects/exceptions.js';
import { index, call, toFloat } from '../objects/abstract.js';
import { ts, signals, tripSignal, runPendingSignals, defaultSigusr1 } from '../vm/ceval.js';
import { faultSignals } from './faulthandler.js';
import { methO, clinicArgs } from './args.js';
import { fdBlocking } from './posix.js';
import { wakeupSend } from './_socket.js';
import { pipeEndOf, writePipe } from './pipes.js';
import { writeSync } from 'node:fs';

const SIGNALS: [string, number][] = [['SIGABRT', 6], ['SIGALRM', 14], ['SIGBUS', 7], ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18],
  ['SIGFPE', 8], ['SIGHUP', 1], ['SIGILL', 4], ['SIGINT', 2], ['SIGIO', 29], ['SIGIOT', 6], ['SIGKILL', 9], ['SIGPIPE', 13],
  ['SIGPOLL', 29], ['SIGPROF', 27], ['SIGPWR', 30], ['SIGQUIT', 3], ['SIGRTMAX', 64], ['SIGRTMIN', 34], ['SIGSEGV', 11],
  ['SIGSTKFLT', 16], ['SIGSTOP', 19], ['SIGSYS', 31], ['SIGTERM', 15], ['SIGTRAP', 5], ['SIGTSTP', 20], ['SIGTTIN', 21],
  ['SIGTTOU', 22], ['SIGURG', 23], ['SIGUSR1', 10], ['SIGUSR2', 12], ['SIGVTALRM', 26], ['SIGWINCH', 28], ['SIGXCPU', 24],
  ['SIGXFSZ', 25]];
const NSIG = 65;
const DESCRIPTIONS = ['Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap', 'Aborted', 'Bus error',
  'Floating point exception', 'Killed', 'User defined signal 1', 'Segmentation fault', 'User defined signal 2', 'Broken pipe',
  'Alarm clock', 'Terminated', 'Stack fault', 'Child exited', 'Continued', 'Stopped (signal)', 'Stopped', 'Stopped (tty input)',
  'Stopped (tty output)', 'Urgent I/O condition', 'CPU time limit exceeded', 'File size limit exceeded', 'Virtual timer expired',
  'Profiling timer expired', 'Window changed', 'I/O possible', 'Power failure', 'Bad system call'];

export function makeSignalModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_signal', d);
  const def = (name: string, f: (args: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args) => f(args), m));
  };
  for (const [n, v] of SIGNALS) d.setStr(n, v);
  d.setStr('NSIG', NSIG);
  d.setStr('SIG_DFL', 0);
  d.setStr('SIG_IGN', 1);
  d.setStr('SIG_BLOCK', 0);
  d.setStr('SIG_UNBLOCK', 1);
  d.setStr('SIG_SETMASK', 2);
  d.setStr('ITIMER_REAL', 0);
  d.setStr('ITIMER_VIRTUAL', 1);
  d.setStr('ITIMER_PROF', 2);
  def('default_int_handler', () => {
    throw new PyException(newException(KeyboardInterrupt, []));
  });
  const handlers: PyValue[] = new Array(NSIG).fill(0);
  handlers[2] = d.getStr('default_int_handler')!;
  handlers[13] = 1;
  handlers[25] = 1;
  const sig = (v: PyValue): number => {
    const n = Number(index(v));
    if (n < 1 || n >= NSIG) valueError('signal number out of range');
    return n;
  };
  def('signal', (args) => {
    if (args.length !== 2) typeError(`signal expected 2 arguments, got ${args.length}`);
    const n = sig(args[0]);
    const h = args[1];
    if (h !== 0 && h !== 1 && typeOf(h).lookup('__call__') === undefined) {
      typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    }
    if (n === 9 || n === 19) throw new PyException(newException(exceptionTypesS.get('OSError')!, [22, 'Invalid argument']));
    if (!ts.mainThread) valueError('signal only works in main thread of the main interpreter');
    const old = handlers[n];
    handlers[n] = h;
    // SIG_IGN needs a listener too: without one, node leaves the signal's default action (often: exit).
    listen(n, false);
    if (h !== 0) listen(n, true, h === 1);
    if (n === 10) defaultSigusr1();
    return old;
  });
  def('getsignal', (args) => handlers[sig(methO('_signal.getsignal', args, null))]);
  def('raise_signal', (args) => {
    const n = sig(args[0]);
    if (faultSignals.dump(n) && faultSignals.consumes(n)) return None; // faulthandler.register()'s handler
    if (typeof handlers[n] !== 'number') {
      // raise() then PyErr_CheckSignals: the handler runs before raise_signal returns.
      tripSignal(n);
      if (ts.mainThread) runPendingSignals();
      return None;
    }
    if (handlers[n] === 1) return None;
    if (n === 10) defaultSigusr1();
    process.kill(process.pid, n);
    return None;
  });
  // glibc's descriptions (strsignal(3)); 32 and 33 have none.
  def('strsignal', (args) => {
    const n = sig(methO('_signal.strsignal', args, null));
    if (n >= 34) return `Real-time signal ${n - 34}`;
    return DESCRIPTIONS[n - 1] ?? None;
  });
  def('valid_signals', () => {
    const s = new PySet(setType);
    for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) s.t.set(i, None);
    return s;
  });
  // The descriptor a caught signal's number is written to (asyncio's self-pipe wakes its selector so).
  let wakeFd = -1;
  d.setStr('set_wakeup_fd', new PyBuiltin('set_wakeup_fd', (args, kw) => {
    const [fdV] = clinicArgs('set_wakeup_fd', ['', 'warn_on_full_buffer'], args, kw, 1, 1);
    const fd = index(fdV!);
    if (fd < -2147483648 || fd > 2147483647) raise(OverflowError, 'Python int too large to convert to C int');
    if (!ts.mainThread) valueError('set_wakeup_fd only works in main thread of the main interpreter');
    if (fd !== -1 && fdBlocking(Number(fd))) valueError(`the fd ${fd} must be in non-blocking mode`);
    const old = wakeFd;
    wakeFd = Number(fd);
    return old;
  }, m));
  signals.wakeup = (n) => {
    if (wakeFd < 0) return;
    const data = Uint8Array.of(n & 255);
    // A full buffer or a closed descriptor loses the byte (CPython reports that later as unraisable).
    if (wakeupSend(wakeFd, data) !== undefined) return;
    try {
      const pe = pipeEndOf(wakeFd);
      if (pe !== undefined) writePipe(pe, data);
      else writeSync(wakeFd, data);
    } catch {
      /* lost, as above */
    }
  };
  def('siginterrupt', () => None);
  // ITIMER_REAL on a Node timer (it fires when the host turns its event loop: between slices, or while
  // every thread waits); the other two clocks are kept but never fire.
  const timers = [{ at: 0, interval: 0 }, { at: 0, interval: 0 }, { at: 0, interval: 0 }];
  let realTimer: NodeJS.Timeout | null = null;
  const arm = (delay: number, interval: number): void => {
    if (realTimer !== null) clearTimeout(realTimer);
    realTimer = null;
    timers[0] = { at: delay > 0 ? performance.now() + delay * 1000 : 0, interval };
    if (delay > 0) realTimer = setTimeout(fire, delay * 1000).unref();
  };
  const fire = (): void => {
    realTimer = null;
    const iv = timers[0].interval;
    arm(iv, iv);
    const h = handlers[14];
    if (typeof h !== 'number') tripSignal(14);
    else if (h === 0) process.kill(process.pid, 'SIGALRM'); // SIG_DFL: the process ends, as CPython's would
  };
  const left = (k: number): number => (timers[k].at === 0 ? 0 : Math.max(0, timers[k].at - performance.now()) / 1000);
  def('alarm', (args) => {
    const secs = Number(index(methO('_signal.alarm', args, null)));
    const old = left(0);
    arm(secs, 0);
    // As glibc's alarm(): whole seconds, rounded to nearest, and at least 1 while one was pending.
    return old === 0 ? 0 : Math.max(1, Math.round(old));
  });
  const itimerWhich = (v: PyValue): number => {
    const w = Number(index(v));
    if (w < 0 || w > 2) throw new PyException(newException(exceptionTypesS.get('OSError')!, [22, 'Invalid argument']));
    return w;
  };
  def('setitimer', (args) => {
    if (args.length < 2) typeError(`setitimer expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) typeError(`setitimer expected at most 3 arguments, got ${args.length}`);
    const w = itimerWhich(args[0]);
    const delay = toFloat(args[1]);
    const interval = args.length > 2 ? toFloat(args[2]) : 0;
    const old = new PyTuple([new PyFloat(left(w)), new PyFloat(timers[w].interval)]);
    if (w === 0) arm(delay, interval);
    else timers[w] = { at: delay > 0 ? performance.now() + delay * 1000 : 0, interval };
    return old;
  });
  def('getitimer', (args) => {
    const w = itimerWhich(methO('_signal.getitimer', args, null));
    return new PyTuple([new PyFloat(left(w)), new PyFloat(timers[w].interval)]);
  });
  // Waits until a signal's handler has run (it may raise, ending the wait with its exception).
  def('pause', (args) => {
    if (args.length > 0) typeError(`_signal.pause() takes no arguments (${args.length} given)`);
    return block({ ready: () => ts.interrupt, deadline: Infinity, finish: () => None });
  });
  def('pthread_sigmask', () => new PySet(setType));
  signals.handle = (n) => {
    const h = handlers[n];
    if (typeof h === 'number') return;
    const f = ts.frame;
    call(h, [n, f === null ? None : f]);
  };
  signalHandled.test = (n) => typeof handlers[n] !== 'number';
  return m;
}

/** Whether signal `n` has a Python handler (_thread.interrupt_main ignores the others). */
export const signalHandled = { test: (n: number): boolean => n === 2 };

const listeners = new Map<number, () => void>();
/**
 * Catch signal `n` with a Node listener while it has a Python handler or SIG_IGN (SIGINT is the command line's;
 * SIGKILL/SIGSTOP cannot be caught and Node reserves SIGSEGV, SIGBUS, SIGFPE, SIGILL).
 */
function listen(n: number, on: boolean, ignore = false): void {
  const name = SIGNALS.find(([, v]) => v === n)?.[0];
  if (name === undefined || n === 2 || [4, 7, 8, 9, 11, 19].includes(n)) return;
  const old = listeners.get(n);
  if (on && old === undefined) {
    const l = ignore ? (): void => {} : (): void => tripSignal(n);
    listeners.set(n, l);
    process.on(name as NodeJS.Signals, l);
  } else if (!on && old !== undefined) {
    listeners.delete(n);
    process.off(name as NodeJS.Signals, old);
  }
}
import { exceptionTypes as exceptionTypesS } from '../objects/exceptions.js';
