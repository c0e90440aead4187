// str (Objects/unicodeobject.c): JS strings with code-point semantics. Strings without surrogates
// (the common case) index by UTF-16 unit directly; the others convert code-point positions.
// Argument checking reproduces each method's CPython calling convention and messages.
import { ssizeArg } from '../modules/args.js';
import { mkIterType, defineIterProtocol, iterReduce, longAsSsize, stateIter, stateOf, methOArg, type StateIter } from './iterobject.js';
import {
  PyValue, PyList, PyTuple, PyDict, PySlice, PyBuiltin, PyType, PyInstance, PyBytesObj, PyNativeIter, strType,
  NotImplemented, None, defineMethods, typeOf, TF_HEAPTYPE, staticBuiltin, strIterType, dictType, type NativeMethod, PyMethodDescr,
  PyFloat, floatType, PySingleton, listType, objectType,
} from './object.js';
import { typeError, valueError, indexError, raise, OverflowError, MemoryError, LookupError, TypeError as TypeErrorT, PyException } from './exceptions.js';
import { repr, str, hash, index, indexInt, strLen, getIter, iterNext, getItem, callBound } from './abstract.js';
import { formatStr, strFormat, strFormatMap, percentFormatValue } from './format.js';
import { sliceIndices } from './slice.js';
import { splitList } from './list_alloc.js';
import { strRepr } from '../parser/constants.js';
import { encodeText, decodeText, encodeMethod, strFromEncoded } from '../modules/_codecs.js';
import {
  PySurrogateStr, SurrogateMapping, concatValues, concatPieces, compareCodePoints, fromCodePoints, pushCodePoints, repeatMakesSeam, lossyString,
  repeatSeam, surrogateHash, surrogateRepr, toCodePoints,
} from './surrogatestr.js';
import {
  strLower, strUpper, strTitle, strCapitalize, strSwapcase, strCasefold, isAlpha, isDecimal, isDigit, isNumeric, isAlnum,
  isSpace as isSpaceStr, isPrintable, isIdentifier, isUpper, isLower, isTitle, isAsciiStr,
} from '../unicode/strcase.js';

const SURR = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURR.test(s);
}

/**
 * Instance of a user subclass of str. One whose text holds a high surrogate before a low one keeps it as
 * `sur`; `value` is then the lossy JS string (the pair merged), which code that knows no better reads.
 */
export class PyStrSub extends PyInstance {
  declare sur: PySurrogateStr | null;
  constructor(cls: PyType, public readonly value: string, sur: PySurrogateStr | null = null) {
    super(cls);
    this.sur = sur;
    if (cls.flags & TF_HEAPTYPE) this.dict = cls.newInstanceDict();
  }
}

export function asStr(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return undefined;
}

function S(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) typeError(`descriptor requires a 'str' object but received a '${typeOf(v).tpName}'`);
  return s;
}

/** An argument that must be str ("must be str, not int" style messages). */
function mustStr(v: PyValue, prefix = ''): string {
  const s = asStr(v);
  // Argument Clinic's converters (those with a prefix here) name None as "None".
  if (s === undefined) typeError(`${prefix}must be str, not ${prefix !== '' && v === None ? 'None' : typeOf(v).name}`);
  return s;
}

// ---------------------------------------------------------------------------
// Calling conventions (messages as CPython's argument parsers print them)

/** METH_NOARGS. */
function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`str.${name}() takes no keyword arguments`);
  if (args.length > 0) typeError(`str.${name}() takes no arguments (${args.length} given)`);
}

