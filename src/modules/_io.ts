// The _io module (Modules/_io): the I/O stack under io.py and open(). _IOBase and its three abstract
// children carry the generic behaviour (closed flag, context manager, line iteration, readline on
// top of read/peek) and work for Python subclasses as iobase.c does; FileIO (on posix's descriptor
// functions), BytesIO, StringIO, the Buffered* classes, TextIOWrapper and IncrementalNewlineDecoder
// are native. sys.stdin/stdout/stderr are TextIOWrappers marked `std`, whose text goes straight to
// sys.ts's stream buffers (no per-write encoding or object calls: print stays as fast as before).
// TextIOWrapper decodes UTF-8, latin-1 and ASCII natively and other encodings through codecs' incremental
// decoders; its tell() cookies are textio.c's (a snapshot of the decoder's state replayed).
import { audit } from '../vm/audit.js';
import {
  PyValue, PyObject, PyDict, PyModule, PyBuiltin, PyType, PyTuple, PyList, PyBytesObj, PyByteArray, PyFloat, None, typeType,
  objectType, defineMethods, defineGetters, typeOf, TF_BASETYPE, TF_HEAPTYPE, bytearrayType, intType,
} from '../objects/object.js';
import {
  PyException, newException, typeError, valueError, raise, OSError, ValueError, StopIteration, exceptionTypes, AttributeError, PyOSError,
} from '../objects/exceptions.js';
import { collectNow, collectHooks, exitFinalizers, releaseWeakTargets, hasFinalizer } from '../vm/finalize.js';
import { addPendingCall, toPyExc } from '../vm/ceval.js';
import { warn } from './_warnings.js';
import { call, callBound, getAttr, getAttrOpt, lookupAttr, setAttr, index, repr, truthy, toArray, getIter, iterNext, isinstance, lenOf, eq, lt } from '../objects/abstract.js';
import { parseArgs, hasSurrogates, PyStrSub } from '../objects/str.js';
import { PySurrogateStr, SurrogateMapping, concatPieces, fromCodePoints, toCodePoints } from '../objects/surrogatestr.js';
import { anyStr, cIntArg, strSubValue } from './args.js';
import { getBuffer, asBytes, bufferExporters, exportHooks, writableBuffer } from '../objects/bytes.js';
import { encodeText, decodeText, decodeUtf8, decodeUtf8Value, decodeTextValue, encodingAfterBom, codecName, lookupTextEncoding, registeredCodecName, cString, checkErrorsInDevMode, isNativeCodec } from './_codecs.js';
import { loadModule } from '../vm/import.js';
import { initHeapLayout } from '../objects/typeobject.js';
import {
  openFd, closeFd, readFd, writeFd, seekFd, isSeekableFd, isattyFd, fspath, nodePath, osErrorFrom, registerFd, awaitPipeData,
} from './posix.js';
import { raiseErrno } from './errno.js';
import { ftruncateSync, fstatSync } from 'node:fs';
import { sys, sysFlag, writeUnraisable, writeStdout, writeStderrText, flushStderr, writeStdBytes, flushStdout, writeStdoutBuffer, flushStdoutBuffer, readStdinLineBytes, readStdinBytes, stdoutBuffering, unreadStdinBytes } from './sys.js';
import { ioHooks, builtinsDict } from './builtins.js';
import { pipeEnd } from './pipes.js';
import { restartable } from '../vm/threads.js';

export const DEFAULT_BUFFER_SIZE = 8192;

// ---------------------------------------------------------------------------
// Types

function mkType(name: string, base: PyType, flags = TF_BASETYPE): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.mro = [t, ...base.mro];
  t.tdict.set('__module__', '_io');
  return t;
}

export const ioBaseType = mkType('_IOBase', objectType);
export const rawIOBaseType = mkType('_RawIOBase', ioBaseType);
export const bufferedIOBaseType = mkType('_BufferedIOBase', ioBaseType);
export const textIOBaseType = mkType('_TextIOBase', ioBaseType);
export const fileIOType = mkType('FileIO', rawIOBaseType);
export const bytesIOType = mkType('BytesIO', bufferedIOBaseType);
export const stringIOType = mkType('StringIO', textIOBaseType);
export const bufferedReaderType = mkType('BufferedReader', bufferedIOBaseType);
export const bufferedWriterType = mkType('BufferedWriter', bufferedIOBaseType);
export const bufferedRandomType = mkType('BufferedRandom', bufferedIOBaseType);
export const bufferedRWPairType = mkType('BufferedRWPair', bufferedIOBaseType);
export const textIOWrapperType = mkType('TextIOWrapper', textIOBaseType);
export const newlineDecoderType = mkType('IncrementalNewlineDecoder', objectType);
const bytesIOBufferType = mkType('_BytesIOBuffer', objectType, 0);

let unsupportedType: PyType | null = null;
/** io.UnsupportedOperation: a heap class deriving from OSError and ValueError, as _io creates it. */
export function unsupportedOperation(): PyType {
  if (unsupportedType === null) {
    const ns = new PyDict();
    ns.setStr('__module__', 'io');
    unsupportedType = call(typeType, ['UnsupportedOperation', new PyTuple([OSError, ValueError]), ns]) as PyType;
  }
  return unsupportedType;
}

function unsupported(msg: string): never {
  raise(unsupportedOperation(), msg);
}

function closedError(): never {
  valueError('I/O operation on closed file.');
}

function stopIteration(): never {
  throw new PyException(newException(StopIteration, []));
}

function method(obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  return call(getAttr(obj, name), args);
}

/** Give an instance of a heap subclass its dict (and every _io object a dict, as CPython's have __dict__). */
function withDict<T extends PyObject>(o: T, cls: PyType): T {
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(o as unknown as PyObject & { slots: (PyValue | null)[] | null }, cls);
  if (o.dict === null) o.dict = new PyDict();
  return o;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === 'number') return v;
  if (typeOf(v).lookup('__index__') === undefined) typeError(`argument should be integer or None, not '${typeOf(v).tpName}'`);
  return Number(index(v));
}

function bytesOf(v: PyValue): Uint8Array {
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).tpName}'`);
  return b;
}

/** The number of code points of s (surrogate pairs count once). */
function cpLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The UTF-16 index of code point `n` of s, starting from `from`. */
function cpIndex(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
    n--;
  }
  return i;
}

// ---------------------------------------------------------------------------
// _IOBase: generic behaviour through the object's own methods (iobase.c)

const CLOSED_KEY = '__IOBase_closed';

function baseClosed(self: PyValue): boolean {
  return truthy(getAttr(self, 'closed'));
}

/** iobase_is_closed: IOBase's own flag (set by its close), not the derived `closed` (a closed StringIO flushes). */
function ownClosed(self: PyValue): boolean {
  return getAttrOpt(self, CLOSED_KEY) !== undefined;
}

function checkClosed(self: PyValue): void {
  if (baseClosed(self)) closedError();
}

function iobaseReadline(self: PyValue, limit: number): PyValue {
  // With peek(), read up to the next newline in one go; else one byte at a time.
  const peek = getAttrOpt(self, 'peek');
  const out: number[] = [];
  while (limit < 0 || out.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ra = call(peek, [1]);
      const b = asBytes(ra);
      if (b === undefined) raise(exceptionTypes.get('OSError')!, `peek() should have returned a bytes object, not '${typeOf(ra).tpName}'`);
      if (b.length > 0) {
        let n = 0;
        while (n < b.length && (limit < 0 || n < limit - out.length)) {
          if (b[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const r = method(self, 'read', [nreadahead]);
    if (r === None) break;
    const b = asBytes(r);
    if (b === undefined) raise(exceptionTypes.get('OSError')!, `read() should have returned a bytes object, not '${typeOf(r).tpName}'`);
    if (b.length === 0) break;
    for (const x of b) out.push(x);
    if (out[out.length - 1] === 10) break;
  }
  return new PyBytesObj(Uint8Array.from(out));
}

function readlinesImpl(self: PyValue, hintV: PyValue | undefined): PyValue {
  const hint = sizeArg(hintV);
  const out: PyValue[] = [];
  let total = 0;
  const it = getIter(self);
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    out.push(line);
    if (hint > 0) {
      // iobase_readlines: stop after the line that goes past the hint (PyObject_Size of each line: a line
      // without a length is a TypeError, not an endless loop).
      const n = typeof line === 'string' ? cpLen(line) : (asBytes(line)?.length ?? lenOf(line));
      if (n > hint - total) break;
      total += n;
    }
  }
  return new PyList(out);
}

/** The FileIO a file object's layers end in when it owns its descriptor (what _dealloc_warn reports), or null. */
function ownedRaw(o: PyValue): PyFileIO | null {
  for (let i = 0; i < 3; i++) {
    if (o instanceof PyFileIO) return o.fd >= 0 && o.closefd ? o : null;
    if (o instanceof PyBuffered) o = o.raw;
    else if (o instanceof PyTextIOWrapper) o = o.buffer;
    else return null;
  }
  return null;
}

function initIOBase(): void {
  defineMethods(ioBaseType, {
    // iobase_finalize (reached by a subclass's __del__ through super()): an object still open is closed, its
    // errors silenced; one that owns a descriptor first says so with a ResourceWarning (fileio_dealloc_warn).
    __del__: (self) => {
      let closed: boolean;
      try {
        closed = truthy(getAttr(self, 'closed'));
      } catch (e) {
        if (e instanceof PyException) return None;
        throw e;
      }
      if (closed) return None;
      if (ownedRaw(self) !== null) warn(`unclosed file ${repr(self)}`, exceptionTypes.get('ResourceWarning')!, 1, self);
      try {
        method(self, 'close');
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
      }
      return None;
    },
    seek: () => unsupported('seek'),
    tell: (self) => method(self, 'seek', [0, 1]),
    truncate: () => unsupported('truncate'),
    flush: (self) => {
      if (ownClosed(self)) closedError();
      return None;
    },
    close: (self) => {
      if (ownClosed(self)) return None;
      try {
        method(self, 'flush');
      } finally {
        setAttr(self, CLOSED_KEY, true);
      }
      return None;
    },
    seekable: () => false,
    readable: () => false,
    writable: () => false,
    _checkClosed: (self) => {
      checkClosed(self);
      return None;
    },
    _checkSeekable: (self) => {
      if (!truthy(method(self, 'seekable'))) unsupported('File or stream is not seekable.');
      return true;
    },
    _checkReadable: (self) => {
      if (!truthy(method(self, 'readable'))) unsupported('File or stream is not readable.');
      return true;
    },
    _checkWritable: (self) => {
      if (!truthy(method(self, 'writable'))) unsupported('File or stream is not writable.');
      return true;
    },
    fileno: () => unsupported('fileno'),
    isatty: (self) => {
      checkClosed(self);
      return false;
    },
    __enter__: (self) => {
      checkClosed(self);
      return self;
    },
    __exit__: (self) => method(self, 'close'),
    __iter__: (self) => {
      checkClosed(self);
      return self;
    },
    __next__: (self) => {
      const line = method(self, 'readline');
      if (lenOf(line) <= 0) stopIteration();
      return line;
    },
    readline: (self, args, kw) => iobaseReadline(self, sizeArg(parseArgs('readline', ['size'], args, kw, 0)[0])),
    readlines: (self, args, kw) => readlinesImpl(self, parseArgs('readlines', ['hint'], args, kw, 0)[0]),
    writelines: (self, args) => {
      if (args.length !== 1) typeError(`writelines() takes exactly one argument (${args.length} given)`);
      checkClosed(self);
      const it = getIter(args[0]);
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) method(self, 'write', [x]);
      return None;
    },
    _dealloc_warn: () => None,
  });
  defineGetters(ioBaseType, {
    closed: (self) => {
      const d = self instanceof PyObject ? self.dict : null;
      const v = d?.getStr(CLOSED_KEY);
      return v === undefined ? false : v;
    },
    __dict__: (self) => (self as PyObject).dict ?? None,
  });

  defineMethods(rawIOBaseType, {
    read: (self, args, kw) => {
      const n = sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]);
      if (n < 0) return method(self, 'readall');
      const b = new PyByteArray(new Uint8Array(n));
      const got = method(self, 'readinto', [b]);
      if (got === None) return None;
      const k = Number(index(got));
      if (k < 0 || k > n) valueError(`readinto returned ${k} outside buffer size ${n}`);
      return new PyBytesObj(b.bytes.slice(0, k));
    },
    readall: (self) => {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const r = method(self, 'read', [DEFAULT_BUFFER_SIZE]);
        if (r === None) {
          if (chunks.length === 0) return None;
          break;
        }
        const b = asBytes(r);
        if (b === undefined) typeError('read() should return bytes');
        if (b.length === 0) break;
        chunks.push(b.slice());
        total += b.length;
      }
      return new PyBytesObj(concat(chunks, total));
    },
    readinto: () => raise(exceptionTypes.get('NotImplementedError')!, ''),
    write: () => raise(exceptionTypes.get('NotImplementedError')!, ''),
  });

  defineMethods(bufferedIOBaseType, {
    read: () => unsupported('read'),
    read1: () => unsupported('read1'),
    write: () => unsupported('write'),
    detach: () => unsupported('detach'),
    readinto: (self, args) => bufferedIOBaseReadinto(self, args[0], 'read'),
    readinto1: (self, args) => bufferedIOBaseReadinto(self, args[0], 'read1'),
  });

  defineMethods(textIOBaseType, {
    read: () => unsupported('read'),
    readline: () => unsupported('readline'),
    write: () => unsupported('write'),
    detach: () => unsupported('detach'),
  });
  defineGetters(textIOBaseType, {
    encoding: () => None,
    newlines: () => None,
    errors: () => None,
  });
}

