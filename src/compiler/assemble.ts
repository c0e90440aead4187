// Assembly of a finished CFG into 3.11 bytecode: jump direction and offsets,
// EXTENDED_ARG, inline CACHE entries, the location table (PEP 626/657 format)
// and the exception table, as Python/compile.c's assembler writes them.
//
// The blocks' instructions are first copied, in layout order, into flat typed columns that are
// reused for every code object (the final instruction stream is fixed by then; only jump
// arguments and sizes change), so the passes below allocate nothing but their results.
import * as O from '../bytecode/opcode.js';
import { locationOptions } from '../bytecode/locations.js';
import { Block, isJump } from './flowgraph.js';

/** normalize_jumps: pick the forward or backward form of each virtual jump. */
export function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (last === undefined || !isJump(last)) continue;
    const fwd = !last.target!.visited;
    switch (last.opcode) {
      case O.JUMP: last.opcode = fwd ? O.JUMP_FORWARD : O.JUMP_BACKWARD; break;
      case O.JUMP_NO_INTERRUPT: last.opcode = fwd ? O.JUMP_FORWARD : O.JUMP_BACKWARD_NO_INTERRUPT; break;
      case O.POP_JUMP_IF_NOT_NONE:
        last.opcode = fwd ? O.POP_JUMP_FORWARD_IF_NOT_NONE : O.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
      case O.POP_JUMP_IF_NONE: last.opcode = fwd ? O.POP_JUMP_FORWARD_IF_NONE : O.POP_JUMP_BACKWARD_IF_NONE; break;
      case O.POP_JUMP_IF_FALSE: last.opcode = fwd ? O.POP_JUMP_FORWARD_IF_FALSE : O.POP_JUMP_BACKWARD_IF_FALSE; break;
      case O.POP_JUMP_IF_TRUE: last.opcode = fwd ? O.POP_JUMP_FORWARD_IF_TRUE : O.POP_JUMP_BACKWARD_IF_TRUE; break;
    }
  }
}

/** Per opcode: 1 for a backward relative jump, 2 for a forward relative one, 3 for an absolute one. */
const JUMP_KIND = new Uint8Array(512); // pseudo-ops (>= 256) are gone by now
for (let op = 0; op < 256; op++) {
  if (O.hasJrel[op]) JUMP_KIND[op] = 2;
  else if (O.hasJabs[op]) JUMP_KIND[op] = 3;
}
for (const op of [O.JUMP_BACKWARD, O.JUMP_BACKWARD_NO_INTERRUPT, O.POP_JUMP_BACKWARD_IF_FALSE,
  O.POP_JUMP_BACKWARD_IF_TRUE, O.POP_JUMP_BACKWARD_IF_NONE, O.POP_JUMP_BACKWARD_IF_NOT_NONE]) JUMP_KIND[op] = 1;

/** Code units an instruction takes: EXTENDED_ARGs, itself, its inline caches. */
function unitSize(op: number, oparg: number): number {
  let n = 1 + O.cacheEntries[op];
  if (op >= O.HAVE_ARGUMENT) {
    if (oparg > 0xff) n++;
    if (oparg > 0xffff) n++;
    if (oparg > 0xffffff) n++;
  }
  return n;
}

// The flat instruction stream of the code object being assembled.
let cap = 0;
let opA = new Int32Array(0);
let argA = new Int32Array(0);
let sizeA = new Int32Array(0);
let lineA = new Int32Array(0);
let endLineA = new Int32Array(0);
let colA = new Int32Array(0);
let endColA = new Int32Array(0);
/** Ids (indexes in the unit's block list) of each instruction's jump target and handler, -1 for none. */
let targetA = new Int32Array(0);
let exceptA = new Int32Array(0);
/** The unit's blocks by id, and each block's offset by id. */
let blocksById: readonly Block[] = [];
let count = 0;

