// The _struct module (Modules/_struct.c): formats are compiled once (and cached, as CPython caches
// Struct objects) into a list of fields with offsets; pack/unpack walk it with a DataView. The
// error messages follow CPython 3.11 on a little-endian LP64 machine, where '<' and '=' use the
// native packers for the codes whose sizes agree (so '<h' and '>h' word their range errors apart).
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyNativeIter, PyTuple, PyFloat, PyBytesObj, PyByteArray,
  None, typeType, objectType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf, normBig, intType,
} from '../objects/object.js';
import { PyException, newException, typeError, raise, Exception, OverflowError, StopIteration } from '../objects/exceptions.js';
import { index, truthy, toFloat } from '../objects/abstract.js';
import { getBuffer, asBytes, writableBuffer } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { clinicArgs, unpackArgs, ssizeArg, strSubValue } from './args.js';

let structError: PyType;
function err(msg: string): never {
  throw new PyException(newException(structError, [msg]));
}

// ---------------------------------------------------------------------------
// Format compilation

/** Byte order modes: native (size and alignment of the C types), little-endian standard, big-endian standard. */
const NATIVE = 0;
const LITTLE = 1;
const BIG = 2;

const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

/** One run of a format code: `count` items (or, for s/p, one item of `count` bytes) at `offset`. */
interface Field {
  code: string;
  count: number;
  size: number;
  offset: number;
}

export interface StructDef {
  format: string;
  mode: number;
  fields: Field[];
  size: number;
  /** Number of values packed/unpacked. */
  nitems: number;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

function compile(format: string): StructDef {
  if (format.includes('\0')) err('embedded null character');
  let i = 0;
  let mode = NATIVE;
  const c0 = format[0];
  if (c0 === '<' || c0 === '=') { mode = LITTLE; i = 1; }
  else if (c0 === '>' || c0 === '!') { mode = BIG; i = 1; }
  else if (c0 === '@') i = 1;
  const table = mode === NATIVE ? NATIVE_SIZE : STD_SIZE;
  const fields: Field[] = [];
  let size = 0;
  let nitems = 0;
  const n = format.length;
  while (i < n) {
    let c = format[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (isDigit(c)) {
      let num = 0;
      while (i < n && isDigit(format[i])) {
        num = num * 10 + (format.charCodeAt(i) - 48);
        if (num > 0x7fffffffffff) err('total struct size too long');
        i++;
      }
      if (i >= n) err('repeat count given without format specifier');
      count = num;
      c = format[i];
    }
    const sz = table[c];
    if (sz === undefined) err('bad char in struct format');
    i++;
    if (mode === NATIVE && sz > 1 && c !== 's' && c !== 'p' && c !== 'x') size = Math.ceil(size / sz) * sz;
    if (c === 's' || c === 'p') {
      fields.push({ code: c, count, size: count, offset: size });
      size += count;
      nitems++;
    } else if (c === 'x') {
      size += count;
    } else if (count > 0) {
      fields.push({ code: c, count, size: sz, offset: size });
      size += count * sz;
      nitems += count;
    }
    if (size > 0x7fffffffffff) err('total struct size too long');
  }
  return { format, mode, fields, size, nitems };
}

const cache = new Map<string, StructDef>();
function formatString(v: PyValue): string {
  v = strSubValue(v);
  if (typeof v === 'string') return v;
  if (v instanceof PyBytesObj && !(v instanceof PyByteArray)) {
    let s = '';
    for (const b of v.bytes) s += String.fromCharCode(b);
    return s;
  }
  typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
}
function getDef(v: PyValue): StructDef {
  if (v instanceof PyStruct) return v.def;
  const f = formatString(v);
  let d = cache.get(f);
  if (d === undefined) {
    d = compile(f);
    if (cache.size >= 100) cache.clear();
    cache.set(f, d);
  }
  return d;
}

// ---------------------------------------------------------------------------
// Packing

const MIN64 = -(1n << 63n);
const MAX64 = (1n << 63n) - 1n;
const MAXU64 = (1n << 64n) - 1n;

function intArg(v: PyValue): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeOf(v).lookup('__index__') === undefined) err('required argument is not an integer');
  return BigInt(index(v));
}

