// The posix module (Modules/posixmodule.c) on Node's synchronous fs API: what os.py, posixpath,
// shutil, tempfile, pathlib and glob need. Node has no lseek, so file positions of the descriptors
// opened here are kept in `fdTable` and reads/writes use pread/pwrite at that position; descriptors
// opened elsewhere (0, 1, 2, inherited ones) use the kernel's position. Node has no *at() calls either:
// a dir_fd is reached through its /proc/self/fd link (atDir), and so are descriptors given to listdir,
// scandir, chdir, statvfs and pathconf.
import { audit } from '../vm/audit.js';
import {
  statSync, lstatSync, fstatSync, openSync, closeSync, readFileSync, readSync, writeSync, mkdirSync, rmdirSync, unlinkSync,
  renameSync, readlinkSync, symlinkSync, linkSync, chmodSync, fchmodSync, utimesSync, futimesSync, lutimesSync, accessSync,
  ftruncateSync, truncateSync, fsyncSync, fdatasyncSync, opendirSync, realpathSync, chownSync, lchownSync, fchownSync,
  readvSync, writevSync, BigIntStats, constants as fsc, Dirent, statfsSync, readdirSync,
} from 'node:fs';
// Named imports, not a namespace: bin/typhon loads node:os on first use, and a namespace import copies
// every property at start-up (loading the module).
import {
  userInfo, cpus, loadavg, type as osType, hostname, release, version as osVersion, machine, uptime, getPriority, setPriority,
} from 'node:os';
import { spawnSync } from 'node:child_process';
import {
  PyValue, PyObject, PyDict, PyModule, PyBuiltin, PyType, PyTuple, PyList, PyBytesObj, PyFloat, None, typeType, objectType,
  defineMethods, defineGetters, typeOf, iteratorType, PyNativeIter, TF_BASETYPE,
} from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, OSError, OverflowError, SystemExit, StopIteration, BufferError } from '../objects/exceptions.js';
import { callBound, index, str as strOf, repr, toArray, getItem as getItemV, getAttr } from '../objects/abstract.js';
import { parseArgs, hasSurrogates, PyStrSub } from '../objects/str.js';
import { getBuffer, asBytes, writableBuffer } from '../objects/bytes.js';
import { warn } from './_warnings.js';
import { socketBlocking, setSocketBlocking } from './_socket.js';
import { encodeText, decodeText } from './_codecs.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
import { errnoOf, strerror, raiseErrno } from './errno.js';
import { clinicArgs, ssizeArg, idArg, fildesArg } from './args.js';
import { statFields, CLK_TCK } from './resource.js';
import { readDb, dbId } from './pwd.js';
import { sysconf, sysconfNames, pathconf, pathconfNames, confstr, confstrNames } from './posix_conf.js';
import { pipeEnd, makePipe, readPipe, writePipe, forgetFd, getBlocking, setBlocking, pipeRedescribed, pipeReadiness } from './pipes.js';
import { block, blockRestartable, canSuspendNow, threadCount, sleepMs, Wait } from '../vm/threads.js';
import { tripSignal, defaultSigusr1 } from '../vm/ceval.js';
import { signalHandled } from './_signal.js';
import { waitpid, wait4 } from './children.js';
import { importName } from '../vm/import.js';
import { spawnChild, type Stdio } from './_posixsubprocess.js';
import { faultSignals, signalName } from './faulthandler.js';
import { exitProcess } from '../vm/exit.js';

// ---------------------------------------------------------------------------
// Errors

/** OSError (its errno subclass) for a Node error on `filename` (and `filename2`), as path_error does. */
export function osErrorFrom(e: unknown, filename?: PyValue, filename2?: PyValue): never {
  if (e instanceof PyException) throw e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) throw e;
  // Node refuses a negative descriptor before the system call, which would fail with EBADF.
  if (code === 'ERR_OUT_OF_RANGE' && (e as Error).message.startsWith('The value of "fd"')) raiseErrno(9);
  raiseErrno(errnoOf(code), filename, filename2);
}


// ---------------------------------------------------------------------------
// Path arguments (path_converter)

/** A path argument: what Node receives, the original object (for error messages) and whether it was bytes. */
interface PathArg {
  node: string | Buffer;
  obj: PyValue;
  bytes: boolean;
  fd: number;
}

