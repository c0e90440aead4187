// Character predicates and case mappings of the regular-expression engine (sre.c's SRE_IS_*,
// sre_lower_*/sre_upper_*, sre_category). ASCII answers come from a table; the Unicode ones
// from the Unicode 14 database str uses. Locale-dependent operations behave as CPython under a
// UTF-8 (or C) locale: bytes above 127 are neither letters nor cased.
import { props, caseMap, MAP_LOWER, MAP_UPPER, ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE } from '../../unicode/ucd.js';
import * as C from './constants.js';

const A_DIGIT = 1;
const A_SPACE = 2;
const A_WORD = 4;
/** ASCII classes, by code. */
const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 48 && c <= 57) f |= A_DIGIT | A_WORD;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) f |= A_WORD;
  if (c === 32 || (c >= 9 && c <= 13)) f |= A_SPACE;
  ascii[c] = f;
}

export function isWordAscii(ch: number): boolean {
  return ch < 128 && (ascii[ch] & A_WORD) !== 0;
}

const ALNUM = ALPHA | DECIMAL | DIGIT | NUMERIC;

export function isWordUni(ch: number): boolean {
  if (ch < 128) return (ascii[ch] & A_WORD) !== 0;
  return (props(ch) & ALNUM) !== 0;
}

/** Py_UNICODE_ISLINEBREAK. */
export function isLinebreakUni(ch: number): boolean {
  return ch === 10 || ch === 11 || ch === 12 || ch === 13 || ch === 0x1c || ch === 0x1d || ch === 0x1e ||
    ch === 0x85 || ch === 0x2028 || ch === 0x2029;
}

function isDigitUni(ch: number): boolean {
  if (ch < 128) return (ascii[ch] & A_DIGIT) !== 0;
  return (props(ch) & DECIMAL) !== 0;
}

function isSpaceUni(ch: number): boolean {
  if (ch < 128) return (ascii[ch] & A_SPACE) !== 0 || (ch >= 0x1c && ch <= 0x1f);
  return (props(ch) & SPACE) !== 0;
}

export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case C.CATEGORY_DIGIT: return ch < 128 && (ascii[ch] & A_DIGIT) !== 0;
    case C.CATEGORY_NOT_DIGIT: return !(ch < 128 && (ascii[ch] & A_DIGIT) !== 0);
    case C.CATEGORY_SPACE: return ch < 128 && (ascii[ch] & A_SPACE) !== 0;
    case C.CATEGORY_NOT_SPACE: return !(ch < 128 && (ascii[ch] & A_SPACE) !== 0);
    case C.CATEGORY_WORD: return ch < 128 && (ascii[ch] & A_WORD) !== 0;
    case C.CATEGORY_NOT_WORD: return !(ch < 128 && (ascii[ch] & A_WORD) !== 0);
    case C.CATEGORY_LINEBREAK: return ch === 10;
    case C.CATEGORY_NOT_LINEBREAK: return ch !== 10;
    case C.CATEGORY_LOC_WORD: return isWordAscii(ch);
    case C.CATEGORY_LOC_NOT_WORD: return !isWordAscii(ch);
    case C.CATEGORY_UNI_DIGIT: return isDigitUni(ch);
    case C.CATEGORY_UNI_NOT_DIGIT: return !isDigitUni(ch);
    case C.CATEGORY_UNI_SPACE: return isSpaceUni(ch);
    case C.CATEGORY_UNI_NOT_SPACE: return !isSpaceUni(ch);
    case C.CATEGORY_UNI_WORD: return isWordUni(ch);
    case C.CATEGORY_UNI_NOT_WORD: return !isWordUni(ch);
    case C.CATEGORY_UNI_LINEBREAK: return isLinebreakUni(ch);
    case C.CATEGORY_UNI_NOT_LINEBREAK: return !isLinebreakUni(ch);
  }
  return false;
}

export function lowerAscii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}

export function upperAscii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

/** sre_lower_locale / sre_upper_locale: tolower/toupper of the C library under a UTF-8 locale. */
export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;

/** char_loc_ignore. */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// Py_UNICODE_TOLOWER/TOUPPER are the simple mappings, which are the first code point of the full
// ones (checked over all of Unicode against CPython 3.11's _sre.unicode_tolower/unicode_iscased).
// BMP results are memoised (-1 = not yet computed), in tables made on first use (512 KB that start-up
// would otherwise fill).
let lowerBmp: Int32Array | null = null;
let upperBmp: Int32Array | null = null;

function simple(which: number, ch: number): number {
  const m = caseMap(which, ch);
  return m === undefined ? ch : m.codePointAt(0)!;
}

export function lowerUnicode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  if (ch < 0x10000) {
    const t = (lowerBmp ??= new Int32Array(0x10000).fill(-1));
    const v = t[ch];
    return v >= 0 ? v : (t[ch] = simple(MAP_LOWER, ch));
  }
  return simple(MAP_LOWER, ch);
}

export function upperUnicode(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  if (ch < 0x10000) {
    const t = (upperBmp ??= new Int32Array(0x10000).fill(-1));
    const v = t[ch];
    return v >= 0 ? v : (t[ch] = simple(MAP_UPPER, ch));
  }
  return simple(MAP_UPPER, ch);
}
