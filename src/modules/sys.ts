// The sys module (Python/sysmodule.c): standard streams, argv/path/modules, limits, exc_info.
import { tracing, setTrace, setProfile, callTracing } from '../vm/trace.js';
import { audit, addAuditHook, auditing } from '../vm/audit.js';
import { threadFrames, threadExceptions } from '../vm/threads.js';
import { clinicArgs, methO, unpackArgs } from './args.js';
import { topmostException, asyncgenHooks, coroutineOrigins } from '../objects/genobject.js';
import { writeSync, readSync, fstatSync } from 'node:fs';
import {
  PyValue, PyObject, PyDict, PyList, PyTuple, PyModule, PyBuiltin, PyType, None, defineMethods, defineGetters, typeType,
  objectType, TF_BASETYPE, typeOf, emptyTuple,
} from '../objects/object.js';
import { preHeaderSize } from '../objects/layout.js';
import { PyIntSub } from '../objects/int.js';
import { typeError, valueError, raise, PyException, newException, SystemExit, RecursionError, exceptionFromValue, PyTraceback } from '../objects/exceptions.js';
import { str, index, call, callSpecial, truthy } from '../objects/abstract.js';
import { osErrorFrom } from './posix.js';
import { ts, sysHooks, markEscaped } from '../vm/ceval.js';
import { printException, tbHooks } from '../vm/traceback.js';
import { stdlibPath, stdlibPrefix, stdlibDir } from '../vm/stdlib.js';

export const sys = new PyDict();
export const sysModule = new PyModule('sys', sys);

/** Whether a `sys.flags` field (dev_mode, utf8_mode, warn_default_encoding...) is set for this run. */
export function sysFlag(name: string): boolean {
  const flags = sys.getStr('flags');
  return flags !== undefined && truthy(getAttr(flags, name));
}

// ---------------------------------------------------------------------------
// The standard streams, buffered as CPython 3.11's are, so that write(2) calls come where CPython's come: that
// decides the order of stdout and stderr in one pipe (`2>&1`: a traceback comes before the output still
// buffered, as in CPython) and when a write error is raised. sys.stdout is a TextIOWrapper holding up to 8 KiB
// of pending text (its chunk size) over a BufferedWriter of the file's block size; line-buffered on a
// terminal (a "\n" or "\r" flushes), unbuffered with -u. sys.stderr is line-buffered.

const CHUNK = 8192; // TextIOWrapper's chunk size
/**
 * Set by the command line: -u (none: no buffer at all), a terminal (line); else block-buffered.
 * sys.stdout.reconfigure() sets line, and through (write_through: text goes to the buffer at every write).
 */
export const stdoutBuffering = { line: false, none: false, through: false };
/** The TextIOWrapper's pending output: bytes (from encoders other than UTF-8), then text to encode as UTF-8. */
let outBytes: Uint8Array[] = [];
let outText = '';
let pendingCount = 0;
/** The BufferedWriter's buffer: as io.open sizes it, the file's st_blksize (4 KiB for a pipe), else 8 KiB. */
let outBuffer: Buffer | null = null;
let outBuffered = 0;
function stdoutBuffer(): Buffer {
  if (outBuffer !== null) return outBuffer;
  let size = 8192;
  try {
    const bs = fstatSync(1).blksize;
    if (bs > 1) size = bs;
  } catch {
    /* no stdout: the default */
  }
  return (outBuffer = Buffer.allocUnsafe(size));
}

/** A "\n" or "\r" in text or its bytes: what a line-buffered TextIOWrapper flushes at. */
function hasLineEnd(s: string | Uint8Array): boolean {
  return typeof s === 'string' ? s.includes('\n') || s.includes('\r') : s.includes(10) || s.includes(13);
}

/** The UTF-8 size of `s`: short ASCII text (most of print()'s pieces) counted without calling into node. */
export function utf8Length(s: string): number {
  const n = s.length;
  if (n > 32) return Buffer.byteLength(s, 'utf8');
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) >= 0x80) return Buffer.byteLength(s, 'utf8');
  return n;
}

export function writeStdout(s: string): void {
  const n = utf8Length(s);
  if (pendingCount + n > CHUNK) writeflush();
  outText += s;
  pendingCount += n;
  settle(stdoutBuffering.line && hasLineEnd(s));
}
/**
 * The pieces of one print() joined in `s` (`n` bytes in UTF-8), written as one when that is what writing them
 * one by one would do (they stay under the chunk size, or -u writes each through); false, writing nothing,
 * otherwise.
 */
export function writeStdoutWhole(s: string, n: number): boolean {
  if ((pendingCount + n >= CHUNK || stdoutBuffering.through) && !stdoutBuffering.none) return false;
  outText += s;
  pendingCount += n;
  settle(stdoutBuffering.line && hasLineEnd(s));
  return true;
}
/**
 * Encoded text for stdout or stderr when it is not plain UTF-8 (another encoding, or what an error handler
 * made of surrogates): pending in order with the text.
 */
