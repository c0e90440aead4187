// Kernel pipes for os.pipe(), subprocess and select, on Node, which cannot call pipe(2), fcntl(2) or
// poll(2). A pipe is made from a FIFO: open its read end O_NONBLOCK (an "anchor", which does not wait for
// a writer), then the write end (a reader exists, so it opens at once), then the read end again, blocking
// (a writer exists), and unlink the path. The two blocking descriptors are a genuine pipe: EOF when every
// writer is closed, EPIPE when every reader is, inheritable by children (Node opens with O_CLOEXEC, so only
// the ones handed to a child reach it). FIFOs are made by mkfifo(1) in a private directory, several per
// spawn, and kept in a pool.
//
// Readiness: Node cannot poll, so a pipe end we made (or a FIFO met by select) gets a second, non-blocking
// open file description of the same pipe, opened through /proc/self/fd/N (O_NONBLOCK belongs to the
// description, so the one a child shares stays blocking). poll() tries a non-blocking read into a pushback
// buffer (data or EOF means readable) and every read serves that buffer first. A blocking write to a full
// pipe retries on the non-blocking description while draining the read ends this process holds into their
// buffers, so that communicate() cannot deadlock with a child blocked writing its output.
// os.set_blocking(fd, False) is emulated: reads and writes of that fd use the non-blocking description.
import { sleepMs } from '../vm/threads.js';
import { openSync, closeSync, readSync, writeSync, unlinkSync, mkdtempSync, rmSync, readdirSync, fstatSync, readFileSync, constants as fsc } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { PyException } from '../objects/exceptions.js';
import { errnoOf, raiseErrno } from './errno.js';


function nodeErrno(e: unknown): number {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) throw e;
  return errnoOf(code);
}

/** One end of a pipe, by the descriptor Python sees. */
class PipeEnd {
  declare fd: number;
  declare reading: boolean;
  /** A non-blocking description of the same pipe (-1 until needed). */
  declare nb: number;
  /** Bytes read ahead by poll(), served first by reads: buf[start..end). */
  declare buf: Uint8Array | null;
  declare start: number;
  declare end: number;
  /** poll() saw end of file: the next read returns b''. */
  declare eof: boolean;
  /** os.get_blocking(fd). */
  declare blocking: boolean;
  /** The description of `fd` itself is non-blocking (a dup opened it so): blocking reads wait by polling. */
  declare fdNb: boolean;
  /** What all descriptors of a pipe made here share (null: a FIFO from elsewhere). */
  declare pipe: PipeState | null;
  constructor(fd: number, reading: boolean, nb: number) {
    this.fd = fd;
    this.reading = reading;
    this.nb = nb;
    this.buf = null;
    this.start = 0;
    this.end = 0;
    this.eof = false;
    this.blocking = true;
    this.fdNb = false;
    this.pipe = null;
  }
}

class PipeState {
  /** A descriptor of the pipe went to a child (fork_exec): another process may use it. */
  declare shared: boolean;
  constructor() {
    this.shared = false;
  }
}

/** Pipe ends by descriptor. */
const ends = new Map<number, PipeEnd>();

export function pipeEnd(fd: number): PipeEnd | undefined {
  return ends.size === 0 ? undefined : ends.get(fd);
}

// ---------------------------------------------------------------------------
// The pool of FIFOs

let dir: string | null = null;
let serial = 0;
/** Paths made (or being made by a background mkfifo) and not used yet. */
const pool: string[] = [];
/** Paths whose background mkfifo may still be running. */
const pending = new Set<string>();

function privateDir(): string {
  if (dir === null) {
    const base0 = process.env.TMPDIR || '/tmp';
    const base = base0.endsWith('/') ? base0 : base0 + '/';
    sweep(base);
    try {
      dir = mkdtempSync(`${base}typhon-pipes-${process.pid}-`);
    } catch (e) {
      raiseErrno(nodeErrno(e));
    }
    const d = dir;
    // Unused FIFOs are files: remove them with the directory when the process ends.
    process.on('exit', () => {
      try {
        rmSync(d, { recursive: true, force: true });
      } catch {
        /* nothing to do */
      }
    });
  }
  return dir;
}

