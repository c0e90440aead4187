// Kernel pipes for os.pipe(), subprocess and select, on Node, which cannot call pipe(2), fcntl(2) or
// poll(2). Pipes are made by a shell (below) and opened here through /proc: genuine anonymous pipes, EOF
// when every writer is closed, EPIPE when every reader is, inheritable by children (Node opens with
// O_CLOEXEC, so only the ones handed to a child reach it).
//
// Readiness: Node cannot poll, so a pipe end we made (or a FIFO met by select) gets a second, non-blocking
// open file description of the same pipe, opened through /proc/self/fd/N (O_NONBLOCK belongs to the
// description, so the one a child shares stays blocking). poll() tries a non-blocking read into a pushback
// buffer (data or EOF means readable) and every read serves that buffer first. A blocking write to a full
// pipe retries on the non-blocking description while draining the read ends this process holds into their
// buffers, so that communicate() cannot deadlock with a child blocked writing its output.
// os.set_blocking(fd, False) is emulated: reads and writes of that fd use the non-blocking description.
import { sleepMs } from '../vm/threads.js';
import { openSync, closeSync, readSync, writeSync, readdirSync, readlinkSync, fstatSync, readFileSync, constants as fsc } from 'node:fs';
import { spawn } from 'node:child_process';
import { PyException } from '../objects/exceptions.js';
import { errnoOf, raiseErrno } from './errno.js';
import { statFields } from './resource.js';


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
// Where pipes come from
//
// A shell makes pipes for a pipeline, and /proc/PID/fd/N opens another process's pipe (either end, whatever
// that process holds). A source is `sh -c` running a pipeline of SOURCE_PIPES + 1 stages, each of which gives
// up its read end (`exec 0<&9`) and waits reading the shell's stdin, a socket to this process: stage i then
// holds only the write end of pipe i, on its fd 1. Taking pipe i opens it through /proc/<stage i>/fd/1 and
// kills stage i; this process then holds every descriptor of a genuine anonymous pipe. Stages end by
// themselves when this process ends (their socket closes), so a killed Typhon leaves nothing behind.
// Named FIFOs (mkfifo) were used before, but a FIFO's open() for reading waits for a writer: a child that
// opened /dev/stdin after the parent had closed its end (`cat /dev/stdin`, communicate(b'')) hung.

const SOURCE_PIPES = 8;

class PipeSource {
  declare shell: number;
  /** Stages holding a pipe not taken yet, with that pipe's inode (null until the pipeline is set up). */
  declare stages: { pid: number; ino: number }[] | null;
  constructor(shell: number) {
    this.shell = shell;
    this.stages = null;
  }
}

/** Sources, oldest first: the first ones are set up, the last may not be yet. */
const sources: PipeSource[] = [];

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

function startSource(): PipeSource {
  const stage = '{ exec 0<&9; read x; }';
  const script = 'exec 9<&0; ' + Array.from({ length: SOURCE_PIPES + 1 }, () => stage).join(' | ');
  let c;
  try {
    c = withStdFds(() => spawn('/bin/sh', ['-c', script], { stdio: ['pipe', 'ignore', 'ignore'] }));
  } catch (e) {
    raiseErrno(nodeErrno(e));
  }
  if (c.pid === undefined) raiseErrno(11); // EAGAIN: the spawn failed (its error event follows)
  c.on('error', () => undefined);
  c.stdin!.on('error', () => undefined);
  // Neither the shell nor its socket keeps this process alive.
  c.unref();
  (c.stdin as unknown as { unref(): void }).unref();
  const s = new PipeSource(c.pid);
  sources.push(s);
  return s;
}

function linkOf(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/** The pids of `pid`'s children (from /proc/PID/task/PID/children, else by scanning /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1').split(' ').filter((x) => x !== '').map(Number);
  } catch {
    const out: number[] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        if (Number(statFields(`/proc/${name}/stat`)[1]) === pid) out.push(Number(name));
      } catch {
        /* gone */
      }
    }
    return out;
  }
}

/**
 * Whether `s`'s pipeline is set up: every stage forked with its pipe on fd 1 and no read end kept (its fd 0
 * is the socket), and the shell holding no pipe end of it (it closes its copies as it forks the stages).
 */
function sourceReady(s: PipeSource): boolean {
  if (s.stages !== null) return true;
  const kids = childrenOf(s.shell);
  if (kids.length !== SOURCE_PIPES + 1) return false;
  const stages: { pid: number; ino: number }[] = [];
  const inos = new Set<string>();
  let last = -1;
  for (const pid of kids) {
    const out = linkOf(`/proc/${pid}/fd/1`);
    if (out !== null && out.startsWith('pipe:[')) {
      stages.push({ pid, ino: Number(out.slice(6, -1)) });
      inos.add(out);
    } else last = pid;
  }
  if (stages.length !== SOURCE_PIPES || last < 0) return false;
  for (const pid of kids) if (!linkOf(`/proc/${pid}/fd/0`)?.startsWith('socket:')) return false;
  try {
    for (const fd of readdirSync(`/proc/${s.shell}/fd`)) if (inos.has(linkOf(`/proc/${s.shell}/fd/${fd}`)!)) return false;
  } catch {
    return false;
  }
  s.stages = stages;
  kill(last);
  return true;
}

