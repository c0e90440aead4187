// The _json module (Modules/_json.c): scanstring, encode_basestring(_ascii), the Scanner behind
// json.loads (make_scanner) and the Encoder behind json.dumps without indent (make_encoder), with
// _json.c's error messages and positions. Positions are code-point indices; a string with astral
// characters is scanned on its UTF-16 units and positions are converted at the boundary. A str holding
// a high surrogate before a low one (PySurrogateStr) is scanned with its surrogates moved to a free
// private-use block (SurrogateMapping), and the text copied from it is moved back.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PyFloat, None, typeType, objectType, dictType,
  floatType, intType, defineMethods, typeOf, normBig,
} from '../objects/object.js';
import { PyException, PyBaseException, newException, typeError, valueError, raise, StopIteration, RecursionError } from '../objects/exceptions.js';
import { call, getAttr, truthy, toArray } from '../objects/abstract.js';
import { floatRepr } from '../parser/constants.js';
import { hasSurrogates, strCompare } from '../objects/str.js';
import { PyIntSub, intRepr, getIntMaxStrDigits } from '../objects/int.js';
import { PyFloatSub } from '../objects/float.js';
import { loadModule } from '../vm/import.js';
import { ts } from '../vm/ceval.js';
import { clinicArgs, anyStr, ssizeArg } from './args.js';
import { PySurrogateStr, SurrogateMapping, StrBuilder, concatPieces, lossyString } from '../objects/surrogatestr.js';

function mkType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_json');
  return t;
}
const scannerType = mkType('Scanner');
const encoderType = mkType('Encoder');

// ---------------------------------------------------------------------------
// Positions: code points <-> UTF-16 units (identity unless the text has astral characters).

/** The UTF-16 index of code point `cp` in s. */
function toU16(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u + Math.max(0, cp - countCp(s, u));
}
function countCp(s: string, u16: number): number {
  let n = 0;
  for (let u = 0; u < u16 && u < s.length; n++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return n;
}

/** Does s hold a surrogate unit? (A loop for short texts: the regular expression's call costs more.) */
function anySurrogate(s: string): boolean {
  if (s.length > 64) return hasSurrogates(s);
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/** The text being decoded and whether its positions need converting. */
class Text {
  declare s: string;
  declare astral: boolean;
  /** The str given (for JSONDecodeError's doc). */
  declare orig: string | PySurrogateStr;
  /** For a PySurrogateStr: the mapping that made `s`, whose copied runs must be moved back. */
  declare map: SurrogateMapping | null;
  constructor(v: string | PySurrogateStr) {
    this.orig = v;
    if (typeof v === 'string') {
      this.s = v;
      this.map = null;
    } else {
      this.map = new SurrogateMapping([v]);
      this.s = this.map.mapStr(v);
    }
    this.astral = anySurrogate(this.s);
  }
  cp(u: number): number {
    return this.astral ? countCp(this.s, u) + Math.max(0, u - this.s.length) : u;
  }
  u16(cp: number): number {
    return this.astral ? toU16(this.s, cp) : cp;
  }
}

function decodeError(t: Text, msg: string, u16pos: number): never {
  const cls = getAttr(loadModule('json.decoder'), 'JSONDecodeError');
  throw new PyException(toExc(call(cls, [msg, t.orig, t.cp(u16pos)])));
}
function toExc(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) typeError('exceptions must derive from BaseException');
  return v;
}
function stopAt(t: Text, u16pos: number): never {
  throw new PyException(newException(StopIteration, [t.cp(u16pos)]));
}

// ---------------------------------------------------------------------------
// Strings

const ESC: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function hex4(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = (v << 4) | d;
  }
  return v;
}

/**
 * Where the value the scanner (scanString, scanOnce...) returned last ends (UTF-16): a module variable
 * rather than a [value, end] pair allocated for every value.
 */
let scanEnd = 0;

/**
 * scanstring_unicode: `end` is just past the opening quote (UTF-16); returns the text and leaves the
 * index past the closing quote in scanEnd. Built with a seam test per piece: an escaped lone
 * surrogate may meet a literal one.
 */