function bufferedIOBaseReadinto(self: PyValue, target: PyValue, how: string): PyValue {
  const info = writableBuffer(target);
  if (info === undefined || info.readonly) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(target).tpName}`);
  const r = method(self, how, [info.data.length]);
  if (!(r instanceof PyBytesObj) || r instanceof PyByteArray) typeError('read() should return bytes');
  const b = r.bytes;
  if (b.length > info.data.length) valueError(`read() returned too much data: ${info.data.length} bytes requested, ${b.length} returned`);
  info.data.set(b);
  return b.length;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------
// FileIO

/** A FileIO's descriptor, in a box that a copy made for its finaliser shares (vm/finalize.ts copies fields). */
interface FdBox {
  fd: number;
  /**
   * The repr of the file object the program used (open()'s outermost layer), for the ResourceWarning
   * "unclosed file ..." that CPython's finaliser gives when the object dies with the descriptor open.
   */
  label: string | null;
}

export class PyFileIO extends PyObject {
  declare box: FdBox;
  declare readable: boolean;
  declare writable: boolean;
  declare appending: boolean;
  declare created: boolean;
  declare closefd: boolean;
  declare seekable: number;
  declare blksize: number;
  constructor(cls: PyType) {
    super(cls);
    this.box = { fd: -1, label: null };
    this.readable = this.writable = this.appending = this.created = false;
    this.closefd = true;
    this.seekable = -1;
    this.blksize = DEFAULT_BUFFER_SIZE;
  }
  /** The descriptor, -1 once closed. */
  get fd(): number {
    return this.box.fd;
  }
  set fd(v: number) {
    this.box.fd = v;
  }
}

// Descriptors of file objects nobody holds any more. CPython closes a FileIO when its last reference goes;
// Typhon closes the descriptor once V8 has collected the object: reported by the registry when the event loop
// turns, or found by gc.collect() (finalize.ts's collection hooks), which open() runs when the process is out of
// descriptors (EMFILE), as PyPy does, before trying once more. Without it a loop of `open(p).read()` failed
// after ~1000 files. (Writers holding unwritten data stay alive, listed in `dirty`, until flushed.)
const owned: { ref: WeakRef<PyFileIO>; box: FdBox }[] = [];
let sweepAt = 64;
const fdRegistry = new FinalizationRegistry<FdBox>(closeBox);
collectHooks.push({ live: () => owned.length > 0 || dirty.size > 0, prepare: flushDirtyFiles, sweep: sweepDeadFiles });
exitFinalizers.push(() => warnOpenFilesAtExit());

function closeBox(box: FdBox): void {
  const fd = box.fd;
  if (fd < 0) return;
  box.fd = -1;
  try {
    closeFd(fd);
  } catch {
    /* a finaliser's error is not reported */
  }
  if (box.label !== null) {
    unclosed.push(box.label);
    addPendingCall(warnUnclosed);
  }
}

/** Labels of the file objects collected unclosed, for warnUnclosed. */
const unclosed: string[] = [];

/**
 * fileio_dealloc_warn: ResourceWarning "unclosed file <repr>" for each file object V8 collected with its
 * descriptor open; a pending call, so that the warnings machinery runs in the eval loop (where the frame
 * then running is the warning's location, as the code running at a CPython object's last reference).
 */
function warnUnclosed(): void {
  for (const label of unclosed.splice(0)) {
    try {
      warn(`unclosed file ${label}`, exceptionTypes.get('ResourceWarning')!, 1, None);
    } catch (e) {
      // An error raised by the warning (-W error) is unraisable there, as in a finaliser.
      writeUnraisable(toPyExc(e), None);
    }
  }
}

/**
 * At exit, after the last collection: the file objects left open (alive, or dead and not yet swept) warn as
 * CPython's do when finalize_modules clears the modules and they go, with no frame running ("sys:1"). Their
 * pending output is written out afterwards (flushDirtyFiles).
 */
function warnOpenFilesAtExit(): void {
  for (const o of owned) {
    if (o.box.fd >= 0 && o.box.label !== null) {
      unclosed.push(o.box.label);
      o.box.label = null;
    }
  }
  warnUnclosed();
}

/**
 * The FileIO now owns its descriptor (closefd): closed when the object is collected. One of a class with a
 * Python __del__ is closed by a collection's sweep only, after that __del__ (finalize.ts runs it later than
 * the registry would report the object).
 */
function ownFd(f: PyFileIO): void {
  // Whenever the list has doubled: close what V8's collections took, and let its next ones take the files
  // made meanwhile (amortised: the files a program keeps open cost no repeated scans).
  if (owned.length >= sweepAt) {
    sweepDeadFiles();
    releaseWeakTargets();
    sweepAt = Math.max(64, 2 * owned.length);
  }
  owned.push({ ref: new WeakRef(f), box: f.box });
  if (!hasFinalizer(f.cls)) fdRegistry.register(f, f.box, f.box);
}

/** After a full collection: close the descriptors of collected file objects; returns how many. */
function sweepDeadFiles(): number {
  let n = 0;
  let j = 0;
  for (const e of owned) {
    if (e.box.fd < 0) continue;
    if (e.ref.deref() === undefined) {
      closeBox(e.box);
      n++;
      continue;
    }
    owned[j++] = e;
  }
  owned.length = j;
  return n;
}

/** open(2) for FileIO: out of descriptors, the dead file objects' are closed first and the call made again. */
function openOwned(path: string | Buffer, flags: number, obj: PyValue): number {
  try {
    return openFd(path, flags, 0o666, obj);
  } catch (e) {
    const errno = e instanceof PyException && e.exc instanceof PyOSError ? e.exc.errno : null;
    if (errno !== 24 && errno !== 23) throw e; // EMFILE, ENFILE
    collectNow(); // (it writes out the pending data first: see collectHooks below)
    return openFd(path, flags, 0o666, obj);
  }
}

function fileMode(f: PyFileIO): string {
  if (f.created) return f.readable ? 'xb+' : 'xb';
  if (f.appending) return f.readable ? 'ab+' : 'ab';
  if (f.readable) return f.writable ? 'rb+' : 'rb';
  return 'wb';
}

/** A FileIO that is open (fileio.c's err_closed: its message, unlike IOBase's, has no full stop). */
function F(self: PyValue): PyFileIO {
  const f = self as PyFileIO;
  if (f.fd < 0) valueError('I/O operation on closed file');
  return f;
}

/**
 * A path holding a high surrogate before a low one: the file system encoding (utf-8, surrogateescape)
 * cannot encode the high one, so this raises its UnicodeEncodeError, as CPython's os.fsencode does.
 */
function surrogatePath(p: PySurrogateStr): never {
  encodeText(p, 'utf-8', 'surrogateescape');
  throw new Error('unreachable: surrogateescape encodes no high surrogate');
}

function fileIOInit(self: PyFileIO, args: PyValue[], kw: string[] | null): void {
  const [file, modeV, closefdV, opener] = parseArgs('FileIO', ['file', 'mode', 'closefd', 'opener'], args, kw, 1);
  if (self.fd >= 0) {
    if (self.closefd) closeFd(self.fd);
    self.fd = -1;
    fdRegistry.unregister(self.box);
  }
  if (file instanceof PyFloat) typeError('integer argument expected, got float');
  let fd = -1;
  if (typeof file === 'number' || typeof file === 'boolean' || typeof file === 'bigint') {
    fd = Number(file);
    if (fd < 0) valueError('negative file descriptor');
  }
  const mode = modeV === undefined ? 'r' : strSubValue(modeV);
  if (typeof mode !== 'string') typeError(`FileIO() argument 'mode' must be str, not ${typeOf(mode).tpName}`);
  let rwa = false;
  let plus = false;
  let flags = 0;
  self.readable = self.writable = self.appending = self.created = false;
  const bad = (): never => valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  for (const c of mode) {
    switch (c) {
      case 'x': if (rwa) bad(); rwa = true; self.created = true; self.writable = true; flags |= 64 | 128; break;
      case 'r': if (rwa) bad(); rwa = true; self.readable = true; break;
      case 'w': if (rwa) bad(); rwa = true; self.writable = true; flags |= 64 | 512; break;
      case 'a': if (rwa) bad(); rwa = true; self.writable = true; self.appending = true; flags |= 1024 | 64; break;
      case 'b': break;
      case '+': if (plus) bad(); self.readable = self.writable = true; plus = true; break;
      default: valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) bad();
  flags |= self.readable && self.writable ? 2 : self.readable ? 0 : 1;
  self.closefd = closefdV === undefined ? true : truthy(closefdV);
  let nameObj: PyValue = file!;
  audit('open', [file!, mode, flags | 524288]);
  // fd_is_own: a descriptor opened here is closed again when __init__ fails; one given is left alone.
  const own = fd < 0;
  if (fd >= 0) {
    registerFd(fd, self.appending);
  } else {
    if (!self.closefd) valueError('Cannot use closefd=False with file name');
    if (file instanceof PySurrogateStr) surrogatePath(file);
    const p = fspath(file!);
    // PyUnicode_FSConverter: a NUL in the name, str or bytes, is refused before the open.
    const pathForNode = typeof p === 'string' ? (p.includes('\0') ? valueError('embedded null byte') : nodePath(p))
      : (p as PyBytesObj).bytes.includes(0) ? valueError('embedded null byte') : Buffer.from((p as PyBytesObj).bytes);
    if (opener !== undefined && opener !== None) {
      const r = call(opener, [file!, flags | 524288]);
      if (typeof r !== 'number') typeError('expected integer from opener');
      if (r < 0) valueError(`opener returned ${r}`);
      fd = r;
      registerFd(fd, self.appending);
    } else fd = openOwned(pathForNode, flags, file!);
    nameObj = file!;
  }
  self.fd = fd;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      if (own) closeFd(fd);
      self.fd = -1;
      raiseErrno(21, file!);
    }
    if (st.blksize > 1) self.blksize = st.blksize;
  } catch (e) {
    if (e instanceof PyException) throw e;
    // fstat's errors are tolerated, but EBADF: no such descriptor (FileIO(fd) of a closed one).
    if ((e as NodeJS.ErrnoException).code === 'EBADF') {
      self.fd = -1;
      raiseErrno(9);
    }
  }
  // Through __setattr__, as fileio_init sets it: a subclass may refuse.
  try {
    setAttr(self, 'name', nameObj);
  } catch (e) {
    if (own) closeFd(fd);
    self.fd = -1;
    throw e;
  }
  if (self.closefd) {
    ownFd(self);
    self.box.label = reprForWarning(self);
  }
  if (self.appending) {
    // To the end now (portable_lseek with suppress_pipe_error): a pipe's ESPIPE only marks it unseekable.
    try {
      seekFd(fd, 0, 2);
    } catch (e) {
      if (!(e instanceof PyException && e.exc instanceof PyOSError && e.exc.errno === 29)) throw e;
      self.seekable = 0;
    }
  }
}

function initFileIO(): void {
  fileIOType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyFileIO(args[0] as PyType), args[0] as PyType)));
  defineMethods(fileIOType, {
    __init__: (self, args, kw) => {
      fileIOInit(self as PyFileIO, args, kw);
      return None;
    },
    read: (self, args, kw) => {
      const f = F(self);
      if (!f.readable) unsupported('File not open for reading');
      const n = sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]);
      if (n < 0) return fileReadall(f);
      const buf = new Uint8Array(n);
      const got = readNb(f.fd, buf, 0, n);
      if (got < 0) return None;
      return new PyBytesObj(got === n ? buf : buf.slice(0, got));
    },
    readall: (self) => fileReadall(F(self)),
    readinto: (self, args) => {
      const f = F(self);
      if (!f.readable) unsupported('File not open for reading');
      const info = writableBuffer(args[0]);
      if (info === undefined || info.readonly) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).tpName}`);
      const got = readNb(f.fd, info.data, 0, info.data.length);
      return got < 0 ? None : got;
    },
    write: (self, args) => {
      const f = F(self);
      if (!f.writable) unsupported('File not open for writing');
      try {
        return writeFd(f.fd, bytesOf(args[0]));
      } catch (e) {
        // A non-blocking descriptor that cannot take anything now: None, as CPython's FileIO says.
        if (isEagain(e)) return None;
        throw e;
      }
    },
    seek: (self, args, kw) => {
      const f = F(self);
      const [pos, whence] = parseArgs('seek', ['pos', 'whence'], args, kw, 1);
      if (pos instanceof PyFloat) typeError('an integer is required');
      return seekFd(f.fd, Number(index(pos!)), whence === undefined ? 0 : Number(index(whence)));
    },
    tell: (self) => seekFd(F(self).fd, 0, 1),
    truncate: (self, args) => {
      const f = F(self);
      if (!f.writable) unsupported('File not open for writing');
      const size = args.length > 0 && args[0] !== None ? Number(index(args[0])) : seekFd(f.fd, 0, 1);
      try {
        ftruncateSync(f.fd, size);
      } catch (e) {
        osErrorFrom(e);
      }
      return size;
    },
    close: (self) => {
      const f = self as PyFileIO;
      if (f.fd < 0) return None;
      try {
        callBound(ioBaseType.tdict.get('close')!, self, []);
      } finally {
        const fd = f.fd;
        f.fd = -1;
        fdRegistry.unregister(f.box);
        if (f.closefd) closeFd(fd);
      }
      return None;
    },
    seekable: (self) => {
      const f = F(self);
      if (f.seekable < 0) f.seekable = isSeekableFd(f.fd) ? 1 : 0;
      return f.seekable === 1;
    },
    readable: (self) => F(self).readable,
    writable: (self) => F(self).writable,
    fileno: (self) => F(self).fd,
    isatty: (self) => isattyFd(F(self).fd),
    __repr__: (self) => fileRepr(self as PyFileIO),
    __getstate__: (self) => typeError(`cannot pickle '${typeOf(self).tpName}' object`),
  });
  defineGetters(fileIOType, {
    closed: (self) => (self as PyFileIO).fd < 0,
    closefd: (self) => (self as PyFileIO).closefd,
    mode: (self) => fileMode(self as PyFileIO),
    _blksize: (self) => (self as PyFileIO).blksize,
  });
}

/** The repr an unclosed-file warning will show; a failing repr (a subclass's) must not fail the open. */
function reprForWarning(o: PyValue): string | null {
  try {
    return o instanceof PyFileIO ? fileRepr(o) : repr(o);
  } catch (e) {
    if (e instanceof PyException) return null;
    throw e;
  }
}

function fileRepr(f: PyFileIO): string {
  if (f.fd < 0) return `<_io.FileIO [closed]>`;
  const name = getAttrOpt(f, 'name');
  const n = name === undefined ? `fd=${f.fd}` : `name=${repr(name)}`;
  return `<_io.FileIO ${n} mode='${fileMode(f)}' closefd=${f.closefd ? 'True' : 'False'}>`;
}

function isEagain(e: unknown): boolean {
  return e instanceof PyException && (e.exc.cls === exceptionTypes.get('BlockingIOError') || e.exc.cls.name === 'BlockingIOError');
}

/** readFd, but -1 where a non-blocking descriptor has nothing now (FileIO then returns None). */
function readNb(fd: number, buf: Uint8Array, off: number, n: number): number {
  try {
    awaitPipeData(fd);
    return readFd(fd, buf, off, n);
  } catch (e) {
    if (isEagain(e)) return -1;
    throw e;
  }
}

function fileReadall(f: PyFileIO): PyValue {
  if (!f.readable) unsupported('File not open for reading');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let size = 65536;
  try {
    const st = fstatSync(f.fd);
    if (st.isFile()) size = Math.max(1, st.size + 1);
  } catch {
    /* not a file: read in chunks */
  }
  for (;;) {
    const buf = new Uint8Array(Math.min(size, 1 << 24));
    const got = readNb(f.fd, buf, 0, buf.length);
    if (got < 0) {
      if (total === 0) return None;
      break;
    }
    if (got === 0) break;
    chunks.push(got === buf.length ? buf : buf.subarray(0, got));
    total += got;
    size = 65536;
  }
  return new PyBytesObj(chunks.length === 0 ? new Uint8Array(0) : concat(chunks, total));
}

// ---------------------------------------------------------------------------
// BytesIO

class PyBytesIO extends PyObject {
  declare buf: Uint8Array;
  declare size: number;
  declare pos: number;
  declare closed: boolean;
  /** getbuffer()'s exporters that may still have views. */
  declare exporters: PyBytesIOBuffer[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.buf = new Uint8Array(0);
    this.size = 0;
    this.pos = 0;
    this.closed = false;
    this.exporters = null;
  }
}

/** What getbuffer()'s memoryview views (_io._BytesIOBuffer): the BytesIO's own bytes, written through. */
class PyBytesIOBuffer extends PyObject {
  declare bio: PyBytesIO;
  declare exports: number;
  constructor(bio: PyBytesIO) {
    super(bytesIOBufferType);
    this.bio = bio;
    this.exports = 0;
  }
}

function BIO(self: PyValue): PyBytesIO {
  const b = self as PyBytesIO;
  if (b.closed) closedError();
  return b;
}

/**
 * CHECK_EXPORTS: no write, truncate, close or new state while a getbuffer() view is alive (views no
 * running frame can reach count as released, as memoryview.ts decides for bytearray).
 */
function bioCheckExports(b: PyBytesIO): void {
  if (b.exporters === null) return;
  b.exporters = b.exporters.filter((o) => o.exports > 0 && !exportHooks.releaseDead(o as never));
  if (b.exporters.length > 0) raise(exceptionTypes.get('BufferError')!, 'Existing exports of data: object cannot be re-sized');
  b.exporters = null;
}

function bioReserve(b: PyBytesIO, n: number): void {
  if (n <= b.buf.length) return;
  const nb = new Uint8Array(Math.max(n, b.buf.length * 2, 64));
  nb.set(b.buf.subarray(0, b.size));
  b.buf = nb;
}

function bioWrite(b: PyBytesIO, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  bioReserve(b, end);
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function bioRead(b: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, b.size - b.pos);
  const k = n < 0 || n > avail ? avail : n;
  const r = b.buf.slice(b.pos, b.pos + k);
  b.pos += k;
  return r;
}

function bioReadline(b: PyBytesIO, limit: number): Uint8Array {
  let end = b.pos;
  const stop = limit < 0 ? b.size : Math.min(b.size, b.pos + limit);
  while (end < stop) if (b.buf[end++] === 10) break;
  const r = b.buf.slice(b.pos, end);
  b.pos = Math.max(b.pos, end);
  return r;
}

function initBytesIO(): void {
  bytesIOType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyBytesIO(args[0] as PyType), args[0] as PyType)));
  defineMethods(bytesIOType, {
    __init__: (self, args, kw) => {
      const [init] = parseArgs('BytesIO', ['initial_bytes'], args, kw, 0);
      const b = self as PyBytesIO;
      bioCheckExports(b);
      b.size = b.pos = 0;
      if (init !== undefined && init !== None) {
        const data = bytesOf(init);
        b.buf = data.slice();
        b.size = data.length;
      }
      return None;
    },
    getvalue: (self) => {
      const b = BIO(self);
      return new PyBytesObj(b.buf.slice(0, b.size));
    },
    getbuffer: (self) => {
      const b = BIO(self);
      const o = new PyBytesIOBuffer(b);
      (b.exporters ??= []).push(o);
      return call(loadBuiltin('memoryview'), [o]);
    },
    read: (self, args, kw) => new PyBytesObj(bioRead(BIO(self), sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]))),
    read1: (self, args, kw) => new PyBytesObj(bioRead(BIO(self), sizeArg(parseArgs('read1', ['size'], args, kw, 0)[0]))),
    readline: (self, args, kw) => new PyBytesObj(bioReadline(BIO(self), sizeArg(parseArgs('readline', ['size'], args, kw, 0)[0]))),
    readlines: (self, args, kw) => {
      const b = BIO(self);
      const hint = sizeArg(parseArgs('readlines', ['size'], args, kw, 0)[0]);
      const out: PyValue[] = [];
      let total = 0;
      while (b.pos < b.size) {
        const line = bioReadline(b, -1);
        out.push(new PyBytesObj(line));
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    },
    readinto: (self, args) => {
      const b = BIO(self);
      const info = writableBuffer(args[0]);
      if (info === undefined || info.readonly) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).tpName}`);
      const r = bioRead(b, info.data.length);
      info.data.set(r);
      return r.length;
    },
    write: (self, args) => {
      const b = BIO(self);
      if (args.length !== 1) typeError(`write() takes exactly one argument (${args.length} given)`);
      bioCheckExports(b);
      return bioWrite(b, bytesOf(args[0]));
    },
    writelines: (self, args) => {
      const b = BIO(self);
      bioCheckExports(b);
      for (const x of toArray(args[0])) bioWrite(b, bytesOf(x));
      return None;
    },
    seek: (self, args, kw) => {
      const b = BIO(self);
      const [posV, whenceV] = parseArgs('seek', ['pos', 'whence'], args, kw, 1);
      const pos = Number(index(posV!));
      const whence = whenceV === undefined ? 0 : Number(index(whenceV));
      if (whence === 0) {
        if (pos < 0) valueError(`negative seek value ${pos}`);
        b.pos = pos;
      } else if (whence === 1) b.pos = Math.max(0, b.pos + pos);
      else if (whence === 2) b.pos = Math.max(0, b.size + pos);
      else valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      return b.pos;
    },
    tell: (self) => BIO(self).pos,
    truncate: (self, args) => {
      const b = BIO(self);
      const size = args.length > 0 && args[0] !== None ? Number(index(args[0])) : b.pos;
      if (size < 0) valueError(`negative size value ${size}`);
      bioCheckExports(b);
      if (size < b.size) b.size = size;
      return size;
    },
    readable: (self) => (BIO(self), true),
    writable: (self) => (BIO(self), true),
    seekable: (self) => (BIO(self), true),
    flush: (self) => (BIO(self), None),
    isatty: (self) => (BIO(self), false),
    close: (self) => {
      bioCheckExports(self as PyBytesIO);
      (self as PyBytesIO).closed = true;
      return None;
    },
    __iter__: (self) => self,
    __next__: (self) => {
      const line = bioReadline(BIO(self), -1);
      if (line.length === 0) stopIteration();
      return new PyBytesObj(line);
    },
    __getstate__: (self) => {
      const b = BIO(self);
      return new PyTuple([new PyBytesObj(b.buf.slice(0, b.size)), b.pos, self instanceof PyObject && self.dict !== null ? self.dict : None]);
    },
    // bytesio_setstate: (value, position, __dict__ or None), checked in that order.
    __setstate__: (self, args) => {
      const b = BIO(self); // closed: ValueError
      const st = memoryState(self, args, 3);
      bioCheckExports(b);
      const data = bytesOf(st[0]);
      b.buf = data.slice();
      b.size = data.length;
      b.pos = statePosition(st[1], 'second item of state must be an integer, not');
      stateDict(self as PyObject, st[2], 'third');
      return None;
    },
  });
  defineGetters(bytesIOType, { closed: (self) => (self as PyBytesIO).closed });
  bufferExporters.push((v) => {
    if (!(v instanceof PyBytesIOBuffer)) return undefined;
    const b = v.bio;
    return {
      data: b.buf.subarray(0, b.size), readonly: false, format: 'B', itemsize: 1,
      acquire: () => { v.exports++; },
      release: () => { v.exports--; },
    };
  });
}

function loadBuiltin(name: string): PyValue {
  return getAttr(loadModule('builtins'), name);
}

// ---------------------------------------------------------------------------
// StringIO: text kept as a JS string; positions are code points (converted when astral characters exist).
// A text holding a high surrogate code point before a low one (a PySurrogateStr written, or two writes
// meeting in such a seam) cannot be a JS string: the buffer then becomes an array of code points for good,
// as does an overwrite inside a text with surrogates (where UTF-16 and code-point lengths differ).

/** The state tuple __setstate__ takes (at least n items). */
function memoryState(self: PyValue, args: PyValue[], n: number): PyValue[] {
  const st = args[0];
  if (!(st instanceof PyTuple) || st.items.length < n) typeError(`${typeOf(self).tpName}.__setstate__ argument should be ${n}-tuple, got ${typeOf(st).tpName}`);
  return st.items;
}

function statePosition(v: PyValue, wrongType: string): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(v instanceof PyObject && typeOf(v).isSubtype(intType))) typeError(`${wrongType} ${typeOf(v).tpName}`);
  const n = Number(index(v));
  if (n < 0) valueError('position value cannot be negative');
  return n;
}

/** The __dict__ item of a state: None, or a dict whose items go into the instance's __dict__. */
function stateDict(self: PyObject, d: PyValue, which: string): void {
  if (d === None) return;
  if (!(d instanceof PyDict)) typeError(`${which} item of state should be a dict, got a ${typeOf(d).tpName}`);
  const own = self.dict ?? (self.dict = new PyDict());
  for (const e of d.t.map.values()) own.set(e.key, e.value);
}

class PyStringIO extends PyObject {
  declare buf: string;
  declare cps: number[] | null; // the text as code points instead of buf (then buf is unused)
  declare pos: number; // UTF-16 index into buf, or index into cps (may exceed the end after a seek)
  declare closed: boolean;
  declare nl: NewlineMode;
  declare seennl: number;
  constructor(cls: PyType) {
    super(cls);
    this.buf = '';
    this.cps = null;
    this.pos = 0;
    this.closed = false;
    this.nl = newlineMode(None);
    this.seennl = 0;
  }
}

/** The newline argument of TextIOWrapper/StringIO, decoded (textiowrapper_init). */
interface NewlineMode {
  arg: PyValue;
  readuniversal: boolean;
  readtranslate: boolean;
  readnl: string | null;
  writetranslate: boolean;
  writenl: string | null;
}

/** `quoted`: StringIO's message shows the value's repr, TextIOWrapper's the value. */
function newlineMode(v: PyValue, quoted = false): NewlineMode {
  if (v !== None && typeof v !== 'string') typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeOf(v).tpName}`);
  if (v !== None && v !== '' && v !== '\n' && v !== '\r' && v !== '\r\n') valueError(`illegal newline value: ${quoted ? repr(v) : v as string}`);
  const nl = v === None ? null : (v as string);
  return {
    arg: v,
    readuniversal: nl === null || nl === '',
    readtranslate: nl === null,
    readnl: nl,
    writetranslate: nl !== '',
    writenl: nl === null ? '\n' : nl === '' ? null : nl,
  };
}

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