/** METH_O. */
function oneArg(name: string, args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError(`str.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`str.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic, positional-only (_PyArg_CheckPositional). */
function positional(name: string, args: PyValue[], kw: string[] | null, min: number, max: number, owner = 'str.'): void {
  if (kw !== null && kw.length > 0) typeError(`${owner}${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** METH_VARARGS parsed by PyArg_ParseTuple ("O|OO:find"). */
function varArgs(name: string, args: PyValue[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) typeError(`str.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}


/** int arguments (_PyLong_AsInt). */
export function cint(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** _PyEval_SliceIndex: None keeps the default; huge values clamp. */
function sliceIdx(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'bigint' && typeOf(v).lookup('__index__') === undefined) typeError('slice indices must be integers or None or have an __index__ method');
  const n = index(v);
  return typeof n === 'bigint' ? (n < 0n ? -Number.MAX_VALUE : Number.MAX_VALUE) : n;
}

// ---------------------------------------------------------------------------
// Code points

/** UTF-16 offset of code point i (0 <= i <= length in code points). */
function unitOffset(s: string, i: number): number {
  let u = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

interface Range {
  s: string; // the text
  n: number; // its length in code points
  a: number; // start (code points), adjusted
  b: number; // end (code points), adjusted
  wide: boolean; // has surrogates: positions need converting
}

/** ADJUST_INDICES of unicodeobject.c. */
function range(s: string, start: PyValue | undefined, end: PyValue | undefined): Range {
  const wide = hasSurrogates(s);
  const n = wide ? strLen(s) : s.length;
  let a = sliceIdx(start, 0);
  let b = sliceIdx(end, Number.MAX_VALUE);
  if (b > n) b = n;
  else if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += n;
    if (a < 0) a = 0;
  }
  return { s, n, a, b, wide };
}

/** The text of a range as a UTF-16 slice, with the unit offset of its start. */
function rangeText(r: Range): [string, number] {
  if (!r.wide) return [r.s.slice(r.a, r.b), r.a];
  const ua = unitOffset(r.s, r.a);
  const ub = ua + unitOffset(r.s.slice(ua), r.b - r.a);
  return [r.s.slice(ua, ub), ua];
}

function toCp(r: Range, unit: number): number {
  return r.wide ? strLen(r.s.slice(0, unit)) : unit;
}

function findIn(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined, reverse: boolean): number {
  const r = range(s, start, end);
  const subLen = sub.length === 0 ? 0 : hasSurrogates(sub) ? strLen(sub) : sub.length;
  if (r.b - r.a < subLen) return -1;
  if (subLen === 0) return reverse ? r.b : r.a;
  const [text, off] = rangeText(r);
  const i = reverse ? text.lastIndexOf(sub) : text.indexOf(sub);
  return i < 0 ? -1 : toCp(r, off + i);
}

function countIn(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined): number {
  const r = range(s, start, end);
  const subLen = hasSurrogates(sub) ? strLen(sub) : sub.length;
  if (r.b - r.a < subLen) return 0;
  if (subLen === 0) return r.b - r.a + 1;
  const [text] = rangeText(r);
  let count = 0;
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) count++;
  return count;
}

/** tailmatch: does sub match at the start (or end) of s[start:end]? */
function tailMatch(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined, atEnd: boolean): boolean {
  const r = range(s, start, end);
  const subLen = hasSurrogates(sub) ? strLen(sub) : sub.length;
  if (r.b - subLen < r.a) return false;
  if (subLen === 0) return true;
  const [text] = rangeText(r);
  return atEnd ? text.endsWith(sub) : text.startsWith(sub);
}

function startsEnds(name: string, self: PyValue, args: PyValue[], kw: string[] | null, atEnd: boolean): boolean {
  varArgs(name, args, kw, 1, 3);
  const s = S(self);
  const start = args.length > 1 ? args[1] : undefined;
  const end = args.length > 2 ? args[2] : undefined;
  sliceIdx(start, 0);
  sliceIdx(end, 0);
  const p = args[0];
  if (p instanceof PyTuple) {
    for (const x of p.items) {
      const xs = asStr(x);
      if (xs === undefined) typeError(`tuple for ${name} must only contain str, not ${typeOf(x).tpName}`);
      if (tailMatch(s, xs, start, end, atEnd)) return true;
    }
    return false;
  }
  const ps = asStr(p);
  if (ps === undefined) typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(p).tpName}`);
  return tailMatch(s, ps, start, end, atEnd);
}

/** find/rfind/index/rindex/count: "O|OO" arguments, slice indices converted before the substring check. */
function searchArgs(name: string, args: PyValue[], kw: string[] | null): [string, PyValue | undefined, PyValue | undefined] {
  varArgs(name, args, kw, 1, 3);
  const start = args.length > 1 ? args[1] : undefined;
  const end = args.length > 2 ? args[2] : undefined;
  sliceIdx(start, 0);
  sliceIdx(end, 0);
  return [mustStr(args[0]), start, end];
}

// ---------------------------------------------------------------------------
// Item access

export function strGetItem(s: string, k: PyValue): PyValue {
  if (typeof k === 'number') {
    if (!hasSurrogates(s)) {
      const i = k < 0 ? k + s.length : k;
      if (i < 0 || i >= s.length) indexError('string index out of range');
      return s[i];
    }
    const cps = Array.from(s);
    const i = k < 0 ? k + cps.length : k;
    if (i < 0 || i >= cps.length) indexError('string index out of range');
    return cps[i];
  }
  if (k instanceof PySlice) {
    const cps = hasSurrogates(s) ? Array.from(s) : null;
    const len = cps === null ? s.length : cps.length;
    const [start, , step, n] = sliceIndices(k, len);
    if (step === 1) return cps === null ? s.slice(start, start + n) : cps.slice(start, start + n).join('');
    if (cps !== null) {
      // Stepping may bring a lone high surrogate before a lone low one: built from code points.
      const out: number[] = new Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = cps[j].codePointAt(0)!;
      return fromCodePoints(out);
    }
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
    return out;
  }
  if (typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== undefined) {
    return strGetItem(s, indexInt(k, 'string'));
  }
  typeError(`string indices must be integers, not '${typeOf(k).tpName}'`);
}

// ---------------------------------------------------------------------------
// Whitespace, splitting, stripping

/** Py_UNICODE_ISSPACE of one UTF-16 unit (every space is in the BMP). */
function isSpace(c: string): boolean {
  const x = c.charCodeAt(0);
  if (x <= 0x20) return x === 0x20 || (x >= 9 && x <= 13) || (x >= 0x1c && x <= 0x1f);
  if (x < 0x85) return false;
  return x === 0x85 || x === 0xa0 || x === 0x1680 || (x >= 0x2000 && x <= 0x200a) || x === 0x2028 || x === 0x2029 || x === 0x202f || x === 0x205f || x === 0x3000;
}

function stripChars(name: string, self: PyValue, args: PyValue[], kw: string[] | null, left: boolean, right: boolean): string {
  positional(name, args, kw, 0, 1);
  const s = S(self);
  const chars = args.length > 0 ? args[0] : None;
  let a = 0;
  let b = s.length;
  if (chars === None) {
    while (left && a < b && isSpace(s[a])) a++;
    while (right && b > a && isSpace(s[b - 1])) b--;
    return s.slice(a, b);
  }
  const cs = asStr(chars);
  if (cs === undefined) typeError(`${name} arg must be None or str`);
  if (!hasSurrogates(s) && !hasSurrogates(cs)) {
    while (left && a < b && cs.includes(s[a])) a++;
    while (right && b > a && cs.includes(s[b - 1])) b--;
    return s.slice(a, b);
  }
  const set = new Set(Array.from(cs));
  const cps = Array.from(s);
  let i = 0;
  let j = cps.length;
  while (left && i < j && set.has(cps[i])) i++;
  while (right && j > i && set.has(cps[j - 1])) j--;
  return cps.slice(i, j).join('');
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitMethod(name: string, self: PyValue, args: PyValue[], kw: string[] | null, reverse: boolean): PyList {
  const [sep, maxs] = parseArgs(name, ['sep', 'maxsplit'], args, kw);
  const s = S(self);
  let m = maxs === undefined ? -1 : ssizeArg(maxs);
  if (m < 0) m = -1;
  return splitList(splitParts(s, sep, m, reverse), m);
}

function splitParts(s: string, sep: PyValue | undefined, m: number, reverse: boolean): PyValue[] {
  if (sep === undefined || sep === None) return reverse ? rsplitWs(s, m) : splitWs(s, m);
  const p = asStr(sep);
  if (p === undefined) typeError(`must be str or None, not ${typeOf(sep).tpName}`);
  if (p === '') valueError('empty separator');
  if (reverse) {
    // From the right: overlapping separators split differently than with split().
    const out: string[] = [];
    let end = s.length;
    while (m < 0 || out.length < m) {
      const i = end - p.length < 0 ? -1 : s.lastIndexOf(p, end - p.length);
      if (i < 0) break;
      out.push(s.slice(i + p.length, end));
      end = i;
    }
    out.push(s.slice(0, end));
    return out.reverse();
  }
  const parts = s.split(p);
  if (m >= 0 && parts.length > m + 1) return [...parts.slice(0, m), parts.slice(m).join(p)];
  return parts;
}

/**
 * Code point order: JS compares UTF-16 units, which puts astral characters below U+E000..U+FFFF. At the
 * first differing unit, a surrogate unit is compared by the code point it belongs to (a lone surrogate is a
 * code point of its own, below U+E000).
 */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // After an equal high unit, one side may continue an astral character and the other not (the high
      // unit then is a lone surrogate code point): those code points decide.
      if (i > 0 && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800) {
        const pa = codePointAround(a, i - 1);
        const pb = codePointAround(b, i - 1);
        if (pa !== pb) return pa - pb;
      }
      if (x < 0xd800 || y < 0xd800 || (x >= 0xe000 && y >= 0xe000)) return x - y;
      return codePointAround(a, i) - codePointAround(b, i);
    }
  }
  return a.length - b.length;
}

/** The code point whose UTF-16 encoding holds unit i (an unpaired surrogate is its own code point). */
function codePointAround(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c & 0xfc00) === 0xd800) {
    const d = s.charCodeAt(i + 1);
    return (d & 0xfc00) === 0xdc00 ? 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) : c;
  }
  if ((c & 0xfc00) === 0xdc00 && i > 0) {
    const h = s.charCodeAt(i - 1);
    if ((h & 0xfc00) === 0xd800) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/** Python 3's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function splitlines(s: string, keep: boolean): PyList {
  const out: PyValue[] = [];
  let i = 0;
  let start = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029) {
      let e = i + 1;
      if (c === 13 && s.charCodeAt(i + 1) === 10) e++;
      out.push(s.slice(start, keep ? e : i));
      start = i = e;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return new PyList(out);
}

// ---------------------------------------------------------------------------
// Other helpers

/**
 * Argument Clinic's parsing of keyword-or-positional parameters (3.11's _PyArg_UnpackKeywords, also
 * PyArg_ParseTupleAndKeywords'): `names` in order, the first `maxPos` may be positional, the first `required` are
 * required. Returns one slot per name (undefined = not given). Checked in CPython's order: the count of all
 * arguments ("keyword" when none is positional), the positional ones, a required one missing, one given by name
 * and position, an unknown keyword. Used by other modules (as clinicArgs).
 */
export function parseArgs(fname: string, names: string[], args: PyValue[], kw: string[] | null, required = 0,
  maxPos = names.length): (PyValue | undefined)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  // Built by push: packed, and cheaper for a few slots than new Array(n).fill().
  const out: (PyValue | undefined)[] = [];
  for (let i = 0; i < names.length; i++) out.push(undefined);
  const n = names.length;
  if (args.length > n) typeError(`${fname}() takes at most ${n} ${npos === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${args.length} given)`);
  if (npos > maxPos) typeError(`${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let unknown: string | undefined;
  let twice: number | undefined;
  for (let k = 0; k < nkw; k++) {
    const j = names.indexOf(kw![k]);
    if (j < 0) unknown ??= kw![k];
    else if (j < npos) twice = Math.min(twice ?? j, j);
    else out[j] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (twice !== undefined) typeError(`argument for ${fname}() given by name ('${names[twice]}') and position (${twice + 1})`);
  if (unknown !== undefined) typeError(`'${unknown}' is an invalid keyword argument for ${fname}()`);
  return out;
}

function fillChar(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${typeOf(v).tpName}`);
  if (strLen(s) !== 1) typeError('The fill character must be exactly one character long');
  return s;
}

/** fill + s + fill: a lone surrogate fill character may meet a lone surrogate at an end of s. */
function padded(left: string, s: string, right: string, fill: string): PyValue {
  if ((fill.charCodeAt(0) & 0xf800) === 0xd800) return concatPieces([left, s, right]);
  return left + s + right;
}

function justify(name: string, self: PyValue, args: PyValue[], kw: string[] | null): [string, number, number, string] {
  positional(name, args, kw, 1, 2);
  const s = S(self);
  const w = ssizeArg(args[0]);
  const fill = args.length > 1 ? fillChar(args[1]) : ' ';
  return [s, strLen(s), w, fill];
}

/** str * n (sq_repeat): something that is not an integer raises index()'s TypeError (binaryOp1 checks n first). */
function strMul(s: string, n: PyValue): PyValue {
  let k = index(n);
  if (typeof k === 'bigint') {
    // past 2**53 but a Py_ssize_t still: an empty result, or one too large to allocate
    if (k > 9223372036854775807n || k < -9223372036854775808n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    k = Number(k);
  }
  if (k <= 0 || s.length === 0) return '';
  if (s.length * k > 9223372036854775807) raise(OverflowError, 'repeated string is too long');
  if (s.length * k > 0x1fffffe8) raise(MemoryError);
  if (k > 1 && repeatMakesSeam(s)) return repeatSeam(s, k);
  return s.repeat(k);
}

/** sep.join(items); a seam between two pieces (one charCodeAt per piece) makes the result a PySurrogateStr. */
export function strJoin(sep: string | PySurrogateStr, items: PyValue): PyValue {
  let arr: PyValue[];
  if (items instanceof PyList || items instanceof PyTuple) arr = items.items;
  else {
    let it: PyValue;
    try {
      it = getIter(items);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(TypeErrorT)) typeError('can only join an iterable');
      throw e;
    }
    arr = [];
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) arr.push(v);
  }
  // One exact str: the item itself, as CPython returns it (''.join of a one-piece tuple: json.dumps).
  if (arr.length === 1 && typeof arr[0] === 'string') return arr[0];
  if (typeof sep !== 'string') return joinCodePoints(sep, arr);
  const sepLow = (sep.charCodeAt(0) & 0xfc00) === 0xdc00;
  const sepHigh = (sep.charCodeAt(sep.length - 1) & 0xfc00) === 0xd800;
  if (!sepLow && !sepHigh) {
    // Only plain strs, none with a lone surrogate at an end (where two pieces could pair up): V8's
    // Array.prototype.join, twice as fast as appending for a million pieces; appending for a few (join's set-up
    // costs ~100 ns: ','.join(['a', 'b', 'c']) 124 -> 52 ns).
    let plain = true;
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (typeof v !== 'string' || (v.charCodeAt(0) & 0xfc00) === 0xdc00 || (v.charCodeAt(v.length - 1) & 0xfc00) === 0xd800) {
        plain = false;
        break;
      }
    }
    if (plain) {
      if (arr.length > 16) return (arr as string[]).join(sep);
      let out = arr.length === 0 ? '' : (arr[0] as string);
      for (let i = 1; i < arr.length; i++) {
        out += sep;
        out += arr[i] as string;
      }
      return out;
    }
  }
  let out = '';
  let prev = ''; // the last non-empty piece appended
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    let x: string;
    if (typeof v === 'string') x = v;
    else if (v instanceof PyStrSub && v.sur === null) x = v.value;
    else if (v instanceof PySurrogateStr || v instanceof PyStrSub) return joinCodePoints(sep, arr);
    else typeError(`sequence item ${i}: expected str instance, ${typeOf(v).tpName} found`);
    if (i > 0 && sep.length > 0) {
      if (sepLow && endsHigh(prev)) return joinCodePoints(sep, arr);
      out += sep;
      prev = sep;
      if ((x.charCodeAt(0) & 0xfc00) === 0xdc00 && sepHigh) return joinCodePoints(sep, arr);
    } else if ((x.charCodeAt(0) & 0xfc00) === 0xdc00 && endsHigh(prev)) return joinCodePoints(sep, arr);
    out += x;
    if (x.length > 0) prev = x;
  }
  return out;
}

function endsHigh(s: string): boolean {
  return s.length > 0 && (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800;
}

function joinCodePoints(sep: string | PySurrogateStr, arr: PyValue[]): PyValue {
  const sepCps = toCodePoints(sep);
  const cps: number[] = [];
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (i > 0) for (const c of sepCps) cps.push(c);
    if (typeof v === 'string') pushCodePoints(cps, v);
    else if (v instanceof PyStrSub && v.sur === null) pushCodePoints(cps, v.value);
    else if (v instanceof PySurrogateStr || v instanceof PyStrSub) for (const c of (v instanceof PyStrSub ? v.sur! : v).cps) cps.push(c);
    else typeError(`sequence item ${i}: expected str instance, ${typeOf(v).tpName} found`);
  }
  return fromCodePoints(cps);
}

function replace(s: string, old: string, nw: string, count: number): PyValue {
  if (old === '') {
    // nw goes between every two code points: a lone surrogate at an end of nw may meet one of s.
    if ((nw.charCodeAt(0) & 0xf800) === 0xd800 || (nw.charCodeAt(nw.length - 1) & 0xf800) === 0xd800) {
      const cps = Array.from(s);
      const pieces: string[] = [];
      for (let i = 0; i <= cps.length; i++) {
        if (count < 0 || i < count) pieces.push(nw);
        if (i < cps.length) pieces.push(cps[i]);
      }
      return concatPieces(pieces);
    }
    if (count < 0) return s.length === 0 ? nw : nw + Array.from(s).join(nw) + nw;
    const cps = Array.from(s);
    let res = '';
    let k = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (k < count) {
        res += nw;
        k++;
      }
      if (i < cps.length) res += cps[i];
    }
    return res;
  }
  // Every seam the replacement can make has nw on one side (a low unit starting it, a high one ending it),
  // unless nw is empty and the parts around a deleted occurrence meet.
  const plain = nw.length > 0 && (nw.charCodeAt(0) & 0xfc00) !== 0xdc00 && (nw.charCodeAt(nw.length - 1) & 0xfc00) !== 0xd800;
  if (count < 0) {
    const parts = s.split(old);
    if (plain) return parts.join(nw);
    let low = false;
    for (let i = 1; i < parts.length && !low; i++) low = (parts[i].charCodeAt(0) & 0xfc00) === 0xdc00;
    if (!low && (nw.length === 0 || parts.length === 1)) return parts.join(nw);
    const pieces: string[] = [parts[0]];
    for (let i = 1; i < parts.length; i++) pieces.push(nw, parts[i]);
    return concatPieces(pieces);
  }
  if (plain) {
    let res = '';
    let from = 0;
    for (let k = 0; k < count; k++) {
      const i = s.indexOf(old, from);
      if (i < 0) break;
      res += s.slice(from, i) + nw;
      from = i + old.length;
    }
    return res + s.slice(from);
  }
  const pieces: string[] = [];
  let from = 0;
  for (let k = 0; k < count; k++) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    pieces.push(s.slice(from, i), nw);
    from = i + old.length;
  }
  if (pieces.length === 0) return s;
  pieces.push(s.slice(from));
  return concatPieces(pieces);
}

function expandTabs(s: string, ts: number): PyValue {
  // A tab size of 0 or less deletes the tabs: what was on either side meets (maybe in a seam).
  if (ts <= 0) return concatPieces(s.split('\t'));
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (ts > 0) {
        const n = ts - (col % ts);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col++;
      if (c === '\n' || c === '\r') col = 0;
    }
  }
  return out;
}

/** str.translate: built as code points, since a mapped character may meet its neighbour in a seam. */
function translate(s: string | PySurrogateStr, table: PyValue): PyValue {
  const src = toCodePoints(s);
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    let v: PyValue;
    try {
      v = getItem(table, c);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(LookupError)) {
        out.push(c);
        continue;
      }
      throw e;
    }
    if (v === None) continue;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
      out.push(Number(n));
    } else if (v instanceof PySurrogateStr || (v instanceof PyStrSub && v.sur !== null)) {
      for (const x of (v instanceof PyStrSub ? v.sur! : v).cps) out.push(x);
    } else {
      const t = asStr(v);
      if (t === undefined) typeError('character mapping must return integer, None or str');
      pushCodePoints(out, t);
    }
  }
  return fromCodePoints(out);
}

/** A maketrans str argument as code points (any str: a PySurrogateStr too). */
function maketransCps(v: PyValue, n: number): number[] {
  const t = strOrSurrogate(v);
  if (t === undefined) mustStr(v, `maketrans() argument ${n} `);
  return toCodePoints(t!);
}

function maketrans(args: PyValue[], kw: string[] | null): PyDict {
  positional('maketrans', args, kw, 1, 3);
  const y = args.length > 1 ? maketransCps(args[1], 2) : undefined;
  const z = args.length > 2 ? maketransCps(args[2], 3) : undefined;
  const x = args[0];
  const d = new PyDict();
  if (y !== undefined) {
    const xs = strOrSurrogate(x);
    if (xs === undefined) typeError('first maketrans argument must be a string if there is a second argument');
    const a = toCodePoints(xs);
    if (a.length !== y.length) valueError('the first two maketrans arguments must have equal length');
    for (let i = 0; i < a.length; i++) d.set(a[i], y[i]);
    if (z !== undefined) for (const c of z) d.set(c, None);
    return d;
  }
  if (!(x instanceof PyDict) || x.cls !== dictType) typeError('if you give only one argument to maketrans it must be a dict');
  for (const e of x.t.map.values()) {
    const k = e.key as PyValue;
    // A PySurrogateStr key holds two code points at least.
    if (k instanceof PySurrogateStr) valueError('string keys in translate table must be of length 1');
    const ks = asStr(k);
    if (ks !== undefined) {
      if (strLen(ks) !== 1) valueError('string keys in translate table must be of length 1');
      d.set(ks.codePointAt(0)!, e.value);
    } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') d.set(k, e.value);
    else typeError('keys in translate table must be strings or integers');
  }
  return d;
}

/** The codecs live in modules/_codecs.ts. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  return encodeText(s, encoding, errors);
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  return decodeText(b, encoding, errors);
}

function strNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`str.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (!cls.isSubtype(strType)) typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  const [o, enc, err] = parseArgs('str', ['object', 'encoding', 'errors'], args.slice(1), kw);
  let v: PyValue = '';
  if (o === undefined) {
    if (enc !== undefined || err !== undefined) strFromEncoded(new PyBytesObj(new Uint8Array(0)), enc, err);
  } else if (enc === undefined && err === undefined) v = strValue(o, true);
  else v = strFromEncoded(o, enc, err);
  if (cls === strType) return v; // str(x) is what __str__ returned, a str subclass's instance included
  if (v instanceof PyStrSub) v = v.sur ?? v.value;
  return typeof v === 'string' ? new PyStrSub(cls, v) : new PyStrSub(cls, lossyString(v as PySurrogateStr), v as PySurrogateStr);
}

/**
 * str(v) as a value: a PySurrogateStr stays one, also when a __str__ method returns one (abstract.ts's str()
 * answers JS strings only, and calls __str__ the same way). A str subclass's instance that __str__ returns is
 * its text, or itself with `keepSub` (PyObject_Str returns it as it is: str() and repr() do).
 */
export function strValue(v: PyValue, keepSub = false): PyValue {
  if (typeof v !== 'object' || (v instanceof PyFloat && v.cls === floatType)) return str(v);
  if (v instanceof PySurrogateStr) return v;
  const f = v.cls.lookup('__str__');
  if (f === undefined) return str(v);
  // object.__str__ is repr(self), which may be a PySurrogateStr.
  if (f === objectType.tdict.get('__str__')) return reprValue(v, keepSub);
  return textResult(callBound(f, v, []), '__str__', keepSub);
}

/** repr(v) as a value: a __repr__ method may return a PySurrogateStr (abstract.ts's repr() answers JS strings only). */
export function reprValue(v: PyValue, keepSub = false): PyValue {
  if (typeof v !== 'object' || v instanceof PySingleton || (v instanceof PyFloat && v.cls === floatType)) return repr(v);
  const f = v.cls.lookup('__repr__');
  if (f === undefined) return repr(v);
  return textResult(callBound(f, v, []), '__repr__', keepSub);
}

/** What __str__/__repr__ returned, checked: str (a JS string or a PySurrogateStr), or a str subclass's instance. */
function textResult(r: PyValue, method: string, keepSub: boolean): PyValue {
  if (typeof r === 'string' || r instanceof PySurrogateStr) return r;
  if (r instanceof PyStrSub) return keepSub ? r : r.sur ?? r.value;
  typeError(`${method} returned non-string (type ${typeOf(r).tpName})`);
}

/** ascii() (PyObject_ASCII): repr(v) itself when it is all ASCII (a str subclass's instance too), else escaped. */
export function asciiObject(v: PyValue): PyValue {
  const r = reprValue(v, true);
  if (r instanceof PyStrSub && r.sur === null && !/[^\x00-\x7f]/.test(r.value)) return r;
  return asciiEscape(r instanceof PyStrSub ? r.sur ?? r.value : r);
}

/** ascii(v): repr(v) (reprValue: a PySurrogateStr too) with every non-ASCII code point escaped. */
export function asciiValue(v: PyValue): string {
  return asciiEscape(reprValue(v));
}

/** Every non-ASCII code point of a repr escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
function asciiEscape(r: PyValue): string {
  const cps = typeof r === 'string' ? null : (r as PySurrogateStr).cps;
  const text = typeof r === 'string' ? r : '';
  let out = '';
  const n = cps === null ? text.length : cps.length;
  for (let i = 0; i < n; i++) {
    const c = cps === null ? text.codePointAt(i)! : cps[i];
    if (cps === null && c > 0xffff) i++;
    if (c < 128) out += String.fromCharCode(c);
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

const STR_DOC = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";

type Pred = (s: string) => boolean;
function predicate(name: string, f: Pred) {
  return (self: PyValue, args: PyValue[], kw: string[] | null): PyValue => {
    if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates(name, self, args, kw, 0); if (r !== undefined) return r; }
    noArgs(name, args, kw);
    return f(S(self));
  };
}
function conversion(name: string, f: (s: string) => string) {
  return (self: PyValue, args: PyValue[], kw: string[] | null): PyValue => {
    if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates(name, self, args, kw, 0); if (r !== undefined) return r; }
    noArgs(name, args, kw);
    return f(S(self));
  };
}

// ---------------------------------------------------------------------------
// PySurrogateStr receivers and arguments (see surrogatestr.ts). Every method runs behind a test of its
// receiver and arguments (no per-character work): ordinary strs go straight to the method; the others go to
// a code-point version below or run the method under a SurrogateMapping.

type SurrogateMethod = (self: PyValue, args: PyValue[], kw: string[] | null, fn: NativeMethod) => PyValue;

/** A str value as a JS string or a PySurrogateStr (a subclass gives its JS string); undefined for a non-str. */
function strOrSurrogate(v: PyValue): string | PySurrogateStr | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PySurrogateStr) return v;
  if (v instanceof PyStrSub) return v.sur ?? v.value;
  return undefined;
}

/**
 * A JS string starting with a low surrogate unit or ending with a high one: as a needle it could match
 * half of an astral character of the haystack (JS searches UTF-16 units), which Python never does.
 */
function halfPair(v: string): boolean {
  return (v.charCodeAt(0) & 0xfc00) === 0xdc00 || (v.charCodeAt(v.length - 1) & 0xfc00) === 0xd800;
}

/** objectArg for the search methods: also a needle that halfPair finds. */
function searchArgLook(args: PyValue[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a === 'string' ? halfPair(a) : typeof a === 'object') return true;
  }
  return false;
}

