// os.sysconf, os.pathconf/fpathconf and os.confstr (posixmodule.c's conv_confname tables) as glibc on
// x86-64 Linux answers them: the names and numbers are glibc's <bits/confname.h>; the answers that are
// fixed by glibc are in the tables, the ones that depend on the machine or the process are read where the
// kernel shows them (/proc/self/auxv, /proc/self/limits, /proc/meminfo, statfs), as glibc computes them.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { PyValue, PyDict } from '../objects/object.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { raiseErrno } from './errno.js';
import { readLimits } from './resource.js';

/** The POSIX version glibc reports for most option names (_POSIX_VERSION, 2008-09). */
const V = 200809;
const INT_MAX = 2147483647;

/**
 * sysconf names with glibc's number and fixed answer (null: computed by `dynamicSysconf`, undefined: EINVAL).
 * Names sharing a number are aliases (SC_PAGESIZE/SC_PAGE_SIZE, SC_IOV_MAX/SC_UIO_MAXIOV).
 */
const SYSCONF: [string, number, number | null | undefined][] = [
  ['SC_ARG_MAX', 0, null], ['SC_CHILD_MAX', 1, null], ['SC_CLK_TCK', 2, null], ['SC_NGROUPS_MAX', 3, 65536],
  ['SC_OPEN_MAX', 4, null], ['SC_STREAM_MAX', 5, 16], ['SC_TZNAME_MAX', 6, -1], ['SC_JOB_CONTROL', 7, 1],
  ['SC_SAVED_IDS', 8, 1], ['SC_REALTIME_SIGNALS', 9, V], ['SC_PRIORITY_SCHEDULING', 10, V], ['SC_TIMERS', 11, V],
  ['SC_ASYNCHRONOUS_IO', 12, V], ['SC_PRIORITIZED_IO', 13, V], ['SC_SYNCHRONIZED_IO', 14, V], ['SC_FSYNC', 15, V],
  ['SC_MAPPED_FILES', 16, V], ['SC_MEMLOCK', 17, V], ['SC_MEMLOCK_RANGE', 18, V], ['SC_MEMORY_PROTECTION', 19, V],
  ['SC_MESSAGE_PASSING', 20, V], ['SC_SEMAPHORES', 21, V], ['SC_SHARED_MEMORY_OBJECTS', 22, V],
  ['SC_AIO_LISTIO_MAX', 23, -1], ['SC_AIO_MAX', 24, -1], ['SC_AIO_PRIO_DELTA_MAX', 25, 20],
  ['SC_DELAYTIMER_MAX', 26, INT_MAX], ['SC_MQ_OPEN_MAX', 27, -1], ['SC_MQ_PRIO_MAX', 28, 32768], ['SC_VERSION', 29, V],
  ['SC_PAGESIZE', 30, null], ['SC_PAGE_SIZE', 30, null], ['SC_RTSIG_MAX', 31, 32], ['SC_SEM_NSEMS_MAX', 32, -1],
  ['SC_SEM_VALUE_MAX', 33, INT_MAX], ['SC_SIGQUEUE_MAX', 34, null], ['SC_TIMER_MAX', 35, -1], ['SC_BC_BASE_MAX', 36, 99],
  ['SC_BC_DIM_MAX', 37, 2048], ['SC_BC_SCALE_MAX', 38, 99], ['SC_BC_STRING_MAX', 39, 1000],
  ['SC_COLL_WEIGHTS_MAX', 40, 255], ['SC_EQUIV_CLASS_MAX', 41, undefined], ['SC_EXPR_NEST_MAX', 42, 32],
  ['SC_LINE_MAX', 43, 2048], ['SC_RE_DUP_MAX', 44, 32767], ['SC_CHARCLASS_NAME_MAX', 45, 2048], ['SC_2_VERSION', 46, V],
  ['SC_2_C_BIND', 47, V], ['SC_2_C_DEV', 48, V], ['SC_2_FORT_DEV', 49, -1], ['SC_2_FORT_RUN', 50, -1],
  ['SC_2_SW_DEV', 51, V], ['SC_2_LOCALEDEF', 52, V], ['SC_PII', 53, -1], ['SC_PII_XTI', 54, -1],
  ['SC_PII_SOCKET', 55, -1], ['SC_PII_INTERNET', 56, -1], ['SC_PII_OSI', 57, -1], ['SC_POLL', 58, -1],
  ['SC_SELECT', 59, -1], ['SC_IOV_MAX', 60, 1024], ['SC_UIO_MAXIOV', 60, 1024], ['SC_PII_INTERNET_STREAM', 61, -1],
  ['SC_PII_INTERNET_DGRAM', 62, -1], ['SC_PII_OSI_COTS', 63, -1], ['SC_PII_OSI_CLTS', 64, -1], ['SC_PII_OSI_M', 65, -1],
  ['SC_T_IOV_MAX', 66, -1], ['SC_THREADS', 67, V], ['SC_THREAD_SAFE_FUNCTIONS', 68, V],
  ['SC_GETGR_R_SIZE_MAX', 69, 1024], ['SC_GETPW_R_SIZE_MAX', 70, 1024], ['SC_LOGIN_NAME_MAX', 71, 256],
  ['SC_TTY_NAME_MAX', 72, 32], ['SC_THREAD_DESTRUCTOR_ITERATIONS', 73, 4], ['SC_THREAD_KEYS_MAX', 74, 1024],
  ['SC_THREAD_STACK_MIN', 75, 16384], ['SC_THREAD_THREADS_MAX', 76, -1], ['SC_THREAD_ATTR_STACKADDR', 77, V],
  ['SC_THREAD_ATTR_STACKSIZE', 78, V], ['SC_THREAD_PRIORITY_SCHEDULING', 79, V], ['SC_THREAD_PRIO_INHERIT', 80, V],
  ['SC_THREAD_PRIO_PROTECT', 81, V], ['SC_THREAD_PROCESS_SHARED', 82, V], ['SC_NPROCESSORS_CONF', 83, null],
  ['SC_NPROCESSORS_ONLN', 84, null], ['SC_PHYS_PAGES', 85, null], ['SC_AVPHYS_PAGES', 86, null],
  ['SC_ATEXIT_MAX', 87, INT_MAX], ['SC_PASS_MAX', 88, 8192], ['SC_XOPEN_VERSION', 89, 700],
  ['SC_XOPEN_XCU_VERSION', 90, 4], ['SC_XOPEN_UNIX', 91, 1], ['SC_XOPEN_CRYPT', 92, -1], ['SC_XOPEN_ENH_I18N', 93, 1],
  ['SC_XOPEN_SHM', 94, 1], ['SC_2_CHAR_TERM', 95, V], ['SC_2_C_VERSION', 96, V], ['SC_2_UPE', 97, -1],
  ['SC_XOPEN_XPG2', 98, 1], ['SC_XOPEN_XPG3', 99, 1], ['SC_XOPEN_XPG4', 100, 1], ['SC_CHAR_BIT', 101, 8],
  ['SC_CHAR_MAX', 102, 127], ['SC_CHAR_MIN', 103, -128], ['SC_INT_MAX', 104, INT_MAX], ['SC_INT_MIN', 105, -INT_MAX - 1],
  ['SC_LONG_BIT', 106, 64], ['SC_WORD_BIT', 107, 32], ['SC_MB_LEN_MAX', 108, 16], ['SC_NZERO', 109, 20],
  // glibc's answers, odd as they are (SSIZE_MAX as _POSIX_SSIZE_MAX, ULONG_MAX through a long).
  ['SC_SSIZE_MAX', 110, 32767], ['SC_SCHAR_MAX', 111, 127], ['SC_SCHAR_MIN', 112, -128], ['SC_SHRT_MAX', 113, 32767],
  ['SC_SHRT_MIN', 114, -32768], ['SC_UCHAR_MAX', 115, 255], ['SC_UINT_MAX', 116, 4294967295], ['SC_ULONG_MAX', 117, -1],
  ['SC_USHRT_MAX', 118, 65535], ['SC_NL_ARGMAX', 119, 4096], ['SC_NL_LANGMAX', 120, 2048], ['SC_NL_MSGMAX', 121, INT_MAX],
  ['SC_NL_NMAX', 122, INT_MAX], ['SC_NL_SETMAX', 123, INT_MAX], ['SC_NL_TEXTMAX', 124, INT_MAX],
  ['SC_XBS5_ILP32_OFF32', 125, -1], ['SC_XBS5_ILP32_OFFBIG', 126, -1], ['SC_XBS5_LP64_OFF64', 127, 1],
  ['SC_XBS5_LPBIG_OFFBIG', 128, -1], ['SC_XOPEN_LEGACY', 129, 1], ['SC_XOPEN_REALTIME', 130, 1],
  ['SC_XOPEN_REALTIME_THREADS', 131, 1], ['SC_MINSIGSTKSZ', 249, null],
];

