// The sys module (Python/sysmodule.c): standard streams, argv/path/modules, limits, exc_info.
import { writeSync, readSync } from 'node:fs';
import {
  PyValue, PyObject, PyDict, PyList, PyTuple, PyModule, PyBuiltin, PyType, None, defineMethods, defineGetters, typeType,
  objectType, TF_BASETYPE, typeOf, emptyTuple,
} from '../objects/object.js';
import { typeError, valueError, raise, PyException, newException, SystemExit, RecursionError } from '../objects/exceptions.js';
import { str, index, call } from '../objects/abstract.js';
import { ts, sysHooks } from '../vm/ceval.js';
import { printException } from '../vm/traceback.js';

export const sys = new PyDict();
export const sysModule = new PyModule('sys', sys);

// ---------------------------------------------------------------------------
// Buffered standard output: one write(2) per 64 KiB or at exit (CPython's stdout is block
// buffered when not a terminal; stderr is line buffered).

let outBuf = '';
export function writeStdout(s: string): void {
  outBuf += s;
  if (outBuf.length > 65536) flushStdout();
}
export function flushStdout(): void {
  if (outBuf.length === 0) return;
  const b = Buffer.from(outBuf, 'utf8');
  outBuf = '';
  writeAll(1, b);
}
export function writeStderr(s: string): void {
  flushIfTty();
  writeAll(2, Buffer.from(s, 'utf8'));
}
function flushIfTty(): void {
  if (process.stdout.isTTY) flushStdout();
}
function writeAll(fd: number, b: Buffer): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

let stdinBuf: Buffer = Buffer.alloc(0);
let stdinEof = false;
/** One line from fd 0 including its newline, or null at end of file. */
export function readStdinLine(): string | null {
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl + 1).toString('utf8');
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      if (stdinBuf.length === 0) return null;
      const line = stdinBuf.toString('utf8');
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
export function readStdinAll(): string {
  let out = '';
  for (;;) {
    const l = readStdinLine();
    if (l === null) return out;
    out += l;
  }
}

/** sys.stdout / sys.stderr / sys.stdin objects. */
export const textIOType = new PyType(typeType, 'TextIOWrapper', [objectType], TF_BASETYPE);
textIOType.mro = [textIOType, objectType];
textIOType.tdict.set('__module__', '_io');
export class PyTextIO extends PyObject {
  constructor(public readonly fd: number, public readonly name: string) {
    super(textIOType);
  }
}