function seenNewlines(s: string): number {
  let f = 0;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) f |= s.charCodeAt(i + 1) === 10 ? SEEN_CRLF : SEEN_CR;
  if (f & SEEN_CRLF) {
    // Any '\n' not preceded by '\r'?
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) if (i === 0 || s.charCodeAt(i - 1) !== 13) { f |= SEEN_LF; break; }
  } else if (s.includes('\n')) f |= SEEN_LF;
  return f;
}

function newlinesValue(seen: number): PyValue {
  const names: string[] = [];
  if (seen & SEEN_CR) names.push('\r');
  if (seen & SEEN_LF) names.push('\n');
  if (seen & SEEN_CRLF) names.push('\r\n');
  if (names.length === 0) return None;
  return names.length === 1 ? names[0] : new PyTuple(names);
}

function translateNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** The end (exclusive) of the line starting at `from` in s, or -1 when no line ending is there yet. */
function findLineEnd(s: string, from: number, nl: NewlineMode, translated: boolean): number {
  if (translated) {
    const i = s.indexOf('\n', from);
    return i < 0 ? -1 : i + 1;
  }
  if (nl.readuniversal) {
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return -1;
  }
  const i = s.indexOf(nl.readnl!, from);
  return i < 0 ? -1 : i + nl.readnl!.length;
}

function SIO(self: PyValue): PyStringIO {
  const s = self as PyStringIO;
  if (s.closed) valueError('I/O operation on closed file');
  return s;
}

/** The newline handling of a write: translated text (a JS string). */
function sioNewlines(s: PyStringIO, text: string): string {
  if (s.nl.readtranslate || s.nl.readuniversal) s.seennl |= seenNewlines(text);
  if (s.nl.readtranslate) text = translateNewlines(text);
  else if (s.nl.writetranslate && s.nl.writenl !== '\n' && s.nl.writenl !== null) text = text.replace(/\n/g, s.nl.writenl);
  return text;
}

function sioWrite(s: PyStringIO, t: string | PySurrogateStr): void {
  if (typeof t !== 'string' || s.cps !== null) return sioWriteCps(s, t);
  const text = sioNewlines(s, t);
  if (text.length === 0) return;
  const buf = s.buf;
  const pos = s.pos;
  // A seam where the text meets what precedes it or follows it, or an overwrite where lengths differ.
  if (pos < buf.length ? hasSurrogates(text) || hasSurrogates(buf)
    : pos === buf.length && (text.charCodeAt(0) & 0xfc00) === 0xdc00 && (buf.charCodeAt(pos - 1) & 0xfc00) === 0xd800) {
    sioToCps(s);
    return sioPutCps(s, toCodePoints(text));
  }
  if (pos === buf.length) s.buf += text;
  else if (pos > buf.length) s.buf += '\0'.repeat(pos - buf.length) + text;
  else s.buf = buf.slice(0, pos) + text + buf.slice(pos + text.length);
  s.pos += text.length;
}

/** Switch a StringIO to its code-point form (positions become code point indices). */
function sioToCps(s: PyStringIO): void {
  if (s.cps !== null) return;
  const within = Math.min(s.pos, s.buf.length);
  s.pos = cpLen(s.buf.slice(0, within)) + (s.pos - within);
  s.cps = toCodePoints(s.buf);
  s.buf = '';
}

function sioWriteCps(s: PyStringIO, t: string | PySurrogateStr): void {
  // Newline handling on the text with its surrogates moved out of the way (they are not line breaks).
  const m = new SurrogateMapping([t]);
  const text = m.unmap(sioNewlines(s, m.mapStr(t))) as string | PySurrogateStr;
  sioToCps(s);
  sioPutCps(s, toCodePoints(text));
}

function sioPutCps(s: PyStringIO, cps: number[]): void {
  const buf = s.cps!;
  while (buf.length < s.pos) buf.push(0);
  for (let i = 0; i < cps.length; i++) buf[s.pos + i] = cps[i];
  s.pos += cps.length;
}

/** The text of a StringIO. */
function sioValue(s: PyStringIO): PyValue {
  return s.cps === null ? s.buf : fromCodePoints(s.cps.slice());
}

/** The end (exclusive) of the line starting at `from` in code points, or -1 (findLineEnd's rules). */
function findLineEndCps(s: number[], from: number, nl: NewlineMode, translated: boolean): number {
  const want = translated ? '\n' : nl.readuniversal ? null : nl.readnl!;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (want === null) {
      if (c === 10) return i + 1;
      if (c === 13) return s[i + 1] === 10 ? i + 2 : i + 1;
    } else if (c === want.charCodeAt(0) && (want.length === 1 || s[i + 1] === want.charCodeAt(1))) return i + want.length;
  }
  return -1;
}

function sioReadline(s: PyStringIO, limit: number): PyValue {
  if (s.cps !== null) {
    const buf = s.cps;
    if (s.pos >= buf.length) return '';
    let end = findLineEndCps(buf, s.pos, s.nl, s.nl.readtranslate);
    if (end < 0) end = buf.length;
    if (limit >= 0) end = Math.min(end, s.pos + limit);
    const r = fromCodePoints(buf.slice(s.pos, end));
    s.pos = end;
    return r;
  }
  if (s.pos >= s.buf.length) return '';
  let end = findLineEnd(s.buf, s.pos, s.nl, s.nl.readtranslate);
  if (end < 0) end = s.buf.length;
  if (limit >= 0) end = Math.min(end, cpIndex(s.buf, s.pos, limit));
  const r = s.buf.slice(s.pos, end);
  s.pos = end;
  return r;
}

function initStringIO(): void {
  stringIOType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyStringIO(args[0] as PyType), args[0] as PyType)));
  defineMethods(stringIOType, {
    __init__: (self, args, kw) => {
      const [init, nlV] = parseArgs('StringIO', ['initial_value', 'newline'], args, kw, 0);
      const s = self as PyStringIO;
      if (nlV !== undefined && nlV !== None && typeof nlV !== 'string') typeError(`newline must be str or None, not ${typeOf(nlV).tpName}`);
      s.nl = newlineMode(nlV === undefined ? '\n' : nlV, true);
      // StringIO translates on write with newline=None (and keeps '\r' lines apart with newline='').
      s.buf = '';
      s.cps = null;
      s.pos = 0;
      s.closed = false;
      s.seennl = 0;
      if (init !== undefined && init !== None) {
        const t = anyStr(init);
        if (t === undefined) typeError(`initial_value must be str or None, not ${typeOf(init).tpName}`);
        sioWrite(s, t);
        s.pos = 0;
      }
      return None;
    },
    getvalue: (self) => sioValue(SIO(self)),
    read: (self, args, kw) => {
      const s = SIO(self);
      const n = sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]);
      if (s.cps !== null) {
        if (s.pos >= s.cps.length) return '';
        const end = n < 0 ? s.cps.length : Math.min(s.cps.length, s.pos + n);
        const r = fromCodePoints(s.cps.slice(s.pos, end));
        s.pos = end;
        return r;
      }
      if (s.pos >= s.buf.length) return '';
      const end = n < 0 ? s.buf.length : cpIndex(s.buf, s.pos, n);
      const r = s.buf.slice(s.pos, end);
      s.pos = end;
      return r;
    },
    readline: (self, args, kw) => {
      const [size] = parseArgs('readline', ['size'], args, kw, 0);
      return sioReadline(SIO(self), sizeArg(size));
    },
    write: (self, args) => {
      const s = SIO(self);
      if (args.length !== 1) typeError(`write() takes exactly one argument (${args.length} given)`);
      const t = anyStr(args[0]);
      if (t === undefined) typeError(`string argument expected, got '${typeOf(args[0]).tpName}'`);
      sioWrite(s, t);
      return typeof t === 'string' ? cpLen(t) : t.cps.length;
    },
    seek: (self, args, kw) => {
      const s = SIO(self);
      const [posV, whenceV] = parseArgs('seek', ['pos', 'whence'], args, kw, 1);
      const pos = Number(index(posV!));
      const whence = whenceV === undefined ? 0 : Number(index(whenceV));
      if (whence !== 0 && whence !== 1 && whence !== 2) valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0 && whence === 0) valueError(`Negative seek position ${pos}`);
      if (whence !== 0 && pos !== 0) raise(OSError, "Can't do nonzero cur-relative seeks");
      if (s.cps !== null) {
        if (whence === 1) return s.pos;
        s.pos = whence === 2 ? s.cps.length : pos;
        return s.pos;
      }
      if (whence === 1) return cpLen(s.buf.slice(0, Math.min(s.pos, s.buf.length))) + Math.max(0, s.pos - s.buf.length);
      if (whence === 2) s.pos = s.buf.length;
      else {
        const idx = cpIndex(s.buf, 0, pos);
        s.pos = idx + Math.max(0, pos - cpLen(s.buf.slice(0, idx)));
      }
      return pos === 0 && whence === 2 ? cpLen(s.buf) : pos;
    },
    tell: (self) => {
      const s = SIO(self);
      if (s.cps !== null) return s.pos;
      return cpLen(s.buf.slice(0, Math.min(s.pos, s.buf.length))) + Math.max(0, s.pos - s.buf.length);
    },
    truncate: (self, args) => {
      const s = SIO(self);
      let size = args.length > 0 && args[0] !== None ? Number(index(args[0])) : -1;
      if (size < 0 && args.length > 0 && args[0] !== None) valueError(`Negative size value ${size}`);
      if (s.cps !== null) {
        if (size < 0) size = s.pos;
        if (size < s.cps.length) s.cps.length = size;
        return size;
      }
      const idx = size < 0 ? s.pos : cpIndex(s.buf, 0, size);
      if (size < 0) size = cpLen(s.buf.slice(0, Math.min(s.pos, s.buf.length)));
      if (idx < s.buf.length) s.buf = s.buf.slice(0, idx);
      return size;
    },
    readable: (self) => (SIO(self), true),
    writable: (self) => (SIO(self), true),
    seekable: (self) => (SIO(self), true),
    close: (self) => {
      (self as PyStringIO).closed = true;
      return None;
    },
    __next__: (self) => {
      const s = SIO(self);
      const line = typeOf(self) === stringIOType ? sioReadline(s, -1) : method(self, 'readline');
      if (line instanceof PySurrogateStr) return line;
      if (typeof line !== 'string') raise(exceptionTypes.get('OSError')!, `readline() should have returned a str object, not '${typeOf(line).tpName}'`);
      if (line.length === 0) stopIteration();
      return line;
    },
    __getstate__: (self) => {
      const s = SIO(self);
      const pos = s.cps !== null ? s.pos : cpLen(s.buf.slice(0, Math.min(s.pos, s.buf.length))) + Math.max(0, s.pos - s.buf.length);
      // CPython makes the instance dict on first use: None until then.
      return new PyTuple([sioValue(s), s.nl.arg, pos, s.dict !== null && s.dict.t.size > 0 ? s.dict : None]);
    },
    // stringio_setstate: __init__(value, newline) checks them, then the text is put back as it is (it was
    // translated once already), then the position and the __dict__.
    __setstate__: (self, args) => {
      const s = SIO(self); // closed: ValueError
      const st = memoryState(self, args, 4);
      callBound(stringIOType.tdict.get('__init__')!, self, [st[0], st[1]]);
      const t = anyStr(st[0]) ?? '';
      if (typeof t === 'string') {
        s.buf = t;
        s.cps = null;
      } else s.cps = t.cps.slice();
      const pos = statePosition(st[2], 'third item of state must be an integer, got');
      if (s.cps !== null) s.pos = pos;
      else {
        const idx = cpIndex(s.buf, 0, pos);
        s.pos = idx + Math.max(0, pos - cpLen(s.buf.slice(0, idx)));
      }
      stateDict(s, st[3], 'fourth');
      return None;
    },
  });
  defineGetters(stringIOType, {
    closed: (self) => (self as PyStringIO).closed,
    line_buffering: (self) => (SIO(self), false),
    newlines: (self) => {
      const s = SIO(self);
      return s.nl.readtranslate || s.nl.readuniversal ? newlinesValue(s.seennl) : None;
    },
  });
}

// ---------------------------------------------------------------------------
// Unflushed writers. CPython flushes a file object when its last reference goes; Typhon cannot see that
// moment, so the writers holding unwritten data are kept here and flushed at exit (shutdownInterpreter).
// Known difference: open(p, 'w').write(s) followed at once by open(p).read() reads nothing yet.

const dirty = new Set<PyObject>();

/** Write out every writer's pending data (errors are ignored, as in a finalizer). */
export function flushDirtyFiles(): void {
  // A text layer's flush makes its buffer dirty: go on until nothing is left.
  for (let round = 0; dirty.size > 0 && round < 3; round++) for (const o of Array.from(dirty)) {
    dirty.delete(o);
    try {
      if (o instanceof PyTextIOWrapper) {
        if (o.ok) twFlushWrites(o);
      } else if (o instanceof PyBuffered && o.ok && !bufClosed(o)) bufFlushWrites(o);
    } catch {
      /* a finalizer's errors are not reported here */
    }
  }
}

// ---------------------------------------------------------------------------
// Buffered readers and writers

class PyBuffered extends PyObject {
  declare raw: PyValue;
  declare fast: PyFileIO | null;
  /** The raw stream is a socket's SocketIO, read natively through socketIoHooks (so its reads may suspend the thread). */
  declare sockRaw: boolean;
  /** The raw stream is a FileIO of a pipe, whose reads may wait for another thread (posix.ts awaitPipeData). */
  declare pipeRaw: boolean;
  declare canRead: boolean;
  declare canWrite: boolean;
  declare bufferSize: number;
  declare rbuf: Uint8Array;
  declare rpos: number;
  declare rlen: number;
  declare wbuf: Uint8Array[];
  declare wlen: number;
  declare detached: boolean;
  declare ok: boolean;
  /** A standard stream's buffer (0, 1, 2): bytes go through sys.ts's stream functions; else -1. */
  declare std: number;
  /** BufferedRWPair: the writer half (this object is the reader). */
  declare pairWriter: PyBuffered | null;
  constructor(cls: PyType) {
    super(cls);
    this.raw = None;
    this.fast = null;
    this.sockRaw = false;
    this.pipeRaw = false;
    this.canRead = this.canWrite = false;
    this.bufferSize = DEFAULT_BUFFER_SIZE;
    this.rbuf = new Uint8Array(0);
    this.rpos = this.rlen = 0;
    this.wbuf = [];
    this.wlen = 0;
    this.detached = false;
    this.ok = false;
    this.std = -1;
    this.pairWriter = null;
  }
}

