// The _pickle module (Modules/_pickle.c, 3.11): the C Pickler and Unpickler behind pickle.dumps/loads,
// with their memo proxies, the module functions, the exception classes and PickleBuffer
// (Objects/picklebufobject.c). Output is byte for byte the C pickler's (same opcodes, memo indices and
// frame boundaries); errors carry its messages. The pickler encodes into one growable Uint8Array; its memo
// is a JS Map keyed by the object (a str, a JS string, by its value: equal strs share a memo entry where
// CPython's identity memo may write one twice). The unpickler reads from the bytes directly for loads(),
// and through read/readline/readinto/peek as the C one does for a file.
import { audit } from '../vm/audit.js';
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyTuple, PyModule, PyBuiltin, PyFloat, PyBytesObj, PyByteArray, PySet,
  None, NotImplemented, Ellipsis, typeType, objectType, floatType, bytesType, bytearrayType, tupleType, listType,
  dictType, setType, frozensetType, functionType, noneType, ellipsisType, notImplementedType, memoryviewType,
  TF_BASETYPE, TF_HEAPTYPE, TF_NO_NEW, defineMethods, defineGetters, typeOf, emptyTuple, normBig,
} from '../objects/object.js';
import {
  PyException, raise, typeError, valueError, Exception, AttributeError, KeyError, OverflowError, RuntimeError,
  EOFError, NotImplementedError, UnicodeDecodeError, ImportError, ValueError, MemoryError,
} from '../objects/exceptions.js';
import {
  call, getAttr, lookupAttr, setAttr, getIter, iterNext, repr, str as strOf, truthy, index, getItem, setItem, hash,
  idOf, enterRecursiveCall, leaveRecursiveCall,
} from '../objects/abstract.js';
import { initHeapLayout, typeNew } from '../objects/typeobject.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';
import { PyStrSub } from '../objects/str.js';
import { intRepr } from '../objects/int.js';
import { floatRepr } from '../parser/constants.js';
import { asBytes, getBuffer, bufferExporters, bufferHooks, latin1 } from '../objects/bytes.js';
import { PyMemoryView, viewSources, rawView, isContiguous } from '../objects/memoryview.js';
import { decodeTextValue, encodeText } from './_codecs.js';
import { loadModule, importHooks } from '../vm/import.js';
import { builtinsDict } from './builtins.js';
import { clinicArgs, anyStr } from './args.js';
import { totalmem } from 'node:os';

const HIGHEST_PROTOCOL = 5, DEFAULT_PROTOCOL = 4;
const BATCHSIZE = 1000, FAST_NESTING_LIMIT = 50, WRITE_BUF_SIZE = 4096, PREFETCH = 8192 * 16;
const FRAME_SIZE_MIN = 4, FRAME_SIZE_TARGET = 64 * 1024, FRAME_HEADER_SIZE = 9;

// Opcodes (pickletools documents them).
const enum Op {
  MARK = 0x28, STOP = 0x2e, POP = 0x30, POP_MARK = 0x31, DUP = 0x32, FLOAT = 0x46, INT = 0x49, BININT = 0x4a,
  BININT1 = 0x4b, LONG = 0x4c, BININT2 = 0x4d, NONE = 0x4e, PERSID = 0x50, BINPERSID = 0x51, REDUCE = 0x52,
  STRING = 0x53, BINSTRING = 0x54, SHORT_BINSTRING = 0x55, UNICODE = 0x56, BINUNICODE = 0x58, APPEND = 0x61,
  BUILD = 0x62, GLOBAL = 0x63, DICT = 0x64, EMPTY_DICT = 0x7d, APPENDS = 0x65, GET = 0x67, BINGET = 0x68,
  INST = 0x69, LONG_BINGET = 0x6a, LIST = 0x6c, EMPTY_LIST = 0x5d, OBJ = 0x6f, PUT = 0x70, BINPUT = 0x71,
  LONG_BINPUT = 0x72, SETITEM = 0x73, TUPLE = 0x74, EMPTY_TUPLE = 0x29, SETITEMS = 0x75, BINFLOAT = 0x47,
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87,
  NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b, BINBYTES = 0x42, SHORT_BINBYTES = 0x43,
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90,
  FROZENSET = 0x91, NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95, BYTEARRAY8 = 0x96,
  NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
}

function mkType(name: string, flags: number, module = '_pickle'): PyType {
  const t = new PyType(typeType, name, [objectType], flags);
  t.mro = [t, objectType];
  t.tdict.set('__module__', module);
  return t;
}

const picklerType = mkType('Pickler', TF_BASETYPE);
const unpicklerType = mkType('Unpickler', TF_BASETYPE);
const picklerMemoProxyType = mkType('PicklerMemoProxy', TF_BASETYPE);
const unpicklerMemoProxyType = mkType('UnpicklerMemoProxy', TF_BASETYPE);
const pickleBufferType = mkType('PickleBuffer', 0, 'pickle');

// ---------------------------------------------------------------------------
// Module state (PickleState): the exceptions and what copyreg, _compat_pickle, codecs and functools hold.

interface State {
  PickleError: PyType;
  PicklingError: PyType;
  UnpicklingError: PyType;
  dispatchTable: PyDict;
  extensionRegistry: PyDict;
  invertedRegistry: PyDict;
  extensionCache: PyDict;
  nameMapping2to3: PyDict;
  importMapping2to3: PyDict;
  nameMapping3to2: PyDict;
  importMapping3to2: PyDict;
  codecsEncode: PyValue;
  getattr: PyValue;
  partial: PyValue;
}
let st: State;

function exactDict(mod: PyValue, modName: string, name: string): PyDict {
  const v = getAttr(mod, name);
  if (!(v instanceof PyDict) || v.cls !== dictType) raise(RuntimeError, `${modName}.${name} should be a dict, not ${typeOf(v).tpName}`);
  return v;
}

function pickleError(msg: string): never {
  raise(st.PicklingError, msg);
}
function unpicklingError(msg: string): never {
  raise(st.UnpicklingError, msg);
}

const isStr = (v: PyValue): boolean => typeof v === 'string' || v instanceof PySurrogateStr || v instanceof PyStrSub;
/** The text of a str (its JS string; a PySurrogateStr's code points as units, which is how names are compared). */
function textOf(v: PyValue): string {
  if (typeof v === 'string') return v;
  const s = anyStr(v);
  if (s === undefined) return strOf(v);
  return typeof s === 'string' ? s : String.fromCharCode(...s.cps);
}
const isCallable = (v: PyValue): boolean => typeOf(v).lookup('__call__') !== undefined;
const isIterator = (v: PyValue): boolean => typeOf(v).lookup('__next__') !== undefined;

/** PyImport_Import: builtins.__import__(name, fromlist=['__doc__']), then sys.modules[name]. */
function importModule(name: PyValue): PyValue {
  const imp = builtinsDict.getStr('__import__');
  if (imp === undefined) raise(ImportError, '__import__ not found');
  call(imp, [name, None, None, new PyList(['__doc__']), 0]);
  const m = importHooks.modules.get(name);
  if (m === undefined) raise(KeyError, repr(name));
  return m;
}

/** id() of a value, as builtins.id computes it (a str by its hash, in a range no object id uses). */
function pyId(v: PyValue): PyValue {
  if (typeof v === 'string') return normBig((1n << 64n) | BigInt.asUintN(64, BigInt(hash(v))));
  return idOf(v);
}

/** A C long argument (PyLong_AsLong) as a JS number. */
function asLong(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C long');
  return n;
}

// ---------------------------------------------------------------------------
// Pickler