/** Whether process `pid` runs (is neither gone nor a zombie). */
function running(pid: number): boolean {
  try {
    const state = statFields(`/proc/${pid}/stat`)[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Send SIGKILL to `pid`; false when there is no such process. */
function sigkill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

/** Kill a stage and wait until it has exited (its descriptors closed: EOF and EPIPE are then as they should be). */
function kill(pid: number): void {
  if (!sigkill(pid)) return;
  for (let i = 0; running(pid); i++) if (i > 10) sleepMs(0.1);
}

/** A stage holding a fresh pipe and its source, taken from the pool (refilled in the background). */
function takeStage(): [{ pid: number; ino: number }, PipeSource] {
  for (let tries = 0; ; tries++) {
    while (sources.length > 0 && sources[0].stages !== null && sources[0].stages.length === 0) sources.shift();
    if (sources.length === 0) startSource();
    const s = sources[0];
    const start = Date.now();
    while (!sourceReady(s) && running(s.shell) && Date.now() - start < 5000) sleepMs(0.2);
    if (s.stages === null) {
      // Its shell failed or was killed: another one, once.
      sources.shift();
      sigkill(s.shell);
      if (tries > 0) raiseErrno(11); // EAGAIN
      continue;
    }
    const stage = s.stages.shift()!;
    // A Popen needs up to four pipes, and setting a source up takes a few milliseconds.
    let left = 0;
    for (const t of sources) left += t.stages === null ? SOURCE_PIPES : t.stages.length;
    if (left < 4) {
      try {
        startSource();
      } catch {
        /* the next takeStage starts one */
      }
    }
    return [stage, s];
  }
}

/** os.pipe(): [read fd, write fd], both blocking. */
export function makePipe(): [number, number] {
  for (let attempt = 0; ; attempt++) {
    const [{ pid, ino }, source] = takeStage();
    const path = `/proc/${pid}/fd/1`;
    const fds: number[] = [];
    let err = 0;
    try {
      // A non-blocking read end (the read end's twin, for polling), the write end, the read end.
      for (const flags of [fsc.O_RDONLY | fsc.O_NONBLOCK, fsc.O_WRONLY, fsc.O_RDONLY]) fds.push(openSync(path, flags));
      // Another pipe: the stage died and its pid went to another process.
      if (fstatSync(fds[1]).ino !== ino) err = 11;
    } catch (e) {
      err = nodeErrno(e);
    }
    if (err !== 0) {
      // The stage is gone (killed from outside, with the rest of its pipeline): so is its source.
      for (const fd of fds) closeSync(fd);
      for (const st of source.stages!.splice(0)) sigkill(st.pid);
      if (attempt < 2) continue;
      raiseErrno(err);
    }
    kill(pid);
    const [anchor, w, r] = fds;
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

/** Whether descriptor `fd` of process `pid` is open for reading, from its flags in /proc; null if unknown (closed). */
function readsFrom(pid: number | 'self', fd: number | string): boolean | null {
  try {
    const m = /flags:\s*([0-7]+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1'));
    return m === null ? null : (parseInt(m[1], 8) & 3) !== fsc.O_WRONLY;
  } catch {
    return null;
  }
}

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
  const n = new PipeEnd(fd, readsFrom('self', fd) ?? true, -1);
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
  if (e.pipe !== null) return hasReader(e) ? POLLOUT : POLLOUT | POLLERR;
  // A FIFO from elsewhere: opening it for writing without blocking fails when it has no reader.
  try {
    const probe = openSync(`/proc/self/fd/${e.fd}`, fsc.O_WRONLY | fsc.O_NONBLOCK);
    closeSync(probe);
  } catch {
    return POLLOUT | POLLERR;
  }
  return POLLOUT;
}

/**
 * Whether a pipe made here has a read end open: in this process or, once a child was given a descriptor of
 * it, in this process's descendants (the kernel does not say how many readers a pipe has; a process outside
 * the tree holding it, passed over a socket, is not seen).
 */
function hasReader(e: PipeEnd): boolean {
  const pipe = linkOf(`/proc/self/fd/${e.fd}`);
  if (pipe === null) return false;
  const todo = [process.pid];
  const shells = new Set(sources.map((s) => s.shell));
  while (todo.length > 0) {
    const pid = todo.pop()!;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      if (linkOf(`/proc/${pid}/fd/${fd}`) === pipe && readsFrom(pid, fd) === true) return true;
    }
    if (e.pipe!.shared) for (const c of childrenOf(pid)) if (!shells.has(c)) todo.push(c);
  }
  return false;
}