function BUF(self: PyValue): PyBuffered {
  const b = self as PyBuffered;
  if (!b.ok) {
    if (b.detached) valueError('raw stream has been detached');
    valueError('I/O operation on uninitialized object');
  }
  return b;
}

function bufClosed(b: PyBuffered): boolean {
  if (b.fast !== null) return b.fast.fd < 0;
  if (b.std >= 0) return false;
  return truthy(getAttr(b.raw, 'closed'));
}

function bufCheckClosed(b: PyBuffered, msg = 'I/O operation on closed file.'): void {
  if (bufClosed(b)) valueError(msg);
}

/**
 * Set by _socket.ts: a socket's SocketIO is read natively, not through its Python readinto, so that a
 * read waiting for data is called straight from the eval loop and can suspend its thread (threads.ts)
 * instead of waiting nested (where the thread that would send the data may be unable to run).
 */
export const socketIoHooks: {
  isSocketRaw: ((raw: PyValue) => boolean) | null;
  socketRead: ((raw: PyValue, n: number) => Uint8Array | null) | null;
} = { isSocketRaw: null, socketRead: null };

/** One raw read of up to n bytes: null when a non-blocking raw has nothing. */
function rawRead(b: PyBuffered, n: number): Uint8Array | null {
  if (b.std === 0) return readStdinBytes(n);
  if (b.sockRaw) return socketIoHooks.socketRead!(b.raw, n);
  if (b.fast !== null) {
    const buf = new Uint8Array(n);
    const got = readNb(b.fast.fd, buf, 0, n);
    if (got < 0) return null;
    return got === n ? buf : buf.subarray(0, got);
  }
  const ba = new PyByteArray(new Uint8Array(n));
  const r = method(b.raw, 'readinto', [ba]);
  if (r === None) return null;
  let k: number;
  try {
    k = Number(index(r));
  } catch (e) {
    // _PyErr_FormatFromCause
    if (!(e instanceof PyException)) throw e;
    const err = newException(OSError, ['raw readinto() failed']);
    err.cause = err.context = e.exc;
    err.suppressContext = true;
    throw new PyException(err);
  }
  if (k < 0 || k > n) raise(exceptionTypes.get('OSError')!, `raw readinto() returned invalid length ${k} (should have been between 0 and ${n})`);
  return ba.bytes.subarray(0, k);
}

/**
 * One raw write (_bufferedwriter_raw_write): how many bytes the raw stream took, or -1 where a non-blocking
 * one would block (its write() returned None; FileIO's descriptor said EAGAIN).
 */
function rawWriteOnce(b: PyBuffered, chunk: Uint8Array): number {
  if (b.fast !== null) {
    try {
      return writeFd(b.fast.fd, chunk);
    } catch (e) {
      if (isEagain(e)) return -1;
      throw e;
    }
  }
  const r = method(b.raw, 'write', [new PyBytesObj(chunk.slice())]);
  if (r === None) return -1;
  const n = Number(index(r));
  if (n < 0 || n > chunk.length) raise(exceptionTypes.get('OSError')!, `raw write() returned invalid length ${n} (should have been between 0 and ${chunk.length})`);
  return n;
}

/** Add bytes (copied) to the pending writes. */
function bufPend(b: PyBuffered, data: Uint8Array): void {
  b.wbuf.push(data.slice());
  b.wlen += data.length;
  dirty.add(b);
}

/**
 * CPython's error for a write a non-blocking raw stream of `b` cut short: `written` bytes were taken or
 * buffered. Its errno is C's errno at that point: EAGAIN after a FileIO's write, else (a raw stream in
 * Python returned None) usually 0.
 */
function blockingWrite(b: PyBuffered, written: number): never {
  const errno = b.raw instanceof PyFileIO ? 11 : 0;
  throw new PyException(newException(exceptionTypes.get('BlockingIOError')!, [errno, 'write could not complete without blocking', written]));
}

/**
 * _bufferedwriter_flush_unlocked: write out the pending bytes. What the raw stream did not take stays
 * pending, when it raises as when it would block (BlockingIOError with nothing written).
 */
function bufFlushWrites(b: PyBuffered): void {
  if (b.wlen === 0) return;
  dirty.delete(b);
  const data = concat(b.wbuf, b.wlen);
  b.wbuf = [];
  b.wlen = 0;
  let off = 0;
  try {
    while (off < data.length) {
      const n = rawWriteOnce(b, off === 0 ? data : data.subarray(off));
      if (n < 0) blockingWrite(b, 0);
      off += n;
    }
  } catch (e) {
    b.wbuf = [data.subarray(off)];
    b.wlen = data.length - off;
    dirty.add(b);
    throw e;
  }
}

function rawSeek(b: PyBuffered, pos: number, whence: number): number {
  if (b.fast !== null) return seekFd(b.fast.fd, pos, whence);
  const r = method(b.raw, 'seek', [pos, whence]);
  const n = Number(index(r));
  if (n < 0) raise(exceptionTypes.get('OSError')!, `Raw stream returned invalid position ${n}`);
  return n;
}

/**
 * buffered_close and textiowrapper_close: flush, then close whatever the flush did; the close's error is
 * chained to the flush's, else the flush's is raised.
 */
function flushThenClose(flush: () => unknown, close: () => unknown): PyValue {
  let err: unknown = null;
  try {
    flush();
  } catch (e) {
    err = e;
  }
  try {
    close();
  } catch (e) {
    if (err instanceof PyException && e instanceof PyException) e.exc.context = err.exc;
    throw e;
  }
  if (err !== null) throw err;
  return None;
}

/** buffered_close, with the flush of the buffer's kind. */
function bufferedClose(b: PyBuffered, flush: () => unknown): PyValue {
  if (bufClosed(b)) return None;
  return flushThenClose(flush, () => {
    if (b.std < 0) method(b.raw, 'close');
  });
}

function rawTell(b: PyBuffered): number {
  if (b.fast !== null) return seekFd(F(b.fast).fd, 0, 1);
  const n = Number(index(method(b.raw, 'tell')));
  if (n < 0) raise(exceptionTypes.get('OSError')!, `Raw stream returned invalid position ${n}`);
  return n;
}

/** Drop read-ahead, moving the raw position back to the logical one (before a write or seek). */
function bufDropReadahead(b: PyBuffered): void {
  const ahead = b.rlen - b.rpos;
  if (ahead > 0 && b.canWrite) rawSeek(b, -ahead, 1);
  b.rpos = b.rlen = 0;
}

/** Make at least one byte available in the read buffer; false at end of file. */
function bufFill(b: PyBuffered): boolean | null {
  if (b.rpos < b.rlen) return true;
  if (b.wlen > 0) bufFlushWrites(b);
  const data = rawRead(b, b.bufferSize);
  if (data === null) return null;
  b.rbuf = data;
  b.rpos = 0;
  b.rlen = data.length;
  return data.length > 0;
}

/**
 * For a socket or a pipe: read ahead into the buffer, consuming nothing, until it holds `want` bytes (a
 * line, with `line`) or the stream ends. A raw read that must wait may then suspend the thread and the whole
 * call start again later (threads.ts restartable), finding what was read so far in the buffer.
 */
function bufReadAhead(b: PyBuffered, want: number, line: boolean): void {
  if (!b.canRead || bufClosed(b)) return;
  for (;;) {
    const avail = b.rlen - b.rpos;
    if (avail >= want) return;
    if (line && bufHasLine(b)) return;
    const d = rawRead(b, Math.max(b.bufferSize, Math.min(want - avail, 1 << 20)));
    if (d === null || d.length === 0) return;
    const nb = new Uint8Array(avail + d.length);
    nb.set(b.rbuf.subarray(b.rpos, b.rlen));
    nb.set(d, avail);
    b.rbuf = nb;
    b.rpos = 0;
    b.rlen = nb.length;
    if (d.length === 0) return;
  }
}

/** Whether reads of `b`'s raw stream may wait for another thread or the network: they run restartable(). */
function rawMayWait(b: PyBuffered): boolean {
  return b.sockRaw || b.pipeRaw;
}

/** Whether the read buffer of `b` holds a whole line. */
function bufHasLine(b: PyBuffered): boolean {
  const i = b.rbuf.indexOf(10, b.rpos);
  return i >= 0 && i < b.rlen;
}

/**
 * Run a read of `b`, restartable when its raw is a socket's or a pipe's (see bufReadAhead) and the buffer
 * does not hold what it wants already (the restartable call costs ~1 us: a line at a time it doubled the
 * time of `for line in pipe`).
 */
function restartableRead(b: PyBuffered, want: number, line: boolean, op: () => PyValue): PyValue {
  if (!rawMayWait(b) || (line ? bufHasLine(b) : b.rlen - b.rpos >= want)) return op();
  return restartable(() => {
    bufReadAhead(b, want, line);
    return op();
  });
}

function bufRead(b: PyBuffered, n: number): PyValue {
  if (!b.canRead) unsupported('read');
  bufCheckClosed(b, 'read of closed file');
  if (b.wlen > 0) bufFlushWrites(b);
  if (n < -1) valueError('read length must be non-negative or -1');
  if (n < 0) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (b.rpos < b.rlen) {
      chunks.push(b.rbuf.slice(b.rpos, b.rlen));
      total += b.rlen - b.rpos;
      b.rpos = b.rlen = 0;
    }
    if (b.fast !== null) {
      const rest = fileReadall(b.fast);
      if (rest === None) return total === 0 ? None : new PyBytesObj(concat(chunks, total));
      chunks.push((rest as PyBytesObj).bytes);
      total += (rest as PyBytesObj).bytes.length;
    } else {
      for (;;) {
        const d = rawRead(b, Math.max(b.bufferSize, 65536));
        if (d === null) {
          if (total === 0) return None;
          break;
        }
        if (d.length === 0) break;
        chunks.push(d.slice());
        total += d.length;
      }
    }
    return new PyBytesObj(total === 0 ? new Uint8Array(0) : concat(chunks, total));
  }
  const out = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    if (b.rpos < b.rlen) {
      const k = Math.min(n - got, b.rlen - b.rpos);
      out.set(b.rbuf.subarray(b.rpos, b.rpos + k), got);
      b.rpos += k;
      got += k;
      continue;
    }
    if (n - got >= b.bufferSize) {
      const d = rawRead(b, n - got);
      if (d === null) {
        if (got === 0) return None;
        break;
      }
      if (d.length === 0) break;
      out.set(d, got);
      got += d.length;
      continue;
    }
    const f = bufFill(b);
    if (f === null) {
      if (got === 0) return None;
      break;
    }
    if (!f) break;
  }
  return new PyBytesObj(got === n ? out : out.slice(0, got));
}

function bufReadline(b: PyBuffered, limit: number): Uint8Array {
  bufCheckClosed(b, 'readline of closed file');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (b.rpos >= b.rlen && !bufFill(b)) break;
    let end = b.rpos;
    const stop = limit < 0 ? b.rlen : Math.min(b.rlen, b.rpos + (limit - total));
    let found = false;
    while (end < stop) {
      if (b.rbuf[end++] === 10) {
        found = true;
        break;
      }
    }
    chunks.push(b.rbuf.slice(b.rpos, end));
    total += end - b.rpos;
    b.rpos = end;
    if (found || (limit >= 0 && total >= limit)) break;
  }
  return total === 0 ? new Uint8Array(0) : concat(chunks, total);
}

function bufWrite(b: PyBuffered, data: Uint8Array): number {
  if (!b.canWrite) unsupported('write');
  if (bufClosed(b)) valueError('write to closed file');
  if (b.rlen > 0) bufDropReadahead(b);
  if (b.std === 1) {
    writeStdoutBuffer(data);
    return data.length;
  }
  if (b.std === 2) {
    writeFd(2, data);
    return data.length;
  }
  // bufferedwriter_write: what fits is buffered; else the pending bytes are written, then the new ones
  // while more than a buffer's worth remains, and the rest buffered.
  if (b.wlen + data.length <= b.bufferSize) {
    bufPend(b, data);
    return data.length;
  }
  try {
    bufFlushWrites(b);
  } catch (e) {
    if (!isEagain(e)) throw e;
    // A non-blocking raw stream is full: buffer what fits beside the bytes it did not take.
    const avail = b.bufferSize - b.wlen;
    if (data.length <= avail) {
      bufPend(b, data);
      return data.length;
    }
    bufPend(b, data.subarray(0, avail));
    blockingWrite(b, avail);
  }
  let written = 0;
  while (data.length - written > b.bufferSize) {
    const n = rawWriteOnce(b, data.subarray(written));
    if (n < 0) {
      bufPend(b, data.subarray(written, written + b.bufferSize));
      blockingWrite(b, written + b.bufferSize);
    }
    written += n;
  }
  if (written < data.length) bufPend(b, data.subarray(written));
  return data.length;
}

function bufferedInit(self: PyBuffered, args: PyValue[], kw: string[] | null, kind: 'r' | 'w' | 'rw', fname: string): void {
  const [raw, sizeV] = parseArgs(fname, ['raw', 'buffer_size'], args, kw, 1);
  self.ok = false;
  self.detached = false;
  if (kind !== 'w') {
    if (!truthy(method(raw!, 'readable'))) raise(unsupportedOperation(), 'File or stream is not readable.');
  }
  if (kind !== 'r') {
    if (!truthy(method(raw!, 'writable'))) raise(unsupportedOperation(), 'File or stream is not writable.');
  }
  if (kind === 'rw') {
    if (!truthy(method(raw!, 'seekable'))) raise(unsupportedOperation(), 'File or stream is not seekable.');
  }
  const size = sizeV === undefined ? DEFAULT_BUFFER_SIZE : Number(index(sizeV));
  if (size <= 0) valueError('buffer size must be strictly positive');
  // CPython allocates the buffer here: a size no allocation can have is a MemoryError now.
  if (size > 2 ** 32) raise(exceptionTypes.get('MemoryError')!);
  self.raw = raw!;
  self.fast = raw instanceof PyFileIO && typeOf(raw) === fileIOType ? raw : null;
  self.sockRaw = kind === 'r' && socketIoHooks.isSocketRaw !== null && socketIoHooks.isSocketRaw(raw!);
  self.pipeRaw = kind === 'r' && self.fast !== null && pipeEnd(self.fast.fd) !== undefined;
  self.canRead = kind !== 'w';
  self.canWrite = kind !== 'r';
  self.bufferSize = size;
  self.rpos = self.rlen = 0;
  self.wbuf = [];
  self.wlen = 0;
  self.ok = true;
}

