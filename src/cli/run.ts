// What `typhon` runs once the command line is parsed (Modules/main.c's pymain_run_python and runpy):
// a -c command, a -m module, a script file or standard input, then the REPL with -i; sys configured
// from the command line and environment first.
import { readFileSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { CodeObject } from '../bytecode/code.js';
import { readPyc, PycProblem } from '../bytecode/pyc.js';
import { PyDict, PyList, PyTuple, PyValue, PyBuiltin, None } from '../objects/object.js';
import { PyException, ImportError, exceptionTypes } from '../objects/exceptions.js';
import { str, setHashSeed, getAttr, call } from '../objects/abstract.js';
import { isattyFd, urandom, fsDecode } from '../modules/posix.js';
import { encodeText } from '../modules/_codecs.js';
import { faulthandlerConfig } from '../modules/faulthandler.js';
import { locationOptions } from '../bytecode/locations.js';
import { hasSurrogates } from '../objects/str.js';
import { isDir, nodePath } from '../vm/pathstat.js';
import { RtCode } from '../vm/code.js';
import { toPyExc, defaultSigusr1 } from '../vm/ceval.js';
import {
  initInterpreter, newMain, prepareFile, runOptions, handleUncaught, skipFirstLine, compileSource, compileBytes,
} from '../vm/interp.js';
import { Execution, RunAs } from '../vm/execution.js';
import { importConfig, findForMain, mainSpec, loadModule, sourceLoader, nativeSpec, ParentImportFailed } from '../vm/import.js';
import { loadSourceCode } from '../vm/pycache.js';
import { entryFinder, isZipCandidate } from '../vm/finders.js';
import { sys, writeStderr, flushStdout, stdoutBuffering, setIntMaxStrDigits } from '../modules/sys.js';
import { stdlibPath } from '../vm/stdlib.js';
import { addSitePackages, findVenv } from '../vm/site.js';
import { stdioSettings, nameStdioEncoding } from '../modules/_io.js';
import { startLocale } from '../vm/locale.js';
import { bytesWarning } from '../objects/bytes.js';
import { threadDump } from '../modules/faulthandler.js';
import { formatExceptionOnly } from '../vm/traceback.js';
import { CliConfig, sysFlags, xoptionsMap, workingDir } from './args.js';
import { warmCodeCache } from './warm.js';

/** sys.path[0]: the script's directory (symlinks resolved), the working directory for -m, else ''. */
function computePath0(cfg: CliConfig): string | null {
  if (cfg.mode === 'file') {
    // A directory (with a __main__.py) or a zip application is itself the first entry, even with -P/-I.
    if (isDir(cfg.target)) return abs(cfg.target).replace(/\/+$/, '');
    if (isZipCandidate(abs(cfg.target))) return abs(cfg.target);
  }
  if (cfg.safePath) return null;
  if (cfg.mode === 'module') return workingDir();
  if (cfg.mode === 'file') {
    let p = cfg.target;
    try {
      p = fsDecode(realpathSync(nodePath(p), { encoding: 'buffer' }));
    } catch {
      /* reported when the file is opened */
    }
    return dirname(isAbsolute(p) ? p : workingDir() + '/' + p);
  }
  return '';
}

function abs(p: string): string {
  return isAbsolute(p) ? p : workingDir() + '/' + p;
}

/** Replace a struct sequence in sys by one of the same type with new values. */
function setStructSeq(name: string, values: PyValue[]): void {
  const old = sys.getStr(name);
  if (old instanceof PyTuple) sys.setStr(name, new PyTuple(values, old.cls));
}

/** Set sys up from the command line; returns an exit status when start-up fails (as CPython's fatal errors). */
function configure(cfg: CliConfig): number | null {
  setHashSeed(cfg.hashSeed ?? urandom(24));
  // PEP 538: the C locale is coerced for the process and its children, first of all.
  if (cfg.coerceLocale) process.env.LC_CTYPE = 'C.UTF-8';
  startLocale.ctype = cfg.ctypeLocale;
  stdioSettings.encoding = cfg.stdioEncoding;
  stdioSettings.errors = cfg.stdioErrors;
  const path0 = computePath0(cfg);
  initInterpreter(cfg.argv, path0 ?? '');
  const path = [...(path0 === null ? [] : [path0]), ...cfg.pythonPath, ...stdlibPath()];
  // What `import site` adds, unless -S, a virtual environment's prefix included; and, unless -I, site's
  // enablerlcompleter hook for the REPL, a no-op here (Typhon's REPL edits and completes lines itself).
  if (!cfg.noSite) {
    const venv = findVenv(str(sys.getStr('executable') ?? ''));
    if (venv !== null) {
      sys.setStr('prefix', venv.prefix);
      sys.setStr('exec_prefix', venv.prefix);
      sys.setStr('_home', venv.home ?? None);
      if (venv.base !== null) sys.setStr('_base_executable', venv.base);
    }
    addSitePackages(path, cfg.noUserSite, process.env, venv);
  }
  if (!cfg.noSite && !cfg.isolated) sys.setStr('__interactivehook__', new PyBuiltin('register_readline', () => None));
  sys.setStr('path', new PyList(path));
  sys.setStr('argv', new PyList(cfg.argv.slice()));
  sys.setStr('orig_argv', new PyList(cfg.origArgv.slice()));
  sys.setStr('dont_write_bytecode', cfg.dontWriteBytecode);
  sys.setStr('pycache_prefix', cfg.pycachePrefix ?? None);
  sys.setStr('warnoptions', new PyList(cfg.warnoptions.slice()));
  const x = new PyDict();
  for (const [k, v] of xoptionsMap(cfg)) x.setStr(k, v);
  sys.setStr('_xoptions', x);
  setStructSeq('flags', sysFlags(cfg));
  if (cfg.intMaxStrDigits >= 0) setIntMaxStrDigits(cfg.intMaxStrDigits); // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS
  bytesWarning.level = cfg.bytesWarning;
  importConfig.verbose = cfg.verbose;
  importConfig.optimize = cfg.optimize;
  importConfig.checkHashBasedPycs = cfg.checkHashBasedPycs;
  importConfig.importTime = cfg.importTime;
  runOptions.skipFirstLine = cfg.skipFirstLine;
  faulthandlerConfig.enabled = cfg.faulthandler;
  locationOptions.debugRanges = !cfg.noDebugRanges;
  // stdout: unbuffered with -u, line-buffered on a terminal, else block-buffered (flushed at exit).
  stdoutBuffering.none = cfg.unbuffered;
  stdoutBuffering.line = !cfg.unbuffered && isattyFd(1);
  // As pylifecycle's init_interp_main: with -W options (or PYTHONWARNINGS), the warnings module is imported
  // at start-up, which applies them, so that warnings issued by compiling __main__ already obey them.
  if (cfg.warnoptions.length > 0) loadModule('warnings');
  try {
    nameStdioEncoding();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    flushStdout();
    writeSync(2, 'Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n'
      + `Python runtime state: core initialized\n${formatExceptionOnly(e.exc)}\n${threadDump()}`);
    return 1;
  }
  if (cfg.localeWarning !== '') writeStderr(cfg.localeWarning);
  return null;
}

/** Compile source text as __main__'s code; a SyntaxError is returned as an exception to report. */
function compileMain(text: string | Uint8Array, filename: string): RtCode | PyException {
  // With the compiler's SyntaxWarnings, through the warnings filters, as every compilation.
  try {
    return typeof text === 'string' ? compileSource(text, filename, 'exec') : new RtCode(compileBytes(text, filename, importConfig.optimize));
  } catch (e) {
    if (e instanceof PyException) return e;
    throw e;
  }
}

type Prepared = { code: RtCode; globals: PyDict } | number;

function prepareCommand(cfg: CliConfig): Prepared {
  // pymain_run_command: the command must encode to UTF-8 (an argument's undecodable bytes cannot).
  if (hasSurrogates(cfg.target)) {
    try {
      encodeText(cfg.target, 'utf-8', 'strict');
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      writeStderr('Unable to decode the command from the command line:\n');
      return handleUncaught(e.exc);
    }
  }
  const g = newMain('<string>');
  g.t.delete('__file__');
  g.t.delete('__cached__');
  g.setStr('__loader__', nativeSpec('__main__')[1]);
  const code = compileMain(cfg.target, '<string>');
  if (code instanceof PyException) return handleUncaught(code.exc);
  return { code, globals: g };
}

function prepareStdin(cfg: CliConfig): Prepared {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(0);
  } catch {
    bytes = new Uint8Array(0);
  }
  if (cfg.skipFirstLine) bytes = skipFirstLine(bytes);
  const g = newMain('<stdin>');
  g.setStr('__loader__', nativeSpec('__main__')[1]);
  const code = compileMain(bytes, '<stdin>');
  if (code instanceof PyException) return handleUncaught(code.exc);
  return { code, globals: g };
}

