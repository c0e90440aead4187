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
import { PyBaseException, PyTraceback } from '../objects/exceptions.js';
import { parse } from '../parser/parser.js';
import { compile } from '../compiler/compile.js';
import { handleUncaught, prepareFile } from './interp.js';
import { shutdownInterpreter } from './interp.js';

export type SliceResult = 'paused' | 'done';
/** How CPython would run the program: a script file or stdin (PyRun_SimpleFile), a module (runpy), a -c command. */
export type RunAs = 'script' | 'runpy' | 'command';

export class Execution {
  private entry: Frame;
  private started = false;
  /** The main module has finished (with this status): the main thread now waits for the other threads. */
  private mainStatus: number | null = null;
  /** Set once the program has finished: its exit status (0, or as for an uncaught exception). */
  exitStatus: number | null = null;

  /**
   * `how` the program came: a script file or standard input, which CPython runs by PyRun_SimpleFile (sys.stderr
   * and sys.stdout are flushed as the program ends, before its error is printed); a module (-m, a directory's
   * or a zip's __main__), which CPython runs through runpy (the error is printed first, with runpy's two
   * frames above the module's); or a -c command (the error first, no other frame).
   */
  constructor(code: RtCode, globals: PyDict, private readonly how: RunAs = 'command') {
    this.entry = new Frame(code, globals, builtinsDict, globals, null);
  }

  /** Compile a script as __main__; a compile error gives an Execution already done with its status. */
  static fromFile(path: string, argv: string[]): Execution | number {
    const main = prepareFile(path, argv);
    return typeof main === 'number' ? main : new Execution(main.code, main.globals, 'script');
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
    if (this.mainStatus === null) {
      if (this.how === 'script') flushIo();
      else if (this.how === 'runpy' && exc !== null) addRunpyFrames(exc);
    }
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

/** runpy's code objects, as `<frozen runpy>` (made once, when a module run by -m fails). */
let runpyCode: Map<string, RtCode> | null = null;

/**
 * The traceback of an exception that ended a module run by -m starts, in CPython, in runpy's
 * _run_module_as_main and _run_code (lines 198 and 88 of the frozen runpy); Typhon runs the module without
 * runpy, and puts those two entries in front.
 */
function addRunpyFrames(exc: PyBaseException): void {
  if (runpyCode === null) {
    // Each body on its line of runpy.py: the traceback module reads the line from the code's positions.
    const src = '\n'.repeat(86) + 'def _run_code():\n    return\n' + '\n'.repeat(108) + 'def _run_module_as_main():\n    return\n';
    const mod = new RtCode(compile(parse(src, '<frozen runpy>', 'exec'), '<frozen runpy>', 'exec', { optimize: 0, flags: 0, source: src }));
    runpyCode = new Map();
    for (const c of mod.consts) if (c instanceof RtCode) runpyCode.set(c.name, c);
  }
  const g = new PyDict();
  let tb = exc.traceback;
  for (const [name, line] of [['_run_code', 88], ['_run_module_as_main', 198]] as const) {
    const code = runpyCode.get(name)!;
    let lasti = 0;
    while (lasti < 4 && code.lineAt(lasti) !== line) lasti++;
    tb = new PyTraceback(tb, new Frame(code, g, builtinsDict, null, null), lasti, line);
  }
  exc.traceback = tb;
}

/** threading._shutdown, when threading was imported. */
export function threadingShutdown(): PyFunction | null {
  const modules = sys.getStr('modules');
  const threading = modules instanceof PyDict ? modules.getStr('threading') : undefined;
  const dict = threading instanceof PyModule ? threading.dict : null;
  const f = dict !== null ? dict.getStr('_shutdown') : undefined;
  return f instanceof PyFunction && f.code.argcount === 0 ? f : null;
}
