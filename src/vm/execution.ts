// Suspendable execution of a whole program: run it in slices of N instructions, pausing between
// them with the JS stack unwound, so a host (a browser page, an event loop) can do other work,
// stream output, or stop the program. Frames live on the heap (ceval.ts), so a pause is just the
// outermost loop saving pc/sp into the current frame and returning PAUSED.
import { PyDict, PyValue } from '../objects/object.js';
import { Frame, PAUSED, startFrame, resumeFrame, ts, toPyExc } from './ceval.js';
import { RtCode } from './code.js';
import { builtinsDict } from '../modules/builtins.js';
import { flushStdout } from '../modules/sys.js';
import { handleUncaught, prepareFile } from './interp.js';
import { shutdownInterpreter } from './interp.js';

export type SliceResult = 'paused' | 'done';

export class Execution {
  private entry: Frame;
  private started = false;
  /** Set once the program has finished: its exit status (0, or as for an uncaught exception). */
  exitStatus: number | null = null;

  constructor(code: RtCode, globals: PyDict) {
    this.entry = new Frame(code, globals, builtinsDict, globals, null);
  }

  /** Compile a script as __main__; a compile error gives an Execution already done with its status. */
  static fromFile(path: string, argv: string[]): Execution | number {
    const main = prepareFile(path, argv);
    return typeof main === 'number' ? main : new Execution(main.code, main.globals);
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
    try {
      if (this.started) r = resumeFrame(this.entry, budget);
      else {
        this.started = true;
        r = startFrame(this.entry, budget);
      }
    } catch (e) {
      this.finish(handleUncaught(toPyExc(e)));
      return 'done';
    }
    if (r === PAUSED) return 'paused';
    this.finish(0);
    return 'done';
  }

  /** Ask the running program to raise KeyboardInterrupt at its next backward jump or call. */
  interrupt(): void {
    ts.interrupt = true;
  }

  private finish(status: number): void {
    this.exitStatus = status;
    shutdownInterpreter();
    try {
      flushStdout();
    } catch {
      /* closed pipe */
    }
  }
}