/**
 * Does v hold a PySurrogateStr, or a needle that halfPair finds (depth 1: also inside an exact tuple; 2:
 * also in lists and dicts)?
 */
function holdsSurrogate(v: PyValue, depth: number): boolean {
  if (typeof v !== 'object') return typeof v === 'string' && halfPair(v);
  if (v instanceof PySurrogateStr) return true;
  // The containers SurrogateMapping.mapArg maps (any tuple; exact lists and dicts): a subclass's methods
  // would be lost in a copy, and the formatters take its PySurrogateStrs directly.
  if (depth > 0) {
    if (v instanceof PyTuple || (depth > 1 && v instanceof PyList && v.cls === listType)) {
      for (const x of v.items) if (holdsSurrogate(x, depth - 1)) return true;
    } else if (depth > 1 && v instanceof PyDict && v.cls === dictType) {
      for (const e of v.t.values()) if (holdsSurrogate(e.key as PyValue, 0) || holdsSurrogate(e.value, 0)) return true;
    }
  }
  return false;
}

/**
 * A str of a formatting call standing for one that holds surrogates: its text is the mapped one, but repr()
 * and ascii() give the real one's (the mapping would otherwise show as private-use escapes).
 */
class MappedStr extends PyStrSub {
  constructor(value: string, public readonly orig: PyValue) {
    super(mappedStrType, value);
  }
}
let mappedStrType: PyType;

