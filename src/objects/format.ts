// The format-spec mini-language (Python/formatter_unicode.c), PyOS_double_to_string (pystrtod.c),
// str.format / str.format_map (Objects/stringlib/unicode_format.h) and printf-style str % args
// (PyUnicode_Format in unicodeobject.c). Validation order and messages follow CPython 3.11.
import { PyValue, PyFloat, PyTuple, PyComplexObj, PyObject, typeOf, complexType, floatType, strType, intType, objectType, None } from './object.js';
import { PyStrSub, strValue, reprValue, asciiValue, formatSurrogate, asStr } from './str.js';
import { PySurrogateStr, StrBuilder, concatPieces, concatValues, fromCodePoints, lossyString, meetsInSeam } from './surrogatestr.js';
import { valueError, typeError, raise, KeyError, IndexError, OverflowError, MemoryError, PyException, TypeError as TypeErrorT, ValueError, newException } from './exceptions.js';
import { callSpecial, repr, str, getAttr, getItem, index, strLen } from './abstract.js';
import { asInt, intToFloat, intFromValue, PyIntSub } from './int.js';
import { PyFloatSub } from './float.js';
import { floatRepr } from '../parser/constants.js';
import { intMaxStrDigits } from '../modules/sys.js';
import { decimalValue } from '../unicode/ucd.js';

/**
 * format(v, spec): PyObject_Format, with the builtin types formatted directly (their __format__ cannot be
 * overridden). The result is a PySurrogateStr when a surrogate fill character meets the text in a seam.
 */
export function format(v: PyValue, spec: string | PySurrogateStr): PyValue {
  if (typeof spec !== 'string') return formatSeamSpec(v, spec);
  switch (typeof v) {
    case 'string': return spec === '' ? v : formatStr(v, spec);
    case 'number': case 'bigint': return formatInt(v, spec);
    case 'boolean': return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1 : 0, spec, 'bool');
  }
  if (v instanceof PyFloat && v.cls === floatType) return formatFloat(v.value, spec);
  if (v instanceof PyComplexObj && v.cls === complexType) return spec === '' ? complexReprText(v.real, v.imag) : formatComplex(v.real, v.imag, spec);
  if (v instanceof PySurrogateStr) return formatSurrogate(v, spec);
  const sub = formatSubclass(v, spec);
  if (sub !== undefined) return sub;
  return userFormat(v, spec);
}

/** The spec a builtin type's __format__ takes (Argument Clinic's `str` argument: a str or a subclass's text). */
export function specArg(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) typeError(`__format__() argument must be str, not ${v === None ? 'None' : typeOf(v).tpName}`);
  return s;
}

/** A __format__ method found on the type (PyObject_Format's last step). */
function userFormat(v: PyValue, spec: PyValue): PyValue {
  // object.__format__ with an empty spec is str(self), which may be a PySurrogateStr, or a str subclass's
  // instance that PyObject_Format hands on as it is (so does a __format__ returning one).
  if (spec === '' && typeOf(v).lookup('__format__') === objectType.tdict.get('__format__')) return strValue(v, true);
  const r = callSpecial(v, '__format__', [spec]);
  if (r === undefined) typeError(`Type ${typeOf(v).tpName} doesn't define __format__`);
  if (typeof r !== 'string' && !(r instanceof PyObject && typeOf(r).isSubtype(strType))) typeError(`__format__ must return a str, not ${typeOf(r).tpName}`);
  return r;
}

/**
 * A spec holding a high surrogate followed by a low one: the builtin types' mini-language has no place for
 * two such characters (only the fill is free, and an alignment follows it), so it is invalid for them;
 * other types get it as it is.
 */
function formatSeamSpec(v: PyValue, spec: PySurrogateStr): PyValue {
  let typeName: string | undefined;
  if (typeof v === 'string' || v instanceof PySurrogateStr) typeName = 'str';
  else if (typeof v === 'number' || typeof v === 'bigint') typeName = 'int';
  else if (typeof v === 'boolean') typeName = 'bool';
  else if (v instanceof PyFloat && v.cls === floatType) typeName = 'float';
  else if (v instanceof PyComplexObj && v.cls === complexType) typeName = 'complex';
  else {
    const t = typeOf(v);
    const f = t.lookup('__format__');
    for (const b of [intType, floatType, complexType, strType]) if (t.isSubtype(b) && f === b.tdict.get('__format__')) typeName = t.name;
  }
  if (typeName === undefined) return userFormat(v, spec);
  const msg = concatPieces(["Invalid format specifier '", spec, `' for object of type '${typeName}'`]);
  throw new PyException(newException(ValueError, [msg]));
}

/**
 * Subclasses of int, float, complex and str that keep the builtin __format__: formatted here so
 * that messages name the subclass (tp_name), as CPython's formatters do; str() for an empty spec.
 */