function initStreams(): void {
  const T = (v: PyValue) => v as PyTextIO;
  defineMethods(textIOType, {
    write: (self, args) => {
      const s = args[0];
      if (typeof s !== 'string') typeError(`write() argument must be str, not ${typeOf(s).name}`);
      if (T(self).fd === 1) writeStdout(s);
      else if (T(self).fd === 2) writeStderr(s);
      else raise(exc('UnsupportedOperation'), 'not writable');
      return s.length;
    },
    flush: (self) => {
      if (T(self).fd === 1) flushStdout();
      return None;
    },
    writelines: (self, args) => {
      const w = textIOType.tdict.get('write') as unknown as { fn: (s: PyValue, a: PyValue[], k: null) => PyValue };
      for (const line of toArrayT(args[0])) w.fn(self, [line], null);
      return None;
    },
    readline: (self) => (T(self).fd === 0 ? readStdinLine() ?? '' : ''),
    read: (self) => (T(self).fd === 0 ? readStdinAll() : ''),
    readlines: (self) => {
      const out: PyValue[] = [];
      if (T(self).fd === 0) for (let l = readStdinLine(); l !== null; l = readStdinLine()) out.push(l);
      return new PyList(out);
    },
    __iter__: (self) => self,
    __next__: (self) => {
      const l = T(self).fd === 0 ? readStdinLine() : null;
      if (l === null) throw new PyException(newException(excT('StopIteration'), []));
      return l;
    },
    isatty: () => false,
    fileno: (self) => T(self).fd,
    writable: (self) => T(self).fd !== 0,
    readable: (self) => T(self).fd === 0,
    __enter__: (self) => self,
    __exit__: () => None,
    __repr__: (self) => `<_io.TextIOWrapper name='<${T(self).name}>' mode='${T(self).fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`,
  });
  defineGetters(textIOType, {
    encoding: () => 'utf-8',
    name: (self) => `<${T(self).name}>`,
    closed: () => false,
  });
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

/** A named-tuple-like structseq (version_info, flags...): a tuple subclass with attributes. */
function structseq(name: string, fields: string[], values: PyValue[]): PyTuple {
  const t = new PyType(typeType, name, [tupleTypeRef()], 0);
  t.mro = [t, ...tupleTypeRef().mro];
  t.tdict.set('__module__', 'sys');
  const g: { [k: string]: (self: PyValue) => PyValue } = {};
  fields.forEach((f, i) => (g[f] = (self) => (self as PyTuple).items[i]));
  defineGetters(t, g);
  defineMethods(t, {
    __repr__: (self) => `sys.${name}(${fields.map((f, i) => `${f}=${reprT((self as PyTuple).items[i])}`).join(', ')})`,
  });
  return new PyTuple(values, t);
}
import { tupleType, PyBytesObj } from '../objects/object.js';
import { repr as reprT } from '../objects/abstract.js';
function tupleTypeRef(): PyType {
  return tupleType;
}

export function initSys(argv: string[], path0: string, modules: PyDict): void {
  initStreams();
  initFiles();
  const stdout = new PyTextIO(1, 'stdout');
  const stderr = new PyTextIO(2, 'stderr');
  const stdin = new PyTextIO(0, 'stdin');
  sys.setStr('stdout', stdout);
  sys.setStr('stderr', stderr);
  sys.setStr('stdin', stdin);
  sys.setStr('__stdout__', stdout);
  sys.setStr('__stderr__', stderr);
  sys.setStr('__stdin__', stdin);
  sys.setStr('argv', new PyList(argv.slice()));
  sys.setStr('orig_argv', new PyList(argv.slice()));
  sys.setStr('path', new PyList([path0]));
  sys.setStr('modules', modules);
  sys.setStr('meta_path', new PyList([]));
  sys.setStr('path_hooks', new PyList([]));
  sys.setStr('path_importer_cache', new PyDict());
  sys.setStr('builtin_module_names', new PyTuple(['builtins', 'sys']));
  sys.setStr('platform', 'linux');
  sys.setStr('byteorder', 'little');
  sys.setStr('maxsize', 9223372036854775807n);
  sys.setStr('maxunicode', 0x10ffff);
  sys.setStr('version', '3.11.7 (typhon) [TypeScript]');
  sys.setStr('hexversion', 0x30b07f0);
  sys.setStr('api_version', 1013);
  sys.setStr('copyright', '');
  sys.setStr('executable', process.argv[1] ?? '');
  sys.setStr('prefix', '');
  sys.setStr('base_prefix', '');
  sys.setStr('exec_prefix', '');
  sys.setStr('dont_write_bytecode', true);
  sys.setStr('warnoptions', new PyList([]));
  sys.setStr('_xoptions', new PyDict());
  sys.setStr('version_info', structseq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [3, 11, 7, 'final', 0]));
  const impl = new PyModule('implementation', new PyDict());
  impl.dict!.setStr('name', 'typhon');
  impl.dict!.setStr('cache_tag', 'typhon-311');
  impl.dict!.setStr('version', sys.getStr('version_info')!);
  sys.setStr('implementation', impl);
  sys.setStr('flags', structseq('flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'], [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, 4300]));
  sys.setStr('float_info', structseq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1]));
  sys.setStr('hash_info', structseq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'], [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  sys.setStr('int_info', structseq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [30, 4, 4300, 640]));
  let maxStrDigits = 4300;
  fn('get_int_max_str_digits', () => maxStrDigits);
  fn('set_int_max_str_digits', (args) => {
    const n = Number(index(args[0]));
    if (n !== 0 && n < 640) valueError('maxdigits must be 0 or larger than 640');
    maxStrDigits = n;
    return None;
  });
  fn('exit', (args) => {
    const e = newException(SystemExit, args.length > 0 ? [args[0]] : []);
    throw new PyException(e);
  });
  fn('getrecursionlimit', () => ts.recursionLimit);
  fn('setrecursionlimit', (args) => {
    const n = Number(index(args[0]));
    if (n < 1) valueError('recursion limit must be greater or equal than 1');
    if (n <= ts.depth) raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    ts.recursionLimit = n;
    return None;
  });
  fn('exc_info', () => {
    const e = ts.excInfo;
    if (e === null) return new PyTuple([None, None, None]);
    return new PyTuple([e.cls, e, e.traceback ?? None]);
  });
  fn('exception', () => ts.excInfo ?? None);
  fn('intern', (args) => args[0]);
  fn('getsizeof', () => 64);
  fn('getdefaultencoding', () => 'utf-8');
  fn('getfilesystemencoding', () => 'utf-8');
  fn('_getframe', (args) => {
    let f = ts.frame;
    let n = args.length > 0 ? Number(index(args[0])) : 0;
    while (n-- > 0 && f !== null) f = f.back;
    if (f === null) valueError('call stack is not deep enough');
    return f;
  });
  fn('displayhook', (args) => {
    if (args[0] !== None) {
      writeStdout(reprT(args[0]) + '\n');
      builtinsRef().setStr('_', args[0]);
    }
    return None;
  });
  fn('excepthook', (args) => {
    printException(args[1] as PyBaseExceptionT);
    return None;
  });
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

// ---------------------------------------------------------------------------
// open(): a minimal file object until an io module exists (text and binary, r/w/a/x).
import { openSync, closeSync, readFileSync as readFile, writeSync as writeFd } from 'node:fs';
import { ioHooks } from './builtins.js';
import { parseArgs, decodeBytes } from '../objects/str.js';
import { PyNativeIter, iteratorType } from '../objects/object.js';

export const fileType = new PyType(typeType, 'TextIOWrapper', [objectType], TF_BASETYPE);
fileType.mro = [fileType, objectType];
fileType.tdict.set('__module__', '_io');

export class PyFile extends PyObject {
  pos = 0;
  closed = false;
  constructor(public fd: number, public name: string, public mode: string, public binary: boolean, public data: string, public bytes: Uint8Array | null) {
    super(fileType);
  }
}

function osError(e: unknown, file: string): never {
  const err = e as NodeJS.ErrnoException;
  const map: Record<string, [number, string, string]> = {
    ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
    EACCES: [13, 'Permission denied', 'PermissionError'],
    EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
    EEXIST: [17, 'File exists', 'FileExistsError'],
    ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  };
  const m = map[err.code ?? ''] ?? [5, err.message, 'OSError'];
  const ex = newException(exceptionTypes.get(m[2])!, [m[0], m[1], file]);
  throw new PyException(ex);
}

function openFile(args: PyValue[], kw: string[] | null): PyValue {
  const [file, mode0, , encoding] = parseArgs('open', ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], args, kw, 1);
  const name = str(file!);
  const mode = mode0 === undefined ? 'r' : str(mode0);
  const binary = mode.includes('b');
  const flag = mode.includes('r') ? (mode.includes('+') ? 'r+' : 'r') : mode.includes('w') ? (mode.includes('+') ? 'w+' : 'w') : mode.includes('a') ? 'a' : mode.includes('x') ? 'wx' : 'r';
  let fd: number;
  try {
    fd = openSync(name, flag);
  } catch (e) {
    osError(e, name);
  }
  let data = '';
  let bytes: Uint8Array | null = null;
  if (flag.startsWith('r')) {
    try {
      const b = readFile(fd);
      if (binary) bytes = new Uint8Array(b);
      else data = decodeBytes(new Uint8Array(b), encoding === undefined || encoding === None ? 'utf-8' : str(encoding), 'strict').replace(/\r\n?/g, '\n');
    } catch (e) {
      if (e instanceof PyException) throw e;
      osError(e, name);
    }
  }
  return new PyFile(fd, name, mode, binary, data, bytes);
}