function initBuffered(): void {
  for (const [t, kind, fname] of [[bufferedReaderType, 'r', 'BufferedReader'], [bufferedWriterType, 'w', 'BufferedWriter'], [bufferedRandomType, 'rw', 'BufferedRandom']] as const) {
    t.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyBuffered(args[0] as PyType), args[0] as PyType)));
    defineMethods(t, {
      __init__: (self, args, kw) => {
        bufferedInit(self as PyBuffered, args, kw, kind, fname);
        return None;
      },
    });
  }
  const methods = {
    read: (self: PyValue, args: PyValue[], kw: string[] | null) => {
      const b = BUF(self);
      const n = sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]);
      return restartableRead(b, n < 0 ? Infinity : n, false, () => bufRead(b, n));
    },
    read1: (self: PyValue, args: PyValue[], kw: string[] | null) => {
      const b = BUF(self);
      if (!b.canRead) unsupported('read1');
      bufCheckClosed(b, 'read of closed file');
      let n = sizeArg(parseArgs('read1', ['size'], args, kw, 0)[0]);
      if (n < 0) n = b.bufferSize;
      if (n === 0) return new PyBytesObj(new Uint8Array(0));
      return restartableRead(b, 1, false, () => {
        const r = bufTake1(b, n);
        return r === null ? None : new PyBytesObj(r.buffer === b.rbuf.buffer ? r.slice() : r);
      });
    },
    readinto1: (self: PyValue, args: PyValue[]) => {
      const b = BUF(self);
      const info = writableBuffer(args[0]);
      if (info === undefined || info.readonly) typeError(`readinto1() argument must be read-write bytes-like object, not ${typeOf(args[0]).tpName}`);
      if (!b.canRead) unsupported('readinto1');
      bufCheckClosed(b, 'readinto of closed file');
      return restartableRead(b, 1, false, () => bufReadinto1(b, info.data));
    },
    readinto: (self: PyValue, args: PyValue[]) => {
      const b = BUF(self);
      const info = writableBuffer(args[0]);
      if (info === undefined || info.readonly) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).tpName}`);
      bufCheckClosed(b, 'readinto of closed file');
      return restartableRead(b, info.data.length, false, () => {
        const r = bufRead(b, info.data.length);
        if (r === None) return None;
        const d = (r as PyBytesObj).bytes;
        info.data.set(d);
        return d.length;
      });
    },
    readline: (self: PyValue, args: PyValue[], kw: string[] | null) => {
      const b = BUF(self);
      if (!b.canRead) unsupported('readline');
      const limit = sizeArg(parseArgs('readline', ['size'], args, kw, 0)[0]);
      return restartableRead(b, limit < 0 ? Infinity : limit, true, () => new PyBytesObj(bufReadline(b, limit)));
    },
    peek: (self: PyValue, args: PyValue[]) => {
      const b = BUF(self);
      if (!b.canRead) unsupported('peek');
      bufCheckClosed(b, 'peek of closed file');
      void args;
      return restartableRead(b, 1, false, () => {
        if (b.rpos >= b.rlen) bufFill(b);
        return new PyBytesObj(b.rbuf.slice(b.rpos, b.rlen));
      });
    },
    write: (self: PyValue, args: PyValue[]) => {
      const b = BUF(self);
      if (args.length !== 1) typeError(`write() takes exactly one argument (${args.length} given)`);
      return bufWrite(b, bytesOf(args[0]));
    },
    flush: (self: PyValue) => {
      const b = BUF(self);
      bufCheckClosed(b, 'flush of closed file');
      if (b.canWrite) {
        bufFlushWrites(b);
        // buffered_flush_and_rewind: a reader and writer drops its read-ahead (the raw stream may have changed).
        if (b.canRead) bufDropReadahead(b);
        if (b.std === 1) flushStdoutBuffer();
        else if (b.fast === null && b.std < 0) method(b.raw, 'flush');
      }
      return None;
    },
    seek: (self: PyValue, args: PyValue[], kw: string[] | null) => {
      const b = BUF(self);
      const [posV, whenceV] = parseArgs('seek', ['target', 'whence'], args, kw, 1);
      if (posV instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
      const pos = Number(index(posV!));
      const whence = whenceV === undefined ? 0 : Number(index(whenceV));
      if (whence < 0 || whence > 4) valueError(`whence value ${whence} unsupported`);
      bufCheckClosed(b, 'seek of closed file');
      if (!truthy(method(self, 'seekable'))) unsupported('File or stream is not seekable.');
      bufFlushWrites(b);
      // A seek within the read buffer keeps it.
      if (whence !== 2 && b.rlen > 0) {
        const cur = rawTell(b) - (b.rlen - b.rpos);
        const target = whence === 0 ? pos : cur + pos;
        const start = cur - b.rpos;
        if (target >= start && target <= start + b.rlen) {
          b.rpos = target - start;
          return target;
        }
      }
      const offset = whence === 1 ? pos - (b.rlen - b.rpos) : pos;
      b.rpos = b.rlen = 0;
      return rawSeek(b, offset, whence);
    },
    tell: (self: PyValue) => {
      const b = BUF(self);
      const pos = rawTell(b) - (b.rlen - b.rpos) + b.wlen;
      return pos < 0 ? 0 : pos;
    },
    truncate: (self: PyValue, args: PyValue[]) => {
      const b = BUF(self);
      bufCheckClosed(b, 'truncate of closed file');
      if (!b.canWrite) unsupported('truncate');
      bufFlushWrites(b);
      const pos = args.length > 0 && args[0] !== None ? args[0] : (method(self, 'tell') as PyValue);
      bufDropReadahead(b);
      return method(b.raw, 'truncate', [pos]);
    },
    close: (self: PyValue) => bufferedClose(BUF(self), () => method(self, 'flush')),
    detach: (self: PyValue) => {
      const b = BUF(self);
      method(self, 'flush');
      const raw = b.raw;
      b.raw = None;
      b.fast = null;
      b.ok = false;
      b.detached = true;
      return raw;
    },
    seekable: (self: PyValue) => (BUF(self).fast !== null ? callBound(fileIOType.tdict.get('seekable')!, BUF(self).fast!, []) : method(BUF(self).raw, 'seekable')),
    readable: (self: PyValue) => method(BUF(self).raw, 'readable'),
    writable: (self: PyValue) => method(BUF(self).raw, 'writable'),
    fileno: (self: PyValue) => method(BUF(self).raw, 'fileno'),
    isatty: (self: PyValue) => method(BUF(self).raw, 'isatty'),
    __next__: (self: PyValue) => {
      const b = BUF(self);
      const next = (): PyValue => {
        const line = bufReadline(b, -1);
        if (line.length === 0) stopIteration();
        return new PyBytesObj(line);
      };
      return rawMayWait(b) && !bufHasLine(b) ? restartable(() => {
        bufReadAhead(b, Infinity, true);
        return next();
      }, self) : next();
    },
    __repr__: (self: PyValue) => {
      const tn = typeOf(self).tpName;
      // buffered_repr: _PyObject_LookupAttr (the raw stream may have no name), a ValueError ignored too.
      let name: PyValue | undefined;
      try {
        name = lookupAttr(self, 'name');
      } catch (e) {
        if (!(e instanceof PyException) || !e.exc.cls.isSubtype(ValueError)) throw e;
      }
      return name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
    },
    __getstate__: (self: PyValue) => typeError(`cannot pickle '${typeOf(self).tpName}' object`),
    _dealloc_warn: () => None,
  };
  const getters = {
    raw: (self: PyValue) => BUF(self).raw,
    closed: (self: PyValue) => bufClosed(BUF(self)),
    name: (self: PyValue) => getAttr(BUF(self).raw, 'name'),
    mode: (self: PyValue) => getAttr(BUF(self).raw, 'mode'),
  };
  // Each class has the methods CPython gives it; the others come from BufferedIOBase and IOBase (a reader is
  // not writable, a writer's readline is IOBase's, calling read: "UnsupportedOperation: read").
  const only = (drop: string[]): typeof methods => Object.fromEntries(Object.entries(methods).filter(([k]) => !drop.includes(k))) as typeof methods;
  // A reader's flush is the raw stream's (buffered_simple_flush).
  defineMethods(bufferedReaderType, { ...only(['write', 'writable']), flush: (self: PyValue) => method(BUF(self).raw, 'flush') });
  defineMethods(bufferedWriterType, only(['read', 'read1', 'readinto', 'readinto1', 'readline', 'peek', 'readable', '__next__']));
  defineMethods(bufferedRandomType, methods);
  for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) defineGetters(t, getters);
  // BufferedRWPair(reader, writer): a reader half and a writer half over two raw streams.
  bufferedRWPairType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyBuffered(args[0] as PyType), args[0] as PyType)));
  const pairW = (self: PyValue): PyBuffered => {
    const b = BUF(self);
    return b.pairWriter!;
  };
  defineMethods(bufferedRWPairType, {
    __init__: (self, args, kw) => {
      const [reader, writer, size] = parseArgs('BufferedRWPair', ['reader', 'writer', 'buffer_size'], args, kw, 2);
      const b = self as PyBuffered;
      const sizeArgs = size === undefined ? [] : [size];
      bufferedInit(b, [reader!, ...sizeArgs], null, 'r', 'BufferedReader');
      const w = new PyBuffered(bufferedWriterType);
      w.dict = new PyDict();
      bufferedInit(w, [writer!, ...sizeArgs], null, 'w', 'BufferedWriter');
      b.pairWriter = w;
      return None;
    },
    read: methods.read,
    read1: methods.read1,
    readinto: methods.readinto,
    readline: methods.readline,
    peek: methods.peek,
    write: (self, args) => methods.write(pairW(self), args),
    flush: (self) => methods.flush(pairW(self)),
    readable: (self) => method(BUF(self).raw, 'readable'),
    writable: (self) => method(pairW(self).raw, 'writable'),
    isatty: (self) => truthy(method(pairW(self).raw, 'isatty')) || truthy(method(BUF(self).raw, 'isatty')),
    close: (self) => {
      let err: unknown = null;
      try {
        methods.close(pairW(self));
      } catch (e) {
        err = e;
      }
      // The reader half (the pair itself) closes as a BufferedReader: its flush is its raw stream's.
      const r = BUF(self);
      try {
        bufferedClose(r, () => method(r.raw, 'flush'));
      } catch (e) {
        // _PyErr_ChainExceptions: the reader's error, with the writer's as its context.
        if (err instanceof PyException && e instanceof PyException) e.exc.context = err.exc;
        throw e;
      }
      if (err !== null) throw err;
      return None;
    },
  });
  defineGetters(bufferedRWPairType, { closed: (self) => bufClosed(pairW(self)) });
}

// ---------------------------------------------------------------------------
// TextIOWrapper

type DecoderKind = 'utf8' | 'latin1' | 'ascii' | 'py';

function fastCodec(encoding: string): DecoderKind {
  const e = encoding.toLowerCase().replace(/[- ]/g, '_');
  if (e === 'utf_8' || e === 'utf8' || e === 'u8' || e === 'utf') return 'utf8';
  if (e === 'latin_1' || e === 'latin1' || e === 'iso_8859_1' || e === 'iso8859_1' || e === 'l1' || e === '8859' || e === 'cp819' || e === 'latin') return 'latin1';
  if (e === 'ascii' || e === 'us_ascii' || e === '646') return 'ascii';
  return 'py';
}

export class PyTextIOWrapper extends PyObject {
  declare buffer: PyValue;
  declare encoding: string;
  declare errors: string;
  declare kind: DecoderKind;
  declare pyDecoder: PyValue;
  declare nl: NewlineMode;
  declare lineBuffering: boolean;
  declare writeThrough: boolean;
  /** Decoded text not yet returned, from decodedPos on (already newline-translated when readtranslate). */
  declare decoded: string;
  declare decodedPos: number;
  /**
   * The decoded text as code points instead of `decoded` (decodedPos then indexes it), while it holds a
   * high surrogate before a low one (surrogatepass decoding), which no JS string can.
   */
  declare decodedCps: number[] | null;
  /** Bytes read but not yet decodable (an incomplete UTF-8 sequence). */
  declare pendingBytes: Uint8Array;
  /** A '\r' held back at the end of a chunk until the next byte tells whether '\n' follows. */
  declare pendingCR: boolean;
  declare eof: boolean;
  declare seennl: number;
  /**
   * tell()'s snapshot (textio.c's): the input read since a point where the decoder held no bytes, with the
   * decoder's flags there, or null. `snapBase` counts the code points decoded from it that are no longer
   * in `decoded`; `snapPrefix` is how many of its first bytes the decoder held before the first chunk.
   */
  declare snapInput: Uint8Array[] | null;
  declare snapFlags: number;
  declare snapBase: number;
  declare snapPrefix: number;
  /**
   * The last chunk's start as a snapshot point (the decoder's flags and held bytes there, where the chunk is in
   * snapInput) and how many code points it gave: once the text before it is all read, the snapshot moves there,
   * so reading in small pieces keeps it to a chunk or two.
   */
  declare lastFlags: number;
  declare lastHeld: Uint8Array;
  declare lastAt: number;
  declare lastChars: number;
  /** tell() is allowed: the stream is seekable and no iteration (next()) is under way. */
  declare telling: boolean;
  declare seekable: boolean;
  declare chunkSize: number;
  declare pendingWrite: (string | PySurrogateStr)[];
  declare pendingLen: number;
  /**
   * What writes are encoded with once the encoding's byte order mark is out (encodingAfterBom), or null:
   * the BOM goes only at the start of the stream, as the incremental encoder of CPython's TextIOWrapper has it.
   */
  declare afterBom: string | null;
  /** The byte order mark is out (or the stream did not start at 0): write with afterBom. */
  declare bomDone: boolean;
  /**
   * For a codec from the registry (Python code): its incremental encoder, which each write() calls at once
   * as textiowrapper_write does (it may keep state, refuse text, return something other than bytes).
   */
  declare pyEncoder: PyValue | null;
  declare ok: boolean;
  declare detached: boolean;
  declare std: number;
  declare hasRead1: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.buffer = None;
    this.encoding = 'utf-8';
    this.errors = 'strict';
    this.kind = 'utf8';
    this.pyDecoder = None;
    this.nl = newlineMode(None);
    this.lineBuffering = false;
    this.writeThrough = false;
    this.decoded = '';
    this.decodedPos = 0;
    this.decodedCps = null;
    this.pendingBytes = new Uint8Array(0);
    this.pendingCR = false;
    this.eof = false;
    this.seennl = 0;
    this.snapInput = null;
    this.snapFlags = 0;
    this.snapBase = 0;
    this.snapPrefix = 0;
    this.lastFlags = 0;
    this.lastHeld = new Uint8Array(0);
    this.lastAt = 0;
    this.lastChars = 0;
    this.telling = false;
    this.seekable = false;
    this.chunkSize = DEFAULT_BUFFER_SIZE;
    this.pendingWrite = [];
    this.pendingLen = 0;
    this.afterBom = null;
    this.bomDone = false;
    this.pyEncoder = null;
    this.ok = false;
    this.detached = false;
    this.std = -1;
    this.hasRead1 = false;
  }
}

function TW(self: PyValue): PyTextIOWrapper {
  const t = self as PyTextIOWrapper;
  if (!t.ok) {
    if (t.detached) valueError('underlying buffer has been detached');
    valueError('I/O operation on uninitialized object');
  }
  return t;
}

/** CHECK_INITIALIZED: what does not need the buffer (encoding, errors, repr) still works once it is detached. */
function TWInit(self: PyValue): PyTextIOWrapper {
  const t = self as PyTextIOWrapper;
  if (!t.ok && !t.detached) valueError('I/O operation on uninitialized object');
  return t;
}

/**
 * A buffer TextIOWrapper may call natively: a Buffered reader, writer or random of the builtin classes
 * (a Python subclass may override the methods it calls). `pairs`: a BufferedRWPair over a socket too.
 */
function nativeBuffer(b: PyValue, pairs = false): b is PyBuffered {
  return b instanceof PyBuffered && b.ok && (typeOf(b) !== bufferedRWPairType || (pairs && b.sockRaw)) && (typeOf(b).flags & TF_HEAPTYPE) === 0;
}

function twClosed(t: PyTextIOWrapper): boolean {
  if (t.std >= 0) return t.dict?.getStr(CLOSED_KEY) === true;
  const b = t.buffer;
  if (nativeBuffer(b)) return bufClosed(b);
  return truthy(getAttr(b, 'closed'));
}

function twCheckClosed(t: PyTextIOWrapper): void {
  if (twClosed(t)) closedError();
}

/** The encoding a TextIOWrapper uses when given none: the locale's, which Typhon takes as UTF-8. */
function localeEncoding(): string {
  return 'UTF-8';
}

function twInit(t: PyTextIOWrapper, args: PyValue[], kw: string[] | null): void {
  const [buffer, encV0, errV0, nlV0, lbV, wtV] = parseArgs('TextIOWrapper', ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'], args, kw, 1);
  // A str subclass (a StrEnum member) stands for its text (`errors` then reads back as a plain str).
  const encV = encV0 === undefined ? undefined : strSubValue(encV0);
  const errV = errV0 === undefined ? undefined : strSubValue(errV0);
  const nlV = nlV0 === undefined ? undefined : strSubValue(nlV0);
  t.ok = false;
  t.detached = false;
  if (encV !== undefined && encV !== None && typeof encV !== 'string') typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeOf(encV).tpName}`);
  if (errV !== undefined && errV !== None && typeof errV !== 'string') typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${typeOf(errV).tpName}`);
  const noEncoding = encV === undefined || encV === None;
  if (noEncoding) warnDefaultEncoding(1);
  // Both are C strings there.
  if (typeof encV === 'string') cString(encV);
  if (typeof errV === 'string') {
    cString(errV);
    checkErrorsInDevMode(errV);
  }
  let enc = noEncoding ? (sysFlag('utf8_mode') ? 'utf-8' : localeEncoding()) : (encV as string);
  if (enc === 'locale') enc = localeEncoding();
  const errors = errV === undefined || errV === None ? 'strict' : (errV as string);
  t.nl = newlineMode(nlV === undefined ? None : nlV);
  t.kind = fastCodec(enc);
  // Validate the encoding now (LookupError: unknown encoding), as the codec lookup in textiowrapper_init.
  if (t.kind === 'py') {
    const codecs = loadModule('codecs');
    const info = method(codecs, 'lookup', [enc]);
    const textEnc = getAttrOpt(info, '_is_text_encoding');
    if (textEnc === false) raise(exceptionTypes.get('LookupError')!, `${repr(enc)} is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
  t.buffer = buffer!;
  t.encoding = enc;
  t.errors = errors;
  t.lineBuffering = lbV !== undefined && truthy(lbV);
  t.writeThrough = wtV !== undefined && truthy(wtV);
  t.pyDecoder = None;
  twResetDecoder(t);
  t.pendingWrite = [];
  t.pendingLen = 0;
  t.hasRead1 = getAttrOpt(buffer!, 'read1') !== undefined;
  t.afterBom = t.kind === 'py' ? encodingAfterBom(enc) : null;
  t.seekable = t.telling = truthy(method(buffer!, 'seekable'));
  t.chunkSize = DEFAULT_BUFFER_SIZE;
  // A stream opened away from its start (mode 'a', a seek before wrapping) gets no BOM: textiowrapper_init
  // asks the buffer where it is.
  t.bomDone = t.afterBom !== null && t.seekable && !eq(method(buffer!, 'tell'), 0);
  twSetEncoder(t);
  t.ok = true;
}

/** PEP 597: under -X warn_default_encoding, EncodingWarning for text opened without an encoding. */
function warnDefaultEncoding(stacklevel: PyValue): void {
  if (sysFlag('warn_default_encoding')) warn("'encoding' argument not specified", exceptionTypes.get('EncodingWarning')!, Number(index(stacklevel)), None);
}

/**
 * _textiowrapper_set_encoder and _textiowrapper_fix_encoder_state for a codec from the registry: its
 * incremental encoder when the buffer is writable, told not to write a byte order mark away from the start.
 */
function twSetEncoder(t: PyTextIOWrapper): void {
  t.pyEncoder = null;
  if (t.kind !== 'py' || t.std >= 0 || isNativeCodec(t.encoding) || !truthy(method(t.buffer, 'writable'))) return;
  const codecs = loadModule('codecs');
  t.pyEncoder = call(method(codecs, 'getincrementalencoder', [t.encoding]), [t.errors]);
  if (t.seekable && !eq(method(t.buffer, 'tell'), 0)) method(t.pyEncoder, 'setstate', [0]);
}

/** After a seek: the encoder starts again at the stream's start (a byte order mark), else goes on without one. */
function twEncoderSought(t: PyTextIOWrapper, atStart: boolean): void {
  t.bomDone = !atStart;
  if (t.pyEncoder === null) return;
  if (atStart) method(t.pyEncoder, 'reset');
  else method(t.pyEncoder, 'setstate', [0]);
}

function twFlushWrites(t: PyTextIOWrapper): void {
  if (t.pendingLen === 0) return;
  dirty.delete(t);
  // Joined as code points where a lone high surrogate meets a lone low one (a seam).
  const s = t.pendingWrite.length === 1 ? t.pendingWrite[0] : concatPieces(t.pendingWrite) as string | PySurrogateStr;
  t.pendingWrite = [];
  t.pendingLen = 0;
  const afterBom = t.afterBom;
  const data = encodeText(s, t.kind === 'utf8' ? 'utf-8' : afterBom !== null && t.bomDone ? afterBom : t.encoding, t.errors);
  if (afterBom !== null) t.bomDone = true;
  const b = t.buffer;
  if (nativeBuffer(b)) bufWrite(b, data);
  else method(b, 'write', [new PyBytesObj(data)]);
}