function initMappedStr(): void {
  mappedStrType = new PyType(strType.cls, 'str', [strType], 0);
  mappedStrType.mro = [mappedStrType, ...strType.mro];
  strType.removeSubclass(mappedStrType);
  defineMethods(mappedStrType, { __repr__: (self) => repr((self as MappedStr).orig) });
}

/** Run a method written for JS strings with the surrogates of its receiver and arguments mapped. */
function runMapped(fn: NativeMethod, self: PyValue, args: PyValue[], kw: string[] | null, depth: number, proxies: boolean): PyValue {
  // A subclass instance holding a pair takes part as its str (the method reads it as str anyway).
  const plain = args.map((a) => (a instanceof PyStrSub && a.sur !== null ? a.sur : a));
  const m = new SurrogateMapping([self, ...plain]);
  const recv = strOrSurrogate(self);
  const self2 = recv === undefined ? self : m.mapStr(recv);
  const wrap = proxies ? (mapped: string, orig: PyValue): PyValue => new MappedStr(mapped, orig) : null;
  const args2 = plain.map((a) => m.mapArg(a, depth, wrap));
  try {
    return m.unmap(fn(self2, args2, kw));
  } catch (e) {
    // An error of the call names mapped text (a missing key, a bad format spec): moved back.
    if (e instanceof PyException) {
      const items = e.exc.args.items;
      let moved: PyValue[] | null = null;
      for (let i = 0; i < items.length; i++) {
        const v = items[i];
        const u = typeof v === 'string' ? m.unmap(unmapHexCodes(v, m.base)) : v instanceof MappedStr ? v.orig : v;
        if (u !== v) (moved ??= items.slice())[i] = u;
      }
      if (moved !== null) e.exc.args = new PyTuple(moved);
    }
    throw e;
  }
}

