// The fcntl module (Modules/fcntlmodule.c) on Linux. Node makes none of fcntl(2), ioctl(2), flock(2)
// or lockf(3), so each command answers from what Typhon knows of its descriptors:
// - F_GETFL is the kernel's open flags (/proc/self/fdinfo), with O_NONBLOCK as Typhon keeps it for pipe ends,
//   sockets and regular files; F_SETFL applies O_NONBLOCK to those and ignores the other bits;
// - F_GETFD/F_SETFD are os.get_inheritable/set_inheritable; F_DUPFD(_CLOEXEC) is os.dup's reopening,
//   at the lowest free number >= the argument;
// - F_GETPIPE_SZ/F_SETPIPE_SZ keep the size asked for per pipe (65536 at first) without resizing the
//   kernel's buffer;
// - record locks (F_SETLK, F_SETLKW, F_OFD_SETLK...), flock() and lockf() succeed without locking, and
//   F_GETLK reports the region unlocked: only this process's threads, which Typhon runs one at a time,
//   are accounted for; other processes are not kept out;
// - F_GETOWN/F_GETSIG answer 0, F_GETLEASE F_UNLCK, and their setters and F_NOTIFY succeed without
//   effect; other commands are EINVAL;
// - ioctl() knows TIOCGWINSZ on a terminal (through stty(1)); on other descriptors every request is
//   ENOTTY, other requests on a terminal EINVAL.
import { fstatSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { PyValue, PyDict, PyModule, PyBuiltin, PyBytesObj, None } from '../objects/object.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { index, truthy } from '../objects/abstract.js';
import { asBytes, getBuffer } from '../objects/bytes.js';
import { anyStr, fildesArg as fdArg, intArg } from './args.js';
import { encodeText } from './_codecs.js';
import { raiseErrno, errnoOf } from './errno.js';
import { fdFlags, reopenFd, closeFd, getInheritable, inheritable, isattyFd, trackedBlocking, setTrackedBlocking } from './posix.js';
import { withStdFds } from './pipes.js';

const CONSTS: [string, number][] = [
  ['DN_ACCESS', 1], ['DN_ATTRIB', 32], ['DN_CREATE', 4], ['DN_DELETE', 8], ['DN_MODIFY', 2], ['DN_MULTISHOT', 2147483648],
  ['DN_RENAME', 16], ['FASYNC', 8192], ['FD_CLOEXEC', 1], ['F_ADD_SEALS', 1033], ['F_DUPFD', 0], ['F_DUPFD_CLOEXEC', 1030],
  ['F_EXLCK', 4], ['F_GETFD', 1], ['F_GETFL', 3], ['F_GETLEASE', 1025], ['F_GETLK', 5], ['F_GETLK64', 5], ['F_GETOWN', 9],
  ['F_GETPIPE_SZ', 1032], ['F_GETSIG', 11], ['F_GET_SEALS', 1034], ['F_NOTIFY', 1026], ['F_OFD_GETLK', 36],
  ['F_OFD_SETLK', 37], ['F_OFD_SETLKW', 38], ['F_RDLCK', 0], ['F_SEAL_GROW', 4], ['F_SEAL_SEAL', 1], ['F_SEAL_SHRINK', 2],
  ['F_SEAL_WRITE', 8], ['F_SETFD', 2], ['F_SETFL', 4], ['F_SETLEASE', 1024], ['F_SETLK', 6], ['F_SETLK64', 6],
  ['F_SETLKW', 7], ['F_SETLKW64', 7], ['F_SETOWN', 8], ['F_SETPIPE_SZ', 1031], ['F_SETSIG', 10], ['F_SHLCK', 8],
  ['F_UNLCK', 2], ['F_WRLCK', 1], ['LOCK_EX', 2], ['LOCK_MAND', 32], ['LOCK_NB', 4], ['LOCK_READ', 64], ['LOCK_RW', 192],
  ['LOCK_SH', 1], ['LOCK_UN', 8], ['LOCK_WRITE', 128],
];
const O_NONBLOCK = 2048;
const TIOCGWINSZ = 0x5413;

/** The 'I' format: an unsigned int, wrapped without an overflow check. */
function cUInt(v: PyValue): number {
  return Number(BigInt.asUintN(32, BigInt(index(v))));
}

/** EBADF unless fd is open. */
function checkOpen(fd: number): void {
  try {
    fstatSync(fd);
  } catch (e) {
    raiseErrno(errnoOf((e as NodeJS.ErrnoException).code));
  }
}

/** The inode of the pipe (or FIFO) `fd` is an end of; EBADF when it is none. */
function pipeOf(fd: number): number {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    raiseErrno(9);
  }
  if (!st.isFIFO()) raiseErrno(9);
  return st.ino;
}