function signedRangeMsg(code: string, mode: number, bits: number): string {
  const lo = -(1n << BigInt(bits - 1));
  const hi = (1n << BigInt(bits - 1)) - 1n;
  if (code === 'b') return 'byte format requires -128 <= number <= 127';
  if (code === 'h' && mode !== BIG) return 'short format requires -32768 <= number <= 32767';
  return `'${code}' format requires ${lo} <= number <= ${hi}`;
}

/** The integer to store for an integer code, with CPython's checks and messages. */
function packInt(code: string, mode: number, size: number, v: PyValue): bigint {
  const x = intArg(v);
  const bits = size * 8;
  switch (code) {
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
      if (x < MIN64 || x > MAX64) err(code === 'q' && mode === BIG ? 'int too large to convert' : 'argument out of range');
      if (bits < 64 && (x < -(1n << BigInt(bits - 1)) || x >= 1n << BigInt(bits - 1))) err(signedRangeMsg(code, mode, bits));
      return x;
    }
    case 'P':
      if (x < MIN64 || x > MAXU64) err('int too large to convert');
      return x;
    default: {
      // Unsigned codes.
      if (code === 'B' || (code === 'H' && mode !== BIG)) {
        if (x < MIN64 || x > MAX64) err('argument out of range');
        if (x < 0n || x >= 1n << BigInt(bits)) err(code === 'B' ? 'ubyte format requires 0 <= number <= 255' : 'ushort format requires 0 <= number <= 65535');
        return x;
      }
      if (code === 'Q' && mode === BIG) {
        if (x < 0n || x > MAXU64) err('int too large to convert');
        return x;
      }
      if (x < 0n || x > MAXU64) err('argument out of range');
      if (bits < 64 && x >= 1n << BigInt(bits)) err(`'${code}' format requires 0 <= number <= ${(1n << BigInt(bits)) - 1n}`);
      return x;
    }
  }
}

function floatArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    // PyFloat_AsDouble's OverflowError, reported as the converter's failure.
    if (!Number.isFinite(x)) err('required argument is not a float');
    return x;
  }
  const t = typeOf(v);
  if (t.lookup('__float__') === undefined && t.lookup('__index__') === undefined) err('required argument is not a float');
  return toFloat(v);
}

/** IEEE 754 binary16 bits of x, rounded half-even (PyFloat_Pack2); -1 when x is too large. */
export function packHalf(x: number): number {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) {
      e = 0x1f;
      bits = 512;
    } else {
      sign = x < 0 ? 1 : 0;
      e = 0x1f;
      bits = 0;
    }
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    // frexp: x = f * 2**e with 1 <= f < 2.
    e = Math.floor(Math.log2(x));
    let f = x / Math.pow(2, e);
    if (f >= 2) { f /= 2; e++; } else if (f < 1) { f *= 2; e--; }
    if (e >= 16) return -1;
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * Math.pow(2, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.floor(f);
    const rest = f - bits;
    if (rest > 0.5 || (rest === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) return -1;
      }
    }
  }
  return (sign << 15) | (e << 10) | bits;
}

export function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * Math.pow(2, -24);
  return sign * (1 + f / 1024) * Math.pow(2, e - 15);
}

/** A packer's OverflowError; for an int argument s_pack_internal reports struct.error instead. */
function overflow(v: PyValue, msg: string): never {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).isSubtype(intType)) err('int too large to convert');
  raise(OverflowError, msg);
}