function twWrite(t: PyTextIOWrapper, s: string | PySurrogateStr): number {
  if (t.std >= 0) {
    if (twClosed(t)) closedError();
    if (t.std !== 1 && t.std !== 2) unsupported('not writable');
    // Well-formed text to a UTF-8 stream is written as it is; anything else goes through the stream's
    // encoder: strict raises "surrogates not allowed", stderr's backslashreplace escapes, surrogateescape
    // gives its bytes back.
    if (typeof s === 'string' && t.kind === 'utf8' && wellFormed(s)) {
      if (t.std === 1) writeStdout(s);
      else writeStderrText(s);
    } else writeStdBytes(t.std, encodeText(s, t.encoding, t.errors));
    return typeof s === 'string' ? cpLen(s) : s.cps.length;
  }
  twCheckClosed(t);
  const b = t.buffer;
  if (nativeBuffer(b) ? !b.canWrite : !truthy(method(b, 'writable'))) unsupported('not writable');
  let n: number;
  let text: string | PySurrogateStr;
  let hasLF: boolean;
  let hasCR: boolean;
  if (typeof s === 'string') {
    n = cpLen(s);
    text = s;
    hasLF = s.includes('\n');
    hasCR = s.includes('\r');
    if (hasLF && t.nl.writetranslate && t.nl.writenl !== null && t.nl.writenl !== '\n') text = s.replace(/\n/g, t.nl.writenl);
  } else {
    // Newline translation with the surrogates moved out of the way (they are no line breaks).
    n = s.cps.length;
    const m = new SurrogateMapping([s]);
    const mapped = m.mapStr(s);
    hasLF = mapped.includes('\n');
    hasCR = mapped.includes('\r');
    text = hasLF && t.nl.writetranslate && t.nl.writenl !== null && t.nl.writenl !== '\n' ? m.unmap(mapped.replace(/\n/g, t.nl.writenl)) as string | PySurrogateStr : s;
  }
  // Reading state is discarded by a write, without moving the buffer back to the logical position: the
  // text goes where the buffer's read-ahead left it, as in textiowrapper_write.
  twResetDecoder(t);
  if (t.pyEncoder !== null) return twWriteEncoded(t, text, n, hasLF || hasCR);
  // Text the encoder may refuse (a lone surrogate; beyond latin-1 or ASCII for those), or with a seam, is
  // encoded now and on its own, as CPython encodes each write: an error is raised by this write() and
  // counts positions within it, and the text never meets pending text in a seam.
  const alone = typeof text !== 'string' || !surelyEncodable(t.kind, text);
  const len = typeof text === 'string' ? text.length : text.cps.length;
  // Pending text never grows past the chunk size: what is pending goes first (textiowrapper_write).
  if (alone || t.pendingLen + len > t.chunkSize) twFlushWrites(t);
  t.pendingWrite.push(text);
  t.pendingLen += len;
  const needFlush = t.writeThrough || (t.lineBuffering && (hasLF || hasCR));
  if (t.pendingLen >= t.chunkSize || needFlush || alone) twFlushWrites(t);
  else dirty.add(t);
  if (t.lineBuffering && (hasLF || hasCR)) method(t.buffer, 'flush');
  return n;
}

/** A write through a registry codec's incremental encoder: encoded now, then given to the buffer. */
function twWriteEncoded(t: PyTextIOWrapper, text: string | PySurrogateStr, n: number, hasBreak: boolean): number {
  const data = method(t.pyEncoder!, 'encode', [text]);
  if (!(data instanceof PyBytesObj)) typeError(`encoder should return a bytes object, not '${typeOf(data).tpName}'`);
  const b = t.buffer;
  if (nativeBuffer(b)) bufWrite(b, data.bytes);
  else method(b, 'write', [data]);
  if (t.lineBuffering && hasBreak) method(b, 'flush');
  return n;
}

const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const NOT_LATIN1 = /[^\0-\xff]/;
const NOT_ASCII = /[^\0-\x7f]/;

/** Can a write of `s` be batched with others, no encoding error possible (one native check)? */
function surelyEncodable(kind: DecoderKind, s: string): boolean {
  switch (kind) {
    case 'utf8': return wellFormed(s);
    case 'latin1': return !NOT_LATIN1.test(s);
    default: return !NOT_ASCII.test(s);
  }
}

/** No decoded text left: all of it was returned (tell()'s snapshot counts it) or is dropped. */
function twClearDecoded(t: PyTextIOWrapper): void {
  if (t.snapInput !== null) t.snapBase += twDecodedUsed(t);
  t.decoded = '';
  t.decodedPos = 0;
  t.decodedCps = null;
}

/** How many code points of `decoded` were returned. */
function twDecodedUsed(t: PyTextIOWrapper): number {
  return t.decodedCps !== null ? t.decodedPos : cpLen(t.decoded.slice(0, t.decodedPos));
}

/**
 * Forget decoded text and the decoder's state, as textio.c does after a write or a seek (the buffer stays
 * where it is); like IncrementalNewlineDecoder.reset this forgets the newlines seen too.
 */
function twResetDecoder(t: PyTextIOWrapper): void {
  t.snapInput = null;
  twClearDecoded(t);
  t.eof = false;
  twDecoderReset(t);
}

function twDecoderReset(t: PyTextIOWrapper): void {
  t.pendingBytes = EMPTY;
  t.pendingCR = false;
  t.seennl = 0;
  if (t.pyDecoder !== None) method(t.pyDecoder, 'reset');
}

const EMPTY = new Uint8Array(0);

/** The codec's incremental decoder, for encodings without a native one. */
function twPyDecoder(t: PyTextIOWrapper): PyValue {
  if (t.pyDecoder === None) {
    const codecs = loadModule('codecs');
    t.pyDecoder = call(method(codecs, 'getincrementaldecoder', [t.encoding]), [t.errors]);
  }
  return t.pyDecoder;
}

/**
 * The decoder's getstate() as textio.c sees it (the codec's, with the newline decoder's pending '\r' as the
 * flags' low bit when reading universal newlines): the input it holds and its flags, a C int.
 */
function twDecoderState(t: PyTextIOWrapper): [Uint8Array, number] {
  let buf = t.pendingBytes;
  let flags = 0;
  if (t.kind === 'py') {
    const st = method(twPyDecoder(t), 'getstate');
    if (!(st instanceof PyTuple) || st.items.length !== 2) typeError('illegal decoder state');
    const b = st.items[0];
    if (!(b instanceof PyBytesObj) || b instanceof PyByteArray) typeError(`illegal decoder state: the first item must be bytes, not ${typeOf(b).tpName}`);
    buf = b.bytes;
    const f = index(st.items[1]);
    flags = cIntArg(t.nl.readuniversal ? (typeof f === 'bigint' ? f * 2n + (t.pendingCR ? 1n : 0n) : f * 2 + (t.pendingCR ? 1 : 0)) : f);
  } else if (t.nl.readuniversal && t.pendingCR) flags = 1;
  return [buf, flags];
}

/**
 * _textiowrapper_decoder_setstate: the decoder as at a point with no input held and these flags; at the
 * stream's start with no flags, reset() instead (utf-16's decoder starts expecting a BOM).
 */
function twDecoderSetState(t: PyTextIOWrapper, atStart: boolean, flags: number): void {
  if (atStart && flags === 0) {
    twDecoderReset(t);
    return;
  }
  t.pendingBytes = EMPTY;
  t.pendingCR = t.nl.readuniversal && (flags & 1) === 1;
  if (t.kind === 'py') {
    const f = t.nl.readuniversal ? flags >> 1 : flags;
    method(twPyDecoder(t), 'setstate', [new PyTuple([new PyBytesObj(EMPTY), f])]);
  }
}

/** Decode input as reading does and count the code points it gives (tell()'s replay). */
function twDecodeCount(t: PyTextIOWrapper, data: Uint8Array, final: boolean): number {
  const chunk = twDecode(t, data, final);
  if (typeof chunk === 'string') return cpLen(twNewlines(t, chunk, final));
  const m = new SurrogateMapping([chunk]);
  const text = m.unmap(twNewlines(t, m.mapStr(chunk), final)) as string | PySurrogateStr;
  return typeof text === 'string' ? cpLen(text) : text.cps.length;
}

/** Is there decoded text not yet returned? */
function twHasDecoded(t: PyTextIOWrapper): boolean {
  return t.decodedCps !== null ? t.decodedPos < t.decodedCps.length : t.decodedPos < t.decoded.length;
}

/** A chunk's text: a PySurrogateStr when a surrogatepass pair (or an error handler's output) meets in a seam. */
function twDecode(t: PyTextIOWrapper, data: Uint8Array, final: boolean): string | PySurrogateStr {
  switch (t.kind) {
    case 'utf8': {
      let input = data;
      if (t.pendingBytes.length > 0) {
        input = concat([t.pendingBytes, data], t.pendingBytes.length + data.length);
        t.pendingBytes = new Uint8Array(0);
      }
      const [s, used] = decodeUtf8Value(input, t.errors, final);
      if (used < input.length) t.pendingBytes = input.slice(used);
      return s;
    }
    case 'latin1':
      return decodeText(data, 'latin-1', t.errors);
    case 'ascii':
      return decodeTextValue(data, 'ascii', t.errors) as string | PySurrogateStr;
    default: {
      const r = call(getAttr(twPyDecoder(t), 'decode'), [new PyBytesObj(data), final]);
      if (typeof r !== 'string' && !(r instanceof PySurrogateStr)) typeError(`decoder should return a string result, not '${typeOf(r).tpName}'`);
      return r;
    }
  }
}

/**
 * Read one chunk from the buffer and append its text; false at end of file. `snap`: keep tell()'s snapshot
 * (read() of everything has no use for it).
 */
function twReadChunk(t: PyTextIOWrapper, size = t.chunkSize, snap = true): boolean {
  if (t.eof) return false;
  let data: Uint8Array;
  const b = t.buffer;
  // (A pair's reader half is the pair itself: a socket's makefile('rw') is read natively too.)
  if (nativeBuffer(b, true)) {
    const r = bufRead1(b, size);
    data = r;
  } else {
    const r = method(b, t.hasRead1 ? 'read1' : 'read', [size]);
    if (r === None) return true;
    const bb = asBytes(r);
    if (bb === undefined) typeError(`underlying ${t.hasRead1 ? 'read1' : 'read'}() should have returned a bytes-like object, not '${typeOf(r).tpName}'`);
    data = bb;
  }
  const final = data.length === 0;
  twSnapshot(t, data, snap);
  const chunk = twDecode(t, data, final);
  if (final) t.eof = true;
  // A chunk with a seam, or one whose lone low surrogate meets a lone high one ending the text before it:
  // the decoded text goes to code points.
  if (typeof chunk !== 'string' || t.decodedCps !== null || ((chunk.charCodeAt(0) & 0xfc00) === 0xdc00 && !t.pendingCR &&
      t.decodedPos < t.decoded.length && (t.decoded.charCodeAt(t.decoded.length - 1) & 0xfc00) === 0xd800)) {
    twAppendCps(t, chunk, final);
    return !final;
  }
  const text = twNewlines(t, chunk, final);
  twDropUsed(t);
  t.decoded += text;
  if (t.snapInput !== null) t.lastChars = cpLen(text);
  return !final;
}

/**
 * tell()'s snapshot before a chunk is decoded (_textiowrapper_read_chunk's): a new one when no decoded
 * text is left (the decoder's state now, its held input then the chunk), else the chunk goes on the
 * snapshot the text left comes from. None for an unseekable stream (its decoder need have no getstate); kept
 * while next() iterates (textio.c's goes stale then, and a tell() after the loop is left and flush() called
 * is wrong there).
 */
function twSnapshot(t: PyTextIOWrapper, data: Uint8Array, snap: boolean): void {
  if (!snap || !t.seekable) {
    t.snapInput = null;
    return;
  }
  if (!twHasDecoded(t)) {
    twClearDecoded(t);
    t.snapInput = [];
    t.snapBase = 0;
  } else if (t.snapInput === null) {
    return;
  } else {
    const left = t.decodedCps !== null ? t.decodedCps.length - t.decodedPos : cpLen(t.decoded.slice(t.decodedPos));
    if (left <= t.lastChars) {
      // All the text before the last chunk is read: the snapshot moves to that chunk's start (twDropUsed then
      // adds what is read of `decoded` to snapBase).
      const rest = t.snapInput.slice(t.lastAt);
      t.snapInput = t.lastHeld.length > 0 ? [t.lastHeld, ...rest] : rest;
      t.snapFlags = t.lastFlags;
      t.snapPrefix = t.lastHeld.length;
      t.snapBase = t.lastChars - left - twDecodedUsed(t);
    }
  }
  const [held, flags] = twDecoderState(t);
  if (t.snapInput.length === 0) {
    // A new snapshot: the point is held.length bytes before this chunk.
    if (held.length > 0) t.snapInput.push(held);
    t.snapFlags = flags;
    t.snapPrefix = held.length;
  }
  t.lastFlags = flags;
  t.lastHeld = held;
  t.lastAt = t.snapInput.length;
  t.snapInput.push(data.slice());
}

/** Drop the decoded text already returned (counted for tell()) before more is appended. */
function twDropUsed(t: PyTextIOWrapper): void {
  if (t.decodedPos === 0) return;
  if (t.snapInput !== null) t.snapBase += twDecodedUsed(t);
  if (t.decodedCps !== null) t.decodedCps = t.decodedCps.slice(t.decodedPos);
  else t.decoded = t.decoded.slice(t.decodedPos);
  t.decodedPos = 0;
}

/**
 * A decoded chunk's newline handling (IncrementalNewlineDecoder's, inlined): a CR held back until the next
 * chunk shows whether LF follows, the kinds of newline seen, and translation to '\n'.
 */
function twNewlines(t: PyTextIOWrapper, chunk: string, final: boolean): string {
  let text = chunk;
  if (t.pendingCR && (text.length > 0 || final)) {
    text = '\r' + text;
    t.pendingCR = false;
  }
  if (t.nl.readuniversal && !final && text.length > 0 && text.charCodeAt(text.length - 1) === 13) {
    text = text.slice(0, -1);
    t.pendingCR = true;
  }
  if (t.nl.readuniversal) t.seennl |= seenNewlines(text);
  if (t.nl.readtranslate && text.includes('\r')) text = translateNewlines(text);
  return text;
}

/** twReadChunk's append, for the code-point form of the decoded text. */
function twAppendCps(t: PyTextIOWrapper, chunk: string | PySurrogateStr, final: boolean): void {
  // Newlines are handled with the surrogates moved out of the way (they are no line breaks).
  const m = new SurrogateMapping([chunk]);
  const text = twNewlines(t, m.mapStr(chunk), final);
  twDropUsed(t);
  if (t.decodedCps === null) {
    t.decodedCps = toCodePoints(t.decoded);
    t.decoded = '';
  }
  const cps = toCodePoints(m.unmap(text) as string | PySurrogateStr);
  for (let i = 0; i < cps.length; i++) t.decodedCps.push(cps[i]);
  t.lastChars = cps.length;
}

/** decoded[decodedPos:end] in the code-point form, consumed; the string form comes back once all is read. */
function twTakeCps(t: PyTextIOWrapper, end: number): PyValue {
  const cps = t.decodedCps!;
  const r = fromCodePoints(cps.slice(t.decodedPos, end));
  t.decodedPos = end;
  if (end >= cps.length) twClearDecoded(t);
  return r;
}

function bufRead1(b: PyBuffered, n: number): Uint8Array {
  if (!b.canRead) unsupported('read1');
  bufCheckClosed(b, 'read of closed file');
  return bufTake1(b, n) ?? new Uint8Array(0);
}

/**
 * read1(n > 0): the buffered bytes if there are any (at most n), else one raw read of n bytes, whatever the
 * buffer's size (as _io__Buffered_read1_impl: TextIOWrapper's 8 KiB chunks leave the file position there).
 * null when a non-blocking raw read has nothing. The result may be a view of the buffer.
 */
function bufTake1(b: PyBuffered, n: number): Uint8Array | null {
  if (b.rpos >= b.rlen) {
    if (b.wlen > 0) bufFlushWrites(b);
    b.rpos = b.rlen = 0;
    return rawRead(b, n);
  }
  const k = Math.min(n, b.rlen - b.rpos);
  const r = b.rbuf.subarray(b.rpos, b.rpos + k);
  b.rpos += k;
  return r;
}

/**
 * readinto1 (_buffered_readinto_generic): what the buffer holds, then at most one raw read: straight into dst
 * when what is left exceeds the buffer size, else a buffer fill only if nothing was copied yet. None when the
 * raw stream would block with nothing read.
 */
function bufReadinto1(b: PyBuffered, dst: Uint8Array): PyValue {
  let written = Math.min(b.rlen - b.rpos, dst.length);
  if (written > 0) {
    dst.set(b.rbuf.subarray(b.rpos, b.rpos + written));
    b.rpos += written;
    if (written === dst.length) return written;
  }
  if (b.wlen > 0) bufFlushWrites(b);
  b.rpos = b.rlen = 0;
  const remaining = dst.length - written;
  if (remaining > b.bufferSize) {
    const d = rawRead(b, remaining);
    if (d === null) return written > 0 ? written : None;
    dst.set(d, written);
    return written + d.length;
  }
  if (written > 0) return written;
  const f = bufFill(b);
  if (f === null) return None;
  if (!f) return 0;
  const k = Math.min(b.rlen - b.rpos, remaining);
  dst.set(b.rbuf.subarray(b.rpos, b.rpos + k));
  b.rpos += k;
  return k;
}

/** The end of next()'s iteration: tell() works again (from the buffer's position). */
function twIterationEnd(t: PyTextIOWrapper): never {
  t.snapInput = null;
  t.telling = t.seekable;
  stopIteration();
}

function twCheckReadable(t: PyTextIOWrapper): void {
  if (t.std === 0) return;
  if (t.std > 0) unsupported('not readable');
  const b = t.buffer;
  if (nativeBuffer(b)) {
    if (!b.canRead) unsupported('not readable');
  } else if (!truthy(method(b, 'readable'))) unsupported('not readable');
}