class PyPickler extends PyObject {
  declare proto: number;
  declare bin: number;
  declare fixImports: boolean;
  declare fast: number;
  declare fastNesting: number;
  declare fastMemo: Set<PyValue> | null;
  declare write: PyValue | null;
  declare buf: Uint8Array;
  declare len: number;
  declare framing: boolean;
  declare frameStart: number;
  declare memo: Map<PyValue | FreshStr, number>;
  declare persFunc: PyValue | null;
  declare dispatchTable: PyValue | null;
  declare reducerOverride: PyValue | null;
  declare bufferCallback: PyValue | null;
  /** The memo keys of builtin functions' module names (see saveGlobal). */
  declare builtinModules: Map<string, FreshStr> | null;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, buf: Uint8Array | null = null) {
    super(cls);
    this.proto = 0;
    this.bin = 0;
    this.fixImports = false;
    this.fast = 0;
    this.fastNesting = 0;
    this.fastMemo = null;
    this.write = null;
    this.buf = buf ?? new Uint8Array(WRITE_BUF_SIZE);
    this.len = 0;
    this.framing = false;
    this.frameStart = -1;
    this.memo = new Map();
    this.persFunc = null;
    this.dispatchTable = null;
    this.reducerOverride = null;
    this.bufferCallback = null;
    this.builtinModules = null;
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

function grow(p: PyPickler, n: number): void {
  const want = p.len + n;
  let cap = p.buf.length * 2;
  while (cap < want) cap *= 2;
  const nb = new Uint8Array(cap);
  nb.set(p.buf.subarray(0, p.len));
  p.buf = nb;
}

/** Room for n bytes (opening a frame first when framing and none is open); the position to write them at. */
function room(p: PyPickler, n: number): number {
  if (p.framing && p.frameStart < 0) {
    if (p.len + n + FRAME_HEADER_SIZE > p.buf.length) grow(p, n + FRAME_HEADER_SIZE);
    p.frameStart = p.len;
    p.len += FRAME_HEADER_SIZE;
  } else if (p.len + n > p.buf.length) grow(p, n);
  const at = p.len;
  p.len = at + n;
  return at;
}

function w1(p: PyPickler, b: number): void {
  if (p.len < p.buf.length && (p.frameStart >= 0 || !p.framing)) p.buf[p.len++] = b;
  else {
    const at = room(p, 1);
    p.buf[at] = b;
  }
}
function w2(p: PyPickler, a: number, b: number): void {
  const at = room(p, 2);
  p.buf[at] = a;
  p.buf[at + 1] = b;
}
/** An opcode and a 4-byte little-endian argument. */
function w5(p: PyPickler, op: number, v: number): void {
  const at = room(p, 5), b = p.buf;
  b[at] = op;
  b[at + 1] = v & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = (v >>> 16) & 0xff;
  b[at + 4] = (v >>> 24) & 0xff;
}
/** An opcode and an 8-byte little-endian size. */
function w9(p: PyPickler, op: number, v: number): void {
  const at = room(p, 9), b = p.buf;
  b[at] = op;
  let x = v;
  for (let i = 1; i < 9; i++) {
    b[at + i] = x % 256;
    x = Math.floor(x / 256);
  }
}
function wBytes(p: PyPickler, data: Uint8Array): void {
  const at = room(p, data.length);
  p.buf.set(data, at);
}
/** ASCII text (opcode arguments of protocol 0). */
function wAscii(p: PyPickler, s: string): void {
  const at = room(p, s.length), b = p.buf;
  for (let i = 0; i < s.length; i++) b[at + i] = s.charCodeAt(i);
}

function commitFrame(p: PyPickler): void {
  if (!p.framing || p.frameStart < 0) return;
  const start = p.frameStart;
  const frameLen = p.len - start - FRAME_HEADER_SIZE;
  if (frameLen >= FRAME_SIZE_MIN) {
    const b = p.buf;
    b[start] = Op.FRAME;
    let x = frameLen;
    for (let i = 1; i < 9; i++) {
      b[start + i] = x % 256;
      x = Math.floor(x / 256);
    }
  } else {
    p.buf.copyWithin(start, start + FRAME_HEADER_SIZE, p.len);
    p.len -= FRAME_HEADER_SIZE;
  }
  p.frameStart = -1;
}

/** The pickle so far as bytes (the open frame committed), leaving an empty buffer. */
function takeOutput(p: PyPickler): PyBytesObj {
  commitFrame(p);
  const out = new PyBytesObj(p.buf.slice(0, p.len));
  p.len = 0;
  return out;
}

function flushToFile(p: PyPickler): void {
  call(p.write!, [takeOutput(p)]);
}

function clearBuffer(p: PyPickler): void {
  p.buf = new Uint8Array(WRITE_BUF_SIZE);
  p.len = 0;
  p.frameStart = -1;
}

/** _Pickler_OpcodeBoundary: a frame past the target size is committed (and, for a file, written out). */
function opcodeBoundary(p: PyPickler): void {
  if (!p.framing || p.frameStart < 0) return;
  if (p.len - p.frameStart - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET) return;
  commitFrame(p);
  if (p.write !== null) {
    flushToFile(p);
    clearBuffer(p);
  }
}

/**
 * _Pickler_write_bytes: a header then a payload; a payload of 64 KiB or more goes outside any frame and, to
 * a file, straight to write() (`payload` is what is written: the object itself when it is bytes-like).
 */
function writeBytes(p: PyPickler, header: () => void, data: Uint8Array, payload: PyValue | null): void {
  const bypass = data.length >= FRAME_SIZE_TARGET;
  const framing = p.framing;
  if (bypass) {
    commitFrame(p);
    p.framing = false;
  }
  header();
  if (bypass && p.write !== null) {
    flushToFile(p);
    call(p.write, [payload ?? new PyBytesObj(data.slice())]);
    clearBuffer(p);
  } else wBytes(p, data);
  p.framing = framing;
}

function memoPut(p: PyPickler, obj: PyValue | FreshStr): void {
  if (p.fast) return;
  const idx = p.memo.size;
  p.memo.set(obj, idx);
  if (p.proto >= 4) w1(p, Op.MEMOIZE);
  else if (!p.bin) wAscii(p, `p${idx}\n`);
  else if (idx < 256) w2(p, Op.BINPUT, idx);
  else if (idx <= 0xffffffff) w5(p, Op.LONG_BINPUT, idx);
  else pickleError('memo id too large for LONG_BINPUT');
}

function memoGet(p: PyPickler, idx: number): void {
  if (!p.bin) wAscii(p, `g${idx}\n`);
  else if (idx < 256) w2(p, Op.BINGET, idx);
  else if (idx <= 0xffffffff) w5(p, Op.LONG_BINGET, idx);
  else pickleError('memo id too large for LONG_BINGET');
}

function fastSaveEnter(p: PyPickler, obj: PyValue): void {
  if (++p.fastNesting >= FAST_NESTING_LIMIT) {
    const m = p.fastMemo ??= new Set();
    if (m.has(obj)) {
      valueError(`fast mode: can't pickle cyclic objects including object type ${typeOf(obj).tpName} at 0x${idOf(obj).toString(16)}`);
    }
    m.add(obj);
  }
}
function fastSaveLeave(p: PyPickler, obj: PyValue): void {
  if (p.fastNesting-- >= FAST_NESTING_LIMIT) p.fastMemo?.delete(obj);
}

function saveBool(p: PyPickler, v: boolean): void {
  if (p.proto >= 2) w1(p, v ? Op.NEWTRUE : Op.NEWFALSE);
  else wAscii(p, v ? 'I01\n' : 'I00\n');
}

function saveInt(p: PyPickler, v: number): void {
  if (v >= -0x80000000 && v <= 0x7fffffff) {
    if (!p.bin) wAscii(p, `I${v}\n`);
    else if (v >= 0 && v < 256) w2(p, Op.BININT1, v);
    else if (v >= 0 && v < 65536) {
      const at = room(p, 3), b = p.buf;
      b[at] = Op.BININT2;
      b[at + 1] = v & 0xff;
      b[at + 2] = v >> 8;
    } else w5(p, Op.BININT, v);
    return;
  }
  saveBigInt(p, BigInt(v));
}

function saveBigInt(p: PyPickler, v: bigint): void {
  if (v >= -0x80000000n && v <= 0x7fffffffn) {
    saveInt(p, Number(v));
    return;
  }
  if (p.proto < 2) {
    wAscii(p, `L${intRepr(v)}L\n`);
    return;
  }
  // Little-endian two's complement with one extra byte, cut back when the sign is already right.
  const nbits = (v < 0n ? -v : v).toString(2).length;
  let nbytes = (nbits >> 3) + 1;
  if (nbytes > 0x7fffffff) raise(OverflowError, 'int too large to pickle');
  const data = new Uint8Array(nbytes);
  let x = BigInt.asUintN(nbytes * 8, v);
  for (let i = 0; i < nbytes; i++) {
    data[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (v < 0n && nbytes > 1 && data[nbytes - 1] === 0xff && (data[nbytes - 2] & 0x80) !== 0) nbytes--;
  if (nbytes < 256) w2(p, Op.LONG1, nbytes);
  else w5(p, Op.LONG4, nbytes);
  wBytes(p, data.subarray(0, nbytes));
}

const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
function saveFloat(p: PyPickler, x: number): void {
  if (p.bin) {
    f64[0] = x;
    const at = room(p, 9), b = p.buf;
    b[at] = Op.BINFLOAT;
    for (let i = 0; i < 8; i++) b[at + 1 + i] = f64b[7 - i];
  } else wAscii(p, `F${floatRepr(x)}\n`);
}

function saveBytesData(p: PyPickler, obj: PyValue, data: Uint8Array): void {
  const size = data.length;
  writeBytes(p, () => {
    if (size <= 0xff) w2(p, Op.SHORT_BINBYTES, size);
    else if (size <= 0xffffffff) w5(p, Op.BINBYTES, size);
    else if (p.proto >= 4) w9(p, Op.BINBYTES8, size);
    else raise(OverflowError, 'serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher');
  }, data, obj);
  memoPut(p, obj);
}

function saveBytes(p: PyPickler, obj: PyBytesObj): void {
  if (p.proto >= 3) {
    saveBytesData(p, obj, obj.bytes);
    return;
  }
  // Older protocols have no bytes opcode: codecs.encode(latin-1 text, 'latin1') reads back in Python 2 and 3.
  const rv = obj.bytes.length === 0
    ? new PyTuple([bytesType, emptyTuple])
    : new PyTuple([st.codecsEncode, new PyTuple([latin1(obj.bytes), 'latin1'])]);
  saveReduce(p, rv, obj);
}

function saveBytearrayData(p: PyPickler, obj: PyValue, data: Uint8Array): void {
  writeBytes(p, () => w9(p, Op.BYTEARRAY8, data.length), data, obj);
  memoPut(p, obj);
}

function saveBytearray(p: PyPickler, obj: PyByteArray): void {
  if (p.proto >= 5) {
    saveBytearrayData(p, obj, obj.bytes);
    return;
  }
  const rv = obj.bytes.length === 0
    ? new PyTuple([bytearrayType, emptyTuple])
    : new PyTuple([bytearrayType, new PyTuple([new PyBytesObj(obj.bytes.slice())])]);
  saveReduce(p, rv, obj);
}

/** UTF-8 with surrogatepass (lone surrogates as their 3-byte forms) of a JS string, into p at `at`. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function encodeUtf8Into(b: Uint8Array, at: number, s: string): void {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) b[at++] = c;
    else if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
      b[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        b[at++] = 0xf0 | (c >> 18);
        b[at++] = 0x80 | ((c >> 12) & 0x3f);
      } else b[at++] = 0xe0 | (c >> 12);
      b[at++] = 0x80 | ((c >> 6) & 0x3f);
      b[at++] = 0x80 | (c & 0x3f);
    }
  }
}

function saveStrHeader(p: PyPickler, size: number): void {
  if (size <= 0xff && p.proto >= 4) w2(p, Op.SHORT_BINUNICODE, size);
  else if (size <= 0xffffffff) w5(p, Op.BINUNICODE, size);
  else if (p.proto >= 4) w9(p, Op.BINUNICODE8, size);
  else raise(OverflowError, 'serializing a string larger than 4 GiB requires pickle protocol 4 or higher');
}

/**
 * A str CPython makes afresh where it is needed (a static type's __qualname__, the name a builtin's __reduce__
 * returns): memoized under a key of its own, so that no equal str saved before or after is taken for it.
 */
class FreshStr {
  constructor(readonly s: string | PySurrogateStr) {}
}

function saveStr(p: PyPickler, obj: string | PySurrogateStr, key: PyValue | FreshStr = obj): void {
  if (p.bin) {
    if (typeof obj === 'string') {
      const n = obj.length;
      // Short ASCII text (most names and keys): header and bytes written in one go.
      if (n <= 0xff && p.proto >= 4) {
        let ascii = true;
        for (let i = 0; i < n; i++) if (obj.charCodeAt(i) >= 0x80) { ascii = false; break; }
        if (ascii) {
          const at = room(p, n + 2), b = p.buf;
          b[at] = Op.SHORT_BINUNICODE;
          b[at + 1] = n;
          for (let i = 0; i < n; i++) b[at + 2 + i] = obj.charCodeAt(i);
          memoPut(p, key);
          return;
        }
      }
      const size = utf8Length(obj);
      if (size < FRAME_SIZE_TARGET) {
        saveStrHeader(p, size);
        const at = room(p, size);
        encodeUtf8Into(p.buf, at, obj);
      } else {
        const data = new Uint8Array(size);
        encodeUtf8Into(data, 0, obj);
        writeBytes(p, () => saveStrHeader(p, size), data, null);
      }
    } else {
      const data = encodeText(obj, 'utf-8', 'surrogatepass');
      writeBytes(p, () => saveStrHeader(p, data.length), data, null);
    }
  } else {
    w1(p, Op.UNICODE);
    wRawUnicodeEscape(p, obj);
    w1(p, 0x0a);
  }
  memoPut(p, key);
}

const HEX = '0123456789abcdef';
/** raw_unicode_escape, with backslash, NUL, CR, LF and ^Z escaped too (protocol 0's UNICODE argument). */
function wRawUnicodeEscape(p: PyPickler, obj: string | PySurrogateStr): void {
  const cps: number[] = [];
  if (typeof obj === 'string') for (const ch of obj) cps.push(ch.codePointAt(0)!);
  else cps.push(...obj.cps);
  let out = '';
  for (const c of cps) {
    if (c >= 0x10000) {
      out += '\\U';
      for (let k = 28; k >= 0; k -= 4) out += HEX[(c >> k) & 0xf];
    } else if (c >= 256 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) {
      out += '\\u';
      for (let k = 12; k >= 0; k -= 4) out += HEX[(c >> k) & 0xf];
    } else out += String.fromCharCode(c);
  }
  wAscii(p, out);
}

function saveTuple(p: PyPickler, obj: PyTuple): void {
  const items = obj.items;
  const n = items.length;
  if (n === 0) {
    if (p.proto) w1(p, Op.EMPTY_TUPLE);
    else w2(p, Op.MARK, Op.TUPLE);
    return;
  }
  // The tuple is not in the memo now; if saving its items put it there, it is recursive: the items are popped
  // and the memo copy fetched.
  if (n <= 3 && p.proto >= 2) {
    for (let i = 0; i < n; i++) save(p, items[i], false);
    const idx = p.memo.get(obj);
    if (idx !== undefined) {
      for (let i = 0; i < n; i++) w1(p, Op.POP);
      memoGet(p, idx);
      return;
    }
    w1(p, n === 1 ? Op.TUPLE1 : n === 2 ? Op.TUPLE2 : Op.TUPLE3);
  } else {
    w1(p, Op.MARK);
    for (let i = 0; i < n; i++) save(p, items[i], false);
    const idx = p.memo.get(obj);
    if (idx !== undefined) {
      if (p.bin) w1(p, Op.POP_MARK);
      else for (let i = 0; i <= n; i++) w1(p, Op.POP);
      memoGet(p, idx);
      return;
    }
    w1(p, Op.TUPLE);
  }
  memoPut(p, obj);
}

/** batch_list: MARK items APPENDS in batches from an iterator (APPEND one by one for protocol 0). */
function batchList(p: PyPickler, it: PyValue): void {
  if (p.proto === 0) {
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      save(p, v, false);
      w1(p, Op.APPEND);
    }
    return;
  }
  let n: number;
  do {
    const first = iterNext(it);
    if (first === undefined) break;
    let obj = iterNext(it);
    if (obj === undefined) {
      save(p, first, false);
      w1(p, Op.APPEND);
      break;
    }
    w1(p, Op.MARK);
    save(p, first, false);
    n = 1;
    while (obj !== undefined) {
      save(p, obj, false);
      n += 1;
      if (n === BATCHSIZE) break;
      obj = iterNext(it);
    }
    w1(p, Op.APPENDS);
  } while (n === BATCHSIZE);
}

function batchListExact(p: PyPickler, obj: PyList): void {
  if (obj.items.length === 1) {
    save(p, obj.items[0], false);
    w1(p, Op.APPEND);
    return;
  }
  let total = 0;
  do {
    let batch = 0;
    w1(p, Op.MARK);
    // The list is read afresh each time: saving an item may change it.
    while (total < obj.items.length) {
      save(p, obj.items[total], false);
      total++;
      if (++batch === BATCHSIZE) break;
    }
    w1(p, Op.APPENDS);
  } while (total < obj.items.length);
}

function saveList(p: PyPickler, obj: PyList): void {
  if (p.fast) fastSaveEnter(p, obj);
  if (p.bin) w1(p, Op.EMPTY_LIST);
  else w2(p, Op.MARK, Op.LIST);
  memoPut(p, obj);
  if (obj.items.length !== 0) {
    enterRecursiveCall(' while pickling an object');
    try {
      if (obj.cls === listType && p.proto > 0) batchListExact(p, obj);
      else batchList(p, getIter(obj));
    } finally {
      leaveRecursiveCall();
    }
  }
  if (p.fast) fastSaveLeave(p, obj);
}

function pairItems(v: PyValue): PyValue[] {
  if (!(v instanceof PyTuple) || v.items.length !== 2) typeError('dict items iterator must return 2-tuples');
  return v.items;
}

/** batch_dict: MARK key value ... SETITEMS in batches from an iterator of pairs. */
function batchDict(p: PyPickler, it: PyValue): void {
  if (p.proto === 0) {
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      const kv = pairItems(v);
      save(p, kv[0], false);
      save(p, kv[1], false);
      w1(p, Op.SETITEM);
    }
    return;
  }
  let n: number;
  do {
    const firstV = iterNext(it);
    if (firstV === undefined) break;
    const first = pairItems(firstV);
    let obj = iterNext(it);
    if (obj === undefined) {
      save(p, first[0], false);
      save(p, first[1], false);
      w1(p, Op.SETITEM);
      break;
    }
    w1(p, Op.MARK);
    save(p, first[0], false);
    save(p, first[1], false);
    n = 1;
    while (obj !== undefined) {
      const kv = pairItems(obj);
      save(p, kv[0], false);
      save(p, kv[1], false);
      n += 1;
      if (n === BATCHSIZE) break;
      obj = iterNext(it);
    }
    w1(p, Op.SETITEMS);
  } while (n === BATCHSIZE);
}

function batchDictExact(p: PyPickler, obj: PyDict): void {
  const size = obj.t.size;
  const it = obj.t.values();
  if (size === 1) {
    const e = it.next().value!;
    const v = e.value;
    save(p, e.key, false);
    save(p, v, false);
    w1(p, Op.SETITEM);
    return;
  }
  let i: number;
  do {
    i = 0;
    w1(p, Op.MARK);
    // for-of resumes the same iterator batch after batch (a Map iterator has no return() to close it).
    for (const e of it) {
      const v = e.value;
      save(p, e.key, false);
      save(p, v, false);
      if (++i === BATCHSIZE) break;
    }
    w1(p, Op.SETITEMS);
    if (obj.t.size !== size) raise(RuntimeError, 'dictionary changed size during iteration');
  } while (i === BATCHSIZE);
}

function saveDict(p: PyPickler, obj: PyDict): void {
  if (p.fast) fastSaveEnter(p, obj);
  if (p.bin) w1(p, Op.EMPTY_DICT);
  else w2(p, Op.MARK, Op.DICT);
  memoPut(p, obj);
  if (obj.t.size !== 0) {
    if (obj.cls === dictType && p.proto > 0) {
      enterRecursiveCall(' while pickling an object');
      try {
        batchDictExact(p, obj);
      } finally {
        leaveRecursiveCall();
      }
    } else {
      const it = getIter(call(getAttr(obj, 'items'), []));
      enterRecursiveCall(' while pickling an object');
      try {
        batchDict(p, it);
      } finally {
        leaveRecursiveCall();
      }
    }
  }
  if (p.fast) fastSaveLeave(p, obj);
}

function setItems(obj: PySet): PyValue[] {
  const out: PyValue[] = [];
  for (const e of obj.t.values()) out.push(e.key);
  return out;
}

function saveSet(p: PyPickler, obj: PySet): void {
  if (p.proto < 4) {
    saveReduce(p, new PyTuple([setType, new PyTuple([new PyList(setItems(obj))])]), obj);
    return;
  }
  w1(p, Op.EMPTY_SET);
  memoPut(p, obj);
  const size = obj.t.size;
  if (size === 0) return;
  const it = obj.t.values();
  let i: number;
  do {
    i = 0;
    w1(p, Op.MARK);
    for (const e of it) {
      save(p, e.key, false);
      if (++i === BATCHSIZE) break;
    }
    w1(p, Op.ADDITEMS);
    if (obj.t.size !== size) raise(RuntimeError, 'set changed size during iteration');
  } while (i === BATCHSIZE);
}

function saveFrozenset(p: PyPickler, obj: PySet): void {
  if (p.fast) fastSaveEnter(p, obj);
  if (p.proto < 4) {
    saveReduce(p, new PyTuple([frozensetType, new PyTuple([new PyList(setItems(obj))])]), obj);
    return;
  }
  w1(p, Op.MARK);
  for (const item of setItems(obj)) save(p, item, false);
  const idx = p.memo.get(obj);
  if (idx !== undefined) {
    w1(p, Op.POP_MARK);
    memoGet(p, idx);
    return;
  }
  w1(p, Op.FROZENSET);
  memoPut(p, obj);
}

function savePickleBuffer(p: PyPickler, obj: PyPickleBuffer): void {
  if (p.proto < 5) pickleError('PickleBuffer can only pickled with protocol >= 5');
  const view = pbView(obj);
  if (!isContiguous(view)) pickleError('PickleBuffer can not be pickled when pointing to a non-contiguous buffer');
  let inBand = true;
  if (p.bufferCallback !== null) inBand = truthy(call(p.bufferCallback, [obj]));
  if (inBand) {
    const data = bufferHooks.viewBytes(view, true)!;
    if (view.readonly) saveBytesData(p, obj, data);
    else saveBytearrayData(p, obj, data);
  } else {
    w1(p, Op.NEXT_BUFFER);
    if (view.readonly) w1(p, Op.READONLY_BUFFER);
  }
}

/** get_dotted_path: the parts of a qualified name; a `<locals>` part cannot be pickled. */
function dottedPath(obj: PyValue | null, name: PyValue): string[] {
  if (!isStr(name)) typeError(`must be str, not ${typeOf(name).tpName}`);
  const parts = textOf(name).split('.');
  for (const part of parts) {
    if (part === '<locals>') {
      if (obj === null) raise(AttributeError, `Can't pickle local object ${repr(name)}`);
      raise(AttributeError, `Can't get local attribute ${repr(name)} on ${repr(obj)}`);
    }
  }
  return parts;
}

/** get_deep_attribute: [value, parent], or undefined when a lookup found nothing. */
function deepAttribute(obj: PyValue, names: string[]): [PyValue, PyValue] | undefined {
  let parent: PyValue = obj;
  let cur: PyValue = obj;
  for (const name of names) {
    parent = cur;
    const v = lookupAttr(parent, name);
    if (v === undefined) return undefined;
    cur = v;
  }
  return [cur, parent];
}

function getattribute(obj: PyValue, name: PyValue, allowQualname: boolean): PyValue {
  let attr: PyValue | undefined;
  if (allowQualname) attr = deepAttribute(obj, dottedPath(obj, name))?.[0];
  else attr = lookupAttr(obj, textOf(name));
  if (attr === undefined) raise(AttributeError, `Can't get attribute ${repr(name)} on ${repr(obj)}`);
  return attr;
}

/** whichmodule: obj.__module__, else the first module of sys.modules (not __main__) holding it at that path. */
function whichModule(obj: PyValue, path: string[]): PyValue {
  const m = lookupAttr(obj, '__module__');
  if (m !== undefined && m !== None) return m;
  const modules = importHooks.modules;
  for (const e of Array.from(modules.t.values())) {
    const name = e.key, module = e.value;
    if (module === None || name === '__main__') continue;
    const found = deepAttribute(module, path);
    if (found !== undefined && found[0] === obj) return name;
  }
  return '__main__';
}

function fixImports(module: PyValue, name: PyValue): [PyValue, PyValue] {
  const item = st.nameMapping3to2.get(new PyTuple([module, name]));
  if (item !== undefined) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) {
      raise(RuntimeError, `_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${typeOf(item).tpName}`);
    }
    const [m, g] = item.items;
    if (!isStr(m) || !isStr(g)) {
      raise(RuntimeError, `_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (${typeOf(m).tpName}, ${typeOf(g).tpName})`);
    }
    return [m, g];
  }
  const mod = st.importMapping3to2.get(module);
  if (mod !== undefined) {
    if (!isStr(mod)) raise(RuntimeError, `_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ${typeOf(mod).tpName}`);
    return [mod, name];
  }
  return [module, name];
}