function initFiles(): void {
  const F = (v: PyValue) => {
    const f = v as PyFile;
    if (f.closed) valueError('I/O operation on closed file.');
    return f;
  };
  const readline = (f: PyFile): string => {
    const i = f.data.indexOf('\n', f.pos);
    const end = i < 0 ? f.data.length : i + 1;
    const line = f.data.slice(f.pos, end);
    f.pos = end;
    return line;
  };
  defineMethods(fileType, {
    read: (self, args) => {
      const f = F(self);
      const n = args.length > 0 && args[0] !== None ? Number(index(args[0])) : -1;
      if (f.binary) {
        const b = f.bytes ?? new Uint8Array(0);
        const end = n < 0 ? b.length : Math.min(b.length, f.pos + n);
        const r = b.slice(f.pos, end);
        f.pos = end;
        return new PyBytesObj(r);
      }
      const end = n < 0 ? f.data.length : Math.min(f.data.length, f.pos + n);
      const r = f.data.slice(f.pos, end);
      f.pos = end;
      return r;
    },
    readline: (self) => readline(F(self)),
    readlines: (self) => {
      const f = F(self);
      const out: PyValue[] = [];
      while (f.pos < f.data.length) out.push(readline(f));
      return new PyList(out);
    },
    write: (self, args) => {
      const f = F(self);
      const s = args[0];
      if (f.binary) {
        if (!(s instanceof PyBytesObj)) typeError(`a bytes-like object is required, not '${typeOf(s).name}'`);
        writeFd(f.fd, s.bytes);
        return s.bytes.length;
      }
      if (typeof s !== 'string') typeError(`write() argument must be str, not ${typeOf(s).name}`);
      writeFd(f.fd, Buffer.from(s, 'utf8'));
      return s.length;
    },
    writelines: (self, args) => {
      const f = F(self);
      for (const s of toArrayT(args[0])) writeFd(f.fd, Buffer.from(str(s), 'utf8'));
      return None;
    },
    close: (self) => {
      const f = self as PyFile;
      if (!f.closed) {
        f.closed = true;
        closeSync(f.fd);
      }
      return None;
    },
    flush: () => None,
    __enter__: (self) => F(self),
    __exit__: (self) => {
      const f = self as PyFile;
      if (!f.closed) {
        f.closed = true;
        closeSync(f.fd);
      }
      return None;
    },
    __iter__: (self) => F(self),
    __next__: (self) => {
      const f = F(self);
      if (f.pos >= f.data.length) throw new PyException(newException(excT('StopIteration'), []));
      return readline(f);
    },
    fileno: (self) => F(self).fd,
    __repr__: (self) => `<_io.TextIOWrapper name='${(self as PyFile).name}' mode='${(self as PyFile).mode}' encoding='UTF-8'>`,
  });
  defineGetters(fileType, {
    name: (self) => (self as PyFile).name,
    mode: (self) => (self as PyFile).mode,
    closed: (self) => (self as PyFile).closed,
  });
  ioHooks.openFile = openFile;
  void [PyNativeIter, iteratorType];
}
import { toArray as toArrayT } from '../objects/abstract.js';
