// Decoding a source file's bytes to text the way CPython 3.11 does when it
// reads a file (Parser/tokenizer.c: check_bom, check_coding_spec, ensure_utf8):
// UTF-8 by default, a UTF-8 BOM skipped, a PEP 263 coding cookie on line 1 or 2.
//
// Errors carry no location (CPython's have lineno/offset/text None; here they
// are 0 / null). With `{ compile: true }` the bytes are treated as compile()
// treats a bytes source (string mode of the tokenizer), whose rules and
// messages differ: the cookie's codec decodes everything, "unknown encoding:
// X", the codec's own UnicodeDecodeError text, offset -1.

import { PySyntaxError } from './errors.js';
import { codecByName, decodeStrict } from '../modules/cjk/codecs.js';

function fail(msg: string, filename: string, compile = false): never {
  throw new PySyntaxError('SyntaxError', msg, filename, 0, compile ? -1 : 0, null, 0, 0);
}

export interface DecodeOptions {
  /** Decode as compile() does a bytes source, rather than as running a file. */
  compile?: boolean;
}

/** End of the line starting at i (index of its terminator, or len). */
function lineEnd(b: Uint8Array, i: number): number {
  while (i < b.length && b[i] !== 10 && b[i] !== 13) i++;
  return i;
}

/** Index after the terminator at i. */
function skipEol(b: Uint8Array, i: number): number {
  if (i >= b.length) return i;
  return b[i] === 13 && b[i + 1] === 10 ? i + 2 : i + 1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * get_coding_spec on line [from, to): the cookie's name, null if none, or
 * undefined if the line has code (which stops the search on line 2).
 */
function codingSpec(b: Uint8Array, from: number, to: number): string | null | undefined {
  const size = to - from;
  let i = 0;
  // The cookie must be in a comment that is the only thing on the line.
  for (; i < size - 6; i++) {
    const c = b[from + i];
    if (c === 35) break;
    if (c !== 32 && c !== 9 && c !== 12) return codeOrBlank(b, from, to);
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (b[t] === 99 && b[t + 1] === 111 && b[t + 2] === 100 && b[t + 3] === 105 && b[t + 4] === 110 && b[t + 5] === 103) {
      let k = t + 6;
      if (b[k] !== 58 && b[k] !== 61) continue; // ':' or '='
      do k++; while (b[k] === 32 || b[k] === 9);
      const begin = k;
      while (k < b.length && (isAlnum(b[k]) || b[k] === 45 || b[k] === 95 || b[k] === 46)) k++;
      if (begin < k) {
        let name = '';
        for (let j = begin; j < k; j++) name += String.fromCharCode(b[j]);
        return normalName(name);
      }
    }
  }
  return codeOrBlank(b, from, to);
}

/** check_coding_spec without a cookie: does the line hold anything but a comment? */
function codeOrBlank(b: Uint8Array, from: number, to: number): null | undefined {
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c === 35 || c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 12) return undefined;
  }
  return null;
}

/** get_normal_name: CPython's spellings of utf-8 and latin-1 (first 12 characters, '_' as '-'). */
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' || buf.startsWith('latin-1-') ||
      buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

/** Index of the first byte that does not start a valid UTF-8 sequence in [from, to), or -1. */
function firstInvalidUtf8(b: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function hex2(c: number): string {
  return (c < 16 ? '0' : '') + c.toString(16);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Python codec names that WHATWG labels differently (or maps to a superset). */
const LATIN1 = new Set(['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', '8859', 'cp819', 'l1', 'latin',
  'iso-ir-100', 'csisolatin1', 'ibm819', 'iso-8859-1:1987', 'iso8859']);
const ASCII = new Set(['ascii', 'us-ascii', '646', 'us', 'ansi-x3.4-1968', 'ansi-x3-4-1968', 'ansi-x3.4-1986',
  'iso646-us', 'cp367', 'ibm367', 'csascii', 'iso-ir-6', 'iso-646.irv:1991']);
const UTF8 = new Set(['utf8', 'utf-8', 'u8', 'utf', 'cp65001', 'utf8-ucs2', 'utf8-ucs4']);
/** Python's aliases (encodings.aliases) of ISO 8859 codecs that are no WHATWG labels (ICU has no ISO 8859-16). */
const PY_ALIASES = new Map([
  ['latin7', 'iso-8859-13'], ['l7', 'iso-8859-13'], ['latin8', 'iso-8859-14'], ['l8', 'iso-8859-14'],
  ['iso-ir-199', 'iso-8859-14'], ['iso-celtic', 'iso-8859-14'], ['latin9', 'iso-8859-15'],
]);

/**
 * UTF-8 as CPython's tokenizer reads a compile() source (and so an imported module): the bytes are not
 * checked up front, so each byte that is not part of valid UTF-8 becomes a lone surrogate U+DC80-U+DCFF (as
 * surrogateescape). A comment holds it harmlessly; a name or a string literal reports it (undecodableMessage).
 */
function utf8Escaped(b: Uint8Array): string {
  try {
    return utf8Strict.decode(b);
  } catch {
    let out = '';
    let i = 0;
    for (let bad = firstInvalidUtf8(b, 0, b.length); bad >= 0; bad = firstInvalidUtf8(b, i, b.length)) {
      out += utf8Strict.decode(b.subarray(i, bad)) + String.fromCharCode(0xdc00 | b[bad]);
      i = bad + 1;
    }
    return out + utf8Strict.decode(b.subarray(i));
  }
}

/** Does text decoded by utf8Escaped hold an undecodable byte (a lone low surrogate, not half of a pair)? */
export function hasUndecodable(text: string): boolean {
  return /(?<![\ud800-\udbff])[\udc80-\udcff]/.test(text);
}

/**
 * The "(unicode error)" of a name or literal chunk holding undecodable bytes: CPython decodes the chunk's
 * bytes as UTF-8 then, and reports the first bad sequence in them.
 */
export function undecodableMessage(chunk: string): string {
  const bytes: number[] = [];
  for (const ch of chunk) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) bytes.push(c & 0xff);
    else for (const x of Buffer.from(ch, 'utf8')) bytes.push(x);
  }
  return `(unicode error) ${utf8DecodeError(Uint8Array.from(bytes))}`;
}

