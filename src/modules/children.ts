// Child processes started by _posixsubprocess.fork_exec, and os.waitpid over them. Node's libuv reaps a
// child from its SIGCHLD handler only when the event loop turns, which it does not while Python runs. Until
// then the child is a zombie: /proc/<pid>/stat shows state Z and its field 52 (exit_code, Linux >= 3.5) is
// the wait status. When the loop did turn, libuv has reaped it and the ChildProcess 'exit' event, recorded
// here, gives the status instead.
import type { ChildProcess } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { raiseErrno } from './errno.js';
import { statFields } from './resource.js';
import { sleepMs } from '../vm/threads.js';

class Child {
  declare pid: number;
  /** The wait status once known (-1 before). */
  declare status: number;
  declare proc: ChildProcess;
  /** What it used, read with its status while a zombie: [utime, stime] in clock ticks, minflt, majflt. */
  declare usage: number[] | null;
  constructor(pid: number, proc: ChildProcess) {
    this.pid = pid;
    this.status = -1;
    this.proc = proc;
    this.usage = null;
  }
}

/** Children not yet waited for, by pid. */
const children = new Map<number, Child>();

export function addChild(proc: ChildProcess): void {
  const c = new Child(proc.pid!, proc);
  children.set(c.pid, c);
  proc.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
    // The listener belongs to this Child, not to whatever holds its pid in the table later.
    if (signal !== null) c.status = (osConstants.signals as Record<string, number>)[signal] ?? 0;
    else c.status = ((code ?? 0) & 0xff) << 8;
  });
  // A child left running does not keep Typhon alive (CPython does not wait for it either).
  proc.unref();
}

/** The wait status of a zombie child, from /proc (with what it used), or -1 while it runs. */
function zombieStatus(c: Child): number {
  let rest: string[];
  try {
    rest = statFields(`/proc/${c.pid}/stat`);
  } catch {
    return -1;
  }
  if (rest[0] !== 'Z' && rest[0] !== 'X') return -1;
  // Fields 14, 15 (utime, stime), 10 and 12 (minflt, majflt); wait4 counts the child's reaped children too.
  const f = (n: number): number => Number(rest[n - 3]) || 0;
  c.usage = [f(14) + f(16), f(15) + f(17), f(10) + f(11), f(12) + f(13)];
  const st = Number(rest[52 - 3]);
  return Number.isFinite(st) ? st : 0;
}

function statusOf(c: Child): number {
  if (c.status >= 0) return c.status;
  const z = zombieStatus(c);
  if (z >= 0) c.status = z;
  return c.status;
}


const WNOHANG = 1;

/** os.waitpid(pid, options): [pid, status], [0, 0] for WNOHANG while running; ECHILD without such child. */
export function waitpid(pid: number, options: number): [number, number] {
  const [p, status] = wait4(pid, options);
  return [p, status];
}

/**
 * os.wait4(pid, options): waitpid's answer and what the child used, [utime, stime] in clock ticks, minflt,
 * majflt (zeros when libuv reaped it first, after an event loop's turn).
 */
export function wait4(pid: number, options: number): [number, number, number[]] {
  const done = (c: Child, st: number): [number, number, number[]] => {
    children.delete(c.pid);
    return [c.pid, st, c.usage ?? [0, 0, 0, 0]];
  };
  let delay = 0.05;
  for (;;) {
    if (pid > 0) {
      const c = children.get(pid);
      if (c === undefined) raiseErrno(10);
      const st = statusOf(c);
      if (st >= 0) return done(c, st);
    } else {
      // -1 (any child), 0 and < -1 (process groups: Typhon's children are all of its own group).
      if (children.size === 0) raiseErrno(10);
      for (const c of children.values()) {
        const st = statusOf(c);
        if (st >= 0) return done(c, st);
      }
    }
    if (options & WNOHANG) return [0, 0, [0, 0, 0, 0]];
    sleepMs(delay);
    delay = Math.min(delay * 2, 5);
  }
}