export function writeStdBytes(fd: number, b: Uint8Array): void {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
  if (fd === 2) {
    writeStderrText(buf);
    return;
  }
  if (pendingCount + buf.length > CHUNK) writeflush();
  textToBytes();
  outBytes.push(buf);
  pendingCount += buf.length;
  settle(stdoutBuffering.line && hasLineEnd(buf));
}
/** Move the pending text behind the pending bytes, as UTF-8. */
function textToBytes(): void {
  if (outText.length === 0) return;
  outBytes.push(Buffer.from(outText, 'utf8'));
  outText = '';
}
/** The end of TextIOWrapper.write: pending output goes down at the chunk size, at a line end when line-buffered. */
function settle(lineEnd: boolean): void {
  if (pendingCount >= CHUNK || lineEnd || stdoutBuffering.none || stdoutBuffering.through) writeflush();
  if (lineEnd) flushBuffer();
}
/** TextIOWrapper's writeflush: the pending output to the BufferedWriter (to the file itself with -u). */
function writeflush(): void {
  if (pendingCount === 0) return;
  let b: Buffer;
  if (outBytes.length === 0) b = Buffer.from(outText, 'utf8');
  else {
    textToBytes();
    b = Buffer.concat(outBytes);
  }
  outBytes = [];
  outText = '';
  pendingCount = 0;
  if (stdoutBuffering.none) writeAll(1, b);
  else bufferedWrite(b);
}
/** BufferedWriter.write: into the buffer if it fits; else the buffer is written, then what exceeds a buffer. */
function bufferedWrite(b: Buffer): void {
  const buffer = stdoutBuffer();
  if (b.length <= buffer.length - outBuffered) {
    b.copy(buffer, outBuffered);
    outBuffered += b.length;
    return;
  }
  flushBuffer();
  let off = 0;
  while (b.length - off > buffer.length) off += rawWrite(1, b, off);
  outBuffered = b.copy(buffer, 0, off);
}
/** BufferedWriter.flush: what a failed write left stays buffered, as in CPython (the next flush retries). */
function flushBuffer(): void {
  if (outBuffered === 0) return;
  const buffer = outBuffer!;
  let off = 0;
  try {
    while (off < outBuffered) off += rawWrite(1, buffer.subarray(0, outBuffered), off);
  } finally {
    buffer.copy(buffer, 0, off, outBuffered);
    outBuffered -= off;
  }
}
/** BufferedWriter.write for sys.stdout.buffer: behind what is buffered, before the text still pending. */
export function writeStdoutBuffer(b: Uint8Array): void {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
  if (stdoutBuffering.none) writeAll(1, buf);
  else bufferedWrite(buf);
}
/** sys.stdout.buffer.flush(): the buffer only (the TextIOWrapper's pending text stays). */
export function flushStdoutBuffer(): void {
  flushBuffer();
}
/** sys.stdout.flush(): an OSError (BrokenPipeError, ENOSPC...) when the file refuses the data. */
export function flushStdout(): void {
  writeflush();
  flushBuffer();
}
/** One write(2) of what is left of `b` from `off`: the count written, or the OSError of a failure. */
function rawWrite(fd: number, b: Buffer, off: number): number {
  for (;;) {
    try {
      return writeSync(fd, b, off, b.length - off);
    } catch (e) {
      // A non-blocking descriptor inherited from the parent: wait for room, as a blocking write would.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') osErrorFrom(e);
    }
  }
}
function writeAll(fd: number, b: Buffer): void {
  for (let off = 0; off < b.length;) off += rawWrite(fd, b, off);
}
/** A write to stderr failed: CPython then fails to flush it at exit, and exits with status 120. */
let stderrLost = false;
function writeStderrBytes(b: Buffer): void {
  try {
    writeAll(2, b);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    stderrLost = true;
  }
}
/** What the interpreter itself writes to stderr (tracebacks, warnings, prompts): at once, after sys.stderr's pending text. */
export function writeStderr(s: string): void {
  flushStderr();
  // As sys.stderr writes it: in its encoding, errors='backslashreplace' (lone surrogates, what it cannot encode).
  const enc = stdioSettings.encoding;
  writeStderrBytes(enc === 'utf-8' && !hasSurrogates(s) ? Buffer.from(s, 'utf8') : Buffer.from(encodeText(s, enc, 'backslashreplace')));
}
/**
 * sys.stderr is line-buffered, as CPython's: text written without a line end waits for one (or a flush, or
 * 8 KiB) before it reaches the file; write-through with -u.
 */
let errParts: Buffer[] = [];
let errPending = 0;
export function writeStderrText(s: string | Uint8Array): void {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s.buffer, s.byteOffset, s.length);
  errParts.push(b);
  errPending += b.length;
  if (hasLineEnd(b) || errPending >= CHUNK || stdoutBuffering.none) flushStderr();
}
export function flushStderr(): void {
  if (errPending === 0) return;
  const b = errParts.length === 1 ? errParts[0] : Buffer.concat(errParts);
  errParts = [];
  errPending = 0;
  writeStderrBytes(b);
}

