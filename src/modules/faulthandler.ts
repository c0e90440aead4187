// The faulthandler module (Modules/faulthandler.c): dump the Python tracebacks of all threads to a
// file descriptor, now, after a timeout (a watchdog, as test.support and regrtest use it) or on a signal
// (register()). There are no faults to catch in a JavaScript host: enable() records its file for the
// _sigsegv-like helpers, which write the report and then send themselves the signal.
import { writeSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { PyValue, PyDict, PyModule, PyBuiltin, None } from '../objects/object.js';
import { typeError, valueError, raise, RuntimeError, OverflowError } from '../objects/exceptions.js';
import { call, getAttr, getAttrOpt, index, toFloat, truthy } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';
import { Frame } from '../vm/ceval.js';
import { currentThread, threadFrames } from '../vm/threads.js';
import { sys } from './sys.js';
import { exitProcess } from '../vm/exit.js';

/** The descriptor to write to: an int, or a file object's fileno() (flushed first), default sys.stderr. */
function fdOf(file: PyValue | undefined): number {
  if (file === undefined || file === None) {
    file = sys.getStr('stderr');
    if (file === undefined || file === None) raise(RuntimeError, 'sys.stderr is None');
  }
  if (typeof file === 'number' || typeof file === 'bigint') {
    const fd = Number(index(file));
    if (fd < 0) valueError('file is not a valid file descripter');
    return fd;
  }
  const fd = Number(index(call(getAttr(file, 'fileno'), [])));
  if (fd < 0) valueError('file is not a valid file descripter');
  const flush = getAttrOpt(file, 'flush');
  if (flush !== undefined) call(flush, []);
  return fd;
}

function frameLines(f: Frame | null): string {
  let out = '';
  if (f === null) return '  <no Python frame>\n';
  for (let depth = 0; f !== null; f = f.back, depth++) {
    if (depth >= 100) {
      out += '  ...\n';
      break;
    }
    out += `  File "${dumpAscii(f.code.filename)}", line ${f.lineno} in ${dumpAscii(f.code.name)}\n`;
  }
  return out;
}

/** _Py_DumpASCII: printable ASCII as it is, other code points escaped, at most 500 of them. */
function dumpAscii(s: string): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    if (n++ === 500) return out + '...';
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c <= 0x7e) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function hexIdent(n: number): string {
  return '0x' + n.toString(16).padStart(16, '0');
}

/** What a fatal error prints after its message: every thread's stack. */
export function threadDump(): string {
  return dumpText(true);
}

/**
 * The text faulthandler writes: each thread, newest first, the current one marked (none is for the watchdog
 * of dump_traceback_later, which runs in no Python thread).
 */
function dumpText(allThreads: boolean, marked = true): string {
  const me = marked ? currentThread().ident : -1;
  const threads = threadFrames();
  if (!allThreads) return `Stack (most recent call first):\n${frameLines(threads.find(([id]) => id === me)![1])}`;
  const parts: string[] = [];
  for (let i = threads.length - 1; i >= 0; i--) {
    const [id, f] = threads[i];
    parts.push(`${id === me ? 'Current thread' : 'Thread'} ${hexIdent(id)} (most recent call first):\n${frameLines(f)}`);
  }
  return parts.join('\n');
}

function write(fd: number, s: string): void {
  try {
    writeSync(fd, s);
  } catch {
    /* as faulthandler: a failed write is not reported */
  }
}

/** Whether faulthandler is enabled at start-up (the command line's -X faulthandler, PYTHONFAULTHANDLER, -X dev). */
export const faulthandlerConfig = { enabled: false };

