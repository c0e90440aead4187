// Codecs (Modules/_codecsmodule.c, Python/codecs.c and the codecs of Objects/unicodeobject.c):
// utf-8, utf-8-sig, utf-16/-le/-be, utf-32/-le/-be, latin-1, ascii and cp1252 natively, CPython's
// encoding-name normalisation and aliases, the error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass and any registered
// with register_error), the UnicodeEncodeError/DecodeError they raise, and the `_codecs` module.
//
// Positions in a str are code points: a Typhon str is a JS string, so the slow paths work on an
// array of code points; the fast paths (well-formed text, ASCII) never build one.
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyTuple, PyBytesObj, PyType, None, typeOf, strType, bytesType, defineMethods, defineGetters, TF_HEAPTYPE,
} from '../objects/object.js';
import {
  PyException, PyBaseException, typeError, raise, LookupError, UnicodeEncodeError, UnicodeDecodeError,
  UnicodeTranslateError, UnicodeError, IndexError, OverflowError, ValueError as ValueErrorT, PyUnicodeErrorObj, exceptionTypes,
} from '../objects/exceptions.js';
import { warn } from './_warnings.js';
import { call, getAttr, getAttrOpt, getItem, index, truthy, str as strOfValue } from '../objects/abstract.js';
import { registerNativeModule, loadModule } from '../vm/import.js';
import { loadUnicodeNames } from '../parser/unicodedata_names_lazy.js';
import { lookupUnicodeName } from '../parser/strings.js';
import { PySurrogateStr, fromCodePoints } from '../objects/surrogatestr.js';
import { anyStr, unpackArgs, strSubValue } from './args.js';
import { asInt } from '../objects/int.js';
import { sysFlag } from './sys.js';
import { sourceCodecs } from '../parser/source.js';

// ---------------------------------------------------------------------------
// Names.

const ALIAS: { [k: string]: string } = {
  '646': 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii',
  iso646_us: 'ascii', iso_ir_6: 'ascii', us: 'ascii', us_ascii: 'ascii', iso_646_irv_1991: 'ascii',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1', iso8859_1: 'latin_1',
  iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1', l1: 'latin_1', latin: 'latin_1', latin1: 'latin_1',
  u16: 'utf_16', utf16: 'utf_16', u32: 'utf_32', utf32: 'utf_32', unicodebigunmarked: 'utf_16_be',
  unicodelittleunmarked: 'utf_16_le', utf_16be: 'utf_16_be', utf_16le: 'utf_16_le', utf_32be: 'utf_32_be', utf_32le: 'utf_32_le',
  cp65001: 'utf_8', u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8',
  '1252': 'cp1252', windows_1252: 'cp1252',
};

/** encodings.normalize_encoding on the lower-cased name (as codecs.lookup does). */
export function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name.toLowerCase()) {
    const c = ch.charCodeAt(0);
    // ASCII by char codes: the \p{} class is compiled (an ICU set built) only for a name that needs it.
    const alnum = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : /[\p{L}\p{N}]/u.test(ch);
    if (alnum || ch === '.') {
      if (punct && out !== '') out += '_';
      if (ch.charCodeAt(0) < 128) out += ch;
      punct = false;
    } else punct = true;
  }
  return out;
}

/**
 * _Py_normalize_encoding, as codecs.lookup applies it before the search functions: ASCII letters lower
 * case, any run of characters other than ASCII letters, digits and '.' one '_' (none at either end).
 */
function cNormalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46) out += (punct && out !== '' ? '_' : '') + name[i];
    else if (c >= 65 && c <= 90) out += (punct && out !== '' ? '_' : '') + String.fromCharCode(c + 32);
    else {
      punct = true;
      continue;
    }
    punct = false;
  }
  return out;
}

/** The module name of the codec `name` stands for (encodings' search rules). */
function codecModuleName(name: string): string {
  const norm = normalizeEncoding(name);
  return ALIAS[norm] ?? ALIAS[norm.replace(/\./g, '_')] ?? norm;
}

type Native = 'utf_8' | 'utf_8_sig' | 'utf_16' | 'utf_16_le' | 'utf_16_be' | 'utf_32' | 'utf_32_le' | 'utf_32_be' | 'latin_1' | 'ascii' | 'cp1252'
  | 'unicode_escape' | 'raw_unicode_escape' | 'utf_7';
const NATIVE = new Set(['utf_8', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'latin_1', 'ascii', 'cp1252',
  'unicode_escape', 'raw_unicode_escape', 'utf_7']);
/** CodecInfo.name of each native codec (as encodings' modules name them). */
const INFO_NAME: { [k: string]: string } = {
  utf_8: 'utf-8', utf_8_sig: 'utf-8-sig', utf_16: 'utf-16', utf_16_le: 'utf-16-le', utf_16_be: 'utf-16-be', utf_32: 'utf-32',
  utf_32_le: 'utf-32-le', utf_32_be: 'utf-32-be', latin_1: 'iso8859-1', ascii: 'ascii', cp1252: 'cp1252',
  unicode_escape: 'unicode-escape', raw_unicode_escape: 'raw-unicode-escape', utf_7: 'utf-7',
};

/** The name codecs.lookup(name).name gives, for a native codec; other names as they are. */
export function codecName(name: string): string {
  const c = nativeCodec(name);
  return c === null ? name : INFO_NAME[c];
}

const nativeCache = new Map<string, Native | null>();
/**
 * The name of the codec `name` as CPython's config_get_codec_name gives it (the CodecInfo's name): a native
 * codec's own, else the registry's (LookupError for an unknown encoding).
 */
export function registeredCodecName(name: string): string {
  const c = nativeCodec(name);
  return c !== null ? INFO_NAME[c] : strOfValue(getAttr(lookupCodec(name), 'name'));
}

/** Whether Typhon encodes and decodes `name` itself (else its codec is Python code from the registry). */
export function isNativeCodec(name: string): boolean {
  return nativeCodec(name) !== null;
}

function nativeCodec(name: string): Native | null {
  let r = nativeCache.get(name);
  if (r === undefined) {
    const m = codecModuleName(name);
    r = NATIVE.has(m) ? (m as Native) : null;
    nativeCache.set(name, r);
  }
  return r;
}

// ---------------------------------------------------------------------------
// Unicode errors: created by calling the type, so excobject.ts's constructor fills the fields.

function unicodeError(t: PyType, enc: string, obj: PyValue, start: number, end: number, reason: string): PyBaseException {
  const e = call(t, [enc, obj, start, end, reason]);
  return e as PyBaseException;
}

function encodeError(enc: string, s: PyValue, start: number, end: number, reason: string): PyBaseException {
  return unicodeError(UnicodeEncodeError, enc, s, start, end, reason);
}
function decodeError(enc: string, b: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  return unicodeError(UnicodeDecodeError, enc, new PyBytesObj(b), start, end, reason);
}

function excField(e: PyValue, name: string): PyValue {
  return getAttr(e, name);
}

function charRepr(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

// ---------------------------------------------------------------------------
// Error handlers.

const customHandlers = new Map<string, PyValue>();
const BUILTIN_HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'];

function unknownHandler(name: string): never {
  raise(LookupError, `unknown error handler name '${name}'`);
}

/** The handler (a builtin name or a Python callable). */
function handlerFor(errors: string): string | PyValue {
  const c = customHandlers.get(errors);
  if (c !== undefined) return c;
  if (BUILTIN_HANDLERS.includes(errors)) return errors;
  unknownHandler(errors);
}

/**
 * What a Python error handler returned, checked as unicode_{en,de}code_call_errorhandler's
 * PyArg_ParseTuple does ("On"/"Un" with their message): a tuple of two, a str (or bytes, encoding), an
 * index that fits a Py_ssize_t. The position is not yet resolved against the input.
 */
function handlerResult(r: PyValue, encoding: boolean): [string | PySurrogateStr | PyBytesObj, number | bigint] {
  const msg = encoding ? 'encoding error handler must return (str/bytes, int) tuple' : 'decoding error handler must return (str, int) tuple';
  if (!(r instanceof PyTuple) || r.items.length !== 2) typeError(msg);
  const rep = r.items[0];
  const text = anyStr(rep);
  // Decoding checks the str ('U') before the position; encoding takes any object ('O') and checks after.
  if (!encoding && text === undefined) typeError(msg);
  let pos = index(r.items[1]);
  if (typeof pos === 'bigint') {
    if (pos > 0x7fffffffffffffffn || pos < -0x8000000000000000n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
    if (pos >= -0x20000000000000n && pos <= 0x20000000000000n) pos = Number(pos);
  }
  if (text !== undefined) return [text, pos];
  if (!(rep instanceof PyBytesObj)) typeError(msg);
  return [rep, pos];
}

/** A handler's position in an input of `len`: negative counts from the end; out of range is an IndexError. */
function handlerPosition(pos: number | bigint, len: number): number {
  if (typeof pos === 'bigint') {
    // Beyond 2**53 it cannot be in range: the message gives it exactly, as %zd does.
    raise(IndexError, `position ${pos < 0n ? pos + BigInt(len) : pos} from error handler out of bounds`);
  }
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) raise(IndexError, `position ${pos} from error handler out of bounds`);
  return pos;
}

let unicodeNames: Map<number, string> | null = null;
/** The Unicode name of a code point (for namereplace), or undefined. */
function unicodeName(cp: number): string | undefined {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
    const V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
    const T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
    const s = cp - 0xac00;
    return 'HANGUL SYLLABLE ' + L[Math.floor(s / 588)] + V[Math.floor((s % 588) / 28)] + T[s % 28];
  }
  // The name table is loaded on first use (src/parser/unicodedata_names_lazy.ts).
  const { NAMES, CJK_RANGES } = loadUnicodeNames();
  for (let i = 0; i < CJK_RANGES.length; i += 2) {
    if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) return 'CJK UNIFIED IDEOGRAPH-' + cp.toString(16).toUpperCase();
  }
  if (unicodeNames === null) {
    // The front-coded list of src/parser/unicodedata_names.ts: shared-prefix digit, rest, optional ':gap'.
    unicodeNames = new Map();
    let prev = '';
    let c = -1;
    let i = 0;
    const n = NAMES.length;
    while (i < n) {
      const shared = NAMES.charCodeAt(i) - 48;
      let j = i + 1;
      let ch = 0;
      while (j < n && (ch = NAMES.charCodeAt(j)) !== 0x0a && ch !== 0x3a) j++;
      const name = (shared === 0 ? '' : prev.slice(0, shared)) + NAMES.slice(i + 1, j);
      c += 1;
      if (ch === 0x3a) {
        let gap = 0;
        for (j++; j < n && (ch = NAMES.charCodeAt(j)) !== 0x0a; j++) gap = gap * 16 + parseInt(String.fromCharCode(ch), 16);
        c += gap;
      }
      unicodeNames.set(c, name);
      prev = name;
      i = j + 1;
    }
  }
  return unicodeNames.get(cp);
}

