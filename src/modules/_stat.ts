// The _stat module (Modules/_stat.c, 3.11): the file mode constants and tests of Linux, which Lib/stat.py
// star-imports over its pure-Python definitions (test_stat checks both).
import { PyValue, PyDict, PyModule, PyBuiltin } from '../objects/object.js';
import { asInt } from '../objects/int.js';
import { raise, typeError, OverflowError } from '../objects/exceptions.js';
import { methO } from './args.js';

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFCHR = 0o020000, S_IFBLK = 0o060000, S_IFREG = 0o100000;
const S_IFIFO = 0o010000, S_IFLNK = 0o120000, S_IFSOCK = 0o140000;
const S_ISUID = 0o4000, S_ISGID = 0o2000, S_ISVTX = 0o1000;

/** _PyLong_AsMode_t: an exact int (no __index__), unsigned long, then the 32-bit mode_t. */
function modeArg(v: PyValue): number {
  const i = asInt(v);
  if (i === undefined) typeError('an integer is required');
  const n = typeof i === 'boolean' ? +i : i;
  if (n < 0) raise(OverflowError, "can't convert negative value to unsigned int");
  if (typeof n === 'bigint' && n > 0xffffffffffffffffn) raise(OverflowError, 'Python int too large to convert to C unsigned long');
  if (n > 0xffffffff) raise(OverflowError, 'mode out of range');
  return Number(n);
}

/** filemode()'s type letter, in _stat.c's order. */
function fileType(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFREG: return '-';
    case S_IFDIR: return 'd';
    case S_IFLNK: return 'l';
    case S_IFBLK: return 'b';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    case S_IFSOCK: return 's';
    default: return '?';
  }
}

/** One rwx triple; `special` is the set-id or sticky bit shown in the x position (lower case when x is set). */
function triple(mode: number, shift: number, special: number, letter: string): string {
  const r = mode & (4 << shift) ? 'r' : '-';
  const w = mode & (2 << shift) ? 'w' : '-';
  const x = (mode & (1 << shift)) !== 0;
  const e = mode & special ? (x ? letter : letter.toUpperCase()) : x ? 'x' : '-';
  return r + w + e;
}

export function makeStatModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_stat', d);
  const fn = (name: string, f: (mode: number) => PyValue) =>
    d.setStr(name, new PyBuiltin(name, (args, kw) => f(modeArg(methO(`_stat.${name}`, args, kw)))));
  const test = (name: string, type: number) => fn(name, (mode) => (mode & S_IFMT) === type);
  test('S_ISDIR', S_IFDIR);
  test('S_ISCHR', S_IFCHR);
  test('S_ISBLK', S_IFBLK);
  test('S_ISREG', S_IFREG);
  test('S_ISFIFO', S_IFIFO);
  test('S_ISLNK', S_IFLNK);
  test('S_ISSOCK', S_IFSOCK);
  // Solaris doors and event ports, BSD whiteouts: never on Linux.
  for (const name of ['S_ISDOOR', 'S_ISPORT', 'S_ISWHT']) fn(name, () => false);
  fn('S_IMODE', (mode) => mode & 0o7777);
  fn('S_IFMT', (mode) => mode & S_IFMT);
  fn('filemode', (mode) => fileType(mode) + triple(mode, 6, S_ISUID, 's') + triple(mode, 3, S_ISGID, 's') +
    triple(mode, 0, S_ISVTX, 't'));
  const consts: [string, number][] = [
    ['S_IFDIR', S_IFDIR], ['S_IFCHR', S_IFCHR], ['S_IFBLK', S_IFBLK], ['S_IFREG', S_IFREG], ['S_IFIFO', S_IFIFO],
    ['S_IFLNK', S_IFLNK], ['S_IFSOCK', S_IFSOCK], ['S_IFDOOR', 0], ['S_IFPORT', 0], ['S_IFWHT', 0],
    ['S_ISUID', S_ISUID], ['S_ISGID', S_ISGID], ['S_ISVTX', S_ISVTX], ['S_ENFMT', S_ISGID],
    ['S_IREAD', 0o400], ['S_IWRITE', 0o200], ['S_IEXEC', 0o100],
    ['S_IRWXU', 0o700], ['S_IRUSR', 0o400], ['S_IWUSR', 0o200], ['S_IXUSR', 0o100],
    ['S_IRWXG', 0o70], ['S_IRGRP', 0o40], ['S_IWGRP', 0o20], ['S_IXGRP', 0o10],
    ['S_IRWXO', 0o7], ['S_IROTH', 0o4], ['S_IWOTH', 0o2], ['S_IXOTH', 0o1],
    ['UF_NODUMP', 0x1], ['UF_IMMUTABLE', 0x2], ['UF_APPEND', 0x4], ['UF_OPAQUE', 0x8], ['UF_NOUNLINK', 0x10],
    ['UF_COMPRESSED', 0x20], ['UF_HIDDEN', 0x8000],
    ['SF_ARCHIVED', 0x10000], ['SF_IMMUTABLE', 0x20000], ['SF_APPEND', 0x40000], ['SF_NOUNLINK', 0x100000],
    ['SF_SNAPSHOT', 0x200000],
    ['ST_MODE', 0], ['ST_INO', 1], ['ST_DEV', 2], ['ST_NLINK', 3], ['ST_UID', 4], ['ST_GID', 5], ['ST_SIZE', 6],
    ['ST_ATIME', 7], ['ST_MTIME', 8], ['ST_CTIME', 9],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  return m;
}