const PATHCONF: [string, number][] = [
  ['PC_LINK_MAX', 0], ['PC_MAX_CANON', 1], ['PC_MAX_INPUT', 2], ['PC_NAME_MAX', 3], ['PC_PATH_MAX', 4], ['PC_PIPE_BUF', 5],
  ['PC_CHOWN_RESTRICTED', 6], ['PC_NO_TRUNC', 7], ['PC_VDISABLE', 8], ['PC_SYNC_IO', 9], ['PC_ASYNC_IO', 10],
  ['PC_PRIO_IO', 11], ['PC_SOCK_MAXBUF', 12], ['PC_FILESIZEBITS', 13], ['PC_REC_INCR_XFER_SIZE', 14],
  ['PC_REC_MAX_XFER_SIZE', 15], ['PC_REC_MIN_XFER_SIZE', 16], ['PC_REC_XFER_ALIGN', 17], ['PC_ALLOC_SIZE_MIN', 18],
  ['PC_SYMLINK_MAX', 19],
];

const XBS5 = ['ILP32_OFF32', 'ILP32_OFFBIG', 'LP64_OFF64', 'LPBIG_OFFBIG'];
const CONFSTR: [string, number, string | null][] = [
  ['CS_PATH', 0, '/bin:/usr/bin'], ['CS_GNU_LIBC_VERSION', 2, null], ['CS_GNU_LIBPTHREAD_VERSION', 3, null],
  ['CS_LFS_CFLAGS', 1000, ''], ['CS_LFS_LDFLAGS', 1001, ''], ['CS_LFS_LIBS', 1002, ''], ['CS_LFS_LINTFLAGS', 1003, ''],
  ['CS_LFS64_CFLAGS', 1004, '-D_LARGEFILE64_SOURCE'], ['CS_LFS64_LDFLAGS', 1005, ''], ['CS_LFS64_LIBS', 1006, ''],
  ['CS_LFS64_LINTFLAGS', 1007, '-D_LARGEFILE64_SOURCE'],
  ...XBS5.flatMap((m, i): [string, number, string][] => ['CFLAGS', 'LDFLAGS', 'LIBS', 'LINTFLAGS'].map((k, j) =>
    [`CS_XBS5_${m}_${k}`, 1100 + 4 * i + j, m === 'LP64_OFF64' && j < 2 ? '-m64' : ''])),
];