/** Text a builtin encode handler puts in place of cps[start:end] (undefined: not its job). */
function encodeReplacement(h: string, cps: number[], start: number, end: number): string | undefined {
  let r = '';
  switch (h) {
    case 'ignore': return '';
    case 'replace': return '?'.repeat(end - start);
    case 'backslashreplace':
      for (let i = start; i < end; i++) r += charRepr(cps[i]);
      return r;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) r += `&#${cps[i]};`;
      return r;
    case 'namereplace':
      for (let i = start; i < end; i++) {
        const n = unicodeName(cps[i]);
        r += n === undefined ? charRepr(cps[i]) : `\\N{${n}}`;
      }
      return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Encoders. Each native codec: can it encode cp, and how (into a growable byte sink).

class Sink {
  buf: Uint8Array;
  n = 0;
  constructor(cap = 64) {
    this.buf = new Uint8Array(cap);
  }
  grow(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.n++] = b;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

interface Encoder {
  /** Name in the exceptions ('utf-8', 'latin-1', 'charmap'...). */
  name: string;
  reason: string;
  /** Write cp if encodable; false if not. `pass`: surrogatepass is on. */
  put(out: Sink, cp: number, pass: boolean): boolean;
  /** Surrogates may be written with surrogatepass. */
  passable: boolean;
}

const isSurr = (c: number) => c >= 0xd800 && c < 0xe000;

function utf8Put(out: Sink, c: number, pass: boolean): boolean {
  if (c < 0x80) out.byte(c);
  else if (c < 0x800) {
    out.grow(2);
    out.buf[out.n++] = 0xc0 | (c >> 6);
    out.buf[out.n++] = 0x80 | (c & 63);
  } else if (c < 0x10000) {
    if (isSurr(c) && !pass) return false;
    out.grow(3);
    out.buf[out.n++] = 0xe0 | (c >> 12);
    out.buf[out.n++] = 0x80 | ((c >> 6) & 63);
    out.buf[out.n++] = 0x80 | (c & 63);
  } else {
    out.grow(4);
    out.buf[out.n++] = 0xf0 | (c >> 18);
    out.buf[out.n++] = 0x80 | ((c >> 12) & 63);
    out.buf[out.n++] = 0x80 | ((c >> 6) & 63);
    out.buf[out.n++] = 0x80 | (c & 63);
  }
  return true;
}

function utf16Put(le: boolean) {
  const unit = (out: Sink, u: number) => {
    if (le) {
      out.byte(u & 255);
      out.byte(u >> 8);
    } else {
      out.byte(u >> 8);
      out.byte(u & 255);
    }
  };
  return (out: Sink, c: number, pass: boolean): boolean => {
    if (c >= 0x10000) {
      unit(out, 0xd800 + ((c - 0x10000) >> 10));
      unit(out, 0xdc00 + ((c - 0x10000) & 0x3ff));
    } else {
      if (isSurr(c) && !pass) return false;
      unit(out, c);
    }
    return true;
  };
}

function utf32Put(le: boolean) {
  return (out: Sink, c: number, pass: boolean): boolean => {
    if (isSurr(c) && !pass) return false;
    if (le) {
      out.byte(c & 255);
      out.byte((c >> 8) & 255);
      out.byte((c >> 16) & 255);
      out.byte(0);
    } else {
      out.byte(0);
      out.byte((c >> 16) & 255);
      out.byte((c >> 8) & 255);
      out.byte(c & 255);
    }
    return true;
  };
}

/** cp1252's 0x80-0x9F (0xFFFD: undefined); the rest is latin-1. */
const CP1252_HIGH = [0x20ac, 0xfffd, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0xfffd,
  0x17d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0xfffd,
  0x17e, 0x178];
let cp1252Enc: Map<number, number> | null = null;

function encoderFor(codec: Native): Encoder {
  switch (codec) {
    case 'utf_8': case 'utf_8_sig': return { name: 'utf-8', reason: 'surrogates not allowed', put: utf8Put, passable: true };
    case 'utf_16': return { name: 'utf-16', reason: 'surrogates not allowed', put: utf16Put(true), passable: true };
    case 'utf_16_le': return { name: 'utf-16-le', reason: 'surrogates not allowed', put: utf16Put(true), passable: true };
    case 'utf_16_be': return { name: 'utf-16-be', reason: 'surrogates not allowed', put: utf16Put(false), passable: true };
    case 'utf_32': return { name: 'utf-32', reason: 'surrogates not allowed', put: utf32Put(true), passable: true };
    case 'utf_32_le': return { name: 'utf-32-le', reason: 'surrogates not allowed', put: utf32Put(true), passable: true };
    case 'utf_32_be': return { name: 'utf-32-be', reason: 'surrogates not allowed', put: utf32Put(false), passable: true };
    case 'latin_1': case 'unicode_escape': case 'raw_unicode_escape': return { name: 'latin-1', reason: 'ordinal not in range(256)', put: (o, c) => (c < 256 ? (o.byte(c), true) : false), passable: false };
    case 'ascii': return { name: 'ascii', reason: 'ordinal not in range(128)', put: (o, c) => (c < 128 ? (o.byte(c), true) : false), passable: false };
    case 'utf_7': throw new Error('unreachable: encodeText codes utf-7 itself');
    case 'cp1252': {
      if (cp1252Enc === null) {
        cp1252Enc = new Map();
        CP1252_HIGH.forEach((u, i) => { if (u !== 0xfffd) cp1252Enc!.set(u, 0x80 + i); });
      }
      const m = cp1252Enc;
      return {
        name: 'charmap', reason: 'character maps to <undefined>', passable: false,
        put: (o, c) => {
          if (c < 0x80 || (c >= 0xa0 && c < 0x100)) o.byte(c);
          else {
            const b = m.get(c);
            if (b === undefined) return false;
            o.byte(b);
          }
          return true;
        },
      };
    }
  }
}

/** Bytes per code unit of an encoder (utf-16: 2, utf-32: 4, others 1). */
function unitOf(enc: Encoder): number {
  return enc.name.startsWith('utf-16') ? 2 : enc.name.startsWith('utf-32') ? 4 : 1;
}

function encodeWith(enc: Encoder, s: string | PySurrogateStr, errors: string, bom: Uint8Array | null): Uint8Array {
  const out = new Sink(typeof s === 'string' ? s.length + 8 : s.cps.length * 2 + 8);
  if (bom !== null) out.bytes(bom);
  const pass = errors === 'surrogatepass' && enc.passable;
  // Fast loop over UTF-16 units; the first unencodable character switches to the code point array.
  // A PySurrogateStr has its code points already.
  const len = typeof s === 'string' ? s.length : -1;
  let u = 0;
  let ci = 0;
  while (u < len) {
    s = s as string;
    let c = s.charCodeAt(u);
    let w = 1;
    if (c >= 0xd800 && c < 0xdc00 && u + 1 < len) {
      const d = s.charCodeAt(u + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (!enc.put(out, c, pass)) break;
    u += w;
    ci++;
  }
  if (u === len) return out.result();
  const cps = typeof s === 'string' ? codePoints(s) : s.cps;
  let i = ci;
  const n = cps.length;
  // The exception is made at the first error and moved to each later one (make_encode_exception).
  let exc: PyUnicodeErrorObj | null = null;
  const errorAt = (start: number, end: number): PyUnicodeErrorObj => {
    if (exc === null) return (exc = encodeError(enc.name, s, start, end, enc.reason) as PyUnicodeErrorObj);
    exc.start = start;
    exc.end = end;
    return exc;
  };
  while (i < n) {
    if (enc.put(out, cps[i], pass)) {
      i++;
      continue;
    }
    // A run of unencodable characters is one error (as unicode_encode_ucs1 and the utf-8 encoder); the
    // utf-16 and utf-32 encoders report each surrogate alone.
    let j = i + 1;
    const probe = new Sink();
    if (unitOf(enc) === 1) while (j < n && !enc.put(probe, cps[j], pass)) j++;
    const h = handlerFor(errors);
    if (typeof h === 'string') {
      if (h === 'strict' || h === 'surrogatepass') throw new PyException(errorAt(i, j));
      if (h === 'surrogateescape') {
        // Raw bytes must fill whole code units: utf-16/32 refuse them (as for any bytes replacement).
        if (unitOf(enc) > 1) throw new PyException(errorAt(i, j));
        // The escapable prefix is written; the rest of the run is the error (as CPython's encoders do). The
        // charmap encoder calls the handler for the whole run: all of it escapable, or the error.
        if (enc.name === 'charmap') for (let k = i; k < j; k++) if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw new PyException(errorAt(i, j));
        for (let k = i; k < j; k++) {
          const c = cps[k];
          if (c < 0xdc80 || c > 0xdcff) throw new PyException(errorAt(k, j));
          out.byte(c - 0xdc00);
        }
        i = j;
        continue;
      }
      // The replacement is encoded in turn (charmap: looked up in the mapping); if it cannot be, the error stands.
      const rep = encodeReplacement(h, cps, i, j)!;
      for (const ch of rep) if (!enc.put(out, ch.codePointAt(0)!, false)) throw new PyException(errorAt(i, j));
      i = j;
      continue;
    }
    const [rep, newpos] = handlerResult(call(h, [errorAt(i, j)]), true);
    const pos = handlerPosition(newpos, n);
    if (rep instanceof PyBytesObj) {
      if (rep.bytes.length % unitOf(enc) !== 0) throw new PyException(errorAt(i, j));
      out.bytes(rep.bytes);
    } else {
      // The UTF codecs take only ASCII replacement text; the 8-bit ones what they can encode.
      const rcps = rep instanceof PySurrogateStr ? rep.cps : codePoints(rep as string);
      const utf = enc.passable;
      for (let k = 0; k < rcps.length; k++) {
        if ((utf && rcps[k] >= 128) || !enc.put(out, rcps[k], false)) throw new PyException(errorAt(i, j));
      }
    }
    i = pos;
  }
  return out.result();
}

/** str.encode(encoding='utf-8', errors='strict') with its argument checks. */
export function encodeMethod(s: string | PySurrogateStr, args: PyValue[], kw: string[] | null): PyBytesObj {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (args.length > 2) {
    if (nkw > 0 && npos <= 2) typeError(`encode() takes at most 2 keyword arguments (${args.length} given)`);
    typeError(`encode() takes at most 2 arguments (${args.length} given)`);
  }
  let enc: PyValue = 'utf-8';
  let err: PyValue = 'strict';
  if (npos > 0) enc = args[0];
  if (npos > 1) err = args[1];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    const v = args[npos + k];
    if (name === 'encoding' && npos < 1) enc = v;
    else if (name === 'errors' && npos < 2) err = v;
    else if (name === 'encoding' || name === 'errors') typeError(`argument for encode() given by name ('${name}') and position (${name === 'encoding' ? 1 : 2})`);
    else typeError(`'${name}' is an invalid keyword argument for encode()`);
  }
  enc = strSubValue(enc);
  err = strSubValue(err);
  if (typeof enc !== 'string') typeError(`encode() argument 'encoding' must be str, not ${enc === None ? 'None' : typeOf(enc).name}`);
  if (typeof err !== 'string') typeError(`encode() argument 'errors' must be str, not ${err === None ? 'None' : typeOf(err).name}`);
  return new PyBytesObj(encodeAsMethod(s, enc, err));
}

/** str.encode / bytes(str, encoding, errors) / codecs.encode for text. */
export function encodeText(s: string | PySurrogateStr, encoding: string, errors: string): Uint8Array {
  const codec = nativeCodec(encoding);
  if (codec === null) return encodeViaRegistry(s, encoding, errors);
  if (typeof s !== 'string') {
    // The code points of a str a JS string cannot hold (a high surrogate before a low one).
    if (codec === 'unicode_escape' || codec === 'raw_unicode_escape') return escapeEncode(s.cps, codec === 'raw_unicode_escape');
    if (codec === 'utf_7') return encodeUtf7(s.cps);
  } else {
    // Fast paths: well-formed text to utf-8, pure ASCII to the 8-bit codecs.
    if (codec === 'utf_8' && (s as unknown as { isWellFormed(): boolean }).isWellFormed()) return textEncoder.encode(s);
    if (codec === 'latin_1' || codec === 'ascii' || codec === 'cp1252') {
      const lim = codec === 'latin_1' ? 256 : 128;
      const out = new Uint8Array(s.length);
      let ok = true;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= lim) {
          ok = false;
          break;
        }
        out[i] = c;
      }
      if (ok) return out;
    }
    if (codec === 'unicode_escape' || codec === 'raw_unicode_escape') return escapeEncode(codePoints(s), codec === 'raw_unicode_escape');
    if (codec === 'utf_7') return encodeUtf7(codePoints(s));
  }
  let bom: Uint8Array | null = null;
  if (codec === 'utf_8_sig') bom = Uint8Array.of(0xef, 0xbb, 0xbf);
  else if (codec === 'utf_16') bom = Uint8Array.of(0xff, 0xfe);
  else if (codec === 'utf_32') bom = Uint8Array.of(0xff, 0xfe, 0, 0);
  return encodeWith(encoderFor(codec), s, errors, bom);
}
const textEncoder = new TextEncoder();

/**
 * The encoding that goes on after the first output of an encoding that begins with a byte order mark
 * (utf-8-sig, utf-16, utf-32; their incremental encoders write it once), or null for the others.
 */
export function encodingAfterBom(encoding: string): string | null {
  switch (nativeCodec(encoding)) {
    case 'utf_8_sig': return 'utf-8';
    case 'utf_16': return 'utf-16-le';
    case 'utf_32': return 'utf-32-le';
  }
  return null;
}

// ---------------------------------------------------------------------------
// Decoders: each returns [text, bytes consumed]; `final` false leaves an incomplete tail unread.

/**
 * Code-unit output buffer (a JS string is UTF-16). A surrogate code point written on its own right after
 * another (a high one, then a low one: surrogatepass, utf-32) would read as one astral character in the
 * JS string: the sink records where, and decodeTextValue makes the result a PySurrogateStr.
 */
class TextSink {
  parts: string[] = [];
  units: number[] = [];
  /** Units flushed to parts so far. */
  flushed = 0;
  /** Unit offsets of the low surrogates that follow a high one as separate code points. */
  seams: number[] | null = null;
  cp(c: number): void {
    if (c >= 0x10000) this.units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    else {
      if ((c & 0xfc00) === 0xdc00 && (this.lastUnit() & 0xfc00) === 0xd800) (this.seams ??= []).push(this.flushed + this.units.length);
      this.units.push(c);
    }
    if (this.units.length >= 8192) this.flush();
  }
  str(s: string): void {
    this.flush();
    if ((s.charCodeAt(0) & 0xfc00) === 0xdc00 && (this.lastUnit() & 0xfc00) === 0xd800) (this.seams ??= []).push(this.flushed);
    this.parts.push(s);
    this.flushed += s.length;
  }
  /** Code units written so far. */
  length(): number {
    return this.flushed + this.units.length;
  }
  private lastUnit(): number {
    if (this.units.length > 0) return this.units[this.units.length - 1];
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length > 0) return p.charCodeAt(p.length - 1);
    }
    return 0;
  }
  flush(): void {
    if (this.units.length > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.units));
      this.flushed += this.units.length;
      this.units.length = 0;
    }
  }
  result(): string {
    this.flush();
    sinkSeams = this.seams;
    return this.parts.join('');
  }
}