function scanString(t: Text, end: number, strict: boolean): string | PySurrogateStr {
  const s = t.s;
  const len = s.length;
  // The common case first: no escape before the closing quote (the text is one slice).
  if (t.map === null) {
    let i = end;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 92 || (c <= 0x1f && strict)) break;
    }
    if (i < len && s.charCodeAt(i) === 34) {
      scanEnd = i + 1;
      return s.slice(end, i);
    }
  }
  const begin = end - 1;
  const out = new StrBuilder();
  let next = end;
  for (;;) {
    // A run of plain characters.
    let c = 0;
    const start = next;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) decodeError(t, 'Invalid control character at', next);
    }
    if (next >= len) decodeError(t, 'Unterminated string starting at', begin);
    if (next > start) {
      if (t.map === null) out.add(s.slice(start, next));
      else out.addValue(t.map.unmap(s.slice(start, next)) as string | PySurrogateStr);
    }
    next++;
    if (c === 34) {
      scanEnd = next;
      return out.result() as string | PySurrogateStr;
    }
    if (next === len) decodeError(t, 'Unterminated string starting at', begin);
    const e = s[next];
    if (e !== 'u') {
      const r = ESC[e];
      if (r === undefined) decodeError(t, 'Invalid \\escape', next - 1);
      out.add(r);
      next++;
      continue;
    }
    next++;
    let stop = next + 4;
    if (stop >= len) decodeError(t, 'Invalid \\uXXXX escape', next - 1);
    let cu = hex4(s, next);
    if (cu < 0) decodeError(t, 'Invalid \\uXXXX escape', stop - 5);
    next = stop;
    if (cu >= 0xd800 && cu <= 0xdbff && stop + 6 < len && s[next] === '\\' && s[next + 1] === 'u') {
      const c2 = hex4(s, next + 2);
      stop += 6;
      if (c2 < 0) decodeError(t, 'Invalid \\uXXXX escape', stop - 5);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        cu = 0x10000 + (((cu - 0xd800) << 10) | (c2 - 0xdc00));
        next = stop;
      }
    }
    out.addCodePoint(cu);
  }
}

const HEXD = '0123456789abcdef';
function u4(c: number): string {
  return '\\u' + HEXD[(c >> 12) & 15] + HEXD[(c >> 8) & 15] + HEXD[(c >> 4) & 15] + HEXD[c & 15];
}
const SHORT: Record<number, string> = { 34: '\\"', 92: '\\\\', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t' };

/** encode_basestring(_ascii) of any str: a PySurrogateStr is escaped with its surrogates out of the way. */
function encodeAnyString(v: string | PySurrogateStr, ascii: boolean): PyValue {
  if (typeof v === 'string') return encodeBasestring(v, ascii);
  // ASCII output escapes UTF-16 units, the same for the pair as for the character it would merge into.
  if (ascii) return encodeBasestring(lossyString(v), true);
  const m = new SurrogateMapping([v]);
  return m.unmap(encodeBasestring(m.mapStr(v), false));
}

export function encodeBasestring(s: string, ascii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92 && (c < 127 || !ascii)) continue;
    out += s.slice(run, i);
    run = i + 1;
    const sh = SHORT[c];
    out += sh !== undefined ? sh : u4(c);
  }
  return out + s.slice(run) + '"';
}

// ---------------------------------------------------------------------------
// Scanner

class PyScanner extends PyObject {
  declare strict: boolean;
  declare objectHook: PyValue;
  declare pairsHook: PyValue;
  declare parseFloat: PyValue;
  declare parseInt: PyValue;
  declare parseConstant: PyValue;
  declare memo: Map<string, string>;
  declare depth: number;
  constructor(ctx: PyValue) {
    super(scannerType);
    this.strict = truthy(getAttr(ctx, 'strict'));
    this.objectHook = getAttr(ctx, 'object_hook');
    this.pairsHook = getAttr(ctx, 'object_pairs_hook');
    this.parseFloat = getAttr(ctx, 'parse_float');
    this.parseInt = getAttr(ctx, 'parse_int');
    this.parseConstant = getAttr(ctx, 'parse_constant');
    this.memo = new Map();
    this.depth = 0;
  }
}

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** One JSON value at idx (UTF-16); its end in scanEnd. */
function scanOnce(sc: PyScanner, t: Text, idx: number): PyValue {
  const s = t.s;
  const len = s.length;
  if (idx < 0) valueError('idx cannot be negative');
  if (idx >= len) stopAt(t, idx);
  switch (s[idx]) {
    case '"':
      return scanString(t, idx + 1, sc.strict);
    case '{':
    case '[': {
      if (++sc.depth + ts.depth > ts.recursionLimit) {
        sc.depth--;
        raise(RecursionError, `maximum recursion depth exceeded while decoding a JSON ${s[idx] === '{' ? 'object' : 'array'} from a unicode string`);
      }
      try {
        return s[idx] === '{' ? parseObject(sc, t, idx + 1) : parseArray(sc, t, idx + 1);
      } finally {
        sc.depth--;
      }
    }
    case 'n':
      if (idx + 3 < len && s.startsWith('ull', idx + 1)) return scanned(None, idx + 4);
      break;
    case 't':
      if (idx + 3 < len && s.startsWith('rue', idx + 1)) return scanned(true, idx + 4);
      break;
    case 'f':
      if (idx + 4 < len && s.startsWith('alse', idx + 1)) return scanned(false, idx + 5);
      break;
    case 'N':
      if (idx + 2 < len && s.startsWith('aN', idx + 1)) return scanned(call(sc.parseConstant, ['NaN']), idx + 3);
      break;
    case 'I':
      if (idx + 7 < len && s.startsWith('nfinity', idx + 1)) return scanned(call(sc.parseConstant, ['Infinity']), idx + 8);
      break;
    case '-':
      if (idx + 8 < len && s.startsWith('Infinity', idx + 1)) return scanned(call(sc.parseConstant, ['-Infinity']), idx + 9);
      break;
  }
  return matchNumber(sc, t, idx);
}