/** Python's UnicodeDecodeError text for the first bad UTF-8 sequence in b. */
function utf8DecodeError(b: Uint8Array): string {
  const i = firstInvalidUtf8(b, 0, b.length);
  const c = b[i];
  const at = `byte 0x${hex2(c)} in position ${i}`;
  if (c < 0xc2 || c > 0xf4) return `'utf-8' codec can't decode ${at}: invalid start byte`;
  const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
  // The second byte's valid range excludes overlongs, surrogates and values past U+10FFFF.
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  let k = 1;
  for (; k <= need && i + k < b.length; k++) {
    const d = b[i + k];
    if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) {
      return `'utf-8' codec can't decode ${k === 1 ? at : `bytes in position ${i}-${i + k - 1}`}: invalid continuation byte`;
    }
  }
  if (k === 1) return `'utf-8' codec can't decode ${at}: unexpected end of data`;
  return `'utf-8' codec can't decode bytes in position ${i}-${i + k - 1}: unexpected end of data`;
}

/** Index of the byte at which a fatal TextDecoder first fails on b (binary search on prefixes). */
function failingByte(dec: TextDecoder, b: Uint8Array): number {
  let lo = 0, hi = b.length; // the prefix of length hi fails, of length lo decodes
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try { new TextDecoder(dec.encoding, { fatal: true }).decode(b.subarray(0, mid), { stream: true }); lo = mid; }
    catch { hi = mid; }
  }
  return hi - 1;
}

/**
 * The codecs beyond those above (CPython's pure-Python ones: cp437, cp850, mac_roman...), decoded through
 * the codec registry as CPython's tokenizer does; set by the VM (modules/_codecs.ts), absent for the parser
 * alone. Answers undefined for an unknown codec, or the text, or the decoding error's message.
 */
export const sourceCodecs: { decode: ((name: string, b: Uint8Array) => { text: string } | { error: string } | undefined) | null } = {
  decode: null,
};

function decodeWith(name: string, b: Uint8Array, filename: string, compile: boolean): string {
  const key = name.toLowerCase().replace(/[_ ]/g, '-');
  const problem = (): never => fail(`encoding problem: ${name}`, filename);
  if (LATIN1.has(key)) {
    let out = '';
    for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
    return out;
  }
  if (ASCII.has(key)) {
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 0x80) continue;
      if (compile) fail(`'ascii' codec can't decode byte 0x${hex2(b[i])} in position ${i}: ordinal not in range(128)`, filename, true);
      problem();
    }
    return utf8Strict.decode(b);
  }
  if (UTF8.has(key)) {
    try {
      return utf8Strict.decode(b);
    } catch {
      // compile() has appended the newline exec input lacks before decoding.
      const nl = b.length > 0 && b[b.length - 1] !== 10 && b[b.length - 1] !== 13;
      return compile ? fail(utf8DecodeError(nl ? Uint8Array.from([...b, 10]) : b), filename, true) : problem();
    }
  }
  // The cookie line itself is ASCII, so UTF-16/32 cannot decode a file; compile() decodes it anyway.
  if (/^(utf-?(16|32)|u16|u32)/.test(key)) {
    if (!compile) problem();
    try { return new TextDecoder(key.includes('32') ? 'utf-16le' : key, { ignoreBOM: false }).decode(b); } catch { problem(); }
  }
  // The CJK codecs are Typhon's own (exactly CPython's); the other codecs come from ICU's decoders.
  const cjk = codecByName(name);
  if (cjk !== undefined) {
    const r = decodeStrict(cjk, b);
    if ('text' in r) {
      let out = '';
      for (let i = 0; i < r.text.length; i += 8192) out += String.fromCodePoint(...r.text.slice(i, i + 8192));
      return out;
    }
    return compile ? fail(r.error, filename, true) : problem();
  }
  for (const label of [name, key, name.replace(/-/g, '_'), PY_ALIASES.get(key) ?? '']) {
    let dec: TextDecoder;
    try { dec = new TextDecoder(label, { fatal: true, ignoreBOM: true }); } catch { continue; }
    try {
      return dec.decode(b);
    } catch {
      if (!compile) return problem();
      // Python's message names its codec ('charmap' for the single-byte tables); approximated here.
      let at = failingByte(dec, b);
      const single = /^(windows-|iso-8859-|koi8|ibm|x-mac|macintosh)/.test(dec.encoding);
      if (!single && at > 0 && b[at] < 0x80) at--; // an ASCII byte ends a bad multibyte sequence: Python names its lead
      return fail(single
        ? `'charmap' codec can't decode byte 0x${hex2(b[at])} in position ${at}: character maps to <undefined>`
        : `'${name}' codec can't decode byte 0x${hex2(b[at])} in position ${at}: illegal multibyte sequence`, filename, true);
    }
  }
  const r = sourceCodecs.decode?.(name, b);
  if (r !== undefined) {
    if ('text' in r) return r.text;
    return compile ? fail(r.error, filename, true) : problem();
  }
  return compile ? fail(`unknown encoding: ${name}`, filename, true) : problem();
}