function fail(message: string): number {
  flushStdout();
  writeStderr(`${str(sys.getStr('executable') ?? 'typhon')}: ${message}\n`);
  return 1;
}

/** runpy._run_module_as_main: find the module (a package runs its __main__), then run it as __main__. */
function prepareModule(cfg: CliConfig, dirMain = false): Prepared {
  const name = dirMain ? '__main__' : cfg.target;
  let found: ReturnType<typeof findForMain>;
  try {
    found = findForMain(name);
  } catch (e) {
    if (e instanceof ParentImportFailed) return handleUncaught(e.error.exc);
    const exc = toPyExc(e);
    if (exc.cls.isSubtype(ImportError) || ['AttributeError', 'TypeError', 'ValueError'].some((n) => exc.cls.isSubtype(exceptionTypes.get(n)!))) {
      const msg = str(exc);
      // runpy's hint for a file name given as a module name.
      const hint = name.endsWith('.py') ? `. Try using '${name.slice(0, -3)}' instead of '${name}' as the module name.` : '';
      return fail(msg.startsWith('\0') ? msg.slice(1) : `Error while finding module specification for ${repr1(name)} (${exc.cls.name}: ${msg})${hint}`);
    }
    return handleUncaught(exc);
  }
  if (typeof found === 'string') {
    if (dirMain) return fail(`can't find '__main__' module in ${repr1(sys.getStr('path') instanceof PyList ? str((sys.getStr('path') as PyList).items[0]) : cfg.target)}`);
    return fail(found);
  }
  if (found.kind === 'spec') return prepareSpecMain(found.name, found.spec, dirMain);
  const g = newMain(found.file);
  let code: CodeObject | RtCode;
  try {
    if (found.kind === 'source') code = loadSourceCode(found.name, found.file, importConfig.optimize).code;
    else {
      const r = readPyc(readFileSync(found.file), found.name);
      if (r instanceof PycProblem || !(r.code instanceof CodeObject)) return fail(`No code object available for ${found.name}`);
      code = r.code;
    }
  } catch (e) {
    return handleUncaught(toPyExc(e));
  }
  const [spec, loader, cached] = mainSpec(found, dirMain ? '__main__' : found.name);
  g.setStr('__file__', found.file);
  g.setStr('__cached__', cached);
  g.setStr('__loader__', loader);
  g.setStr('__package__', found.name.includes('.') ? found.name.slice(0, found.name.lastIndexOf('.')) : '');
  g.setStr('__spec__', spec);
  if (!dirMain) (sys.getStr('argv') as PyList).items[0] = found.file;
  return { code: code instanceof RtCode ? code : new RtCode(code), globals: g };
}