function packInto(def: StructDef, vals: PyValue[], start: number, out: Uint8Array, base: number): void {
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const little = def.mode !== BIG;
  let k = start;
  for (const fd of def.fields) {
    const c = fd.code;
    if (c === 's' || c === 'p') {
      const v = vals[k++];
      const b = v instanceof PyBytesObj ? v.bytes : undefined;
      if (b === undefined) err(`argument for '${c}' must be a bytes object`);
      let o = base + fd.offset;
      if (c === 's') {
        const n = Math.min(b.length, fd.count);
        out.set(b.subarray(0, n), o);
        out.fill(0, o + n, o + fd.count);
      } else if (fd.count > 0) {
        // The text fills the field; the length byte says at most 255.
        const n = Math.min(b.length, fd.count - 1);
        out[o++] = Math.min(n, 255);
        out.set(b.subarray(0, n), o);
        out.fill(0, o + n, o + fd.count - 1);
      }
      continue;
    }
    for (let r = 0; r < fd.count; r++) {
      const v = vals[k++];
      const o = base + fd.offset + r * fd.size;
      switch (c) {
        case 'c': {
          if (!(v instanceof PyBytesObj) || v instanceof PyByteArray || v.bytes.length !== 1) err('char format requires a bytes object of length 1');
          out[o] = v.bytes[0];
          break;
        }
        case '?':
          out[o] = truthy(v) ? 1 : 0;
          break;
        case 'e': {
          const h = packHalf(floatArg(v));
          if (h < 0) overflow(v, 'float too large to pack with e format');
          dv.setUint16(o, h, little);
          break;
        }
        case 'f': {
          const x = floatArg(v);
          const y = Math.fround(x);
          // The native packer is a C cast (overflow gives inf); the standard ones check.
          if (def.mode !== NATIVE && !Number.isFinite(y) && Number.isFinite(x)) overflow(v, 'float too large to pack with f format');
          dv.setFloat32(o, y, little);
          break;
        }
        case 'd':
          dv.setFloat64(o, floatArg(v), little);
          break;
        default: {
          const x = packInt(c, def.mode, fd.size, v);
          switch (fd.size) {
            case 1: out[o] = Number(x) & 0xff; break;
            case 2: dv.setUint16(o, Number(x) & 0xffff, little); break;
            case 4: dv.setUint32(o, Number(BigInt.asUintN(32, x)), little); break;
            default: dv.setBigUint64(o, BigInt.asUintN(64, x), little);
          }
        }
      }
    }
  }
}

function unpackAt(def: StructDef, data: Uint8Array, base: number): PyTuple {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const little = def.mode !== BIG;
  const out = new Array<PyValue>(def.nitems);
  let k = 0;
  for (const fd of def.fields) {
    const c = fd.code;
    if (c === 's') {
      const o = base + fd.offset;
      out[k++] = new PyBytesObj(data.slice(o, o + fd.count));
      continue;
    }
    if (c === 'p') {
      const o = base + fd.offset;
      let n = fd.count > 0 ? data[o] : 0;
      if (n >= fd.count) n = fd.count - 1;
      out[k++] = new PyBytesObj(fd.count > 0 ? data.slice(o + 1, o + 1 + n) : new Uint8Array(0));
      continue;
    }
    for (let r = 0; r < fd.count; r++) {
      const o = base + fd.offset + r * fd.size;
      let v: PyValue;
      switch (c) {
        case 'c': v = new PyBytesObj(data.slice(o, o + 1)); break;
        case '?': v = data[o] !== 0; break;
        case 'e': v = new PyFloat(unpackHalf(dv.getUint16(o, little))); break;
        case 'f': v = new PyFloat(dv.getFloat32(o, little)); break;
        case 'd': v = new PyFloat(dv.getFloat64(o, little)); break;
        case 'b': v = dv.getInt8(o); break;
        case 'B': v = data[o]; break;
        case 'h': v = dv.getInt16(o, little); break;
        case 'H': v = dv.getUint16(o, little); break;
        default: {
          const signed = c === 'i' || c === 'l' || c === 'q' || c === 'n';
          if (fd.size === 4) v = signed ? dv.getInt32(o, little) : dv.getUint32(o, little);
          else v = normBig(signed ? dv.getBigInt64(o, little) : dv.getBigUint64(o, little));
        }
      }
      out[k++] = v;
    }
  }
  return new PyTuple(out);
}

