// Superinstructions. When a code object is loaded, frequent pairs of instructions get the first
// word's opcode replaced by one that does the work of both (CPython 3.11 does the same with
// LOAD_FAST__LOAD_FAST and friends): one dispatch instead of two, and for a comparison followed
// by a conditional jump, no bool pushed and popped. Only the VM's copy of the code (RtCode.instr)
// changes; co_code stays as compiled. The second word keeps its own opcode, so a jump to it, or an
// exception table range starting at it, still sees an ordinary instruction; the fused handlers set
// `lasti` to the second word before anything there can raise.
//
// Counted on bench/ (float_math, nbody, richards, by CPython's opcode tracing): pairs fused this way
// are 20-35% of the instructions executed.
import * as O from '../bytecode/opcode.js';
import {
  LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST,
  COMPARE_OP__JUMP, FOR_ITER__STORE_FAST, LOAD_FAST__LOAD_ATTR,
} from './superops.js';

/** For analyses that read RtCode.instr (floattemps.ts): the original opcode of each quickened one. */
export const BASE_OP = new Uint8Array(256).map((_, i) => i);
BASE_OP[LOAD_FAST__LOAD_FAST] = O.LOAD_FAST;
BASE_OP[LOAD_FAST__LOAD_CONST] = O.LOAD_FAST;
BASE_OP[LOAD_CONST__LOAD_FAST] = O.LOAD_CONST;
BASE_OP[STORE_FAST__LOAD_FAST] = O.STORE_FAST;
BASE_OP[STORE_FAST__STORE_FAST] = O.STORE_FAST;
BASE_OP[COMPARE_OP__JUMP] = O.COMPARE_OP;
BASE_OP[FOR_ITER__STORE_FAST] = O.FOR_ITER;
BASE_OP[LOAD_FAST__LOAD_ATTR] = O.LOAD_FAST;

function isCondJump(op: number): boolean {
  return op === O.POP_JUMP_FORWARD_IF_FALSE || op === O.POP_JUMP_FORWARD_IF_TRUE
    || op === O.POP_JUMP_BACKWARD_IF_FALSE || op === O.POP_JUMP_BACKWARD_IF_TRUE;
}

/** Rewrite the first word of each fusable pair in place (instr holds opcode | oparg << 8 per code unit). */
export function quicken(instr: Uint16Array): void {
  const n = instr.length;
  for (let i = 0; i + 1 < n; i++) {
    const op = instr[i] & 255;
    const next = instr[i + 1] & 255;
    let q = 0;
    switch (op) {
      case O.LOAD_FAST:
        if (next === O.LOAD_FAST) q = LOAD_FAST__LOAD_FAST;
        else if (next === O.LOAD_CONST) q = LOAD_FAST__LOAD_CONST;
        else if (next === O.LOAD_ATTR) q = LOAD_FAST__LOAD_ATTR;
        break;
      case O.LOAD_CONST:
        if (next === O.LOAD_FAST) q = LOAD_CONST__LOAD_FAST;
        break;
      case O.STORE_FAST:
        if (next === O.LOAD_FAST) q = STORE_FAST__LOAD_FAST;
        else if (next === O.STORE_FAST) q = STORE_FAST__STORE_FAST;
        break;
      case O.FOR_ITER:
        if (next === O.STORE_FAST) q = FOR_ITER__STORE_FAST;
        break;
      case O.COMPARE_OP:
        if (i + 3 < n && isCondJump(instr[i + 3] & 255)) q = COMPARE_OP__JUMP;
        break;
    }
    if (q !== 0) instr[i] = (instr[i] & 0xff00) | q;
  }
}