/** The bytes of a GLOBAL argument: UTF-8 for protocol 3, ASCII otherwise. */
function globalIdentifier(p: PyPickler, v: PyValue, what: string): Uint8Array {
  const s = anyStr(v);
  let bad = s === undefined;
  if (!bad && p.proto !== 3) {
    const t = typeof s === 'string' ? s : '\ud800';
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) { bad = true; break; }
  }
  if (bad) {
    if (s === undefined) typeError(`expected str, got ${typeOf(v).tpName}`);
    pickleError(`can't pickle ${what} identifier '${strOf(v)}' using pickle protocol ${p.proto}`);
  }
  if (typeof s === 'string') {
    const b = new Uint8Array(utf8Length(s));
    encodeUtf8Into(b, 0, s);
    // Strict UTF-8: a lone surrogate cannot be encoded.
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if ((c & 0xf800) === 0xd800 && !((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && ++i)) {
        pickleError(`can't pickle ${what} identifier '${strOf(v)}' using pickle protocol ${p.proto}`);
      }
    }
    return b;
  }
  pickleError(`can't pickle ${what} identifier '${strOf(v)}' using pickle protocol ${p.proto}`);
}

function saveGlobal(p: PyPickler, obj: PyValue, name: PyValue | null): void {
  let globalName: PyValue = name ?? lookupAttr(obj, '__qualname__') ?? getAttr(obj, '__name__');
  const path = dottedPath(null, globalName);
  let moduleName = whichModule(obj, path);
  let module: PyValue;
  try {
    module = importModule(moduleName);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    pickleError(`Can't pickle ${repr(obj)}: import of module ${repr(moduleName)} failed`);
  }
  const lastname = path[path.length - 1];
  const found = deepAttribute(module, path);
  if (found === undefined) pickleError(`Can't pickle ${repr(obj)}: attribute lookup ${strOf(globalName)} on ${strOf(moduleName)} failed`);
  const [cls, parent] = found;
  if (cls !== obj) pickleError(`Can't pickle ${repr(obj)}: it's not the same object as ${strOf(moduleName)}.${strOf(globalName)}`);

  if (p.proto >= 2) {
    const code = st.extensionRegistry.get(new PyTuple([moduleName, globalName]));
    if (code !== undefined) {
      if (typeof code !== 'number' && typeof code !== 'bigint' && typeof code !== 'boolean' && !typeOf(code).isSubtype(typeOf(0))) {
        pickleError(`Can't pickle ${repr(obj)}: extension code ${repr(code)} isn't an integer`);
      }
      const c = Number(index(code));
      if (c <= 0 || c > 0x7fffffff) pickleError(`Can't pickle ${repr(obj)}: extension code ${c} is out of range`);
      if (c <= 0xff) w2(p, Op.EXT1, c);
      else if (c <= 0xffff) {
        const at = room(p, 3), b = p.buf;
        b[at] = Op.EXT2;
        b[at + 1] = c & 0xff;
        b[at + 2] = c >> 8;
      } else w5(p, Op.EXT4, c);
      return;
    }
  }
  if (parent === module) globalName = lastname;
  if (p.proto >= 4) {
    // A builtin function's __module__ is its module's own name object, not the str types and Python code share.
    const m = obj instanceof PyBuiltin && typeof moduleName === 'string' && p.persFunc === null ? moduleName : null;
    if (m !== null) {
      opcodeBoundary(p);
      const keys = p.builtinModules ??= new Map();
      const key = keys.get(m) ?? new FreshStr(m);
      keys.set(m, key);
      const idx = p.memo.get(key);
      if (idx !== undefined) memoGet(p, idx);
      else saveStr(p, m, key);
    } else save(p, moduleName, false);
    const fresh = name === null ? obj instanceof PyType && !(obj.flags & TF_HEAPTYPE) : obj instanceof PyBuiltin;
    const g = anyStr(globalName);
    if (fresh && g !== undefined && !(globalName instanceof PyStrSub) && p.persFunc === null) {
      opcodeBoundary(p);
      saveStr(p, g, new FreshStr(g));
    } else save(p, globalName, false);
    w1(p, Op.STACK_GLOBAL);
  } else if (parent !== module) {
    saveReduce(p, new PyTuple([st.getattr, new PyTuple([parent, lastname])]), null);
  } else {
    w1(p, Op.GLOBAL);
    if (p.proto < 3 && p.fixImports) [moduleName, globalName] = fixImports(moduleName, globalName);
    wBytes(p, globalIdentifier(p, moduleName, 'module'));
    w1(p, 0x0a);
    wBytes(p, globalIdentifier(p, globalName, 'global'));
    w1(p, 0x0a);
  }
  memoPut(p, obj);
}

