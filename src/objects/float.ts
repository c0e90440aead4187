// float (Objects/floatobject.c): boxed JS numbers.
import { PyValue, PyFloat, PyTuple, PyBuiltin, PyType, floatType, NotImplemented, None, defineMethods, defineGetters, typeOf, PyInstance, PyDict, TF_HEAPTYPE, defineClassMethods } from './object.js';
import { valueError, typeError, overflowError, exceptionTypes } from './exceptions.js';
import { warn } from '../modules/_warnings.js';
import { floatBinop, floatDivmod, floatToInt, compareNumbers, asInt, intToFloat, asciiDigits, checkNewArg } from './int.js';
import { hashFloat, index, callSpecial } from './abstract.js';
import { floatRepr, strRepr } from '../parser/constants.js';
import { formatFloat, specArg } from './format.js';
import { roundDecimal, ratioToDouble, bitLen } from './floatmath.js';
import { F64, U32, HI, LO } from './floatbits.js';
import { PyStrSub } from './str.js';
import { call, repr as reprOf, idOf } from './abstract.js';
import { asBytes } from './bytes.js';

/** Instance of a user subclass of float. */
export class PyFloatSub extends PyInstance {
  constructor(cls: PyType, public readonly value: number) {
    super(cls);
    if (cls.flags & TF_HEAPTYPE) this.dict = cls.newInstanceDict();
  }
}

export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat || v instanceof PyFloatSub) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  return undefined;
}