function grow(n: number): void {
  if (n <= cap) return;
  let c = cap || 1024;
  while (c < n) c *= 2;
  const g = (a: Int32Array) => {
    const b = new Int32Array(c);
    b.set(a);
    return b;
  };
  opA = g(opA); argA = g(argA); sizeA = g(sizeA); lineA = g(lineA); endLineA = g(endLineA); colA = g(colA);
  endColA = g(endColA); targetA = g(targetA); exceptA = g(exceptA);
  cap = c;
}

/** Byte output (location and exception tables), reused; results are copied out. */
let out = new Uint8Array(4096);
let outLen = 0;
function byte(b: number): void {
  if (outLen === out.length) {
    const nb = new Uint8Array(out.length * 2);
    nb.set(out);
    out = nb;
  }
  out[outLen++] = b;
}
function varint(v: number): void {
  while (v >= 64) {
    byte(64 | (v & 63));
    v >>>= 6;
  }
  byte(v);
}
function svarint(v: number): void {
  varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
}
const EMPTY = new Uint8Array(0);
function takeOut(): Uint8Array {
  // A plain copy: tables are short, and small typed arrays allocate fastest this way.
  if (outLen === 0) return EMPTY;
  const r = new Uint8Array(outLen);
  for (let i = 0; i < outLen; i++) r[i] = out[i];
  return r;
}

export interface Assembled {
  code: Uint8Array;
  linetable: Uint8Array;
  exceptiontable: Uint8Array;
}

/**
 * The bytecode, location table and exception table of the blocks from `entry` (normalized jumps,
 * exception targets labelled): assemble_jump_offsets, assemble_emit, write_location_info, assemble_exception_table.
 */
export function assembleCode(entry: Block, blocks: readonly Block[], firstlineno: number): Assembled {
  // Flatten, in layout order.
  let n = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) n += b.instrs.length;
  grow(n);
  n = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const ins = b.instrs;
    for (let k = 0; k < ins.length; k++) {
      const I = ins[k];
      const op = I.opcode;
      opA[n] = op;
      const arg = op >= O.HAVE_ARGUMENT ? I.oparg : 0;
      argA[n] = arg;
      sizeA[n] = unitSize(op, arg);
      lineA[n] = I.lineno;
      endLineA[n] = I.endLineno;
      colA[n] = I.col;
      endColA[n] = I.endCol;
      targetA[n] = JUMP_KIND[op] !== 0 ? I.target!.id : -1;
      exceptA[n] = I.except !== null ? I.except.id : -1;
      n++;
    }
  }
  count = n;
  blocksById = blocks;
  const total = jumpOffsets(entry);
  const code = emitCode(total);
  const linetable = emitLocations(firstlineno);
  const exceptiontable = emitExceptionTable();
  blocksById = [];
  return { code, linetable, exceptiontable };
}

/** assemble_jump_offsets: resolve targets to code-unit offsets, growing EXTENDED_ARGs until stable. */
function jumpOffsets(entry: Block): number {
  const n = count;
  for (;;) {
    // Block offsets from the current sizes.
    let tot = 0;
    let i = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      b.offset = tot;
      const end = i + b.instrs.length;
      for (; i < end; i++) tot += sizeA[i];
    }
    let again = false;
    let pos = 0;
    for (i = 0; i < n; i++) {
      const isize = sizeA[i];
      pos += isize;
      const t = targetA[i];
      if (t < 0) continue;
      const op = opA[i];
      let arg = blocksById[t].offset;
      const kind = JUMP_KIND[op];
      if (kind !== 3) {
        if (arg < pos || kind === 1) arg = pos - arg;
        else arg -= pos;
      }
      argA[i] = arg;
      const nsize = unitSize(op, arg);
      if (nsize !== isize) {
        sizeA[i] = nsize;
        again = true;
      }
    }
    if (!again) return tot;
  }
}