function saveType(p: PyPickler, obj: PyType): void {
  const singleton = obj === noneType ? None : obj === ellipsisType ? Ellipsis : obj === notImplementedType ? NotImplemented : null;
  if (singleton !== null) saveReduce(p, new PyTuple([typeType, new PyTuple([singleton])]), obj);
  else saveGlobal(p, obj, null);
}

/** save_pers: true when persistent_id gave an id (then saved) for obj. */
function savePers(p: PyPickler, obj: PyValue): boolean {
  const pid = call(p.persFunc!, [obj]);
  if (pid === None) return false;
  if (p.bin) {
    save(p, pid, true);
    w1(p, Op.BINPERSID);
  } else {
    const s = strOf(pid);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) pickleError('persistent IDs in protocol 0 must be ASCII strings');
    }
    w1(p, Op.PERSID);
    wAscii(p, s);
    w1(p, 0x0a);
  }
  return true;
}

function saveReduce(p: PyPickler, args: PyValue, obj: PyValue | null): void {
  const t = args as PyTuple;
  const size = t.items.length;
  if (size < 2 || size > 6) pickleError('tuple returned by __reduce__ must contain 2 through 6 elements');
  let callable = t.items[0];
  const argtup = t.items[1];
  let state: PyValue | null = size > 2 ? t.items[2] : None;
  let listitems: PyValue | null = size > 3 ? t.items[3] : None;
  let dictitems: PyValue | null = size > 4 ? t.items[4] : None;
  let stateSetter: PyValue | null = size > 5 ? t.items[5] : None;

  if (!isCallable(callable)) pickleError('first item of the tuple returned by __reduce__ must be callable');
  if (!(argtup instanceof PyTuple)) pickleError('second item of the tuple returned by __reduce__ must be a tuple');
  if (state === None) state = null;
  if (listitems === None) listitems = null;
  else if (!isIterator(listitems)) pickleError(`fourth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(listitems).tpName}`);
  if (dictitems === None) dictitems = null;
  else if (!isIterator(dictitems)) pickleError(`fifth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(dictitems).tpName}`);
  if (stateSetter === None) stateSetter = null;
  else if (!isCallable(stateSetter)) pickleError(`sixth element of the tuple returned by __reduce__ must be a function, not ${typeOf(stateSetter).tpName}`);

  let useNewobj = false, useNewobjEx = false;
  if (p.proto >= 2) {
    const name = lookupAttr(callable, '__name__');
    if (name !== undefined && isStr(name)) {
      const n = textOf(name);
      useNewobjEx = n === '__newobj_ex__';
      if (!useNewobjEx) useNewobj = n === '__newobj__';
    }
  }

  if (useNewobjEx) {
    if (argtup.items.length !== 3) pickleError(`length of the NEWOBJ_EX argument tuple must be exactly 3, not ${argtup.items.length}`);
    const [cls, nargs, kwargs] = argtup.items;
    if (!(cls instanceof PyType)) pickleError(`first item from NEWOBJ_EX argument tuple must be a class, not ${typeOf(cls).tpName}`);
    if (!(nargs instanceof PyTuple)) pickleError(`second item from NEWOBJ_EX argument tuple must be a tuple, not ${typeOf(nargs).tpName}`);
    if (!(kwargs instanceof PyDict)) pickleError(`third item from NEWOBJ_EX argument tuple must be a dict, not ${typeOf(kwargs).tpName}`);
    if (p.proto >= 4) {
      save(p, cls, false);
      save(p, nargs, false);
      save(p, kwargs, false);
      w1(p, Op.NEWOBJ_EX);
    } else {
      // functools.partial(cls.__new__, cls, *args, **kwargs)() rebuilds it with REDUCE.
      const pos: PyValue[] = [getAttr(cls, '__new__'), cls, ...nargs.items];
      const names: string[] = [];
      for (const e of kwargs.t.values()) {
        if (typeof e.key !== 'string') typeError('keywords must be strings');
        names.push(e.key);
        pos.push(e.value);
      }
      callable = call(st.partial, pos, names.length > 0 ? names : null);
      save(p, callable, false);
      save(p, emptyTuple, false);
      w1(p, Op.REDUCE);
    }
  } else if (useNewobj) {
    if (argtup.items.length < 1) pickleError('__newobj__ arglist is empty');
    const cls = argtup.items[0];
    if (!(cls instanceof PyType)) pickleError('args[0] from __newobj__ args is not a type');
    if (obj !== null) {
      const objClass = lookupAttr(obj, '__class__') ?? typeOf(obj);
      if (objClass !== cls) pickleError('args[0] from __newobj__ args has the wrong class');
    }
    save(p, cls, false);
    save(p, new PyTuple(argtup.items.slice(1)), false);
    w1(p, Op.NEWOBJ);
  } else {
    save(p, callable, false);
    save(p, argtup, false);
    w1(p, Op.REDUCE);
  }

  // obj is null when save_global reduces through getattr: nothing is memoized then.
  if (obj !== null) {
    const idx = p.memo.get(obj);
    if (idx !== undefined) {
      w1(p, Op.POP);
      memoGet(p, idx);
      return;
    }
    memoPut(p, obj);
  }
  if (listitems !== null) batchList(p, listitems);
  if (dictitems !== null) batchDict(p, dictitems);
  if (state !== null) {
    if (stateSetter === null) {
      save(p, state, false);
      w1(p, Op.BUILD);
    } else {
      // state_setter(obj, state), its result popped: the stack is left as BUILD would leave it.
      save(p, stateSetter, false);
      save(p, obj!, false);
      save(p, state, false);
      w1(p, Op.TUPLE2);
      w1(p, Op.REDUCE);
      w1(p, Op.POP);
    }
  }
}

function save(p: PyPickler, obj: PyValue, persSave: boolean): void {
  if (p.framing && p.frameStart >= 0) opcodeBoundary(p);
  if (!persSave && p.persFunc !== null && savePers(p, obj)) return;
  // Atoms first: they are never memoized.
  switch (typeof obj) {
    case 'boolean':
      saveBool(p, obj);
      return;
    case 'number':
      saveInt(p, obj);
      return;
    case 'bigint':
      saveBigInt(p, obj);
      return;
    case 'string': {
      const idx = p.memo.get(obj);
      if (idx !== undefined) memoGet(p, idx);
      else saveStr(p, obj);
      return;
    }
  }
  if (obj === None) {
    w1(p, Op.NONE);
    return;
  }
  const type = obj.cls;
  if (type === floatType && obj instanceof PyFloat) {
    saveFloat(p, obj.value);
    return;
  }
  const idx = p.memo.get(obj);
  if (idx !== undefined) {
    memoGet(p, idx);
    return;
  }
  if (type === bytesType) {
    saveBytes(p, obj as PyBytesObj);
    return;
  }
  if (obj instanceof PySurrogateStr) {
    saveStr(p, obj);
    return;
  }
  enterRecursiveCall(' while pickling an object');
  try {
    saveObject(p, obj, type);
  } finally {
    leaveRecursiveCall();
  }
}

function saveObject(p: PyPickler, obj: PyObject, type: PyType): void {
  if (type === dictType) return saveDict(p, obj as PyDict);
  if (type === setType) return saveSet(p, obj as PySet);
  if (type === frozensetType) return saveFrozenset(p, obj as PySet);
  if (type === listType) return saveList(p, obj as PyList);
  if (type === tupleType) return saveTuple(p, obj as PyTuple);
  if (type === bytearrayType) return saveBytearray(p, obj as PyByteArray);
  if (type === pickleBufferType) return savePickleBuffer(p, obj as PyPickleBuffer);

  let rv: PyValue | undefined;
  if (p.reducerOverride !== null) {
    rv = call(p.reducerOverride, [obj]);
    if (rv === NotImplemented) rv = undefined;
  }
  if (rv === undefined) {
    if (type === typeType) return saveType(p, obj as PyType);
    if (type === functionType) return saveGlobal(p, obj, null);
    let reduceFunc: PyValue | undefined;
    if (p.dispatchTable === null) reduceFunc = st.dispatchTable.get(type);
    else {
      try {
        reduceFunc = getItem(p.dispatchTable, type);
      } catch (e) {
        if (!(e instanceof PyException && e.exc.cls.isSubtype(KeyError))) throw e;
      }
    }
    if (reduceFunc !== undefined) rv = call(reduceFunc, [obj]);
    else if (type.isSubtype(typeType)) return saveGlobal(p, obj, null);
    else {
      const rex = lookupAttr(obj, '__reduce_ex__');
      if (rex !== undefined) rv = call(rex, [p.proto]);
      else {
        const r = lookupAttr(obj, '__reduce__');
        if (r === undefined) pickleError(`can't pickle '${type.tpName}' object: ${repr(obj)}`);
        rv = call(r, []);
      }
    }
  }
  if (isStr(rv)) return saveGlobal(p, obj, rv);
  if (!(rv instanceof PyTuple)) pickleError('__reduce__ must return a string or tuple');
  saveReduce(p, rv, obj);
}

function dump(p: PyPickler, obj: PyValue): void {
  // Only a subclass (or an instance attribute of one) can have a reducer_override.
  p.reducerOverride = p.cls === picklerType ? null : lookupAttr(p, 'reducer_override') ?? null;
  try {
    if (p.proto >= 2) {
      w2(p, Op.PROTO, p.proto);
      if (p.proto >= 4) p.framing = true;
    }
    save(p, obj, false);
    w1(p, Op.STOP);
    commitFrame(p);
  } finally {
    p.framing = false;
    p.reducerOverride = null;
  }
}