/** The seams of the last TextSink result (null: none), read by decodeTextValue. */
let sinkSeams: number[] | null = null;

/** A decoded JS string as a str value, the seams of its decoding kept apart. */
function withSeams(text: string, seams: number[] | null): PyValue {
  if (seams === null) return text;
  const cps: number[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      while (k < seams.length && seams[k] < i + 1) k++;
      if (k >= seams.length || seams[k] !== i + 1) {
        cps.push(0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00));
        i++;
        continue;
      }
    }
    cps.push(c);
  }
  return fromCodePoints(cps);
}

/** Run a decoder and give its text as a str value (a PySurrogateStr when surrogates met in a seam). */
function decodedValue(run: () => string): PyValue {
  sinkSeams = null;
  const text = run();
  const seams = sinkSeams;
  sinkSeams = null;
  return withSeams(text, seams);
}

/** decodeUtf8 as a str value (a PySurrogateStr when surrogates met in a seam), for TextIOWrapper. */
export function decodeUtf8Value(data: Uint8Array, errors: string, final: boolean): [string | PySurrogateStr, number] {
  let used = 0;
  const v = decodedValue(() => {
    const r = decodeUtf8(data, errors, final);
    used = r[1];
    return r[0];
  });
  return [v as string | PySurrogateStr, used];
}

/** bytes.decode / str(b, encoding, errors) / codecs.decode for text, as a str value. */
export function decodeTextValue(data: Uint8Array, encoding: string, errors: string): PyValue {
  return decodedValue(() => decodeText(data, encoding, errors));
}

/**
 * One decoding's input and error state (what unicode_decode_call_errorhandler_writer is passed): a Python
 * handler may replace the input through exc.object, so a decoder re-reads `data` after each error; the
 * exception is made at the first error and moved to each later one, as in CPython.
 */
class Decoding {
  exc: PyUnicodeErrorObj | null = null;
  constructor(readonly name: string, public data: Uint8Array, readonly errors: string, readonly out: TextSink) {}
  /** The UnicodeDecodeError for data[start:end] (make_decode_exception). */
  error(start: number, end: number, reason: string): PyUnicodeErrorObj {
    const e = this.exc;
    if (e === null) return (this.exc = decodeError(this.name, this.data, start, end, reason) as PyUnicodeErrorObj);
    e.start = start;
    e.end = end;
    e.reason = reason;
    return e;
  }
}

/**
 * Handle a decoding error on d.data[start:end]: the output and where to resume. Builtin handlers
 * inline; a registered one is called with the UnicodeDecodeError.
 */
function decodeErrorAt(d: Decoding, start: number, end: number, reason: string, pass: ((at: number) => number) | null): number {
  const h = handlerFor(d.errors);
  const out = d.out;
  const data = d.data;
  if (typeof h === 'string') {
    switch (h) {
      case 'ignore': return end;
      case 'replace': out.cp(0xfffd); return end;
      case 'backslashreplace':
        for (let k = start; k < end; k++) out.str('\\x' + data[k].toString(16).padStart(2, '0'));
        return end;
      case 'surrogateescape': {
        // Escape the non-ASCII prefix (at most 4 bytes) and resume after it (PyCodec_SurrogateEscapeErrors).
        const k = escapablePrefix(data, start, end);
        if (k > 0) {
          for (let q = start; q < start + k; q++) out.cp(0xdc00 + data[q]);
          return start + k;
        }
        break;
      }
      case 'surrogatepass': {
        if (pass !== null) {
          const r = pass(start);
          if (r >= 0) return r;
        }
        break;
      }
      case 'xmlcharrefreplace': case 'namereplace':
        typeError("don't know how to handle UnicodeDecodeError in error callback");
    }
    throw new PyException(d.error(start, end, reason));
  }
  const exc = d.error(start, end, reason);
  const [rep, newpos] = handlerResult(call(h, [exc]), false);
  // PEP 293: the handler may have replaced the input; decoding goes on in exc.object.
  const obj = exc.object;
  if (!(obj instanceof PyBytesObj)) typeError(obj === null ? 'object attribute not set' : 'object attribute must be bytes');
  d.data = obj.bytes;
  const pos = handlerPosition(newpos, obj.bytes.length);
  if (rep instanceof PySurrogateStr) for (const c of rep.cps) out.cp(c);
  else if (rep !== '') out.str(rep as string);
  return pos;
}

