// The resource module (Modules/resource.c) on Linux, without the system calls Node lacks:
// - getrlimit/prlimit read /proc/PID/limits (Node raises its own RLIMIT_NOFILE soft limit to the hard
//   one at start-up, so that figure is the process's, not what a shell child would get);
// - setrlimit/prlimit with new values apply them with util-linux's prlimit(1) on this process (a
//   child process, as the kernel's prlimit(2) allows); values equal to the current ones return at once.
//   Without prlimit(1) they raise OSError ENOSYS. Its failures map to CPython's errors: EPERM is
//   "not allowed to raise maximum limit", EINVAL "current limit exceeds maximum limit".
// - getrusage(RUSAGE_SELF) is process.resourceUsage(); RUSAGE_CHILDREN has the reaped children's times
//   and page faults from /proc/self/stat (the rest, which Linux keeps but does not show there, is 0);
//   RUSAGE_THREAD is Node's main thread (all Python threads run on it) from /proc/thread-self.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { PyValue, PyDict, PyModule, PyBuiltin, PyTuple, PyFloat, None } from '../objects/object.js';
import { valueError, typeError, raise, OverflowError, OSError } from '../objects/exceptions.js';
import { index, toArray } from '../objects/abstract.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
import { raiseErrno, errnoOf } from './errno.js';
import { methO, intArg } from './args.js';
import { withStdFds } from './pipes.js';

/** The limits in RLIMIT_* order, with their names in /proc/PID/limits and for prlimit(1). */
const LIMITS: [string, string][] = [
  ['CPU', 'cpu'], ['FSIZE', 'fsize'], ['DATA', 'data'], ['STACK', 'stack'], ['CORE', 'core'], ['RSS', 'rss'],
  ['NPROC', 'nproc'], ['NOFILE', 'nofile'], ['MEMLOCK', 'memlock'], ['AS', 'as'], ['LOCKS', 'locks'],
  ['SIGPENDING', 'sigpending'], ['MSGQUEUE', 'msgqueue'], ['NICE', 'nice'], ['RTPRIO', 'rtprio'], ['RTTIME', 'rttime'],
];
const RLIM_NLIMITS = 16;
const INFINITY = (1n << 64n) - 1n;
/** Clock ticks per second of the times in /proc (USER_HZ). */
export const CLK_TCK = 100;

/** A C long long argument, as PyLong_AsLongLong reports overflow. */
function cLongLong(v: PyValue): bigint {
  const n = BigInt(index(v));
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'Python int too large to convert to C long');
  return n;
}

function resourceArg(v: PyValue): number {
  const r = intArg(v);
  if (r < 0 || r >= RLIM_NLIMITS) valueError('invalid resource specified');
  return r;
}

/** rlim_t as Python sees it: a long long, so RLIM_INFINITY is -1. */
function rlimPy(n: bigint): number | bigint {
  const s = n > 9223372036854775807n ? n - (1n << 64n) : n;
  return s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
}

/** [soft, hard] of every limit of process `pid` (0: this one), unsigned; ESRCH when there is no such process. */
export function readLimits(pid: number): [bigint, bigint][] {
  let text: string;
  try {
    text = readFileSync(pid === 0 ? '/proc/self/limits' : `/proc/${pid}/limits`, 'latin1');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    raiseErrno(code === 'ENOENT' ? 3 : errnoOf(code));
  }
  const out: [bigint, bigint][] = [];
  for (const line of text.split('\n').slice(1)) {
    // The kernel writes "%-25s %-20s %-20s %-10s": a name of several words, then the two limits.
    const f = line.slice(26).trim().split(/\s+/);
    if (f.length < 2) continue;
    const val = (s: string): bigint => (s === 'unlimited' ? INFINITY : /^\d+$/.test(s) ? BigInt(s) : 0n);
    out.push([val(f[0]), val(f[1])]);
  }
  return out;
}

/** [soft, hard] of limit r; a kernel that lists fewer limits than RLIM_NLIMITS refuses the others (EINVAL). */
function limitOf(pid: number, r: number): [bigint, bigint] {
  const l = readLimits(pid)[r];
  if (l === undefined) raiseErrno(22);
  return l;
}

/** py2rlimit: a sequence of two integers, as unsigned rlim_t values. */
function rlimitArg(v: PyValue): [bigint, bigint] {
  const items = toArray(v);
  if (items.length !== 2) valueError('expected a tuple of 2 integers');
  return [cLongLong(items[0]) & INFINITY, cLongLong(items[1]) & INFINITY];
}

/** Set limit `r` of process `pid` to `lim` (after prlimit(2)'s own checks), through prlimit(1). */
function applyLimit(pid: number, r: number, lim: [bigint, bigint], old: [bigint, bigint]): void {
  if (lim[0] === old[0] && lim[1] === old[1]) return;
  if (lim[0] > lim[1]) valueError('current limit exceeds maximum limit');
  const txt = (n: bigint): string => (n === INFINITY ? 'unlimited' : String(n));
  const target = pid === 0 ? process.pid : pid;
  const res = withStdFds(() => spawnSync('prlimit', ['--pid', String(target), `--${LIMITS[r][1]}=${txt(lim[0])}:${txt(lim[1])}`], { encoding: 'latin1' }));
  if (res.error !== undefined) raiseErrno((res.error as NodeJS.ErrnoException).code === 'ENOENT' ? 38 : errnoOf((res.error as NodeJS.ErrnoException).code));
  if (res.status === 0) return;
  const msg = res.stderr ?? '';
  if (msg.includes('Operation not permitted')) valueError('not allowed to raise maximum limit');
  if (msg.includes('Invalid argument')) valueError('current limit exceeds maximum limit');
  if (msg.includes('No such process')) raiseErrno(3);
  raiseErrno(1);
}

