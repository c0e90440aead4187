// float (Objects/floatobject.c): boxed JS numbers.
import { PyValue, PyFloat, PyTuple, PyBuiltin, PyType, floatType, NotImplemented, None, defineMethods, defineGetters, typeOf, PyInstance, PyDict, TF_HEAPTYPE, defineClassMethods } from './object.js';
import { valueError, typeError, overflowError } from './exceptions.js';
import { floatBinop, floatDivmod, floatToInt, compareNumbers, asInt, intToFloat, asciiDigits } from './int.js';
import { hashFloat, index, callSpecial } from './abstract.js';
import { floatRepr, strRepr } from '../parser/constants.js';
import { formatFloat } from './format.js';

/** Instance of a user subclass of float. */
export class PyFloatSub extends PyInstance {
  constructor(cls: PyType, public readonly value: number) {
    super(cls);
    if (cls.flags & TF_HEAPTYPE) this.dict = new PyDict();
  }
}

export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat || v instanceof PyFloatSub) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  return undefined;
}

export function parseFloat_(s: string): number | null {
  const t = asciiDigits(s).trim().toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t[0] === '-' ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?(e[+-]?\d(_?\d)*)?$/.test(t) || !/\d/.test(t.replace(/e.*$/, ''))) return null;
  return Number(t.replace(/_/g, ''));
}

export function floatFrom(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'string') {
    const r = parseFloat_(v);
    if (r === null) valueError(`could not convert string to float: ${strRepr(v)}`);
    return r;
  }
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const f = callSpecial(v, '__float__', []);
  if (f !== undefined) {
    if (!(f instanceof PyFloat)) typeError(`${typeOf(v).name}.__float__ returned non-float (type ${typeOf(f).name})`);
    return f.value;
  }
  const ix = callSpecial(v, '__index__', []);
  if (ix !== undefined) return intToFloat(ix as number);
  typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

function self_(v: PyValue): number {
  const x = asFloat(v);
  if (x === undefined) typeError(`descriptor requires a 'float' object but received a '${typeOf(v).name}'`);
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

export function roundHalfEven(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Use the shortest repr digits as CPython does (correctly rounded decimal string).
  const s = x.toFixed(Math.min(Math.max(nd, 0), 100));
  if (nd >= 0 && nd <= 20) {
    // toFixed rounds half away from zero on the exact binary value: that IS correct rounding of the
    // exact value except for exact ties, which need half-even.
    const scaled = x * 10 ** nd;
    if (Number.isFinite(scaled) && Math.abs(scaled) < 2 ** 52 && Math.abs(scaled - Math.trunc(scaled)) === 0.5) {
      // Exact tie only if the decimal expansion of x ends exactly at the half.
      const exact = bigDecimal(x);
      const digitsAfter = exact.split('.')[1] ?? '';
      if (digitsAfter.length === nd + 1 && digitsAfter.endsWith('5')) {
        const fl = Math.floor(scaled);
        const r = fl % 2 === 0 ? fl : fl + 1;
        return r / 10 ** nd;
      }
    }
    return Number(s);
  }
  if (nd < 0) {
    const p = 10 ** -nd;
    const y = x / p;
    let r = Math.round(y);
    if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
    return r * p;
  }
  return x;
}

function bigDecimal(x: number): string {
  // Exact decimal expansion of a double.
  const neg = x < 0;
  x = Math.abs(x);
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let n = BigInt(m) * 5n ** BigInt(e);
  let s = n.toString();
  if (e > 0) {
    s = s.padStart(e + 1, '0');
    s = s.slice(0, s.length - e) + '.' + s.slice(s.length - e);
  }
  void n;
  return (neg ? '-' : '') + s;
}

export function initFloat(): void {
  floatType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const v = args.length > 1 ? floatFrom(args[1]) : 0;
    if (args.length > 2) typeError(`float expected at most 1 argument, got ${args.length - 1}`);
    return cls === floatType ? new PyFloat(v) : new PyFloatSub(cls, v);
  }));
  const names = ['__add__', '', '__floordiv__', '', '', '__mul__', '__mod__', '', '__pow__', '', '__sub__', '__truediv__', ''];
  const table: { [k: string]: (self: PyValue, args: PyValue[], kw: string[] | null) => PyValue } = {};
  names.forEach((n, op) => {
    if (n === '') return;
    table[n] = binop(op, false);
    table['__r' + n.slice(2)] = binop(op, true);
  });
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
    __floor__: (self: PyValue) => floatToInt(Math.floor(self_(self))),
    __ceil__: (self: PyValue) => floatToInt(Math.ceil(self_(self))),
    __hash__: (self: PyValue) => hashFloat(self_(self)),
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
      return new PyFloat(roundHalfEven(x, Number(index(args[0]))));
    },
    __format__: (self: PyValue, args: PyValue[]) => formatFloat(self_(self), args[0] as string),
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
    fromhex: (_cls, args) => new PyFloat(Number.parseFloat(String(args[0]))),
  });
}

import { zeroDivision } from './exceptions.js';
function zeroDiv(msg: string): never {
  zeroDivision(msg);
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
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
