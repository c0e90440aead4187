// A CPython 3.11 code object, field for field as marshal writes it.
import type { ConstValue } from '../parser/constants.js';

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