/** How many bytes from `start` surrogateescape can escape: non-ASCII ones, at most 4. */
function escapablePrefix(b: Uint8Array, start: number, end: number): number {
  let k = 0;
  while (k < 4 && start + k < end && b[start + k] >= 128) k++;
  return k;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const asciiDecoder = new TextDecoder('windows-1252');

export function decodeUtf8(data: Uint8Array, errors: string, final: boolean, name = 'utf-8'): [string, number] {
  let ascii = true;
  for (let i = 0; i < data.length; i++) if (data[i] >= 0x80) { ascii = false; break; }
  // ASCII is the same under every WHATWG single-byte decoder (windows-1252 here).
  if (ascii) return [data.length < 64 ? latin1Str(data) : asciiDecoder.decode(data), data.length];
  try {
    return [fatalUtf8.decode(data), data.length];
  } catch {
    /* fall through to the exact decoder */
  }
  const out = new TextSink();
  const d = new Decoding(name, data, errors, out);
  let n = data.length;
  let i = 0;
  const cont = (k: number) => k < n && (data[k] & 0xc0) === 0x80;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== data) {
      data = d.data;
      n = data.length;
    }
    if (i >= n) break;
    const c = data[i];
    if (c < 0x80) {
      out.units.push(c);
      if (out.units.length >= 8192) out.flush();
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    let reason = '';
    let end = i + 1;
    if (need === 0) reason = 'invalid start byte';
    else {
      // The first continuation byte has a narrower range for some lead bytes (no overlongs, no
      // surrogates, nothing above U+10FFFF); CPython reports the maximal valid prefix.
      let k = 1;
      for (; k <= need; k++) {
        const p = i + k;
        if (p >= n) {
          reason = 'unexpected end of data';
          end = n;
          break;
        }
        const b = data[p];
        const ok = k === 1 ? b >= lo && b <= hi : (b & 0xc0) === 0x80;
        if (!ok) {
          reason = 'invalid continuation byte';
          end = p;
          break;
        }
      }
      if (reason === '') {
        let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let q = 1; q <= need; q++) cp = (cp << 6) | (data[i + q] & 63);
        out.cp(cp);
        i += need + 1;
        continue;
      }
    }
    if (reason === 'unexpected end of data' && !final) break;
    // A truncated encoded surrogate (ED A0..BF) at the end of a chunk waits for more, as in CPython.
    if (!final && c === 0xed && i + 2 === n && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf) break;
    const pass = (at: number): number => {
      // surrogatepass: ED A0..BF 80..BF is an encoded surrogate.
      if (data[at] === 0xed && at + 2 < n + 0 && at + 2 <= n - 1 && data[at + 1] >= 0xa0 && data[at + 1] <= 0xbf && cont(at + 2)) {
        out.cp(((data[at + 1] & 0x3f) << 6 | (data[at + 2] & 0x3f)) + 0xd000);
        return at + 3;
      }
      return -1;
    };
    i = decodeErrorAt(d, i, end, reason, pass);
  }
  return [out.result(), i];
}

function latin1Str(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function decode8bit(data: Uint8Array, errors: string, codec: 'ascii' | 'latin_1' | 'cp1252'): string {
  if (codec === 'latin_1') return latin1Str(data);
  const out = new TextSink();
  const d = new Decoding(codec === 'ascii' ? 'ascii' : 'charmap', data, errors, out);
  let n = data.length;
  let i = 0;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== data) {
      data = d.data;
      n = data.length;
    }
    if (i >= n) break;
    const c = data[i];
    if (c < 0x80 || (codec === 'cp1252' && (c >= 0xa0 || CP1252_HIGH[c - 0x80] !== 0xfffd))) {
      out.cp(c < 0x80 || c >= 0xa0 ? c : CP1252_HIGH[c - 0x80]);
      i++;
      continue;
    }
    // ascii reports one byte per error; charmap too.
    i = decodeErrorAt(d, i, i + 1, codec === 'ascii' ? 'ordinal not in range(128)' : 'character maps to <undefined>', null);
  }
  return out.result();
}

/** UTF-16 with the given byte order (-1 little, 1 big); returns [text, consumed]. */
export function decodeUtf16(data: Uint8Array, errors: string, order: number, final: boolean, name: string, from = 0): [string, number] {
  const out = new TextSink();
  const d = new Decoding(name, data, errors, out);
  let n = data.length;
  const le = order < 0;
  const u = (k: number) => (le ? data[k] | (data[k + 1] << 8) : (data[k] << 8) | data[k + 1]);
  let i = from;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== data) {
      data = d.data;
      n = data.length;
    }
    if (i >= n) break;
    if (i + 1 >= n) {
      if (!final) break;
      i = decodeErrorAt(d, i, n, 'truncated data', null);
      continue;
    }
    const c = u(i);
    if (c < 0xd800 || c >= 0xe000) {
      out.units.push(c);
      if (out.units.length >= 8192) out.flush();
      i += 2;
      continue;
    }
    const pass = (at: number): number => {
      out.cp(u(at));
      return at + 2;
    };
    if (c >= 0xdc00) {
      i = decodeErrorAt(d, i, i + 2, 'illegal encoding', pass);
      continue;
    }
    if (i + 3 >= n) {
      if (!final) break;
      i = decodeErrorAt(d, i, n, 'unexpected end of data', pass);
      continue;
    }
    const lo = u(i + 2);
    if (lo >= 0xdc00 && lo < 0xe000) {
      out.units.push(c, lo);
      i += 4;
      continue;
    }
    i = decodeErrorAt(d, i, i + 2, 'illegal UTF-16 surrogate', pass);
  }
  return [out.result(), i];
}

export function decodeUtf32(data: Uint8Array, errors: string, order: number, final: boolean, name: string, from = 0): [string, number] {
  const out = new TextSink();
  const d = new Decoding(name, data, errors, out);
  let n = data.length;
  const le = order < 0;
  let i = from;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== data) {
      data = d.data;
      n = data.length;
    }
    if (i >= n) break;
    if (i + 3 >= n) {
      if (!final) break;
      i = decodeErrorAt(d, i, n, 'truncated data', null);
      continue;
    }
    const c = le ? (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)) + data[i + 3] * 0x1000000
      : data[i] * 0x1000000 + ((data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]);
    if (c >= 0x110000) {
      i = decodeErrorAt(d, i, i + 4, 'code point not in range(0x110000)', null);
      continue;
    }
    if (isSurr(c)) {
      i = decodeErrorAt(d, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', (at) => {
        out.cp(c);
        return at + 4;
      });
      continue;
    }
    out.cp(c);
    i += 4;
  }
  return [out.result(), i];
}

/**
 * str(obj, encoding, errors) (PyUnicode_FromEncodedObject): `encoding`/`errors` undefined when not
 * given; checks and messages as CPython's str().
 */
export function strFromEncoded(obj: PyValue, encoding: PyValue | undefined, errors: PyValue | undefined): PyValue {
  if (encoding !== undefined) encoding = strSubValue(encoding);
  if (errors !== undefined) errors = strSubValue(errors);
  if (encoding !== undefined && typeof encoding !== 'string') typeError(`str() argument 'encoding' must be str, not ${encoding === None ? 'None' : typeOf(encoding).name}`);
  if (errors !== undefined && typeof errors !== 'string') typeError(`str() argument 'errors' must be str, not ${errors === None ? 'None' : typeOf(errors).name}`);
  if (typeof obj === 'string' || typeOf(obj).isSubtype(strType)) typeError('decoding str is not supported');
  const b = codecHooks.asSimpleBytes(obj);
  if (b === undefined) typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  return decodeAsMethod(b, encoding ?? 'utf-8', errors ?? 'strict');
}

/** bytes.decode / str(b, encoding, errors) / codecs.decode for text. */
export function decodeText(data: Uint8Array, encoding: string, errors: string): string {
  const codec = nativeCodec(encoding);
  if (codec === null) return decodeViaRegistry(data, encoding, errors);
  switch (codec) {
    case 'utf_8': return decodeUtf8(data, errors, true)[0];
    case 'utf_8_sig': {
      const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
      return decodeUtf8(bom ? data.subarray(3) : data, errors, true)[0];
    }
    case 'latin_1': case 'ascii': case 'cp1252': return decode8bit(data, errors, codec);
    case 'utf_16_le': return decodeUtf16(data, errors, -1, true, 'utf-16-le')[0];
    case 'utf_16_be': return decodeUtf16(data, errors, 1, true, 'utf-16-be')[0];
    case 'utf_32_le': return decodeUtf32(data, errors, -1, true, 'utf-32-le')[0];
    case 'utf_32_be': return decodeUtf32(data, errors, 1, true, 'utf-32-be')[0];
    case 'utf_16': return decodeUtf16Ex(data, errors, 0, true)[0];
    case 'utf_32': return decodeUtf32Ex(data, errors, 0, true)[0];
    case 'unicode_escape': return decodeEscapes(data, errors, false, true)[0];
    case 'utf_7': return decodeUtf7(data, errors, true)[0];
    case 'raw_unicode_escape': return decodeEscapes(data, errors, true, true)[0];
  }
}

/** unicode_escape (repr-like escapes, quotes untouched) and raw_unicode_escape (only above U+00FF). */
function escapeEncode(cps: number[], raw: boolean): Uint8Array {
  const out = new Sink();
  const put = (t: string) => { for (let i = 0; i < t.length; i++) out.byte(t.charCodeAt(i)); };
  for (const cp of cps) {
    if (raw) {
      if (cp >= 0x100) put(charRepr(cp));
      else out.byte(cp);
    } else if (cp === 0x5c) put('\\\\');
    else if (cp === 9) put('\\t');
    else if (cp === 10) put('\\n');
    else if (cp === 13) put('\\r');
    else if (cp < 0x20 || cp >= 0x7f) put(charRepr(cp));
    else out.byte(cp);
  }
  return out.result();
}

const hexVal = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

/**
 * unicode_escape / raw_unicode_escape decoding (_PyUnicode_DecodeUnicodeEscapeInternal): bytes are
 * latin-1 text with backslash escapes; a bad escape is an error over the bytes it spans.
 */