/** Remove the FIFO directories of Typhon processes that were killed before their exit hook ran. */
function sweep(base: string): void {
  try {
    for (const name of readdirSync(base)) {
      const m = /^typhon-pipes-(\d+)-/.exec(name);
      if (m === null) continue;
      try {
        process.kill(Number(m[1]), 0);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(base + name, { recursive: true, force: true });
      }
    }
  } catch {
    /* best effort */
  }
}

function newNames(n: number): string[] {
  const d = privateDir();
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${d}/p${serial++}`);
  return out;
}

/**
 * Run `f` with descriptors 0-2 open: where Python closed one, /dev/null holds its place meanwhile. libuv
 * creates descriptors of its own while spawning (spawnSync's loop, the SIGCHLD pipe), and aborts the
 * process when it later closes one numbered 0-2, or breaks when Python's dup2 closes it.
 */
export function withStdFds<T>(f: () => T): T {
  const held: number[] = [];
  for (let fd = 0; fd <= 2; fd++) {
    try {
      fstatSync(fd);
    } catch {
      for (;;) {
        const n = openSync('/dev/null', 'r');
        held.push(n);
        if (n >= fd) break;
      }
    }
  }
  try {
    return f();
  } finally {
    for (const n of held) closeSync(n);
  }
}

function mkfifoSync(names: string[]): void {
  const r = withStdFds(() => spawnSync('mkfifo', ['-m', '600', ...names], { stdio: 'ignore' }));
  if (r.error !== undefined) raiseErrno(nodeErrno(r.error));
}

/** A FIFO path that exists now. */
function takeFifo(): string {
  if (pool.length === 0) {
    const names = newNames(8);
    mkfifoSync(names);
    pool.push(...names);
  }
  const p = pool.shift()!;
  if (pool.length < 4) {
    // Refill in the background: a Popen needs up to four pipes, and a synchronous mkfifo costs a few ms.
    const names = newNames(16);
    try {
      const c = withStdFds(() => spawn('mkfifo', ['-m', '600', ...names], { stdio: 'ignore' }));
      c.on('error', () => undefined);
      c.unref();
      for (const n of names) pending.add(n);
      pool.push(...names);
    } catch {
      /* the next takeFifo makes them synchronously */
    }
  }
  return p;
}

/** os.pipe(): [read fd, write fd], both blocking. */
export function makePipe(): [number, number] {
  for (;;) {
    const p = takeFifo();
    let anchor: number;
    try {
      anchor = openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK);
    } catch (e) {
      if (pending.has(p) && nodeErrno(e) === 2) {
        // Its background mkfifo has not run yet: make the rest of that batch now.
        const rest = [p, ...pool.filter((q) => pending.has(q))];
        for (const q of rest) pending.delete(q);
        try {
          mkfifoSync(rest);
        } catch {
          /* reported by the open below */
        }
        pool.unshift(p);
        continue;
      }
      raiseErrno(nodeErrno(e));
    }
    pending.delete(p);
    let w = -1;
    let r = -1;
    try {
      w = openSync(p, fsc.O_WRONLY);
      r = openSync(p, fsc.O_RDONLY);
      unlinkSync(p);
    } catch (e) {
      for (const fd of [anchor, w, r]) if (fd >= 0) closeSync(fd);
      raiseErrno(nodeErrno(e));
    }
    // The anchor stays open as the read end's non-blocking description.
    const re = new PipeEnd(r, true, anchor);
    const we = new PipeEnd(w, false, -1);
    re.pipe = we.pipe = new PipeState();
    ends.set(r, re);
    ends.set(w, we);
    return [r, w];
  }
}

// ---------------------------------------------------------------------------
// Descriptors

/** The entry of `fd` if it is a FIFO, registering one met for the first time (select on stdin...). */
export function pipeEndOf(fd: number): PipeEnd | undefined {
  const e = pipeEnd(fd);
  if (e !== undefined) return e;
  // Standard streams are read by sys.ts itself, which would not see bytes read ahead here.
  if (fd <= 2) return undefined;
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return undefined;
  }
  if (!st.isFIFO()) return undefined;
  let reading = true;
  try {
    const m = /flags:\s*([0-7]+)/.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'));
    if (m !== null) reading = (parseInt(m[1], 8) & 3) !== fsc.O_WRONLY;
  } catch {
    /* assume a read end */
  }
  const n = new PipeEnd(fd, reading, -1);
  ends.set(fd, n);
  return n;
}

function nbOf(e: PipeEnd): number {
  if (e.nb < 0) {
    try {
      e.nb = openSync(`/proc/self/fd/${e.fd}`, (e.reading ? fsc.O_RDONLY : fsc.O_WRONLY) | fsc.O_NONBLOCK);
    } catch (err) {
      const n = nodeErrno(err);
      // ENXIO: a FIFO without readers cannot be opened for writing; write(2) would say EPIPE.
      raiseErrno(n === 6 ? 32 : n);
    }
  }
  return e.nb;
}

/** fork_exec gives `fd` to a child. */
export function markShared(fd: number): void {
  const e = pipeEnd(fd);
  if (e !== undefined && e.pipe !== null) e.pipe.shared = true;
}

/**
 * Whether another process may make `e` ready: false for a pipe made here none of whose descriptors went
 * to a child (only this single thread could feed it: waiting forever for it would hang).
 */
export function externallyFed(e: PipeEnd): boolean {
  return e.pipe === null || e.pipe.shared;
}

/** os.close(fd) of a pipe end: its non-blocking twin goes too (else it would keep the pipe alive). */
export function forgetFd(fd: number): void {
  const e = pipeEnd(fd);
  if (e === undefined) return;
  ends.delete(fd);
  if (e.nb >= 0) {
    try {
      closeSync(e.nb);
    } catch {
      /* already gone */
    }
    e.nb = -1;
  }
}

export function getBlocking(fd: number): boolean | undefined {
  const e = pipeEndOf(fd);
  return e === undefined ? undefined : e.blocking;
}

export function setBlocking(fd: number, blocking: boolean): boolean {
  const e = pipeEndOf(fd);
  if (e === undefined) return false;
  e.blocking = blocking;
  return true;
}

// ---------------------------------------------------------------------------
// Reads and writes

const CHUNK = 65536;

/**
 * One non-blocking read from the pipe into its pushback buffer: the count, 0 at end of file, -1 when it
 * would block.
 */
function fill(e: PipeEnd): number {
  const nb = nbOf(e);
  if (e.buf === null) e.buf = new Uint8Array(CHUNK);
  if (e.start === e.end) e.start = e.end = 0;
  if (e.buf.length - e.end < CHUNK) {
    const live = e.end - e.start;
    if (live + CHUNK > e.buf.length) {
      const nbuf = new Uint8Array(Math.max(e.buf.length * 2, live + CHUNK));
      nbuf.set(e.buf.subarray(e.start, e.end), 0);
      e.buf = nbuf;
    } else {
      e.buf.copyWithin(0, e.start, e.end);
    }
    e.start = 0;
    e.end = live;
  }
  try {
    const n = readSync(nb, e.buf, e.end, e.buf.length - e.end, null);
    if (n === 0) e.eof = true;
    e.end += n;
    return n;
  } catch (err) {
    const n = nodeErrno(err);
    if (n === 11 || n === 4) return -1;
    raiseErrno(n);
  }
}

/** read(2) of at most `n` bytes from a pipe end into `buf` at `off`. */
export function readPipe(e: PipeEnd, buf: Uint8Array, off: number, n: number): number {
  if (e.end > e.start) {
    const k = Math.min(n, e.end - e.start);
    buf.set(e.buf!.subarray(e.start, e.start + k), off);
    e.start += k;
    return k;
  }
  if (e.eof) {
    e.eof = false;
    return 0;
  }
  if (n === 0) return 0;
  let delay = 0.05;
  for (;;) {
    try {
      // Blocking: the kernel waits, as CPython's read(2) does.
      return readSync(e.blocking ? e.fd : nbOf(e), buf, off, n, null);
    } catch (err) {
      const c = nodeErrno(err);
      // EINTR (a signal Node handles, as SIGUSR1) is retried, as CPython retries (PEP 475).
      if (c === 4) continue;
      if (c !== 11 || !e.blocking) raiseErrno(c);
      sleepMs(delay);
      delay = Math.min(delay * 2, 5);
    }
  }
}

/** A FIFO descriptor opened non-blocking by dup/dup2 of `src`; `blocking` is what Python sees. */
export function pipeRedescribed(fd: number, blocking: boolean, src: number): void {
  forgetFd(fd);
  const e = pipeEndOf(fd);
  if (e === undefined) return;
  e.fdNb = true;
  e.blocking = blocking;
  e.pipe = pipeEnd(src)?.pipe ?? null;
}

/** Read what the read ends this process holds have to give into their buffers. */
function drainAll(): void {
  for (const e of ends.values()) {
    if (!e.reading || e.eof) continue;
    try {
      while (fill(e) > 0) { /* more */ }
    } catch {
      /* reported when the fd itself is read */
    }
  }
}

/** write(2) to a pipe end: all of `data` when blocking; what fits otherwise (BlockingIOError if nothing). */
export function writePipe(e: PipeEnd, data: Uint8Array): number {
  if (data.length === 0) return 0;
  let nb: number;
  try {
    nb = nbOf(e);
  } catch (err) {
    // No reader: the plain write raises BrokenPipeError (Node ignores SIGPIPE).
    if (err instanceof PyException) {
      try {
        return writeSync(e.fd, data, 0, data.length, null);
      } catch (err2) {
        raiseErrno(nodeErrno(err2));
      }
    }
    throw err;
  }
  let off = 0;
  let delay = 0.05;
  for (;;) {
    try {
      off += writeSync(nb, data, off, data.length - off, null);
      if (off === data.length) return off;
      delay = 0.05;
    } catch (err) {
      const c = nodeErrno(err);
      if (c === 4) continue;
      if (c !== 11) raiseErrno(c);
      if (!e.blocking) {
        if (off > 0) return off;
        raiseErrno(11);
      }
      // Full: let the children we read from make progress while the reader of this pipe catches up.
      drainAll();
      sleepMs(delay);
      delay = Math.min(delay * 2, 4);
    }
  }
}

// ---------------------------------------------------------------------------
// Readiness, for select.ts

export const POLLIN = 1;
export const POLLOUT = 4;
export const POLLERR = 8;
export const POLLHUP = 16;

/** What poll(2) would report for a pipe end. */
export function pipeReadiness(e: PipeEnd): number {
  if (e.reading) {
    // Read ahead even with data buffered: reaching the end tells that the writers are gone (POLLHUP).
    if (!e.eof) fill(e);
    return (e.end > e.start ? POLLIN : 0) | (e.eof ? POLLHUP : 0);
  }
  // A write end: writable unless nobody reads (the space left in the pipe cannot be measured: a write
  // that finds it full waits, draining our other pipes meanwhile).
  try {
    const probe = openSync(`/proc/self/fd/${e.fd}`, fsc.O_WRONLY | fsc.O_NONBLOCK);
    closeSync(probe);
  } catch {
    return POLLOUT | POLLERR;
  }
  return POLLOUT;
}