/** A table's names, in the sorted order setup_confname_table gives them. */
function namesDict(table: [string, number, ...unknown[]][]): PyDict {
  const d = new PyDict();
  for (const [k, n] of [...table].sort((a, b) => (a[0] < b[0] ? -1 : 1))) d.setStr(k, n);
  return d;
}
export const sysconfNames = (): PyDict => namesDict(SYSCONF);
export const pathconfNames = (): PyDict => namesDict(PATHCONF);
export const confstrNames = (): PyDict => namesDict(CONFSTR);

/** A configuration name as conv_confname takes it: an int, or a str of the table. */
function confName(v: PyValue, table: [string, number, ...unknown[]][]): number {
  if (typeof v === 'string') {
    const e = table.find((t) => t[0] === v);
    if (e === undefined) valueError('unrecognized configuration name');
    return e[1];
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(index(v));
  typeError('configuration names must be strings or integers');
}

/** A value of the process's ELF auxiliary vector (AT_PAGESZ 6, AT_CLKTCK 17, AT_MINSIGSTKSZ 51). */
function auxv(type: number, dflt: number): number {
  try {
    const b = readFileSync('/proc/self/auxv');
    for (let i = 0; i + 16 <= b.length; i += 16) {
      const t = Number(b.readBigUInt64LE(i));
      if (t === 0) break;
      if (t === type) return Number(b.readBigUInt64LE(i + 8));
    }
  } catch {
    // no /proc: the defaults
  }
  return dflt;
}

function meminfo(key: string): number {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/meminfo', 'latin1'));
    if (m !== null) return Number(m[1]) * 1024;
  } catch {
    // below
  }
  return totalmem();
}