/** A record lock of type `type` (F_RDLCK 0, F_WRLCK 1) needs fd open for reading, for writing: EBADF otherwise. */
function lockAccess(fd: number, type: number): void {
  const mode = fdFlags(fd) & 3;
  if ((type === 0 && mode === 1) || (type === 1 && mode === 0)) raiseErrno(9);
}

/** Sizes set by F_SETPIPE_SZ, by pipe inode (both ends, every descriptor, share the pipe's size). */
const pipeSizes = new Map<number, number>();

/** A new descriptor for fd's file, numbered at least `min`. */
function dupAtLeast(fd: number, min: number): number {
  const lower: number[] = [];
  try {
    for (;;) {
      const n = reopenFd(fd);
      if (n >= min) return n;
      lower.push(n);
    }
  } finally {
    for (const n of lower) closeFd(n);
  }
}

/** One fcntl(2) command with an integer argument. */
function fcntlInt(fd: number, cmd: number, arg: number): number {
  switch (cmd) {
    case 0: // F_DUPFD
    case 1030: { // F_DUPFD_CLOEXEC
      if (arg < 0 || arg > 1048575) raiseErrno(22);
      const n = dupAtLeast(fd, arg);
      inheritable.set(n, cmd === 0);
      return n;
    }
    case 1: // F_GETFD
      return getInheritable(fd) ? 0 : 1;
    case 2: // F_SETFD
      getInheritable(fd);
      inheritable.set(fd, (arg & 1) === 0);
      return 0;
    case 3: { // F_GETFL
      let flags = fdFlags(fd) & ~0o2000000; // O_CLOEXEC is a descriptor flag, not shown by F_GETFL
      const b = trackedBlocking(fd);
      if (b !== undefined) flags = b ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
      return flags;
    }
    case 4: // F_SETFL
      setTrackedBlocking(fd, (arg & O_NONBLOCK) === 0);
      return 0;
    case 1032: // F_GETPIPE_SZ
      return pipeSizes.get(pipeOf(fd)) ?? 65536;
    case 1031: { // F_SETPIPE_SZ
      const pipe = pipeOf(fd);
      if (arg > 1048576) raiseErrno(1);
      let size = 4096;
      while (size < arg) size *= 2;
      pipeSizes.set(pipe, size);
      return size;
    }
    case 6: case 7: case 37: case 38: // F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW
    case 8: case 10: case 1024: case 1026: // F_SETOWN, F_SETSIG, F_SETLEASE, F_NOTIFY
      return 0;
    case 9: case 11: // F_GETOWN, F_GETSIG
      return 0;
    case 1025: // F_GETLEASE
      return 2;
    default:
      raiseErrno(22);
  }
}

/** `rows cols` of the terminal on fd, from stty(1) run on it. */
function winsize(fd: number): [number, number] {
  const r = withStdFds(() => spawnSync('stty', ['size'], { stdio: [fd, 'pipe', 'ignore'], encoding: 'latin1' }));
  const m = /^(\d+) (\d+)/.exec(r.stdout ?? '');
  if (m === null) raiseErrno(25);
  return [Number(m[1]), Number(m[2])];
}

