// Suspendable execution of a whole program: run it in slices of N instructions, pausing between
// them with the JS stack unwound, so a host (a browser page, an event loop) can do other work,
// stream output, or stop the program. Frames live on the heap (ceval.ts), so a pause is just the
// outermost loop saving pc/sp into the current frame and returning PAUSED.
import { PyDict, PyModule, PyValue } from '../objects/object.js';
import { Frame, PAUSED, toPyExc, newFrame, tripSignal } from './ceval.js';
import { runMain } from './threads.js';
import { PyFunction } from '../objects/funcobject.js';
import { sys } from '../modules/sys.js';
import { RtCode } from './code.js';
import { builtinsDict } from '../modules/builtins.js';
import { flushStdFiles, flushIo } from '../modules/sys.js';
import { PyBaseException } from '../objects/exceptions.js';
import { handleUncaught, prepareFile } from './interp.js';
import { shutdownInterpreter } from './interp.js';

export type SliceResult = 'paused' | 'done';

export class Execution {
  private entry: Frame;
  private started = false;
  /** The main module has finished (with this status): the main thread now waits for the other threads. */
  private mainStatus: number | null = null;
  /** Set once the program has finished: its exit status (0, or as for an uncaught exception). */
  exitStatus: number | null = null;

  /**
   * `script`: a script file or standard input, which CPython runs by PyRun_SimpleFile: sys.stderr and
   * sys.stdout are flushed as the program ends, before its error is printed (a -c command or a module run
   * through runpy prints the error first, and what stdout still buffers comes out at exit).
   */
  constructor(code: RtCode, globals: PyDict, private readonly script = false) {
    this.entry = new Frame(code, globals, builtinsDict, globals, null);
  }

  /** Compile a script as __main__; a compile error gives an Execution already done with its status. */
  static fromFile(path: string, argv: string[]): Execution | number {
    const main = prepareFile(path, argv);
    return typeof main === 'number' ? main : new Execution(main.code, main.globals, true);
  }

  /**
   * Run at most `budget` instructions of the outermost loop (more may run inside native code that
   * calls back into Python: a sort key, a generator resumed by next(); the pause then falls due when
   * control returns to the outermost loop).
   */
  runSlice(budget: number): SliceResult {
    if (this.exitStatus !== null) return 'done';
    if (!(budget >= 1)) throw new RangeError('budget must be at least 1');
    let r: PyValue;
    let status = 0;
    let exc: PyBaseException | null = null;
    try {
      r = runMain(this.entry, budget, !this.started);
      this.started = true;
      if (r === PAUSED) return 'paused';
    } catch (e) {
      exc = toPyExc(e);
    }
    if (this.script && this.mainStatus === null) flushIo();
    if (exc !== null) status = handleUncaught(exc);
    if (this.mainStatus === null) {
      // As Py_FinalizeEx: threading._shutdown() joins the threads still running, on the main thread.
      this.mainStatus = status;
      const shutdown = threadingShutdown();
      if (shutdown !== null) {
        this.entry = newFrame(shutdown);
        this.started = false;
        return 'paused';
      }
    }
    this.finish(this.mainStatus);
    return 'done';
  }

  /** Ask the running program to raise KeyboardInterrupt at its next backward jump or call. */
  interrupt(): void {
    tripSignal(2);
  }

  private finish(status: number): void {
    shutdownInterpreter();
    this.exitStatus = flushStdFiles() ? status : 120;
  }
}

/** threading._shutdown, when threading was imported. */
export function threadingShutdown(): PyFunction | null {
  const modules = sys.getStr('modules');
  const threading = modules instanceof PyDict ? modules.getStr('threading') : undefined;
  const dict = threading instanceof PyModule ? threading.dict : null;
  const f = dict !== null ? dict.getStr('_shutdown') : undefined;
  return f instanceof PyFunction && f.code.argcount === 0 ? f : null;
}