function setProtocol(p: PyPickler, protocol: PyValue | undefined, fixImports: boolean): void {
  let proto: number;
  if (protocol === undefined || protocol === None) proto = DEFAULT_PROTOCOL;
  else {
    proto = asLong(protocol);
    if (proto < 0) proto = HIGHEST_PROTOCOL;
    else if (proto > HIGHEST_PROTOCOL) valueError(`pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  }
  p.proto = proto;
  p.bin = proto > 0 ? 1 : 0;
  p.fixImports = fixImports && proto < 3;
}

function setOutputStream(p: PyPickler, file: PyValue): void {
  const w = lookupAttr(file, 'write');
  if (w === undefined) typeError("file must have a 'write' attribute");
  p.write = w;
}

function setBufferCallback(p: PyPickler, cb: PyValue | undefined): void {
  const f = cb === undefined || cb === None ? null : cb;
  if (f !== null && p.proto < 5) valueError('buffer_callback needs protocol >= 5');
  p.bufferCallback = f;
}

function PK(v: PyValue): PyPickler {
  if (!(v instanceof PyPickler)) typeError(`descriptor requires a '_pickle.Pickler' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function picklerInit(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const p = PK(self);
  const [file, protocol, fix, cb] = clinicArgs('Pickler', ['file', 'protocol', 'fix_imports', 'buffer_callback'], args, kw, 1);
  if (p.write !== null) {
    p.persFunc = null;
    p.dispatchTable = null;
    p.bufferCallback = null;
    p.fastMemo = null;
  }
  setProtocol(p, protocol, fix === undefined ? true : truthy(fix));
  setOutputStream(p, file!);
  setBufferCallback(p, cb);
  p.memo = new Map();
  p.len = 0;
  p.frameStart = -1;
  p.fast = 0;
  p.fastNesting = 0;
  p.fastMemo = null;
  p.persFunc = lookupAttr(p, 'persistent_id') ?? null;
  if (p.dispatchTable === null) p.dispatchTable = lookupAttr(p, 'dispatch_table') ?? null;
  return None;
}

// ---------------------------------------------------------------------------
// Memo proxies

class PyPicklerMemoProxy extends PyObject {
  constructor(public readonly pickler: PyPickler, cls: PyType = picklerMemoProxyType) {
    super(cls);
  }
}
class PyUnpicklerMemoProxy extends PyObject {
  constructor(public readonly unpickler: PyUnpickler, cls: PyType = unpicklerMemoProxyType) {
    super(cls);
  }
}

function picklerMemoCopy(p: PyPickler): PyDict {
  const d = new PyDict();
  for (const [key, idx] of p.memo) {
    if (key instanceof FreshStr) d.set(idOf(key as unknown as PyObject), new PyTuple([idx, key.s]));
    else d.set(pyId(key), new PyTuple([idx, key]));
  }
  return d;
}

function setPicklerMemo(p: PyPickler, v: PyValue | null): void {
  if (v === null) typeError('attribute deletion is not supported');
  if (v instanceof PyPicklerMemoProxy && v.cls === picklerMemoProxyType) {
    p.memo = new Map(v.pickler.memo);
    return;
  }
  if (v instanceof PyDict) {
    const m = new Map<PyValue | FreshStr, number>();
    for (const e of v.t.values()) {
      const val = e.value;
      if (!(val instanceof PyTuple) || val.items.length !== 2) typeError("'memo' values must be 2-item tuples");
      const n = index(val.items[0]);
      if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
      m.set(val.items[1], n);
    }
    p.memo = m;
    return;
  }
  typeError(`'memo' attribute must be a PicklerMemoProxy object or dict, not ${typeOf(v).tpName}`);
}

// ---------------------------------------------------------------------------
// Unpickler

class PyUnpickler extends PyObject {
  declare stack: PyValue[];
  declare fence: number;
  declare marks: number[];
  declare memo: (PyValue | undefined)[];
  declare memoLen: number;
  declare input: Uint8Array;
  declare pos: number;
  declare prefetchedIdx: number;
  declare read: PyValue | null;
  declare readinto: PyValue | null;
  declare readline: PyValue | null;
  declare peek: PyValue | null;
  declare buffers: PyValue | null;
  declare encoding: string;
  declare errors: string;
  declare proto: number;
  declare fixImports: boolean;
  declare persFunc: PyValue | null;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.stack = [];
    this.fence = 0;
    this.marks = [];
    this.memo = [];
    this.memoLen = 0;
    this.input = EMPTY;
    this.pos = 0;
    this.prefetchedIdx = 0;
    this.read = null;
    this.readinto = null;
    this.readline = null;
    this.peek = null;
    this.buffers = null;
    this.encoding = 'ASCII';
    this.errors = 'strict';
    this.proto = 0;
    this.fixImports = true;
    this.persFunc = null;
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}
const EMPTY = new Uint8Array(0);

function truncated(): never {
  unpicklingError('pickle data was truncated');
}

function setStringInput(u: PyUnpickler, data: PyValue): number {
  const b = asBytes(data);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(data).tpName}'`);
  u.input = b;
  u.pos = 0;
  u.prefetchedIdx = b.length;
  return b.length;
}

/** Data peeked but consumed is read from the file, so that its position follows the unpickler's. */
function skipConsumed(u: PyUnpickler): void {
  const consumed = u.pos - u.prefetchedIdx;
  if (consumed <= 0) return;
  call(u.read!, [consumed]);
  u.prefetchedIdx = u.pos;
}

const READ_WHOLE_LINE = -1;
function readFromFile(u: PyUnpickler, n: number): number {
  skipConsumed(u);
  let data: PyValue;
  if (n === READ_WHOLE_LINE) data = call(u.readline!, []);
  else {
    if (u.peek !== null && n < PREFETCH) {
      let peeked: PyValue | undefined;
      try {
        peeked = call(u.peek, [PREFETCH]);
      } catch (e) {
        if (!(e instanceof PyException && e.exc.cls.isSubtype(NotImplementedError))) throw e;
        u.peek = null;
      }
      if (peeked !== undefined) {
        const size = setStringInput(u, peeked);
        u.prefetchedIdx = 0;
        if (n <= size) return n;
      }
    }
    data = call(u.read!, [n]);
  }
  return setStringInput(u, data);
}

/** n bytes from the input: their offset in u.input. */
function need(u: PyUnpickler, n: number): number {
  const p = u.pos;
  if (n <= u.input.length - p) {
    u.pos = p + n;
    return p;
  }
  return needSlow(u, n);
}
function needSlow(u: PyUnpickler, n: number): number {
  if (u.read === null) truncated();
  const got = readFromFile(u, n);
  if (got < n) truncated();
  u.pos = n;
  return 0;
}

/** _Unpickler_ReadInto: n bytes copied out (large payloads of a file go through readinto). */
function readInto(u: PyUnpickler, n: number): Uint8Array {
  // C allocates the object first (failing past the machine's memory), then finds the data short.
  if (n > totalmem()) raise(MemoryError);
  if (u.read === null && n > u.input.length - u.pos) truncated();
  const out = allocBytes(n);
  let off = 0;
  const inBuf = u.input.length - u.pos;
  if (inBuf > 0) {
    const k = Math.min(inBuf, n);
    out.set(u.input.subarray(u.pos, u.pos + k));
    u.pos += k;
    off = k;
    if (off === n) return out;
  }
  if (u.read === null) truncated();
  skipConsumed(u);
  const rest = n - off;
  if (u.readinto === null) {
    const data = call(u.read, [rest]);
    if (!(data instanceof PyBytesObj) || data instanceof PyByteArray) valueError(`read() returned non-bytes object (${repr(typeOf(data))})`);
    if (data.bytes.length < rest) truncated();
    out.set(data.bytes.subarray(0, rest), off);
    return out;
  }
  const ba = new PyByteArray(new Uint8Array(rest));
  const mv = call(memoryviewType, [ba]);
  const r = call(u.readinto, [mv]);
  const got = index(r);
  if (got < 0) valueError('readinto() returned negative size');
  if (got < rest) truncated();
  out.set(ba.bytes.subarray(0, rest), off);
  return out;
}

/** The storage of a bytes object of n bytes, as PyBytes_FromStringAndSize allocates it (MemoryError past what can be). */
function allocBytes(n: number): Uint8Array {
  try {
    return new Uint8Array(n);
  } catch (e) {
    if (e instanceof RangeError) raise(MemoryError);
    throw e;
  }
}

/** A line (with its newline) from the input. */
function readLine(u: PyUnpickler): Uint8Array {
  const inp = u.input;
  for (let i = u.pos; i < inp.length; i++) {
    if (inp[i] === 0x0a) {
      const line = inp.subarray(u.pos, i + 1);
      u.pos = i + 1;
      return line;
    }
  }
  if (u.read === null) truncated();
  const n = readFromFile(u, READ_WHOLE_LINE);
  if (n === 0 || u.input[n - 1] !== 0x0a) truncated();
  u.pos = n;
  return u.input.subarray(0, n);
}

function stackUnderflow(u: PyUnpickler): never {
  unpicklingError(u.marks.length > 0 ? 'unexpected MARK found' : 'unpickling stack underflow');
}

function pop(u: PyUnpickler): PyValue {
  if (u.stack.length <= u.fence) stackUnderflow(u);
  return u.stack.pop()!;
}

function marker(u: PyUnpickler): number {
  const marks = u.marks;
  if (marks.length < 1) unpicklingError('could not find MARK');
  const mark = marks.pop()!;
  u.fence = marks.length > 0 ? marks[marks.length - 1] : 0;
  return mark;
}

function popTuple(u: PyUnpickler, start: number): PyValue[] {
  if (start < u.fence) stackUnderflow(u);
  const items = u.stack.slice(start);
  u.stack.length = start;
  return items;
}

/**
 * The C unpickler grows its memo to twice an index past its end (8 bytes an entry): for an index from corrupt
 * data that allocation fails with MemoryError when it is larger than the machine's memory (what Linux's
 * overcommit heuristic refuses), and so it does here.
 */
const MEMO_INDEX_LIMIT = Math.floor(totalmem() / 16);

function memoPutU(u: PyUnpickler, idx: number, v: PyValue): void {
  if (idx >= MEMO_INDEX_LIMIT && idx >= u.memo.length) raise(MemoryError);
  if (u.memo[idx] === undefined) u.memoLen++;
  u.memo[idx] = v;
}

function memoGetU(u: PyUnpickler, idx: number): PyValue {
  const v = idx < u.memo.length ? u.memo[idx] : undefined;
  if (v === undefined) unpicklingError(`Memo value not found at index ${idx}`);
  return v;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}
function i32(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
}
/** calc_binsize for 8 bytes: -1 past Py_ssize_t. */
function u64(b: Uint8Array, at: number): number {
  if (b[at + 7] >= 0x80) return -1;
  let x = 0;
  for (let i = 7; i >= 0; i--) x = x * 256 + b[at + i];
  return x;
}

/** Text of a protocol-0 line (without its newline), byte per character. */
function lineText(line: Uint8Array, stripNewline = true): string {
  return latin1(stripNewline ? line.subarray(0, line.length - 1) : line);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** UTF-8 with surrogatepass (BINUNICODE's text). */
function decodeUtf8(b: Uint8Array, start: number, n: number): PyValue {
  if (n <= 64) {
    let s = '';
    let i = 0;
    for (; i < n; i++) {
      const c = b[start + i];
      if (c >= 0x80) break;
      s += String.fromCharCode(c);
    }
    if (i === n) return s;
  }
  const data = b.subarray(start, start + n);
  try {
    return utf8Strict.decode(data);
  } catch {
    return decodeTextValue(data.slice(), 'utf-8', 'surrogatepass');
  }
}

function decodeStrict(b: Uint8Array, codec: string): PyValue {
  return decodeTextValue(b.slice(), codec, 'strict');
}

/**
 * strtol(line, &end, 0), accepted when it stops at the newline or a NUL: undefined when it does not (or
 * overflows a C long). With no digits at all strtol gives 0 and stops where it started.
 */
function cStrtol(line: string): number | bigint | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(line);
  const stop = line.charCodeAt(m === null ? 0 : m[0].length);
  if (stop !== 0x0a && stop !== 0) return undefined;
  if (m === null) return 0;
  const body = m[2];
  let v: bigint;
  if (body.length > 1 && (body[1] === 'x' || body[1] === 'X')) v = BigInt(body);
  else if (body.length > 1 && body[0] === '0') v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  if (m[1] === '-') v = -v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) return undefined;
  return normBig(v);
}

/**
 * PyLong_FromString over a line's bytes (a C string: it ends at a NUL). Its error shows the first 200 bytes
 * decoded as UTF-8 (a UnicodeDecodeError when they are not) and the base it settled on.
 */
function longFromString(raw: Uint8Array, base: number): PyValue {
  const nul = raw.indexOf(0);
  const b = nul >= 0 ? raw.subarray(0, nul) : raw;
  // int() also takes non-ASCII digits and spaces, which PyLong_FromString does not.
  let ascii = true;
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) ascii = false;
  if (ascii) {
    try {
      return call(typeOf(0), [latin1(b), base]);
    } catch (e) {
      if (!(e instanceof PyException && e.exc.cls.isSubtype(ValueError))) throw e;
    }
  }
  const shown = decodeStrict(b.subarray(0, 200), 'utf-8');
  let used = base;
  if (base === 0) {
    const m = /^\s*[+-]?0([xob])/i.exec(latin1(b));
    used = m === null ? 10 : { x: 16, o: 8, b: 2 }[m[1].toLowerCase() as 'x' | 'o' | 'b'];
  }
  valueError(`invalid literal for int() with base ${used}: ${repr(shown)}`);
}

function loadInt(u: PyUnpickler): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  const x = cStrtol(lineText(line, false));
  let v: PyValue;
  if (x !== undefined) v = line.length === 3 && (x === 0 || x === 1) ? x === 1 : x;
  else {
    try {
      v = longFromString(line, 0);
    } catch (e) {
      if (e instanceof PyException) valueError('could not convert string to int');
      throw e;
    }
  }
  u.stack.push(v);
}

function loadLong(u: PyUnpickler): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  // The 'L' Python 2 wrote is cut off (as C puts a NUL over it).
  const end = line[line.length - 2] === 0x4c ? line.length - 2 : line.length;
  u.stack.push(longFromString(line.subarray(0, end), 0));
}

function loadCountedLong(u: PyUnpickler, size: number): void {
  const at = need(u, size);
  const n = size === 1 ? u.input[at] : i32(u.input, at);
  if (n < 0) unpicklingError('LONG pickle has negative byte count');
  if (n === 0) {
    u.stack.push(0);
    return;
  }
  const s = need(u, n);
  const b = u.input;
  let x = 0n;
  for (let i = n - 1; i >= 0; i--) x = (x << 8n) | BigInt(b[s + i]);
  if (b[s + n - 1] & 0x80) x -= 1n << BigInt(8 * n);
  u.stack.push(normBig(x));
}

/** What _Py_dg_strtod reads of a float: the longest prefix of this (no leading space). */
const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;
function loadFloat(u: PyUnpickler): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  // PyOS_string_to_double reads a C string: the text ends at a NUL (and messages show it as UTF-8).
  const nul = line.indexOf(0);
  const raw = nul >= 0 ? line.subarray(0, nul) : line;
  const text = latin1(raw);
  const m = FLOAT_PREFIX.exec(text);
  if (m === null) valueError(`could not convert string to float: '${strOf(decodeTextValue(raw.slice(), 'utf-8', 'replace'))}'`);
  const t = m[0].toLowerCase();
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  const special = body[0] === 'i' || body[0] === 'n';
  const x = special ? (body[0] === 'n' ? NaN : t[0] === '-' ? -Infinity : Infinity) : Number(t);
  if (!special && !Number.isFinite(x)) raise(OverflowError, `value too large to convert to float: '${strOf(decodeTextValue(raw.slice(), 'utf-8', 'replace'))}'`);
  const rest = text.charCodeAt(m[0].length);
  if (rest === rest && rest !== 0x0a) valueError('could not convert string to float');
  u.stack.push(new PyFloat(x));
}