function decodeEscapes(data: Uint8Array, errors: string, raw: boolean, final: boolean): [string, number] {
  const name = raw ? 'rawunicodeescape' : 'unicodeescape';
  let firstInvalid: string | null = null;
  const out = new TextSink();
  const d = new Decoding(name, data, errors, out);
  let n = data.length;
  let i = 0;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== data) {
      data = d.data;
      n = data.length;
    }
    if (i >= n) break;
    const c = data[i];
    if (c !== 0x5c) {
      out.cp(c);
      i++;
      continue;
    }
    if (raw) {
      // Only \u and \U are escapes, and only after an odd run of backslashes.
      let j = i;
      while (j < n && data[j] === 0x5c) j++;
      const nx = data[j];
      const escape = (j - i) % 2 === 1 && (nx === 0x75 || nx === 0x55);
      // Not final, a backslash at the end may begin an escape: it is left unread.
      const open = j >= n && (j - i) % 2 === 1 && !final;
      const lit = escape || open ? j - 1 : j;
      for (; i < lit; i++) out.cp(0x5c);
      if (open) break;
      if (!escape) continue;
    }
    const start = i;
    if (i + 1 >= n) {
      if (!final) break;
      i = decodeErrorAt(d, start, n, '\\ at end of string', null);
      continue;
    }
    const e = data[i + 1];
    i += 2;
    const simple: { [k: number]: number } = { 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };
    if (!raw && e === 0x0a) continue;
    if (!raw && simple[e] !== undefined) {
      out.cp(simple[e]);
      continue;
    }
    if (!raw && e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && data[i] >= 0x30 && data[i] <= 0x37; k++) v = v * 8 + data[i++] - 0x30;
      if (v > 0o377 && firstInvalid === null) firstInvalid = `octal escape sequence '\\${latin1Str(data.subarray(i - 3, i))}'`;
      out.cp(v);
      continue;
    }
    let digits = 0;
    let what = '';
    if (!raw && e === 0x78) { digits = 2; what = 'truncated \\xXX escape'; }
    else if (e === 0x75) { digits = 4; what = 'truncated \\uXXXX escape'; }
    else if (e === 0x55) { digits = 8; what = 'truncated \\UXXXXXXXX escape'; }
    if (digits > 0) {
      let v = 0;
      let k = 0;
      for (; k < digits && i < n; k++, i++) {
        const h = hexVal(data[i]);
        if (h < 0) break;
        v = v * 16 + h;
      }
      if (k < digits) {
        if (!final && i >= n) { i = start; break; }
        i = decodeErrorAt(d, start, i, what, null);
        continue;
      }
      if (v > 0x10ffff) {
        i = decodeErrorAt(d, start, i, raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character', null);
        continue;
      }
      out.cp(v);
      continue;
    }
    if (!raw && e === 0x4e) {
      // \N{name}; not final, one the input ends in is left unread.
      if (i >= n && !final) {
        i = start;
        break;
      }
      if (i < n && data[i] === 0x7b) {
        let j = i + 1;
        while (j < n && data[j] !== 0x7d) j++;
        if (j >= n && !final) {
          i = start;
          break;
        }
        if (j < n && j > i + 1) {
          const cp = lookupUnicodeName(latin1Str(data.subarray(i + 1, j)));
          if (cp >= 0) {
            out.cp(cp);
            i = j + 1;
            continue;
          }
          i = decodeErrorAt(d, start, j + 1, 'unknown Unicode character name', null);
          continue;
        }
        i = decodeErrorAt(d, start, j, 'malformed \\N character escape', null);
        continue;
      }
      i = decodeErrorAt(d, start, i, 'malformed \\N character escape', null);
      continue;
    }
    // Unknown escapes stay as they are; the first is reported in a DeprecationWarning.
    if (firstInvalid === null) firstInvalid = `escape sequence '\\${String.fromCharCode(e)}'`;
    out.cp(0x5c);
    out.cp(e);
  }
  const text = out.result();
  if (firstInvalid !== null) invalidEscapeWarning(firstInvalid);
  return [text, i];
}

/** The DeprecationWarning of the first invalid escape ("invalid escape sequence '\\q'"), at the caller. */
function invalidEscapeWarning(what: string): void {
  const seams = sinkSeams;
  warn(`invalid ${what}`, exceptionTypes.get('DeprecationWarning')!, 1, None);
  sinkSeams = seams;
}

// UTF-7 (RFC 2152) as CPython codes it: set D, set O and whitespace are written as themselves, anything
// else in base64 runs of UTF-16 units ("+...-"); the decoder takes any ASCII but '+' as itself.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const isBase64 = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const fromBase64 = (c: number) => (c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63);
/** Written as itself by the encoder: printable ASCII but + \\ ~, and tab, LF, CR. */
const utf7Direct = (c: number) => (c >= 32 ? c < 127 && c !== 43 && c !== 92 && c !== 126 : c === 9 || c === 10 || c === 13);

/** _PyUnicode_EncodeUTF7: never fails (a lone surrogate is a UTF-16 unit like any other). */
function encodeUtf7(cps: number[]): Uint8Array {
  const out = new Sink(cps.length + 8);
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const put16 = (u: number) => {
    bits += 16;
    buf = (buf << 16) | u;
    while (bits >= 6) {
      out.byte(BASE64.charCodeAt((buf >> (bits - 6)) & 63));
      bits -= 6;
    }
    buf &= (1 << bits) - 1;
  };
  for (const ch of cps) {
    if (utf7Direct(ch)) {
      if (inShift) {
        if (bits > 0) out.byte(BASE64.charCodeAt((buf << (6 - bits)) & 63));
        buf = 0;
        bits = 0;
        inShift = false;
        // A character that could continue the base64 run ends it with '-'.
        if (isBase64(ch) || ch === 45) out.byte(45);
      }
      out.byte(ch);
      continue;
    }
    if (!inShift) {
      if (ch === 43) {
        out.byte(43);
        out.byte(45);
        continue;
      }
      out.byte(43);
      inShift = true;
    }
    if (ch >= 0x10000) {
      put16(0xd800 | ((ch - 0x10000) >> 10));
      put16(0xdc00 | ((ch - 0x10000) & 0x3ff));
    } else put16(ch);
  }
  if (bits > 0) out.byte(BASE64.charCodeAt((buf << (6 - bits)) & 63));
  if (inShift) out.byte(45);
  return out.result();
}

/**
 * PyUnicode_DecodeUTF7Stateful: [text, consumed]. Not final, an open base64 run is left unread (its
 * output taken back), as the run's state is not kept.
 */
function decodeUtf7(data: Uint8Array, errors: string, final: boolean): [string, number] {
  const out = new TextSink();
  const d = new Decoding('utf7', data, errors, out);
  let n = data.length;
  let s = 0;
  let inShift = false;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  let startinpos = 0;
  let shiftOutStart = 0;
  for (;;) {
    for (;;) {
      // An error handler may have replaced the input (Decoding).
      if (d.data !== data) {
        data = d.data;
        n = data.length;
      }
      if (s >= n) break;
      const ch = data[s];
      let err: string;
      if (inShift) {
        if (isBase64(ch)) {
          buf = (buf << 6) | fromBase64(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            const u = buf >> (bits - 16);
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate !== 0) {
              if ((u & 0xfc00) === 0xdc00) {
                out.cp(0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00));
                surrogate = 0;
                continue;
              }
              out.cp(surrogate);
              surrogate = 0;
            }
            if ((u & 0xfc00) === 0xd800) surrogate = u;
            else out.cp(u);
          }
          continue;
        }
        // The run ends: what is left of its bits must be padding (fewer than 6, all zero).
        inShift = false;
        if (bits >= 6) {
          s++;
          err = 'partial character in shift sequence';
        } else if (bits > 0 && buf !== 0) {
          s++;
          err = 'non-zero padding bits in shift sequence';
        } else {
          if (surrogate !== 0 && ch < 128) out.cp(surrogate);
          surrogate = 0;
          // '-' is absorbed; another character ending the run is itself.
          if (ch === 45) s++;
          continue;
        }
      } else if (ch === 43) {
        startinpos = s++;
        if (s < n && data[s] === 45) {
          s++;
          out.cp(43);
          continue;
        }
        if (s < n && !isBase64(data[s])) {
          s++;
          err = 'ill-formed sequence';
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length();
          bits = 0;
          buf = 0;
          continue;
        }
      } else if (ch < 128) {
        s++;
        out.cp(ch);
        continue;
      } else {
        startinpos = s++;
        err = 'unexpected special character';
      }
      s = decodeErrorAt(d, startinpos, s, err, null);
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate !== 0 || bits >= 6 || (bits > 0 && buf !== 0)) {
        s = decodeErrorAt(d, startinpos, n, 'unterminated shift sequence', null);
        if (s < d.data.length) continue;
      }
    }
    break;
  }
  if (!final && inShift) return [out.result().slice(0, shiftOutStart), startinpos];
  return [out.result(), s];
}

/** utf_16_ex_decode: a BOM picks the order when `order` is 0; returns [text, consumed, order]. */
function decodeUtf16Ex(data: Uint8Array, errors: string, order: number, final: boolean): [string, number, number] {
  let from = 0;
  if (order === 0 && data.length >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) { order = -1; from = 2; }
    else if (data[0] === 0xfe && data[1] === 0xff) { order = 1; from = 2; }
  }
  const o = order === 0 ? -1 : order;
  const [s, k] = decodeUtf16(data, errors, o, final, o < 0 ? 'utf-16-le' : 'utf-16-be', from);
  return [s, k, order];
}
function decodeUtf32Ex(data: Uint8Array, errors: string, order: number, final: boolean): [string, number, number] {
  let from = 0;
  if (order === 0 && data.length >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) { order = -1; from = 4; }
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) { order = 1; from = 4; }
  }
  const o = order === 0 ? -1 : order;
  const [s, k] = decodeUtf32(data, errors, o, final, o < 0 ? 'utf-32-le' : 'utf-32-be', from);
  return [s, k, order];
}

// ---------------------------------------------------------------------------
// The codec registry (codecs.register): Python codecs for encodings Typhon lacks natively.

const searchFunctions: PyValue[] = [];
const registryCache = new Map<string, PyValue>();
let encodingsTried = false;

// A coding cookie naming a codec the tokenizer lacks (parser/source.ts) decodes through the registry.
sourceCodecs.decode = (name, b) => {
  try {
    lookupCodec(name);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(LookupError)) return undefined;
    throw e;
  }
  try {
    return { text: strOfValue(decodeTextValue(b, name, 'strict')) };
  } catch (e) {
    if (e instanceof PyException) return { error: strOfValue(e.exc) };
    throw e;
  }
};

/** codecs.lookup: a CodecInfo from the search functions (importing `encodings` first, as CPython). */
/** A str argument CPython takes as a C string ("s"): UTF-8 (a lone surrogate cannot be) without NUL. */
export function cString(s: string): void {
  if (!/[\0\ud800-\udfff]/.test(s)) return;
  encodeText(s, 'utf-8', 'strict');
  if (s.includes('\0')) raise(ValueErrorT, 'embedded null character');
}