/** A soft resource limit as sysconf reports it: -1 for RLIM_INFINITY. */
function softLimit(resource: number): number {
  const soft = readLimits(0)[resource]![0];
  return soft >= 1n << 63n ? -1 : Number(soft);
}

function dynamicSysconf(n: number): number {
  switch (n) {
    case 0: { // glibc: a quarter of the stack limit, at least ARG_MAX (131072)
      const stack = softLimit(3);
      return stack < 0 ? -1 : Math.max(131072, Math.floor(stack / 4));
    }
    case 1:
      return softLimit(6);
    case 2:
      return auxv(17, 100);
    case 4:
      return softLimit(7);
    case 30:
      return auxv(6, 4096);
    case 34:
      return softLimit(11);
    case 83:
      try {
        return readdirSync('/sys/devices/system/cpu').filter((s) => /^cpu\d+$/.test(s)).length || cpus().length;
      } catch {
        return cpus().length;
      }
    case 84:
      return cpus().length;
    case 85:
      return Math.floor(totalmem() / auxv(6, 4096));
    case 86:
      return Math.floor(meminfo('MemFree') / auxv(6, 4096));
    default: // 249
      return Math.max(2048, auxv(51, 2048));
  }
}

export function sysconf(v: PyValue): number {
  const n = confName(v, SYSCONF);
  const e = SYSCONF.find((t) => t[1] === n);
  if (e === undefined || e[2] === undefined) raiseErrno(22);
  return e[2] === null ? dynamicSysconf(n) : e[2];
}

/**
 * pathconf for a file whose file system's statfs type and block size `fs()` gives, as glibc answers: the
 * limits that depend on the file system ask it (so a bad descriptor is EBADF), the others do not.
 */
export function pathconf(v: PyValue, fs: () => [number, number]): number {
  const n = confName(v, PATHCONF);
  switch (n) {
    case 1: case 2:
      return 255;
    case 4: case 5:
      return 4096;
    case 7:
      return 1;
    case 8:
      return 0;
    case 9: case 10: case 11: case 12: case 14: case 15: case 19:
      return -1;
  }
  if (n < 0 || n > 19) raiseErrno(22);
  const [fsType, bsize] = fs();
  switch (n) {
    case 0: // LINK_MAX by file system: ext2/3/4, XFS, btrfs; Linux's 127 otherwise
      return fsType === 0xef53 ? 65000 : fsType === 0x58465342 ? INT_MAX : fsType === 0x9123683e ? 65535 : 127;
    case 3:
      return 255;
    case 6:
      return 1;
    case 13: // file size bits: 64 on the disk file systems of large files, 32 elsewhere
      return [0xef53, 0x58465342, 0x9123683e, 0x52654973, 0x6969].includes(fsType) ? 64 : 32;
    default: // 16-18: the block size
      return bsize;
  }
}

let glibc: string | undefined;
export function confstr(v: PyValue): string | null {
  const n = confName(v, CONFSTR);
  const e = CONFSTR.find((t) => t[1] === n);
  if (e === undefined) raiseErrno(22);
  if (e[2] !== null) return e[2];
  // The C library node runs on (process.report reads gnu_get_libc_version()); 'NPTL' is part of it since 2.34.
  glibc ??= (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime ?? '';
  if (glibc === '') return null;
  return n === 2 ? `glibc ${glibc}` : `NPTL ${glibc}`;
}