function loadBinFloat(u: PyUnpickler): void {
  const at = need(u, 8), b = u.input;
  for (let i = 0; i < 8; i++) f64b[7 - i] = b[at + i];
  u.stack.push(new PyFloat(f64[0]));
}

/** A Python 2 str: bytes with encoding='bytes', else decoded with the unpickler's encoding and errors. */
function py2String(u: PyUnpickler, data: Uint8Array): PyValue {
  if (u.encoding === 'bytes') return new PyBytesObj(data.slice());
  return decodeTextValue(data.slice(), u.encoding, u.errors);
}

function loadString(u: PyUnpickler): void {
  const line = readLine(u);
  let len = line.length - 1;
  const q = line[0];
  if (!(len >= 2 && line[0] === line[len - 1] && (q === 0x27 || q === 0x22))) unpicklingError('the STRING opcode argument must be quoted');
  const raw = line.subarray(1, len - 1);
  len -= 2;
  const codecs = loadModule('codecs');
  const r = call(getAttr(codecs, 'escape_decode'), [new PyBytesObj(raw.slice())]) as PyTuple;
  u.stack.push(py2String(u, (r.items[0] as PyBytesObj).bytes));
}

function loadCountedBinstring(u: PyUnpickler, nbytes: number): void {
  const at = need(u, nbytes);
  const size = nbytes === 1 ? u.input[at] : u32(u.input, at);
  const s = need(u, size);
  u.stack.push(py2String(u, u.input.subarray(s, s + size)));
}

function binSize(u: PyUnpickler, nbytes: number, what: string, exc: PyType): number {
  const at = need(u, nbytes);
  const size = nbytes === 1 ? u.input[at] : nbytes === 4 ? u32(u.input, at) : u64(u.input, at);
  if (size < 0) raise(exc, `${what} exceeds system's maximum size of 9223372036854775807 bytes`);
  return size;
}

function loadCountedBinbytes(u: PyUnpickler, nbytes: number): void {
  const size = binSize(u, nbytes, 'BINBYTES', OverflowError);
  if (size <= u.input.length - u.pos) {
    const s = u.pos;
    u.pos += size;
    u.stack.push(new PyBytesObj(u.input.slice(s, s + size)));
  } else u.stack.push(new PyBytesObj(readInto(u, size)));
}

function loadBytearray8(u: PyUnpickler): void {
  const size = binSize(u, 8, 'BYTEARRAY8', OverflowError);
  u.stack.push(new PyByteArray(readInto(u, size)));
}

function loadCountedBinunicode(u: PyUnpickler, nbytes: number): void {
  const size = binSize(u, nbytes, 'BINUNICODE', OverflowError);
  const s = need(u, size);
  u.stack.push(decodeUtf8(u.input, s, size));
}

function loadUnicode(u: PyUnpickler): void {
  const line = readLine(u);
  if (line.length < 1) truncated();
  u.stack.push(decodeStrict(line.subarray(0, line.length - 1), 'raw_unicode_escape'));
}

function loadNextBuffer(u: PyUnpickler): void {
  if (u.buffers === null) unpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given');
  const b = iterNext(u.buffers);
  if (b === undefined) unpicklingError('not enough out-of-band buffers');
  u.stack.push(b);
}

function loadReadonlyBuffer(u: PyUnpickler): void {
  const n = u.stack.length;
  if (n <= u.fence) stackUnderflow(u);
  const view = call(memoryviewType, [u.stack[n - 1]]) as PyMemoryView;
  if (!view.readonly) u.stack[n - 1] = call(getAttr(view, 'toreadonly'), []);
}

function loadDict(u: PyUnpickler): void {
  const i = marker(u);
  const j = u.stack.length;
  const d = new PyDict();
  if ((j - i) % 2 !== 0) unpicklingError('odd number of items for DICT');
  for (let k = i + 1; k < j; k += 2) d.set(u.stack[k - 1], u.stack[k]);
  u.stack.length = i;
  u.stack.push(d);
}

function loadFrozenset(u: PyUnpickler): void {
  const items = popTuple(u, marker(u));
  u.stack.push(call(frozensetType, [new PyTuple(items)]));
}

function instantiate(cls: PyValue, args: PyValue[]): PyValue {
  if (args.length === 0 && cls instanceof PyType) {
    if (lookupAttr(cls, '__getinitargs__') === undefined) return call(getAttr(cls, '__new__'), [cls]);
  }
  return call(cls, args);
}

function loadObj(u: PyUnpickler): void {
  const i = marker(u);
  if (u.stack.length - i < 1) stackUnderflow(u);
  const args = popTuple(u, i + 1);
  const cls = pop(u);
  u.stack.push(instantiate(cls, args));
}

function loadInst(u: PyUnpickler): void {
  const i = marker(u);
  const l1 = readLine(u);
  if (l1.length < 2) truncated();
  const module = decodeStrict(l1.subarray(0, l1.length - 1), 'ascii');
  const l2 = readLine(u);
  if (l2.length < 2) truncated();
  const name = decodeStrict(l2.subarray(0, l2.length - 1), 'ascii');
  const cls = findClass(u, module, name);
  const args = popTuple(u, i);
  u.stack.push(instantiate(cls, args));
}

function loadNewobj(u: PyUnpickler, useKwargs: boolean): void {
  const kwargs = useKwargs ? pop(u) : null;
  const args = pop(u);
  const cls = pop(u);
  const what = useKwargs ? 'NEWOBJ_EX' : 'NEWOBJ';
  if (!(cls instanceof PyType)) unpicklingError(`${what} class argument must be a type, not ${typeOf(cls).tpName}`);
  if (cls.flags & TF_NO_NEW || cls.lookup('__new__') === undefined) unpicklingError(`${what} class argument '${cls.tpName}' doesn't have __new__`);
  if (!(args instanceof PyTuple)) unpicklingError(`${what} args argument must be a tuple, not ${typeOf(args).tpName}`);
  if (useKwargs && !(kwargs instanceof PyDict)) unpicklingError(`${what} kwargs argument must be a dict, not ${typeOf(kwargs!).tpName}`);
  const pos: PyValue[] = [cls, ...args.items];
  let names: string[] | null = null;
  if (kwargs instanceof PyDict && kwargs.t.size > 0) {
    names = [];
    for (const e of kwargs.t.values()) {
      if (typeof e.key !== 'string') typeError('keywords must be strings');
      names.push(e.key);
      pos.push(e.value);
    }
  }
  u.stack.push(call(getAttr(cls, '__new__'), pos, names));
}

function loadGlobal(u: PyUnpickler): void {
  const l1 = readLine(u);
  if (l1.length < 2) truncated();
  const module = decodeStrict(l1.subarray(0, l1.length - 1), 'utf-8');
  const l2 = readLine(u);
  if (l2.length < 2) truncated();
  const name = decodeStrict(l2.subarray(0, l2.length - 1), 'utf-8');
  u.stack.push(findClass(u, module, name));
}

function loadStackGlobal(u: PyUnpickler): void {
  const name = pop(u);
  const module = pop(u);
  const exact = (v: PyValue) => typeof v === 'string' || v instanceof PySurrogateStr;
  if (!exact(module) || !exact(name)) unpicklingError('STACK_GLOBAL requires str');
  u.stack.push(findClass(u, module, name));
}

function findClass(u: PyUnpickler, module: PyValue, name: PyValue): PyValue {
  return call(getAttr(u, 'find_class'), [module, name]);
}

function noPersistentLoad(): never {
  unpicklingError('A load persistent id instruction was encountered,\nbut no persistent_load function was specified.');
}

function loadPersid(u: PyUnpickler): void {
  if (u.persFunc === null) noPersistentLoad();
  const line = readLine(u);
  if (line.length < 1) truncated();
  let pid: PyValue;
  try {
    pid = decodeStrict(line.subarray(0, line.length - 1), 'ascii');
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(UnicodeDecodeError)) unpicklingError('persistent IDs in protocol 0 must be ASCII strings');
    throw e;
  }
  u.stack.push(call(u.persFunc, [pid]));
}

function loadBinpersid(u: PyUnpickler): void {
  if (u.persFunc === null) noPersistentLoad();
  const pid = pop(u);
  u.stack.push(call(u.persFunc, [pid]));
}

function loadPop(u: PyUnpickler): void {
  const len = u.stack.length;
  const marks = u.marks;
  // The mark stack is separate: a POP right after a MARK pops the mark.
  if (marks.length > 0 && marks[marks.length - 1] === len) {
    marks.pop();
    u.fence = marks.length > 0 ? marks[marks.length - 1] : 0;
  } else if (len <= u.fence) stackUnderflow(u);
  else u.stack.length = len - 1;
}

function lineIndex(u: PyUnpickler): number {
  const line = readLine(u);
  if (line.length < 2) truncated();
  const n = index(longFromString(line, 10));
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

function loadGet(u: PyUnpickler): void {
  const idx = lineIndex(u);
  u.stack.push(memoGetU(u, idx));
}

function loadPut(u: PyUnpickler): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  if (u.stack.length <= u.fence) stackUnderflow(u);
  const v = u.stack[u.stack.length - 1];
  const n = index(longFromString(line, 10));
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  if (n < 0) valueError('negative PUT argument');
  memoPutU(u, n, v);
}

function loadExtension(u: PyUnpickler, nbytes: number): void {
  const at = need(u, nbytes), b = u.input;
  const code = nbytes === 1 ? b[at] : nbytes === 2 ? b[at] | (b[at + 1] << 8) : i32(b, at);
  if (code <= 0) unpicklingError('EXT specifies code <= 0');
  const cached = st.extensionCache.get(code);
  if (cached !== undefined) {
    u.stack.push(cached);
    return;
  }
  const pair = st.invertedRegistry.get(code);
  if (pair === undefined) valueError(`unregistered extension code ${code}`);
  if (!(pair instanceof PyTuple) || pair.items.length !== 2 || !isStr(pair.items[0]) || !isStr(pair.items[1])) {
    valueError(`_inverted_registry[${code}] isn't a 2-tuple of strings`);
  }
  const obj = findClass(u, pair.items[0], pair.items[1]);
  st.extensionCache.set(code, obj);
  u.stack.push(obj);
}

function doAppend(u: PyUnpickler, x: number): void {
  const stack = u.stack;
  const len = stack.length;
  if (x > len || x <= u.fence) stackUnderflow(u);
  if (len === x) return;
  const list = stack[x - 1];
  if (list instanceof PyList && list.cls === listType) {
    const items = list.items;
    for (let i = x; i < len; i++) items.push(stack[i]);
    stack.length = x;
    return;
  }
  const extend = lookupAttr(list, 'extend');
  if (extend !== undefined) {
    const slice = new PyList(stack.slice(x));
    stack.length = x;
    call(extend, [slice]);
    return;
  }
  callEach(stack, x, len, getAttr(list, 'append'));
}

/** f(item) for stack[from, len), then the items popped (also when a call fails). */
function callEach(stack: PyValue[], from: number, len: number, f: PyValue): void {
  try {
    for (let i = from; i < len; i++) call(f, [stack[i]]);
  } finally {
    stack.length = from;
  }
}

function doSetitems(u: PyUnpickler, x: number): void {
  const stack = u.stack;
  const len = stack.length;
  if (x > len || x <= u.fence) stackUnderflow(u);
  if (len === x) return;
  if ((len - x) % 2 !== 0) unpicklingError('odd number of items for SETITEMS');
  const d = stack[x - 1];
  try {
    if (d instanceof PyDict && d.cls === dictType) for (let i = x + 1; i < len; i += 2) d.set(stack[i - 1], stack[i]);
    else for (let i = x + 1; i < len; i += 2) setItem(d, stack[i - 1], stack[i]);
  } finally {
    stack.length = x;
  }
}

function loadAdditems(u: PyUnpickler): void {
  const mark = marker(u);
  const stack = u.stack;
  const len = stack.length;
  if (mark > len || mark <= u.fence) stackUnderflow(u);
  if (len === mark) return;
  const set = stack[mark - 1];
  if (set instanceof PySet) {
    const items = popTuple(u, mark);
    for (const it of items) set.t.set(it, None);
    return;
  }
  callEach(stack, mark, len, getAttr(set, 'add'));
}