function twRead(t: PyTextIOWrapper, n: number): PyValue {
  twCheckClosed(t);
  twCheckReadable(t);
  if (t.std === 0) {
    let s = '';
    for (;;) {
      if (n >= 0 && cpLen(s) >= n) break;
      const l = stdinLine(t);
      if (l === null) break;
      s += l;
    }
    if (n >= 0 && cpLen(s) > n) {
      const cut = cpIndex(s, 0, n);
      pushBackStdin(t, s.slice(cut));
      s = s.slice(0, cut);
    }
    return s;
  }
  twFlushWrites(t);
  if (n < 0) {
    while (twReadChunk(t, 65536, false));
    if (t.decodedCps !== null) return twTakeCps(t, t.decodedCps.length);
    const r = t.decoded.slice(t.decodedPos);
    twClearDecoded(t);
    return r;
  }
  for (;;) {
    if (t.decodedCps !== null) {
      if (t.decodedCps.length - t.decodedPos >= n) break;
    } else {
      const avail = t.decoded.length - t.decodedPos;
      if (avail >= n * 2 || (avail >= n && cpLen(t.decoded.slice(t.decodedPos, t.decodedPos + n * 2)) >= n)) break;
    }
    if (!twReadChunk(t)) break;
  }
  if (t.decodedCps !== null) return twTakeCps(t, Math.min(t.decodedCps.length, t.decodedPos + n));
  const end = cpIndex(t.decoded, t.decodedPos, n);
  const r = t.decoded.slice(t.decodedPos, end);
  t.decodedPos = end;
  return r;
}

/** A text file over a socket's buffered reader (socket.makefile('r')). */
function twRawMayWait(t: PyTextIOWrapper): boolean {
  const b = t.buffer;
  return b instanceof PyBuffered && rawMayWait(b);
}

/** Whether the decoded text holds a whole line (readline then reads nothing: no restartable call needed). */
function twHasLine(t: PyTextIOWrapper): boolean {
  if (t.decodedCps !== null) return false;
  const end = findLineEnd(t.decoded, t.decodedPos, t.nl, t.nl.readtranslate);
  // A line end at the very end may be a '\r' whose '\n' is still to come.
  return end >= 0 && end < t.decoded.length;
}

function twReadline(t: PyTextIOWrapper, limit: number): PyValue {
  twCheckClosed(t);
  twCheckReadable(t);
  if (t.std === 0) {
    const l = stdinLine(t) ?? '';
    if (limit >= 0 && cpLen(l) > limit) {
      const cut = cpIndex(l, 0, limit);
      pushBackStdin(t, l.slice(cut));
      return l.slice(0, cut);
    }
    return l;
  }
  twFlushWrites(t);
  for (;;) {
    if (t.decodedCps !== null) {
      const r = twReadlineCps(t, limit);
      if (r !== undefined) return r;
      continue;
    }
    const end = findLineEnd(t.decoded, t.decodedPos, t.nl, t.nl.readtranslate);
    // '\r' at the very end may be the first half of '\r\n' when reading universal untranslated lines.
    const crAtEnd = end === t.decoded.length && !t.nl.readtranslate && t.nl.readuniversal && t.decoded.charCodeAt(end - 1) === 13 && !t.eof;
    if (end >= 0 && !crAtEnd) {
      let stop = end;
      if (limit >= 0) stop = Math.min(stop, cpIndex(t.decoded, t.decodedPos, limit));
      const r = t.decoded.slice(t.decodedPos, stop);
      t.decodedPos = stop;
      return r;
    }
    if (limit >= 0 && cpLen(t.decoded.slice(t.decodedPos)) >= limit) {
      const stop = cpIndex(t.decoded, t.decodedPos, limit);
      const r = t.decoded.slice(t.decodedPos, stop);
      t.decodedPos = stop;
      return r;
    }
    if (!twReadLineChunk(t)) {
      // At the end, tell() asks the buffer (textio.c drops the snapshot).
      t.snapInput = null;
      if (end >= 0 || t.decodedPos < t.decoded.length) {
        const r = t.decoded.slice(t.decodedPos);
        twClearDecoded(t);
        return r;
      }
      return '';
    }
  }
}

/**
 * readline's read_chunk: CPython's readline has taken the decoded text into its line before reading more,
 * so a chunk that fails to decode loses that text too (the next readline starts after it).
 */
function twReadLineChunk(t: PyTextIOWrapper): boolean {
  try {
    return twReadChunk(t);
  } catch (e) {
    t.snapInput = null;
    twClearDecoded(t);
    throw e;
  }
}

/** One step of readline on the code-point form: the line, or undefined when a chunk was read (go on). */
function twReadlineCps(t: PyTextIOWrapper, limit: number): PyValue | undefined {
  const cps = t.decodedCps!;
  const end = findLineEndCps(cps, t.decodedPos, t.nl, t.nl.readtranslate);
  const crAtEnd = end === cps.length && !t.nl.readtranslate && t.nl.readuniversal && cps[end - 1] === 13 && !t.eof;
  if (end >= 0 && !crAtEnd) return twTakeCps(t, limit >= 0 ? Math.min(end, t.decodedPos + limit) : end);
  if (limit >= 0 && cps.length - t.decodedPos >= limit) return twTakeCps(t, t.decodedPos + limit);
  if (!twReadLineChunk(t)) {
    t.snapInput = null;
    if (t.decodedCps === null) return t.decodedPos < t.decoded.length ? twReadline(t, limit) : '';
    return t.decodedPos < t.decodedCps.length ? twTakeCps(t, t.decodedCps.length) : '';
  }
  return undefined;
}

/**
 * tell()'s cookie (textio.c's layout): the byte position of a point where the decoder held no input, its
 * flags there, and how many bytes to feed the decoder (with `final` or not) and characters to skip from
 * that point to reach the reading position. A plain byte offset when only the position is set.
 */
interface Cookie { start: number; flags: number; feed: number; skip: number; eof: boolean }

function buildCookie(c: Cookie): number | bigint {
  if (c.flags === 0 && c.feed === 0 && c.skip === 0 && !c.eof && c.start >= 0) return c.start;
  const u32 = (v: number): bigint => BigInt(v >>> 0);
  return BigInt.asUintN(64, BigInt(c.start)) | u32(c.flags) << 64n | u32(c.feed) << 96n | u32(c.skip) << 128n | (c.eof ? 1n : 0n) << 160n;
}

function parseCookie(v: PyValue): Cookie {
  const n = index(call(intType, [v]));
  if (typeof n === 'number') return { start: n, flags: 0, feed: 0, skip: 0, eof: false };
  if (n >= 1n << 167n) raise(exceptionTypes.get('OverflowError')!, 'int too big to convert');
  const i32 = (shift: bigint): number => Number(BigInt.asIntN(32, n >> shift));
  return { start: Number(BigInt.asIntN(64, n)), flags: i32(64n), feed: i32(96n), skip: i32(128n), eof: (n >> 160n & 0xffn) !== 0n };
}

/** _io_TextIOWrapper_tell_impl: replays the decoder from the snapshot to find the cookie. */
function twTell(self: PyValue, t: PyTextIOWrapper): PyValue {
  if (!t.seekable) unsupported('underlying stream is not seekable');
  if (!t.telling) raise(OSError, 'telling position disabled by next() call');
  twFlushWrites(t);
  method(self, 'flush');
  const posObj = method(t.buffer, 'tell');
  if (t.snapInput === null) return posObj;
  const input = t.snapInput.length === 1 ? t.snapInput[0] : concat(t.snapInput, t.snapInput.reduce((n, c) => n + c.length, 0));
  const pos = Number(index(posObj)) - input.length;
  const c: Cookie = { start: pos, flags: t.snapFlags, feed: 0, skip: 0, eof: false };
  let toSkip = t.snapBase + twDecodedUsed(t);
  if (toSkip === 0) return buildCookie(c);
  // Bytes per character of the input since the snapshot, for a first guess at the start point.
  const chars = toSkip + (t.decodedCps !== null ? t.decodedCps.length - t.decodedPos : cpLen(t.decoded.slice(t.decodedPos)));
  const ratio = (input.length - t.snapPrefix) / chars;
  const saved = twDecoderSave(t);
  try {
    // Fast search for a point before the position where the decoder holds nothing.
    let skipBytes = Math.trunc(ratio * toSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      twDecoderSetState(t, c.start === 0, c.flags);
      const n = twDecodeCount(t, input.subarray(0, skipBytes), false);
      if (n <= toSkip) {
        const [held, flags] = twDecoderState(t);
        if (held.length === 0) {
          c.flags = flags;
          toSkip -= n;
          break;
        }
        skipBytes -= held.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      twDecoderSetState(t, c.start === 0, c.flags);
    }
    c.start += skipBytes;
    if (toSkip === 0) return buildCookie(c);
    // Then a byte at a time, noting the last such point on the way.
    let decoded = 0;
    let i = skipBytes;
    for (; i < input.length; i++) {
      decoded += twDecodeCount(t, input.subarray(i, i + 1), false);
      c.feed++;
      const [held, flags] = twDecoderState(t);
      if (held.length === 0 && decoded <= toSkip) {
        c.start += c.feed;
        toSkip -= decoded;
        c.flags = flags;
        c.feed = 0;
        decoded = 0;
      }
      if (decoded >= toSkip) break;
    }
    if (i === input.length) {
      decoded += twDecodeCount(t, EMPTY, true);
      c.eof = true;
      if (decoded < toSkip) raise(OSError, "can't reconstruct logical file position");
    }
    c.skip = toSkip;
    return buildCookie(c);
  } finally {
    twDecoderRestore(t, saved);
  }
}

/** The decoder's whole state, to put back after tell()'s replay. */
function twDecoderSave(t: PyTextIOWrapper): [Uint8Array, boolean, PyValue] {
  return [t.pendingBytes, t.pendingCR, t.kind === 'py' ? method(twPyDecoder(t), 'getstate') : None];
}

function twDecoderRestore(t: PyTextIOWrapper, [held, cr, st]: [Uint8Array, boolean, PyValue]): void {
  t.pendingBytes = held;
  t.pendingCR = cr;
  if (t.kind === 'py') method(twPyDecoder(t), 'setstate', [st]);
}

/** _io_TextIOWrapper_seek_impl for whence 0: back to the cookie's start point, then replay to its position. */
function twSeek(self: PyValue, t: PyTextIOWrapper, cookieV: PyValue): PyValue {
  if (lt(cookieV, 0)) valueError(`negative seek position ${repr(cookieV)}`);
  method(self, 'flush');
  const c = parseCookie(cookieV);
  method(t.buffer, 'seek', [c.start]);
  t.snapInput = null;
  twClearDecoded(t);
  t.eof = false;
  twDecoderSetState(t, c.start === 0, c.flags);
  if (c.skip !== 0) {
    const r = method(t.buffer, 'read', [c.feed]);
    if (!(r instanceof PyBytesObj) || r instanceof PyByteArray) typeError(`underlying read() should have returned a bytes object, not '${typeOf(r).tpName}'`);
    t.snapInput = [r.bytes];
    t.snapFlags = c.flags;
    t.snapBase = 0;
    t.snapPrefix = 0;
    const chunk = twDecode(t, r.bytes, c.eof);
    if (typeof chunk !== 'string') twAppendCps(t, chunk, c.eof);
    else t.decoded = twNewlines(t, chunk, c.eof);
    const have = t.decodedCps !== null ? t.decodedCps.length : cpLen(t.decoded);
    if (have < c.skip) raise(OSError, "can't restore logical file position");
    t.decodedPos = t.decodedCps !== null ? c.skip : cpIndex(t.decoded, 0, c.skip);
    t.lastChars = have;
  } else {
    t.snapInput = [];
    t.snapFlags = c.flags;
    t.snapBase = 0;
    t.snapPrefix = 0;
    t.lastChars = 0;
  }
  // The snapshot point is also the last chunk's start.
  t.lastFlags = c.flags;
  t.lastHeld = EMPTY;
  t.lastAt = 0;
  // The encoder starts again (a byte order mark) only at the stream's start.
  twEncoderSought(t, c.start === 0 && c.flags === 0);
  return cookieV;
}

function initTextIOWrapper(): void {
  textIOWrapperType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyTextIOWrapper(args[0] as PyType), args[0] as PyType)));
  defineMethods(textIOWrapperType, {
    __init__: (self, args, kw) => {
      twInit(self as PyTextIOWrapper, args, kw);
      return None;
    },
    write: (self, args) => {
      const t = TW(self);
      if (args.length !== 1) typeError(`write() takes exactly one argument (${args.length} given)`);
      const s = args[0];
      if (typeof s === 'string') return twWrite(t, s);
      const a = anyStr(s);
      if (a === undefined) typeError(`write() argument must be str, not ${typeOf(s).tpName}`);
      return twWrite(t, a);
    },
    read: (self, args, kw) => {
      const t = TW(self);
      const n = sizeArg(parseArgs('read', ['size'], args, kw, 0)[0]);
      return twRawMayWait(t) ? restartable(() => twRead(t, n)) : twRead(t, n);
    },
    readline: (self, args, kw) => {
      const [size] = parseArgs('readline', ['size'], args, kw, 0);
      if (size !== undefined && size !== None && typeof size !== 'number' && typeOf(size).lookup('__index__') === undefined) typeError(`'${typeOf(size).tpName}' object cannot be interpreted as an integer`);
      const t = TW(self);
      const n = sizeArg(size);
      // Its progress is in t.decoded: a read of the socket that waits restarts the call (threads.ts).
      return twRawMayWait(t) && !twHasLine(t) ? restartable(() => twReadline(t, n)) : twReadline(t, n);
    },
    flush: (self) => {
      const t = TW(self);
      if (t.std >= 0) {
        if (twClosed(t)) closedError();
        if (t.std === 1) flushStdout();
        else if (t.std === 2) flushStderr();
        return None;
      }
      twCheckClosed(t);
      t.telling = t.seekable;
      twFlushWrites(t);
      method(t.buffer, 'flush');
      return None;
    },
    close: (self) => {
      const t = TW(self);
      if (t.std >= 0) {
        if (t.std === 1) flushStdout();
        else if (t.std === 2) flushStderr();
        t.dict!.setStr(CLOSED_KEY, true);
        return None;
      }
      if (twClosed(t)) return None;
      // textiowrapper_close calls self.flush (an override, an instance attribute), then the buffer's close.
      return flushThenClose(() => method(self, 'flush'), () => method(t.buffer, 'close'));
    },
    seek: (self, args, kw) => {
      const t = TW(self);
      const [cookieV, whenceV] = parseArgs('seek', ['cookie', 'whence'], args, kw, 1);
      const whence = whenceV === undefined ? 0 : Number(index(whenceV));
      twCheckClosed(t);
      if (t.std >= 0 || !t.seekable) unsupported('underlying stream is not seekable');
      if (whence === 1) {
        if (!eq(cookieV!, 0)) unsupported("can't do nonzero cur-relative seeks");
        // Seeking to where one is brings the buffer there.
        return twSeek(self, t, method(self, 'tell'));
      }
      if (whence === 2) {
        if (!eq(cookieV!, 0)) unsupported("can't do nonzero end-relative seeks");
        method(self, 'flush');
        twResetDecoder(t);
        const end = method(t.buffer, 'seek', [0, 2]);
        twEncoderSought(t, eq(end, 0));
        return end;
      }
      if (whence !== 0) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      return twSeek(self, t, cookieV!);
    },
    tell: (self) => {
      const t = TW(self);
      twCheckClosed(t);
      if (t.std >= 0) unsupported('underlying stream is not seekable');
      return twTell(self, t);
    },
    truncate: (self, args) => {
      const t = TW(self);
      method(self, 'flush');
      const pos = args.length > 0 && args[0] !== None ? args[0] : method(self, 'tell');
      return method(t.buffer, 'truncate', [pos]);
    },
    detach: (self) => {
      const t = TW(self);
      method(self, 'flush');
      const b = t.buffer;
      t.buffer = None;
      t.ok = false;
      t.detached = true;
      return b;
    },
    fileno: (self) => {
      const t = TW(self);
      return t.std >= 0 ? t.std : method(t.buffer, 'fileno');
    },
    isatty: (self) => {
      const t = TW(self);
      return t.std >= 0 ? isattyFd(t.std) : method(t.buffer, 'isatty');
    },
    seekable: (self) => {
      const t = TW(self);
      if (t.std >= 0) return false;
      return method(t.buffer, 'seekable');
    },
    readable: (self) => {
      const t = TW(self);
      if (t.std >= 0) return t.std === 0;
      return method(t.buffer, 'readable');
    },
    writable: (self) => {
      const t = TW(self);
      if (t.std >= 0) return t.std !== 0;
      return method(t.buffer, 'writable');
    },
    __next__: (self) => {
      const t = TW(self);
      // tell() is refused while lines are iterated (textio.c keeps no snapshot then), until flush() or the end.
      t.telling = false;
      if (typeOf(self) === textIOWrapperType && twRawMayWait(t) && !twHasLine(t)) {
        return restartable(() => {
          const l = twReadline(t, -1);
          if (cpLen(l as string) === 0 && !(l instanceof PySurrogateStr)) twIterationEnd(t);
          return l;
        }, self);
      }
      const line = typeOf(self) === textIOWrapperType ? twReadline(t, -1) : method(self, 'readline');
      if (line instanceof PySurrogateStr) return line;
      if (typeof line !== 'string') raise(exceptionTypes.get('OSError')!, `readline() should have returned a str object, not '${typeOf(line).tpName}'`);
      if (line.length === 0) twIterationEnd(t);
      return line;
    },
    reconfigure: (self, args, kw) => {
      const t = TW(self);
      if (args.length - (kw?.length ?? 0) > 0) typeError('reconfigure() takes no positional arguments');
      const [encArg, errors, nl, lbV, wtV] = parseArgs('reconfigure', ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'], args, kw, 0);
      const enc = encArg === undefined ? undefined : strSubValue(encArg);
      // Decoded text was read with the old encoding and newline mode.
      if ((t.decoded.length > 0 || t.decodedCps !== null) && ((enc !== undefined && enc !== None) || (errors !== undefined && errors !== None) || nl !== undefined)) {
        unsupported('It is not possible to set the encoding or newline of stream after the first read');
      }
      const nlMode = nl === undefined ? t.nl : newlineMode(nl);
      const lb = optionalFlag(lbV, t.lineBuffering);
      const wt = optionalFlag(wtV, t.writeThrough);
      if (t.std < 0) method(self, 'flush');
      else if (t.std === 1) flushStdout();
      else if (t.std === 2) flushStderr();
      if (enc !== undefined && enc !== None) {
        if (typeof enc !== 'string') typeError(`reconfigure() argument 'encoding' must be str or None, not ${typeOf(enc).tpName}`);
        // The name as UTF-8 (lone surrogates are a UnicodeEncodeError), then the codec it names.
        encodeText(enc, 'utf-8', 'strict');
        const name = enc === 'locale' ? localeEncoding() : enc;
        lookupTextEncoding(name);
        if (errors !== undefined && errors !== None) encodeText(reconfigureErrors(errors), 'utf-8', 'strict');
        t.encoding = name;
        t.kind = fastCodec(t.encoding);
        t.pyDecoder = None;
        if (errors === undefined || errors === None) t.errors = 'strict';
        // A new byte-order-marked encoding starts with its mark only at the start of a seekable stream
        // (_textiowrapper_fix_encoder_state).
        t.afterBom = t.kind === 'py' ? encodingAfterBom(t.encoding) : null;
        t.bomDone = t.afterBom !== null && t.std < 0 && truthy(method(t.buffer, 'seekable')) && !eq(method(t.buffer, 'tell'), 0);
      }
      if (errors !== undefined && errors !== None) {
        const e = reconfigureErrors(errors);
        encodeText(e, 'utf-8', 'strict');
        t.errors = e;
      }
      if ((enc !== undefined && enc !== None) || (errors !== undefined && errors !== None)) twSetEncoder(t);
      t.nl = nlMode;
      t.lineBuffering = lb;
      t.writeThrough = wt;
      // sys.stdout's buffering lives in sys.ts.
      if (t.std === 1 && lbV !== undefined && lbV !== None) stdoutBuffering.line = t.lineBuffering;
      if (t.std === 1 && wtV !== undefined && wtV !== None) stdoutBuffering.through = t.writeThrough;
      return None;
    },
    __repr__: (self) => {
      const t = TWInit(self);
      let s = `<_io.${typeOf(self) === textIOWrapperType ? 'TextIOWrapper' : typeOf(self).name}`;
      const attr = (n: string): PyValue | undefined => {
        try {
          return getAttrOpt(self, n);
        } catch (e) {
          if (e instanceof PyException && (e.exc.cls.isSubtype(ValueError) || e.exc.cls.isSubtype(AttributeError))) return undefined;
          throw e;
        }
      };
      const name = attr('name');
      if (name !== undefined) s += ` name=${repr(name)}`;
      const mode = attr('mode');
      if (mode !== undefined) s += ` mode=${repr(mode)}`;
      return `${s} encoding=${repr(t.encoding)}>`;
    },
    __getstate__: (self) => typeError(`cannot pickle '${typeOf(self).tpName}' object`),
  });
  defineGetters(textIOWrapperType, {
    // Members in textio.c: None or False before __init__, kept after detach().
    encoding: (self) => {
      const t = self as PyTextIOWrapper;
      return t.ok || t.detached ? t.encoding : None;
    },
    errors: (self) => TWInit(self).errors,
    buffer: (self) => {
      const t = self as PyTextIOWrapper;
      if (t.std >= 0 && t.buffer === None) t.buffer = stdBuffer(t.std);
      return t.buffer;
    },
    line_buffering: (self) => {
      const t = self as PyTextIOWrapper;
      // With -u, CPython's stderr is write-through instead of line-buffered.
      return t.std === 1 ? stdoutBuffering.line : t.std === 2 ? !stdoutBuffering.none : t.lineBuffering;
    },
    write_through: (self) => {
      const t = self as PyTextIOWrapper;
      if (t.std === 1) return stdoutBuffering.none || stdoutBuffering.through;
      return t.std === 2 ? stdoutBuffering.none || t.writeThrough : t.writeThrough;
    },
    closed: (self) => twClosed(TW(self)),
    name: (self) => {
      const t = TW(self);
      if (t.std >= 0) return ['<stdin>', '<stdout>', '<stderr>'][t.std];
      return getAttr(t.buffer, 'name');
    },
    newlines: (self) => {
      const t = TW(self);
      return t.nl.readuniversal ? newlinesValue(t.seennl) : None;
    },
    _CHUNK_SIZE: [(self) => TW(self).chunkSize, (self, v) => {
      const t = TW(self);
      if (v === null) raise(AttributeError, 'cannot delete attribute');
      const i = index(v);
      if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) valueError("cannot fit 'int' into an index-sized integer");
      const n = Number(i);
      if (n <= 0) valueError('a strictly positive integer is required');
      t.chunkSize = n;
    }],
  });
}

