// Interpreter start-up and the ways of running code: a script, a .pyc, a CPython-compiled code
// object (for testing the VM independently of Typhon's compiler), or source strings (exec/eval).
import { audit } from './audit.js';
import { finalizeGenerators } from '../objects/genobject.js';
import { finalizeAtExit, exitFinalizers } from './finalize.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve, isAbsolute } from 'node:path';
import { CodeObject } from '../bytecode/code.js';
import { readPyc, PycProblem } from '../bytecode/pyc.js';
import { parse, parseFile } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { PySyntaxError, PyParserMemoryError, formatSyntaxError } from '../parser/errors.js';
import { PyCompileRecursionError } from '../compiler/symtable.js';
import { compile, PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT, CO_FUTURE_BARRY_AS_BDFL } from '../compiler/compile.js';
import { PyValue, PyDict, PyModule, PyTuple, PyList, None } from '../objects/object.js';
import { PyException, PyBaseException, newException, SystemExit, KeyboardInterrupt, exceptionTypes, MemoryError, RecursionError, RuntimeError } from '../objects/exceptions.js';
import { str, getAttrOpt } from '../objects/abstract.js';
import { RtCode } from './code.js';
import { PyFunction } from '../objects/funcobject.js';
import { runModuleCode, ts, toPyExc } from './ceval.js';
import { importHooks, registerNativeModule, importConfig, makeImportlib, nativeModuleNames, nativeSpec } from './import.js';
import { initInt } from '../objects/int.js';
import { initFloat } from '../objects/float.js';
import { initComplex } from '../objects/complex.js';
import { initStr } from '../objects/str.js';
import { initList } from '../objects/list.js';
import { initDict } from '../objects/dict.js';
import { initSlice } from '../objects/slice.js';
import { initGenerators } from '../objects/genobject.js';
import { initGenericAlias } from '../objects/genericalias.js';
import { initTypes, wrapStaticNews, markMemberDescriptors } from '../objects/typeobject.js';
import { initExceptions } from '../objects/excobject.js';
import { initBuiltins, builtinsDict, builtinsModule, setSysStdout } from '../modules/builtins.js';
import { initSys, sys, sysModule, flushStdFiles, writeStderr, writeUnraisable, writeTo, writeSysStderr, runtimeState } from '../modules/sys.js';
import { makeMathModule } from '../modules/math.js';
import { makeTimeModule } from '../modules/time.js';
import { makeWeakrefModule } from '../modules/_weakref.js';
import { makePosixModule, nodePath } from '../modules/posix.js';
import { makeErrnoModule } from '../modules/errno.js';
import { initIO, makeIOModule, flushDirtyFiles } from '../modules/_io.js';
import { makeFaulthandlerModule } from '../modules/faulthandler.js';
import { makeThreadModule, threadHooks } from '../modules/_thread.js';
import { makeAtexitModule, runExitFuncs, atexitHooks } from '../modules/atexit.js';
import { makeGcModule } from '../modules/gc.js';
import { makeSignalModule } from '../modules/_signal.js';
import { makeWarningsModule, warnExplicit } from '../modules/_warnings.js';
import { makeImpModule } from '../modules/_imp.js';
import { makeMarshalModule } from '../modules/marshal.js';
import { makeFunctoolsModule } from '../modules/_functools.js';
import { makeAstModule } from '../modules/_ast.js';
import { printException, formatException, tbHooks, getLines } from './traceback.js';

let initialised = false;

/** Options of the command line that change how __main__ is read (set by src/cli). */
export const runOptions = { skipFirstLine: false };

/** -x: drop the first line's text but keep its newline, so line numbers stay right. */
export function skipFirstLine(bytes: Uint8Array): Uint8Array {
  const nl = bytes.indexOf(10);
  return nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
}
const modules = new PyDict();