/** Messages that show a character as its code ('(0xf003d)', "'\\xf003d'"): a mapped one's real code. */
function unmapHexCodes(msg: string, base: number): string {
  if (!msg.includes('x')) return msg;
  return msg.replace(/(0x|\\x)([0-9a-f]{5})\b/g, (all, pre: string, hex: string) => {
    const c = parseInt(hex, 16);
    return c >= base && c < base + 0x800 ? pre + (c - base + 0xd800).toString(16) : all;
  });
}

function needStr(v: PyValue): string | PySurrogateStr {
  const s = strOrSurrogate(v);
  if (s === undefined) typeError(`descriptor requires a 'str' object but received a '${typeOf(v).tpName}'`);
  return s;
}

function compareWith(op: (c: number) => boolean): SurrogateMethod {
  return (self, args) => {
    const o = strOrSurrogate(args[0]);
    if (o === undefined) return NotImplemented;
    const a = needStr(self);
    // A PySurrogateStr never equals a JS string: they never denote the same str.
    if (typeof a === 'string' && typeof o === 'string') return op(strCompare(a, o));
    return op(compareCodePoints(toCodePoints(a), toCodePoints(o)));
  };
}

function surrogateGetItem(cps: number[], k: PyValue): PyValue {
  if (typeof k === 'number') {
    const i = k < 0 ? k + cps.length : k;
    if (i < 0 || i >= cps.length) indexError('string index out of range');
    return String.fromCodePoint(cps[i]);
  }
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, cps.length);
    const out: number[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = cps[j];
    return fromCodePoints(out);
  }
  if (typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== undefined) {
    return surrogateGetItem(cps, indexInt(k, 'string'));
  }
  typeError(`string indices must be integers, not '${typeOf(k).tpName}'`);
}

