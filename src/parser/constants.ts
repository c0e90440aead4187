// How the parser represents the values of Constant nodes before any VM exists:
// int is a JS bigint, float a JS number, so `1` and `1.0` stay distinct.
import { unassignedIn14 } from '../unicode/unicode14.js';

export class PyBytes {
  constructor(public readonly bytes: Uint8Array) {}
}

export class PyComplex {
  constructor(public readonly real: number, public readonly imag: number) {}
}

export class PyEllipsis {
  private constructor() {}
  static readonly instance = new PyEllipsis();
}
export const Ellipsis = PyEllipsis.instance;

export type Constant_ = null | boolean | bigint | number | string | PyBytes | PyComplex | PyEllipsis;

/** repr() of a float as CPython prints it (shortest round-trip digits, 'r' mode). */
export function floatRepr(x: number, addDotZero = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  // toExponential() with no argument gives the shortest digits that round-trip.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  const exp = parseInt(s.slice(e + 1), 10);
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  let out: string;
  if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length > exp + 1) out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  else out = digits + '0'.repeat(exp + 1 - digits.length) + (addDotZero ? '.0' : '');
  return sign + out;
}

export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return floatRepr(c.imag, false) + 'j';
  const im = floatRepr(c.imag, false);
  const sign = im[0] === '-' || Number.isNaN(c.imag) ? '' : '+';
  return '(' + floatRepr(c.real, false) + sign + im + 'j)';
}

// Characters str.isprintable() rejects: categories Cc Cf Cs Co Cn Zl Zp Zs (space excepted),
// with Cn as of Unicode 14 (CPython 3.11's), not V8's newer data.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr() of a str, with CPython's quote choice and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && (NON_PRINTABLE.test(ch) || unassignedIn14(cp))) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

export function constantRepr(v: Constant_): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  switch (typeof v) {
    case 'bigint': return v.toString();
    case 'number': return floatRepr(v);
    case 'string': return strRepr(v);
  }
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyComplex) return complexRepr(v);
  return 'Ellipsis';
}

/** A tuple constant (made by the compiler's constant folding and for code objects). */
export class PyTuple {
  constructor(public readonly items: readonly ConstValue[]) {}
}

/** A frozenset constant (the compiler folds `x in {1, 2}` into one). */
export class PyFrozenSet {
  constructor(public readonly items: readonly ConstValue[]) {}
}

/** What a code object's co_consts may hold. CodeObject lives in src/bytecode/code.ts. */
export type ConstValue = Constant_ | PyTuple | PyFrozenSet | { readonly _isCode: true };