/** reconfigure()'s line_buffering and write_through (convert_optional_bool: a C long by __index__, or None). */
function optionalFlag(v: PyValue | undefined, current: boolean): boolean {
  if (v === undefined || v === None) return current;
  const n = index(v);
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(exceptionTypes.get('OverflowError')!, 'Python int too large to convert to C long');
  return n !== 0 && n !== 0n;
}

function strArg(v: PyValue, what: string): string {
  v = strSubValue(v);
  if (typeof v !== 'string') typeError(`${what} must be str, not ${typeOf(v).tpName}`);
  return v;
}

function reconfigureErrors(v: PyValue): string {
  v = strSubValue(v);
  if (typeof v !== 'string') typeError(`reconfigure() argument 'errors' must be str or None, not ${typeOf(v).tpName}`);
  return v;
}

/** A line of standard input decoded by sys.stdin's codec and error handler (a line end splits no UTF-8 sequence). */
function stdinLine(t: PyTextIOWrapper): string | null {
  const b = readStdinLineBytes();
  if (b === null) return null;
  return t.kind === 'utf8' ? decodeUtf8(b, t.errors, true)[0] : decodeText(b, t.encoding, t.errors);
}

/** Text read from standard input beyond a size limit goes back to sys.ts's buffer, as the bytes it was. */
function pushBackStdin(t: PyTextIOWrapper, s: string): void {
  unreadStdinBytes(encodeText(s, t.kind === 'utf8' ? 'utf-8' : t.encoding, t.errors));
}

/** A standard stream's .buffer: a Buffered object over FileIO(fd), writing through sys.ts's stream functions. */
function stdBuffer(fd: number): PyBuffered {
  const raw = new PyFileIO(fileIOType);
  raw.dict = new PyDict();
  raw.fd = fd;
  raw.closefd = false;
  raw.readable = fd === 0;
  raw.writable = fd !== 0;
  raw.dict.setStr('name', ['<stdin>', '<stdout>', '<stderr>'][fd]);
  const b = new PyBuffered(fd === 0 ? bufferedReaderType : bufferedWriterType);
  b.dict = new PyDict();
  b.raw = raw;
  b.fast = raw;
  b.canRead = fd === 0;
  b.canWrite = fd !== 0;
  b.std = fd;
  b.ok = true;
  return b;
}

/** The standard stream made for fd 1 (print()'s fast path writes to it while it is sys.stdout). */
let sysStdoutStream: PyTextIOWrapper | null = null;
/**
 * The standard streams' encoding and error handler, decided by the command line (src/vm/locale.ts, from
 * PYTHONIOENCODING, the UTF-8 mode and the locale) before the streams are made; stderr's errors are always
 * backslashreplace.
 */
export const stdioSettings = { encoding: 'utf-8', errors: 'strict' };

/**
 * Name the standard streams' encoding by the codec registry, once it can be imported (CPython's
 * init_stdio_encoding): a LookupError for an unknown one is a fatal error at start-up.
 */
export function nameStdioEncoding(): void {
  const name = registeredCodecName(stdioSettings.encoding);
  for (const s of ['__stdin__', '__stdout__', '__stderr__']) {
    const t = sys.getStr(s);
    if (t instanceof PyTextIOWrapper) t.encoding = name;
  }
}

/** sys.stdin/stdout/stderr: TextIOWrappers whose text goes through sys.ts's buffered stream functions. */
export function makeStdStream(fd: number): PyTextIOWrapper {
  const t = new PyTextIOWrapper(textIOWrapperType);
  t.dict = new PyDict();
  t.std = fd;
  t.ok = true;
  t.encoding = codecName(stdioSettings.encoding);
  t.kind = fastCodec(t.encoding);
  t.errors = fd === 2 ? 'backslashreplace' : stdioSettings.errors;
  t.lineBuffering = fd === 2;
  t.dict.setStr('mode', fd === 0 ? 'r' : 'w');
  if (fd === 1) sysStdoutStream = t;
  return t;
}

// ---------------------------------------------------------------------------
// IncrementalNewlineDecoder

class PyNewlineDecoder extends PyObject {
  declare decoder: PyValue;
  declare translate: boolean;
  declare pendingCR: boolean;
  declare seennl: number;
  declare errors: PyValue;
  constructor(cls: PyType) {
    super(cls);
    this.decoder = None;
    this.translate = false;
    this.pendingCR = false;
    this.seennl = 0;
    this.errors = 'strict';
  }
}

function ND(self: PyValue): PyNewlineDecoder {
  const d = self as PyNewlineDecoder;
  if (d.errors === null) valueError('IncrementalNewlineDecoder.__init__() not called');
  return d;
}

function initNewlineDecoder(): void {
  newlineDecoderType.tdict.set('__new__', new PyBuiltin('__new__', (args) => withDict(new PyNewlineDecoder(args[0] as PyType), args[0] as PyType)));
  defineMethods(newlineDecoderType, {
    __init__: (self, args, kw) => {
      const [decoder, translate, errors] = parseArgs('IncrementalNewlineDecoder', ['decoder', 'translate', 'errors'], args, kw, 2);
      const d = self as PyNewlineDecoder;
      d.decoder = decoder!;
      d.translate = truthy(translate!);
      d.errors = errors ?? 'strict';
      d.pendingCR = false;
      d.seennl = 0;
      return None;
    },
    decode: (self, args, kw) => {
      const d = ND(self);
      const [input, finalV] = parseArgs('decode', ['input', 'final'], args, kw, 1);
      const final = finalV !== undefined && truthy(finalV);
      let out: PyValue = d.decoder === None ? input! : call(getAttr(d.decoder, 'decode'), [input!], null);
      if (d.decoder !== None && final) out = call(getAttr(d.decoder, 'decode'), [input!, true]);
      if (typeof out !== 'string') typeError(`decoder should return a string result, not '${typeOf(out).tpName}'`);
      let s = out;
      if (d.pendingCR && (s.length > 0 || final)) {
        s = '\r' + s;
        d.pendingCR = false;
      }
      if (!final && s.length > 0 && s.charCodeAt(s.length - 1) === 13) {
        s = s.slice(0, -1);
        d.pendingCR = true;
      }
      d.seennl |= seenNewlines(s);
      if (d.translate) s = translateNewlines(s);
      return s;
    },
    getstate: (self) => {
      const d = ND(self);
      let buf: PyValue = new PyBytesObj(new Uint8Array(0));
      let flag: number | bigint = 0;
      if (d.decoder !== None) {
        const st = method(d.decoder, 'getstate');
        if (!(st instanceof PyTuple) || st.items.length !== 2) typeError('illegal decoder state');
        buf = st.items[0];
        flag = index(st.items[1]);
      }
      const f = typeof flag === 'bigint' ? (flag << 1n) | (d.pendingCR ? 1n : 0n) : flag * 2 + (d.pendingCR ? 1 : 0);
      return new PyTuple([buf, f]);
    },
    setstate: (self, args) => {
      const d = ND(self);
      const st = args[0];
      if (!(st instanceof PyTuple) || st.items.length !== 2) typeError('state argument must be a tuple');
      const flag = Number(index(st.items[1]));
      d.pendingCR = (flag & 1) === 1;
      if (d.decoder !== None) method(d.decoder, 'setstate', [new PyTuple([st.items[0], Math.floor(flag / 2)])]);
      return None;
    },
    reset: (self) => {
      const d = ND(self);
      d.seennl = 0;
      d.pendingCR = false;
      if (d.decoder !== None) method(d.decoder, 'reset');
      return None;
    },
  });
  defineGetters(newlineDecoderType, { newlines: (self) => newlinesValue(ND(self).seennl) });
}

// ---------------------------------------------------------------------------
// open()

const OPEN_NAMES = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

export function ioOpen(args: PyValue[], kw: string[] | null): PyValue {
  const [file, modeV, bufV, encV0, errV0, nlV0, closefdV, opener] = parseArgs('open', OPEN_NAMES, args, kw, 1);
  // A str subclass (a StrEnum member) stands for its text here, as these are only read.
  const mode = modeV === undefined ? 'r' : strSubValue(modeV);
  const encV = encV0 === undefined ? undefined : strSubValue(encV0);
  const errV = errV0 === undefined ? undefined : strSubValue(errV0);
  const nlV = nlV0 === undefined ? undefined : strSubValue(nlV0);
  if (typeof mode !== 'string') typeError(`open() argument 'mode' must be str, not ${typeOf(mode).tpName}`);
  if (encV !== undefined && encV !== None && typeof encV !== 'string') typeError(`open() argument 'encoding' must be str or None, not ${typeOf(encV).tpName}`);
  if (errV !== undefined && errV !== None && typeof errV !== 'string') typeError(`open() argument 'errors' must be str or None, not ${typeOf(errV).tpName}`);
  if (nlV !== undefined && nlV !== None && typeof nlV !== 'string') typeError(`open() argument 'newline' must be str or None, not ${typeOf(nlV).tpName}`);
  if (bufV instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  let buffering = bufV === undefined ? -1 : Number(index(bufV));
  const f = file!;
  if (f instanceof PySurrogateStr) surrogatePath(f);
  if (typeof f !== 'string' && !(f instanceof PyStrSub) && typeof f !== 'number' && typeof f !== 'bigint' && typeof f !== 'boolean' && !(f instanceof PyBytesObj && typeOf(f) !== bytearrayType) && typeOf(f).lookup('__fspath__') === undefined) {
    typeError(`expected str, bytes or os.PathLike object, not ${typeOf(f).tpName}`);
  }
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'xrwabt+'.includes(c) || seen.has(c)) valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else if (c === 'b') binary = true;
  }
  let rawmode = creating ? 'x' : reading ? 'r' : writing ? 'w' : appending ? 'a' : '';
  if (updating) rawmode += '+';
  if (text && binary) valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) valueError('must have exactly one of create/read/write/append mode');
  if (!(creating || reading || writing || appending)) valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encV !== undefined && encV !== None) valueError("binary mode doesn't take an encoding argument");
  if (binary && errV !== undefined && errV !== None) valueError("binary mode doesn't take an errors argument");
  if (binary && nlV !== undefined && nlV !== None) valueError("binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    const warnings = loadModule('warnings');
    method(warnings, 'warn', ["line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", exceptionTypes.get('RuntimeWarning')!]);
  }
  const rawArgs: PyValue[] = [f, rawmode];
  const rawKw: string[] = [];
  if (closefdV !== undefined) {
    rawArgs.push(closefdV);
    rawKw.push('closefd');
  }
  if (opener !== undefined) {
    rawArgs.push(opener);
    rawKw.push('opener');
  }
  const raw = call(fileIOType, rawArgs, rawKw.length > 0 ? rawKw : null);
  let result: PyValue = raw;
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && truthy(method(raw, 'isatty')))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = raw instanceof PyFileIO ? raw.blksize : DEFAULT_BUFFER_SIZE;
    if (buffering === 0) {
      if (binary) return raw;
      valueError("can't have unbuffered text I/O");
    }
    const btype = updating ? bufferedRandomType : creating || writing || appending ? bufferedWriterType : bufferedReaderType;
    const buffer = call(btype, [raw, buffering]);
    result = buffer;
    if (!binary) {
      result = call(textIOWrapperType, [buffer, encV ?? None, errV ?? None, nlV ?? None, lineBuffering]);
      setAttr(result, 'mode', mode);
    }
    // The object an unclosed-file warning names is the one the program was given.
    if (raw instanceof PyFileIO && raw.box.label !== null) raw.box.label = reprForWarning(result);
    return result;
  } catch (e) {
    try {
      method(result, 'close');
    } catch {
      /* the first error wins */
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Module

let initialised = false;

/** Create the types' method tables (at start-up: sys's streams and builtins.open need them). */
export function initIO(): void {
  if (initialised) return;
  initialised = true;
  initIOBase();
  initFileIO();
  initBytesIO();
  initStringIO();
  initBuffered();
  initTextIOWrapper();
  initNewlineDecoder();
  ioHooks.openFile = ioOpen;
  ioHooks.stdoutTakes = (s) => {
    const t = sysStdoutStream;
    return t !== null && t.kind === 'utf8' && !twClosed(t) && wellFormed(s);
  };
}

export function makeIOModule(): PyModule {
  initIO();
  const d = new PyDict();
  const m = new PyModule('_io', d);
  d.setStr('__doc__', 'The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.');
  d.setStr('DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE);
  d.setStr('UnsupportedOperation', unsupportedOperation());
  d.setStr('BlockingIOError', exceptionTypes.get('BlockingIOError')!);
  for (const t of [ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, fileIOType, bytesIOType, stringIOType,
    bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType, textIOWrapperType, newlineDecoderType]) {
    d.setStr(t.name, t);
  }
  // The module's __name__ is "io" (its PyModuleDef's), which its functions report as __module__; builtins.open
  // is its open (one object, as in CPython).
  d.setStr('__name__', 'io');
  const open = builtinsDict.getStr('open');
  if (open instanceof PyBuiltin) open.self = m;
  d.setStr('open', open ?? new PyBuiltin('open', ioOpen, m));
  d.setStr('open_code', new PyBuiltin('open_code', (args, kw) => {
    const [path] = parseArgs('open_code', ['path'], args, kw, 1);
    if (typeof path !== 'string' && !(path instanceof PyStrSub)) typeError(`open_code() argument 'path' must be str, not ${typeOf(path!).tpName}`);
    return ioOpen([path, 'rb'], null);
  }, m));
  d.setStr('text_encoding', new PyBuiltin('text_encoding', (args, kw) => {
    const [enc, stacklevel] = parseArgs('text_encoding', ['encoding', 'stacklevel'], args, kw, 1);
    if (enc !== None) return enc!;
    warnDefaultEncoding(stacklevel ?? 2);
    return sysFlag('utf8_mode') ? 'utf-8' : 'locale';
  }, m));
  return m;
}

void [isinstance, PyList, OSError];
