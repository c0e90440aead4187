// A CPython 3.11 code object, field for field as marshal writes it.
import {
  type ConstValue, Ellipsis, PyBytes, PyCodePointStr, PyComplex, PyFrozenSet, PyTuple, bytesEqual,
} from '../parser/constants.js';

/** co_localspluskinds bits (Include/internal/pycore_code.h). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags bits. */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

export class CodeObject {
  readonly _isCode = true as const;
  constructor(
    public argcount: number,
    public posonlyargcount: number,
    public kwonlyargcount: number,
    public stacksize: number,
    public flags: number,
    public code: Uint8Array,
    public consts: ConstValue[],
    public names: string[],
    public localsplusnames: string[],
    public localspluskinds: Uint8Array,
    public filename: string,
    public name: string,
    public qualname: string,
    public firstlineno: number,
    public linetable: Uint8Array,
    public exceptiontable: Uint8Array,
  ) {}
}

// ---------------------------------------------------------------------------------------------------------
// Constants and code objects compared as CPython does.

/** _PyCode_ConstantKey as a string: equal constants, type included (1, 1.0 and True differ; so do 0.0 and -0.0). */
let codeIds = 0;
const codeKeys = new WeakMap<object, number>();

export function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  if (v === true) return 'T';
  if (v === false) return 'F';
  switch (typeof v) {
    case 'bigint': return 'i' + v.toString();
    case 'number': return 'f' + (Object.is(v, -0) ? '-0' : String(v));
    case 'string': return 's' + v;
  }
  if (v instanceof PyTuple) {
    let k = 't(';
    for (let i = 0; i < v.items.length; i++) k += (i ? ',' : '') + constKey(v.items[i]);
    return k + ')';
  }
  if (v instanceof PyFrozenSet) return 'z(' + v.items.map(constKey).sort().join(',') + ')';
  if (v instanceof PyBytes) {
    let s = 'b';
    for (const x of v.bytes) s += String.fromCharCode(x);
    return s;
  }
  if (v instanceof PyComplex) {
    return 'c' + (Object.is(v.real, -0) ? '-0' : String(v.real)) + ',' + (Object.is(v.imag, -0) ? '-0' : String(v.imag));
  }
  if (v instanceof PyCodePointStr) return 'u' + v.cps.join(',');
  if (v === Ellipsis) return 'E';
  let id = codeKeys.get(v as object);
  if (id === undefined) {
    id = ++codeIds;
    codeKeys.set(v as object, id);
  }
  return 'C' + id;
}

/**
 * code_richcompare: name, argument counts, flags, first line, instructions, constants (by constKey, nested code
 * objects compared the same way), names, localsplus names, location and exception tables; not the filename
 * nor the qualified name.
 */
export function codeEquals(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  if (a.name !== b.name || a.argcount !== b.argcount || a.posonlyargcount !== b.posonlyargcount ||
    a.kwonlyargcount !== b.kwonlyargcount || a.flags !== b.flags || a.firstlineno !== b.firstlineno) return false;
  if (!bytesEqual(a.code, b.code) || !bytesEqual(a.linetable, b.linetable) || !bytesEqual(a.exceptiontable, b.exceptiontable)) {
    return false;
  }
  if (!stringsEqual(a.names, b.names) || !stringsEqual(a.localsplusnames, b.localsplusnames)) return false;
  if (a.consts.length !== b.consts.length) return false;
  for (let i = 0; i < a.consts.length; i++) {
    const x = a.consts[i], y = b.consts[i];
    if (x instanceof CodeObject || y instanceof CodeObject) {
      if (!(x instanceof CodeObject && y instanceof CodeObject && codeEquals(x, y))) return false;
    } else if (constKey(x) !== constKey(y)) return false;
  }
  return true;
}

function stringsEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
