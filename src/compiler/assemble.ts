// Assembly of a finished CFG into 3.11 bytecode: jump direction and offsets,
// EXTENDED_ARG, inline CACHE entries, the location table (PEP 626/657 format)
// and the exception table, as Python/compile.c's assembler writes them.
import * as O from '../bytecode/opcode.js';
import { Block, CFG, Instr, isJump } from './flowgraph.js';

function hasArg(op: number): boolean {
  return op >= O.HAVE_ARGUMENT;
}

export function instrSize(I: Instr): number {
  const oparg = hasArg(I.opcode) ? I.oparg : 0;
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + O.cacheEntries[I.opcode];
}

function blockSize(b: Block): number {
  let n = 0;
  for (const I of b.instrs) n += instrSize(I);
  return n;
}

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

function isBackward(op: number): boolean {
  return op === O.JUMP_BACKWARD || op === O.JUMP_BACKWARD_NO_INTERRUPT || op === O.POP_JUMP_BACKWARD_IF_FALSE ||
    op === O.POP_JUMP_BACKWARD_IF_TRUE || op === O.POP_JUMP_BACKWARD_IF_NONE || op === O.POP_JUMP_BACKWARD_IF_NOT_NONE;
}

/** assemble_jump_offsets: resolve targets to code-unit offsets, growing EXTENDED_ARGs until stable. */
export function assembleJumpOffsets(entry: Block, cfg: CFG): void {
  let again: boolean;
  do {
    let tot = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      b.offset = tot;
      tot += blockSize(b);
    }
    again = false;
    for (const b of cfg.listOrder()) {
      let pos = b.offset;
      for (const I of b.instrs) {
        const isize = instrSize(I);
        pos += isize;
        if (isJump(I)) {
          let arg = I.target!.offset;
          if (O.hasJrel[I.opcode]) {
            if (arg < pos || isBackward(I.opcode)) arg = pos - arg;
            else arg -= pos;
          }
          I.oparg = arg;
          if (instrSize(I) !== isize) again = true;
        }
      }
    }
  } while (again);
}

export function emitCode(entry: Block): Uint8Array {
  let n = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) n += blockSize(b);
  const out = new Uint8Array(n * 2);
  let p = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const I of b.instrs) {
      const op = I.opcode;
      const oparg = hasArg(op) ? I.oparg : 0;
      const caches = O.cacheEntries[op];
      const ilen = instrSize(I) - caches;
      if (ilen >= 4) { out[p++] = O.EXTENDED_ARG; out[p++] = (oparg >>> 24) & 0xff; }
      if (ilen >= 3) { out[p++] = O.EXTENDED_ARG; out[p++] = (oparg >>> 16) & 0xff; }
      if (ilen >= 2) { out[p++] = O.EXTENDED_ARG; out[p++] = (oparg >>> 8) & 0xff; }
      out[p++] = op;
      out[p++] = oparg & 0xff;
      for (let c = 0; c < caches; c++) { out[p++] = 0; out[p++] = 0; }
    }
  }
  return out;
}

class ByteWriter {
  buf = new Uint8Array(64);
  len = 0;
  byte(b: number): void {
    if (this.len === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.len++] = b;
  }
  varint(v: number): void {
    while (v >= 64) {
      this.byte(64 | (v & 63));
      v >>>= 6;
    }
    this.byte(v);
  }
  svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** The 3.11 location table, one entry (or more, 8 code units at most each) per instruction. */
export function emitLocations(entry: Block, firstlineno: number): Uint8Array {
  const w = new ByteWriter();
  let curLine = firstlineno;
  const first = (code: number, len: number) => w.byte(0x80 | (code << 3) | (len - 1));
  const entryFor = (I: Instr, len: number) => {
    if (I.lineno < 0) {
      first(15, len);
      return;
    }
    const delta = I.lineno - curLine;
    const col = I.col;
    const ecol = I.endCol;
    if (col < 0 || ecol < 0) {
      if (I.endLineno === I.lineno || I.endLineno === -1) {
        first(13, len);
        w.svarint(delta);
        curLine = I.lineno;
        return;
      }
    } else if (I.endLineno === I.lineno) {
      if (delta === 0 && col < 80 && ecol - col < 16 && ecol >= col) {
        first(col >> 3, len);
        w.byte(((col & 7) << 4) | (ecol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && ecol < 128) {
        first(10 + delta, len);
        w.byte(col);
        w.byte(ecol);
        curLine = I.lineno;
        return;
      }
    }
    first(14, len);
    w.svarint(delta);
    w.varint(I.endLineno - I.lineno);
    w.varint(col + 1);
    w.varint(ecol + 1);
    curLine = I.lineno;
  };
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (const I of b.instrs) {
      let isize = instrSize(I);
      while (isize > 8) {
        entryFor(I, 8);
        isize -= 8;
      }
      entryFor(I, isize);
    }
  }
  return w.result();
}

function exceptItem(w: ByteWriter, value: number, msb: number): void {
  if (value >= 1 << 24) { w.byte((value >> 24) | 64 | msb); msb = 0; }
  if (value >= 1 << 18) { w.byte(((value >> 18) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 12) { w.byte(((value >> 12) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 6) { w.byte(((value >> 6) & 0x3f) | 64 | msb); msb = 0; }
  w.byte((value & 0x3f) | msb);
}

export function emitExceptionTable(entry: Block): Uint8Array {
  const w = new ByteWriter();
  let handler: Block | null = null;
  let start = -1;
  let ioffset = 0;
  const emit = (end: number, h: Block) => {
    let depth = h.startdepth - 1;
    if (h.preserveLasti) depth -= 1;
    exceptItem(w, start, 1 << 7);
    exceptItem(w, end - start, 0);
    exceptItem(w, h.offset, 0);
    exceptItem(w, (depth << 1) | (h.preserveLasti ? 1 : 0), 0);
  };
  for (let b: Block | null = entry; b !== null; b = b.next) {
    ioffset = b.offset;
    for (const I of b.instrs) {
      if (I.except !== handler) {
        if (handler !== null) emit(ioffset, handler);
        start = ioffset;
        handler = I.except;
      }
      ioffset += instrSize(I);
    }
  }
  if (handler !== null) emit(ioffset, handler);
  return w.result();
}