/**
 * Py_FinalizeEx's flush_std_files: sys.stdout.flush() and sys.stderr.flush(), an error reported as
 * unraisable ("Exception ignored in: <stdout>"). Returns false when one failed: the exit status is then 120.
 * The real stdout and stderr are flushed too when the program replaced them (CPython's finalizers of the objects).
 */
export function flushStdFiles(): boolean {
  let ok = !stderrLost;
  for (const name of ['stdout', 'stderr']) {
    const f = sys.getStr(name);
    if (f === undefined || f === None) continue;
    const e = isClosed(f) ? null : flushFile(f);
    if (e === null) continue;
    writeUnraisable(e, f);
    ok = false;
    // Reported once: what the file refused is given up.
    if (f === sys.getStr('__stdout__')) dropStdout();
  }
  if (pendingCount + outBuffered > 0) {
    try {
      flushStdout();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      writeUnraisable(e.exc, sys.getStr('__stdout__') ?? None);
      dropStdout();
    }
  }
  flushStderr();
  return ok;
}

/** pythonrun.c's flush_io: sys.stderr.flush(), sys.stdout.flush(), errors ignored (the exit's flush reports). */
export function flushIo(): void {
  for (const name of ['stderr', 'stdout']) {
    const f = sys.getStr(name);
    if (f !== undefined && f !== None) flushFile(f);
  }
}

/** file_is_closed: a `closed` that cannot be read counts as closed. */
function isClosed(f: PyValue): boolean {
  try {
    const c = getAttrOpt(f, 'closed');
    return c !== undefined && truthy(c);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return true;
  }
}

/** f.flush(): the Python exception it raised, or null. */
function flushFile(f: PyValue): PyBaseExceptionC | null {
  try {
    call(getAttr(f, 'flush'), []);
    return null;
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return e.exc;
  }
}

function dropStdout(): void {
  outBytes = [];
  outText = '';
  pendingCount = 0;
  outBuffered = 0;
}

let stdinBuf: Buffer = Buffer.alloc(0);
let stdinEof = false;
/** One line from fd 0 including its newline, or null at end of file. */
export function readStdinLine(): string | null {
  const b = readStdinLineBytes();
  return b === null ? null : b.toString('utf8');
}
/** One line from fd 0 as bytes including its newline (sys.stdin decodes it), or null at end of file. */
export function readStdinLineBytes(): Buffer | null {
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl + 1);
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      if (stdinBuf.length === 0) return null;
      const line = stdinBuf;
      stdinBuf = Buffer.alloc(0);
      return line;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') n = 0;
      else n = 0;
    }
    if (n === 0) stdinEof = true;
    else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
  }
}
/** Put text read from standard input back in front of what is buffered (a size-limited read). */
export function unreadStdin(text: string): void {
  if (text.length > 0) stdinBuf = Buffer.concat([Buffer.from(text, 'utf8'), stdinBuf]);
}
/** Put bytes read from standard input back in front of what is buffered. */
export function unreadStdinBytes(b: Uint8Array): void {
  if (b.length > 0) stdinBuf = Buffer.concat([b, stdinBuf]);
}
/** Up to n bytes of standard input (what readStdinLine has buffered first); empty at end of file. */
export function readStdinBytes(n: number): Uint8Array {
  if (stdinBuf.length === 0 && !stdinEof) {
    const chunk = Buffer.alloc(Math.max(n, 1));
    let got = 0;
    try {
      got = readSync(0, chunk, 0, chunk.length, null);
    } catch {
      got = 0;
    }
    if (got === 0) stdinEof = true;
    else stdinBuf = chunk.subarray(0, got);
  }
  const take = stdinBuf.subarray(0, n);
  stdinBuf = stdinBuf.subarray(take.length);
  return new Uint8Array(take);
}
export function readStdinAll(): string {
  let out = '';
  for (;;) {
    const l = readStdinLine();
    if (l === null) return out;
    out += l;
  }
}

import { exceptionTypes } from '../objects/exceptions.js';
function exc(name: string): PyType {
  return exceptionTypes.get(name) ?? exceptionTypes.get('OSError')!;
}
function excT(name: string): PyType {
  return exceptionTypes.get(name)!;
}