function emitCode(total: number): Uint8Array {
  const code = new Uint8Array(total * 2);
  let p = 0;
  for (let i = 0; i < count; i++) {
    const op = opA[i];
    const oparg = argA[i];
    const caches = O.cacheEntries[op];
    const ilen = sizeA[i] - caches;
    if (ilen >= 4) { code[p++] = O.EXTENDED_ARG; code[p++] = (oparg >>> 24) & 0xff; }
    if (ilen >= 3) { code[p++] = O.EXTENDED_ARG; code[p++] = (oparg >>> 16) & 0xff; }
    if (ilen >= 2) { code[p++] = O.EXTENDED_ARG; code[p++] = (oparg >>> 8) & 0xff; }
    code[p++] = op;
    code[p++] = oparg & 0xff;
    p += caches * 2; // zeroed inline caches
  }
  return code;
}

let curLine = 0;

/** One location entry for instruction i covering len (1-8) code units. */
function locationEntry(i: number, len: number): void {
  const lineno = lineA[i];
  if (lineno < 0) {
    byte(0x80 | (15 << 3) | (len - 1));
    return;
  }
  const delta = lineno - curLine;
  const ranges = locationOptions.debugRanges;
  const col = ranges ? colA[i] : -1;
  const ecol = ranges ? endColA[i] : -1;
  const endLineno = ranges ? endLineA[i] : lineno;
  if (col < 0 || ecol < 0) {
    if (endLineno === lineno || endLineno === -1) {
      byte(0x80 | (13 << 3) | (len - 1));
      svarint(delta);
      curLine = lineno;
      return;
    }
  } else if (endLineno === lineno) {
    if (delta === 0 && col < 80 && ecol - col < 16 && ecol >= col) {
      byte(0x80 | ((col >> 3) << 3) | (len - 1));
      byte(((col & 7) << 4) | (ecol - col));
      return;
    }
    if (delta >= 0 && delta < 3 && col < 128 && ecol < 128) {
      byte(0x80 | ((10 + delta) << 3) | (len - 1));
      byte(col);
      byte(ecol);
      curLine = lineno;
      return;
    }
  }
  byte(0x80 | (14 << 3) | (len - 1));
  svarint(delta);
  varint(endLineno - lineno);
  varint(col + 1);
  varint(ecol + 1);
  curLine = lineno;
}

/** The 3.11 location table, one entry (or more, 8 code units at most each) per instruction. */
function emitLocations(firstlineno: number): Uint8Array {
  outLen = 0;
  curLine = firstlineno;
  for (let i = 0; i < count; i++) {
    let isize = sizeA[i];
    while (isize > 8) {
      locationEntry(i, 8);
      isize -= 8;
    }
    locationEntry(i, isize);
  }
  return takeOut();
}

function exceptItem(value: number, msb: number): void {
  if (value >= 1 << 24) { byte((value >> 24) | 64 | msb); msb = 0; }
  if (value >= 1 << 18) { byte(((value >> 18) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 12) { byte(((value >> 12) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 6) { byte(((value >> 6) & 0x3f) | 64 | msb); msb = 0; }
  byte((value & 0x3f) | msb);
}

function exceptEntry(start: number, end: number, h: Block): void {
  let depth = h.startdepth - 1;
  if (h.preserveLasti) depth -= 1;
  exceptItem(start, 1 << 7);
  exceptItem(end - start, 0);
  exceptItem(h.offset, 0);
  exceptItem((depth << 1) | (h.preserveLasti ? 1 : 0), 0);
}

function emitExceptionTable(): Uint8Array {
  outLen = 0;
  let handler = -1;
  let start = -1;
  let ioffset = 0;
  for (let i = 0; i < count; i++) {
    const h = exceptA[i];
    if (h !== handler) {
      if (handler >= 0) exceptEntry(start, ioffset, blocksById[handler]);
      start = ioffset;
      handler = h;
    }
    ioffset += sizeA[i];
  }
  if (handler >= 0) exceptEntry(start, ioffset, blocksById[handler]);
  return takeOut();
}