function loadBuild(u: PyUnpickler): void {
  if (u.stack.length - 2 < u.fence) stackUnderflow(u);
  let state = pop(u);
  const inst = u.stack[u.stack.length - 1];
  const setstate = lookupAttr(inst, '__setstate__');
  if (setstate !== undefined) {
    call(setstate, [state]);
    return;
  }
  let slotstate: PyValue | null = null;
  if (state instanceof PyTuple && state.items.length === 2) {
    slotstate = state.items[1];
    state = state.items[0];
  }
  if (state !== None) {
    if (!(state instanceof PyDict)) unpicklingError('state is not a dictionary');
    const dict = getAttr(inst, '__dict__');
    for (const e of Array.from(state.t.values())) setItem(dict, e.key, e.value);
  }
  if (slotstate !== null) {
    if (!(slotstate instanceof PyDict)) unpicklingError('slot state is not a dictionary');
    for (const e of Array.from(slotstate.t.values())) {
      const k = e.key;
      if (!isStr(k)) typeError(`attribute name must be string, not '${typeOf(k).tpName}'`);
      setAttr(inst, textOf(k), e.value);
    }
  }
}

function loadMark(u: PyUnpickler): void {
  const n = u.stack.length;
  u.marks.push(n);
  u.fence = n;
}

function loadReduce(u: PyUnpickler): void {
  const argtup = pop(u);
  const callable = pop(u);
  if (!(argtup instanceof PyTuple)) typeError('argument list must be a tuple');
  u.stack.push(call(callable, argtup.items));
}

function loadProto(u: PyUnpickler): void {
  const at = need(u, 1);
  const i = u.input[at];
  if (i > HIGHEST_PROTOCOL) valueError(`unsupported pickle protocol: ${i}`);
  u.proto = i;
}

function loadFrame(u: PyUnpickler): void {
  const at = need(u, 8);
  const frameLen = u64(u.input, at);
  if (frameLen < 0) raise(OverflowError, "FRAME length exceeds system's maximum of 9223372036854775807 bytes");
  need(u, frameLen);
  // The frame is now in the buffer: read it from there.
  u.pos -= frameLen;
}

function invalidKey(c: number): never {
  if (c >= 0x20 && c <= 0x7e && c !== 0x27 && c !== 0x5c) unpicklingError(`invalid load key, '${String.fromCharCode(c)}'.`);
  unpicklingError(`invalid load key, '\\x${c.toString(16).padStart(2, '0')}'.`);
}

/** The opcode loop. */
function load(u: PyUnpickler): PyValue {
  u.marks.length = 0;
  u.fence = 0;
  u.proto = 0;
  u.stack.length = 0;
  const stack = u.stack;
  for (;;) {
    let op: number;
    if (u.pos < u.input.length) op = u.input[u.pos++];
    else {
      try {
        const at = needSlow(u, 1);
        op = u.input[at];
      } catch (e) {
        if (e instanceof PyException && e.exc.cls.isSubtype(st.UnpicklingError)) raise(EOFError, 'Ran out of input');
        throw e;
      }
    }
    switch (op) {
      case Op.NONE: stack.push(None); break;
      case Op.BININT1: { const at = need(u, 1); stack.push(u.input[at]); break; }
      case Op.BININT2: { const at = need(u, 2); stack.push(u.input[at] | (u.input[at + 1] << 8)); break; }
      case Op.BININT: { const at = need(u, 4); stack.push(i32(u.input, at)); break; }
      case Op.INT: loadInt(u); break;
      case Op.LONG: loadLong(u); break;
      case Op.LONG1: loadCountedLong(u, 1); break;
      case Op.LONG4: loadCountedLong(u, 4); break;
      case Op.FLOAT: loadFloat(u); break;
      case Op.BINFLOAT: loadBinFloat(u); break;
      case Op.SHORT_BINBYTES: loadCountedBinbytes(u, 1); break;
      case Op.BINBYTES: loadCountedBinbytes(u, 4); break;
      case Op.BINBYTES8: loadCountedBinbytes(u, 8); break;
      case Op.BYTEARRAY8: loadBytearray8(u); break;
      case Op.NEXT_BUFFER: loadNextBuffer(u); break;
      case Op.READONLY_BUFFER: loadReadonlyBuffer(u); break;
      case Op.SHORT_BINSTRING: loadCountedBinstring(u, 1); break;
      case Op.BINSTRING: loadCountedBinstring(u, 4); break;
      case Op.STRING: loadString(u); break;
      case Op.UNICODE: loadUnicode(u); break;
      case Op.SHORT_BINUNICODE: {
        const at = need(u, 1);
        const n = u.input[at];
        const s = need(u, n);
        stack.push(decodeUtf8(u.input, s, n));
        break;
      }
      case Op.BINUNICODE: loadCountedBinunicode(u, 4); break;
      case Op.BINUNICODE8: loadCountedBinunicode(u, 8); break;
      case Op.EMPTY_TUPLE: stack.push(emptyTuple); break;
      case Op.TUPLE1: case Op.TUPLE2: case Op.TUPLE3: {
        const n = op - Op.TUPLE1 + 1;
        if (stack.length < n) stackUnderflow(u);
        stack.push(new PyTuple(popTuple(u, stack.length - n)));
        break;
      }
      case Op.TUPLE: {
        const items = popTuple(u, marker(u));
        stack.push(items.length === 0 ? emptyTuple : new PyTuple(items));
        break;
      }
      case Op.EMPTY_LIST: stack.push(new PyList([])); break;
      case Op.LIST: {
        const i = marker(u);
        const items = stack.slice(i);
        stack.length = i;
        stack.push(new PyList(items));
        break;
      }
      case Op.EMPTY_DICT: stack.push(new PyDict()); break;
      case Op.DICT: loadDict(u); break;
      case Op.EMPTY_SET: stack.push(new PySet()); break;
      case Op.ADDITEMS: loadAdditems(u); break;
      case Op.FROZENSET: loadFrozenset(u); break;
      case Op.OBJ: loadObj(u); break;
      case Op.INST: loadInst(u); break;
      case Op.NEWOBJ: loadNewobj(u, false); break;
      case Op.NEWOBJ_EX: loadNewobj(u, true); break;
      case Op.GLOBAL: loadGlobal(u); break;
      case Op.STACK_GLOBAL: loadStackGlobal(u); break;
      case Op.APPEND:
        if (stack.length - 1 <= u.fence) stackUnderflow(u);
        doAppend(u, stack.length - 1);
        break;
      case Op.APPENDS: doAppend(u, marker(u)); break;
      case Op.BUILD: loadBuild(u); break;
      case Op.DUP:
        if (stack.length <= u.fence) stackUnderflow(u);
        stack.push(stack[stack.length - 1]);
        break;
      case Op.BINGET: { const at = need(u, 1); stack.push(memoGetU(u, u.input[at])); break; }
      case Op.LONG_BINGET: { const at = need(u, 4); stack.push(memoGetU(u, u32(u.input, at))); break; }
      case Op.GET: loadGet(u); break;
      case Op.MARK: loadMark(u); break;
      case Op.BINPUT: {
        const at = need(u, 1);
        const idx = u.input[at];
        if (stack.length <= u.fence) stackUnderflow(u);
        memoPutU(u, idx, stack[stack.length - 1]);
        break;
      }
      case Op.LONG_BINPUT: {
        const at = need(u, 4);
        const idx = u32(u.input, at);
        if (stack.length <= u.fence) stackUnderflow(u);
        memoPutU(u, idx, stack[stack.length - 1]);
        break;
      }
      case Op.PUT: loadPut(u); break;
      case Op.MEMOIZE:
        if (stack.length <= u.fence) stackUnderflow(u);
        memoPutU(u, u.memoLen, stack[stack.length - 1]);
        break;
      case Op.POP: loadPop(u); break;
      case Op.POP_MARK: stack.length = marker(u); break;
      case Op.SETITEM: doSetitems(u, stack.length - 2); break;
      case Op.SETITEMS: doSetitems(u, marker(u)); break;
      case Op.PERSID: loadPersid(u); break;
      case Op.BINPERSID: loadBinpersid(u); break;
      case Op.REDUCE: loadReduce(u); break;
      case Op.PROTO: loadProto(u); break;
      case Op.FRAME: loadFrame(u); break;
      case Op.EXT1: loadExtension(u, 1); break;
      case Op.EXT2: loadExtension(u, 2); break;
      case Op.EXT4: loadExtension(u, 4); break;
      case Op.NEWTRUE: stack.push(true); break;
      case Op.NEWFALSE: stack.push(false); break;
      case Op.STOP: {
        if (u.read !== null) skipConsumed(u);
        return pop(u);
      }
      default: invalidKey(op);
    }
  }
}

/** Unpickler.find_class: the Python 2 names mapped (protocols < 3), the module imported, the name looked up. */
function defaultFindClass(u: PyUnpickler, moduleName: PyValue, globalName: PyValue): PyValue {
  audit('pickle.find_class', [moduleName, globalName]);
  if (u.proto < 3 && u.fixImports) {
    const item = st.nameMapping2to3.get(new PyTuple([moduleName, globalName]));
    if (item !== undefined) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) {
        raise(RuntimeError, `_compat_pickle.NAME_MAPPING values should be 2-tuples, not ${typeOf(item).tpName}`);
      }
      const [m, g] = item.items;
      if (!isStr(m) || !isStr(g)) {
        raise(RuntimeError, `_compat_pickle.NAME_MAPPING values should be pairs of str, not (${typeOf(m).tpName}, ${typeOf(g).tpName})`);
      }
      moduleName = m;
      globalName = g;
    } else {
      const mod = st.importMapping2to3.get(moduleName);
      if (mod !== undefined) {
        if (!isStr(mod)) raise(RuntimeError, `_compat_pickle.IMPORT_MAPPING values should be strings, not ${typeOf(mod).tpName}`);
        moduleName = mod;
      }
    }
  }
  const module = importModule(moduleName);
  return getattribute(module, globalName, u.proto >= 4);
}

function strArg(fname: string, name: string, v: PyValue | undefined, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeof v === 'string') return v;
  const s = anyStr(v);
  if (s === undefined) typeError(`${fname}() argument '${name}' must be str, not ${v === None ? 'None' : typeOf(v).tpName}`);
  return textOf(v);
}

/** A METH_NOARGS method's check. */
function noArgs(qualname: string, args: PyValue[]): void {
  if (args.length !== 0) typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** Clinic's count check for a single positional-only or positional parameter followed by keyword-only ones. */
function onePositional(fname: string, args: PyValue[], kw: string[] | null, positionalOnly: boolean): void {
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos > 1 || (positionalOnly && npos < 1)) typeError(`${fname}() takes exactly 1 positional argument (${npos} given)`);
}

function setInputStream(u: PyUnpickler, file: PyValue): void {
  u.peek = lookupAttr(file, 'peek') ?? null;
  u.readinto = lookupAttr(file, 'readinto') ?? null;
  u.read = lookupAttr(file, 'read') ?? null;
  u.readline = lookupAttr(file, 'readline') ?? null;
  if (u.readline === null || u.read === null) {
    u.peek = u.readinto = u.read = u.readline = null;
    typeError("file must have 'read' and 'readline' attributes");
  }
}

function setUnpicklerOptions(u: PyUnpickler, fname: string, fix: PyValue | undefined, enc: PyValue | undefined,
  errs: PyValue | undefined, buffers: PyValue | undefined): void {
  u.fixImports = fix === undefined ? true : truthy(fix);
  u.encoding = strArg(fname, 'encoding', enc, 'ASCII');
  u.errors = strArg(fname, 'errors', errs, 'strict');
  u.buffers = buffers === undefined || buffers === None ? null : getIter(buffers);
}