/** format(v, spec) of a PySurrogateStr (FORMAT_VALUE): the str's formatter under a mapping. */
export function formatSurrogate(v: PySurrogateStr, spec: string): PyValue {
  if (spec === '') return v;
  return runMapped((self, args) => formatStr(self as string, args[0] as string, 'str'), v, [spec], null, 0, false);
}

/** The methods that do not run under a mapping: they need the real code points. */
const SURROGATE_METHODS: { [name: string]: SurrogateMethod } = {
  __len__: (self) => toCodePoints(needStr(self)).length,
  __getitem__: (self, args) => surrogateGetItem(toCodePoints(needStr(self)), args[0]),
  __iter__: (self) => strIter(self, '', toCodePoints(needStr(self)).map((c) => String.fromCodePoint(c))),
  __add__: (self, args) => {
    const o = strOrSurrogate(args[0]);
    return o === undefined ? NotImplemented : concatValues(needStr(self), o);
  },
  __eq__: compareWith((c) => c === 0),
  __ne__: compareWith((c) => c !== 0),
  __lt__: compareWith((c) => c < 0),
  __le__: compareWith((c) => c <= 0),
  __gt__: compareWith((c) => c > 0),
  __ge__: compareWith((c) => c >= 0),
  __hash__: (self) => surrogateHash(needStr(self) as PySurrogateStr),
  __repr__: (self) => surrogateRepr(needStr(self) as PySurrogateStr),
  __str__: (self) => needStr(self),
  __getnewargs__: (self) => new PyTuple([needStr(self)]),
  __format__: (self, args, kw, fn) => {
    if (args[0] === '' && (self instanceof PySurrogateStr || self instanceof PyStrSub)) return needStr(self);
    return runMapped(fn, self, args, kw, 0, false);
  },
  join: (self, args, kw) => strJoin(needStr(self), oneArg('join', args, kw)),
  encode: (self, args, kw) => encodeMethod(needStr(self), args, kw),
  translate: (self, args, kw) => translate(needStr(self), oneArg('translate', args, kw)),
  __mod__: (self, args, kw, fn) => runMapped(fn, self, args, kw, 2, true),
  format: (self, args, kw, fn) => runMapped(fn, self, args, kw, 2, true),
  format_map: (self, args, kw, fn) => runMapped(fn, self, args, kw, 2, true),
};

/**
 * Does an argument need a look (an object: None, a tuple, a PySurrogateStr...)? With `typeof self !==
 * 'string'` it is the first statement of every str method: no per-character work, and ordinary calls
 * (a JS-string receiver, JS-string and int arguments) go on at once.
 */
/**
 * `fmt % v` for BINARY_OP, without the method lookup and call: what str.__mod__ gives when no str subclass's
 * __rmod__ may come first and no PySurrogateStr is involved; undefined otherwise (the general path).
 */
export function strPercent(fmt: string, v: PyValue): PyValue | undefined {
  if (typeof v === 'object') {
    if (v instanceof PyStrSub || v instanceof PySurrogateStr || holdsSurrogate(v, 2) || v.cls.isSubtype(strType)) return undefined;
  } else if (typeof v === 'string' && halfPair(v)) return undefined;
  return percentFormatValue(fmt, v);
}

function objectArg(args: PyValue[]): boolean {
  for (let i = 0; i < args.length; i++) if (typeof args[i] === 'object') return true;
  return false;
}

/**
 * A str method whose receiver or argument may be a PySurrogateStr (depth 1: also in an exact tuple,
 * startswith's; 2: also in lists and dicts, the formatters'): its code-point version, or the method under
 * a mapping; undefined when none is involved after all (the method then goes on).
 */
/**
 * unicode___sizeof__: a compact str (ASCII, or 1, 2 or 4 bytes a character by its widest) with its characters
 * and a NUL; a subclass's instance keeps its characters apart from a PyUnicodeObject.
 */
