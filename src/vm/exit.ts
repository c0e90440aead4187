// Ending the process without waiting for V8's background compilations.
// Node ends a process (when its event loop is empty, or by process.exit()) by shutting down its task
// platform, which first finishes every background task: a TurboFan compilation in flight runs to its end.
// The eval loop's compile takes ~100 ms (several times that on a loaded machine) and a short program often
// ends during one: measured, `import typing` took 448 ms wall with a natural exit, 413 ms with
// process.exit() (queued tasks dropped, the running one still joined) and 320 ms ending here; `-c pass`
// 92 -> 82 ms. WASI's proc_exit, with `returnOnExit: false`, calls C's exit() at once: the process ends
// with the given status and its threads with it. Nothing is lost by not waiting: Typhon's output is
// written synchronously (sys.stdout is flushed before this is called) and CPython, too, ends while child
// processes and sockets are still open. The 'exit' event is emitted first, as process.exit() does.
// Where node:wasi is missing (Node before 20.16 lacks process.getBuiltinModule), or node has work to do at
// exit (profiles: --cpu-prof, --heap-prof, --prof; coverage: NODE_V8_COVERAGE), or a worker thread was
// started (process.exit() stops it first; C exit() under a running one ended sockets/names_ipv6.py by
// SIGSEGV once), process.exit() it is.
// So it is too while one of V8's helper threads is running (a compile, a GC task): C exit() destroys
// static objects those threads use (the race Node's process.exit() closes by joining them first,
// nodejs/node#25007). Unchecked, about one run in 300-500 of an allocation-heavy program ended by
// SIGSEGV after its output (asyncio/tasks_basics.py, once in a CI run). The threads' states are read
// from /proc/self/task (~0.3 ms); where that cannot be read, process.exit().

import { readdirSync, readFileSync } from 'node:fs';

/** The bytes of a WebAssembly module exporting `memory` and `exit(status)`, which calls WASI's proc_exit. */
function exitModule(): Uint8Array<ArrayBuffer> {
  const name = (s: string): number[] => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  const section = (id: number, body: number[]): number[] => [id, body.length, ...body];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // types: (i32) -> ()
    ...section(2, [1, ...name('wasi_snapshot_preview1'), ...name('proc_exit'), 0x00, 0]), // import func 0
    ...section(3, [1, 0]), // func 1 has type 0
    ...section(5, [1, 0x00, 1]), // one memory of one page: WASI requires an exported memory
    ...section(7, [2, ...name('memory'), 0x02, 0, ...name('exit'), 0x00, 1]), // exports
    ...section(10, [1, 6, 0, 0x20, 0, 0x10, 0, 0x0b]), // func 1: local.get 0; call 0; end
  ]);
}

type WasiModule = { WASI: new (options: object) => { getImportObject(): WebAssembly.Imports; initialize(instance: object): void } };

/** Set by the modules that start worker threads (socketnet.ts). */
export const exitState = { workers: false };

function nodeExitNeeded(): boolean {
  if (exitState.workers || process.env.NODE_V8_COVERAGE) return true;
  return /(^|\s)--(cpu-prof|heap-prof|prof)\b/.test(process.execArgv.join(' ') + ' ' + (process.env.NODE_OPTIONS ?? ''));
}

/** Whether every thread but this one is asleep (read from /proc; false where it cannot be read). */
function helpersIdle(): boolean {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      if (tid === String(process.pid)) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
      // The state follows the command name, which is in parentheses and may itself hold ')'.
      const state = stat.charAt(stat.lastIndexOf(')') + 2);
      if (state !== 'S' && state !== 'I') return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** End the process now with `status` (0-255), running the 'exit' listeners first. */
export function exitProcess(status: number): never {
  process.exitCode = status;
  let exit: ((status: number) => void) | undefined;
  try {
    if (nodeExitNeeded()) process.exit(status);
    // Loaded only here: loading node:wasi queues an ExperimentalWarning, which is never printed as the
    // process ends in this same tick.
    const wasi = process.getBuiltinModule?.('node:wasi') as WasiModule | undefined;
    if (wasi !== undefined) {
      const w = new wasi.WASI({ version: 'preview1', returnOnExit: false });
      const instance = new WebAssembly.Instance(new WebAssembly.Module(exitModule()), w.getImportObject());
      w.initialize(instance);
      exit = instance.exports.exit as (status: number) => void;
    }
  } catch {
    /* no WASI here */
  }
  // The threads are looked at last, as close to exit() as can be (the WASI set-up above is wasted when one runs).
  if (exit === undefined || !helpersIdle()) process.exit(status);
  process.emit('exit', status);
  try {
    exit(status);
  } finally {
    process.exit(status); // not reached
  }
}