/** v, with scanEnd set to `end` (set after v is computed: a hook may scan in turn). */
function scanned(v: PyValue, end: number): PyValue {
  scanEnd = end;
  return v;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function matchNumber(sc: PyScanner, t: Text, start: number): PyValue {
  const s = t.s;
  const end = s.length - 1;
  let idx = start;
  if (s.charCodeAt(idx) === 45) {
    idx++;
    if (idx > end) stopAt(t, start);
  }
  const c0 = s.charCodeAt(idx);
  if (c0 >= 49 && c0 <= 57) {
    idx++;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
  } else if (c0 === 48) idx++;
  else stopAt(t, start);
  let isFloat = false;
  if (idx < end && s.charCodeAt(idx) === 46 && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
  }
  if (idx < end && (s.charCodeAt(idx) === 101 || s.charCodeAt(idx) === 69)) {
    const eStart = idx;
    idx++;
    if (idx < end && (s.charCodeAt(idx) === 45 || s.charCodeAt(idx) === 43)) idx++;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
    if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx);
  if (isFloat) {
    if (sc.parseFloat !== floatType) return scanned(call(sc.parseFloat, [text]), idx);
    return scanned(new PyFloat(Number(text)), idx);
  }
  if (sc.parseInt !== intType) return scanned(call(sc.parseInt, [text]), idx);
  const n = Number(text);
  return scanned(Number.isSafeInteger(n) ? n : parseBigInt(text), idx);
}
function parseBigInt(text: string): PyValue {
  const digits = text[0] === '-' ? text.length - 1 : text.length;
  const lim = getIntMaxStrDigits();
  if (lim > 0 && digits > lim) {
    valueError(`Exceeds the limit (${lim} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return normBig(BigInt(text));
}

function skipWs(s: string, idx: number): number {
  const len = s.length;
  while (idx < len && isWs(s.charCodeAt(idx))) idx++;
  return idx;
}

/** The length of a document from which object keys go through the memo. */
const MEMO_MIN = 4096;

function parseObject(sc: PyScanner, t: Text, idx: number): PyValue {
  const s = t.s;
  const len = s.length;
  const pairs = sc.pairsHook !== None;
  const list: PyValue[] = [];
  const d = pairs ? null : new PyDict();
  idx = skipWs(s, idx);
  if (idx >= len || s[idx] !== '}') {
    for (;;) {
      if (idx >= len || s[idx] !== '"') decodeError(t, 'Expecting property name enclosed in double quotes', idx);
      const k0 = scanString(t, idx + 1, sc.strict);
      const afterKey = scanEnd;
      // The memo shares one copy of each key among a large document's objects (it saves memory
      // only: a str's identity is not observable here); a small document does without.
      let key: string | PySurrogateStr | undefined = typeof k0 === 'string' && len >= MEMO_MIN ? sc.memo.get(k0) : k0;
      if (key === undefined) {
        sc.memo.set(k0 as string, k0 as string);
        key = k0;
      }
      idx = skipWs(s, afterKey);
      if (idx >= len || s[idx] !== ':') decodeError(t, "Expecting ':' delimiter", idx);
      idx = skipWs(s, idx + 1);
      const val = scanOnce(sc, t, idx);
      const after = scanEnd;
      if (pairs) list.push(new PyTuple([key, val]));
      else if (typeof key === 'string') d!.setStr(key, val);
      else d!.set(key, val);
      idx = skipWs(s, after);
      if (idx < len && s[idx] === '}') break;
      if (idx >= len || s[idx] !== ',') decodeError(t, "Expecting ',' delimiter", idx);
      idx = skipWs(s, idx + 1);
    }
  }
  if (pairs) return scanned(call(sc.pairsHook, [new PyList(list)]), idx + 1);
  if (sc.objectHook !== None) return scanned(call(sc.objectHook, [d!]), idx + 1);
  return scanned(d!, idx + 1);
}

function parseArray(sc: PyScanner, t: Text, idx: number): PyValue {
  const s = t.s;
  const len = s.length;
  const out: PyValue[] = [];
  idx = skipWs(s, idx);
  if (idx >= len || s[idx] !== ']') {
    for (;;) {
      out.push(scanOnce(sc, t, idx));
      const after = scanEnd;
      idx = skipWs(s, after);
      if (idx < len && s[idx] === ']') break;
      if (idx >= len || s[idx] !== ',') decodeError(t, "Expecting ',' delimiter", idx);
      idx = skipWs(s, idx + 1);
    }
  }
  return scanned(new PyList(out), idx + 1);
}

// ---------------------------------------------------------------------------
// Encoder

class PyEncoder extends PyObject {
  declare markers: PyValue;
  declare seen: Set<PyValue>;
  declare dflt: PyValue;
  declare encoder: PyValue;
  /** 0: call `encoder`; 1: encode_basestring; 2: encode_basestring_ascii. */
  declare fast: number;
  declare keySep: string | PySurrogateStr;
  declare itemSep: string | PySurrogateStr;
  /** Can the output be appended to one JS string (see Out)? */
  declare plain: boolean;
  declare sortKeys: boolean;
  declare skipKeys: boolean;
  declare allowNan: boolean;
  declare depth: number;
  constructor() {
    super(encoderType);
    this.seen = new Set();
    this.depth = 0;
  }
}

/**
 * An encoder call's output: one JS string while no piece can pair up with its neighbour (the
 * encoder's own strs are quoted, its separators are plain, no Python encoder is called), else the
 * pieces, joined with a seam test per piece at the end.
 */
class Out {
  declare s: string;
  declare pieces: PyValue[] | null;
  constructor(plain: boolean) {
    this.s = '';
    this.pieces = plain ? null : [];
  }
  put(p: PyValue): void {
    if (this.pieces === null) {
      if (typeof p === 'string') {
        this.s += p;
        return;
      }
      this.pieces = [this.s];
    }
    this.pieces.push(p);
  }
  result(): PyValue {
    return this.pieces === null ? this.s : concatPieces(this.pieces);
  }
}

/** A separator that cannot pair up with what comes before or after it (no lone surrogate at an end). */
function plainSep(v: string | PySurrogateStr): boolean {
  if (typeof v !== 'string') return false;
  return v.length === 0 || ((v.charCodeAt(0) & 0xfc00) !== 0xdc00 && (v.charCodeAt(v.length - 1) & 0xfc00) !== 0xd800);
}

function encodeFloat(e: PyEncoder, x: number): string {
  if (!Number.isFinite(x)) {
    if (!e.allowNan) valueError('Out of range float values are not JSON compliant');
    return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  }
  return floatRepr(x);
}

function encodeString(e: PyEncoder, s: string | PySurrogateStr): PyValue {
  if (e.fast === 1) return encodeAnyString(s, false);
  if (e.fast === 2) return encodeAnyString(s, true);
  const r = call(e.encoder, [s]);
  const rs = anyStr(r);
  if (rs === undefined) typeError(`encoder() must return a string, not ${typeOf(r).name}`);
  return rs;
}

function enter(e: PyEncoder): void {
  if (++e.depth + ts.depth > ts.recursionLimit) {
    e.depth--;
    raise(RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
  }
}

function mark(e: PyEncoder, o: PyValue): boolean {
  if (e.markers === None) return false;
  if (e.seen.has(o)) valueError('Circular reference detected');
  e.seen.add(o);
  return true;
}

function encodeValue(e: PyEncoder, out: Out, o: PyValue): void {
  if (o === None) out.put('null');
  else if (o === true) out.put('true');
  else if (o === false) out.put('false');
  else if (typeof o === 'string') out.put(encodeString(e, o));
  else if (typeof o === 'number' || typeof o === 'bigint') out.put(intRepr(o));
  else if (o instanceof PyIntSub) out.put(intRepr(o.value));
  else if (o instanceof PyFloat || o instanceof PyFloatSub) out.put(encodeFloat(e, o.value));
  else if ((o instanceof PyList) || (o instanceof PyTuple)) {
    enter(e);
    try {
      encodeList(e, out, o);
    } finally {
      e.depth--;
    }
  } else if (o instanceof PyDict && typeOf(o).isSubtype(dictType)) {
    enter(e);
    try {
      encodeDict(e, out, o);
    } finally {
      e.depth--;
    }
  } else {
    const s = anyStr(o);
    if (s !== undefined) {
      out.put(encodeString(e, s));
      return;
    }
    const marked = mark(e, o);
    const n = call(e.dflt, [o]);
    enter(e);
    try {
      encodeValue(e, out, n);
    } finally {
      e.depth--;
    }
    if (marked) e.seen.delete(o);
  }
}

function encodeList(e: PyEncoder, out: Out, seq: PyList | PyTuple): void {
  const items = seq.items;
  if (items.length === 0) {
    out.put('[]');
    return;
  }
  const marked = mark(e, seq);
  out.put('[');
  for (let i = 0; i < seq.items.length; i++) {
    if (i > 0) out.put(e.itemSep);
    encodeValue(e, out, seq.items[i]);
  }
  out.put(']');
  if (marked) e.seen.delete(seq);
}

function encodeDict(e: PyEncoder, out: Out, d: PyDict): void {
  if (d.t.size === 0) {
    out.put('{}');
    return;
  }
  const marked = mark(e, d);
  out.put('{');
  // PyMapping_Items: a snapshot (keys and values, flat), which the values' encoding cannot change.
  let kv: PyValue[] = [];
  if (d.cls === dictType) for (const en of d.t.values()) kv.push(en.key, en.value);
  else {
    for (const it of toArray(call(getAttr(d, 'items'), []))) {
      const p = toArray(it);
      kv.push(p[0], p[1]);
    }
  }
  if (e.sortKeys) kv = sortPairs(kv);
  let first = true;
  for (let i = 0; i < kv.length; i += 2) {
    const k = kv[i];
    let ks: string | PySurrogateStr;
    if (typeof k === 'string') ks = k;
    else {
      const kstr = anyStr(k);
      if (kstr !== undefined) ks = kstr;
      else if (k instanceof PyFloat || k instanceof PyFloatSub) ks = encodeFloat(e, k.value);
      else if (k === true) ks = 'true';
      else if (k === false) ks = 'false';
      else if (k === None) ks = 'null';
      else if (typeof k === 'number' || typeof k === 'bigint') ks = intRepr(k);
      else if (k instanceof PyIntSub) ks = intRepr(k.value);
      else if (e.skipKeys) continue;
      else typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
    }
    if (!first) out.put(e.itemSep);
    out.put(encodeString(e, ks));
    out.put(e.keySep);
    encodeValue(e, out, kv[i + 1]);
    first = false;
  }
  out.put('}');
  if (marked) e.seen.delete(d);
}

/** list.sort of the (key, value) tuples of flat pairs: by key, then value (keys of a dict never tie). */
function sortPairs(kv: PyValue[]): PyValue[] {
  // Exact str keys (the usual case): their order is the tuples', as no two keys are equal.
  let strs = true;
  for (let i = 0; i < kv.length; i += 2) if (typeof kv[i] !== 'string') strs = false;
  if (strs) {
    const order: number[] = [];
    for (let i = 0; i < kv.length; i += 2) order.push(i);
    order.sort((a, b) => strCompare(kv[a] as string, kv[b] as string));
    const out: PyValue[] = [];
    for (const i of order) out.push(kv[i], kv[i + 1]);
    return out;
  }
  const tuples: PyValue[] = [];
  for (let i = 0; i < kv.length; i += 2) tuples.push(new PyTuple([kv[i], kv[i + 1]]));
  const l = new PyList(tuples);
  call(getAttr(l, 'sort'), []);
  const out: PyValue[] = [];
  for (const t of l.items) out.push((t as PyTuple).items[0], (t as PyTuple).items[1]);
  return out;
}

// ---------------------------------------------------------------------------

let initialised = false;
let encodeBasestringFn: PyBuiltin;
let encodeBasestringAsciiFn: PyBuiltin;
function initTypes(): void {
  if (initialised) return;
  initialised = true;
  encodeBasestringFn = new PyBuiltin('encode_basestring', (args) => {
    if (args.length !== 1) typeError(`encode_basestring() takes exactly one argument (${args.length} given)`);
    const s = anyStr(args[0]);
    if (s === undefined) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    return encodeAnyString(s, false);
  });
  encodeBasestringAsciiFn = new PyBuiltin('encode_basestring_ascii', (args) => {
    if (args.length !== 1) typeError(`encode_basestring_ascii() takes exactly one argument (${args.length} given)`);
    const s = anyStr(args[0]);
    if (s === undefined) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    return encodeAnyString(s, true);
  });
  scannerType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [ctx] = clinicArgs('make_scanner', ['context'], args.slice(1), kw, 1);
    return new PyScanner(ctx!);
  }));
  defineMethods(scannerType, {
    __call__: (self, args, kw) => {
      const sc = self as PyScanner;
      let sv: PyValue, iv: PyValue;
      if (kw === null && args.length === 2) [sv, iv] = args;
      else [sv, iv] = clinicArgs('scanner', ['string', 'idx'], args, kw, 2) as PyValue[];
      const s = anyStr(sv);
      if (s === undefined) typeError(`first argument must be a string, not ${typeOf(sv).name}`);
      const t = new Text(s);
      const idx = Number(iv);
      try {
        const v = scanOnce(sc, t, t.u16(idx));
        return new PyTuple([v, t.cp(scanEnd)]);
      } finally {
        // (Map.clear() allocates a new table even for an empty map.)
        if (sc.memo.size > 0) sc.memo.clear();
      }
    },
  });
  encoderType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    // (args[0] is the type; json.encoder passes the nine arguments by position)
    const a = kw === null && args.length === 10 ? args : [args[0], ...clinicArgs('make_encoder', ['markers', 'default', 'encoder', 'indent',
      'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'], args.slice(1), kw, 9)];
    const e = new PyEncoder();
    if (a[1] !== None && !(a[1] instanceof PyDict)) typeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(a[1]!).name}`);
    e.markers = a[1]!;
    e.dflt = a[2]!;
    e.encoder = a[3]!;
    e.fast = a[3] === encodeBasestringFn ? 1 : a[3] === encodeBasestringAsciiFn ? 2 : 0;
    const ks = anyStr(a[5]!);
    const is = anyStr(a[6]!);
    if (ks === undefined) typeError(`make_encoder() argument 5 must be str, not ${typeOf(a[5]!).name}`);
    if (is === undefined) typeError(`make_encoder() argument 6 must be str, not ${typeOf(a[6]!).name}`);
    e.keySep = ks;
    e.itemSep = is;
    e.plain = e.fast !== 0 && plainSep(ks) && plainSep(is);
    e.sortKeys = truthy(a[7]!);
    e.skipKeys = truthy(a[8]!);
    e.allowNan = truthy(a[9]!);
    return e;
  }));
  defineMethods(encoderType, {
    __call__: (self, args, kw) => {
      const obj = kw === null && args.length === 2 ? args[0] : clinicArgs('_iterencode', ['obj', '_current_indent_level'], args, kw, 2)[0]!;
      const e = self as PyEncoder;
      const out = new Out(e.plain);
      if (e.seen.size > 0) e.seen.clear();
      encodeValue(e, out, obj);
      return new PyTuple([out.result()]);
    },
  });
}

export function makeJsonModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('_json', d);
  d.setStr('encode_basestring', encodeBasestringFn);
  d.setStr('encode_basestring_ascii', encodeBasestringAsciiFn);
  d.setStr('scanstring', new PyBuiltin('scanstring', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('scanstring() takes no keyword arguments');
    // PyArg_ParseTuple's count messages ("On|p:scanstring").
    if (args.length < 2 || args.length > 3) typeError(`scanstring() takes ${args.length < 2 ? 'at least 2' : 'at most 3'} arguments (${args.length} given)`);
    const end = ssizeArg(args[1]);
    const s = anyStr(args[0]);
    if (s === undefined) typeError(`first argument must be a string, not ${typeOf(args[0]).name}`);
    const t = new Text(s);
    if (end < 0 || end > (typeof s === 'string' ? [...s].length : s.cps.length)) valueError('end is out of bounds');
    const strict = args.length > 2 ? truthy(args[2]) : true;
    const r = scanString(t, t.u16(end), strict);
    return new PyTuple([r, t.cp(scanEnd)]);
  }));
  d.setStr('make_scanner', scannerType);
  d.setStr('make_encoder', encoderType);
  return m;
}