function strSizeof(self: PyValue): number {
  const sub = self instanceof PyStrSub;
  const v = self instanceof PyStrSub ? self.sur ?? self.value : self;
  let n = 0;
  let max = 0;
  if (typeof v === 'string') {
    for (const ch of v) {
      max = Math.max(max, ch.codePointAt(0)!);
      n++;
    }
  } else {
    for (const c of (v as PySurrogateStr).cps) max = Math.max(max, c);
    n = (v as PySurrogateStr).cps.length;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  if (sub) return 80 + (n + 1) * kind;
  return (max < 128 ? 48 : 72) + (n + 1) * kind;
}

function viaSurrogates(name: string, self: PyValue, args: PyValue[], kw: string[] | null, depth: number): PyValue | undefined {
  let involved = typeof self === 'object' && (self instanceof PySurrogateStr || (self instanceof PyStrSub && self.sur !== null));
  for (let i = 0; i < args.length && !involved; i++) {
    const a = args[i];
    // A subclass instance holding a pair counts as an argument only (runMapped passes its str).
    involved = holdsSurrogate(a, depth) || (a instanceof PyStrSub && a.sur !== null);
  }
  if (!involved) return undefined;
  // The method as installed: run on mapped values, its own test finds no PySurrogateStr.
  const fn = (strType.tdict.get(name) as PyMethodDescr).fn;
  const direct = SURROGATE_METHODS[name];
  if (direct !== undefined) return direct(self, args, kw, fn);
  return runMapped(fn, self, args, kw, depth, false);
}

// ---------------------------------------------------------------------------
// str iterators: str_ascii_iterator for ASCII text, str_iterator for the rest (unicodeiter_*).

export const strNonAsciiIterType = mkIterType('str_iterator');

class StrIterState {
  /** The str iterated (for __reduce__); null once exhausted, as CPython drops it. */
  declare src: PyValue | null;
  /** The text when it has no surrogate units (one unit per character), else ''. */
  declare s: string;
  /** Otherwise one string per code point. */
  declare cps: string[] | null;
  declare i: number;
  constructor(src: PyValue, s: string, cps: string[] | null) {
    this.src = src;
    this.s = s;
    this.cps = cps;
    this.i = 0;
  }
  get length(): number {
    return this.cps === null ? this.s.length : this.cps.length;
  }
}
function strIter(src: PyValue, s: string, cps: string[] | null): PyNativeIter {
  const ascii = cps === null && /^[\x00-\x7f]*$/.test(s);
  return stateIter(cps === null ? strUnitsNext : strCpsNext, ascii ? strIterType : strNonAsciiIterType, new StrIterState(src, s, cps));
}
function strUnitsNext(this: StateIter<StrIterState>): PyValue | undefined {
  const st = this.st;
  if (st.i < st.s.length) return st.s[st.i++];
  st.src = null;
  return undefined;
}
function strCpsNext(this: StateIter<StrIterState>): PyValue | undefined {
  const st = this.st;
  const cps = st.cps!;
  if (st.i < cps.length) return cps[st.i++];
  st.src = null;
  return undefined;
}

function initStrIterators(): void {
  for (const t of [strIterType, strNonAsciiIterType]) {
    defineIterProtocol(t);
    defineMethods(t, {
      __length_hint__: (self) => {
        const st = stateOf<StrIterState>(self);
        return st.src === null ? 0 : st.length - st.i;
      },
      __reduce__: (self) => {
        const st = stateOf<StrIterState>(self);
        return iterReduce(() => (st.src === null ? null : [st.src, st.i]), () => '');
      },
      __setstate__: (self, args) => {
        const st = stateOf<StrIterState>(self);
        const i = longAsSsize(methOArg(t, '__setstate__', args));
        if (st.src !== null) st.i = i < 0 ? 0 : Math.min(i, st.length);
        return None;
      },
    });
  }
}

export function initStr(): void {
  initStrIterators();
  strType.tdict.set('__new__', new PyBuiltin('__new__', strNew));
  strType.call1 = (a) => strValue(a, true); // str(x) is what __str__ returned, a str subclass's instance too
  strType.tdict.set('__doc__', STR_DOC);
  defineMethods(strType, {
    __sizeof__: (self) => strSizeof(self),
    __len__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__len__', self, args, kw, 0); if (r !== undefined) return r; }
      return strLen(S(self));
    },
    __getitem__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__getitem__', self, args, kw, 0); if (r !== undefined) return r; }
      return strGetItem(S(self), args[0]);
    },
    __contains__: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('__contains__', self, args, kw, 0); if (r !== undefined) return r; }
      const sub = asStr(args[0]);
      if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${typeOf(args[0]).tpName}`);
      return S(self).includes(sub);
    },
    __add__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__add__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      if (o === undefined) return NotImplemented;
      return concatValues(S(self), o);
    },
    __mul__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__mul__', self, args, kw, 0); if (r !== undefined) return r; }
      return strMul(S(self), args[0]);
    },
    __rmul__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__rmul__', self, args, kw, 0); if (r !== undefined) return r; }
      return strMul(S(self), args[0]);
    },
    __mod__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__mod__', self, args, kw, 2); if (r !== undefined) return r; }
      return percentFormatValue(S(self), args[0]);
    },
    __rmod__: () => NotImplemented,
    __eq__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__eq__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : S(self) === o;
    },
    __ne__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__ne__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : S(self) !== o;
    },
    __lt__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__lt__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : strCompare(S(self), o) < 0;
    },
    __le__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__le__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : strCompare(S(self), o) <= 0;
    },
    __gt__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__gt__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : strCompare(S(self), o) > 0;
    },
    __ge__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__ge__', self, args, kw, 0); if (r !== undefined) return r; }
      const o = asStr(args[0]);
      return o === undefined ? NotImplemented : strCompare(S(self), o) >= 0;
    },
    __hash__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__hash__', self, args, kw, 0); if (r !== undefined) return r; }
      return hash(S(self));
    },
    __iter__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__iter__', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      return hasSurrogates(s) ? strIter(self, '', Array.from(s)) : strIter(self, s, null);
    },
    __repr__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__repr__', self, args, kw, 0); if (r !== undefined) return r; }
      return strRepr(S(self));
    },
    __str__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__str__', self, args, kw, 0); if (r !== undefined) return r; }
      return S(self);
    },
    __format__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__format__', self, args, kw, 0); if (r !== undefined) return r; }
      const spec = args[0];
      if (asStr(spec) === undefined) typeError(`__format__() argument must be str, not ${spec === None ? 'None' : typeOf(spec).tpName}`);
      if (spec === '' && typeof self !== 'string') return str(self);
      return formatStr(S(self), asStr(spec)!, typeOf(self).name);
    },
    __getnewargs__: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('__getnewargs__', self, args, kw, 0); if (r !== undefined) return r; }
      return new PyTuple([S(self)]);
    },
    join: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('join', self, args, kw, 0); if (r !== undefined) return r; }
      return strJoin(S(self), oneArg('join', args, kw));
    },
    split: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('split', self, args, kw, 0); if (r !== undefined) return r; }
      return splitMethod('split', self, args, kw, false);
    },
    rsplit: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('rsplit', self, args, kw, 0); if (r !== undefined) return r; }
      return splitMethod('rsplit', self, args, kw, true);
    },
    splitlines: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('splitlines', self, args, kw, 0); if (r !== undefined) return r; }
      const [keep] = parseArgs('splitlines', ['keepends'], args, kw);
      return splitlines(S(self), keep !== undefined && cint(keep) !== 0);
    },
    strip: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('strip', self, args, kw, 0); if (r !== undefined) return r; }
      return stripChars('strip', self, args, kw, true, true);
    },
    lstrip: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('lstrip', self, args, kw, 0); if (r !== undefined) return r; }
      return stripChars('lstrip', self, args, kw, true, false);
    },
    rstrip: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('rstrip', self, args, kw, 0); if (r !== undefined) return r; }
      return stripChars('rstrip', self, args, kw, false, true);
    },
    replace: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('replace', self, args, kw, 0); if (r !== undefined) return r; }
      positional('replace', args, kw, 2, 3);
      const s = S(self);
      const old = mustStr(args[0], 'replace() argument 1 ');
      const nw = mustStr(args[1], 'replace() argument 2 ');
      const count = args.length > 2 ? ssizeArg(args[2]) : -1;
      return replace(s, old, nw, count);
    },
    find: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('find', self, args, kw, 0); if (r !== undefined) return r; }
      const [sub, a, b] = searchArgs('find', args, kw);
      return findIn(S(self), sub, a, b, false);
    },
    rfind: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('rfind', self, args, kw, 0); if (r !== undefined) return r; }
      const [sub, a, b] = searchArgs('rfind', args, kw);
      return findIn(S(self), sub, a, b, true);
    },
    index: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('index', self, args, kw, 0); if (r !== undefined) return r; }
      const [sub, a, b] = searchArgs('index', args, kw);
      const r = findIn(S(self), sub, a, b, false);
      if (r < 0) valueError('substring not found');
      return r;
    },
    rindex: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('rindex', self, args, kw, 0); if (r !== undefined) return r; }
      const [sub, a, b] = searchArgs('rindex', args, kw);
      const r = findIn(S(self), sub, a, b, true);
      if (r < 0) valueError('substring not found');
      return r;
    },
    count: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('count', self, args, kw, 0); if (r !== undefined) return r; }
      const [sub, a, b] = searchArgs('count', args, kw);
      return countIn(S(self), sub, a, b);
    },
    startswith: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('startswith', self, args, kw, 1); if (r !== undefined) return r; }
      return startsEnds('startswith', self, args, kw, false);
    },
    endswith: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('endswith', self, args, kw, 1); if (r !== undefined) return r; }
      return startsEnds('endswith', self, args, kw, true);
    },
    upper: conversion('upper', strUpper),
    lower: conversion('lower', strLower),
    casefold: conversion('casefold', strCasefold),
    swapcase: conversion('swapcase', strSwapcase),
    title: conversion('title', strTitle),
    capitalize: conversion('capitalize', strCapitalize),
    isdigit: predicate('isdigit', isDigit),
    isdecimal: predicate('isdecimal', isDecimal),
    isnumeric: predicate('isnumeric', isNumeric),
    isalpha: predicate('isalpha', isAlpha),
    isalnum: predicate('isalnum', isAlnum),
    isspace: predicate('isspace', isSpaceStr),
    isascii: predicate('isascii', isAsciiStr),
    isupper: predicate('isupper', isUpper),
    islower: predicate('islower', isLower),
    istitle: predicate('istitle', isTitle),
    isidentifier: predicate('isidentifier', isIdentifier),
    isprintable: predicate('isprintable', isPrintable),
    zfill: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('zfill', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      const w = ssizeArg(oneArg('zfill', args, kw));
      const n = strLen(s);
      if (n >= w) return s;
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return sign + '0'.repeat(w - n) + s.slice(sign.length);
    },
    center: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('center', self, args, kw, 0); if (r !== undefined) return r; }
      const [s, n, w, fill] = justify('center', self, args, kw);
      if (n >= w) return s;
      const marg = w - n;
      const left = (marg >> 1) + (marg & w & 1);
      return padded(fill.repeat(left), s, fill.repeat(marg - left), fill);
    },
    ljust: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('ljust', self, args, kw, 0); if (r !== undefined) return r; }
      const [s, n, w, fill] = justify('ljust', self, args, kw);
      return n >= w ? s : padded('', s, fill.repeat(w - n), fill);
    },
    rjust: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('rjust', self, args, kw, 0); if (r !== undefined) return r; }
      const [s, n, w, fill] = justify('rjust', self, args, kw);
      return n >= w ? s : padded(fill.repeat(w - n), s, '', fill);
    },
    partition: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('partition', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      const sep = mustStr(oneArg('partition', args, kw));
      if (sep === '') valueError('empty separator');
      const i = s.indexOf(sep);
      if (i < 0) return new PyTuple([s, '', '']);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('rpartition', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      const sep = mustStr(oneArg('rpartition', args, kw));
      if (sep === '') valueError('empty separator');
      const i = s.lastIndexOf(sep);
      if (i < 0) return new PyTuple(['', '', s]);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    removeprefix: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('removeprefix', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      const p = mustStr(oneArg('removeprefix', args, kw), 'removeprefix() argument ');
      return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (self, args, kw) => {
      if (typeof self !== 'string' || searchArgLook(args)) { const r = viaSurrogates('removesuffix', self, args, kw, 0); if (r !== undefined) return r; }
      const s = S(self);
      const p = mustStr(oneArg('removesuffix', args, kw), 'removesuffix() argument ');
      return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    expandtabs: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('expandtabs', self, args, kw, 0); if (r !== undefined) return r; }
      const [ts] = parseArgs('expandtabs', ['tabsize'], args, kw);
      return expandTabs(S(self), ts === undefined ? 8 : cint(ts));
    },
    format: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('format', self, args, kw, 2); if (r !== undefined) return r; }
      const nkw = kw === null ? 0 : kw.length;
      let d: PyDict | null = null;
      if (nkw > 0) {
        d = new PyDict();
        for (let i = 0; i < nkw; i++) d.setStr(kw![i], args[args.length - nkw + i]);
      }
      return strFormat(S(self), args.slice(0, args.length - nkw), d);
    },
    format_map: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('format_map', self, args, kw, 2); if (r !== undefined) return r; }
      return strFormatMap(S(self), oneArg('format_map', args, kw));
    },
    encode: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('encode', self, args, kw, 0); if (r !== undefined) return r; }
      return encodeMethod(S(self), args, kw);
    },
    translate: (self, args, kw) => {
      if (typeof self !== 'string' || objectArg(args)) { const r = viaSurrogates('translate', self, args, kw, 0); if (r !== undefined) return r; }
      return translate(S(self), oneArg('translate', args, kw));
    },
  });
  strType.tdict.set('maketrans', staticBuiltin(strType, 'maketrans', maketrans));
  initMappedStr();
  strType.modified();
  void repr;
}