export function makeFaulthandlerModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('faulthandler', d);
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  let enabled = faulthandlerConfig.enabled;
  let later: NodeJS.Timeout | null = null;
  const cancel = (): void => {
    if (later !== null) clearTimeout(later);
    later = null;
  };
  let fatalFd = 2;
  let fatalAll = true;
  def('enable', (args, kw) => {
    const [file, all] = parseArgs('enable', ['file', 'all_threads'], args, kw, 0);
    fatalFd = fdOf(file);
    fatalAll = all === undefined || truthy(all);
    enabled = true;
    return None;
  });
  // The test helpers that crash the process: no fault happens in a JS host, so the signal is sent, after the
  // report faulthandler's handler would write for it when enabled.
  const crash = (name: string, what: string, sig: NodeJS.Signals): void => {
    def(name, () => {
      if (enabled) write(fatalFd, `Fatal Python error: ${what}\n\n${dumpText(fatalAll)}`);
      process.kill(process.pid, sig);
      return None;
    });
  };
  crash('_sigsegv', 'Segmentation fault', 'SIGSEGV');
  crash('_read_null', 'Segmentation fault', 'SIGSEGV');
  crash('_sigabrt', 'Aborted', 'SIGABRT');
  crash('_sigfpe', 'Floating point exception', 'SIGFPE');
  def('disable', () => {
    const was = enabled;
    enabled = false;
    return was;
  });
  def('is_enabled', () => enabled);
  def('dump_traceback', (args, kw) => {
    const [file, all] = parseArgs('dump_traceback', ['file', 'all_threads'], args, kw, 0);
    write(fdOf(file), dumpText(all === undefined || truthy(all)));
    return None;
  });
  def('dump_traceback_later', (args, kw) => {
    const [t, rep, file, exit] = parseArgs('dump_traceback_later', ['timeout', 'repeat', 'file', 'exit'], args, kw, 1);
    const timeout = toFloat(t!);
    if (!(timeout > 0)) valueError('timeout must be greater than 0');
    if (timeout * 1e6 > 9.2e18) raise(OverflowError, 'timeout value is too large');
    const fd = fdOf(file);
    const repeat = rep !== undefined && truthy(rep);
    const exitAfter = exit !== undefined && truthy(exit);
    cancel();
    // Fires when the host turns its event loop (between slices of a running program).
    const fire = (): void => {
      write(fd, `Timeout (${formatTimeout(timeout)})!\n${dumpText(true, false)}`);
      if (exitAfter) exitProcess(1);
      later = repeat ? setTimeout(fire, timeout * 1000).unref() : null;
    };
    later = setTimeout(fire, timeout * 1000).unref();
    return None;
  });
  def('cancel_dump_traceback_later', () => {
    cancel();
    return None;
  });
  def('register', (args, kw) => {
    const [signum, file, all, chain] = parseArgs('register', ['signum', 'file', 'all_threads', 'chain'], args, kw, 1);
    const n = Number(index(signum!));
    if ([4, 7, 8, 9, 11, 19].includes(n) || n < 1 || n >= 65) raise(RuntimeError, n < 1 || n >= 65 ? 'signal number out of range' : 'signal cannot be registered, use enable() instead');
    const fd = fdOf(file);
    unregister(n);
    const name = signalName(n);
    const entry: Registered = { fd, allThreads: all === undefined || truthy(all), chain: chain !== undefined && truthy(chain), listener: null };
    // A signal from outside is dumped when the host turns its event loop (between slices of the program).
    if (name !== undefined) {
      entry.listener = (): void => {
        faultSignals.dump(n);
      };
      process.on(name, entry.listener);
    }
    registered.set(n, entry);
    return None;
  });
  def('unregister', (args) => {
    if (args.length !== 1) typeError(`unregister() takes exactly one argument (${args.length} given)`);
    return unregister(Number(index(args[0]!)));
  });
  return m;
}

interface Registered {
  fd: number;
  allThreads: boolean;
  chain: boolean;
  listener: (() => void) | null;
}
/** The signals faulthandler.register() dumps the tracebacks on. */
const registered = new Map<number, Registered>();

/** Node's name of signal `n`. */
export function signalName(n: number): NodeJS.Signals | undefined {
  const names = osConstants.signals as Record<string, number>;
  return Object.keys(names).find((k) => names[k] === n) as NodeJS.Signals | undefined;
}

function unregister(n: number): boolean {
  const r = registered.get(n);
  if (r === undefined) return false;
  registered.delete(n);
  if (r.listener !== null) process.off(signalName(n)!, r.listener);
  return true;
}

/**
 * Signal `n` sent by the program to itself (os.kill, signal.raise_signal): faulthandler's handler runs at once,
 * as the C one would, and says whether the signal goes on to what was there before (chain=True).
 */
export const faultSignals = {
  /** Dump for a registered signal: false when it is not registered. */
  dump(n: number): boolean {
    const r = registered.get(n);
    if (r === undefined) return false;
    write(r.fd, dumpText(r.allThreads));
    return true;
  },
  /** Whether a registered signal is consumed by the dump (not chained). */
  consumes(n: number): boolean {
    const r = registered.get(n);
    return r !== undefined && !r.chain;
  },
};

/** H:MM:SS(.ffffff) as faulthandler formats the timeout. */
function formatTimeout(s: number): string {
  const us = Math.round(s * 1e6);
  const sec = Math.floor(us / 1e6);
  const frac = us % 1e6;
  const hh = Math.floor(sec / 3600);
  const mm = Math.floor((sec % 3600) / 60);
  const ss = sec % 60;
  const base = `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
  return frac ? `${base}.${String(frac).padStart(6, '0')}` : base;
}