/** Create the builtin types, builtins and sys (idempotent). */
export function initInterpreter(argv: string[] = [''], path0 = ''): void {
  if (initialised) return;
  initialised = true;
  initTypes();
  initInt();
  initFloat();
  initComplex();
  initStr();
  initList();
  initDict();
  initSlice();
  initGenerators();
  initGenericAlias();
  initExceptions();
  initBuiltins();
  initIO();
  initSys(argv, path0, modules);
  setSysStdout(sys.getStr('stdout')!);
  wrapStaticNews(); // the builtin types' __new__ get tp_new_wrapper's checks
  markMemberDescriptors();
  builtinsDict.setStr('__name__', 'builtins');
  modules.setStr('builtins', builtinsModule);
  modules.setStr('sys', sysModule);
  // As _bootstrap._setup gives the modules created before it: BuiltinImporter's spec.
  for (const d of [sys, builtinsDict]) {
    if (d.getStr('__spec__') !== undefined) continue;
    const [spec, loader] = nativeSpec(str(d.getStr('__name__') ?? ''));
    d.setStr('__spec__', spec);
    d.setStr('__loader__', loader);
    d.setStr('__package__', '');
  }
  registerNativeModule('sys', () => sysModule);
  registerNativeModule('math', makeMathModule);
  registerNativeModule('time', makeTimeModule);
  registerNativeModule('_weakref', makeWeakrefModule);
  registerNativeModule('posix', makePosixModule);
  registerNativeModule('errno', makeErrnoModule);
  registerNativeModule('_io', makeIOModule);
  registerNativeModule('_thread', makeThreadModule);
  registerNativeModule('atexit', makeAtexitModule);
  registerNativeModule('gc', makeGcModule);
  registerNativeModule('_signal', makeSignalModule);
  registerNativeModule('faulthandler', makeFaulthandlerModule);
  registerNativeModule('_warnings', makeWarningsModule);
  registerNativeModule('_imp', makeImpModule);
  registerNativeModule('marshal', makeMarshalModule);
  threadHooks.stderr = () => sys.getStr('stderr') ?? None;
  threadHooks.write = writeTo;
  threadHooks.print = (file, e) => writeTo(file, formatException(e as PyBaseException, tbHooks.tracebackLimit()));
  threadHooks.unraisable = (e, func) => writeUnraisable(e.exc, func, 'Exception ignored in thread started by');
  atexitHooks.report = (e, func) => writeUnraisable(e.exc, func, 'Exception ignored in atexit callback');
  registerNativeModule('_functools', makeFunctoolsModule);
  registerNativeModule('_ast', makeAstModule);
  importHooks.modules = modules;
  importHooks.compileBytes = compileBytes;
  importHooks.sysAttr = (name) => sys.getStr(name);
  importHooks.writeStderr = writeStderr;
  registerNativeModule('importlib', makeImportlib);
  // The other native modules load on first import. `require` of an ES module makes esbuild wrap it in an
  // initialiser that runs then, so their top-level work (type objects, method tables) and V8's compiling and
  // caching of it are not paid by every run: `-c pass` 229M -> 212M instructions (callgrind).
  registerNativeModule('_sre', () => (require('../modules/_sre.js') as typeof import('../modules/_sre.js')).makeSreModule());
  registerNativeModule('_locale', () => (require('../modules/_locale.js') as typeof import('../modules/_locale.js')).makeLocaleModule());
  registerNativeModule('_queue', () => (require('../modules/_queue.js') as typeof import('../modules/_queue.js')).makeQueueModule());
  registerNativeModule('itertools', () => (require('../modules/itertools.js') as typeof import('../modules/itertools.js')).makeItertoolsModule());
  registerNativeModule('_collections', () => (require('../modules/_collections.js') as typeof import('../modules/_collections.js')).makeCollectionsModule());
  registerNativeModule('_struct', () => (require('../modules/_struct.js') as typeof import('../modules/_struct.js')).makeStructModule());
  registerNativeModule('binascii', () => (require('../modules/binascii.js') as typeof import('../modules/binascii.js')).makeBinasciiModule());
  registerNativeModule('audioop', () => (require('../modules/audioop.js') as typeof import('../modules/audioop.js')).makeAudioopModule());
  registerNativeModule('zlib', () => (require('../modules/zlib.js') as typeof import('../modules/zlib.js')).makeZlibModule());
  registerNativeModule('_bz2', () => (require('../modules/_bz2.js') as typeof import('../modules/_bz2.js')).makeBz2Module());
  registerNativeModule('_lzma', () => (require('../modules/_lzma.js') as typeof import('../modules/_lzma.js')).makeLzmaModule());
  registerNativeModule('unicodedata', () => (require('../modules/unicodedata.js') as typeof import('../modules/unicodedata.js')).makeUnicodedataModule());
  registerNativeModule('cmath', () => (require('../modules/cmath.js') as typeof import('../modules/cmath.js')).makeCmathModule());
  registerNativeModule('_random', () => (require('../modules/_random.js') as typeof import('../modules/_random.js')).makeRandomModule());
  registerNativeModule('_sha512', () => (require('../modules/_sha512.js') as typeof import('../modules/_sha512.js')).makeSha512Module());
  registerNativeModule('_sha256', () => (require('../modules/_sha256.js') as typeof import('../modules/_sha256.js')).makeSha256Module());
  registerNativeModule('_sha1', () => (require('../modules/_sha1.js') as typeof import('../modules/_sha1.js')).makeSha1Module());
  registerNativeModule('_md5', () => (require('../modules/_md5.js') as typeof import('../modules/_md5.js')).makeMd5Module());
  registerNativeModule('_string', () => (require('../modules/_string.js') as typeof import('../modules/_string.js')).makeStringModule());
  registerNativeModule('_tokenize', () => (require('../modules/_tokenize.js') as typeof import('../modules/_tokenize.js')).makeTokenizeModule());
  registerNativeModule('_contextvars', () => (require('../modules/_contextvars.js') as typeof import('../modules/_contextvars.js')).makeContextvarsModule());
  registerNativeModule('_heapq', () => (require('../modules/_heapq.js') as typeof import('../modules/_heapq.js')).makeHeapqModule());
  registerNativeModule('_bisect', () => (require('../modules/_bisect.js') as typeof import('../modules/_bisect.js')).makeBisectModule());
  registerNativeModule('_multibytecodec', () => (require('../modules/_multibytecodec.js') as typeof import('../modules/_multibytecodec.js')).makeMultibyteCodecModule());
  registerNativeModule('_codecs_jp', () => (require('../modules/_codecs_jp.js') as typeof import('../modules/_codecs_jp.js')).make_codecs_jpModule());
  registerNativeModule('_codecs_cn', () => (require('../modules/_codecs_cn.js') as typeof import('../modules/_codecs_cn.js')).make_codecs_cnModule());
  registerNativeModule('_codecs_kr', () => (require('../modules/_codecs_kr.js') as typeof import('../modules/_codecs_kr.js')).make_codecs_krModule());
  registerNativeModule('_codecs_tw', () => (require('../modules/_codecs_tw.js') as typeof import('../modules/_codecs_tw.js')).make_codecs_twModule());
  registerNativeModule('_codecs_hk', () => (require('../modules/_codecs_hk.js') as typeof import('../modules/_codecs_hk.js')).make_codecs_hkModule());
  registerNativeModule('_codecs_iso2022', () => (require('../modules/_codecs_iso2022.js') as typeof import('../modules/_codecs_iso2022.js')).make_codecs_iso2022Module());
  registerNativeModule('_operator', () => (require('../modules/_operator.js') as typeof import('../modules/_operator.js')).makeOperatorModule());
  registerNativeModule('_abc', () => (require('../modules/_abc.js') as typeof import('../modules/_abc.js')).makeAbcModule());
  registerNativeModule('_blake2', () => (require('../modules/_blake2.js') as typeof import('../modules/_blake2.js')).makeBlake2Module());
  registerNativeModule('_sha3', () => (require('../modules/_sha3.js') as typeof import('../modules/_sha3.js')).makeSha3Module());
  registerNativeModule('_json', () => (require('../modules/_json.js') as typeof import('../modules/_json.js')).makeJsonModule());
  registerNativeModule('_socket', () => (require('../modules/_socket.js') as typeof import('../modules/_socket.js')).makeSocketModule());
  registerNativeModule('select', () => (require('../modules/select.js') as typeof import('../modules/select.js')).makeSelectModule());
  registerNativeModule('_posixsubprocess', () => (require('../modules/_posixsubprocess.js') as typeof import('../modules/_posixsubprocess.js')).makePosixSubprocessModule());
  registerNativeModule('_testinternalcapi', () => (require('../modules/_testinternalcapi.js') as typeof import('../modules/_testinternalcapi.js')).makeTestInternalCapiModule());
  registerNativeModule('_asyncio', () => (require('../modules/_asyncio.js') as typeof import('../modules/_asyncio.js')).makeAsyncioModule());
  registerNativeModule('_csv', () => (require('../modules/_csv.js') as typeof import('../modules/_csv.js')).makeCsvModule());
  registerNativeModule('_opcode', () => (require('../modules/_opcode.js') as typeof import('../modules/_opcode.js')).makeOpcodeModule());
  registerNativeModule('_stat', () => (require('../modules/_stat.js') as typeof import('../modules/_stat.js')).makeStatModule());
  registerNativeModule('_datetime', () => (require('../modules/_datetime.js') as typeof import('../modules/_datetime.js')).makeDatetimeModule());
  registerNativeModule('_pickle', () => (require('../modules/_pickle.js') as typeof import('../modules/_pickle.js')).makePickleModule());
  registerNativeModule('pyexpat', () => (require('../modules/pyexpat.js') as typeof import('../modules/pyexpat.js')).makePyexpatModule());
  registerNativeModule('array', () => (require('../modules/array.js') as typeof import('../modules/array.js')).makeArrayModule());
  registerNativeModule('pwd', () => (require('../modules/pwd.js') as typeof import('../modules/pwd.js')).makePwdModule());
  registerNativeModule('grp', () => (require('../modules/grp.js') as typeof import('../modules/grp.js')).makeGrpModule());
  registerNativeModule('resource', () => (require('../modules/resource.js') as typeof import('../modules/resource.js')).makeResourceModule());
  registerNativeModule('fcntl', () => (require('../modules/fcntl.js') as typeof import('../modules/fcntl.js')).makeFcntlModule());
  registerNativeModule('_symtable', () => (require('../modules/_symtable.js') as typeof import('../modules/_symtable.js')).makeSymtableModule());
  registerNativeModule('termios', () => (require('../modules/termios.js') as typeof import('../modules/termios.js')).makeTermiosModule());
  registerNativeModule('mmap', () => (require('../modules/mmap.js') as typeof import('../modules/mmap.js')).makeMmapModule());
  registerNativeModule('readline', () => (require('../modules/readline.js') as typeof import('../modules/readline.js')).makeReadlineModule());
  registerNativeModule('syslog', () => (require('../modules/syslog.js') as typeof import('../modules/syslog.js')).makeSyslogModule());
  registerNativeModule('_lsprof', () => (require('../modules/_lsprof.js') as typeof import('../modules/_lsprof.js')).makeLsprofModule());
  registerNativeModule('_tracemalloc', () => (require('../modules/_tracemalloc.js') as typeof import('../modules/_tracemalloc.js')).makeTracemallocModule());
  registerNativeModule('_multiprocessing', () => (require('../modules/_multiprocessing.js') as typeof import('../modules/_multiprocessing.js')).makeMultiprocessingModule());
  importHooks.execModule = (code, m) => {
    // module_dict_for_exec: an imported module's __builtins__ is the builtins dict (__main__'s is the module).
    if (m.dict!.getStr('__builtins__') === undefined) m.dict!.setStr('__builtins__', builtinsDict);
    // importlib's exec_module runs the code through exec(), whose audit event hooks see.
    audit('exec', [code]);
    runModuleCode(code, m.dict!, builtinsDict);
  };
  tbHooks.write = writeSysStderr;
  // tb_print's limit: an int (a bool too; beyond a C long, the largest or none), else the default.
  tbHooks.tracebackLimit = () => {
    const l = sys.getStr('tracebacklimit');
    if (typeof l === 'number') return l;
    if (typeof l === 'boolean') return l ? 1 : 0;
    if (typeof l === 'bigint') return l > 0n ? Number.MAX_SAFE_INTEGER : 0;
    return 1000;
  };
  // Last, once every native module is registered: os.py looks for 'posix' here.
  const builtinNames = new Set(['builtins', 'sys', ...nativeModuleNames()]);
  builtinNames.delete('importlib');
  sys.setStr('builtin_module_names', new PyTuple(Array.from(builtinNames).sort()));
  unpinFields();
}