function fn(name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void {
  sys.setStr(name, new PyBuiltin(name, f, sysModule));
}

/** A struct sequence in sys (version_info, flags...): type and instance at once. */
function structseq(name: string, fields: string[], values: PyValue[], canCreate = true): PyTuple {
  return newStructSeq(makeStructSeqType('sys.' + name, fields, fields.length, canCreate), values);
}
import { tupleType, PyBytesObj } from '../objects/object.js';
import { repr as reprT, getAttrOpt, reprEnter, reprLeave } from '../objects/abstract.js';
import { encodeAsMethod, decodeAsMethod, encodeText } from './_codecs.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
void tupleType;

export function initSys(argv: string[], path0: string, modules: PyDict): void {
  const stdout = makeStdStream(1);
  const stderr = makeStdStream(2);
  const stdin = makeStdStream(0);
  sys.setStr('stdout', stdout);
  sys.setStr('stderr', stderr);
  sys.setStr('stdin', stdin);
  sys.setStr('__stdout__', stdout);
  sys.setStr('__stderr__', stderr);
  sys.setStr('__stdin__', stdin);
  sys.setStr('argv', new PyList(argv.slice()));
  sys.setStr('orig_argv', new PyList(argv.slice()));
  sys.setStr('path', new PyList([path0, ...stdlibPath()]));
  sys.setStr('_stdlib_dir', stdlibDir() ?? None);
  sys.setStr('modules', modules);
  sys.setStr('meta_path', defaultMetaPath());
  sys.setStr('path_hooks', defaultPathHooks());
  sys.setStr('path_importer_cache', new PyDict());
  sys.setStr('builtin_module_names', new PyTuple(['builtins', 'sys']));
  sys.setStr('platform', 'linux');
  sys.setStr('byteorder', 'little');
  sys.setStr('maxsize', 9223372036854775807n);
  sys.setStr('maxunicode', 0x10ffff);
  sys.setStr('version', '3.11.7 (main, typhon) [TypeScript]');
  // (project, branch, revision) of the build, as a release build of CPython has them (platform reads it).
  sys.setStr('_git', new PyTuple(['Typhon', '', '']));
  // An installed (not a build-directory) interpreter, not a macOS framework build: what sysconfig reads.
  sys.setStr('_home', None);
  sys.setStr('_framework', '');
  sys.setStr('hexversion', 0x30b07f0);
  sys.setStr('api_version', 1013);
  sys.setStr('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
  sys.setStr('executable', process.argv[1] ?? '');
  sys.setStr('_base_executable', process.argv[1] ?? '');
  const prefix = stdlibPrefix();
  sys.setStr('prefix', prefix);
  sys.setStr('base_prefix', prefix);
  sys.setStr('exec_prefix', prefix);
  sys.setStr('base_exec_prefix', prefix);
  sys.setStr('platlibdir', 'lib');
  sys.setStr('abiflags', '');
  sys.setStr('pycache_prefix', None);
  sys.setStr('float_repr_style', 'short');
  const env = process.env;
  const dontWrite = (env.PYTHONDONTWRITEBYTECODE ?? '') !== '';
  sys.setStr('dont_write_bytecode', dontWrite);
  sys.setStr('warnoptions', new PyList([]));
  sys.setStr('_xoptions', new PyDict());
  sys.setStr('version_info', structseq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0], false));
  sys.setStr('implementation', makeNamespace([
    ['name', 'typhon'], ['cache_tag', 'typhon-311'], ['version', sys.getStr('version_info')!], ['hexversion', 0x30b07f0],
    ['_multiarch', 'x86_64-linux-gnu'],
  ]));
  const hashSeed = env.PYTHONHASHSEED;
  sys.setStr('flags', structseq('flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
    [0, 0, 0, 0, dontWrite ? 1 : 0, 0, 0, 0, 0, 0, 0, hashSeed === '0' ? 0 : 1, 0, false, 0, 0, false, -1], false));
  sys.setStr('float_info', structseq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1]));
  sys.setStr('hash_info', structseq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  sys.setStr('int_info', structseq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [30, 4, 4300, 640]));
  sys.setStr('thread_info', structseq('thread_info', ['name', 'lock', 'version'], ['pthread', 'semaphore', 'NPTL 2.36']));
  const stdlibNames = new PySet(frozensetTypeRef());
  for (const n of STDLIB_NAMES) stdlibNames.t.set(n, None);
  sys.setStr('stdlib_module_names', stdlibNames);
  fn('get_int_max_str_digits', (args, kw) => {
    noArgs('get_int_max_str_digits', args, kw);
    return intMaxStrDigits;
  });
  fn('set_int_max_str_digits', (args, kw) => {
    const [v] = parseArgs('set_int_max_str_digits', ['maxdigits'], args, kw, 1);
    const n = index(v!);
    if (n !== 0 && n < 640) valueError('maxdigits must be 0 or larger than 640');
    if (n > 2147483647) raise(OverflowError, 'Python int too large to convert to C int');
    setIntMaxStrDigits(Number(n));
    return None;
  });
  fn('exit', (args, kw) => {
    unpackArgs('exit', args, kw, 0, 1);
    // As PyErr_SetObject: a tuple argument becomes the args (sys.exit((1, 2)) has code (1, 2)).
    const e = args.length > 0 ? exceptionFromValue(SystemExit, args[0]) : newException(SystemExit, []);
    throw new PyException(e);
  });
  // The hooks asyncio's loop installs (genobject.ts calls firstiter).
  let hooksType: PyType | null = null;
  fn('get_asyncgen_hooks', (args, kw) => {
    noArgs('get_asyncgen_hooks', args, kw);
    if (hooksType === null) hooksType = makeStructSeqType('asyncgen_hooks', ['firstiter', 'finalizer'], 2, false);
    return newStructSeq(hooksType, [asyncgenHooks.firstiter ?? None, asyncgenHooks.finalizer ?? None]);
  });
  fn('set_asyncgen_hooks', (args, kw) => {
    const [fi, fz] = parseArgs('set_asyncgen_hooks', ['firstiter', 'finalizer'], args, kw, 0);
    for (const [name, v] of [['finalizer', fz], ['firstiter', fi]] as const) {
      if (v !== undefined && v !== None && typeOf(v).lookup('__call__') === undefined) typeError(`callable ${name} expected, got ${typeOf(v).name}`);
    }
    if (fz !== undefined) asyncgenHooks.finalizer = fz === None ? null : fz;
    if (fi !== undefined) asyncgenHooks.firstiter = fi === None ? null : fi;
    return None;
  });
  fn('getrecursionlimit', (args, kw) => {
    noArgs('getrecursionlimit', args, kw);
    return ts.recursionLimit;
  });
  fn('setrecursionlimit', (args, kw) => {
    oneArg('setrecursionlimit', args, kw);
    const big = index(args[0]);
    if (big > 2147483647 || big < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
    const n = Number(big);
    if (n < 1) valueError('recursion limit must be greater or equal than 1');
    if (n <= ts.depth) raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    ts.recursionLimit = n;
    return None;
  });
  fn('exc_info', (args, kw) => {
    noArgs('exc_info', args, kw);
    const e = topmostException();
    if (e === null) return new PyTuple([None, None, None]);
    return new PyTuple([e.cls, e, e.traceback ?? None]);
  });
  fn('exception', (args, kw) => {
    noArgs('exception', args, kw);
    return topmostException() ?? None;
  });
  fn('intern', (args, kw) => {
    oneArg('intern', args, kw);
    const s = args[0];
    if (typeof s !== 'string') {
      if (typeOf(s).isSubtype(strTypeRef())) typeError(`can't intern ${typeOf(s).tpName}`);
      typeError(`intern() argument must be str, not ${s === None ? 'None' : typeOf(s).name}`);
    }
    // JS strings compare by value, so `is` between equal str values already holds.
    return s;
  });
  fn('getsizeof', (args, kw) => {
    const [o, dflt] = parseArgs('getsizeof', ['object', 'default'], args, kw, 1);
    try {
      return sizeofWithHeader(o!);
    } catch (e) {
      if (dflt !== undefined && e instanceof PyException && e.exc.cls.isSubtype(exc('TypeError'))) return dflt;
      throw e;
    }
  });
  fn('getrefcount', (args, kw) => {
    oneArg('getrefcount', args, kw);
    return 2;
  });
  let switchInterval = 0.005;
  fn('getswitchinterval', (args, kw) => {
    noArgs('getswitchinterval', args, kw);
    return f(switchInterval);
  });
  fn('setswitchinterval', (args, kw) => {
    oneArg('setswitchinterval', args, kw);
    const x = toFloatT(args[0]);
    if (!(x > 0)) valueError('switch interval must be strictly positive');
    switchInterval = x;
    return None;
  });
  fn('gettrace', () => tracing.tracer ?? None);
  fn('settrace', (args, kw) => {
    oneArg('settrace', args, kw);
    audit('sys.settrace', []);
    setTrace(args[0]);
    return None;
  });
  fn('getprofile', () => tracing.profiler ?? None);
  fn('setprofile', (args, kw) => {
    oneArg('setprofile', args, kw);
    audit('sys.setprofile', []);
    setProfile(args[0]);
    return None;
  });
  fn('is_finalizing', () => runtimeState.finalizing);
  fn('getfilesystemencodeerrors', () => 'surrogateescape');
  fn('get_coroutine_origin_tracking_depth', () => coroutineOrigins.depth);
  fn('set_coroutine_origin_tracking_depth', (args, kw) => {
    const [depth] = parseArgs('set_coroutine_origin_tracking_depth', ['depth'], args, kw, 1);
    const d = index(depth!);
    if (d < 0) valueError('depth must be >= 0');
    coroutineOrigins.depth = Number(d);
    return None;
  });
  fn('getallocatedblocks', () => 0);
  let dlopenFlags = 2; // RTLD_NOW: nothing is loaded with dlopen here, but the setting is kept
  fn('getdlopenflags', (args, kw) => {
    noArgs('getdlopenflags', args, kw);
    return dlopenFlags;
  });
  fn('setdlopenflags', (args, kw) => {
    dlopenFlags = Number(index(methO('sys.setdlopenflags', args, kw)));
    return None;
  });
  fn('_clear_type_cache', () => None);
  fn('_current_frames', () => {
    const d = new PyDict();
    for (const [id, f] of threadFrames()) {
      if (f === null) continue;
      markEscaped(f);
      d.set(id, f);
    }
    return d;
  });
  fn('_current_exceptions', () => {
    const d = new PyDict();
    for (const [id, e] of threadExceptions(topmostException())) {
      d.set(id, e === null ? new PyTuple([None, None, None]) : new PyTuple([e.cls, e, e.traceback ?? None]));
    }
    return d;
  });
  fn('addaudithook', (args, kw) => addAuditHook(clinicArgs('addaudithook', ['hook'], args, kw, 1)[0]!));
  fn('audit', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('sys.audit() takes no keyword arguments');
    if (args.length === 0) typeError('audit() missing 1 required positional argument: \'event\'');
    // Nothing is checked while no hook is installed, as CPython's.
    if (!auditing()) return None;
    const event = args[0];
    if (typeof event !== 'string') typeError(`expected str for argument 'event', not ${typeOf(event).tpName}`);
    audit(event, args.slice(1));
    return None;
  });
  fn('call_tracing', (args, kw) => {
    unpackArgs('call_tracing', args, kw, 2, 2);
    if (!(args[1] instanceof PyTuple)) typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(args[1]).tpName}`);
    return callTracing(() => call(args[0], toArrayT(args[1])));
  });
  fn('unraisablehook', (args, kw) => {
    const u = methO('sys.unraisablehook', args, kw);
    if (!(u instanceof PyTuple) || typeOf(u) !== unraisableArgsType()) typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
    const [, value, , msg, obj] = u.items;
    if (value instanceof PyBaseExceptionC) defaultUnraisable(value, obj, typeof msg === 'string' ? msg : null);
    return None;
  });
  sys.setStr('__unraisablehook__', sys.getStr('unraisablehook')!);
  fn('getdefaultencoding', (args, kw) => {
    noArgs('getdefaultencoding', args, kw);
    return 'utf-8';
  });
  fn('getfilesystemencoding', (args, kw) => {
    noArgs('getfilesystemencoding', args, kw);
    return 'utf-8';
  });
  fn('_getframe', (args, kw) => {
    unpackArgs('_getframe', args, kw, 0, 1);
    let f = ts.frame;
    let n = args.length > 0 ? Number(index(args[0])) : 0;
    while (n-- > 0 && f !== null) f = f.back;
    if (f === null) valueError('call stack is not deep enough');
    markEscaped(f);
    audit('sys._getframe', [f]);
    return f;
  });
  fn('displayhook', (args, kw) => {
    // sys_displayhook: `_` is None while the repr is written to sys.stdout, then the value.
    if (kw !== null && kw.length > 0) typeError('displayhook() takes no keyword arguments');
    if (args.length !== 1) typeError(`displayhook() takes exactly one argument (${args.length} given)`);
    const o = args[0];
    if (o === None) return None;
    builtinsRef().setStr('_', None);
    const out = sys.getStr('stdout');
    if (out === undefined || out === None) raise(excT('RuntimeError'), 'lost sys.stdout');
    const write = getAttr(out, 'write');
    const text = reprT(o);
    try {
      call(write, [text]);
    } catch (e) {
      // A repr the stream cannot encode goes out with backslash escapes (sys_displayhook_unencodable).
      if (!(e instanceof PyException && e.exc.cls.isSubtype(excT('UnicodeEncodeError')))) throw e;
      const enc = getAttr(out, 'encoding');
      if (typeof enc !== 'string') typeError(`bad argument type for built-in operation`);
      const bytes = new PyBytesObj(encodeAsMethod(text as string | PySurrogateStr, enc, 'backslashreplace'));
      const buffer = getAttrOpt(out, 'buffer');
      if (buffer !== undefined) call(getAttr(buffer, 'write'), [bytes]);
      else call(write, [decodeAsMethod(bytes.bytes, enc, 'strict')]);
    }
    call(write, ['\n']);
    builtinsRef().setStr('_', o);
    return None;
  });
  fn('excepthook', (args, kw) => {
    unpackArgs('excepthook', args, kw, 3, 3);
    // sys_excepthook_impl prints its own complaint about a value that is not an exception.
    if (!typeOf(args[1]).isSubtype(excT('BaseException'))) {
      tbHooks.write(`TypeError: print_exception(): Exception expected for value, ${typeOf(args[1]).tpName} found\n`);
      return None;
    }
    printException(args[1] as PyBaseExceptionT);
    return None;
  });
  fn('breakpointhook', (args, kw) => {
    // sys_breakpointhook: $PYTHONBREAKPOINT read at each call (not under -E); '' means pdb.set_trace, '0'
    // disables; 'mod.sub.func' is imported, a name without a dot is a builtin; failures only warn.
    const flags = sys.getStr('flags');
    const ignoreEnv = flags !== undefined && getAttr(flags, 'ignore_environment') !== 0;
    let hookname = ignoreEnv ? undefined : process.env.PYTHONBREAKPOINT;
    if (hookname === undefined || hookname === '') hookname = 'pdb.set_trace';
    else if (hookname === '0') return None;
    const dot = hookname.lastIndexOf('.');
    let hook: PyValue | undefined;
    if (dot !== 0) {
      const modpath = dot < 0 ? 'builtins' : hookname.slice(0, dot);
      const attr = dot < 0 ? hookname : hookname.slice(dot + 1);
      try {
        // An empty component cannot name a module: CPython's import fails with ModuleNotFoundError.
        if (modpath.split('.').includes('')) raise(excT('ModuleNotFoundError'), `No module named '${modpath}'`);
        const m = loadModule(modpath);
        hook = getAttr(m, attr);
      } catch (e) {
        if (!(e instanceof PyException) || !(e.exc.cls.isSubtype(excT('ImportError')) || e.exc.cls.isSubtype(excT('AttributeError')))) throw e;
      }
    }
    if (hook === undefined) {
      warn(`Ignoring unimportable $PYTHONBREAKPOINT: "${hookname}"`, excT('RuntimeWarning'), 1, None);
      return None;
    }
    return call(hook, args, kw);
  });
  sys.setStr('__breakpointhook__', sys.getStr('breakpointhook')!);
  sys.setStr('__displayhook__', sys.getStr('displayhook')!);
  sys.setStr('__excepthook__', sys.getStr('excepthook')!);
  sysHooks.getAttr = (name) => sys.getStr(name);
  void [emptyTuple, str, call, PyBytesObj];
}
import type { PyBaseException as PyBaseExceptionT } from '../objects/exceptions.js';
import { PyFloat } from '../objects/object.js';
import { builtinsDict } from './builtins.js';
function f(x: number): PyFloat {
  return new PyFloat(x);
}
function builtinsRef(): PyDict {
  return builtinsDict;
}

import { parseArgs, hasSurrogates } from '../objects/str.js';
import { warn } from './_warnings.js';
import { loadModule } from '../vm/import.js';
import { defaultMetaPath, defaultPathHooks } from '../vm/finders.js';
import { parserLimits } from '../parser/parser.js';
import { makeStdStream, stdioSettings } from './_io.js';
import { toArray as toArrayT } from '../objects/abstract.js';

// ---------------------------------------------------------------------------
// Helpers for the functions above.

/** The int<->str conversion limit (sys.set_int_max_str_digits); 0 means no limit. */
export let intMaxStrDigits = 4300;
/** Set the limit for int <-> str conversions and for the compiler's decimal literals alike. */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
  parserLimits.intMaxStrDigits = n;
}

function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`sys.${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`sys.${name}() takes no arguments (${args.length} given)`);
}
function oneArg(name: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`sys.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`sys.${name}() takes exactly one argument (${args.length} given)`);
}

/** _PyRuntimeState's finalizing flag: set once exit has run the atexit functions (sys.is_finalizing()). */
export const runtimeState = { finalizing: false };

/** types.SimpleNamespace, enough for sys.implementation: attributes and namespace(...) repr. */
export const namespaceType = new PyType(typeType, 'SimpleNamespace', [objectType], TF_BASETYPE);
namespaceType.mro = [namespaceType, objectType];
namespaceType.tdict.set('__module__', 'types');
class PyNamespace extends PyObject {
  constructor(cls: PyType = namespaceType) {
    super(cls);
    this.dict = new PyDict();
  }
}
let namespaceReady = false;
export function makeNamespace(items: [string, PyValue][]): PyObject {
  if (!namespaceReady) {
    namespaceReady = true;
    defineMethods(namespaceType, {
      __repr__: (self) => {
        const name = typeOf(self) === namespaceType ? 'namespace' : typeOf(self).name;
        // namespace_repr: a namespace inside itself is `namespace(...)`; only non-empty str keys are shown.
        if (!reprEnter(self)) return `${name}(...)`;
        try {
          const parts: string[] = [];
          const d = (self as PyNamespace).dict!;
          for (const e of Array.from(d.t.map.values())) if (typeof e.key === 'string' && e.key !== '') parts.push(`${e.key}=${reprT(e.value)}`);
          return `${name}(${parts.join(', ')})`;
        } finally {
          reprLeave(self);
        }
      },
      __init__: (self, args, kw) => {
        // types.SimpleNamespace(**kwargs)
        const nkw = kw === null ? 0 : kw.length;
        if (args.length > nkw) typeError('no positional arguments expected');
        for (let i = 0; i < nkw; i++) (self as PyNamespace).dict!.setStr(kw![i], args[args.length - nkw + i]);
        return None;
      },
      __eq__: (self, args) => {
        const o = args[0];
        if (!(o instanceof PyNamespace)) return NotImplementedT;
        return richCompareT((self as PyNamespace).dict!, o.dict!, 2);
      },
      __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([]), (self as PyNamespace).dict!]),
    });
    namespaceType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyNamespace(args[0] as PyType)));
  }
  const o = new PyNamespace();
  for (const [k, v] of items) o.dict!.setStr(k, v);
  return o;
}

/**
 * _PySys_GetSizeOf: o.__sizeof__() (an int, as a Py_ssize_t), plus the pre-header of o's type (the GC
 * header, a managed dict's pointers).
 */
function sizeofWithHeader(o: PyValue): number {
  const r = callSpecial(o, '__sizeof__', []);
  if (r === undefined) typeError(`Type ${typeOf(o).tpName} doesn't define __sizeof__`);
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && !(r instanceof PyIntSub)) typeError('an integer is required');
  const n = typeof r === 'boolean' ? Number(r) : r instanceof PyIntSub ? r.value : r;
  if (n > 9223372036854775807n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  if (n < 0) valueError('__sizeof__() should return >= 0');
  return Number(n) + preHeaderSize(typeOf(o));
}