function formatSubclass(v: PyValue, spec: string): PyValue | undefined {
  if (v instanceof PyIntSub) {
    if (typeOf(v).lookup('__format__') !== intType.tdict.get('__format__')) return undefined;
    return spec === '' ? str(v) : formatInt(typeof v.value === 'boolean' ? (v.value ? 1 : 0) : v.value, spec, typeOf(v).name);
  }
  if (v instanceof PyFloatSub) {
    if (typeOf(v).lookup('__format__') !== floatType.tdict.get('__format__')) return undefined;
    return spec === '' ? str(v) : formatFloat(v.value, spec, typeOf(v).name);
  }
  if (v instanceof PyComplexObj) {
    if (typeOf(v).lookup('__format__') !== complexType.tdict.get('__format__')) return undefined;
    return spec === '' ? str(v) : formatComplex(v.real, v.imag, spec, typeOf(v).name);
  }
  if (v instanceof PyStrSub) {
    if (typeOf(v).lookup('__format__') !== strType.tdict.get('__format__')) return undefined;
    if (v.sur !== null) return formatSurrogate(v.sur, spec);
    return spec === '' ? strValue(v) : formatStr(v.value, spec, typeOf(v).name);
  }
  return undefined;
}

/** complex_repr: 'r' digits, the imaginary part always signed ('+nan' too), parentheses unless the real part is +0. */
export function complexReprText(re: number, im: number): string {
  const imText = doubleToString(im, 'r', 0, false, false, false);
  const signed = imText.charCodeAt(0) === 45 ? imText : '+' + imText;
  if (re === 0 && !Object.is(re, -0)) return imText + 'j';
  return '(' + doubleToString(re, 'r', 0, false, false, false) + signed + 'j)';
}

// ---------------------------------------------------------------------------
// Spec parsing (parse_internal_render_format_spec)

const LT_NONE = 0;
const LT_DEFAULT = 1; // ',' every 3
const LT_UNDERSCORE = 2; // '_' every 3
const LT_UNDER_FOUR = 3; // '_' every 4 (b, o, x, X)
const LT_CURRENT = 4; // 'n': the C locale, so no grouping and '.'

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

interface Spec {
  fill: string;
  align: string;
  alt: boolean;
  noNeg0: boolean;
  sign: string;
  width: number;
  thousands: number;
  precision: number;
  type: string;
}

function hexCode(c: string): string {
  const cp = c === '' ? 0 : c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

function unknownType(t: string, typeName: string): never {
  valueError(`Unknown format code '${hexCode(t)}' for object of type '${typeName}'`);
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** The decimal value of a (Unicode) digit character, or -1. */
function digitOf(c: string): number {
  const cp = c.charCodeAt(0);
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  return decimalValue(c.codePointAt(0)!);
}

// Parsed specs, by defaults and text: loops format with the same few specs. Specs are never mutated.
const specCache = new Map<string, Spec>();

function parseSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): Spec {
  const key = defaultType + defaultAlign + spec;
  let sp = specCache.get(key);
  if (sp === undefined) {
    sp = parseSpecText(spec, typeName, defaultType, defaultAlign);
    if (specCache.size >= 512) specCache.clear();
    specCache.set(key, sp);
  }
  return sp;
}

function parseSpecText(spec: string, typeName: string, defaultType: string, defaultAlign: string): Spec {
  const c: ArrayLike<string> = /[\uD800-\uDFFF]/.test(spec) ? Array.from(spec) : spec;
  const end = c.length;
  const sp: Spec = { fill: ' ', align: defaultAlign, alt: false, noNeg0: false, sign: '', width: -1, thousands: LT_NONE, precision: -1, type: defaultType };
  let pos = 0;
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(c[pos + 1])) {
    sp.align = c[pos + 1];
    sp.fill = c[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(c[pos])) {
    sp.align = c[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (c[pos] === ' ' || c[pos] === '+' || c[pos] === '-')) sp.sign = c[pos++];
  if (end - pos >= 1 && c[pos] === 'z') {
    sp.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && c[pos] === '#') {
    sp.alt = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && c[pos] === '0') {
    sp.fill = '0';
    if (!alignSpecified && defaultAlign === '>') sp.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let acc = 0;
    let big: bigint | null = null;
    const start = pos;
    for (; pos < end; pos++) {
      const d = digitOf(c[pos]);
      if (d < 0) break;
      if (big === null && acc < 1e15) acc = acc * 10 + d;
      else {
        big = (big ?? BigInt(acc)) * 10n + BigInt(d);
        if (big > SSIZE_MAX) valueError('Too many decimal digits in format string');
      }
    }
    if (pos === start) return -1;
    return big === null ? acc : Number(big);
  };
  sp.width = readInt();
  if (end - pos > 0 && c[pos] === ',') {
    sp.thousands = LT_DEFAULT;
    pos++;
  }
  if (end - pos > 0 && c[pos] === '_') {
    if (sp.thousands !== LT_NONE) valueError("Cannot specify both ',' and '_'.");
    sp.thousands = LT_UNDERSCORE;
    pos++;
  }
  if (end - pos > 0 && c[pos] === ',' && sp.thousands === LT_UNDERSCORE) valueError("Cannot specify both ',' and '_'.");
  if (end - pos > 0 && c[pos] === '.') {
    pos++;
    sp.precision = readInt();
    if (sp.precision < 0) valueError('Format specifier missing precision');
  }
  if (end - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  // A NUL type is C's '\0', the "no type" of float and complex.
  if (end - pos === 1) sp.type = c[pos] === '\0' ? '' : c[pos];
  if (sp.thousands !== LT_NONE) {
    switch (sp.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (sp.thousands === LT_UNDERSCORE) {
          sp.thousands = LT_UNDER_FOUR;
          break;
        }
      // falls through
      default:
        valueError(`Cannot specify '${sp.thousands === LT_DEFAULT ? ',' : '_'}' with '${hexCode(sp.type)}'.`);
    }
  }
  return sp;
}

// ---------------------------------------------------------------------------
// Laying out a number (calc_number_widths + fill_number + _PyUnicode_InsertThousandsGrouping)

/** Digits grouped right to left, padded with zeros to minWidth (for '0=' fills). */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length;
  let end = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      out = '0'.repeat(nZeros) + digits.slice(end - nChars, end) + (useSep ? sep : '') + out;
      end -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nZeros) + digits.slice(end - nChars, end) + (useSep ? sep : '') + out;
  }
  return out;
}