function UK(v: PyValue): PyUnpickler {
  if (!(v instanceof PyUnpickler)) typeError(`descriptor requires a '_pickle.Unpickler' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function unpicklerInit(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const u = UK(self);
  onePositional('Unpickler', args, kw, false);
  const [file, fix, enc, errs, buffers] = clinicArgs('Unpickler', ['file', 'fix_imports', 'encoding', 'errors', 'buffers'], args, kw, 1, 1);
  setInputStream(u, file!);
  setUnpicklerOptions(u, 'Unpickler', fix, enc, errs, buffers);
  u.persFunc = lookupAttr(u, 'persistent_load') ?? null;
  u.stack = [];
  u.marks = [];
  u.fence = 0;
  u.memo = [];
  u.memoLen = 0;
  u.proto = 0;
  return None;
}

function unpicklerMemoCopy(u: PyUnpickler): PyDict {
  const d = new PyDict();
  for (let i = 0; i < u.memo.length; i++) if (u.memo[i] !== undefined) d.set(i, u.memo[i]!);
  return d;
}

function setUnpicklerMemo(u: PyUnpickler, v: PyValue | null): void {
  if (v === null) typeError('attribute deletion is not supported');
  if (v instanceof PyUnpicklerMemoProxy && v.cls === unpicklerMemoProxyType) {
    u.memo = v.unpickler.memo.slice();
    u.memoLen = v.unpickler.memoLen;
    return;
  }
  if (v instanceof PyDict) {
    // As Unpickler_set_memo does (3.11): the items go into the current memo, which the new, empty one then
    // replaces (only the count of items stays).
    for (const e of v.t.values()) {
      const k = e.key;
      if (typeof k !== 'number' && typeof k !== 'bigint' && typeof k !== 'boolean' && !typeOf(k).isSubtype(typeOf(0))) typeError('memo key must be integers');
      const idx = index(k);
      if (typeof idx === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
      if (idx < 0) valueError('memo key must be positive integers.');
      memoPutU(u, idx, e.value);
    }
    u.memo = [];
    return;
  }
  typeError(`'memo' attribute must be an UnpicklerMemoProxy object or dict, not ${typeOf(v).tpName}`);
}

// ---------------------------------------------------------------------------
// PickleBuffer (Objects/picklebufobject.c)

class PyPickleBuffer extends PyObject {
  declare view: PyMemoryView | null;
  constructor(view: PyMemoryView) {
    super(pickleBufferType);
    this.view = view;
  }
}

function pbView(pb: PyPickleBuffer): PyMemoryView {
  if (pb.view === null) valueError('operation forbidden on released PickleBuffer object');
  return pb.view;
}

function initPickleBuffer(): void {
  pickleBufferType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const n = args.length - 1;
    if (n > 1) typeError(`PickleBuffer() takes at most 1 argument (${n} given)`);
    if (kw !== null && kw.length > 0) typeError(`'${kw[0]}' is an invalid keyword argument for PickleBuffer()`);
    if (n < 1) typeError('PickleBuffer() takes exactly 1 positional argument (0 given)');
    const obj = args[1];
    if (!(obj instanceof PyMemoryView) && getBuffer(obj) === undefined) typeError(`a bytes-like object is required, not '${typeOf(obj).tpName}'`);
    return new PyPickleBuffer(call(memoryviewType, [obj]) as PyMemoryView);
  }));
  defineMethods(pickleBufferType, {
    raw: (self) => rawView(pbView(self as PyPickleBuffer)),
    release: (self) => {
      const pb = self as PyPickleBuffer;
      if (pb.view !== null) {
        call(getAttr(pb.view, 'release'), []);
        pb.view = null;
      }
      return None;
    },
    __reduce_ex__: (self) => typeError(`cannot pickle '${typeOf(self).tpName}' object`),
  });
  viewSources.of = (v) => (v instanceof PyPickleBuffer ? pbView(v) : undefined);
  bufferExporters.push((v) => (v instanceof PyPickleBuffer ? getBuffer(pbView(v)) : undefined));
}

// ---------------------------------------------------------------------------
// Types and module

function initTypes(): void {
  picklerType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyPickler(args[0] as PyType)));
  defineMethods(picklerType, {
    __init__: picklerInit,
    dump: (self, args) => {
      const p = PK(self);
      if (args.length !== 1) typeError(`Pickler.dump() takes exactly one argument (${args.length} given)`);
      if (p.write === null) pickleError(`Pickler.__init__() was not called by ${typeOf(p).tpName}.__init__()`);
      clearBuffer(p);
      dump(p, args[0]);
      flushToFile(p);
      return None;
    },
    clear_memo: (self, args) => {
      noArgs('Pickler.clear_memo', args);
      PK(self).memo.clear();
      return None;
    },
    __sizeof__: (self) => {
      const p = PK(self);
      return 96 + 16 * p.memo.size + p.buf.length;
    },
  });
  const intMember = (get: (p: PyPickler) => number, set: (p: PyPickler, v: number) => void): [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] => [
    (s) => get(PK(s)),
    (s, v) => {
      if (v === null) typeError("can't delete numeric/char attribute");
      // A T_INT member: PyLong_AsLong, so __index__ and its TypeError.
      const n = index(v);
      if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) raise(OverflowError, 'Python int too large to convert to C long');
      set(PK(s), n);
    },
  ];
  defineGetters(picklerType, {
    memo: [(s) => new PyPicklerMemoProxy(PK(s)), (s, v) => setPicklerMemo(PK(s), v)],
    persistent_id: [
      (s) => PK(s).persFunc ?? raise(AttributeError, 'persistent_id'),
      (s, v) => {
        if (v === null) typeError('attribute deletion is not supported');
        if (!isCallable(v)) typeError('persistent_id must be a callable taking one argument');
        PK(s).persFunc = v;
      },
    ],
    dispatch_table: [
      (s) => PK(s).dispatchTable ?? raise(AttributeError, `'${typeOf(s).tpName}' object has no attribute 'dispatch_table'`),
      (s, v) => {
        const p = PK(s);
        if (v === null && p.dispatchTable === null) raise(AttributeError, `'${typeOf(s).tpName}' object has no attribute 'dispatch_table'`);
        p.dispatchTable = v;
      },
    ],
    bin: intMember((p) => p.bin, (p, v) => { p.bin = v; }),
    fast: intMember((p) => p.fast, (p, v) => { p.fast = v; }),
  });

  unpicklerType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyUnpickler(args[0] as PyType)));
  defineMethods(unpicklerType, {
    __init__: unpicklerInit,
    load: (self, args) => {
      const u = UK(self);
      noArgs('Unpickler.load', args);
      if (u.read === null) unpicklingError(`Unpickler.__init__() was not called by ${typeOf(u).tpName}.__init__()`);
      return load(u);
    },
    find_class: (self, args) => {
      if (args.length !== 2) typeError(`find_class expected 2 arguments, got ${args.length}`);
      return defaultFindClass(UK(self), args[0], args[1]);
    },
    __sizeof__: (self) => 96 + 8 * UK(self).memo.length,
  });
  defineGetters(unpicklerType, {
    memo: [(s) => new PyUnpicklerMemoProxy(UK(s)), (s, v) => setUnpicklerMemo(UK(s), v)],
    persistent_load: [
      (s) => UK(s).persFunc ?? raise(AttributeError, 'persistent_load'),
      (s, v) => {
        if (v === null) typeError('attribute deletion is not supported');
        if (!isCallable(v)) typeError('persistent_load must be a callable taking one argument');
        UK(s).persFunc = v;
      },
    ],
  });

  picklerMemoProxyType.tdict.set('__hash__', None);
  defineMethods(picklerMemoProxyType, {
    clear: (self, args) => {
      noArgs('PicklerMemoProxy.clear', args);
      (self as PyPicklerMemoProxy).pickler.memo.clear();
      return None;
    },
    copy: (self, args) => {
      noArgs('PicklerMemoProxy.copy', args);
      return picklerMemoCopy((self as PyPicklerMemoProxy).pickler);
    },
    __reduce__: (self) => new PyTuple([dictType, new PyTuple([picklerMemoCopy((self as PyPicklerMemoProxy).pickler)])]),
  });
  unpicklerMemoProxyType.tdict.set('__hash__', None);
  defineMethods(unpicklerMemoProxyType, {
    clear: (self, args) => {
      noArgs('UnpicklerMemoProxy.clear', args);
      const u = (self as PyUnpicklerMemoProxy).unpickler;
      u.memo = [];
      u.memoLen = 0;
      return None;
    },
    copy: (self, args) => {
      noArgs('UnpicklerMemoProxy.copy', args);
      return unpicklerMemoCopy((self as PyUnpicklerMemoProxy).unpickler);
    },
    __reduce__: (self) => new PyTuple([dictType, new PyTuple([unpicklerMemoCopy((self as PyUnpicklerMemoProxy).unpickler)])]),
  });
  initPickleBuffer();
}

function initState(PickleError: PyType, PicklingError: PyType, UnpicklingError: PyType): State {
  const copyreg = loadModule('copyreg');
  const compat = loadModule('_compat_pickle');
  const codecsEncode = getAttr(loadModule('codecs'), 'encode');
  if (!isCallable(codecsEncode)) raise(RuntimeError, `codecs.encode should be a callable, not ${typeOf(codecsEncode).tpName}`);
  return {
    PickleError, PicklingError, UnpicklingError,
    dispatchTable: exactDict(copyreg, 'copyreg', 'dispatch_table'),
    extensionRegistry: exactDict(copyreg, 'copyreg', '_extension_registry'),
    invertedRegistry: exactDict(copyreg, 'copyreg', '_inverted_registry'),
    extensionCache: exactDict(copyreg, 'copyreg', '_extension_cache'),
    nameMapping2to3: exactDict(compat, '_compat_pickle', 'NAME_MAPPING'),
    importMapping2to3: exactDict(compat, '_compat_pickle', 'IMPORT_MAPPING'),
    nameMapping3to2: exactDict(compat, '_compat_pickle', 'REVERSE_NAME_MAPPING'),
    importMapping3to2: exactDict(compat, '_compat_pickle', 'REVERSE_IMPORT_MAPPING'),
    codecsEncode,
    getattr: builtinsDict.getStr('getattr')!,
    partial: getAttr(loadModule('functools'), 'partial'),
  };
}

function newExc(name: string, base: PyType, doc: string | null): PyType {
  const ns = new PyDict();
  ns.setStr('__module__', '_pickle');
  if (doc !== null) ns.setStr('__doc__', doc);
  return typeNew(typeType, name, [base], ns, null);
}

/** dumps()' output buffer between calls (null while one runs), kept up to SCRATCH_MAX bytes. */
let scratch: Uint8Array | null = new Uint8Array(WRITE_BUF_SIZE);
const SCRATCH_MAX = 1 << 20;

let typesReady = false;
export function makePickleModule(): PyModule {
  if (!typesReady) {
    typesReady = true;
    initTypes();
  }
  const PickleError = newExc('PickleError', Exception, null);
  const PicklingError = newExc('PicklingError', PickleError, null);
  const UnpicklingError = newExc('UnpicklingError', PickleError, null);
  st = initState(PickleError, PicklingError, UnpicklingError);
  const d = new PyDict();
  const m = new PyModule('_pickle', d);
  d.setStr('__doc__', 'Optimized C implementation for the Python pickle module.');
  d.setStr('PickleBuffer', pickleBufferType);
  d.setStr('PickleError', PickleError);
  d.setStr('PicklingError', PicklingError);
  d.setStr('UnpicklingError', UnpicklingError);
  d.setStr('Pickler', picklerType);
  d.setStr('Unpickler', unpicklerType);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn, m));
  def('dump', (args, kw) => {
    const [obj, file, protocol, fix, cb] = clinicArgs('dump', ['obj', 'file', 'protocol', 'fix_imports', 'buffer_callback'], args, kw, 2, 3);
    const p = new PyPickler(picklerType);
    setProtocol(p, protocol, fix === undefined ? true : truthy(fix));
    setOutputStream(p, file!);
    setBufferCallback(p, cb);
    dump(p, obj!);
    flushToFile(p);
    return None;
  });
  def('dumps', (args, kw) => {
    const [obj, protocol, fix, cb] = clinicArgs('dumps', ['obj', 'protocol', 'fix_imports', 'buffer_callback'], args, kw, 1, 2);
    // The output is copied out at the end, so one buffer serves every call that is not nested in another.
    const buf = scratch;
    scratch = null;
    const p = new PyPickler(picklerType, buf);
    try {
      setProtocol(p, protocol, fix === undefined ? true : truthy(fix));
      setBufferCallback(p, cb);
      dump(p, obj!);
      return takeOutput(p);
    } finally {
      if (buf !== null) scratch = p.buf.length <= SCRATCH_MAX ? p.buf : buf;
    }
  });
  def('load', (args, kw) => {
    onePositional('load', args, kw, false);
    const [file, fix, enc, errs, buffers] = clinicArgs('load', ['file', 'fix_imports', 'encoding', 'errors', 'buffers'], args, kw, 1, 1);
    const u = new PyUnpickler(unpicklerType);
    setInputStream(u, file!);
    setUnpicklerOptions(u, 'load', fix, enc, errs, buffers);
    return load(u);
  });
  def('loads', (args, kw) => {
    onePositional('loads', args, kw, true);
    const [data, fix, enc, errs, buffers] = clinicArgs('loads', ['data', 'fix_imports', 'encoding', 'errors', 'buffers'], args, kw, 1, 1);
    const u = new PyUnpickler(unpicklerType);
    setStringInput(u, data!);
    setUnpicklerOptions(u, 'loads', fix, enc, errs, buffers);
    return load(u);
  });
  return m;
}