function frozensetTypeRef(): PyType {
  return frozensetType;
}
function strTypeRef(): PyType {
  return strType;
}
function toFloatT(v: PyValue): number {
  return toFloat(v);
}
function getAttrT(o: PyValue, name: string): PyValue {
  return getAttr(o, name);
}
import { frozensetType, strType, PySet } from '../objects/object.js';
import { toFloat, getAttr, richCompare as richCompareT } from '../objects/abstract.js';
import { NotImplemented as NotImplementedT } from '../objects/object.js';
import { OverflowError } from '../objects/exceptions.js';

const STDLIB_NAMES: string[] = (
  '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn ' +
  '_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc ' +
  '_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm ' +
  '_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq ' +
  '_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode ' +
  '_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio ' +
  '_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl ' +
  '_stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize ' +
  '_tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity ' +
  'argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 ' +
  'cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall ' +
  'concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses ' +
  'datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler ' +
  'fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext ' +
  'glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ' +
  'ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math ' +
  'mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path ' +
  'numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil ' +
  'platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc ' +
  'pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets ' +
  'select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd ' +
  'sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess ' +
  'sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this ' +
  'threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle ' +
  'turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser ' +
  'winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo '
).trim().split(' ');

let unraisableArgs: PyType | null = null;
function unraisableArgsType(): PyType {
  if (unraisableArgs === null) unraisableArgs = makeStructSeqType('UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'], 5, false);
  return unraisableArgs;
}