/**
 * V8 takes a field that nothing has changed since its object was made as a constant, and optimised code may
 * rely on that: the first change anywhere (list.sort putting a new array in a list, a function's __code__
 * assigned) then deoptimises all that code, runLoop included, whose next TurboFan compile takes ~150 ms, run
 * meanwhile unoptimised (`import asyncio` met it in 4 runs of 5). The fields that do change are changed here
 * once, on throwaway objects, before any code is optimised.
 */
function unpinFields(): void {
  const l = new PyList([]);
  l.items = [];
  l.alloc = l.allocLen = 1;
  const t = new PyDict().t;
  t.keySlots = t.keyEntries = 1;
  const empty = new Uint8Array(0);
  const code = (): RtCode => new RtCode(new CodeObject(0, 0, 0, 0, 0, empty, [], [], [], empty, '', '', '', 1, empty, empty));
  const f = new PyFunction(code(), builtinsDict, builtinsDict);
  f.code = code();
}

/**
 * The warnings of one compilation (the tokenizer's and parser's, and the compiler's SyntaxWarnings), issued
 * as CPython's PyErr_WarnExplicitObject does: through the warnings filters, for `filename` and the line; the
 * parser's each once (it may meet one twice), the compiler's every time (two on one line are two). `emit`
 * returns false when a filter turned the warning into an error: the parser or compiler then raises
 * SyntaxError(message) at that place, as CPython replaces the warning.
 */
