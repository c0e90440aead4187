// complex (Objects/complexobject.c): a minimal slice (construction, arithmetic, repr).
import { normBig, PyValue, PyComplexObj, PyFloat, complexType, defineMethods, defineGetters, NotImplemented, PyBuiltin, PyType } from './object.js';
import { zeroDivision, typeError } from './exceptions.js';
import { complexRepr, PyComplex, floatRepr } from '../parser/constants.js';
import { formatFloat } from './format.js';
import { toFloat, hashFloat } from './abstract.js';
import { valueError } from './exceptions.js';

function parseComplex(s0: string): [number, number] | null {
  let s = s0.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const num = '(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf(?:inity)?|nan';
  const re = new RegExp(`^([+-]?(?:${num}))?(?:([+-](?:${num})?)[jJ])?$`, 'i');
  const m = re.exec(s);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    const f = (x: string) => Number(x.replace(/_/g, '').replace(/inf(inity)?/i, 'Infinity').replace(/nan/i, 'NaN'));
    const re_ = m[1] !== undefined ? f(m[1]) : 0;
    const im = m[2] === undefined ? 0 : m[2] === '+' ? 1 : m[2] === '-' ? -1 : f(m[2]);
    return [re_, im];
  }
  const m2 = new RegExp(`^([+-]?(?:${num})?)[jJ]$`, 'i').exec(s);
  if (m2) {
    const x = m2[1];
    const im = x === '' || x === '+' ? 1 : x === '-' ? -1 : Number(x.replace(/_/g, '').replace(/inf(inity)?/i, 'Infinity').replace(/nan/i, 'NaN'));
    return [0, im];
  }
  return null;
}

function cmul(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  if (br === 0 && bi === 0) return new PyComplexObj(1, 0);
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    // c_powi: exact repeated squaring for small integer exponents.
    let n = Math.abs(br);
    let r: [number, number] = [1, 0];
    let x: [number, number] = [ar, ai];
    while (n > 0) {
      if (n & 1) r = cmul(r, x);
      x = cmul(x, x);
      n >>= 1;
    }
    if (br < 0) {
      const d = r[0] * r[0] + r[1] * r[1];
      if (d === 0) zeroDivision('0.0 to a negative or complex power');
      return new PyComplexObj(r[0] / d, -r[1] / d);
    }
    return new PyComplexObj(r[0], r[1]);
  }
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) zeroDivision('0.0 to a negative or complex power');
    return new PyComplexObj(0, 0);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return new PyComplexObj(len * Math.cos(phase), len * Math.sin(phase));
}

function parts(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplexObj) return [v.real, v.imag];
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return [toFloat(v), 0];
  return undefined;
}

function op(f: (a: [number, number], b: [number, number]) => PyValue, reflected = false) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const a = parts(self);
    const b = parts(args[0]);
    if (a === undefined || b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
}