/** os.fspath(): str and bytes as they are, else __fspath__() (which must give str or bytes). */
export function fspath(p: PyValue, allowNone = false): PyValue {
  void allowNone;
  // A str subclass gives its text here (callers take what is not a JS string for bytes).
  if (p instanceof PyStrSub) return p.value;
  if (typeof p === 'string' || (p instanceof PyBytesObj && isBytesSub(p))) return p;
  const f = typeOf(p).lookup('__fspath__');
  if (f === undefined) typeError(`expected str, bytes or os.PathLike object, not ${typeOf(p).name}`);
  const r = callBound(f, p, []);
  if (r instanceof PyStrSub) return r.value;
  if (typeof r === 'string' || (r instanceof PyBytesObj && !isByteArray(r))) return r;
  typeError(`expected ${typeOf(p).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}
function isByteArray(v: PyValue): boolean {
  return v instanceof PyBytesObj && v.cls.isSubtype(bytearrayTypeRef());
}
function isBytesSub(v: PyBytesObj): boolean {
  return !isByteArray(v);
}
import { bytearrayType as bytearrayTypeRef0, strType } from '../objects/object.js';
function bytearrayTypeRef(): PyType {
  return bytearrayTypeRef0;
}

/** A str path as Node wants it: lone surrogates (from surrogateescape) become their bytes. */
export function nodePath(s: string): string | Buffer {
  return hasSurrogates(s) ? Buffer.from(encodeText(s, 'utf-8', 'surrogateescape')) : s;
}

/**
 * The NUL-separated strings of a /proc file (cmdline, environ) as the process got them, bytes Node would have
 * decoded; none when it cannot be read.
 */
export function procStrings(file: string): Buffer[] {
  let all: Buffer;
  try {
    all = readFileSync(file);
  } catch {
    return [];
  }
  const out: Buffer[] = [];
  for (let s = 0; s < all.length;) {
    const e = all.indexOf(0, s);
    const end = e < 0 ? all.length : e;
    out.push(all.subarray(s, end));
    s = end + 1;
  }
  return out;
}

/**
 * The working directory's bytes (process.cwd() decodes a name that is not UTF-8 with replacement characters);
 * OSError when it is gone.
 */
function cwdBytes(): Buffer {
  let s: string;
  try {
    s = process.cwd();
  } catch (e) {
    osErrorFrom(e);
  }
  if (!s.includes('\ufffd')) return Buffer.from(s);
  try {
    return readlinkSync('/proc/self/cwd', { encoding: 'buffer' });
  } catch {
    return Buffer.from(s);
  }
}

/** Decode a file name from the file system (utf-8, surrogateescape). */
export function fsDecode(b: Uint8Array): string {
  return decodeText(b, 'utf-8', 'surrogateescape');
}

function pathArg(fname: string, argname: string, v: PyValue, allowFd = false, nullable = false): PathArg {
  if (allowFd && (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')) {
    if (typeof v === 'boolean') void 0;
    return { node: '', obj: v, bytes: false, fd: Number(index(v)) };
  }
  if (nullable && v === None) return { node: '.', obj: v, bytes: false, fd: -1 };
  // A str subclass (pdb's _ScriptTarget) is a str path.
  let p: PyValue = v instanceof PyStrSub ? v.value : v;
  if (typeof p !== 'string' && !(p instanceof PyBytesObj && !isByteArray(p))) {
    const f = typeOf(v).lookup('__fspath__');
    if (f === undefined) {
      const what = allowFd && nullable ? 'string, bytes, os.PathLike, integer or None' : allowFd ? 'string, bytes, os.PathLike or integer'
        : nullable ? 'string, bytes, os.PathLike or None' : 'string, bytes or os.PathLike';
      const msg = `${fname}: ${argname} should be ${what}, not ${typeOf(v).name}`;
      // Another object with the buffer protocol (bytearray, memoryview) is still taken, with a DeprecationWarning.
      const buf = typeof v === 'object' ? asBytes(v) : undefined;
      if (buf === undefined) typeError(msg);
      warn(msg, exceptionTypesRef.get('DeprecationWarning')!, 1, None);
      if (buf.includes(0)) valueError(`${fname}: embedded null character in ${argname}`);
      return { node: Buffer.from(buf), obj: v, bytes: true, fd: -1 };
    }
    p = callBound(f, v, []);
    if (p instanceof PyStrSub) p = p.value;
    if (typeof p !== 'string' && !(p instanceof PyBytesObj && !isByteArray(p))) {
      typeError(`expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(p).name}`);
    }
  }
  if (typeof p === 'string') {
    if (p.includes('\0')) valueError('embedded null byte');
    return { node: nodePath(p), obj: v, bytes: false, fd: -1 };
  }
  const b = (p as PyBytesObj).bytes;
  if (b.includes(0)) valueError('embedded null byte');
  return { node: Buffer.from(b), obj: v, bytes: true, fd: -1 };
}

function fdArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') raise(OverflowError, v > 0n ? 'fd is greater than maximum' : 'fd is less than minimum');
  if (typeOf(v).lookup('__index__') === undefined) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(index(v));
}

function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return Number(index(v));
}

// ---------------------------------------------------------------------------
// File descriptors and their positions

interface FdInfo {
  pos: number;
  append: boolean;
  /** O_NONBLOCK as set_blocking() left it (a regular file never blocks; the flag is only reported back). */
  blocking: boolean;
}
/** Descriptors opened by posix.open: their file position (Node reads and writes at explicit offsets). */
const fdTable = new Map<number, FdInfo>();

export function openFd(path: string | Buffer, flags: number, mode: number, obj: PyValue): number {
  let fd: number;
  try {
    fd = openSync(path, flags, mode);
  } catch (e) {
    osErrorFrom(e, obj);
  }
  // A number reused: whatever a pipe end of that number (closed out of sight) left behind is stale.
  forgetFd(fd);
  registerFd(fd, (flags & fsc.O_APPEND) !== 0, (flags & fsc.O_NONBLOCK) === 0);
  return fd;
}

/** Whether a pipe end, socket or regular file Typhon keeps is blocking (O_NONBLOCK clear); undefined for others. */
export function trackedBlocking(fd: number): boolean | undefined {
  return getBlocking(fd) ?? socketBlocking(fd) ?? fdTable.get(fd)?.blocking;
}

/** Set O_NONBLOCK where Typhon keeps it (pipe ends, sockets, regular files); false for other descriptors. */
export function setTrackedBlocking(fd: number, blocking: boolean): boolean {
  const file = fdTable.get(fd);
  if (file !== undefined) file.blocking = blocking;
  return file !== undefined || setBlocking(fd, blocking) || setSocketBlocking(fd, blocking);
}

/** os.get_blocking: O_NONBLOCK as kept for pipes, sockets and regular files; true for other open descriptors. */
export function fdBlocking(fd: number): boolean {
  const b = trackedBlocking(fd);
  if (b !== undefined) return b;
  try {
    fstatSync(fd);
  } catch (e) {
    osErrorFrom(e);
  }
  return true;
}

/** Track the position of `fd` when it is a regular file (pipes and terminals use the kernel's). */
export function registerFd(fd: number, append: boolean, blocking = true): void {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return;
  }
  if (st.isFile() || st.isBlockDevice()) fdTable.set(fd, { pos: append ? st.size : 0, append, blocking });
}

/**
 * Inheritability set by Python (set_inheritable, dup, dup2), which Node cannot put on the descriptor
 * itself: fork_exec passes the inheritable ones to a child when close_fds is false.
 */
export const inheritable = new Map<number, boolean>();
const O_CLOEXEC = 0o2000000;

/** Whether `fd` is inheritable (no FD_CLOEXEC): as Python set it, else from the descriptor's flags. */
export function getInheritable(fd: number): boolean {
  const v = inheritable.get(fd);
  if (v !== undefined) {
    fdFlags(fd);
    return v;
  }
  // Node's start-up leaves its standard streams close-on-exec; libuv hands them to children anyway.
  return (fdFlags(fd) & O_CLOEXEC) === 0 || fd <= 2;
}

/** The open flags of `fd` (from /proc/self/fdinfo); EBADF when it is not open. */
export function fdFlags(fd: number): number {
  return fdInfo(fd)[0];
}

/** [flags, kernel file position] of `fd`, from /proc/self/fdinfo. */
function fdInfo(fd: number): [number, number] {
  let s: string;
  try {
    s = readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1');
  } catch {
    try {
      fstatSync(fd);
    } catch (e) {
      osErrorFrom(e);
    }
    return [0, 0];
  }
  const i = s.indexOf('flags:');
  const j = s.indexOf('pos:');
  return [i < 0 ? 0 : parseInt(s.slice(i + 6).trim(), 8), j < 0 ? 0 : parseInt(s.slice(j + 4).trim(), 10)];
}

/**
 * A new descriptor for what `fd` refers to, as dup(2) gives, by opening /proc/self/fd/N (Node has no
 * dup): the same file, pipe or terminal, but a new open file description. Positions of regular files are
 * kept in fdTable and shared as dup shares them; a FIFO is opened non-blocking (a blocking open waits
 * for the other side), which pipes.ts hides.
 */
export function reopenFd(fd: number): number {
  const [flags, pos] = fdInfo(fd);
  let st;
  try {
    st = fstatSync(fd);
  } catch (e) {
    osErrorFrom(e);
  }
  const fifo = st.isFIFO();
  let info = fdTable.get(fd);
  let extra = fifo ? fsc.O_NONBLOCK : 0;
  if (info === undefined && st.isFile()) {
    // A file opened elsewhere (stdout redirected to a file) is written at the kernel's position, which a
    // new description would reset: at the end, append; elsewhere, track the position here.
    if ((flags & 3) !== 0 && pos >= st.size) extra |= fsc.O_APPEND;
    else info = { pos, append: false, blocking: true };
  }
  let nfd: number;
  try {
    nfd = openSync(`/proc/self/fd/${fd}`, (flags & (3 | fsc.O_APPEND | fsc.O_NONBLOCK)) | extra);
  } catch (e) {
    osErrorFrom(e);
  }
  if (info !== undefined) fdTable.set(nfd, info);
  if (fifo) pipeRedescribed(nfd, (flags & fsc.O_NONBLOCK) === 0, fd);
  return nfd;
}

/** dup2(fd, fd2): close fd2, then fill the lower free numbers so that the new descriptor is fd2. */
function dupTo(fd: number, fd2: number): void {
  try {
    closeSync(fd2);
  } catch {
    /* it was not open */
  }
  fdTable.delete(fd2);
  forgetFd(fd2);
  const fillers: number[] = [];
  try {
    for (;;) {
      const f = openSync('/dev/null', 'r');
      if (f >= fd2) {
        closeSync(f);
        break;
      }
      fillers.push(f);
    }
    const nfd = reopenFd(fd);
    if (nfd !== fd2) {
      closeFd(nfd);
      raiseErrno(16);
    }
  } finally {
    for (const f of fillers) closeSync(f);
  }
}

export function closeFd(fd: number): void {
  try {
    closeSync(fd);
  } catch (e) {
    osErrorFrom(e);
  } finally {
    fdTable.delete(fd);
    forgetFd(fd);
    inheritable.delete(fd);
  }
}

const NODE_OWNED = 'node';

/**
 * The open descriptors (from /proc/self/fd; null where there is none), mapped to their link, or NODE_OWNED for
 * those node itself holds: libuv's epoll and eventfd descriptors, its internal pipes (both ends open here) and
 * the IPC channel of a process forked by Node, unknown to Typhon's tables. Closing one of those aborts the process (os.closerange(3, MAXFD) did).
 */
function openFds(): Map<number, string> | null {
  let names: string[];
  try {
    names = readdirSync('/proc/self/fd');
  } catch {
    return null;
  }
  const links = new Map<number, string>();
  for (const n of names) {
    try {
      links.set(Number(n), readlinkSync(`/proc/self/fd/${n}`));
    } catch {
      /* the listing's own descriptor, closed since */
    }
  }
  const ends = new Map<string, number>();
  for (const l of links.values()) ends.set(l, (ends.get(l) ?? 0) + 1);
  // the IPC channel to a Node parent that forked this process (child_process.fork)
  const ipc = (process as { channel?: { fd?: number } }).channel?.fd;
  for (const [fd, l] of links) {
    if (fd < 3 || fdTable.has(fd) || pipeEnd(fd) !== undefined) continue;
    if (l.startsWith('anon_inode:') || (l.startsWith('pipe:') && ends.get(l)! > 1) || fd === ipc) links.set(fd, NODE_OWNED);
  }
  return links;
}

/** read(2) of at most `n` bytes into `buf` at `off`; returns the count (0 at end of file). */
export function readFd(fd: number, buf: Uint8Array, off: number, n: number): number {
  const pe = pipeEnd(fd);
  if (pe !== undefined) return readPipe(pe, buf, off, n);
  const info = fdTable.get(fd);
  for (;;) {
    try {
      const got = readSync(fd, buf, off, n, info === undefined ? null : info.pos);
      if (info !== undefined) info.pos += got;
      return got;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' && fd === 0) continue;
      if (code === 'EOF') return 0;
      osErrorFrom(e);
    }
  }
}

/**
 * The wait of a read of `fd` that would block: an empty pipe, ready when it has data or no writer; finish()
 * then runs `read`. The thread waits as a thread (vm/threads.ts) when another thread may write the pipe
 * meanwhile, or when it can suspend (the host then turns its event loop: a SIGINT, a signal.alarm() handler
 * runs while it waits, as they interrupt CPython's read(2)); else null, and the kernel blocks the read.
 * The writer may be another process, so the wait polls (at intervals of half the time waited so far,
 * 0.5 to 20 ms: the answer comes at most ~1.5x later than the data) and is never taken for a deadlock.
 */
function pipeWait(fd: number, read: () => PyValue): Wait | null {
  const pe = pipeEnd(fd);
  if (pe === undefined || !pe.blocking || (threadCount() === 1 && !canSuspendNow()) || pipeReadiness(pe) !== 0) return null;
  const readable = (): boolean => {
    try {
      return pipeReadiness(pe) !== 0;
    } catch {
      return true; // the read raises it
    }
  };
  const start = performance.now();
  return {
    ready: readable,
    get deadline() {
      const now = performance.now();
      return now + Math.min(20, Math.max(0.5, (now - start) / 2));
    },
    finish: () => (readable() ? read() : undefined),
  };
}

/**
 * Before a read of `fd` by _io's buffered and raw files: wait while it is an empty pipe that another thread
 * may write (pipeWait). Suspends the thread inside restartable() calls, else runs the other threads here.
 */
export function awaitPipeData(fd: number): void {
  const w = pipeWait(fd, () => None);
  if (w !== null) blockRestartable(w);
}

/** write(2): returns the count written. */
export function writeFd(fd: number, data: Uint8Array): number {
  const pe = pipeEnd(fd);
  if (pe !== undefined) return writePipe(pe, data);
  const info = fdTable.get(fd);
  try {
    if (info === undefined) return writeSync(fd, data, 0, data.length, null);
    if (info.append) {
      const n = writeSync(fd, data, 0, data.length, null);
      info.pos = fstatSync(fd).size;
      return n;
    }
    const n = writeSync(fd, data, 0, data.length, info.pos);
    info.pos += n;
    return n;
  } catch (e) {
    osErrorFrom(e);
  }
}

/** lseek(2), emulated for descriptors of regular files opened here; ESPIPE for the others. */
export function seekFd(fd: number, pos: number, how: number): number {
  let info = fdTable.get(fd);
  let st;
  try {
    st = fstatSync(fd);
  } catch (e) {
    osErrorFrom(e);
  }
  if (info === undefined) {
    // Character devices other than terminals (/dev/null, /dev/zero) accept any seek and stay at 0.
    if (st.isCharacterDevice() && !isattyFd(fd)) return 0;
    if (!st.isFile()) raiseErrno(29);
    // A regular file inherited (stdin redirected from a file): assume the kernel position is 0.
    info = { pos: 0, append: false, blocking: true };
    fdTable.set(fd, info);
  }
  let np: number;
  if (how === 0) np = pos;
  else if (how === 1) np = info.pos + pos;
  else if (how === 2) np = st.size + pos;
  else raiseErrno(22);
  if (np < 0) raiseErrno(22);
  info.pos = np;
  return np;
}

export function isSeekableFd(fd: number): boolean {
  if (fdTable.has(fd)) return true;
  try {
    const st = fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && !isattyFd(fd));
  } catch {
    return false;
  }
}

/**
 * Whether fd is a terminal, from its device number: node:tty would load node:net and the stream machinery
 * (a tenth of start-up). Linux terminals are character devices of major 4 (ttyN, ttyS), 5 (tty, console,
 * ptmx) or 136-143 (pts).
 */
/**
 * `n` bytes from the OS's random source, as CPython's _PyOS_URandom: read from /dev/urandom, which costs a
 * fraction of a millisecond where the Web Crypto API (globalThis.crypto) costs loading ~10 ms of Node's
 * modules on first use; that API serves where there is no such file.
 */
export function urandom(n: number): Uint8Array {
  const b = new Uint8Array(n);
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      for (let k = 0, got; k < n; k += got) if ((got = readSync(fd, b, k, n - k, null)) <= 0) throw new Error('short read');
    } finally {
      closeSync(fd);
    }
  } catch {
    for (let k = 0; k < n; k += 65536) globalThis.crypto.getRandomValues(b.subarray(k, Math.min(n, k + 65536)));
  }
  return b;
}

export function isattyFd(fd: number): boolean {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  if (process.platform !== 'linux') return true;
  const major = (st.rdev >> 8) & 0xfff;
  return major === 4 || major === 5 || (major >= 136 && major <= 143);
}

// ---------------------------------------------------------------------------
// stat_result

let statResultType: PyType;
// Fields 7-9 of the tuple are the integer times, unnamed; the attributes st_atime... are the floats after them.
const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null,
  'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'];

function makeStatResultType(): PyType {
  // statresult_new: a float time left None (made from a tuple) is the integer one.
  return makeStructSeqType('os.stat_result', STAT_FIELDS, 10, true, (s) => {
    for (let i = 0; i < 3; i++) if (s.extra[i] === None) s.extra[i] = s.items[7 + i];
  });
}

const N = (v: bigint): number | bigint => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);

function timeFloat(ns: bigint): PyFloat {
  // fill_time: sec + nsec * 1e-9 in doubles.
  let sec = ns / 1000000000n;
  let nsec = ns % 1000000000n;
  if (nsec < 0n) {
    nsec += 1000000000n;
    sec -= 1n;
  }
  return new PyFloat(Number(sec) + Number(nsec) * 1e-9);
}
function timeInt(ns: bigint): number | bigint {
  let sec = ns / 1000000000n;
  if (ns % 1000000000n < 0n) sec -= 1n;
  return N(sec);
}

export function statResult(st: BigIntStats): PyValue {
  return newStructSeq(statResultType, [
    N(st.mode), N(st.ino), N(st.dev), N(st.nlink), N(st.uid), N(st.gid), N(st.size),
    timeInt(st.atimeNs), timeInt(st.mtimeNs), timeInt(st.ctimeNs),
    timeFloat(st.atimeNs), timeFloat(st.mtimeNs), timeFloat(st.ctimeNs),
    N(st.atimeNs), N(st.mtimeNs), N(st.ctimeNs), N(st.blksize), N(st.blocks), N(st.rdev),
  ]);
}

function doStat(p: PathArg, follow: boolean): PyValue {
  try {
    if (p.fd >= 0 || typeof p.obj === 'number') return statResult(fstatSync(p.fd, { bigint: true }));
    return statResult(follow ? statSync(p.node, { bigint: true }) : lstatSync(p.node, { bigint: true }));
  } catch (e) {
    osErrorFrom(e, p.obj);
  }
}

// ---------------------------------------------------------------------------
// scandir and DirEntry

const direntType = new PyType(typeType, 'DirEntry', [objectType], 0);
direntType.mro = [direntType, objectType];
direntType.tdict.set('__module__', 'posix');
const scandirIterType = new PyType(typeType, 'ScandirIterator', [objectType], 0);
scandirIterType.mro = [scandirIterType, objectType];
scandirIterType.tdict.set('__module__', 'posix');

class PyDirEntry extends PyObject {
  declare name: PyValue;
  declare path: PyValue;
  declare nodePath: string | Buffer;
  declare kind: number; // 0 unknown, 1 dir, 2 file, 3 symlink, 4 other
  declare statCache: PyValue | null;
  declare lstatCache: PyValue | null;
  declare ino: number | bigint;
  constructor(name: PyValue, path: PyValue, nodePath: string | Buffer, kind: number) {
    super(direntType);
    this.name = name;
    this.path = path;
    this.nodePath = nodePath;
    this.kind = kind;
    this.statCache = null;
    this.lstatCache = null;
    this.ino = -1;
  }
}

class PyScandir extends PyObject {
  declare entries: PyDirEntry[];
  declare i: number;
  declare closed: boolean;
  constructor(entries: PyDirEntry[]) {
    super(scandirIterType);
    this.entries = entries;
    this.i = 0;
    this.closed = false;
  }
}

/** Read a directory in the order readdir gives (Node's readdirSync sorts; opendirSync does not). */
function readDir(p: PathArg): Dirent[] {
  const out: Dirent[] = [];
  let dir;
  try {
    if (p.fd >= 0) fstatSync(p.fd); // EBADF, where the link would give ENOENT
    dir = opendirSync(p.fd >= 0 ? `/proc/self/fd/${p.fd}` : p.node as string, { encoding: 'buffer' as BufferEncoding });
  } catch (e) {
    osErrorFrom(e, p.fd >= 0 ? undefined : p.obj);
  }
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e);
  } catch (e) {
    osErrorFrom(e, p.fd >= 0 ? undefined : p.obj);
  } finally {
    dir.closeSync();
  }
  return out;
}

function direntName(e: Dirent): Uint8Array {
  return e.name as unknown as Buffer;
}

function joinName(dir: PathArg, name: Uint8Array): [PyValue, PyValue, string | Buffer] {
  if (dir.bytes) {
    const base = (typeof dir.node === 'string' ? Buffer.from(dir.node) : dir.node);
    const sep = base.length > 0 && base[base.length - 1] !== 47 ? Buffer.from('/') : Buffer.alloc(0);
    const full = Buffer.concat([base, sep, name]);
    return [new PyBytesObj(new Uint8Array(name)), new PyBytesObj(new Uint8Array(full)), full];
  }
  const n = fsDecode(name);
  const base = dir.obj === None ? '.' : strOf(fspath(dir.obj));
  const full = base.endsWith('/') ? base + n : base + '/' + n;
  return [n, full, nodePath(full)];
}

function direntStat(e: PyDirEntry, follow: boolean): PyValue {
  try {
    if (follow && e.kind === 3) {
      if (e.statCache === null) e.statCache = statResult(statSync(e.nodePath, { bigint: true }));
      return e.statCache;
    }
    if (e.lstatCache === null) e.lstatCache = statResult(lstatSync(e.nodePath, { bigint: true }));
    if (follow) e.statCache = e.lstatCache;
    return e.lstatCache;
  } catch (err) {
    osErrorFrom(err, e.path);
  }
}

function followArg(fname: string, args: PyValue[], kw: string[] | null): boolean {
  const [f] = parseArgs(fname, ['follow_symlinks'], args, kw, 0);
  if (args.length - (kw?.length ?? 0) > 0) typeError(`${fname}() takes 0 positional arguments but ${args.length - (kw?.length ?? 0)} were given`);
  return f === undefined ? true : truthyV(f);
}
import { truthy as truthyV } from '../objects/abstract.js';

function initDirEntry(): void {
  const D = (v: PyValue) => v as PyDirEntry;
  const isKind = (self: PyValue, follow: boolean, want: number, mask: number): boolean => {
    const e = D(self);
    if (e.kind !== 0 && e.kind !== 3) return e.kind === want;
    if (e.kind === 3 && !follow) return false;
    try {
      const st = direntStat(e, follow) as PyTuple;
      return ((st.items[0] as number) & 0o170000) === mask;
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'FileNotFoundError') return false;
      throw err;
    }
  };
  defineMethods(direntType, {
    is_dir: (self, args, kw) => isKind(self, followArg('is_dir', args, kw), 1, 0o040000),
    is_file: (self, args, kw) => isKind(self, followArg('is_file', args, kw), 2, 0o100000),
    is_symlink: (self) => {
      const e = D(self);
      if (e.kind !== 0) return e.kind === 3;
      try {
        return (((direntStat(e, false) as PyTuple).items[0] as number) & 0o170000) === 0o120000;
      } catch {
        return false;
      }
    },
    stat: (self, args, kw) => direntStat(D(self), followArg('stat', args, kw)),
    inode: (self) => {
      const e = D(self);
      if (e.ino === -1) {
        try {
          e.ino = N(lstatSync(e.nodePath, { bigint: true }).ino);
        } catch (err) {
          osErrorFrom(err, e.path);
        }
      }
      return e.ino;
    },
    is_junction: () => false,
    __fspath__: (self) => D(self).path,
    __repr__: (self) => `<DirEntry ${repr(D(self).name)}>`,
    __reduce__: () => typeError("cannot pickle 'posix.DirEntry' object"),
  });
  direntType.tdict.set('__class_getitem__', new PyClassMethodDescr(direntType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
  defineGetters(direntType, { name: (self) => D(self).name, path: (self) => D(self).path });
  const S = (v: PyValue) => v as PyScandir;
  defineMethods(scandirIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const s = S(self);
      if (s.closed || s.i >= s.entries.length) {
        s.closed = true;
        throw new PyException(newException(StopIteration, []));
      }
      return s.entries[s.i++];
    },
    close: (self) => {
      S(self).closed = true;
      return None;
    },
    __enter__: (self) => self,
    __exit__: (self) => {
      S(self).closed = true;
      return false;
    },
  });
}
import { PyClassMethodDescr } from '../objects/object.js';
import { PyGenericAlias } from '../objects/genericalias.js';

function scandir(pathV: PyValue): PyValue {
  const p = pathArg('scandir', 'path', pathV, true, true);
  audit('os.scandir', [pathV]);
  const kindOf = (e: Dirent): number => (e.isDirectory() ? 1 : e.isFile() ? 2 : e.isSymbolicLink() ? 3 : e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice() ? 4 : 0);
  const entries = readDir(p).map((e) => {
    // Of a descriptor, an entry's path is its name, and stat() looks it up in that directory (fstatat).
    const [name, path, np] = p.fd >= 0 ? [fsDecode(direntName(e)), fsDecode(direntName(e)), Buffer.concat([Buffer.from(`/proc/self/fd/${p.fd}/`), direntName(e)])]
      : joinName(p, direntName(e));
    return new PyDirEntry(name, path, np, kindOf(e));
  });
  return new PyScandir(entries);
}

function listdir(pathV: PyValue | undefined): PyValue {
  const p = pathArg('listdir', 'path', pathV ?? None, true, true);
  audit('os.listdir', [pathV ?? None]);
  const out: PyValue[] = [];
  for (const e of readDir(p)) {
    const b = direntName(e);
    out.push(p.bytes ? new PyBytesObj(new Uint8Array(b)) : fsDecode(b));
  }
  return new PyList(out);
}

// ---------------------------------------------------------------------------
// environ

function makeEnviron(): PyDict {
  const d = new PyDict();
  const raw = rawEnviron();
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    let kb: Buffer = Buffer.from(k, 'utf8');
    let vb: Buffer = Buffer.from(v, 'utf8');
    // Node put U+FFFD for bytes that are not UTF-8: the entry as the process received it, if unchanged since.
    if ((k + v).includes('\ufffd')) {
      const r = raw.get(k);
      if (r !== undefined && r[1].toString('utf8') === v) [kb, vb] = r;
    }
    d.set(new PyBytesObj(new Uint8Array(kb)), new PyBytesObj(new Uint8Array(vb)));
  }
  // Node leaves out the entries whose name is not UTF-8.
  for (const [k, [kb, vb]] of raw) {
    if (k.includes('\ufffd') && !Object.hasOwn(process.env, k)) d.set(new PyBytesObj(new Uint8Array(kb)), new PyBytesObj(new Uint8Array(vb)));
  }
  return d;
}

/** The entries of the initial environment (/proc/self/environ) that are not UTF-8, by their key as Node decoded it. */
function rawEnviron(): Map<string, [Buffer, Buffer]> {
  const out = new Map<string, [Buffer, Buffer]>();
  for (const entry of procStrings('/proc/self/environ')) {
    const eq = entry.indexOf(0x3d, 1);
    if (eq < 0) continue;
    const kb = entry.subarray(0, eq), vb = entry.subarray(eq + 1);
    const k = kb.toString('utf8');
    if ((k + vb.toString('utf8')).includes('\ufffd')) out.set(k, [Buffer.from(kb), Buffer.from(vb)]);
  }
  return out;
}

/** PyUnicode_FSConverter: str, bytes or os.PathLike, without a NUL. */
function envStr(v: PyValue): string {
  const p = fspath(v);
  const s = typeof p === 'string' ? p : fsDecode((p as PyBytesObj).bytes);
  if (s.includes('\0')) valueError('embedded null byte');
  return s;
}

// ---------------------------------------------------------------------------
// The module

const WAIT_FUNCS: [string, (s: number) => PyValue][] = [
  ['WCOREDUMP', (s) => (s & 0x80) !== 0],
  ['WIFCONTINUED', (s) => s === 0xffff],
  ['WIFSTOPPED', (s) => (s & 0xff) === 0x7f],
  ['WIFSIGNALED', (s) => ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) !== 0x7f && (s & 0x7f) !== 0],
  ['WIFEXITED', (s) => (s & 0x7f) === 0],
  ['WEXITSTATUS', (s) => (s >> 8) & 0xff],
  ['WTERMSIG', (s) => s & 0x7f],
  ['WSTOPSIG', (s) => (s >> 8) & 0xff],
];

/** A wait status as an exit code (waitstatus_to_exitcode): what the child passed to exit, or minus its signal. */
function exitCode(status: number): number {
  return (status & 0x7f) === 0 ? (status >> 8) & 0xff : -(status & 0x7f);
}

export const exitHooks = {
  /** Run before os._exit ends the process (flush nothing: CPython's _exit does not flush either). */
  beforeExit: (): void => undefined,
};

export function makePosixModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('posix', d);
  d.setStr('__doc__', 'This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.');
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  /** A function without parameters (METH_NOARGS). */
  const def0 = (name: string, f: () => PyValue): void => {
    def(name, (args, kw) => {
      if (kw !== null && kw.length !== 0) typeError(`posix.${name}() takes no keyword arguments`);
      if (args.length !== 0) typeError(`posix.${name}() takes no arguments (${args.length} given)`);
      return f();
    });
  };
  /** A function of fixed parameter names (keywords allowed), `required` of them mandatory. */
  const defp = (name: string, names: string[], required: number, f: (a: (PyValue | undefined)[]) => PyValue): void => {
    def(name, (args, kw) => f(parseArgs(name, names, args, kw, required)));
  };
  statResultType = makeStatResultType();
  initDirEntry();
  d.setStr('stat_result', statResultType);
  const statvfsType = makeStructSeqType('os.statvfs_result', ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'], 10);
  d.setStr('statvfs_result', statvfsType);
  const unameType = makeStructSeqType('posix.uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
  d.setStr('uname_result', unameType);
  const timesType = makeStructSeqType('posix.times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
  d.setStr('times_result', timesType);
  const termType = makeStructSeqType('os.terminal_size', ['columns', 'lines']);
  d.setStr('terminal_size', termType);
  d.setStr('DirEntry', direntType);
  d.setStr('error', OSError);

  // Constants
  const consts: [string, number][] = [
    ['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1], ['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2], ['O_APPEND', 1024],
    ['O_CREAT', 64], ['O_EXCL', 128], ['O_TRUNC', 512], ['O_NONBLOCK', 2048], ['O_NDELAY', 2048], ['O_SYNC', 1052672],
    ['O_DSYNC', 4096], ['O_RSYNC', 1052672], ['O_NOCTTY', 256], ['O_CLOEXEC', 524288], ['O_DIRECTORY', 65536],
    ['O_NOFOLLOW', 131072], ['O_ACCMODE', 3], ['O_ASYNC', 8192], ['O_DIRECT', 16384], ['O_LARGEFILE', 0],
    ['O_NOATIME', 262144], ['O_PATH', 2097152], ['O_TMPFILE', 4259840], ['O_FSYNC', 1052672],
    ['SEEK_DATA', 3], ['SEEK_HOLE', 4],
    ['WNOHANG', 1], ['WUNTRACED', 2], ['WCONTINUED', 8], ['WEXITED', 4], ['WSTOPPED', 2], ['WNOWAIT', 16777216],
    ['P_PID', 1], ['P_PGID', 2], ['P_ALL', 0], ['TMP_MAX', 238328], ['NGROUPS_MAX', 65536],
    ['EX_OK', 0], ['EX_USAGE', 64], ['EX_DATAERR', 65], ['EX_NOINPUT', 66], ['EX_NOUSER', 67], ['EX_NOHOST', 68],
    ['EX_UNAVAILABLE', 69], ['EX_SOFTWARE', 70], ['EX_OSERR', 71], ['EX_OSFILE', 72], ['EX_CANTCREAT', 73],
    ['EX_IOERR', 74], ['EX_TEMPFAIL', 75], ['EX_PROTOCOL', 76], ['EX_NOPERM', 77], ['EX_CONFIG', 78],
    ['F_LOCK', 1], ['F_TLOCK', 2], ['F_ULOCK', 0], ['F_TEST', 3], ['PRIO_PROCESS', 0], ['PRIO_PGRP', 1], ['PRIO_USER', 2],
    ['SCHED_OTHER', 0], ['SCHED_FIFO', 1], ['SCHED_RR', 2], ['SCHED_BATCH', 3], ['SCHED_IDLE', 5], ['SCHED_RESET_ON_FORK', 0x40000000],
    ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_NODELETE', 4096],
    ['RTLD_NOLOAD', 4], ['RTLD_DEEPBIND', 8], ['ST_RDONLY', 1], ['ST_NOSUID', 2],
    ['ST_NODEV', 4], ['ST_NOEXEC', 8], ['ST_SYNCHRONOUS', 16], ['ST_MANDLOCK', 64], ['ST_WRITE', 128], ['ST_APPEND', 256],
    ['ST_NOATIME', 1024], ['ST_NODIRATIME', 2048], ['ST_RELATIME', 4096], ['GRND_NONBLOCK', 1], ['GRND_RANDOM', 2],
    ['RWF_HIPRI', 1], ['RWF_DSYNC', 2], ['RWF_SYNC', 4], ['RWF_NOWAIT', 8], ['RWF_APPEND', 16],
    ['POSIX_FADV_NORMAL', 0], ['POSIX_FADV_RANDOM', 1], ['POSIX_FADV_SEQUENTIAL', 2], ['POSIX_FADV_WILLNEED', 3],
    ['POSIX_FADV_DONTNEED', 4], ['POSIX_FADV_NOREUSE', 5],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  for (const [name, f] of WAIT_FUNCS) {
    defp(name, ['status'], 1, (a) => f(Number(index(a[0]!))));
  }
  d.setStr('_have_functions', new PyList(['HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FEXECVE', 'HAVE_FCHMOD', 'HAVE_FCHMODAT', 'HAVE_FCHOWN',
    'HAVE_FCHOWNAT', 'HAVE_FDOPENDIR', 'HAVE_FPATHCONF', 'HAVE_FSTATAT', 'HAVE_FSTATVFS', 'HAVE_FTRUNCATE', 'HAVE_FUTIMENS',
    'HAVE_FUTIMES', 'HAVE_FUTIMESAT', 'HAVE_LINKAT', 'HAVE_LCHOWN', 'HAVE_LSTAT', 'HAVE_LUTIMES', 'HAVE_MKDIRAT', 'HAVE_MKFIFOAT',
    'HAVE_OPENAT', 'HAVE_READLINKAT', 'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT']));
  d.setStr('environ', makeEnviron());

  // Files and directories
  def('stat', (args, kw) => {
    const [p, dirFd, follow] = parseArgs('stat', ['path', 'dir_fd', 'follow_symlinks'], args, kw, 1);
    return doStat(atDir('stat', pathArg('stat', 'path', p!, true), dirFd), follow === undefined ? true : truthyV(follow));
  });
  def('lstat', (args, kw) => {
    const [p, dirFd] = parseArgs('lstat', ['path', 'dir_fd'], args, kw, 1);
    return doStat(atDir('lstat', pathArg('lstat', 'path', p!), dirFd), false);
  });
  defp('fstat', ['fd'], 1, (a) => {
    try {
      return statResult(fstatSync(fdArg(a[0]!), { bigint: true }));
    } catch (e) {
      osErrorFrom(e);
    }
  });
  const statvfs = (pa: PathArg): PyValue => {
    // statfs(2) through Node: f_frsize is taken as f_bsize, f_favail as f_ffree; flags and name length
    // are Linux's usual ST_RELATIME and 255. A descriptor's file system is its /proc/self/fd link's.
    try {
      if (pa.fd >= 0) fstatSync(pa.fd); // EBADF, where /proc would give ENOENT
      const st = statfsSync(pa.fd >= 0 ? `/proc/self/fd/${pa.fd}` : pa.node);
      return newStructSeq(statvfsType, [st.bsize, st.bsize, st.blocks, st.bfree, st.bavail, st.files, st.ffree, st.ffree, 4096, 255, None]);
    } catch (e) {
      osErrorFrom(e, pa.fd >= 0 ? undefined : pa.obj);
    }
  };
  defp('statvfs', ['path'], 1, (a) => statvfs(pathArg('statvfs', 'path', a[0]!, true)));
  defp('fstatvfs', ['fd'], 1, (a) => {
    const fd = fdArg(a[0]!);
    if (fd < 0) raiseErrno(9);
    return statvfs({ node: '', obj: fd, bytes: false, fd });
  });
  def('listdir', (args, kw) => listdir(parseArgs('listdir', ['path'], args, kw, 0)[0]));
  def('scandir', (args, kw) => scandir(parseArgs('scandir', ['path'], args, kw, 0)[0] ?? None));
  def0('getcwd', () => fsDecode(cwdBytes()));
  def0('getcwdb', () => new PyBytesObj(new Uint8Array(cwdBytes())));
  /** chdir, and fchdir (whose errors name no file). */
  const chdir = (p: PathArg, named = true): PyValue => {
    // process.chdir takes a str only: a descriptor (fchdir), or a name that is not UTF-8, is reached through
    // /proc/self/fd, whose link the kernel follows to the directory itself.
    let fd = p.fd;
    try {
      if (fd < 0 && typeof p.node !== 'string' && !Buffer.from(p.node.toString()).equals(p.node)) {
        fd = openSync(p.node, fsc.O_RDONLY | fsc.O_DIRECTORY);
        try {
          process.chdir(`/proc/self/fd/${fd}`);
        } finally {
          closeSync(fd);
        }
      } else if (fd >= 0) {
        fstatSync(fd); // EBADF, where the link would give ENOENT
        process.chdir(`/proc/self/fd/${fd}`);
      } else process.chdir(typeof p.node === 'string' ? p.node : p.node.toString());
    } catch (e) {
      osErrorFrom(e, named ? p.obj : undefined);
    }
    return None;
  };
  defp('chdir', ['path'], 1, (a) => chdir(pathArg('chdir', 'path', a[0]!, true)));
  defp('fchdir', ['fd'], 1, (a) => {
    const fd = fildesArg(a[0]!);
    return chdir({ node: '', obj: fd, bytes: false, fd }, false);
  });
  defp('fspath', ['path'], 1, (a) => (a[0] instanceof PyStrSub ? a[0] : fspath(a[0]!)));
  def('open', (args, kw) => {
    const [p, flags, mode, dirFd] = parseArgs('open', ['path', 'flags', 'mode', 'dir_fd'], args, kw, 2);
    const pa = atDir('open', pathArg('open', 'path', p!), dirFd);
    const fl = intArg(flags, 0);
    audit('open', [pa.obj, None, fl | 0o2000000]); // O_CLOEXEC, which Node does not list
    return openFd(pa.node, fl, intArg(mode, 0o777), pa.obj);
  });
  defp('close', ['fd'], 1, (a) => {
    closeFd(fdArg(a[0]!));
    return None;
  });
  defp('closerange', ['fd_low', 'fd_high'], 2, (a) => {
    const low = fdArg(a[0]!);
    const high = fdArg(a[1]!);
    // Only what is open (CPython's _Py_closerange walks /proc/self/fd too), node's own descriptors kept.
    const open = openFds();
    const fds = open === null ? Array.from({ length: Math.max(0, high - low) }, (_, i) => low + i)
      : [...open].filter(([fd, l]) => fd >= low && fd < high && l !== NODE_OWNED).map(([fd]) => fd);
    for (const fd of fds) {
      try {
        closeFd(fd);
      } catch (e) {
        if (!(e instanceof PyException)) throw e; // closerange ignores errors
      }
    }
    return None;
  });
  defp('read', ['fd', 'length'], 2, (a) => {
    const fd = fdArg(a[0]!);
    const n = Number(index(a[1]!));
    if (n < 0) raiseErrno(22);
    const read = (): PyValue => {
      const buf = new Uint8Array(n);
      const got = readFd(fd, buf, 0, n);
      return new PyBytesObj(got === n ? buf : buf.slice(0, got));
    };
    const w = n === 0 ? null : pipeWait(fd, read);
    return w === null ? read() : block(w);
  });
  /** readv(2) at the descriptor's position: each buffer filled in turn until a read comes short. */
  const readvAt = (fd: number, bufs: Uint8Array[]): number => {
    let total = 0;
    for (const b of bufs) {
      const got = readFd(fd, b, 0, b.length);
      total += got;
      if (got < b.length) break;
    }
    return total;
  };
  defp('readv', ['fd', 'buffers'], 2, (a) => {
    const fd = fdArg(a[0]!);
    return readvAt(fd, toArray(a[1]!).map((b) => {
      const info = writableBuffer(b);
      if (info === undefined || info.readonly) typeError('readv() arg 2 must be a sequence of writable buffers');
      return info.data;
    }));
  });
  defp('write', ['fd', 'data'], 2, (a) => {
    const fd = fdArg(a[0]!);
    const b = asBytes(a[1]!);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(a[1]!).name}'`);
    return writeFd(fd, b);
  });
  defp('lseek', ['fd', 'position', 'whence'], 3, (a) => seekFd(fdArg(a[0]!), Number(index(a[1]!)), Number(index(a[2]!))));
  defp('ftruncate', ['fd', 'length'], 2, (a) => {
    try {
      ftruncateSync(fdArg(a[0]!), Number(index(a[1]!)));
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  defp('truncate', ['path', 'length'], 2, (a) => {
    const p = pathArg('truncate', 'path', a[0]!, true);
    try {
      if (p.fd >= 0) ftruncateSync(p.fd, Number(index(a[1]!)));
      else truncateSync(p.node as string, Number(index(a[1]!)));
    } catch (e) {
      osErrorFrom(e, p.obj);
    }
    return None;
  });
  defp('fsync', ['fd'], 1, (a) => {
    const fd = fildesArg(a[0]!);
    try {
      fsyncSync(fd);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  defp('fdatasync', ['fd'], 1, (a) => {
    const fd = fildesArg(a[0]!);
    try {
      fdatasyncSync(fd);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  def('mkdir', (args, kw) => {
    const [p, mode, dirFd] = parseArgs('mkdir', ['path', 'mode', 'dir_fd'], args, kw, 1);
    const pa = atDir('mkdir', pathArg('mkdir', 'path', p!), dirFd);
    audit('os.mkdir', [pa.obj, intArg(mode, 0o777), -1]);
    try {
      mkdirSync(pa.node, { mode: intArg(mode, 0o777) });
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
    return None;
  });
  const onePath = (name: string, op: (p: string | Buffer) => void): void => {
    def(name, (args, kw) => {
      const [p, dirFd] = parseArgs(name, ['path', 'dir_fd'], args, kw, 1);
      const pa = atDir(name, pathArg(name, 'path', p!), dirFd);
      audit(name === 'rmdir' ? 'os.rmdir' : 'os.remove', [pa.obj, -1]);
      try {
        op(pa.node);
      } catch (e) {
        osErrorFrom(e, pa.obj);
      }
      return None;
    });
  };
  onePath('rmdir', (p) => rmdirSync(p));
  onePath('unlink', (p) => unlinkSync(p));
  onePath('remove', (p) => unlinkSync(p));
  const twoPaths = (name: string, op: (a: string | Buffer, b: string | Buffer) => void, names = ['src', 'dst', 'src_dir_fd', 'dst_dir_fd']): void => {
    def(name, (args, kw) => {
      const [s, t, f1, f2, follow] = parseArgs(name, names, args, kw, 2);
      const a = atDir(name, pathArg(name, 'src', s!), f1);
      // A str and a bytes path may be mixed (CPython refuses that on Windows only).
      const b = atDir(name, pathArg(name, 'dst', t!), f2);
      // linkat(AT_SYMLINK_FOLLOW), the default: the link is made to what a symlink names (link(2) would not follow it).
      if (name === 'link' && (follow === undefined || truthyV(follow))) {
        try {
          if (lstatSync(a.node).isSymbolicLink()) a.node = realpathSync(a.node);
        } catch {
          // linkSync reports it
        }
      }
      audit(name === 'link' ? 'os.link' : 'os.rename', [a.obj, b.obj, -1, -1]);
      try {
        op(a.node, b.node);
      } catch (e) {
        osErrorFrom(e, a.obj, b.obj);
      }
      return None;
    });
  };
  twoPaths('rename', renameSync);
  twoPaths('replace', renameSync);
  twoPaths('link', linkSync, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd', 'follow_symlinks']);
  def('symlink', (args, kw) => {
    const [s, t, isDir, dirFd] = parseArgs('symlink', ['src', 'dst', 'target_is_directory', 'dir_fd'], args, kw, 2);
    void isDir;
    const a = pathArg('symlink', 'src', s!);
    const b = atDir('symlink', pathArg('symlink', 'dst', t!), dirFd);
    try {
      symlinkSync(a.node, b.node);
    } catch (e) {
      osErrorFrom(e, a.obj, b.obj);
    }
    return None;
  });
  def('readlink', (args, kw) => {
    const [p, dirFd] = parseArgs('readlink', ['path', 'dir_fd'], args, kw, 1);
    const pa = atDir('readlink', pathArg('readlink', 'path', p!), dirFd);
    try {
      const r = readlinkSync(pa.node, { encoding: 'buffer' });
      return pa.bytes ? new PyBytesObj(new Uint8Array(r)) : fsDecode(r);
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
  });
  def('access', (args, kw) => {
    const [p, mode, dirFd, effective, follow] = parseArgs('access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], args, kw, 2);
    void effective;
    void follow;
    const pa = atDir('access', pathArg('access', 'path', p!), dirFd);
    try {
      accessSync(pa.node, intArg(mode, 0));
      return true;
    } catch {
      return false;
    }
  });
  def('chmod', (args, kw) => {
    const [p, mode, dirFd, follow] = parseArgs('chmod', ['path', 'mode', 'dir_fd', 'follow_symlinks'], args, kw, 2);
    const pa = atDir('chmod', pathArg('chmod', 'path', p!, true), dirFd);
    if (follow !== undefined && !truthyV(follow)) {
      typeError ?? 0;
      raise(notImplementedType(), 'chmod: follow_symlinks unavailable on this platform');
    }
    try {
      if (pa.fd >= 0) fchmodSync(pa.fd, intArg(mode, 0));
      else chmodSync(pa.node, intArg(mode, 0));
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
    return None;
  });
  defp('fchmod', ['fd', 'mode'], 2, (a) => {
    try {
      fchmodSync(fdArg(a[0]!), intArg(a[1], 0));
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  def('chown', (args, kw) => {
    const [p, uid, gid, dirFd, follow] = parseArgs('chown', ['path', 'uid', 'gid', 'dir_fd', 'follow_symlinks'], args, kw, 3);
    const pa = atDir('chown', pathArg('chown', 'path', p!, true), dirFd);
    try {
      if (pa.fd >= 0) fchownSync(pa.fd, intArg(uid, 0), intArg(gid, 0));
      else if (follow !== undefined && !truthyV(follow)) lchownSync(pa.node, intArg(uid, 0), intArg(gid, 0));
      else chownSync(pa.node, intArg(uid, 0), intArg(gid, 0));
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
    return None;
  });
  defp('fchown', ['fd', 'uid', 'gid'], 3, (a) => {
    const fd = fdArg(a[0]!);
    const uid = idArg(a[1]!, 'uid');
    const gid = idArg(a[2]!, 'gid');
    try {
      fchownSync(fd, uid, gid);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  defp('lchown', ['path', 'uid', 'gid'], 3, (a) => {
    const pa = pathArg('lchown', 'path', a[0]!);
    const uid = idArg(a[1]!, 'uid');
    const gid = idArg(a[2]!, 'gid');
    try {
      lchownSync(pa.node, uid, gid);
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
    return None;
  });
  /**
   * A time for libuv's utime, which keeps whole microseconds by truncating the double it is given: the time
   * floored to the microsecond (CPython floors to the nanosecond; Node offers no finer), plus half a
   * microsecond so that truncation after the double's rounding lands on it. `ns`: t counts nanoseconds.
   */
  const uvTime = (t: number | bigint, ns = false): number => {
    let us: number;
    if (ns) {
      const b = BigInt(t);
      us = Number(b / 1000n - (b % 1000n < 0n ? 1n : 0n));
    } else {
      // _PyTime_ObjectToTimespec's floor: whole seconds, then the fraction in nanoseconds.
      const s = Math.floor(t as number);
      us = s * 1e6 + Math.floor(Math.floor(((t as number) - s) * 1e9) / 1000);
    }
    const sec = Math.floor(us / 1e6);
    return us < 0 || !Number.isFinite(us) ? us / 1e6 : sec + (us - sec * 1e6 + 0.5) / 1e6;
  };
  def('utime', (args, kw) => {
    const [p, times, ns, dirFd, follow] = parseArgs('utime', ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], args, kw, 1);
    const pa = atDir('utime', pathArg('utime', 'path', p!, true), dirFd);
    let at: number, mt: number;
    if (times !== undefined && times !== None && ns !== undefined) valueError('utime: you may specify either \'times\' or \'ns\' but not both');
    if (times !== undefined && times !== None) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) typeError('utime: \'times\' must be either a tuple of two ints or None');
      at = uvTime(toNum(times.items[0]));
      mt = uvTime(toNum(times.items[1]));
    } else if (ns !== undefined) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) typeError('utime: \'ns\' must be a tuple of two ints');
      at = uvTime(index(ns.items[0]), true);
      mt = uvTime(index(ns.items[1]), true);
    } else {
      at = mt = Date.now() / 1000;
    }
    try {
      if (pa.fd >= 0) futimesSync(pa.fd, at, mt);
      else if (follow !== undefined && !truthyV(follow)) lutimesSync(pa.node, at, mt);
      else utimesSync(pa.node, at, mt);
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
    return None;
  });
  defp('_path_normpath', ['path'], 1, (a) => a[0]!);
  d.t.map.delete('_path_normpath');
  defp('realpath', ['path'], 1, (a) => {
    const pa = pathArg('realpath', 'path', a[0]!);
    try {
      return realpathSync(pa.node as string);
    } catch (e) {
      osErrorFrom(e, pa.obj);
    }
  });
  d.t.map.delete('realpath');

  // Process and system
  def0('getpid', () => process.pid);
  def0('getppid', () => process.ppid);
  def0('getuid', () => process.getuid?.() ?? 0);
  def0('geteuid', () => process.geteuid?.() ?? 0);
  def0('getgid', () => process.getgid?.() ?? 0);
  def0('getegid', () => process.getegid?.() ?? 0);
  // getgroups(2)'s supplementary groups, from /proc (Node's process.getgroups() adds the effective gid).
  def0('getgroups', () => {
    let m: RegExpExecArray | null = null;
    try {
      m = /^Groups:([ \t\d]*)$/m.exec(readFileSync('/proc/self/status', 'latin1'));
    } catch {
      // below
    }
    return new PyList(m === null ? (process.getgroups?.() ?? []) : m[1]!.trim().split(/\s+/).filter((g) => g !== '').map(Number));
  });
  def0('getlogin', () => {
    try {
      return userInfo().username;
    } catch (e) {
      osErrorFrom(e);
    }
  });
  defp('umask', ['mask'], 1, (a) => process.umask(Number(index(a[0]!))));
  def0('cpu_count', () => cpus().length || None);
  def0('getloadavg', () => new PyTuple(loadavg().map((x) => new PyFloat(x))));
  def0('uname', () => newStructSeq(unameType, [osType(), hostname(), release(), osVersion(), machine()]));
  def0('times', () => {
    const u = process.cpuUsage();
    return newStructSeq(timesType, [new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6), new PyFloat(0), new PyFloat(0), new PyFloat(uptime())]);
  });
  defp('urandom', ['size'], 1, (a) => {
    const n = ssizeArg(a[0]!);
    if (n < 0) valueError('negative argument not allowed');
    if (n > 2147483647) raise(exceptionTypesRef.get('MemoryError')!, '');
    return new PyBytesObj(urandom(n));
  });
  defp('strerror', ['code'], 1, (a) => strerror(Number(index(a[0]!))));
  defp('_exit', ['status'], 1, (a) => {
    exitHooks.beforeExit();
    exitProcess(Number(index(a[0]!)));
  });
  def0('abort', () => process.abort());
  defp('device_encoding', ['fd'], 1, (a) => (isattyFd(fdArg(a[0]!)) ? 'UTF-8' : None));
  defp('isatty', ['fd'], 1, (a) => isattyFd(fdArg(a[0]!)));
  def('get_terminal_size', (args) => {
    const fd = args.length > 0 ? fdArg(args[0]) : 1;
    try {
      fstatSync(fd);
    } catch (e) {
      osErrorFrom(e);
    }
    if (!isattyFd(fd)) raiseErrno(25);
    const s = fd === 0 ? null : fd === 2 ? process.stderr : process.stdout;
    const cols = (s as { columns?: number } | null)?.columns ?? 80;
    const rows = (s as { rows?: number } | null)?.rows ?? 24;
    return newStructSeq(termType, [cols, rows]);
  });
  defp('get_inheritable', ['fd'], 1, (a) => getInheritable(fdArg(a[0]!)));
  defp('set_inheritable', ['fd', 'inheritable'], 2, (a) => {
    const fd = fdArg(a[0]!);
    fdFlags(fd);
    inheritable.set(fd, truthyV(a[1]!));
    return None;
  });
  defp('dup', ['fd'], 1, (a) => {
    const fd = fdArg(a[0]!);
    const nfd = reopenFd(fd);
    inheritable.set(nfd, false);
    return nfd;
  });
  def('dup2', (args, kw) => {
    const [fdV, fd2V, inh] = parseArgs('dup2', ['fd', 'fd2', 'inheritable'], args, kw, 2);
    const fd = fdArg(fdV!);
    const fd2 = fdArg(fd2V!);
    if (fd < 0 || fd2 < 0) raiseErrno(9);
    fdFlags(fd);
    if (fd !== fd2) dupTo(fd, fd2);
    inheritable.set(fd2, inh === undefined ? true : truthyV(inh));
    return fd2;
  });
  defp('get_blocking', ['fd'], 1, (a) => fdBlocking(fdArg(a[0]!)));
  defp('set_blocking', ['fd', 'blocking'], 2, (a) => {
    const fd = fdArg(a[0]!);
    if (!setTrackedBlocking(fd, truthyV(a[1]!))) {
      try {
        fstatSync(fd);
      } catch (e) {
        osErrorFrom(e);
      }
    }
    return None;
  });
  def('register_at_fork', (args, kw) => {
    // Nothing forks (fork() is unsupported), so the callables are checked, as CPython checks them, and dropped.
    if (args.length > (kw?.length ?? 0)) typeError('register_at_fork() takes no positional arguments');
    const [before, child, parent] = parseArgs('register_at_fork', ['before', 'after_in_child', 'after_in_parent'], args, kw, 0);
    if (before === undefined && child === undefined && parent === undefined) typeError('At least one argument is required.');
    for (const [name, v] of [['before', before], ['after_in_child', child], ['after_in_parent', parent]] as const) {
      if (v !== undefined && typeOf(v).lookup('__call__') === undefined) typeError(`'${name}' must be callable, not ${typeOf(v).name}`);
    }
    return None;
  });
  def('putenv', (args) => {
    if (args.length !== 2) typeError(`putenv expected 2 arguments, got ${args.length}`);
    const k = envStr(args[0]);
    const v = envStr(args[1]);
    if (k.includes('=')) valueError('illegal environment variable name');
    if (k === '') raiseErrno(22); // setenv(3): EINVAL
    process.env[k] = v;
    return None;
  });
  def('unsetenv', (args) => {
    if (args.length !== 1) typeError(`unsetenv expected 1 argument, got ${args.length}`);
    const k = envStr(args[0]);
    if (k === '' || k.includes('=')) raiseErrno(22); // unsetenv(3): EINVAL
    delete process.env[k];
    return None;
  });
  defp('system', ['command'], 1, (a) => {
    const cmd = envStr(a[0]!);
    audit('os.system', [new PyBytesObj(encodeText(cmd, 'utf-8', 'surrogateescape'))]);
    const r = spawnSync('/bin/sh', ['-c', cmd], { stdio: 'inherit' });
    if (r.error !== undefined) osErrorFrom(r.error);
    return r.status !== null ? r.status << 8 : 0;
  });
  defp('kill', ['pid', 'signal'], 2, (a) => {
    const pid = Number(index(a[0]!));
    const sig = Number(index(a[1]!));
    // faulthandler.register()'s dump comes first, in the frame that sends the signal to its own process.
    if ((pid === process.pid || pid === 0) && faultSignals.dump(sig) && faultSignals.consumes(sig)) return None;
    if ((pid === process.pid || pid === 0) && signalHandled.test(sig)) {
      // To this process, for a Python handler: the handler runs at the next check, as after a real kill(2)
      // (Node would deliver it only when its event loop turns).
      tripSignal(sig);
      return None;
    }
    if (sig === 10) defaultSigusr1(); // to this process or its group: SIG_DFL's action, not node's inspector
    try {
      process.kill(pid, sig);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  def0('fork', () => raise(notImplementedType(), 'fork() is not supported by Typhon'));
  def('waitstatus_to_exitcode', (args, kw) => {
    const s = Number(index(clinicArgs('waitstatus_to_exitcode', ['status'], args, kw, 1)[0]!));
    if ((s & 0xff) === 0x7f) valueError(`process stopped by delivery of signal ${(s >> 8) & 0xff}`);
    if ((s & 0x7f) === 0x7f) valueError(`invalid wait status: ${s}`);
    return exitCode(s);
  });
  // Pipes come from pipes.ts, children are started by _posixsubprocess and waited for in
  // children.ts.
  def0('pipe', () => new PyTuple(makePipe()));
  defp('pipe2', ['flags'], 1, (a) => {
    const flags = intArg(a[0], 0);
    if (flags & ~(fsc.O_NONBLOCK | 524288)) raiseErrno(22);
    const [r, w] = makePipe();
    if (flags & fsc.O_NONBLOCK) {
      setBlocking(r, false);
      setBlocking(w, false);
    }
    return new PyTuple([r, w]);
  });
  def('mkfifo', (args, kw) => {
    const [p, mode, dirFd] = parseArgs('mkfifo', ['path', 'mode', 'dir_fd'], args, kw, 1);
    const pa = atDir('mkfifo', pathArg('mkfifo', 'path', p!), dirFd);
    const m = intArg(mode, 0o666) & ~process.umask() & 0o7777;
    try {
      statSync(pa.node);
      raiseErrno(17, pa.obj);
    } catch (e) {
      if (e instanceof PyException) throw e;
    }
    const r = spawnSync('mkfifo', ['-m', m.toString(8), '--', typeof pa.node === 'string' ? pa.node : pa.node.toString()], { stdio: 'ignore' });
    if (r.error !== undefined) osErrorFrom(r.error);
    if (r.status !== 0) {
      // mkfifo(1) says why only in words: find the errno from the directory.
      const path = typeof pa.node === 'string' ? pa.node : pa.node.toString();
      const slash = path.lastIndexOf('/');
      const parent = slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
      try {
        if (!statSync(parent).isDirectory()) raiseErrno(20, pa.obj);
        accessSync(parent, fsc.W_OK | fsc.X_OK);
      } catch (e) {
        osErrorFrom(e, pa.obj);
      }
      raiseErrno(13, pa.obj);
    }
    return None;
  });
  defp('waitpid', ['pid', 'options'], 2, (a) => {
    const pid = Number(index(a[0]!));
    const options = Number(index(a[1]!));
    return new PyTuple(waitpid(pid, options));
  });
  def0('wait', () => new PyTuple(waitpid(-1, 0)));
  // wait3/wait4: the usage is a resource.struct_rusage, as CPython builds it (importing resource).
  const withUsage = ([pid, status, u]: [number, number, number[]]): PyValue => {
    const rusage = getAttr(importName('resource', None, 0, new PyDict()), 'struct_rusage');
    const fields: PyValue[] = [new PyFloat(u[0]! / CLK_TCK), new PyFloat(u[1]! / CLK_TCK), 0, 0, 0, 0, u[2]!, u[3]!, 0, 0, 0, 0, 0, 0, 0, 0];
    return new PyTuple([pid, status, callBound(rusage, None, [new PyTuple(fields)])]);
  };
  defp('wait3', ['options'], 1, (a) => withUsage(wait4(-1, Number(index(a[0]!)))));
  defp('wait4', ['pid', 'options'], 2, (a) => withUsage(wait4(Number(index(a[0]!)), Number(index(a[1]!)))));
  // Positioned and vectored I/O: Node's readSync/writeSync/readvSync/writevSync at an explicit offset are
  // pread(2)/pwrite(2)/preadv(2)/pwritev(2), leaving the descriptor's position alone.
  /**
   * An off_t offset for Node: -1 there would mean "the current position", so negative ones are EINVAL; past
   * 2^53 (beyond any file this machine has; Node takes no more) reads find nothing and writes are EFBIG.
   */
  const offsetArg = (v: PyValue, write: boolean, current = false): number => {
    const n = BigInt(index(v));
    if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'Python int too large to convert to C long');
    if (n === -1n && current) return -1;
    if (n < 0n) raiseErrno(22);
    if (n > 9007199254740991n && write) raiseErrno(27);
    return n > 9007199254740991n ? 9007199254740991 : Number(n);
  };
  /** A descriptor pread/pwrite may use: pipes (kept by pipes.ts) cannot seek. */
  const seekableFd = (v: PyValue): number => {
    const fd = fdArg(v);
    if (pipeEnd(fd) !== undefined) raiseErrno(29);
    return fd;
  };
  const buffersArg = (fname: string, v: PyValue, writable: boolean): Uint8Array[] => {
    if (typeOf(v).lookup('__getitem__') === undefined || typeOf(v).lookup('__len__') === undefined) {
      typeError(`${fname}() arg 2 must be a sequence`);
    }
    return toArray(v).map((b) => {
      const info = getBuffer(b);
      if (info === undefined) typeError(`a bytes-like object is required, not '${typeOf(b).name}'`);
      if (writable && info.readonly) raise(BufferError, 'Object is not writable.');
      return info.data;
    });
  };
  /** RWF_* flags of preadv2/pwritev2: the hints are taken as such; bits Linux does not know are EOPNOTSUPP. */
  const rwFlags = (v: PyValue | undefined): number => {
    const fl = v === undefined ? 0 : Number(index(v));
    if ((fl & ~31) !== 0) raiseErrno(95);
    return fl;
  };
  defp('pread', ['fd', 'length', 'offset'], 3, (a) => {
    const fd = seekableFd(a[0]!);
    const n = ssizeArg(a[1]!);
    if (n < 0) raiseErrno(22);
    const off = offsetArg(a[2]!, false);
    const buf = new Uint8Array(n);
    try {
      const got = readSync(fd, buf, 0, n, off);
      return new PyBytesObj(got === n ? buf : buf.slice(0, got));
    } catch (e) {
      osErrorFrom(e);
    }
  });
  defp('pwrite', ['fd', 'data', 'offset'], 3, (a) => {
    const fd = seekableFd(a[0]!);
    const b = asBytes(a[1]!);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(a[1]!).name}'`);
    const off = offsetArg(a[2]!, true);
    try {
      return writeSync(fd, b, 0, b.length, off);
    } catch (e) {
      osErrorFrom(e);
    }
  });
  defp('writev', ['fd', 'buffers'], 2, (a) => {
    const fd = fdArg(a[0]!);
    const bufs = buffersArg('writev', a[1]!, false);
    return writeFd(fd, bufs.length === 1 ? bufs[0]! : Buffer.concat(bufs));
  });
  defp('preadv', ['fd', 'buffers', 'offset', 'flags'], 3, (a) => {
    const fd = seekableFd(a[0]!);
    const bufs = buffersArg('preadv2', a[1]!, true);
    const off = offsetArg(a[2]!, false, true);
    rwFlags(a[3]);
    if (off === -1) return readvAt(fd, bufs); // preadv2's -1: at the descriptor's position, as readv
    try {
      return readvSync(fd, bufs, off);
    } catch (e) {
      osErrorFrom(e);
    }
  });
  defp('pwritev', ['fd', 'buffers', 'offset', 'flags'], 3, (a) => {
    const fd = seekableFd(a[0]!);
    const bufs = buffersArg('pwritev2', a[1]!, false);
    let off = offsetArg(a[2]!, true, true);
    const fl = rwFlags(a[3]);
    try {
      if (fl & 16) off = fstatSync(fd).size; // RWF_APPEND
      // pwritev2's -1: at the descriptor's position, as writev
      const n = off === -1 ? writeFd(fd, Buffer.concat(bufs)) : writevSync(fd, bufs, off);
      if (fl & 4) fsyncSync(fd); // RWF_SYNC
      else if (fl & 2) fdatasyncSync(fd); // RWF_DSYNC
      return n;
    } catch (e) {
      osErrorFrom(e);
    }
  });
  defp('posix_fallocate', ['fd', 'offset', 'len'], 3, (a) => {
    // Node cannot reserve blocks: what a program sees of it, the file grown to offset + len, is done.
    const fd = fdArg(a[0]!);
    const off = Number(index(a[1]!));
    const len = Number(index(a[2]!));
    if (off < 0 || len <= 0) raiseErrno(22);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) raiseErrno(st.isFIFO() ? 29 : 19);
      if (off + len > st.size) ftruncateSync(fd, off + len);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  defp('posix_fadvise', ['fd', 'offset', 'len', 'advice'], 4, (a) => {
    // Advice only: checked as the kernel checks it, then nothing to do.
    const fd = fdArg(a[0]!);
    const len = Number(index(a[2]!));
    const advice = Number(index(a[3]!));
    Number(index(a[1]!));
    try {
      if (fstatSync(fd).isFIFO()) raiseErrno(29);
    } catch (e) {
      osErrorFrom(e);
    }
    if (len < 0 || advice < 0 || advice > 5) raiseErrno(22);
    return None;
  });
  def0('sync', () => {
    spawnSync('sync', { stdio: 'ignore' }); // sync(2) has no Node binding; sync(1) makes it
    return None;
  });

  // Devices: glibc's encoding of dev_t (12 + 20 bits of major, 8 + 24 of minor).
  const devArg = (v: PyValue): bigint => {
    if (v instanceof PyFloat || (typeof v === 'object' && typeOf(v).lookup('__index__') === undefined)) typeError('an integer is required');
    const n = BigInt(index(v));
    if (n < 0n) raise(OverflowError, "can't convert negative int to unsigned");
    if (n >= 1n << 64n) raise(OverflowError, 'int too big to convert');
    return n;
  };
  const cUint = (v: PyValue): bigint => {
    const n = BigInt(index(v));
    if (n > 2147483647n || n < -2147483648n) raise(OverflowError, 'Python int too large to convert to C int');
    return BigInt.asUintN(32, n);
  };
  defp('major', ['device'], 1, (a) => {
    const d = devArg(a[0]!);
    return Number(((d >> 8n) & 0xfffn) | ((d >> 32n) & 0xfffff000n));
  });
  defp('minor', ['device'], 1, (a) => {
    const d = devArg(a[0]!);
    return Number((d & 0xffn) | ((d >> 12n) & 0xffffff00n));
  });
  defp('makedev', ['major', 'minor'], 2, (a) => {
    const ma = cUint(a[0]!);
    const mi = cUint(a[1]!);
    const d = BigInt.asIntN(64, ((ma & 0xfffn) << 8n) | ((ma & 0xfffff000n) << 32n) | (mi & 0xffn) | ((mi & 0xffffff00n) << 12n));
    return d >= -9007199254740991n && d <= 9007199254740991n ? Number(d) : d;
  });

  // Configuration (posix_conf.ts)
  d.setStr('sysconf_names', sysconfNames());
  d.setStr('pathconf_names', pathconfNames());
  d.setStr('confstr_names', confstrNames());
  defp('sysconf', ['name'], 1, (a) => sysconf(a[0]!));
  defp('confstr', ['name'], 1, (a) => confstr(a[0]!) ?? None);
  const pathconfOf = (pa: PathArg, name: PyValue): number => pathconf(name, () => {
    try {
      if (pa.fd >= 0) fstatSync(pa.fd); // EBADF, where /proc would give ENOENT
      const st = statfsSync(pa.fd >= 0 ? `/proc/self/fd/${pa.fd}` : pa.node);
      return [Number(st.type), Number(st.bsize)];
    } catch (e) {
      osErrorFrom(e, pa.fd >= 0 ? undefined : pa.obj);
    }
  });
  defp('pathconf', ['path', 'name'], 2, (a) => pathconfOf(pathArg('pathconf', 'path', a[0]!, true), a[1]!));
  defp('fpathconf', ['fd', 'name'], 2, (a) => {
    const fd = fildesArg(a[0]!);
    if (fd < 0) raiseErrno(9);
    return pathconfOf({ node: '', obj: fd, bytes: false, fd }, a[1]!);
  });
  defp('getrandom', ['size', 'flags'], 1, (a) => {
    const n = ssizeArg(a[0]!);
    const fl = a[1] === undefined ? 0 : Number(index(a[1]));
    if (n < 0 || (fl & ~3) !== 0) raiseErrno(22);
    return new PyBytesObj(urandom(n));
  });

  // Scheduling and priorities
  const cInt = (v: PyValue): number => Number(cUint(v) | 0n) | 0;
  const sysCall = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { info?: { code?: string } };
      if (err.info?.code !== undefined) raiseErrno(errnoOf(err.info.code));
      if (err.code === 'ERR_UNKNOWN_CREDENTIAL') raiseErrno(22);
      osErrorFrom(e);
    }
  };
  /** The process (PRIO_PROCESS) a priority call names: libuv's get/setpriority take no other kind. */
  const prioWho = (which: PyValue, who: PyValue): number => {
    const w = cInt(which);
    const pid = cInt(who);
    if (w === 1 || w === 2) raiseErrno(38); // PRIO_PGRP, PRIO_USER
    if (w !== 0) raiseErrno(22);
    return pid;
  };
  defp('getpriority', ['which', 'who'], 2, (a) => {
    const pid = prioWho(a[0]!, a[1]!);
    return sysCall(() => getPriority(pid));
  });
  defp('setpriority', ['which', 'who', 'priority'], 3, (a) => {
    const pid = prioWho(a[0]!, a[1]!);
    const prio = Math.max(-20, Math.min(19, cInt(a[2]!)));
    sysCall(() => setPriority(pid, prio));
    return None;
  });
  defp('nice', ['increment'], 1, (a) => {
    const inc = cInt(a[0]!);
    const now = sysCall(() => getPriority(0));
    const want = Math.max(-20, Math.min(19, now + inc));
    if (want !== now) sysCall(() => setPriority(0, want));
    return want;
  });
  def0('sched_yield', () => None);
  const SCHED_PRIO = new Map([[0, [0, 0]], [1, [1, 99]], [2, [1, 99]], [3, [0, 0]], [5, [0, 0]]]);
  defp('sched_get_priority_max', ['policy'], 1, (a) => SCHED_PRIO.get(cInt(a[0]!))?.[1] ?? raiseErrno(22));
  defp('sched_get_priority_min', ['policy'], 1, (a) => SCHED_PRIO.get(cInt(a[0]!))?.[0] ?? raiseErrno(22));
  // The policy and real-time priority are fields 41 and 40 of /proc/PID/stat; changes go through util-linux's
  // chrt(1) on the process (Node has no sched_setscheduler), and are made only when they change something.
  const schedPid = (v: PyValue): number => {
    const pid = cInt(v);
    if (pid < 0) raiseErrno(22);
    return pid;
  };
  const schedParamType = makeStructSeqType('posix.sched_param', ['sched_priority'], 1);
  schedParamType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [prio] = clinicArgs('sched_param', ['sched_priority'], args.slice(1), kw, 1);
    return newStructSeq(schedParamType, [prio!]);
  }));
  d.setStr('sched_param', schedParamType);
  const priorityOf = (param: PyValue): number => {
    if (!(param instanceof PyTuple) || typeOf(param) !== schedParamType) typeError('must have a sched_param object');
    const n = BigInt(index(param.items[0]!));
    if (n > 2147483647n || n < -2147483648n) raise(OverflowError, 'sched_priority out of range');
    return Number(n);
  };
  const CHRT_POLICY = new Map([[0, '--other'], [1, '--fifo'], [2, '--rr'], [3, '--batch'], [5, '--idle']]);
  const setScheduler = (pid: number, policy: number, prio: number): void => {
    const stat = procStat(pid);
    if (Number(stat[38]) === policy && Number(stat[37]) === prio) return;
    const flag = CHRT_POLICY.get(policy);
    if (flag === undefined) raiseErrno(22);
    const res = spawnSync('chrt', ['-p', flag, String(prio), String(pid === 0 ? process.pid : pid)], { encoding: 'latin1' });
    if (res.error !== undefined) raiseErrno((res.error as NodeJS.ErrnoException).code === 'ENOENT' ? 38 : errnoOf((res.error as NodeJS.ErrnoException).code));
    if (res.status === 0) return;
    const msg = res.stderr ?? '';
    raiseErrno(msg.includes('not permitted') ? 1 : msg.includes('No such process') ? 3 : 22);
  };
  defp('sched_getscheduler', ['pid'], 1, (a) => Number(procStat(schedPid(a[0]!))[38]));
  defp('sched_getparam', ['pid'], 1, (a) => newStructSeq(schedParamType, [Number(procStat(schedPid(a[0]!))[37])]));
  defp('sched_setscheduler', ['pid', 'policy', 'param'], 3, (a) => {
    const pid = schedPid(a[0]!);
    const policy = cInt(a[1]!);
    setScheduler(pid, policy, priorityOf(a[2]!));
    return None;
  });
  defp('sched_setparam', ['pid', 'param'], 2, (a) => {
    const pid = schedPid(a[0]!);
    const prio = priorityOf(a[1]!);
    setScheduler(pid, Number(procStat(pid)[38]), prio);
    return None;
  });
  defp('sched_rr_get_interval', ['pid'], 1, (a) => {
    // A round-robin process's time slice (the kernel's sched_rr_timeslice_ms); 0 for the other policies.
    if (Number(procStat(schedPid(a[0]!))[38]) !== 2) return new PyFloat(0);
    try {
      return new PyFloat(Number(readFileSync('/proc/sys/kernel/sched_rr_timeslice_ms', 'latin1')) / 1000);
    } catch {
      return new PyFloat(0.1);
    }
  });

  // posix_spawn/posix_spawnp: the child is started as fork_exec starts one (_posixsubprocess.ts's spawnChild),
  // its descriptors worked out from the file actions beforehand: the parent's inheritable ones at their numbers,
  // then each OPEN (opened here, given to the child at its number), CLOSE and DUP2 in order. The child's
  // signal mask and dispositions are libuv's (all default, none blocked): setsigdef holds, setsigmask is
  // checked and not applied; setpgroup is taken for the parent's own group (and 0, a new session, as
  // fork_exec's process_group), another group is ENOSYS; resetids and scheduler are checked and left.
  d.setStr('POSIX_SPAWN_OPEN', 0);
  d.setStr('POSIX_SPAWN_CLOSE', 1);
  d.setStr('POSIX_SPAWN_DUP2', 2);
  const spawnOptions = ['file_actions', 'setpgroup', 'resetids', 'setsid', 'setsigmask', 'setsigdef', 'scheduler'];
  const fsBytesOf = (v: PyValue): Uint8Array => {
    const p = fspath(v);
    const b = typeof p === 'string' ? encodeText(p, 'utf-8', 'surrogateescape') : (p as PyBytesObj).bytes;
    if (b.includes(0)) valueError('embedded null byte');
    return b;
  };
  const sigSet = (v: PyValue): void => {
    for (const s of toArray(v)) {
      const n = cInt(s);
      if (n < 1 || n >= 65) valueError(`signal number ${n} out of range [1; 64]`);
    }
  };
  /** An environment mapping as NAME=value entries (parse_envlist). */
  const envEntries = (name: string, envV: PyValue): Uint8Array[] => {
    if (typeOf(envV).lookup('__getitem__') === undefined) typeError(`${name}: environment must be a mapping object`);
    const env: Uint8Array[] = [];
    for (const k of toArray(callBound(getAttr(envV, 'keys'), None, []))) {
      const kb = fsBytesOf(k);
      if (kb.length === 0 || kb.includes(0x3d)) valueError('illegal environment variable name');
      env.push(Buffer.concat([kb, Buffer.from('='), fsBytesOf(getItemV(envV, k))]));
    }
    return env;
  };
  /** The descriptors a child inherits: 0-2 and those set inheritable, at their numbers. */
  const inheritedFds = (): Map<number, number | 'inherit'> => {
    const fds = new Map<number, number | 'inherit'>([[0, 'inherit'], [1, 'inherit'], [2, 'inherit']]);
    for (const [fd, inh] of inheritable) if (inh && fd > 2) fds.set(fd, fd);
    return fds;
  };
  /** execvp's candidates for `file`: itself when it holds a slash, else in each directory of `path` ('' is '.'). */
  const searchPath = (file: Uint8Array, path: string): Uint8Array[] => file.includes(0x2f) ? [file]
    : path.split(':').map((dir) => Buffer.concat([Buffer.from(`${dir === '' ? '.' : dir}/`, 'latin1'), file]));
  const stdioOf = (fds: Map<number, number | 'inherit'>): Stdio => {
    const stdio: Stdio = [];
    const top = Math.max(2, ...fds.keys());
    for (let i = 0; i <= top; i++) stdio.push(fds.get(i) ?? 'ignore');
    return stdio;
  };
  /** Start a program as exec would run it in this process's place: its standard streams, inheritable descriptors. */
  const spawnHere = (executables: Uint8Array[], argv: Uint8Array[], env: Uint8Array[] | null): ReturnType<typeof spawnChild> =>
    spawnChild({ executables, argv, env, cwd: null, stdio: stdioOf(inheritedFds()), detached: false, uid: -1, gid: -1, umask: -1 });
  const posixSpawn = (name: string, search: boolean) => (args: PyValue[], kw: string[] | null): PyValue => {
    const nkw = kw?.length ?? 0;
    const npos = args.length - nkw;
    if (npos !== 3) typeError(`${name}() takes exactly 3 positional arguments (${npos} given)`);
    const opts = new Map<string, PyValue>();
    for (let i = 0; i < nkw; i++) {
      if (!spawnOptions.includes(kw![i]!)) typeError(`${name}() got an unexpected keyword argument '${kw![i]}'`);
      opts.set(kw![i]!, args[npos + i]!);
    }
    const pa = pathArg(name, 'path', args[0]!);
    const argvV = args[1]!;
    if (!(argvV instanceof PyList) && !(argvV instanceof PyTuple)) typeError(`${name}: argv must be a tuple or list`);
    if (argvV.items.length === 0) valueError(`${name}: argv must not be empty`);
    const argv = argvV.items.map(fsBytesOf);
    if (argv[0]!.length === 0) valueError(`${name}: argv first element cannot be empty`);
    const env = envEntries(name, args[2]!);
    const resetids = opts.get('resetids');
    if (resetids !== undefined) cInt(resetids);
    const setsidV = opts.get('setsid');
    const setsid = setsidV !== undefined && cInt(setsidV) !== 0;
    for (const k of ['setsigmask', 'setsigdef']) if (opts.has(k)) sigSet(opts.get(k)!);
    const sched = opts.get('scheduler');
    if (sched !== undefined && sched !== None && !(sched instanceof PyTuple)) raise(exceptionTypesRef.get('SystemError')!, 'new style getargs format but argument is not a tuple');
    let detached = setsid;
    const pg = opts.get('setpgroup');
    if (pg !== undefined && pg !== None) {
      const g = cInt(pg);
      if (g === 0) detached = true;
      else if (g !== Number(procStat(0)[2])) raiseErrno(38);
    }
    // The child's descriptors.
    const fds = inheritedFds();
    const opened: number[] = [];
    try {
      const fa = opts.get('file_actions');
      if (fa !== undefined && fa !== None) {
        if (typeOf(fa).lookup('__iter__') === undefined) typeError('file_actions must be a sequence or None');
        for (const act of toArray(fa)) {
          if (!(act instanceof PyTuple) || act.items.length === 0) typeError('Each file_actions element must be a non-empty tuple');
          const [tag, ...rest] = act.items;
          const kind = cInt(tag!);
          if (kind === 0) {
            if (rest.length !== 4) typeError('An open file_action tuple must have 5 elements');
            const fd = cInt(rest[0]!);
            const path = pathArg(name, 'path', rest[1]!);
            const flags = cInt(rest[2]!);
            const mode = cInt(rest[3]!);
            let got: number;
            try {
              got = openSync(path.node, flags, mode);
            } catch (e) {
              osErrorFrom(e, pa.obj);
            }
            opened.push(got);
            fds.set(fd, got);
          } else if (kind === 1) {
            if (rest.length !== 1) typeError('A close file_action tuple must have 2 elements');
            fds.delete(cInt(rest[0]!));
          } else if (kind === 2) {
            if (rest.length !== 2) typeError('A dup2 file_action tuple must have 3 elements');
            const from = cInt(rest[0]!);
            const to = cInt(rest[1]!);
            let src = fds.get(from);
            if (src === undefined) {
              // Open in the parent though close-on-exec: still open in the child until its exec.
              try {
                fstatSync(from);
              } catch {
                raiseErrno(9, pa.obj);
              }
              src = from;
            }
            fds.set(to, src === 'inherit' ? from : src);
          } else typeError('Unknown file_actions identifier');
        }
      }
      const stdio = stdioOf(fds);
      let executables: Uint8Array[] = [Buffer.from(pa.node)];
      if (search) executables = searchPath(executables[0]!, process.env.PATH ?? '/bin:/usr/bin');
      const r = spawnChild({ executables, argv, env, cwd: null, stdio, detached, uid: -1, gid: -1, umask: -1 });
      if (r.pid === undefined) raiseErrno(r.errno, pa.obj);
      return r.pid;
    } finally {
      for (const fd of opened) closeSync(fd);
    }
  };
  def('posix_spawn', posixSpawn('posix_spawn', false));
  def('posix_spawnp', posixSpawn('posix_spawnp', true));

  // execv/execve: Node cannot replace its process image, so the program runs as a child in this process's
  // place: with its standard streams and inheritable descriptors, this process waiting for it and then ending
  // as it ended (its exit status, or killed by the same signal). As after a real exec, nothing of Python
  // runs meanwhile or after: no buffered output is flushed, no atexit function or finaliser runs. What differs:
  // the program has a pid of its own, and a signal sent to this process's pid alone does not reach it.
  const execImpl = (name: string, pathV: PyValue, argvV: PyValue, envV: PyValue | null): never => {
    const pa = pathArg(name, 'path', pathV, envV !== null);
    if (!(argvV instanceof PyList) && !(argvV instanceof PyTuple)) typeError(`${name}() arg 2 must be a tuple or list`);
    if (argvV.items.length === 0) valueError(`${name}() arg 2 must not be empty`);
    const argv = argvV.items.map(fsBytesOf);
    if (argv[0]!.length === 0) valueError(`${name}() arg 2 first element cannot be empty`);
    const env = envV === null ? null : envEntries(name, envV);
    audit('os.exec', [pa.obj, argvV, envV ?? None]);
    const exe = pa.fd >= 0 ? Buffer.from(`/proc/self/fd/${pa.fd}`) : Buffer.from(pa.node);
    const r = spawnHere([exe], argv, env);
    if (r.pid === undefined) raiseErrno(r.errno, envV === null ? undefined : pa.obj);
    const status = waitpid(r.pid, 0)[1];
    const sig = status & 0x7f;
    if (sig !== 0) {
      // Die of the same signal, its action the default one (Node's listeners, Python's handlers removed).
      const sigName = signalName(sig);
      if (sigName !== undefined) {
        process.removeAllListeners(sigName);
        try {
          process.kill(process.pid, sigName);
          sleepMs(1000);
        } catch {
          /* not a signal this process can die of */
        }
      }
      exitProcess(128 + sig);
    }
    exitProcess((status >> 8) & 0xff);
  };
  defp('execv', ['path', 'argv'], 2, (a) => execImpl('execv', a[0]!, a[1]!, null));
  defp('execve', ['path', 'argv', 'env'], 3, (a) => execImpl('execve', a[0]!, a[1]!, a[2]!));

  // spawnv/spawnve/spawnvp/spawnvpe: os.py makes them of fork() and exec*() when posix has none, with
  // P_WAIT/P_NOWAIT; here they start the child as fork_exec does, with os.py's semantics: a program that
  // cannot be run (or arguments exec would refuse) is a child ending with status 127, P_NOWAIT returns the
  // child's pid, any other mode waits and returns its exit code, or minus the signal that killed it.
  d.setStr('P_WAIT', 0);
  d.setStr('P_NOWAIT', 1);
  d.setStr('P_NOWAITO', 1);
  const spawnImpl = (search: boolean, a: (PyValue | undefined)[], envV: PyValue | null): PyValue => {
    const mode = cInt(a[0]!);
    const argsV = a[2]!;
    if (!(argsV instanceof PyList) && !(argsV instanceof PyTuple)) typeError('argv must be a tuple or a list');
    if (argsV.items.length === 0 || !truthyV(argsV.items[0]!)) valueError('argv first element cannot be empty');
    let pid: number | undefined;
    try {
      const pa = pathArg('execv', 'path', a[1]!);
      const argv = argsV.items.map(fsBytesOf);
      const env = envV === null ? null : envEntries('execve', envV);
      let executables: Uint8Array[] = [Buffer.from(pa.node)];
      if (search) {
        // os.get_exec_path(env): the PATH of the environment given, else of this process.
        const entry = env?.map((e) => Buffer.from(e).toString('latin1')).find((e) => e.startsWith('PATH='));
        executables = searchPath(executables[0]!, env === null ? process.env.PATH ?? '/bin:/usr/bin' : entry === undefined ? '/bin:/usr/bin' : entry.slice(5));
      }
      pid = spawnHere(executables, argv, env).pid;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
    // What fork() then a failed exec would have been.
    pid ??= spawnHere([Buffer.from('/bin/sh')], [Buffer.from('sh'), Buffer.from('-c'), Buffer.from('exit 127')], null).pid!;
    return mode === 1 ? pid : exitCode(waitpid(pid, 0)[1]);
  };
  defp('spawnv', ['mode', 'file', 'args'], 3, (a) => spawnImpl(false, a, null));
  defp('spawnve', ['mode', 'file', 'args', 'env'], 4, (a) => spawnImpl(false, a, a[3]!));
  defp('spawnvp', ['mode', 'file', 'args'], 3, (a) => spawnImpl(true, a, null));
  defp('spawnvpe', ['mode', 'file', 'args', 'env'], 4, (a) => spawnImpl(true, a, a[3]!));

  // Process groups, sessions, ids
  defp('getpgid', ['pid'], 1, (a) => Number(procStat(cInt(a[0]!))[2]));
  defp('getsid', ['pid'], 1, (a) => Number(procStat(cInt(a[0]!))[3]));
  def0('getpgrp', () => Number(procStat(0)[2]));
  def0('getresuid', () => new PyTuple(procIds('Uid')));
  def0('getresgid', () => new PyTuple(procIds('Gid')));
  defp('killpg', ['pgid', 'signal'], 2, (a) => {
    const pgid = cInt(a[0]!);
    const sig = cInt(a[1]!);
    if (pgid < 0) raiseErrno(22);
    if (pgid === 0 || pgid === Number(procStat(0)[2])) {
      if (signalHandled.test(sig)) {
        tripSignal(sig); // to this process's own group, for a Python handler: as kill() above
        return None;
      }
    }
    try {
      process.kill(-pgid, sig);
    } catch (e) {
      osErrorFrom(e);
    }
    return None;
  });
  for (const name of ['setuid', 'seteuid', 'setgid', 'setegid'] as const) {
    if (process[name] === undefined) continue;
    const what = name.endsWith('uid') ? 'uid' : 'gid';
    defp(name, [what], 1, (a) => {
      const id = idArg(a[0]!, what);
      sysCall(() => process[name]!(id === -1 ? 4294967295 : id));
      return None;
    });
  }
  defp('setgroups', ['groups'], 1, (a) => {
    if (typeOf(a[0]!).lookup('__getitem__') === undefined) typeError('setgroups argument must be a sequence');
    const gids = toArray(a[0]!).map((g) => idArg(g, 'gid'));
    if (gids.length > 65536) valueError('too many groups');
    sysCall(() => process.setgroups!(gids));
    return None;
  });
  def('initgroups', (args, kw) => {
    const [user, gid] = clinicArgs('initgroups', ['username', 'gid'], args, kw, 2);
    const name = pathArg('initgroups', 'username', user!).node.toString();
    sysCall(() => (process as unknown as { initgroups(u: string, g: number): void }).initgroups(name, idArg(gid!, 'gid')));
    return None;
  });
  def('getgrouplist', (args) => {
    if (args.length !== 2) typeError(`getgrouplist expected 2 arguments, got ${args.length}`);
    if (typeof args[0] !== 'string') typeError(`getgrouplist() argument 1 must be str, not ${typeOf(args[0]!).name}`);
    const base = idArg(args[1]!, 'gid');
    return new PyList(groupList(args[0], base));
  });
  def0('ctermid', () => '/dev/tty');
  defp('ttyname', ['fd'], 1, (a) => {
    const fd = cInt(a[0]!);
    try {
      fstatSync(fd);
    } catch (e) {
      osErrorFrom(e);
    }
    if (!isattyFd(fd)) raiseErrno(25);
    return sysCall(() => readlinkSync(`/proc/self/fd/${fd}`));
  });
  def('sched_getaffinity', () => {
    const out = new PySetT(setTypeRef());
    for (let i = 0; i < cpus().length; i++) out.t.set(i, None);
    return out;
  });
  void [SystemExit, strType];
  return m;
}
import { PySet as PySetT, setType as setTypeRef0 } from '../objects/object.js';
function setTypeRef(): PyType {
  return setTypeRef0;
}

function toNum(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** The fields of /proc/PID/stat from the state on (resource.ts's statFields); ESRCH without such a process. */
function procStat(pid: number): string[] {
  try {
    if (pid >= 0) return statFields(pid === 0 ? '/proc/self/stat' : `/proc/${pid}/stat`);
  } catch {
    // below
  }
  raiseErrno(3);
}

/** The real, effective and saved user or group id (getresuid/getresgid), from /proc/self/status. */
function procIds(key: 'Uid' | 'Gid'): number[] {
  const m = new RegExp(`^${key}:\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)`, 'm').exec(readFileSync('/proc/self/status', 'latin1'));
  if (m === null) raiseErrno(38);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** getgrouplist(3) from /etc/group (pwd.ts's reader): `base` first, then the groups that list `user`, in the file's order. */
function groupList(user: string, base: number): number[] {
  const out = [base];
  for (const f of readDb('/etc/group', 4)) {
    const gid = dbId(f[2]!);
    if (gid !== undefined && f[3]!.split(',').includes(user) && !out.includes(gid)) out.push(gid);
  }
  return out;
}

/**
 * `pa` relative to the directory descriptor `dirFd` (dir_fd=), as the *at() system calls take it: Node has none,
 * but the kernel's /proc/self/fd/N link is that directory, so the name under it reaches what openat(N, name)
 * would (the final component's symlink followed or not by the call). An absolute name ignores dirFd, as there.
 */
function atDir(fname: string, pa: PathArg, dirFd: PyValue | undefined): PathArg {
  if (dirFd === undefined || dirFd === None) return pa;
  if (typeof dirFd !== 'number' && typeof dirFd !== 'bigint' && typeof dirFd !== 'boolean' && typeOf(dirFd).lookup('__index__') === undefined) {
    typeError(`argument should be integer or None, not ${typeOf(dirFd).name}`);
  }
  const fd = fdArg(dirFd);
  if (pa.fd >= 0) valueError(`${fname}: can't specify dir_fd without matching path`);
  const first = typeof pa.node === 'string' ? pa.node.charCodeAt(0) : pa.node[0];
  if (first === 47) return pa;
  if (pa.node.length === 0) raiseErrno(2, pa.obj);
  try {
    fstatSync(fd); // EBADF, where the link would give ENOENT
  } catch (e) {
    osErrorFrom(e, pa.obj);
  }
  // By pid rather than /proc/self: mkfifo passes the name to a child process.
  const dir = `/proc/${process.pid}/fd/${fd}/`;
  return { ...pa, node: typeof pa.node === 'string' ? dir + pa.node : Buffer.concat([Buffer.from(dir), pa.node]) };
}

function notImplementedType(): PyType {
  return exceptionTypesRef.get('NotImplementedError')!;
}
import { exceptionTypes as exceptionTypesRef } from '../objects/exceptions.js';

void [iteratorType, PyNativeIter, TF_BASETYPE, strOf];