function compileWarnings(filename: string): {
  parser: (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, lineno: number) => boolean;
  compiler: (message: string, file: string, lineno: number) => boolean;
} {
  const seen = new Set<string>();
  const emit = (category: string, message: string, lineno: number): boolean => {
    const cat = exceptionTypes.get(category)!;
    try {
      warnExplicit(cat, message, filename, lineno, None, None, None);
      return true;
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(cat)) return false;
      throw e;
    }
  };
  const parser = (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, lineno: number): boolean => {
    const key = `${category}\0${lineno}\0${message}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return emit(category, message, lineno);
  };
  return { parser, compiler: (message, _file, lineno) => emit('SyntaxWarning', message, lineno) };
}

/**
 * The source lines of a compile-time SyntaxError in text that did not come from a file (compile(), exec(),
 * -c, stdin): CPython reads them from the file the filename names, so '<string>' has none.
 */
export function programText(filename: string): () => string {
  return () => {
    try {
      return new TextDecoder('utf-8').decode(readFileSync(nodePath(filename)));
    } catch {
      return '';
    }
  };
}

/** Compile source text; a SyntaxError becomes a Python exception. */
export function compileSource(text: string, filename: string, mode: 'exec' | 'eval' | 'single', flags = 0, optimize = -1): RtCode {
  try {
    const w = compileWarnings(filename);
    const tree = parse(text, filename, mode, {
      onWarning: w.parser, incompleteInput: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0, dontImplyDedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0,
      barryAsFlufl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0,
    });
    return new RtCode(compile(tree, filename, mode, { optimize: optimize < 0 ? importConfig.optimize : optimize, flags: flags & ~(PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT), source: programText(filename), warn: w.compiler }));
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

export function compileBytes(bytes: Uint8Array, filename: string, optimize: number): CodeObject {
  try {
    const w = compileWarnings(filename);
    // Decoded as CPython's loaders do, by compile(): a cookie's problems are compile()'s errors, and bytes
    // that are not UTF-8 only matter in a name or a string literal (a comment may hold them).
    const text = decodeSource(bytes, filename, { compile: true });
    const tree = parseFile(bytes, filename, 'exec', w.parser, text);
    return compile(tree, filename, 'exec', { optimize, flags: 0, source: text, warn: w.compiler });
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

/**
 * The Python exception for a failure of the parser or compiler: SyntaxError and its subclasses,
 * MemoryError for nesting too deep to parse, RecursionError for too deep to compile (as CPython).
 */
export function syntaxErrorToPy(e: unknown): unknown {
  if (e instanceof PyParserMemoryError) return new PyException(newException(MemoryError, []));
  if (e instanceof PyCompileRecursionError) return new PyException(newException(RecursionError, [e.message]));
  if (!(e instanceof PySyntaxError)) return e;
  const t = exceptionTypes.get(e.kind)!;
  // compile()'s decoding errors (source.ts: line 0, offset -1) carry CPython's four details.
  const details = e.lineno === 0 && e.offset === -1 ? new PyTuple([e.filename, 0, -1, None])
    : new PyTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.endLineno, e.endOffset]);
  const exc = newException(t, [e.msg, details]);
  (exc as PyBaseException & { syntax?: PySyntaxError }).syntax = e;
  return new PyException(exc);
}

export function newMain(file: string): PyDict {
  const g = new PyDict();
  const m = new PyModule('__main__', g);
  g.setStr('__doc__', None);
  g.setStr('__package__', None);
  g.setStr('__loader__', None);
  g.setStr('__spec__', None);
  g.setStr('__annotations__', new PyDict());
  g.setStr('__builtins__', builtinsModule);
  g.setStr('__file__', file);
  g.setStr('__cached__', None);
  modules.setStr('__main__', m);
  return g;
}

/** Set when the program ended with an uncaught KeyboardInterrupt. */
export const uncaught = { interrupt: false };

/** Exit status for an uncaught exception (prints it; SystemExit prints only a non-int code). */
export function handleUncaught(exc: PyBaseException): number {
  if (exc.cls.isSubtype(SystemExit)) {
    const code = exc.value;
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    // exit() takes a C long: beyond 64 bits the conversion fails and the status is -1.
    if (typeof code === 'bigint') return BigInt.asIntN(64, code) === code ? Number(code & 0xffn) : 255;
    if (typeof code === 'boolean') return code ? 1 : 0;
    // As CPython, stdout is not flushed first: in one pipe, what it still buffers comes after.
    writeStderr(str(code) + '\n');
    return 1;
  }
  // The process then ends by SIGINT, as CPython's does (exit status 130 in a shell); see src/cli/main.ts.
  if (exc.cls.isSubtype(KeyboardInterrupt)) uncaught.interrupt = true;
  const syn = (exc as PyBaseException & { syntax?: PySyntaxError }).syntax;
  if (syn !== undefined && exc.traceback === null) {
    writeStderr(formatSyntaxError(syn));
    return 1;
  }
  const hook = sys.getStr('excepthook');
  // _PyErr_PrintEx: an audit hook raising RuntimeError for "sys.excepthook" suppresses the report.
  try {
    audit('sys.excepthook', [hook ?? None, exc.cls, exc, exc.traceback ?? None]);
  } catch (e) {
    const err = toPyExc(e);
    if (err.cls.isSubtype(RuntimeError)) return 1;
    writeUnraisable(err, None, 'Exception ignored in audit hook');
  }
  try {
    if (hook !== undefined && hook !== sys.getStr('__excepthook__')) {
      // Property access, not destructuring: the bundler then needs no namespace object for the module.
      abstractRef.call(hook, [exc.cls, exc, exc.traceback ?? None]);
    } else printException(exc);
  } catch (e) {
    printException(toPyExc(e));
  }
  return 1;
}
import * as abstractRef from '../objects/abstract.js';


/**
 * Interpreter shutdown (Py_FinalizeEx's order): atexit callbacks, then generators left suspended in a
 * try block run their finally, then __del__ of the objects still alive, then unclosed files are flushed.
 */
export function shutdownInterpreter(): void {
  runExitFuncs();
  // Py_FinalizeEx: finalizing from here on (the atexit functions saw False), before the modules' garbage.
  runtimeState.finalizing = true;
  finalizeGenerators();
  // The modules' garbage: __del__ of the objects still alive (CPython's last collections, finalize_modules).
  finalizeAtExit();
  // Files and sockets never closed warn (ResourceWarning); files are flushed, as CPython's finalizers do.
  for (const f of exitFinalizers) f();
  flushDirtyFiles();
}

export function runTop(code: RtCode, globals: PyDict): number {
  let status = 0;
  try {
    runModuleCode(code, globals, builtinsDict);
  } catch (e) {
    status = handleUncaught(toPyExc(e));
  }
  shutdownInterpreter();
  if (!flushStdFiles()) status = 120;
  void getAttrOpt;
  void ts;
  return status;
}

/** Run a script file (source or .pyc) as __main__; returns the exit status. */
export function runFile(path: string, argv: string[]): number {
  const main = prepareFile(path, argv);
  return typeof main === 'number' ? main : runTop(main.code, main.globals);
}

/**
 * Start the interpreter and compile a script file (source or .pyc) as __main__, ready to run;
 * a compile error is printed and its exit status returned instead.
 */
export function prepareFile(path: string, argv: string[]): { code: RtCode; globals: PyDict } | number {
  initInterpreter(argv, dirname(resolve(path)));
  const bytes = runOptions.skipFirstLine ? skipFirstLine(readFileSync(nodePath(path))) : readFileSync(nodePath(path));
  // CPython names the script by joining the cwd and the argument as given (no normalising of '..').
  const file = isAbsolute(path) ? path : process.cwd() + '/' + path;
  let code: RtCode;
  if (file.endsWith('.pyc')) {
    const r = readPyc(bytes, file);
    if (r instanceof PycProblem) {
      writeStderr(`RuntimeError: Bad code object in .pyc file\n`);
      return 1;
    }
    code = new RtCode(r.code as CodeObject);
  } else {
    try {
      const w = compileWarnings(file);
      const tree = parseFile(bytes, file, 'exec', w.parser);
      const text = decodeSource(bytes, file);
      code = new RtCode(compile(tree, file, 'exec', { optimize: importConfig.optimize, flags: 0, source: text, warn: w.compiler }));
    } catch (e) {
      if (e instanceof PySyntaxError) {
        writeStderr(formatSyntaxError(e));
        return 1;
      }
      if (e instanceof PyParserMemoryError || e instanceof PyCompileRecursionError) return handleUncaught(toPyExc(syntaxErrorToPy(e)));
      // A warnings filter or showwarning hook that raised something else than the warning.
      if (e instanceof PyException) return handleUncaught(e.exc);
      throw e;
    }
  }
  return { code, globals: newMain(file) };
}

/** Run a code object (e.g. CPython's, via marshal) as __main__ and return the exit status. */
export function runCode(co: CodeObject, file = '<test>'): number {
  initInterpreter([file], '');
  return runTop(new RtCode(co), newMain(file));
}