function lookupCodec(encoding: string): PyValue {
  cString(encoding);
  const norm = cNormalizeEncoding(encoding);
  const hit = registryCache.get(norm);
  if (hit !== undefined) return hit;
  if (!encodingsTried) {
    encodingsTried = true;
    try {
      loadModule('encodings');
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
  }
  for (const f of searchFunctions) {
    const r = call(f, [norm]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) {
      if (!(r instanceof PyTuple)) typeError('codec search functions must return 4-tuples');
    }
    registryCache.set(norm, r);
    return r;
  }
  const native = nativeCodec(encoding);
  if (native !== null) {
    const info = nativeCodecInfo(native);
    registryCache.set(norm, info);
    return info;
  }
  raise(LookupError, `unknown encoding: ${encoding}`);
}

let codecInfoType: PyType | null = null;
/** A CodecInfo-like 4-tuple with attributes for a native codec (when codecs.py is not loaded). */
function nativeCodecInfo(codec: Native): PyValue {
  const name = INFO_NAME[codec];
  const enc = new PyBuiltin('encode', (args, kw) => {
    const [arg, errors] = argsOf('encode', ['str', 'errors'], args, kw, 1);
    const s = anyStr(arg!);
    if (s instanceof PySurrogateStr) return new PyTuple([new PyBytesObj(encodeText(s, name, errStr(errors))), s.cps.length]);
    if (typeof s !== 'string') typeError(`${codec}_encode() argument 1 must be str, not ${typeOf(arg!).name}`);
    return new PyTuple([new PyBytesObj(encodeText(s, name, errStr(errors))), cpLength(s)]);
  });
  const dec = new PyBuiltin('decode', (args, kw) => {
    const [d, errors] = argsOf('decode', ['data', 'errors'], args, kw, 1);
    const b = needBuffer(d!);
    return new PyTuple([decodeTextValue(b, name, errStr(errors)), b.length]);
  });
  if (codecInfoType === null) {
    codecInfoType = new PyType(typeOfTuple(), 'CodecInfo', [tupleTypeRef()], 0);
    codecInfoType.mro = [codecInfoType, ...tupleTypeRef().mro];
    codecInfoType.tdict.set('__module__', 'codecs');
    defineGetters(codecInfoType, {
      name: (self) => (self as PyTuple & { cname: string }).cname,
      encode: (self) => (self as PyTuple).items[0],
      decode: (self) => (self as PyTuple).items[1],
      incrementalencoder: () => None,
      incrementaldecoder: () => None,
      streamreader: () => None,
      streamwriter: () => None,
    });
    defineMethods(codecInfoType, {
      __repr__: (self) => `<codecs.CodecInfo object for encoding ${(self as PyTuple & { cname: string }).cname}>`,
    });
  }
  const t = new PyTuple([enc, dec, None, None], codecInfoType) as PyTuple & { cname: string };
  t.cname = name;
  return t;
}
import { tupleType as tupleTypeObj, typeType as typeTypeObj } from '../objects/object.js';
const tupleTypeRef = () => tupleTypeObj;
const typeOfTuple = () => typeTypeObj;

/** Builtin exception types with no state beyond BaseException's (CPython's SimpleExtendsException). */
const SIMPLE_EXCEPTIONS = new Set(['BaseException', 'Exception', 'TypeError', 'StopAsyncIteration', 'GeneratorExit', 'ArithmeticError',
  'ZeroDivisionError', 'OverflowError', 'FloatingPointError', 'LookupError', 'IndexError', 'KeyError', 'ValueError', 'UnicodeError',
  'AssertionError', 'BufferError', 'EOFError', 'RuntimeError', 'RecursionError', 'NotImplementedError', 'ReferenceError', 'MemoryError',
  'SystemError', 'KeyboardInterrupt', 'Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning',
  'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning']);

/**
 * Call a codec function found in the registry; an exception it raises is wrapped as CPython's
 * wrap_codec_error (_PyErr_TrySetFromCause) does: same type, "encoding with 'x' codec failed
 * (TypeError: ...)", the original as __cause__, if the type carries no state of its own.
 */
function callCodec(f: PyValue, args: PyValue[], operation: string, encoding: string): PyValue {
  return asCodecCall(operation, encoding, () => call(f, args));
}

/** Run a coding as the codec machinery does (_PyCodec_EncodeText...): its simple errors wrapped. */
function asCodecCall<T>(operation: string, encoding: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const val = e.exc;
    const cls = val.cls;
    const builtin = cls.mro.find((t) => !(t.flags & TF_HEAPTYPE));
    const a = val.args.items;
    if (builtin === undefined || !SIMPLE_EXCEPTIONS.has(builtin.name)
      || cls.lookup('__init__') !== builtin.lookup('__init__') || cls.lookup('__new__') !== builtin.lookup('__new__')
      || a.length > 1 || (a.length === 1 && typeof a[0] !== 'string') || (val.dict !== null && val.dict.t.size > 0)) throw e;
    const wrapped = call(cls, [`${operation} with '${encoding}' codec failed (${cls.name}: ${strOfValue(val)})`]) as PyBaseException;
    wrapped.cause = val;
    wrapped.suppressContext = true;
    throw new PyException(wrapped);
  }
}

/**
 * The encoding names PyUnicode_Decode and PyUnicode_AsEncodedString code themselves (after
 * _Py_normalize_encoding); any other goes through the codec machinery, which wraps the errors an error
 * handler raises ("decoding with 'utf-16-le' codec failed (TypeError: ...)").
 */