/**
 * runpy for a module a finder written in Python found (a zipimporter's, a path hook's): its loader's
 * get_code, and __main__'s attributes from the spec (_run_code: origin, cached, loader, parent).
 */
function prepareSpecMain(name: string, spec: PyValue, dirMain: boolean): Prepared {
  let code: PyValue;
  const loader = getAttr(spec, 'loader');
  try {
    code = call(getAttr(loader, 'get_code'), [name]);
  } catch (e) {
    const exc = toPyExc(e);
    if (exc.cls.isSubtype(ImportError)) return fail(str(exc));
    return handleUncaught(exc);
  }
  if (!(code instanceof RtCode)) return fail(`No code object available for ${name}`);
  const origin = getAttr(spec, 'origin');
  const g = newMain('');
  g.setStr('__file__', origin);
  g.setStr('__cached__', getAttr(spec, 'cached'));
  g.setStr('__loader__', loader);
  g.setStr('__package__', getAttr(spec, 'parent'));
  g.setStr('__spec__', spec);
  if (!dirMain) (sys.getStr('argv') as PyList).items[0] = origin;
  return { code, globals: g };
}

function repr1(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Instructions per slice: about a millisecond of ordinary code, so the per-slice cost is negligible. */
const SLICE = 100000;
/**
 * The first slice is short, and its pause goes on at once: the loop's code for the end of a slice then has
 * V8's type feedback before TurboFan compiles runLoop. Otherwise the first end of a slice came after that
 * compile, and its missing feedback deoptimised runLoop in every program running over ~100,000 instructions
 * (and a TurboFan compile of it, ~100 ms of CPU, followed).
 */
const FIRST_SLICE = 1000;
/** Turn the event loop (where a SIGINT handler can run) at most this often, in ms. */
const YIELD_MS = 5;

/**
 * Run __main__'s code. A signal handler cannot run while JavaScript is busy, so a long program runs in
 * slices, turning the event loop every few milliseconds; SIGINT then asks the VM for a KeyboardInterrupt
 * at its next backward jump or call. The handler is there before the program runs, as CPython's is: a SIGINT
 * that came before the first pause (a child that has just written its first line) killed the process.
 */
async function execute(code: RtCode, globals: PyDict, how: RunAs): Promise<number> {
  const ex = new Execution(code, globals, how);
  defaultSigusr1();
  const onSigint = (): void => ex.interrupt();
  process.on('SIGINT', onSigint);
  try {
    const budget = Number(process.env.TYPHON_SLICE_BUDGET);
    if (budget > 0) return await executeSliced(ex, budget);
    // 0: the first pause turns the event loop, and a program done within its first slice never reads the
    // clock (node's `performance` loads perf_hooks on first use, ~0.8 ms of every start-up).
    let last = 0;
    if (ex.runSlice(FIRST_SLICE) !== 'paused') return ex.exitStatus!;
    while (ex.runSlice(SLICE) === 'paused') {
      const now = performance.now();
      if (now - last >= YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        last = performance.now();
      }
    }
  } finally {
    process.off('SIGINT', onSigint);
  }
  return ex.exitStatus!;
}

/**
 * TYPHON_SLICE_BUDGET=N (tests/sliced.test.mjs): run in slices of N instructions, turning the event loop
 * after every one with the JS stack unwound, as a host such as a browser tab runs a program, to check that
 * pausing changes nothing; the number of pauses goes to file descriptor 3 when it is open.
 */
async function executeSliced(ex: Execution, budget: number): Promise<number> {
  let pauses = 0;
  while (ex.runSlice(budget) === 'paused') {
    pauses++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  try {
    writeSync(3, `${pauses}\n`);
  } catch {
    /* fd 3 not open */
  }
  return ex.exitStatus!;
}

/**
 * The REPL, loaded on first use: a dynamic import lets the bundler initialise src/cli/repl.ts (and the
 * node:readline and node:tty it needs) only when it runs, not at every start-up.
 */
async function runRepl(opts: { inspect: boolean; quiet: boolean }): Promise<number> {
  const repl = await import('./repl.js');
  return repl.runRepl(opts);
}

/**
 * Start-up is over once __main__ is compiled, or before a module to run as __main__ is looked for (which
 * imports its packages: a `-m` first run made the cache ~270 KB larger, and every later start-up slower):
 * bin/typhon may now save V8's code cache of the bundle (see there), so that what it holds does not depend on
 * the program. The hook gets the warm-up (src/cli/warm.ts: imports, and the eval loop) to run before it writes
 * the cache; later calls do nothing.
 */
function startupOver(): void {
  (globalThis as { __typhonStarted?: (warm: () => void) => void }).__typhonStarted?.(warmCodeCache);
}

/** Run what the command line asks for; resolves to the exit status. */
export async function runCli(cfg: CliConfig): Promise<number> {
  const failed = configure(cfg);
  if (failed !== null) return failed;
  let status: number;
  const interactiveOnly = cfg.mode === 'stdin' && cfg.argv[0] === '' && isattyFd(0);
  if (interactiveOnly || (cfg.mode === 'stdin' && cfg.inspect > 0)) {
    // No program: the REPL (on a terminal, or forced with -i).
    if (!interactiveOnly) newMain('<stdin>').t.delete('__file__');
    else newMain('<stdin>').t.delete('__file__');
    return runRepl({ inspect: cfg.inspect > 0, quiet: cfg.quiet > 0 });
  }
  let prepared: Prepared;
  // A script file or standard input runs as PyRun_SimpleFile runs it, a module as runpy runs it.
  let how: RunAs = 'command';
  switch (cfg.mode) {
    case 'command': prepared = prepareCommand(cfg); break;
    case 'module': startupOver(); prepared = prepareModule(cfg); how = 'runpy'; break;
    case 'stdin': prepared = prepareStdin(cfg); how = 'script'; break;
    case 'file':
      // As pymain_run_python: a file that a path hook accepts (a zip application, with zipimporter) runs
      // its __main__ module.
      if (isDir(cfg.target) || (isZipCandidate(abs(cfg.target)) && entryFinder(abs(cfg.target)) !== None)) {
        startupOver();
        prepared = prepareModule(cfg, true);
        how = 'runpy';
        break;
      }
      try {
        prepared = prepareFile(cfg.target, cfg.argv);
        how = 'script';
        if (typeof prepared !== 'number') {
          const f = prepared.globals.getStr('__file__');
          if (typeof f === 'string') prepared.globals.setStr('__loader__', sourceLoader('__main__', f, f.endsWith('.pyc')));
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err instanceof Error && typeof err.code === 'string') {
          const why = err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
            : err.code === 'EACCES' ? '[Errno 13] Permission denied'
            : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : `[Errno ${Math.abs(err.errno ?? 0)}] ${err.message}`;
          const abs = isAbsolute(cfg.target) ? cfg.target : workingDir() + '/' + cfg.target;
          flushStdout();
          writeStderr(`${str(sys.getStr('executable') ?? 'typhon')}: can't open file ${repr1(abs)}: ${why}\n`);
          return 2;
        }
        throw e;
      }
      break;
  }
  startupOver();
  if (typeof prepared === 'number') status = prepared;
  else status = await execute(prepared.code, prepared.globals, how);
  if (cfg.inspect > 0 || envInspect(cfg)) {
    flushStdout();
    return runRepl({ inspect: true, quiet: cfg.quiet > 0 });
  }
  return status;
}

/** PYTHONINSPECT set by the program itself (os.environ) also enters the REPL, unless -E. */
function envInspect(cfg: CliConfig): boolean {
  if (cfg.ignoreEnvironment) return false;
  const v = process.env.PYTHONINSPECT;
  return v !== undefined && v !== '';
}

void [toPyExc];