function pack(def: StructDef, vals: PyValue[], start: number, what: string): PyBytesObj {
  const n = vals.length - start;
  if (n !== def.nitems) err(`${what} expected ${def.nitems} items for packing (got ${n})`);
  const out = new Uint8Array(def.size);
  packInto(def, vals, start, out, 0);
  return new PyBytesObj(out);
}

function readBuffer(v: PyValue): Uint8Array {
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function unpack(def: StructDef, buf: PyValue): PyTuple {
  const data = readBuffer(buf);
  if (data.length !== def.size) err(`unpack requires a buffer of ${def.size} bytes`);
  return unpackAt(def, data, 0);
}

/** The offset as given (a Py_ssize_t past 2**53 loses digits as a JS number), unless it was made relative. */
function exact(arg: PyValue | undefined, offset: number): string {
  if (arg === undefined) return String(offset);
  const i = index(arg);
  return typeof i === 'bigint' && i >= 0 ? String(i) : String(offset);
}

/** size + offset as CPython's size_t sum prints it. */
function sizeAt(def: StructDef, arg: PyValue | undefined, offset: number): string {
  return String(BigInt(def.size) + BigInt(exact(arg, offset)));
}

function unpackFrom(def: StructDef, buf: PyValue, offsetArg: PyValue | undefined): PyTuple {
  const data = readBuffer(buf);
  let offset = offsetArg === undefined ? 0 : ssizeArg(offsetArg);
  const len = data.length;
  if (offset < 0) {
    if (offset + def.size > 0) err(`not enough data to unpack ${def.size} bytes at offset ${offset}`);
    if (offset + len < 0) err(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < def.size) {
    err(`unpack_from requires a buffer of at least ${sizeAt(def, offsetArg, offset)} bytes for unpacking ${def.size} bytes at offset ${exact(offsetArg, offset)} (actual buffer size is ${len})`);
  }
  return unpackAt(def, data, offset);
}

function packIntoBuffer(def: StructDef, args: PyValue[], start: number): PyValue {
  // args[start] is the buffer, args[start + 1] the offset, then the values.
  if (args.length - start < 1) typeError('pack_into expected buffer argument');
  if (args.length - start < 2) typeError('pack_into expected offset argument');
  const n = args.length - start - 2;
  if (n !== def.nitems) err(`pack_into expected ${def.nitems} items for packing (got ${n})`);
  const bufv = args[start];
  const info = writableBuffer(bufv);
  if (info === undefined || info.readonly) typeError(`argument must be read-write bytes-like object, not ${typeOf(bufv).name}`);
  const data = info.data;
  let offset = ssizeArg(args[start + 1]);
  const len = data.length;
  if (offset < 0) {
    if (offset + def.size > 0) err(`no space to pack ${def.size} bytes at offset ${offset}`);
    if (offset + len < 0) err(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < def.size) {
    err(`pack_into requires a buffer of at least ${sizeAt(def, args[start + 1], offset)} bytes for packing ${def.size} bytes at offset ${exact(args[start + 1], offset)} (actual buffer size is ${len})`);
  }
  const tmp = new Uint8Array(def.size);
  packInto(def, args, start + 2, tmp, 0);
  data.set(tmp, offset);
  return None;
}

// ---------------------------------------------------------------------------
// Struct and the unpack iterator

const structType = new PyType(typeType, 'Struct', [objectType], TF_BASETYPE);
structType.mro = [structType, objectType];
structType.tdict.set('__module__', '_struct');
const unpackIterType = new PyType(typeType, 'unpack_iterator', [objectType], 0);
unpackIterType.mro = [unpackIterType, objectType];
unpackIterType.tdict.set('__module__', '_struct');

class PyStruct extends PyObject {
  declare def: StructDef;
  declare fmt: PyValue;
  constructor(cls: PyType) {
    super(cls);
    this.def = compile('');
    this.fmt = '';
  }
}
function S(v: PyValue): PyStruct {
  if (!(v instanceof PyStruct)) typeError(`descriptor requires a '_struct.Struct' object but received a '${typeOf(v).name}'`);
  return v;
}

function iterUnpack(def: StructDef, buf: PyValue): PyNativeIter {
  if (def.size === 0) err('cannot iteratively unpack with a struct of length 0');
  const data = readBuffer(buf);
  if (data.length % def.size !== 0) err(`iterative unpacking requires a buffer of a multiple of ${def.size} bytes`);
  let off = 0;
  const it = new PyNativeIter(() => {
    if (off + def.size > data.length) return undefined;
    const r = unpackAt(def, data, off);
    off += def.size;
    return r;
  }, unpackIterType);
  it.lengthHint = () => (data.length - off) / def.size;
  return it;
}

let initialised = false;
function initTypes(): void {
  if (initialised) return;
  initialised = true;
  const ns = new PyDict();
  ns.setStr('__module__', 'struct');
  structError = typeNew(typeType, 'error', [Exception], ns, null);

  structType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const s = new PyStruct(args[0] as PyType);
    if ((args[0] as PyType).flags & TF_HEAPTYPE) s.dict = (args[0] as PyType).newInstanceDict();
    return s;
  }));
  defineMethods(structType, {
    __init__: (self, args, kw) => {
      const [f] = clinicArgs('Struct', ['format'], args, kw, 1);
      const s = S(self);
      s.def = getDef(formatString(f!));
      s.fmt = f!;
      return None;
    },
    pack: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('pack() takes no keyword arguments');
      return pack(S(self).def, args, 0, 'pack');
    },
    pack_into: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('pack_into() takes no keyword arguments');
      return packIntoBuffer(S(self).def, args, 0);
    },
    unpack: (self, args) => {
      if (args.length !== 1) typeError(`Struct.unpack() takes exactly one argument (${args.length} given)`);
      return unpack(S(self).def, args[0]);
    },
    unpack_from: (self, args, kw) => {
      const [buf, off] = clinicArgs('unpack_from', ['buffer', 'offset'], args, kw, 1);
      return unpackFrom(S(self).def, buf!, off);
    },
    iter_unpack: (self, args) => {
      if (args.length !== 1) typeError(`Struct.iter_unpack() takes exactly one argument (${args.length} given)`);
      return iterUnpack(S(self).def, args[0]);
    },
    __sizeof__: (self) => 72 + S(self).def.fields.length * 24,
  });
  defineGetters(structType, {
    size: (self) => S(self).def.size,
    format: (self) => {
      const f = S(self).fmt;
      return typeof f === 'string' ? f : formatString(f);
    },
  });
  // unpackiter_new: CPython's own message (its quote unclosed).
  unpackIterType.tdict.set('__new__', new PyBuiltin('__new__', () => typeError("Cannot create 'unpack_iterator objects")));
  defineMethods(unpackIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIter).next();
      if (v === undefined) throw new PyException(newException(StopIteration, []));
      return v;
    },
    __length_hint__: (self) => (self as PyNativeIter).lengthHint!(),
  });
}

export function makeStructModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('_struct', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('Struct', structType);
  d.setStr('error', structError);
  def('pack', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('pack() takes no keyword arguments');
    if (args.length < 1) typeError('missing format argument');
    return pack(getDef(args[0]), args, 1, 'pack');
  });
  def('pack_into', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('pack_into() takes no keyword arguments');
    if (args.length < 1) typeError('missing format argument');
    return packIntoBuffer(getDef(args[0]), args, 1);
  });
  def('unpack', (args, kw) => {
    unpackArgs('unpack', args, kw, 2, 2);
    return unpack(getDef(args[0]), args[1]);
  });
  def('unpack_from', (args, kw) => {
    const [f, buf, off] = clinicArgs('unpack_from', ['format', 'buffer', 'offset'], args, kw, 2);
    return unpackFrom(getDef(f!), buf!, off);
  });
  def('iter_unpack', (args, kw) => {
    unpackArgs('iter_unpack', args, kw, 2, 2);
    return iterUnpack(getDef(args[0]), args[1]);
  });
  def('calcsize', (args, kw) => {
    unpackArgs('calcsize', args, kw, 1, 1);
    return getDef(args[0]).size;
  });
  def('_clearcache', () => {
    cache.clear();
    return None;
  });
  return m;
}