/** Python's str.isspace for one UTF-16 unit (the BMP whitespace characters). */
function isPySpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || (c >= 28 && c <= 31) || c === 0x85 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** s without Python whitespace at either end. */
export function pyStrip(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?$/;

/** float(str): CPython's grammar (underscores between digits, inf/nan, any Unicode digits); null if invalid. */
export function parseFloat_(s: string): number | null {
  const t = asciiDigits(pyStrip(s)).toLowerCase();
  if (FLOAT_RE.test(t)) return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  const u = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  if (u === 'inf' || u === 'infinity') return t[0] === '-' ? -Infinity : Infinity;
  if (u === 'nan') return t[0] === '-' ? NEG_NAN : NaN;
  return null;
}

/** The NaN with its sign bit set, as float('-nan') is in CPython (copysign and struct show it). */
const NEG_NAN = (() => {
  F64[0] = NaN;
  U32[HI] |= 0x80000000;
  return F64[0];
})();

export function floatFrom(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'string') return floatFromString(v, v);
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  // PyNumber_Float: anything but an exact float goes through __float__ (a float subclass may override it).
  const f = callSpecial(v, '__float__', []);
  if (f !== undefined) {
    if (f instanceof PyFloat) return f.value;
    if (f instanceof PyFloatSub) {
      warn(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(f).tpName}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
        exceptionTypes.get('DeprecationWarning')!, 1, None);
      return f.value;
    }
    typeError(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(f).tpName})`);
  }
  const ix = callSpecial(v, '__index__', []);
  if (ix !== undefined) {
    const n = asInt(ix);
    if (n === undefined) typeError(`__index__ returned non-int (type ${typeOf(ix).tpName})`);
    return intToFloat(n);
  }
  if (v instanceof PyStrSub) return floatFromString(v.value, v.value);
  const bytes = asBytes(v);
  if (bytes !== undefined) {
    const text = String.fromCharCode(...bytes);
    const r = /[^\x00-\x7f]/.test(text) ? null : parseFloat_(text);
    if (r === null) valueError(`could not convert string to float: ${reprOf(v)}`);
    return r;
  }
  typeError(`float() argument must be a string or a real number, not '${typeOf(v).tpName}'`);
}

function floatFromString(s: string, orig: string): number {
  const r = s.indexOf('\0') >= 0 ? null : parseFloat_(s);
  if (r === null) valueError(`could not convert string to float: ${strRepr(orig)}`);
  return r;
}

function self_(v: PyValue): number {
  const x = asFloat(v);
  if (x === undefined) typeError(`descriptor requires a 'float' object but received a '${typeOf(v).tpName}'`);
  return x;
}

function binop(op: number, reflected: boolean) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const a = self_(self);
    const b = asFloat(args[0]);
    if (b === undefined) return NotImplemented;
    return reflected ? floatBinop(b, a, op) : floatBinop(a, b, op);
  };
}

/** round(x, nd) for a float (float.__round__ with ndigits). */
export function roundHalfEven(x: number, nd: number): number {
  if (!Number.isFinite(x)) return x;
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  const r = roundDecimal(x, nd);
  if (!Number.isFinite(r)) overflowError('rounded value too large to represent');
  return r;
}

export function initFloat(): void {
  floatType.call1 = (a) => (typeof a === 'number' ? new PyFloat(a) : a instanceof PyFloat && a.cls === floatType ? a : undefined);
  floatType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = checkNewArg(floatType, args);
    // Keywords are refused unless a subclass's own __init__ takes them (float_new's clinic check).
    if (kw !== null && kw.length > 0 && (cls === floatType || cls.lookup('__init__') === floatType.lookup('__init__'))) typeError('float() takes no keyword arguments');
    const npos = args.length - 1 - (kw === null ? 0 : kw.length);
    if (npos > 1) typeError(`float expected at most 1 argument, got ${npos}`);
    const v = npos > 0 ? floatFrom(args[1]) : 0;
    return cls === floatType ? new PyFloat(v) : new PyFloatSub(cls, v);
  }));
  const names = ['__add__', '', '__floordiv__', '', '', '__mul__', '__mod__', '', '__pow__', '', '__sub__', '__truediv__', ''];
  const table: { [k: string]: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue } = {};
  names.forEach((n, op) => {
    if (n === '') return;
    table[n] = binop(op, false);
    table['__r' + n.slice(2)] = binop(op, true);
  });
  // __pow__(other, mod=None): float_pow refuses any modulus
  for (const [n, reflected] of [['__pow__', false], ['__rpow__', true]] as const) {
    const plain = table[n];
    table[n] = (self, args, kw) => {
      if (args.length > 1 && args[1] !== None) typeError('pow() 3rd argument not allowed unless all arguments are integers');
      return plain(self, args, kw);
    };
    void reflected;
  }
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((n, op) => {
    table[n] = (self, args) => {
      const o = args[0];
      const b = o instanceof PyFloatSub ? o.value : asInt(o) ?? (o instanceof PyFloat ? o : undefined);
      if (b === undefined) return NotImplemented;
      return compareNumbers(new PyFloat(self_(self)), b as PyValue, op)!;
    };
  });
  Object.assign(table, {
    __neg__: (self: PyValue) => new PyFloat(-self_(self)),
    __pos__: (self: PyValue) => new PyFloat(self_(self)),
    __abs__: (self: PyValue) => new PyFloat(Math.abs(self_(self))),
    __bool__: (self: PyValue) => self_(self) !== 0,
    __int__: (self: PyValue) => floatToInt(self_(self)),
    __trunc__: (self: PyValue) => floatToInt(self_(self)),
    __float__: (self: PyValue) => new PyFloat(self_(self)),
    __getnewargs__: (self: PyValue) => new PyTuple([new PyFloat(self_(self))]),
    __floor__: (self: PyValue) => floatToInt(Math.floor(self_(self))),
    __ceil__: (self: PyValue) => floatToInt(Math.ceil(self_(self))),
    // 3.10+: a NaN hashes by identity (_Py_HashPointer), so distinct NaNs spread in a dict
    __hash__: (self: PyValue) => {
      const x = self_(self);
      return Number.isNaN(x) ? Math.floor(idOf(self) / 16) : hashFloat(x);
    },
    __repr__: (self: PyValue) => floatRepr(self_(self)),
    __divmod__: (self: PyValue, args: PyValue[]) => {
      const b = asFloat(args[0]);
      if (b === undefined) return NotImplemented;
      if (b === 0) throw zeroDiv('float divmod()');
      const [q, r] = floatDivmod(self_(self), b);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    },
    __rdivmod__: (self: PyValue, args: PyValue[]) => {
      const b = asFloat(args[0]);
      if (b === undefined) return NotImplemented;
      const a = self_(self);
      if (a === 0) throw zeroDiv('float divmod()');
      const [q, r] = floatDivmod(b, a);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    },
    __round__: (self: PyValue, args: PyValue[]) => {
      const x = self_(self);
      if (args.length === 0 || args[0] === None) {
        if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
        if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
        let r = Math.round(x);
        if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
        return floatToInt(r);
      }
      // PyNumber_AsSsize_t clips huge ndigits
      const n = index(args[0]);
      return new PyFloat(roundHalfEven(x, typeof n === 'bigint' ? (n > 0n ? 1e9 : -1e9) : n));
    },
    __format__: (self: PyValue, args: PyValue[]) => formatFloat(self_(self), specArg(args[0])),
    is_integer: (self: PyValue) => Number.isInteger(self_(self)),
    conjugate: (self: PyValue) => new PyFloat(self_(self)),
    as_integer_ratio: (self: PyValue) => {
      let x = self_(self);
      if (!Number.isFinite(x)) (Number.isNaN(x) ? valueError : overflowError)(`cannot convert ${Number.isNaN(x) ? 'NaN' : 'Infinity'} to integer ratio`);
      let d = 1n;
      while (!Number.isInteger(x)) {
        x *= 2;
        d *= 2n;
      }
      let n = BigInt(x);
      const norm = (b: bigint) => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
      return new PyTuple([norm(n), norm(d)]);
    },
    hex: (self: PyValue) => floatHex(self_(self)),
  });
  defineMethods(floatType, table);
  defineGetters(floatType, { real: (self) => new PyFloat(self_(self)), imag: () => new PyFloat(0) });
  defineClassMethods(floatType, {
    fromhex: (cls, args) => {
      if (args.length !== 1) typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
      const a = args[0];
      const text = typeof a === 'string' ? a : a instanceof PyStrSub ? a.value : typeError('bad argument type for built-in operation');
      const r = new PyFloat(floatFromHex(text));
      return cls === floatType ? r : call(cls, [r]);
    },
    __getformat__: (_cls, args) => {
      if (args.length !== 1) typeError(`float.__getformat__() takes exactly one argument (${args.length} given)`);
      const t = args[0];
      if (typeof t !== 'string') typeError(`__getformat__() argument must be str, not ${typeOf(t).tpName}`);
      if (t !== 'double' && t !== 'float') valueError("__getformat__() argument 1 must be 'double' or 'float'");
      return 'IEEE, little-endian';
    },
  });
}

import { zeroDivision } from './exceptions.js';
function zeroDiv(msg: string): never {
  zeroDivision(msg);
}

function isAsciiSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** float.fromhex: [sign] [0x] hexdigits [. hexdigits] [p exponent], rounded half-even. */
function floatFromHex(s: string): number {
  let i = 0;
  let end = s.length;
  while (i < end && isAsciiSpace(s[i])) i++;
  while (end > i && isAsciiSpace(s[end - 1])) end--;
  const body = s.slice(i, end);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(body);
  if (special) return special[2].toLowerCase() === 'nan' ? (special[1] === '-' ? NEG_NAN : NaN) : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(body);
  const intPart = m?.[2] ?? '';
  const fracPart = m?.[3] ?? '';
  if (m === null || intPart.length + fracPart.length === 0) valueError('invalid hexadecimal floating-point string');
  const neg = m[1] === '-';
  const digits = (intPart + fracPart).replace(/^0+/, '');
  if (digits === '') return neg ? -0.0 : 0.0;
  const M = BigInt('0x' + digits);
  let exp = BigInt(m[4] ?? '0') - BigInt(4 * fracPart.length);
  // value = M * 2^exp; top bit position decides overflow and underflow before any big shift.
  const top = BigInt(bitLen(M)) + exp; // value in [2^(top-1), 2^top)
  let r: number;
  if (top > 1024n) r = Infinity;
  else if (top < -1080n) r = 0;
  else r = exp >= 0n ? ratioToDouble(M << exp, 1n) : ratioToDouble(M, 1n << -exp);
  if (r === Infinity) overflowError('hexadecimal value too large to represent as a float');
  void exp;
  return neg ? -r : r;
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[LO];
  const sign = hi >>> 31 ? '-' : '';
  let exp = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  let lead = '1';
  if (exp === 0) {
    lead = '0';
    exp = 1;
  }
  return `${sign}0x${lead}.${mant}p${exp - 1023 >= 0 ? '+' : ''}${exp - 1023}`;
}