/** The numeric fields of /proc/PATH/stat after the command name (field 3 onward: state is index 0). */
export function statFields(path: string): string[] {
  const s = readFileSync(path, 'latin1');
  return s.slice(s.lastIndexOf(')') + 2).split(' ');
}

function statusField(path: string, name: string): number {
  const m = new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(readFileSync(path, 'latin1'));
  return m === null ? 0 : Number(m[1]);
}

let pageSizeCache = 0;

/** getpagesize(): the kernel's page size of this process's mappings (Node has no sysconf), 4096 failing that. */
function pageSize(): number {
  if (pageSizeCache === 0) {
    let m: RegExpExecArray | null = null;
    try {
      m = /KernelPageSize:\s*(\d+) kB/.exec(readFileSync('/proc/self/smaps_rollup', 'latin1')) ?? /KernelPageSize:\s*(\d+) kB/.exec(readFileSync('/proc/self/smaps', 'latin1'));
    } catch {
      /* no /proc */
    }
    pageSizeCache = m === null ? 4096 : Number(m[1]) * 1024;
  }
  return pageSizeCache;
}

const RUSAGE_DOC = 'struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.';

export function makeResourceModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('resource', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  const noKw = (name: string, kw: string[] | null): void => {
    if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  };
  d.setStr('__doc__', None);
  d.setStr('error', OSError);
  const rusageType = makeStructSeqType('resource.struct_rusage', ['ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
    'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw']);
  rusageType.tdict.set('__doc__', RUSAGE_DOC);
  d.setStr('struct_rusage', rusageType);
  LIMITS.forEach(([name], i) => {
    if (name !== 'LOCKS') d.setStr(`RLIMIT_${name}`, i);
  });
  d.setStr('RLIMIT_OFILE', 7);
  d.setStr('RUSAGE_SELF', 0);
  d.setStr('RUSAGE_CHILDREN', -1);
  d.setStr('RUSAGE_THREAD', 1);
  d.setStr('RLIM_INFINITY', -1);

  def('getrusage', (args, kw) => {
    const who = intArg(methO('resource.getrusage', args, kw));
    let v: number[];
    if (who === 0) {
      const u = process.resourceUsage();
      v = [u.maxRSS, u.sharedMemorySize, u.unsharedDataSize, u.unsharedStackSize, u.minorPageFault, u.majorPageFault, u.swappedOut,
        u.fsRead, u.fsWrite, u.ipcSent, u.ipcReceived, u.signalsCount, u.voluntaryContextSwitches, u.involuntaryContextSwitches];
      return newStructSeq(rusageType, [new PyFloat(u.userCPUTime / 1e6), new PyFloat(u.systemCPUTime / 1e6), ...v]);
    }
    if (who === -1 || who === 1) {
      const path = who === -1 ? '/proc/self' : '/proc/thread-self';
      let f: string[];
      try {
        f = statFields(`${path}/stat`);
      } catch {
        f = [];
      }
      const n = (i: number): number => Number(f[i] ?? 0);
      // Fields (from state = 0): minflt 7, cminflt 8, majflt 9, cmajflt 10, utime 11, stime 12, cutime 13, cstime 14.
      if (who === -1) {
        v = [0, 0, 0, 0, n(8), n(10), 0, 0, 0, 0, 0, 0, 0, 0];
        return newStructSeq(rusageType, [new PyFloat(n(13) / CLK_TCK), new PyFloat(n(14) / CLK_TCK), ...v]);
      }
      let vcs = 0;
      let ivcs = 0;
      try {
        vcs = statusField(`${path}/status`, 'voluntary_ctxt_switches');
        ivcs = statusField(`${path}/status`, 'nonvoluntary_ctxt_switches');
      } catch {
        /* no /proc: zeros */
      }
      v = [process.resourceUsage().maxRSS, 0, 0, 0, n(7), n(9), 0, 0, 0, 0, 0, 0, vcs, ivcs];
      return newStructSeq(rusageType, [new PyFloat(n(11) / CLK_TCK), new PyFloat(n(12) / CLK_TCK), ...v]);
    }
    valueError('invalid who parameter');
  });
  def('getrlimit', (args, kw) => {
    const r = resourceArg(methO('resource.getrlimit', args, kw));
    const [soft, hard] = limitOf(0, r);
    return new PyTuple([rlimPy(soft), rlimPy(hard)]);
  });
  def('setrlimit', (args, kw) => {
    noKw('setrlimit', kw);
    if (args.length !== 2) typeError(`setrlimit expected 2 arguments, got ${args.length}`);
    const r = resourceArg(args[0]);
    const lim = rlimitArg(args[1]);
    applyLimit(0, r, lim, limitOf(0, r));
    return None;
  });
  def('prlimit', (args, kw) => {
    noKw('prlimit', kw);
    if (args.length < 2 || args.length > 3) typeError('resource.prlimit requires 2 to 3 arguments');
    const pid = Number(cLongLong(args[0]));
    if (pid > 2147483647 || pid < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
    const r = resourceArg(args[1]);
    const lim = args.length === 3 && args[2] !== None ? rlimitArg(args[2]) : null;
    if (pid < 0) raiseErrno(3);
    const old = limitOf(pid, r);
    if (lim !== null) applyLimit(pid, r, lim, old);
    return new PyTuple([rlimPy(old[0]), rlimPy(old[1])]);
  });
  def('getpagesize', (args, kw) => {
    noKw('resource.getpagesize', kw);
    if (args.length > 0) typeError(`resource.getpagesize() takes no arguments (${args.length} given)`);
    return pageSize();
  });
  return m;
}