const DIRECT_NAMES = new Set(['utf_8', 'utf8', 'utf_16', 'utf16', 'utf_32', 'utf32', 'ascii', 'us_ascii', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1']);
const directCache = new Map<string, boolean>([['utf-8', true]]);
function codedDirectly(encoding: string): boolean {
  let r = directCache.get(encoding);
  if (r === undefined) {
    r = DIRECT_NAMES.has(normalizeEncoding(encoding));
    if (directCache.size < 256) directCache.set(encoding, r);
  }
  return r;
}

/** io_check_errors: in development mode (-X dev) a TextIOWrapper looks its error handler up at once. */
export function checkErrorsInDevMode(errors: string): void {
  if (sysFlag('dev_mode') && !BUILTIN_HANDLERS.includes(errors)) handlerFor(errors);
}

/**
 * unicode_check_encoding_errors: in development mode (-X dev) str.encode, bytes.decode and str(bytes)
 * look the encoding and the error handler up even when nothing needs them (a LookupError for a bad name).
 */
function checkEncodingErrors(encoding: string, errors: string): void {
  if ((encoding === 'utf-8' || encoding === 'utf8' || encoding === 'ascii')
    && (errors === 'strict' || errors === 'ignore' || errors === 'replace' || errors === 'surrogateescape' || errors === 'surrogatepass')) return;
  cString(encoding);
  cString(errors);
  if (!sysFlag('dev_mode')) return;
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii') lookupCodec(encoding);
  if (!BUILTIN_HANDLERS.includes(errors)) handlerFor(errors);
}

/** PyUnicode_AsEncodedString: str.encode and bytes(str, encoding, errors). */
export function encodeAsMethod(s: string | PySurrogateStr, encoding: string, errors: string): Uint8Array {
  checkEncodingErrors(encoding, errors);
  if (codedDirectly(encoding) || nativeCodec(encoding) === null) return encodeText(s, encoding, errors);
  return asCodecCall('encoding', encoding, () => encodeText(s, encoding, errors));
}

/** PyUnicode_Decode: bytes.decode and str(bytes, encoding, errors). */
export function decodeAsMethod(data: Uint8Array, encoding: string, errors: string): PyValue {
  checkEncodingErrors(encoding, errors);
  if (codedDirectly(encoding) || nativeCodec(encoding) === null) return decodeTextValue(data, encoding, errors);
  return asCodecCall('decoding', encoding, () => decodeTextValue(data, encoding, errors));
}

/** The codec a TextIOWrapper is given (its C name: up to a NUL), LookupError if none or not a text encoding. */
export function lookupTextEncoding(name: string): void {
  const k = name.indexOf('\0');
  lookupTextCodec(k < 0 ? name : name.slice(0, k), 'codecs.open()');
}

/** _PyCodec_LookupTextEncoding: a codec marked _is_text_encoding = False is refused by str/bytes methods. */
function lookupTextCodec(encoding: string, alt: string): PyValue {
  const info = lookupCodec(encoding);
  const t = getAttrOpt(info, '_is_text_encoding');
  if (t !== undefined && !truthy(t)) raise(LookupError, `'${encoding}' is not a text encoding; use ${alt} to handle arbitrary codecs`);
  return info;
}

function encodeViaRegistry(s: PyValue, encoding: string, errors: string): Uint8Array {
  const info = lookupTextCodec(encoding, 'codecs.encode()');
  const r = callCodec(getItem(info, 0), [s, errors], 'encoding', encoding);
  if (!(r instanceof PyTuple) || r.items.length !== 2) typeError('encoder must return a tuple (object, integer)');
  const v = r.items[0];
  if (!(v instanceof PyBytesObj)) {
    typeError(`'${encoding}' encoder returned '${typeOf(v).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
  }
  return v.bytes;
}

function decodeViaRegistry(data: Uint8Array, encoding: string, errors: string): string {
  const info = lookupTextCodec(encoding, 'codecs.decode()');
  const r = callCodec(getItem(info, 1), [new PyBytesObj(data), errors], 'decoding', encoding);
  if (!(r instanceof PyTuple) || r.items.length !== 2) typeError('decoder must return a tuple (object,integer)');
  const v = r.items[0];
  if (typeof v !== 'string') {
    typeError(`'${encoding}' decoder returned '${typeOf(v).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  }
  return v;
}

// ---------------------------------------------------------------------------
// The _codecs module.

/** Hook from bytes.ts (buffer protocol), set at start-up to avoid an import cycle. */
export const codecHooks = {
  asBytes: (v: PyValue): Uint8Array | undefined => (v instanceof PyBytesObj ? v.bytes : undefined),
  asSimpleBytes: (v: PyValue): Uint8Array | undefined => (v instanceof PyBytesObj ? v.bytes : undefined),
};
function bufferBytes(v: PyValue): Uint8Array | undefined {
  return codecHooks.asBytes(v);
}
function needBuffer(v: PyValue): Uint8Array {
  const b = bufferBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function argsOf(fname: string, names: string[], args: PyValue[], kw: string[] | null, required: number): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > names.length) typeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const j = names.indexOf(kw![k]);
    if (j < 0) typeError(`${fname}() got an unexpected keyword argument '${kw![k]}'`);
    out[j] = args[npos + k];
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

function errStr(v: PyValue | undefined): string {
  if (v === undefined || v === None) return 'strict';
  v = strSubValue(v);
  if (typeof v !== 'string') typeError(`argument 'errors' must be str or None, not ${typeOf(v).name}`);
  cString(v);
  return v;
}

function strArg(fname: string, v: PyValue | undefined, n: number): string {
  if (v !== undefined) v = strSubValue(v);
  if (typeof v === 'string') return v;
  typeError(`${fname}() argument ${n} must be str, not ${typeOf(v ?? None).name}`);
}

/** A text argument: any str (a subclass gives its text; a PySurrogateStr holds a high surrogate before a low one). */
function textArg(fname: string, v: PyValue | undefined, n: number): string | PySurrogateStr {
  const t = v === undefined ? undefined : anyStr(v);
  if (t === undefined) typeError(`${fname}() argument ${n} must be str, not ${typeOf(v ?? None).name}`);
  return t;
}

function textLength(t: string | PySurrogateStr): number {
  return typeof t === 'string' ? cpLength(t) : t.cps.length;
}

/** A 's*' argument (the escape decoders): a bytes-like object, or a str as its UTF-8 (strict). */
function bufferOrText(v: PyValue): Uint8Array {
  const t = anyStr(v);
  return t !== undefined ? encodeText(t, 'utf-8', 'strict') : needBuffer(v);
}

export function initCodecs(): void {
  registerNativeModule('_codecs', () => {
    const d = new PyDict();
    const m = new PyModule('_codecs', d);
    const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue) => d.setStr(name, new PyBuiltin(name, fn));
    def('register', (args) => {
      if (args.length !== 1) typeError(`_codecs.register() takes exactly one argument (${args.length} given)`);
      if (typeOf(args[0]).lookup('__call__') === undefined) typeError('argument must be callable');
      searchFunctions.push(args[0]);
      return None;
    });
    def('unregister', (args) => {
      const i = searchFunctions.indexOf(args[0]);
      if (i >= 0) {
        searchFunctions.splice(i, 1);
        registryCache.clear();
      }
      return None;
    });
    def('lookup', (args) => lookupCodec(strArg('lookup', args[0], 1)));
    def('encode', (args, kw) => {
      const [obj, enc, errors] = argsOf('encode', ['obj', 'encoding', 'errors'], args, kw, 1);
      const e = enc === undefined ? 'utf-8' : strArg('encode', enc, 2);
      cString(e);
      if ((typeof obj === 'string' || obj instanceof PySurrogateStr) && nativeCodec(e) !== null) {
        const err = errStr(errors);
        return new PyBytesObj(asCodecCall('encoding', e, () => encodeText(obj, e, err)));
      }
      const r = callCodec(getItem(lookupCodec(e), 0), [obj!, errStr(errors)], 'encoding', e);
      return getItem(r, 0);
    });
    def('decode', (args, kw) => {
      const [obj, enc, errors] = argsOf('decode', ['obj', 'encoding', 'errors'], args, kw, 1);
      const e = enc === undefined ? 'utf-8' : strArg('decode', enc, 2);
      cString(e);
      const b = bufferBytes(obj!);
      if (b !== undefined && nativeCodec(e) !== null) {
        const err = errStr(errors);
        return asCodecCall('decoding', e, () => decodeTextValue(b, e, err));
      }
      const r = callCodec(getItem(lookupCodec(e), 1), [obj!, errStr(errors)], 'decoding', e);
      return getItem(r, 0);
    });
    def('register_error', (args) => {
      const name = strArg('register_error', args[0], 1);
      if (args[1] === undefined || typeOf(args[1]).lookup('__call__') === undefined) typeError('handler must be callable');
      customHandlers.set(name, args[1]);
      return None;
    });
    def('lookup_error', (args) => lookupErrorHandler(strArg('lookup_error', args[0], 1)));
    // The per-codec functions encodings/*.py call: (obj, errors=None[, final]) -> (result, consumed).
    const encFn = (codecName: string, label: string) => def(label, (args, kw) => {
      const [arg, errors] = argsOf(label, ['str', 'errors'], args, kw, 1);
      const s = anyStr(arg!);
      if (s instanceof PySurrogateStr) return new PyTuple([new PyBytesObj(encodeText(s, codecName, errStr(errors))), s.cps.length]);
      if (typeof s !== 'string') typeError(`${label}() argument 1 must be str, not ${typeOf(arg!).name}`);
      return new PyTuple([new PyBytesObj(encodeText(s, codecName, errStr(errors))), cpLength(s)]);
    });
    encFn('utf-8', 'utf_8_encode');
    encFn('latin-1', 'latin_1_encode');
    encFn('ascii', 'ascii_encode');
    encFn('utf-16-le', 'utf_16_le_encode');
    encFn('utf-16-be', 'utf_16_be_encode');
    encFn('utf-32-le', 'utf_32_le_encode');
    encFn('utf-32-be', 'utf_32_be_encode');
    const orderedEnc = (label: string, base: string) => def(label, (args, kw) => {
      const [s, errors, order] = argsOf(label, ['str', 'errors', 'byteorder'], args, kw, 1);
      if (typeof s !== 'string' && !(s instanceof PySurrogateStr)) typeError(`${label}() argument 1 must be str, not ${typeOf(s!).name}`);
      const o = order === undefined ? 0 : Number(index(order));
      const name = o < 0 ? `${base}-le` : o > 0 ? `${base}-be` : base;
      return new PyTuple([new PyBytesObj(encodeText(s, name, errStr(errors))), typeof s === 'string' ? cpLength(s) : s.cps.length]);
    });
    orderedEnc('utf_16_encode', 'utf-16');
    orderedEnc('utf_32_encode', 'utf-32');
    const decFn = (label: string, f: (b: Uint8Array, errors: string, final: boolean) => [string, number], text = false, finalDefault = false) => def(label, (args, kw) => {
      const [data, errors, final] = argsOf(label, ['data', 'errors', 'final'], args, kw, 1);
      const b = text ? bufferOrText(data!) : needBuffer(data!);
      let k = 0;
      const s = decodedValue(() => {
        const r = f(b, errStr(errors), final === undefined ? finalDefault : final === true || (typeof final === 'number' && final !== 0));
        k = r[1];
        return r[0];
      });
      return new PyTuple([s, k]);
    });
    decFn('utf_8_decode', (b, e, f) => decodeUtf8(b, e, f));
    decFn('utf_16_le_decode', (b, e, f) => decodeUtf16(b, e, -1, f, 'utf-16-le'));
    decFn('utf_16_be_decode', (b, e, f) => decodeUtf16(b, e, 1, f, 'utf-16-be'));
    decFn('utf_32_le_decode', (b, e, f) => decodeUtf32(b, e, -1, f, 'utf-32-le'));
    decFn('utf_32_be_decode', (b, e, f) => decodeUtf32(b, e, 1, f, 'utf-32-be'));
    decFn('utf_16_decode', (b, e, f) => { const r = decodeUtf16Ex(b, e, 0, f); return [r[0], r[1]]; });
    decFn('utf_32_decode', (b, e, f) => { const r = decodeUtf32Ex(b, e, 0, f); return [r[0], r[1]]; });
    decFn('latin_1_decode', (b, e) => [decode8bit(b, e, 'latin_1'), b.length]);
    decFn('ascii_decode', (b, e) => [decode8bit(b, e, 'ascii'), b.length]);
    const exDec = (label: string, f: typeof decodeUtf16Ex) => def(label, (args, kw) => {
      const [data, errors, order, final] = argsOf(label, ['data', 'errors', 'byteorder', 'final'], args, kw, 1);
      const b = needBuffer(data!);
      let r: [string, number, number] = ['', 0, 0];
      const s = decodedValue(() => {
        r = f(b, errStr(errors), order === undefined ? 0 : Number(index(order)), final === true || (typeof final === 'number' && final !== 0));
        return r[0];
      });
      return new PyTuple([s, r[1], r[2]]);
    });
    exDec('utf_16_ex_decode', decodeUtf16Ex);
    decFn('utf_7_decode', (b, e, f) => decodeUtf7(b, e, f));
    encFn('utf-7', 'utf_7_encode');
    exDec('utf_32_ex_decode', decodeUtf32Ex);
    def('charmap_build', (args) => {
      const s = textArg('charmap_build', args[0], 1);
      const out = new PyDict();
      (typeof s === 'string' ? codePoints(s) : s.cps).forEach((c, i) => out.set(c, i));
      return out;
    });
    def('charmap_decode', (args, kw) => {
      const [data, errors, mapping] = argsOf('charmap_decode', ['data', 'errors', 'mapping'], args, kw, 1);
      const b = needBuffer(data!);
      const errs = errStr(errors);
      if (mapping === undefined || mapping === None) return new PyTuple([decode8bit(b, errs, 'latin_1'), b.length]);
      // A mapped lone high surrogate may meet a mapped lone low one: the sink records the seam.
      return new PyTuple([decodedValue(() => charmapDecode(b, errs, mapping)), b.length]);
    });
    def('charmap_encode', (args, kw) => {
      const [s, errors, mapping] = argsOf('charmap_encode', ['str', 'errors', 'mapping'], args, kw, 1);
      const text = textArg('charmap_encode', s, 1);
      if (mapping === undefined || mapping === None) return new PyTuple([new PyBytesObj(encodeText(text, 'latin-1', errStr(errors))), textLength(text)]);
      const enc: Encoder = {
        name: 'charmap', reason: 'character maps to <undefined>', passable: false,
        put: (o, c) => {
          let v: PyValue | undefined;
          try {
            v = getItem(mapping, c);
          } catch (e) {
            if (!(e instanceof PyException && e.exc.cls.isSubtype(LookupError))) throw e;
            return false;
          }
          // As charmapencode_lookup: an int in range(256) or bytes; None is undefined.
          if (v === None) return false;
          const iv = asInt(v);
          if (iv !== undefined) {
            const x = Number(iv);
            if (!(x >= 0 && x < 256)) typeError('character mapping must be in range(256)');
            o.byte(x);
          } else if (v instanceof PyBytesObj) o.bytes(v.bytes);
          else typeError(`character mapping must return integer, bytes or None, not ${typeOf(v).tpName}`);
          return true;
        },
      };
      return new PyTuple([new PyBytesObj(encodeWith(enc, text, errStr(errors), null)), textLength(text)]);
    });
    def('readbuffer_encode', (args) => {
      unpackArgs('readbuffer_encode', args, null, 1, 2);
      const v = args[0];
      const b = typeof v === 'string' ? encodeText(v, 'utf-8', 'strict') : needBuffer(v);
      return new PyTuple([new PyBytesObj(b.slice()), b.length]);
    });
    def('escape_encode', (args) => {
      unpackArgs('escape_encode', args, null, 1, 2);
      const b = args[0];
      if (!(b instanceof PyBytesObj) || !typeOf(b).isSubtype(bytesType)) typeError(`escape_encode() argument 1 must be bytes, not ${typeOf(b).tpName}`);
      // Like repr() without quotes, but ' is always escaped (PyBytes_Repr with smartquotes off).
      let r = '';
      for (const c of b.bytes) {
        if (c === 0x27 || c === 0x5c) r += '\\' + String.fromCharCode(c);
        else if (c === 9) r += '\\t';
        else if (c === 10) r += '\\n';
        else if (c === 13) r += '\\r';
        else if (c < 0x20 || c >= 0x7f) r += '\\x' + c.toString(16).padStart(2, '0');
        else r += String.fromCharCode(c);
      }
      return new PyTuple([new PyBytesObj(encodeText(r, 'latin-1', 'strict')), b.bytes.length]);
    });
    def('unicode_escape_encode', (args) => {
      const t = textArg('unicode_escape_encode', args[0], 1);
      return new PyTuple([new PyBytesObj(escapeEncode(typeof t === 'string' ? codePoints(t) : t.cps, false)), textLength(t)]);
    });
    def('raw_unicode_escape_encode', (args) => {
      const t = textArg('raw_unicode_escape_encode', args[0], 1);
      return new PyTuple([new PyBytesObj(escapeEncode(typeof t === 'string' ? codePoints(t) : t.cps, true)), textLength(t)]);
    });
    decFn('unicode_escape_decode', (b, e, f) => decodeEscapes(b, e, false, f), true, true);
    decFn('raw_unicode_escape_decode', (b, e, f) => decodeEscapes(b, e, true, f), true, true);
    // _PyBytes_DecodeEscape: a bad \x is a ValueError, or '?' (replace), or nothing (ignore).
    def('escape_decode', (args) => {
      unpackArgs('escape_decode', args, null, 1, 2);
      const b = bufferOrText(args[0]);
      const errors = args.length > 1 && args[1] !== None ? strSubValue(args[1]) : 'strict';
      if (typeof errors !== 'string') typeError(`escape_decode() argument 2 must be str or None, not ${typeOf(errors).tpName}`);
      let firstInvalid: string | null = null;
      const out: number[] = [];
      const simple: { [k: number]: number } = { 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };
      let i = 0;
      while (i < b.length) {
        const c = b[i++];
        if (c !== 0x5c) {
          out.push(c);
          continue;
        }
        if (i >= b.length) raise(ValueErrorT, 'Trailing \\ in string');
        const e = b[i++];
        if (e === 0x0a) continue;
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let x = e - 0x30;
          for (let k = 0; k < 2 && i < b.length && b[i] >= 0x30 && b[i] <= 0x37; k++) x = x * 8 + b[i++] - 0x30;
          if (x > 0o377 && firstInvalid === null) firstInvalid = `octal escape sequence '\\${latin1Str(b.subarray(i - 3, i))}'`;
          out.push(x & 255);
        } else if (e === 0x78) {
          const h1 = i < b.length ? hexVal(b[i]) : -1;
          const h2 = i + 1 < b.length ? hexVal(b[i + 1]) : -1;
          if (h1 >= 0 && h2 >= 0) {
            out.push(h1 * 16 + h2);
            i += 2;
            continue;
          }
          if (errors === 'strict') raise(ValueErrorT, `invalid \\x escape at position ${i - 2}`);
          if (errors === 'replace') out.push(0x3f);
          else if (errors !== 'ignore') raise(ValueErrorT, `decoding error; unknown error handling code: ${errors}`);
          // The \x is skipped, and a hex digit after it.
          if (h1 >= 0) i++;
        } else {
          if (firstInvalid === null) firstInvalid = `escape sequence '\\${String.fromCharCode(e)}'`;
          out.push(0x5c, e);
        }
      }
      if (firstInvalid !== null) invalidEscapeWarning(firstInvalid);
      return new PyTuple([new PyBytesObj(new Uint8Array(out)), b.length]);
    });
    return m;
  });
}

/** charmap_decode with a mapping: a str (a table of code points) or a lookup of ints and strs. */
function charmapDecode(b: Uint8Array, errs: string, mapping: PyValue): string {
  const mapText = anyStr(mapping);
  const table = mapText === undefined ? null : typeof mapText === 'string' ? codePoints(mapText) : mapText.cps;
  const out = new TextSink();
  const d = new Decoding('charmap', b, errs, out);
  let n = b.length;
  let i = 0;
  for (;;) {
    // An error handler may have replaced the input (Decoding).
    if (d.data !== b) {
      b = d.data;
      n = b.length;
    }
    if (i >= n) break;
    let c: number | undefined;
    if (table !== null) c = b[i] < table.length && table[b[i]] !== 0xfffe ? table[b[i]] : undefined;
    else {
      let v: PyValue | undefined;
      try {
        v = getItem(mapping, b[i]);
      } catch (e) {
        if (!(e instanceof PyException && e.exc.cls.isSubtype(LookupError))) throw e;
      }
      // As charmap_decode_mapping: an int is a code point, a str is written whole, U+FFFE and None are undefined.
      if (v !== undefined && v !== None) {
        const iv = asInt(v);
        if (iv !== undefined) {
          const x = Number(iv);
          if (x !== 0xfffe) {
            if (!(x >= 0 && x <= 0x10ffff)) typeError('character mapping must be in range(0x110000)');
            c = x;
          }
        } else {
          const t = anyStr(v);
          if (t === undefined) typeError('character mapping must return integer, None or str');
          if (t !== '\ufffe') {
            if (typeof t === 'string') out.str(t);
            else for (const x of t.cps) out.cp(x);
            i++;
            continue;
          }
        }
      }
    }
    if (c !== undefined) {
      out.cp(c);
      i++;
    } else i = decodeErrorAt(d, i, i + 1, 'character maps to <undefined>', null);
  }
  return out.result();
}

/** codecs.lookup_error(name): the registered handler or a builtin one (LookupError if none). */
export function lookupErrorHandler(name: string): PyValue {
  const c = customHandlers.get(name);
  if (c !== undefined) return c;
  if (!BUILTIN_HANDLERS.includes(name)) unknownHandler(name);
  return builtinHandler(name);
}

/**
 * A Unicode error's object and its start and end as the C API gives them to the builtin handlers
 * (PyUnicodeEncodeError_GetStart...): the object of the right type, start and end clamped into it.
 */
function excRange(exc: PyUnicodeErrorObj, decode: boolean): [PyValue, number, number] {
  const obj = exc.object;
  if (obj === null) typeError('object attribute not set');
  let size: number;
  if (decode) {
    if (!(obj instanceof PyBytesObj)) typeError('object attribute must be bytes');
    size = obj.bytes.length;
  } else {
    const t = anyStr(obj);
    if (t === undefined) typeError('object attribute must be unicode');
    size = textLength(t);
  }
  let start = exc.start;
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  let end = exc.end;
  if (end < 1) end = 1;
  if (end > size) end = size;
  return [obj, start, end];
}

const builtinHandlerCache = new Map<string, PyBuiltin>();
/** codecs.lookup_error('replace') etc.: callables applying the builtin handlers to an exception. */
function builtinHandler(name: string): PyBuiltin {
  let f = builtinHandlerCache.get(name);
  if (f !== undefined) return f;
  const label = name === 'strict' ? 'strict_errors' : name === 'ignore' ? 'ignore_errors' : name === 'replace' ? 'replace_errors'
    : name === 'backslashreplace' ? 'backslashreplace_errors' : name === 'xmlcharrefreplace' ? 'xmlcharrefreplace_errors'
      : name === 'namereplace' ? 'namereplace_errors' : name;
  f = new PyBuiltin(label, (args) => {
    const exc = args[0];
    if (name === 'strict') {
      if (exc instanceof PyBaseException) throw new PyException(exc);
      typeError('codec must pass exception instance');
    }
    const isEnc = exc instanceof PyBaseException && exc.cls.isSubtype(UnicodeEncodeError);
    const isDec = exc instanceof PyBaseException && exc.cls.isSubtype(UnicodeDecodeError);
    if (!isEnc && !isDec && !(exc instanceof PyBaseException && exc.cls.isSubtype(UnicodeTranslateError))) {
      typeError(`don't know how to handle ${typeOf(exc).tpName} in error callback`);
    }
    const [obj, start, end] = excRange(exc as PyUnicodeErrorObj, isDec);
    if (!isDec) {
      const cps = obj instanceof PySurrogateStr ? obj.cps : codePoints(obj as string);
      if (name === 'surrogateescape' || name === 'surrogatepass') {
        if (!isEnc) typeError(`don't know how to handle ${exc.cls.name} in error callback`);
        const out: number[] = [];
        for (let k = start; k < end; k++) {
          const c = cps[k];
          if (name === 'surrogateescape') {
            if (c < 0xdc80 || c > 0xdcff) throw new PyException(exc);
            out.push(c - 0xdc00);
          } else {
            // Only the UTF codecs can carry a surrogate (get_standard_encoding): others get the error back.
            const enc = nativeCodec(String(excField(exc, 'encoding')));
            if (!isSurr(c) || enc === null || !enc.startsWith('utf_') || enc === 'utf_8_sig') throw new PyException(exc);
            if (enc === 'utf_8') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
            else if (enc === 'utf_16_be') out.push(c >> 8, c & 0xff);
            else if (enc.startsWith('utf_16')) out.push(c & 0xff, c >> 8);
            else if (enc === 'utf_32_be') out.push(0, 0, c >> 8, c & 0xff);
            else out.push(c & 0xff, c >> 8, 0, 0);
          }
        }
        return new PyTuple([new PyBytesObj(new Uint8Array(out)), end]);
      }
      if (!isEnc && (name === 'xmlcharrefreplace' || name === 'namereplace')) typeError(`don't know how to handle ${exc.cls.name} in error callback`);
      const rep = name === 'replace' && !isEnc ? '\ufffd'.repeat(end - start) : encodeReplacement(name, cps, start, end)!;
      return new PyTuple([rep, end]);
    }
    {
      const b = (obj as PyBytesObj).bytes;
      const out = new TextSink();
      switch (name) {
        case 'ignore': break;
        case 'replace': out.cp(0xfffd); break;
        case 'backslashreplace':
          for (let k = start; k < end; k++) out.str('\\x' + b[k].toString(16).padStart(2, '0'));
          break;
        case 'surrogateescape': {
          const k = escapablePrefix(b, start, end);
          if (k === 0) throw new PyException(exc);
          for (let q = start; q < start + k; q++) out.cp(0xdc00 + b[q]);
          return new PyTuple([out.result(), start + k]);
        }
        case 'surrogatepass': {
          // One encoded surrogate at `start`, in the exception's codec.
          const enc = nativeCodec(String(excField(exc, 'encoding')));
          let c = -1;
          let n = 0;
          if (enc === 'utf_8' && start + 2 < b.length && b[start] === 0xed && (b[start + 1] & 0xe0) === 0xa0 && (b[start + 2] & 0xc0) === 0x80) {
            c = 0xd000 | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
            n = 3;
          } else if ((enc === 'utf_16_le' || enc === 'utf_16_be') && start + 1 < b.length) {
            c = enc === 'utf_16_le' ? b[start] | (b[start + 1] << 8) : (b[start] << 8) | b[start + 1];
            n = 2;
          } else if ((enc === 'utf_32_le' || enc === 'utf_32_be') && start + 3 < b.length) {
            c = enc === 'utf_32_le' ? b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24) : (b[start] << 24) | (b[start + 1] << 16) | (b[start + 2] << 8) | b[start + 3];
            n = 4;
          }
          if (!isSurr(c)) throw new PyException(exc);
          return new PyTuple([String.fromCharCode(c), start + n]);
        }
        default:
          typeError(`don't know how to handle ${exc.cls.name} in error callback`);
      }
      return new PyTuple([out.result(), end]);
    }
  });
  builtinHandlerCache.set(name, f);
  return f;
}