/**
 * The coding cookie: line 1, or line 2 if line 1 is only a comment or blank; `rest` is where the cookie's
 * codec takes over (line 2 for a cookie on line 2).
 */
function findCookie(b: Uint8Array): { cookie: string | null; cookieLine: number; rest: number } {
  const e1 = lineEnd(b, 0);
  let spec = codingSpec(b, 0, e1 < b.length ? e1 + 1 : e1);
  if (typeof spec === 'string') return { cookie: spec, cookieLine: 1, rest: 0 };
  if (spec === null && e1 < b.length) {
    const s2 = skipEol(b, e1);
    const e2 = lineEnd(b, s2);
    spec = codingSpec(b, s2, e2 < b.length ? e2 + 1 : e2);
    if (typeof spec === 'string') return { cookie: spec, cookieLine: 2, rest: s2 };
  }
  return { cookie: null, cookieLine: 0, rest: 0 };
}

/** Whether source bytes declare their encoding (a UTF-8 BOM or a coding cookie). */
export function declaresEncoding(b: Uint8Array): boolean {
  return (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || findCookie(b).cookie !== null;
}

/** Decode source bytes as CPython 3.11 reads a source file. */
export function decodeSource(bytes: Uint8Array, filename: string, options: DecodeOptions = {}): string {
  const compile = options.compile === true;
  let b = bytes;
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (bom) b = b.subarray(3);

  const { cookie, cookieLine, rest } = findCookie(b);

  if (cookie !== null) {
    if (bom && cookie !== 'utf-8') fail(`encoding problem: ${cookie} with BOM`, filename, compile);
    if (compile) return cookie === 'utf-8' ? utf8Escaped(b) : decodeWith(cookie, b, filename, true);
    if (cookieLine === 2 && !bom) {
      // Line 1 was read before the cookie was seen: it must be UTF-8.
      const bad = firstInvalidUtf8(b, 0, rest);
      if (bad >= 0) nonUtf8(b[bad], 1, filename);
    }
    if (cookie === 'utf-8') return utf8Lenient.decode(b);
    if (cookieLine === 2) return utf8Strict.decode(b.subarray(0, rest)) + decodeWith(cookie, b.subarray(rest), filename, false);
    return decodeWith(cookie, b, filename, false);
  }
  // CPython does not check the bytes of a compile() source (or of a file with a BOM) up front.
  if (compile) return utf8Escaped(b);
  if (bom) return utf8Lenient.decode(b);
  try {
    return utf8Strict.decode(b);
  } catch {
    return firstLineError(b, filename);
  }
}

/**
 * The error of the first bad line, as CPython's tokenizer meets it reading a file line by line: a line's
 * bytes up to its first NUL are checked as UTF-8 (C strings end there), then a NUL in the line is "source
 * code cannot contain null bytes" (the text before it shown). So a NUL on an earlier line wins over a later
 * undecodable byte.
 */
function firstLineError(b: Uint8Array, filename: string): never {
  let line = 1;
  for (let start = 0; start < b.length; line++) {
    let end = start;
    while (end < b.length && b[end] !== 10 && b[end] !== 13) end++;
    const next = end < b.length && b[end] === 13 && b[end + 1] === 10 ? end + 2 : end + 1;
    const nul = b.subarray(start, end).indexOf(0);
    const bad = firstInvalidUtf8(b, start, nul < 0 ? end : start + nul);
    if (bad >= 0) nonUtf8(b[bad], line, filename);
    if (nul >= 0) {
      const text = utf8Lenient.decode(b.subarray(start, start + nul));
      throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, line, 0, text, line, 0);
    }
    start = next;
  }
  // Unreachable: the strict decode failed somewhere.
  return nonUtf8(b[Math.max(firstInvalidUtf8(b, 0, b.length), 0)], 1, filename);
}

function nonUtf8(byte: number, line: number, filename: string): never {
  return fail(`Non-UTF-8 code starting with '\\x${hex2(byte)}' in file ${filename} on line ${line}, ` +
    'but no encoding declared; see https://peps.python.org/pep-0263/ for details', filename);
}