/**
 * _PyErr_WriteUnraisableMsg: an exception nobody can catch (in a finaliser, an atexit callback, a thread
 * started by _thread) goes to sys.unraisablehook; the default one writes "<errMsg>: <repr(obj)>" and the
 * traceback to sys.stderr. A hook that raises is itself reported by the default writer.
 */
export function writeUnraisable(exc: PyBaseExceptionT, obj: PyValue, errMsg: string | null = null): void {
  const hook = sys.getStr('unraisablehook');
  if (hook === undefined || hook === None) return;
  // _PyErr_WriteUnraisableMsg: an exception without a traceback gets one of the running frame.
  const f = ts.frame;
  if (exc.traceback === null && f !== null) {
    markEscaped(f);
    exc.traceback = new PyTraceback(null, f, f.lasti, f.code.lineAt(f.lasti));
  }
  if (hook !== sys.getStr('__unraisablehook__')) {
    const args = newStructSeq(unraisableArgsType(), [exc.cls, exc, exc.traceback ?? None, errMsg ?? None, obj]);
    try {
      call(hook, [args]);
      return;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      defaultUnraisable(e.exc, hook, 'Exception ignored in sys.unraisablehook');
      return;
    }
  }
  defaultUnraisable(exc, obj, errMsg);
}

function defaultUnraisable(exc: PyBaseExceptionT, obj: PyValue, errMsg: string | null): void {
  let text = '';
  if (obj !== None) {
    let r: string;
    try {
      r = reprT(obj);
    } catch {
      r = '<object repr() failed>';
    }
    text = `${errMsg ?? 'Exception ignored in'}: ${r}\n`;
  } else if (errMsg !== null) text = `${errMsg}:\n`;
  text += formatExceptionUnchained(exc);
  try {
    writeSysStderr(text);
  } catch {
    /* as CPython: a failing stderr loses the report */
  }
}

/**
 * Tracebacks and "Exception ignored" reports go to sys.stderr, whatever it is now (a StringIO of
 * contextlib.redirect_stderr...), as PyErr_Display writes them; nowhere when it is None. The process's own
 * stderr is written directly (also while sys has no stderr yet).
 */
export function writeSysStderr(s: string): void {
  const err = sys.getStr('stderr');
  if (err === undefined) writeStderr(s);
  else writeTo(err, s);
}

/** Write to a file object; the real stderr directly (stdout's buffer is not flushed first, as in CPython). */
export function writeTo(file: PyValue, s: string): void {
  if (file === sys.getStr('__stderr__')) {
    writeStderr(s);
    return;
  }
  if (file === None) return;
  call(getAttr(file, 'write'), [s]);
}
import { PyBaseException as PyBaseExceptionC } from '../objects/exceptions.js';
import { formatExceptionUnchained } from '../vm/traceback.js';