const add = (a: [number, number], b: [number, number]) => new PyComplexObj(a[0] + b[0], a[1] + b[1]);
const sub = (a: [number, number], b: [number, number]) => new PyComplexObj(a[0] - b[0], a[1] - b[1]);
const mul = (a: [number, number], b: [number, number]) => new PyComplexObj(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
const div = (a: [number, number], b: [number, number]) => {
  const d = b[0] * b[0] + b[1] * b[1];
  if (d === 0) zeroDivision('complex division by zero');
  return new PyComplexObj((a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d);
};
const pow = (a: [number, number], b: [number, number]) => complexPow(a[0], a[1], b[0], b[1]);

/** complex.__format__ (formatter_unicode.c format_complex_internal). */
function complexFormat(c: PyComplexObj, spec: string): string {
  if (spec === '') return complexRepr(new PyComplex(c.real, c.imag));
  const m = /^(?:([\s\S])?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/.exec(spec);
  if (m === null) valueError(`Invalid format specifier '${spec}' for object of type 'complex'`);
  const [, fill0, align, sign, alt, , width, grouping, prec, type] = m;
  if (align === '=') valueError('Zero padding is not allowed in complex format specifier');
  let addParens = false;
  let t = type ?? '';
  if (t === '') {
    addParens = true;
    if (prec === undefined) t = 'r';
    else t = 'g';
  }
  const part = (x: number, forceSign: boolean): string => {
    if (t === 'r') {
      const r = floatRepr(x, false);
      return forceSign && !r.startsWith('-') ? '+' + r : r;
    }
    const sub = (forceSign ? '+' : sign ?? '') + (alt ?? '') + (grouping ?? '') + (prec !== undefined ? '.' + prec : '') + t;
    return formatFloat(x, sub);
  };
  const skipRe = addParens && c.real === 0 && !Object.is(c.real, -0);
  let body = skipRe ? part(c.imag, sign === '+' || sign === ' ') + 'j' : part(c.real, false) + part(c.imag, true) + 'j';
  if (!skipRe && sign !== undefined && sign !== '-' && !body.startsWith('-')) body = (sign === '+' ? '+' : ' ') + (body.startsWith('+') ? body.slice(1) : body);
  if (addParens && !skipRe) body = '(' + body + ')';
  const w = width === undefined ? 0 : Number(width);
  if (body.length >= w) return body;
  const fill = fill0 ?? ' ';
  const n = w - body.length;
  switch (align ?? '>') {
    case '<': return body + fill.repeat(n);
    case '^': return fill.repeat(n >> 1) + body + fill.repeat(n - (n >> 1));
    default: return fill.repeat(n) + body;
  }
}

export function initComplex(): void {
  complexType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    void cls;
    if (typeof args[1] === 'string') {
      const p = parseComplex(args[1]);
      if (p === null) valueError('complex() arg is a malformed string');
      return new PyComplexObj(p[0], p[1]);
    }
    const r = args.length > 1 ? parts(args[1]) : [0, 0];
    const i = args.length > 2 ? parts(args[2]) : [0, 0];
    if (r === undefined || i === undefined) typeError('complex() argument must be a string or a number');
    return new PyComplexObj(r[0] - i[1], r[1] + i[0]);
  }));
  defineMethods(complexType, {
    __add__: op(add), __radd__: op(add, true), __sub__: op(sub), __rsub__: op(sub, true),
    __mul__: op(mul), __rmul__: op(mul, true), __truediv__: op(div), __rtruediv__: op(div, true),
    __pow__: op(pow), __rpow__: op(pow, true),
    __eq__: op((a, b) => a[0] === b[0] && a[1] === b[1]),
    __ne__: op((a, b) => a[0] !== b[0] || a[1] !== b[1]),
    __neg__: (self) => new PyComplexObj(-(self as PyComplexObj).real, -(self as PyComplexObj).imag),
    __pos__: (self) => self,
    __abs__: (self) => new PyFloat(Math.hypot((self as PyComplexObj).real, (self as PyComplexObj).imag)),
    __bool__: (self) => (self as PyComplexObj).real !== 0 || (self as PyComplexObj).imag !== 0,
    __repr__: (self) => complexRepr(new PyComplex((self as PyComplexObj).real, (self as PyComplexObj).imag)),
    __hash__: (self) => {
      const c = self as PyComplexObj;
      // A C 64-bit signed multiply-add, as complex_hash does.
      const r = BigInt.asIntN(64, BigInt(hashFloat(c.real)) + 1000003n * BigInt(hashFloat(c.imag)));
      return r === -1n ? -2 : normBig(r);
    },
    __format__: (self, args) => complexFormat(self as PyComplexObj, String(args[0])),
    conjugate: (self) => new PyComplexObj((self as PyComplexObj).real, -(self as PyComplexObj).imag),
  });
  defineGetters(complexType, {
    real: (self) => new PyFloat((self as PyComplexObj).real),
    imag: (self) => new PyFloat((self as PyComplexObj).imag),
  });
}