/**
 * <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>; remainder holds what follows
 * the decimal point (fraction, exponent, '%') or, for 'c', the character itself.
 */
function renderNumber(sp: Spec, signChar: string, prefix: string, digits: string, hasDecimal: boolean, remainder: string, thousands: number, upper: boolean): string {
  let sign = '';
  if (sp.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (sp.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  // The remainder is ASCII except for 'c', whose one character may be astral.
  const remLen = remainder.length === 2 && remainder.charCodeAt(0) >= 0xd800 && remainder.charCodeAt(0) < 0xdc00 ? 1 : remainder.length;
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remLen;
  const minWidth = sp.fill === '0' && sp.align === '=' ? sp.width - nonDigit : 0;
  if (minWidth > MAX_WIDTH) raise(MemoryError);
  let grouped = '';
  if (digits.length > 0) {
    if (thousands === LT_NONE || thousands === LT_CURRENT) grouped = groupDigits(digits, minWidth, '', 0);
    else grouped = groupDigits(digits, minWidth, thousands === LT_DEFAULT ? ',' : '_', thousands === LT_UNDER_FOUR ? 4 : 3);
  }
  const nPad = sp.width - (nonDigit + grouped.length);
  if (nPad > MAX_WIDTH) raise(MemoryError);
  let l = 0;
  let s = 0;
  let r = 0;
  if (nPad > 0) {
    switch (sp.align) {
      case '<': r = nPad; break;
      case '^': l = nPad >> 1; r = nPad - l; break;
      case '=': s = nPad; break;
      default: l = nPad;
    }
  }
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const f = sp.fill;
  return (l ? f.repeat(l) : '') + sign + prefix + (s ? f.repeat(s) : '') + grouped + (hasDecimal ? '.' : '') + remainder + (r ? f.repeat(r) : '');
}

/** Split "123.45e+06" (no sign) into leading digits, decimal point presence and the rest (parse_number). */
function renderFloatText(sp: Spec, text: string, thousands: number): string {
  let signChar = '';
  if (text.charCodeAt(0) === 45) {
    signChar = '-';
    text = text.slice(1);
  }
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const hasDecimal = text[i] === '.';
  return renderNumber(sp, signChar, '', text.slice(0, i), hasDecimal, text.slice(hasDecimal ? i + 1 : i), thousands, false);
}

// ---------------------------------------------------------------------------
// str

export function formatStr(s: string, spec: string, typeName = 'str'): PyValue {
  if (spec === '') return s;
  const sp = parseSpec(spec, typeName, 's', '<');
  if (sp.type !== 's') unknownType(sp.type, typeName);
  if (sp.sign !== '') valueError(sp.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (sp.noNeg0) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) valueError('Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') valueError("'=' alignment not allowed in string format specifier");
  let len = strLen(s);
  if (sp.precision >= 0 && len >= sp.precision) {
    s = len === s.length ? s.slice(0, sp.precision) : Array.from(s).slice(0, sp.precision).join('');
    len = sp.precision;
  }
  // A lone surrogate fill (one unit; an astral one has both halves) may meet a lone surrogate at an end of
  // s (numbers hold none).
  if (sp.fill.length === 1 && (sp.fill.charCodeAt(0) & 0xf800) === 0xd800 && sp.width > len) {
    if (sp.width > MAX_WIDTH) raise(MemoryError);
    const n = sp.width - len;
    const l = sp.align === '>' ? n : sp.align === '^' ? n >> 1 : 0;
    return concatPieces([sp.fill.repeat(l), s, sp.fill.repeat(n - l)]);
  }
  return pad(s, len, sp.width, sp.align, sp.fill);
}

/** JS strings stop at 2**29 - 24 units: wider results are a MemoryError, as CPython's failed allocation. */
const MAX_WIDTH = 0x1fffffe8;

function pad(s: string, len: number, width: number, align: string, fill: string): string {
  if (width <= len) return s;
  if (width > MAX_WIDTH) raise(MemoryError);
  const n = width - len;
  const l = align === '>' ? n : align === '^' ? n >> 1 : 0;
  return fill.repeat(l) + s + fill.repeat(n - l);
}

// ---------------------------------------------------------------------------
// int

/** Decimal text of an int, with CPython's int/str conversion limit (sys.set_int_max_str_digits). */
function decimalText(a: number | bigint): string {
  const s = a.toString();
  if (typeof a === 'bigint' && intMaxStrDigits > 0) {
    const n = s.length - (s.charCodeAt(0) === 45 ? 1 : 0);
    if (n > intMaxStrDigits) valueError(`Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return decimalText(v);
  const sp = parseSpec(spec, typeName, 'd', '>');
  switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLong(v, sp);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(v), sp);
    default:
      unknownType(sp.type, typeName);
  }
}

function formatLong(v: number | bigint, sp: Spec): string {
  if (sp.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (sp.noNeg0) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (sp.type === 'c') {
    if (sp.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
    return renderNumber(sp, '', '', '', false, String.fromCodePoint(Number(v)), sp.thousands, false);
  }
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (sp.type) {
    case 'b': digits = a.toString(2); prefix = '0b'; break;
    case 'o': digits = a.toString(8); prefix = '0o'; break;
    case 'x': case 'X': digits = a.toString(16); prefix = '0x'; break;
    default: digits = decimalText(a);
  }
  return renderNumber(sp, neg ? '-' : '', sp.alt ? prefix : '', digits, false, '', sp.type === 'n' ? LT_CURRENT : sp.thousands, sp.type === 'X');
}

// ---------------------------------------------------------------------------
// Floats: correctly rounded digits (_Py_dg_dtoa modes 0, 2, 3) and PyOS_double_to_string's layout

const F64 = new DataView(new ArrayBuffer(8));

/** Finite x > 0 as mant * 2**exp. */
function decompose(x: number): [bigint, number] {
  F64.setFloat64(0, x);
  const hi = F64.getUint32(0);
  const lo = F64.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return e === 0 ? [m, -1074] : [m | (1n << 52n), e - 1075];
}

/** num/den rounded half to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q++;
  return q;
}

const POW10: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) return (POW10[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

interface Digits {
  digits: string; // no trailing zeros; '' when mode 3 rounds to zero
  decpt: number; // position of the decimal point relative to the digits
}

function stripZeros(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 48) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Mode 0: the shortest digits that round-trip (as repr). */
function shortestDigits(x: number): Digits {
  const t = x.toExponential();
  const e = t.indexOf('e');
  const mant = t.slice(0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits: stripZeros(digits), decpt: Number(t.slice(e + 1)) + 1 };
}

/** Mode 3: rounded to nd digits after the decimal point. */
function fixedDigits(x: number, nd: number): Digits {
  const [m, e] = decompose(x);
  const q = e >= 0 ? (m << BigInt(e)) * pow10(nd) : roundDiv(m * pow10(nd), 1n << BigInt(-e));
  if (q === 0n) return { digits: '', decpt: -nd };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - nd };
}

/** Mode 2: rounded to n significant digits. */
function sigDigits(x: number, n: number): Digits {
  const [m, e] = decompose(x);
  let k = Math.floor(Math.log10(x));
  const hi = pow10(n);
  const lo = pow10(n - 1);
  for (let guard = 0; guard < 4; guard++) {
    const s = k - n + 1;
    let num = e >= 0 ? m << BigInt(e) : m;
    let den = e >= 0 ? 1n : 1n << BigInt(-e);
    if (s >= 0) den *= pow10(s);
    else num *= pow10(-s);
    // k is right when the truncated quotient has exactly n digits; rounding may then carry to 10**n.
    const t = num / den;
    if (t >= hi) {
      k++;
      continue;
    }
    if (t < lo) {
      k--;
      continue;
    }
    const q = roundDiv(num, den);
    if (q === hi) return { digits: '1', decpt: k + 2 };
    return { digits: stripZeros(q.toString()), decpt: k + 1 };
  }
  throw new Error('sigDigits did not converge');
}

/**
 * PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r; the sign is '-'
 * only (never for a nan).
 */
export function doubleToString(x: number, code: string, precision: number, alt: boolean, addDot0: boolean, noNeg0: boolean): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  let neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  const c = upper ? code.toLowerCase() : code;
  const a = Math.abs(x);
  if (c === 'f' && a < 1e21 && precision <= 100) {
    // toFixed rounds the exact value correctly except on exact ties, where it rounds up and
    // CPython to even; a tie means a = odd / 2**(precision+1), which the scaling shows exactly.
    const t = a * 2 ** (precision + 1);
    if (!(Number.isInteger(t) && t % 2 === 1)) {
      const body = a.toFixed(precision);
      if (noNeg0 && neg && /^[0.]*$/.test(body)) neg = false;
      return (neg ? '-' : '') + body + (alt && precision === 0 ? '.' : '');
    }
  }
  let d: Digits;
  switch (c) {
    case 'e':
      precision++;
      d = a === 0 ? { digits: '0', decpt: 1 } : sigDigits(a, precision);
      break;
    case 'f':
      d = a === 0 ? { digits: '0', decpt: 1 } : fixedDigits(a, precision);
      break;
    case 'g':
      if (precision === 0) precision = 1;
      d = a === 0 ? { digits: '0', decpt: 1 } : sigDigits(a, precision);
      break;
    default:
      d = a === 0 ? { digits: '0', decpt: 1 } : shortestDigits(a);
  }
  const digits = d.digits;
  let decpt = d.decpt;
  if (noNeg0 && neg && /^0*$/.test(digits)) neg = false;
  let useExp = false;
  let vEnd = digits.length;
  switch (c) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = neg ? '-' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= digits.length) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digits.length < decpt) out += '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - digits.length);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const sp = parseSpec(spec, typeName, '', '>');
  switch (sp.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(x, sp);
    default:
      unknownType(sp.type, typeName);
  }
}

function formatFloatInternal(x: number, sp: Spec): string {
  if (sp.precision > INT_MAX) valueError('precision too big');
  let type: string = sp.type;
  let prec = sp.precision;
  let defaultPrec = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrec = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (prec < 0) prec = defaultPrec;
  else if (type === 'r') type = 'g';
  let text = doubleToString(x, type, prec, sp.alt, addDot0, sp.noNeg0);
  if (pct) text += '%';
  return renderFloatText(sp, text, sp.type === 'n' ? LT_CURRENT : sp.thousands);
}

// ---------------------------------------------------------------------------
// complex (format_complex_internal)

export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const sp = parseSpec(spec, typeName, '', '>');
  switch (sp.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownType(sp.type, typeName);
  }
  if (sp.precision > INT_MAX) valueError('precision too big');
  if (sp.fill === '0') valueError('Zero padding is not allowed in complex format specifier');
  if (sp.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = sp.type;
  let prec = sp.precision;
  let defaultPrec = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrec = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (prec < 0) prec = defaultPrec;
  else if (type === 'r') type = 'g';
  const reText = doubleToString(re, type, prec, sp.alt, false, sp.noNeg0);
  const imText = doubleToString(im, type, prec, sp.alt, false, sp.noNeg0);
  const thousands = sp.type === 'n' ? LT_CURRENT : sp.thousands;
  const tmp: Spec = { ...sp, fill: ' ', align: '<', width: -1 };
  const reOut = skipRe ? '' : renderFloatText(tmp, reText, thousands);
  if (!skipRe) tmp.sign = '+';
  const imOut = renderFloatText(tmp, imText, thousands);
  const body = (parens ? '(' : '') + reOut + imOut + 'j' + (parens ? ')' : '');
  return pad(body, body.length, sp.width, sp.align, sp.fill);
}

// ---------------------------------------------------------------------------
// str.format and str.format_map (unicode_format.h)

interface AutoNumber {
  state: number; // 0 init, 1 auto, 2 manual
  next: number;
}

/** get_integer of unicode_format.h: the value of an all-digit field name, or -1. */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = digitOf(ch);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > SSIZE_MAX) valueError('Too many decimal digits in format string');
  }
  return Number(acc);
}

function getFieldObject(name: string, args: PyValue[] | null, kwargs: PyValue | null, auto: AutoNumber): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let idx = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || idx !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && empty) valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 1 && !empty) valueError('cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) idx = auto.next++;
  let obj: PyValue;
  if (idx === -1) {
    if (kwargs === null) raise(KeyError, first);
    obj = getItem(kwargs, first);
  } else {
    if (args === null) valueError('Format string contains positional fields');
    if (idx >= args.length) raise(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    obj = args[idx];
  }
  // The rest: .attr and [key] parts.
  const n = name.length;
  while (i < n) {
    const c = name[i++];
    if (c === '.') {
      const start = i;
      while (i < n && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(start, i);
      if (attr === '') valueError('Empty attribute in format string');
      obj = getAttr(obj, attr);
    } else if (c === '[') {
      const start = i;
      while (i < n && name[i] !== ']') i++;
      if (i >= n) valueError("Missing ']' in format string");
      const key = name.slice(start, i);
      i++;
      if (key === '') valueError('Empty attribute in format string');
      const k = fieldInteger(key);
      obj = getItem(obj, k === -1 ? key : k);
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function convertField(v: PyValue, conv: string): PyValue {
  switch (conv) {
    case 'r': return reprValue(v);
    case 's': return strValue(v);
    case 'a': return asciiValue(v);
  }
  valueError(`Unknown conversion specifier ${hexCode(conv)}`);
}

function buildString(fmt: string, args: PyValue[] | null, kwargs: PyValue | null, depth: number, auto: AutoNumber): PyValue {
  if (depth <= 0) valueError('Max string recursion exceeded');
  const end = fmt.length;
  let out = '';
  // Made at the first seam or PySurrogateStr piece (rare): the output then goes on as code points.
  let sb: StrBuilder | null = null;
  let pos = 0;
  while (pos < end) {
    // Literal text up to the first '{' or '}'.
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup) {
      if (c === '}' && (atEnd || fmt[pos] !== '}')) valueError("Single '}' encountered in format string");
      if (atEnd && c === '{') valueError("Single '{' encountered in format string");
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) {
      const lit = fmt.slice(start, start + len);
      if (sb === null && !meetsInSeam(out, lit)) out += lit;
      else (sb ??= new StrBuilder(out)).add(lit);
    }
    if (!markup) continue;
    // parse_field: the field name ends at ':', '!' or '}' ('[...]' may contain them).
    const nameStart = pos;
    c = '';
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{') valueError("unexpected '{' in field name");
      if (c === '[') {
        while (pos < end && fmt[pos] !== ']') pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const name = fmt.slice(nameStart, pos - 1);
    let conv = '';
    let spec: string | PySurrogateStr = '';
    let expand = false;
    if (c === '!' || c === ':') {
      let done = false;
      if (c === '!') {
        if (pos >= end) valueError('end of string while looking for conversion specifier');
        const cp = fmt.codePointAt(pos)!;
        conv = String.fromCodePoint(cp);
        pos += conv.length;
        if (pos < end) {
          const n = fmt[pos++];
          if (n === '}') done = true;
          else if (n !== ':') valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const ch = fmt[pos++];
          if (ch === '{') {
            expand = true;
            count++;
          } else if (ch === '}') {
            if (--count === 0) {
              spec = fmt.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (c !== '}') valueError("expected '}' before end of string");
    let obj = getFieldObject(name, args, kwargs, auto);
    if (conv !== '') obj = convertField(obj, conv);
    if (expand) spec = buildString(spec, args, kwargs, depth - 1, auto) as string | PySurrogateStr;
    let field = format(obj, spec) as string | PySurrogateStr | PyStrSub;
    if (field instanceof PyStrSub) {
      // A format string that is this one field gives the str subclass's instance as it is (CPython's writer
      // hands on a lone piece), as format() does.
      if (start === 0 && len === 0 && pos === end && depth === 2) return field;
      field = field.sur ?? field.value;
    }
    if (sb === null && typeof field === 'string' && !meetsInSeam(out, field)) out += field;
    else (sb ??= new StrBuilder(out)).addValue(field);
  }
  return sb === null ? out : sb.result();
}

/** fmt.format(*args, **kwargs); kwargs null when no keywords were given. */
export function strFormat(fmt: string, args: PyValue[], kwargs: PyValue | null): PyValue {
  return buildString(fmt, args, kwargs, 2, { state: 0, next: 0 });
}

/** fmt.format_map(mapping): positional fields are an error. */
export function strFormatMap(fmt: string, mapping: PyValue): PyValue {
  return buildString(fmt, null, mapping, 2, { state: 0, next: 0 });
}

// ---------------------------------------------------------------------------
// printf-style: str % args (PyUnicode_Format)

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function isStrValue(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && typeOf(v).isSubtype(strType));
}

function isIntValue(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyIntSub;
}

/** A '*' width of %-formatting (PyLong_AsSsize_t), negative for left-justified. */
export function starWidth(v: PyValue): number {
  if (!isIntValue(v)) typeError('* wants int');
  const w0 = asInt(v)!;
  const w = typeof w0 === 'boolean' ? (w0 ? 1 : 0) : w0;
  if (typeof w === 'bigint' && (w > 9223372036854775807n || w < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  // -2**63 stays negative when negated in C: the width then never pads.
  return w === -9223372036854775808n ? 0 : Number(w);
}

/** A '*' precision of %-formatting (a C int, negative taken as 0). */
export function starPrecision(v: PyValue): number {
  if (!isIntValue(v)) typeError('* wants int');
  const p0 = asInt(v)!;
  const p = typeof p0 === 'boolean' ? (p0 ? 1 : 0) : p0;
  if (typeof p === 'bigint' || p > INT_MAX || p < -INT_MAX - 1) raise(OverflowError, 'Python int too large to convert to C int');
  return p < 0 ? 0 : p;
}

/** PyFloat_AsDouble: float, __float__, then __index__. */
function asDouble(v: PyValue): number {
  if (v instanceof PyFloat || v instanceof PyFloatSub) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const f = callSpecial(v, '__float__', []);
  if (f !== undefined) {
    if (f instanceof PyFloat) return f.value;
    if (f instanceof PyFloatSub) return f.value;
    typeError(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(f).tpName})`);
  }
  if (typeOf(v).lookup('__index__') !== undefined) return intToFloat(index(v));
  typeError(`must be real number, not ${typeOf(v).tpName}`);
}

/** PyNumber_Check: something int(), float() or complex could take as a number. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyFloat || v instanceof PyComplexObj) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyException && e.exc.cls.isSubtype(TypeErrorT);
}

/** %d %i %u %o %x %X of a number: sign, optional 0x/0o prefix, digits zero-padded to prec (_PyUnicode_FormatLong). */
function formatLongPercent(v: PyValue, t: string, flags: number, prec: number): string {
  if (typeof v === 'number' && prec < 0 && (t === 'd' || t === 'i' || t === 'u')) return String(v);
  let iv: number | bigint;
  const wrong = (): never => typeError(`%${t} format: ${t === 'o' || t === 'x' || t === 'X' ? 'an integer is required' : 'a real number is required'}, not ${typeOf(v).tpName}`);
  if (!isNumber(v)) wrong();
  const direct = asInt(v);
  if (direct !== undefined) iv = typeof direct === 'boolean' ? (direct ? 1 : 0) : direct;
  else {
    try {
      iv = t === 'o' || t === 'x' || t === 'X' ? index(v) : intFromValue(v);
    } catch (e) {
      if (isTypeError(e)) wrong();
      throw e;
    }
  }
  const neg = iv < 0;
  const a = neg ? -iv : iv;
  let digits = t === 'o' ? a.toString(8) : t === 'x' || t === 'X' ? a.toString(16) : decimalText(a);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + ((flags & F_ALT) !== 0 && t !== 'd' && t !== 'i' && t !== 'u' ? (t === 'o' ? '0o' : '0x') : '') + digits;
  if (t === 'X') s = s.toUpperCase();
  return s;
}

function formatCharPercent(v: PyValue): string {
  if (isStrValue(v)) {
    // A PySurrogateStr holds two code points at least.
    if (v instanceof PySurrogateStr) typeError('%c requires int or char');
    const s = typeof v === 'string' ? v : str(v);
    if (strLen(s) !== 1) typeError('%c requires int or char');
    return s;
  }
  let x: number | bigint;
  try {
    x = index(v);
  } catch (e) {
    if (isTypeError(e)) typeError('%c requires int or char');
    throw e;
  }
  if (x < 0 || x > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

/** fmt % argv as a JS string (bytes' % formats numbers with it: never a seam). */
export function percentFormat(fmt: string, argv: PyValue): string {
  const r = percentFormatValue(fmt, argv);
  return typeof r === 'string' ? r : lossyString(r as PySurrogateStr);
}

/** fmt % argv: a PySurrogateStr when pieces meet in a seam (a lone high surrogate before a lone low one). */
export function percentFormatValue(fmt: string, argv: PyValue): PyValue {
  let args: PyValue = argv;
  let arglen: number;
  let argidx: number;
  if (argv instanceof PyTuple) {
    arglen = argv.items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = !(argv instanceof PyTuple) && !isStrValue(argv) && typeOf(argv).lookup('__getitem__') !== undefined ? argv : null;
  const nextArg = (): PyValue => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? args : (args as PyTuple).items[i];
    }
    typeError('not enough arguments for format string');
  };
  const n = fmt.length;
  let out = '';
  // Made at the first seam or PySurrogateStr piece (rare): the output then goes on as code points.
  let sb: StrBuilder | null = null;
  let pos = 0;
  while (pos < n) {
    const j = fmt.indexOf('%', pos);
    if (j < 0) {
      const lit = fmt.slice(pos);
      if (sb === null && !meetsInSeam(out, lit)) out += lit;
      else (sb ??= new StrBuilder(out)).add(lit);
      break;
    }
    if (j > pos) {
      const lit = fmt.slice(pos, j);
      if (sb === null && !meetsInSeam(out, lit)) out += lit;
      else (sb ??= new StrBuilder(out)).add(lit);
    }
    pos = j + 1;
    if (pos < n && fmt[pos] === '%') {
      if (sb === null) out += '%';
      else sb.add('%');
      pos++;
      continue;
    }
    // unicode_format_arg_parse
    let c = pos < n ? fmt[pos] : '';
    if (c === '(') {
      if (dict === null) typeError('format requires a mapping');
      pos++;
      let depth = 1;
      const keyStart = pos;
      while (depth > 0 && pos < n) {
        const ch = fmt[pos++];
        if (ch === ')') depth--;
        else if (ch === '(') depth++;
      }
      if (depth > 0) valueError('incomplete format key');
      args = getItem(dict, fmt.slice(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    let more = pos < n;
    c = more ? fmt[pos++] : '';
    while (more) {
      const f = c === '-' ? F_LJUST : c === '+' ? F_SIGN : c === ' ' ? F_BLANK : c === '#' ? F_ALT : c === '0' ? F_ZERO : 0;
      if (f === 0) break;
      flags |= f;
      more = pos < n;
      c = more ? fmt[pos++] : '';
    }
    if (more && c === '*') {
      width = starWidth(nextArg());
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      more = pos < n;
      c = more ? fmt[pos++] : '';
    } else if (more && c >= '0' && c <= '9') {
      width = c.charCodeAt(0) - 48;
      for (;;) {
        more = pos < n;
        if (!more) break;
        c = fmt[pos++];
        if (c < '0' || c > '9') break;
        width = width * 10 + (c.charCodeAt(0) - 48);
        if (width > 9223372036854775807) valueError('width too big');
      }
    }
    if (more && c === '.') {
      prec = 0;
      more = pos < n;
      c = more ? fmt[pos++] : '';
      if (more && c === '*') {
        prec = starPrecision(nextArg());
        more = pos < n;
        c = more ? fmt[pos++] : '';
      } else if (more && c >= '0' && c <= '9') {
        prec = c.charCodeAt(0) - 48;
        for (;;) {
          more = pos < n;
          if (!more) break;
          c = fmt[pos++];
          if (c < '0' || c > '9') break;
          prec = prec * 10 + (c.charCodeAt(0) - 48);
          if (prec > INT_MAX) valueError('precision too big');
        }
      }
    }
    if (more && (c === 'h' || c === 'l' || c === 'L')) {
      more = pos < n;
      c = more ? fmt[pos++] : '';
    }
    if (!more) valueError('incomplete format');
    // The conversion character may be astral.
    if (c >= '\uD800' && c <= '\uDBFF' && pos < n && fmt[pos] >= '\uDC00' && fmt[pos] <= '\uDFFF') c += fmt[pos++];
    // unicode_format_arg_format
    const v = nextArg();
    let s: string;
    let sign = false;
    switch (c) {
      case 's': {
        const sv = typeof v === 'string' ? v : strValue(v);
        if (typeof sv !== 'string') {
          (sb ??= new StrBuilder(out)).addValue(percentSurrogate(sv as PySurrogateStr, flags, width, prec) as string | PySurrogateStr);
          continue;
        }
        s = sv;
        break;
      }
      case 'r': {
        const rv = reprValue(v);
        if (typeof rv !== 'string') {
          (sb ??= new StrBuilder(out)).addValue(percentSurrogate(rv as PySurrogateStr, flags, width, prec) as string | PySurrogateStr);
          continue;
        }
        s = rv;
        break;
      }
      case 'a': s = asciiValue(v); break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        s = formatLongPercent(v, c, flags, prec);
        sign = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        s = doubleToString(asDouble(v), c, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false, false);
        sign = true;
        break;
      case 'c': s = formatCharPercent(v); break;
      default: {
        const cp = c.codePointAt(0)!;
        valueError(`unsupported format character '${cp >= 31 && cp <= 126 ? c : '?'}' (0x${cp.toString(16)}) at index ${strLen(fmt.slice(0, pos - c.length))}`);
      }
    }
    const piece = percentOutput(s, c, flags, width, prec, sign);
    if (sb === null && !meetsInSeam(out, piece)) out += piece;
    else (sb ??= new StrBuilder(out)).add(piece);
  }
  if (argidx < arglen && dict === null) typeError('not all arguments converted during string formatting');
  return sb === null ? out : sb.result();
}

/** %s of a PySurrogateStr (an object's __str__ gave one): precision and padding on its code points. */
function percentSurrogate(v: PySurrogateStr, flags: number, width: number, prec: number): PyValue {
  let cps = v.cps;
  if (prec >= 0 && cps.length > prec) cps = cps.slice(0, prec);
  const body = cps === v.cps ? v : fromCodePoints(cps);
  if (width <= cps.length) return body;
  if (width > MAX_WIDTH) raise(MemoryError);
  const fill = ' '.repeat(width - cps.length);
  return (flags & F_LJUST) !== 0 ? concatValues(body as string | PySurrogateStr, fill) : concatValues(fill, body as string | PySurrogateStr);
}

/** unicode_format_arg_output: precision truncation, sign, 0x prefix and padding. */
function percentOutput(s: string, ch: string, flags: number, width: number, prec: number, sign: boolean): string {
  if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) return s;
  let len = strLen(s);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) return s;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) {
    s = len === s.length ? s.slice(0, prec) : Array.from(s).slice(0, prec).join('');
    len = prec;
  }
  const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let signChar = '';
  let p = 0;
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      signChar = c0;
      len--;
      p++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  if (width > MAX_WIDTH) raise(MemoryError);
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const prefixed = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (prefixed) {
    if (fill !== ' ') out += s.slice(p, p + 2);
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (prefixed) out += s.slice(p, p + 2);
  }
  out += s.slice(prefixed ? p + 2 : p);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