export function makeFcntlModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('fcntl', d);
  d.setStr('__doc__', 'This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object.');
  for (const [k, v] of CONSTS) d.setStr(k, v);
  const def = (name: string, fn: (args: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
      return fn(args);
    }, m));
  };
  const count = (name: string, args: PyValue[], min: number, max: number): void => {
    if (args.length < min || args.length > max) {
      typeError(`${name} expected ${min === max ? '' : args.length < min ? 'at least ' : 'at most '}${args.length < min ? min : max} argument${(args.length < min ? min : max) === 1 ? '' : 's'}, got ${args.length}`);
    }
  };
  /** A str or bytes-like third argument: its bytes (a copy), at most 1024. */
  const bufArg = (v: PyValue, what: string): Uint8Array | undefined => {
    const s = anyStr(v);
    const b = s !== undefined ? encodeText(s, 'utf-8', 'strict') : asBytes(v);
    if (b === undefined) return undefined;
    if (b.length > 1024) valueError(`${what} string arg too long`);
    return b.slice();
  };

  def('fcntl', (args) => {
    count('fcntl', args, 2, 3);
    const fd = fdArg(args[0]);
    const cmd = intArg(args[1]);
    const arg = args.length > 2 ? args[2] : 0;
    const buf = bufArg(arg, 'fcntl');
    checkOpen(fd);
    if (buf !== undefined) {
      if (cmd === 5 || cmd === 36) { // F_GETLK, F_OFD_GETLK: struct flock's l_type (a short, first) becomes F_UNLCK
        if (buf.length >= 2) {
          buf[0] = 2;
          buf[1] = 0;
        }
      } else {
        if ((cmd === 6 || cmd === 7 || cmd === 37 || cmd === 38) && buf.length >= 2) lockAccess(fd, buf[0] | (buf[1] << 8));
        fcntlInt(fd, cmd, 0);
      }
      return new PyBytesObj(buf);
    }
    const n = cUInt(arg);
    return fcntlInt(fd, cmd, n | 0);
  });
  def('ioctl', (args) => {
    count('ioctl', args, 2, 4);
    const fd = fdArg(args[0]);
    const req = cUInt(args[1]);
    const arg = args.length > 2 ? args[2] : 0;
    const mutate = args.length > 3 ? truthy(args[3]) : true;
    const w = getBuffer(arg);
    const mutable = w !== undefined && !w.readonly;
    const buf = bufArg(arg, 'ioctl');
    if (buf === undefined) cUInt(arg);
    checkOpen(fd);
    if (!isattyFd(fd)) raiseErrno(25);
    if (req !== TIOCGWINSZ || buf === undefined) raiseErrno(22);
    const [rows, cols] = winsize(fd);
    const out = buf.slice();
    if (out.length >= 4) {
      out[0] = rows & 255;
      out[1] = rows >> 8;
      out[2] = cols & 255;
      out[3] = cols >> 8;
    }
    if (mutable && mutate) {
      w.data.set(out.subarray(0, w.data.length));
      return 0;
    }
    return new PyBytesObj(out);
  });
  def('flock', (args) => {
    count('flock', args, 2, 2);
    const fd = fdArg(args[0]);
    const op = intArg(args[1]);
    checkOpen(fd);
    // Linux ignores LOCK_MAND requests (since 5.15) and refuses other unknown operations.
    const base = op & ~4;
    if ((op & 32) === 0 && base !== 1 && base !== 2 && base !== 8) raiseErrno(22);
    return None;
  });
  def('lockf', (args) => {
    count('lockf', args, 2, 5);
    const fd = fdArg(args[0]);
    const cmd = intArg(args[1]);
    for (let i = 2; i < args.length; i++) index(args[i]);
    if (cmd !== 8 && (cmd & 3) === 0) valueError('unrecognized lockf argument');
    checkOpen(fd);
    if (cmd !== 8) lockAccess(fd, (cmd & 1) !== 0 ? 0 : 1);
    return None;
  });
  return m;
}
