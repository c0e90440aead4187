// complex (Objects/complexobject.c): a minimal slice (construction, arithmetic, repr).
import { normBig, PyValue, PyComplexObj, PyFloat, complexType, defineMethods, defineGetters, NotImplemented, PyBuiltin, PyType, PyTuple, None } from './object.js';
import { zeroDivision, typeError } from './exceptions.js';
import { floatRepr } from '../parser/constants.js';
import { compareNumbers } from './int.js';
import { formatFloat, specArg } from './format.js';
import { toFloat, hashFloat } from './abstract.js';
import { valueError, overflowError, exceptionTypes } from './exceptions.js';
import { warn } from '../modules/_warnings.js';
import { cquot as cquotParts, complexPowParts, POW_EDOM, POW_ERANGE } from './complex_math.js';
import { hypot } from '../modules/libm_exact.js';
import { pyStrip } from './float.js';
import { asciiDigits, asInt, checkNewArg } from './int.js';
import { callSpecial } from './abstract.js';
import { typeOf } from './object.js';
import { PyStrSub } from './str.js';
import { PyFloatSub } from './float.js';

function parseComplex(s0: string): [number, number] | null {
  let s = asciiDigits(pyStrip(s0));
  if (s.startsWith('(') && s.endsWith(')')) s = pyStrip(s.slice(1, -1));
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

/** _Py_c_quot: divides by the larger of |b.real|, |b.imag| (Smith); null for a zero divisor. */
export function cquot(a: [number, number], b: [number, number]): [number, number] | null {
  return cquotParts(a[0], a[1], b[0], b[1]);
}

/** complex ** complex (complex_pow): complex_math's kernel, with CPython's errors. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  const r = complexPowParts(ar, ai, br, bi);
  if (r.err === POW_EDOM) zeroDivision('0.0 to a negative or complex power');
  if (r.err === POW_ERANGE) overflowError('complex exponentiation');
  return new PyComplexObj(r.re, r.im);
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
  const q = cquot(a, b);
  if (q === null) zeroDivision('complex division by zero');
  return new PyComplexObj(q[0], q[1]);
};
const pow = (a: [number, number], b: [number, number]) => complexPow(a[0], a[1], b[0], b[1]);

/** complex.__format__ (formatter_unicode.c format_complex_internal). */
function complexFormat(c: PyComplexObj, spec: string): string {
  if (spec === '') return complexReprOf(c.real, c.imag);
  const m = /^(?:([\s\S])?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/.exec(spec);
  if (m === null) valueError(`Invalid format specifier '${spec}' for object of type 'complex'`);
  const [, fill0, align, sign, alt, zero, width, grouping, prec, type] = m;
  // format_complex_internal: a '0' fill (the 0 flag, or '0' before an alignment) first, then '=' alignment.
  if (fill0 === '0' || (zero !== undefined && fill0 === undefined)) valueError('Zero padding is not allowed in complex format specifier');
  if (align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
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

/** The real and imaginary parts of an argument of complex() that is a number, else undefined. */
function numberParts(v: PyValue): { c: [number, number]; isComplex: boolean } | undefined {
  if (v instanceof PyComplexObj) return { c: [v.real, v.imag], isComplex: true };
  if (v instanceof PyFloat || v instanceof PyFloatSub) return { c: [v.value, 0], isComplex: false };
  if (asInt(v) !== undefined) return { c: [toFloat(v), 0], isComplex: false };
  const t = typeOf(v);
  if (t.lookup('__float__') !== undefined || t.lookup('__index__') !== undefined) return { c: [toFloat(v), 0], isComplex: false };
  return undefined;
}

/** complex(real=0, imag=0) (complex_new). */
function complexNew(args: PyValue[], kw: string[] | null): PyValue {
  checkNewArg(complexType, args);
  const cls = args[0] as PyType;
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) typeError(`complex() takes at most 2 arguments (${npos} given)`);
  let r: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let i: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const v = args[1 + npos + k];
    if (name === 'real' && npos < 1) r = v;
    else if (name === 'imag' && npos < 2) i = v;
    else if (name === 'real' || name === 'imag') typeError(`argument for complex() given by name ('${name}') and position (${name === 'real' ? 1 : 2})`);
    else typeError(`complex() got an unexpected keyword argument '${name}'`);
  }
  if (r === undefined) r = 0;
  // complex(z) of an exact complex is z itself; a subclass gets a new object of its own type.
  if (r instanceof PyComplexObj && r.cls === complexType && i === undefined && cls === complexType) return r;
  const rs = typeof r === 'string' ? r : r instanceof PyStrSub ? r.value : undefined;
  if (rs !== undefined) {
    if (i !== undefined) typeError("complex() can't take second arg if first is a string");
    const p = parseComplex(rs);
    if (p === null) valueError('complex() arg is a malformed string');
    return new PyComplexObj(p[0], p[1], cls);
  }
  if (i !== undefined && (typeof i === 'string' || i instanceof PyStrSub)) typeError("complex() second arg can't be a string");
  const special = r instanceof PyComplexObj && r.cls === complexType ? undefined : callSpecial(r, '__complex__', []);
  if (special !== undefined) {
    if (!(special instanceof PyComplexObj)) typeError(`__complex__ returned non-complex (type ${typeOf(special).tpName})`);
    if (special.cls !== complexType) {
      warn(`__complex__ returned non-complex (type ${typeOf(special).tpName}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
        exceptionTypes.get('DeprecationWarning')!, 1, None);
    }
    r = special;
  }
  const rp = numberParts(r);
  if (rp === undefined) typeError(`complex() first argument must be a string or a number, not '${typeOf(r).tpName}'`);
  let ip: { c: [number, number]; isComplex: boolean } | undefined;
  if (i !== undefined) {
    ip = numberParts(i);
    if (ip === undefined) typeError(`complex() second argument must be a number, not '${typeOf(i).tpName}'`);
  }
  let re = rp.c[0];
  let im = ip === undefined ? rp.c[1] : ip.c[0];
  if (ip !== undefined && ip.isComplex) re -= ip.c[1];
  if (rp.isComplex && ip !== undefined) im += rp.c[1];
  return new PyComplexObj(re, im, cls);
}

/** repr of a complex (complex_repr): 'r' formatting, the imaginary part always signed ('+nan'). */
export function complexReprOf(re: number, im: number): string {
  const ims = floatRepr(im, false);
  if (re === 0 && !Object.is(re, -0)) return ims + 'j';
  const signed = ims[0] === '-' ? ims : '+' + ims;
  return '(' + floatRepr(re, false) + signed + 'j)';
}

/** complex == number (complex_richcompare): exact against ints, NotImplemented for other types. */
function complexEq(self: PyValue, other: PyValue): boolean | typeof NotImplemented {
  const c = self as PyComplexObj;
  if (other instanceof PyComplexObj) return c.real === other.real && c.imag === other.imag;
  const n = asInt(other);
  if (n !== undefined) return c.imag === 0 && compareNumbers(new PyFloat(c.real), typeof n === 'boolean' ? (n ? 1 : 0) : n, 2) === true;
  if (other instanceof PyFloat || other instanceof PyFloatSub) return c.imag === 0 && c.real === other.value;
  return NotImplemented;
}

export function initComplex(): void {
  complexType.tdict.set('__new__', new PyBuiltin('__new__', complexNew));
  defineMethods(complexType, {
    __add__: op(add), __radd__: op(add, true), __sub__: op(sub), __rsub__: op(sub, true),
    __mul__: op(mul), __rmul__: op(mul, true), __truediv__: op(div), __rtruediv__: op(div, true),
    __pow__: op(pow), __rpow__: op(pow, true),
    __eq__: (self, args) => complexEq(self, args[0]),
    __ne__: (self, args) => {
      const r = complexEq(self, args[0]);
      return r === NotImplemented ? r : !r;
    },
    __complex__: (self) => {
      const c = self as PyComplexObj;
      return c.cls === complexType ? c : new PyComplexObj(c.real, c.imag);
    },
    __neg__: (self) => new PyComplexObj(-(self as PyComplexObj).real, -(self as PyComplexObj).imag),
    __pos__: (self) => {
      // complex_pos: a plain complex, also for a subclass's instance.
      const c = self as PyComplexObj;
      return c.cls === complexType ? c : new PyComplexObj(c.real, c.imag);
    },
    __abs__: (self) => {
      const c = self as PyComplexObj;
      const r = hypot(c.real, c.imag);
      if (r === Infinity && Number.isFinite(c.real) && Number.isFinite(c.imag)) overflowError('absolute value too large');
      return new PyFloat(r);
    },
    __bool__: (self) => (self as PyComplexObj).real !== 0 || (self as PyComplexObj).imag !== 0,
    __repr__: (self) => complexReprOf((self as PyComplexObj).real, (self as PyComplexObj).imag),
    __hash__: (self) => {
      const c = self as PyComplexObj;
      // A C 64-bit signed multiply-add, as complex_hash does.
      const r = BigInt.asIntN(64, BigInt(hashFloat(c.real)) + 1000003n * BigInt(hashFloat(c.imag)));
      return r === -1n ? -2 : normBig(r);
    },
    __format__: (self, args) => {
      if (args.length !== 1) typeError(`complex.__format__() takes exactly one argument (${args.length} given)`);
      return complexFormat(self as PyComplexObj, specArg(args[0]));
    },
    conjugate: (self) => new PyComplexObj((self as PyComplexObj).real, -(self as PyComplexObj).imag),
    __getnewargs__: (self) => new PyTuple([new PyFloat((self as PyComplexObj).real), new PyFloat((self as PyComplexObj).imag)]),
  });
  defineGetters(complexType, {
    real: (self) => new PyFloat((self as PyComplexObj).real),
    imag: (self) => new PyFloat((self as PyComplexObj).imag),
  });
}
