// str's case conversions and Unicode predicates (Objects/unicodeobject.c do_lower/do_upper/
// do_title/do_capitalize/do_swapcase/do_casefold and the is* methods) over Unicode 14 data.
// ASCII-only strings take JS's own (identical) conversions.
import {
  props, caseMap, MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD, ALPHA, DECIMAL, DIGIT, NUMERIC, LOWER, UPPER, TITLE,
  SPACE, PRINTABLE, XID_START, XID_CONTINUE, CASED, CASE_IGNORABLE,
} from './ucd.js';

const NON_ASCII = /[^\x00-\x7f]/;

export function isAsciiStr(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** The code points of s (a lone surrogate is one code point). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function mapped(which: number, cp: number): string {
  return caseMap(which, cp) ?? String.fromCodePoint(cp);
}

/** U+03A3 lower-cases to final sigma after a cased letter (case-ignorables skipped) not followed by one. */
function sigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && props(cps[j]) & CASE_IGNORABLE) j--;
  let final = j >= 0 && (props(cps[j]) & CASED) !== 0;
  if (final && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && props(cps[j]) & CASE_IGNORABLE) j++;
    final = j === cps.length || (props(cps[j]) & CASED) === 0;
  }
  return final ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  return c === 0x3a3 ? sigma(cps, i) : mapped(MAP_LOWER, c);
}

export function strLower(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strUpper(s: string): string {
  if (isAsciiStr(s)) return s.toUpperCase();
  let out = '';
  for (const c of codePoints(s)) out += mapped(MAP_UPPER, c);
  return out;
}

export function strCasefold(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  let out = '';
  for (const c of codePoints(s)) out += mapped(MAP_FOLD, c);
  return out;
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const f = props(c);
    if (f & UPPER) out += lowerAt(cps, i);
    else if (f & LOWER) out += mapped(MAP_UPPER, c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

export function strTitle(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : mapped(MAP_TITLE, c);
    prevCased = (props(c) & CASED) !== 0;
  }
  return out;
}

export function strCapitalize(s: string): string {
  const cps = codePoints(s);
  if (cps.length === 0) return s;
  let out = mapped(MAP_TITLE, cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** Every code point has one of the flags (false for ''). */
function allHave(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if ((props(c) & mask) === 0) return false;
  }
  return true;
}

export const isAlpha = (s: string): boolean => allHave(s, ALPHA);
export const isDecimal = (s: string): boolean => allHave(s, DECIMAL);
export const isDigit = (s: string): boolean => allHave(s, DIGIT);
export const isNumeric = (s: string): boolean => allHave(s, NUMERIC);
export const isAlnum = (s: string): boolean => allHave(s, ALPHA | DECIMAL | DIGIT | NUMERIC);
export const isSpace = (s: string): boolean => allHave(s, SPACE);
export const isPrintable = (s: string): boolean => s.length === 0 || allHave(s, PRINTABLE);

export function isIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!(props(cps[0]) & XID_START) && cps[0] !== 0x5f) return false;
  for (let i = 1; i < cps.length; i++) if (!(props(cps[i]) & XID_CONTINUE)) return false;
  return true;
}

export function isUpper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    const f = props(c);
    if (f & (LOWER | TITLE)) return false;
    if (f & UPPER) cased = true;
  }
  return cased;
}

export function isLower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    const f = props(c);
    if (f & (UPPER | TITLE)) return false;
    if (f & LOWER) cased = true;
  }
  return cased;
}

export function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of codePoints(s)) {
    const f = props(c);
    if (f & (UPPER | TITLE)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (f & LOWER) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
