// The control-flow graph of one code object and CPython 3.11's passes over it
// (Python/compile.c: optimize_cfg, propagate_line_numbers, stackdepth,
// label_exception_targets, ...). The passes run in the order assemble() runs
// them; keeping them instruction-for-instruction equal keeps the bytecode equal.
import * as O from '../bytecode/opcode.js';
import type { ConstValue } from '../parser/constants.js';
import { PyTuple } from '../parser/constants.js';

export class Instr {
  constructor(
    public opcode: number,
    public oparg: number,
    public target: Block | null,
    public lineno: number,
    public endLineno: number,
    public col: number,
    public endCol: number,
  ) {}
  except: Block | null = null;
  copy(): Instr {
    const i = new Instr(this.opcode, this.oparg, this.target, this.lineno, this.endLineno, this.col, this.endCol);
    i.except = this.except;
    return i;
  }
}

/** COPY_INSTR_LOC */
export function copyLoc(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

export class Block {
  instrs: Instr[] = [];
  /** Layout successor (b_next). */
  next: Block | null = null;
  nofallthrough = false;
  exit = false;
  isReturn = false;
  visited = false;
  predecessors = 0;
  startdepth = -0x80000000;
  preserveLasti = false;
  offset = 0;
  exceptStack: Block[] | null = null;
  constructor(public readonly id: number) {}
  last(): Instr | undefined {
    // (never index -1: that is a named-property lookup up the prototype chain)
    const n = this.instrs.length;
    return n === 0 ? undefined : this.instrs[n - 1];
  }
}

/** All blocks of a unit in creation order (CPython walks u_blocks, b_list, newest first). */
export class CFG {
  blocks: Block[] = [];
  newBlock(): Block {
    const b = new Block(this.blocks.length);
    this.blocks.push(b);
    return b;
  }
  get entry(): Block {
    return this.blocks[0];
  }
}

export function isVirtualJump(op: number): boolean {
  return op >= O.JUMP && op <= O.POP_JUMP_IF_NOT_NONE;
}
export function isJumpOp(op: number): boolean {
  if (op >= 256) return isVirtualJump(op);
  return O.hasJrel[op] === 1 || O.hasJabs[op] === 1;
}
export function isJump(i: Instr): boolean {
  return isJumpOp(i.opcode);
}
export function isBlockPush(i: Instr): boolean {
  const op = i.opcode;
  return op === O.SETUP_FINALLY || op === O.SETUP_CLEANUP || op === O.SETUP_WITH;
}
export function isScopeExit(op: number): boolean {
  return op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE;
}
export function isUncondJump(op: number): boolean {
  return op === O.JUMP || op === O.JUMP_NO_INTERRUPT || op === O.JUMP_FORWARD || op === O.JUMP_BACKWARD ||
    op === O.JUMP_BACKWARD_NO_INTERRUPT;
}

/** stack_effect() of 3.11's compile.c; `jump` is 1 for the branch-taken effect, 0 for fallthrough, -1 for the max. */
export function stackEffect(op: number, oparg: number, jump: number): number {
  switch (op) {
    case O.NOP: case O.EXTENDED_ARG: case O.RESUME: case O.CACHE: return 0;
    case O.POP_TOP: return -1;
    case O.SWAP: return 0;
    case O.UNARY_POSITIVE: case O.UNARY_NEGATIVE: case O.UNARY_NOT: case O.UNARY_INVERT: return 0;
    case O.SET_ADD: case O.LIST_APPEND: return -1;
    case O.MAP_ADD: return -2;
    case O.BINARY_SUBSCR: return -1;
    case O.STORE_SUBSCR: return -3;
    case O.DELETE_SUBSCR: return -2;
    case O.GET_ITER: return 0;
    case O.PRINT_EXPR: return -1;
    case O.LOAD_BUILD_CLASS: return 1;
    case O.RETURN_VALUE: return -1;
    case O.IMPORT_STAR: return -1;
    case O.SETUP_ANNOTATIONS: return 0;
    case O.ASYNC_GEN_WRAP: case O.YIELD_VALUE: return 0;
    case O.POP_BLOCK: return 0;
    case O.POP_EXCEPT: return -1;
    case O.STORE_NAME: return -1;
    case O.DELETE_NAME: return 0;
    case O.UNPACK_SEQUENCE: return oparg - 1;
    case O.UNPACK_EX: return (oparg & 0xff) + (oparg >> 8);
    case O.FOR_ITER: return jump > 0 ? -1 : 1;
    case O.SEND: return jump > 0 ? -1 : 0;
    case O.STORE_ATTR: return -2;
    case O.DELETE_ATTR: return -1;
    case O.STORE_GLOBAL: return -1;
    case O.DELETE_GLOBAL: return 0;
    case O.LOAD_CONST: return 1;
    case O.LOAD_NAME: return 1;
    case O.BUILD_TUPLE: case O.BUILD_LIST: case O.BUILD_SET: case O.BUILD_STRING: return 1 - oparg;
    case O.BUILD_MAP: return 1 - 2 * oparg;
    case O.BUILD_CONST_KEY_MAP: return 0 - oparg;
    case O.LOAD_ATTR: return 0;
    case O.COMPARE_OP: case O.IS_OP: case O.CONTAINS_OP: return -1;
    case O.CHECK_EXC_MATCH: return 0;
    case O.CHECK_EG_MATCH: return 0;
    case O.IMPORT_NAME: return -1;
    case O.IMPORT_FROM: return 1;
    case O.JUMP_FORWARD: case O.JUMP_BACKWARD: case O.JUMP: case O.JUMP_BACKWARD_NO_INTERRUPT:
    case O.JUMP_NO_INTERRUPT: return 0;
    case O.JUMP_IF_TRUE_OR_POP: case O.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case O.POP_JUMP_BACKWARD_IF_NONE: case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_IF_NONE:
    case O.POP_JUMP_BACKWARD_IF_NOT_NONE: case O.POP_JUMP_FORWARD_IF_NOT_NONE: case O.POP_JUMP_IF_NOT_NONE:
    case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_FALSE: case O.POP_JUMP_IF_FALSE:
    case O.POP_JUMP_FORWARD_IF_TRUE: case O.POP_JUMP_BACKWARD_IF_TRUE: case O.POP_JUMP_IF_TRUE:
      return -1;
    case O.LOAD_GLOBAL: return (oparg & 1) + 1;
    case O.SETUP_FINALLY: return jump ? 1 : 0;
    case O.SETUP_CLEANUP: return jump ? 2 : 0;
    case O.SETUP_WITH: return jump ? 1 : 0;
    case O.PREP_RERAISE_STAR: return -1;
    case O.RERAISE: return -1;
    case O.PUSH_EXC_INFO: return 1;
    case O.WITH_EXCEPT_START: return 1;
    case O.LOAD_FAST: return 1;
    case O.STORE_FAST: return -1;
    case O.DELETE_FAST: return 0;
    case O.RETURN_GENERATOR: return 0;
    case O.RAISE_VARARGS: return 0 - oparg;
    case O.PRECALL: return 0 - oparg;
    case O.KW_NAMES: return 0;
    case O.CALL: return -1;
    case O.CALL_FUNCTION_EX: return -2 - ((oparg & 1) !== 0 ? 1 : 0);
    case O.MAKE_FUNCTION:
      return 0 - ((oparg & 1) !== 0 ? 1 : 0) - ((oparg & 2) !== 0 ? 1 : 0) - ((oparg & 4) !== 0 ? 1 : 0) -
        ((oparg & 8) !== 0 ? 1 : 0);
    case O.BUILD_SLICE: return oparg === 3 ? -2 : -1;
    case O.MAKE_CELL: case O.COPY_FREE_VARS: return 0;
    case O.LOAD_CLOSURE: return 1;
    case O.LOAD_DEREF: case O.LOAD_CLASSDEREF: return 1;
    case O.STORE_DEREF: return -1;
    case O.DELETE_DEREF: return 0;
    case O.GET_AWAITABLE: return 0;
    case O.BEFORE_ASYNC_WITH: case O.BEFORE_WITH: return 1;
    case O.GET_AITER: return 0;
    case O.GET_ANEXT: return 1;
    case O.GET_YIELD_FROM_ITER: return 0;
    case O.END_ASYNC_FOR: return -2;
    case O.FORMAT_VALUE: return (oparg & 4) === 4 ? -1 : 0;
    case O.LOAD_METHOD: return 1;
    case O.LOAD_ASSERTION_ERROR: return 1;
    case O.LIST_TO_TUPLE: return 0;
    case O.LIST_EXTEND: case O.SET_UPDATE: case O.DICT_MERGE: case O.DICT_UPDATE: return -1;
    case O.MATCH_CLASS: return -2;
    case O.GET_LEN: case O.MATCH_MAPPING: case O.MATCH_SEQUENCE: case O.MATCH_KEYS: return 1;
    case O.COPY: case O.PUSH_NULL: return 1;
    case O.BINARY_OP: return -1;
  }
  throw new Error('invalid opcode for stack effect: ' + op);
}

// stack_effect as tables for the opcodes whose effect does not depend on oparg (the others: VAR_EFFECT).
const NOJUMP_EFFECT = new Int8Array(512);
const JUMP_EFFECT = new Int8Array(512);
const VAR_EFFECT = new Uint8Array(512);
for (let op = 0; op < 512; op++) {
  // Unused opcode numbers: no stack effect to probe (and a thrown Error per number would cost start-up).
  if (op >= O.opname.length || O.opname[op] === '') {
    VAR_EFFECT[op] = 1;
    continue;
  }
  let known = true;
  let e0 = 0;
  let e1 = 0;
  try {
    e0 = stackEffect(op, 0, 0);
    e1 = stackEffect(op, 0, 1);
    for (const a of [1, 2, 3, 4, 7, 8, 256, 257]) {
      if (stackEffect(op, a, 0) !== e0 || stackEffect(op, a, 1) !== e1) known = false;
    }
  } catch {
    known = false;
  }
  if (known) {
    NOJUMP_EFFECT[op] = e0;
    JUMP_EFFECT[op] = e1;
  } else VAR_EFFECT[op] = 1;
}

// ---------------------------------------------------------------------------
// Passes

/** Mark exits/no-fallthrough blocks and skip empty jump targets (normalize_basic_block). */
export function normalizeBasicBlock(b: Block): void {
  const n = b.instrs.length;
  for (let i = 0; i < n; i++) {
    const ins = b.instrs[i];
    const op = ins.opcode;
    if (isJump(ins)) {
      while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
    }
    switch (op) {
      case O.RETURN_VALUE: case O.RAISE_VARARGS: case O.RERAISE:
        b.exit = true;
        b.nofallthrough = true;
        break;
      case O.JUMP: case O.JUMP_NO_INTERRUPT:
        b.nofallthrough = true;
        break;
    }
  }
}

const MAX_COPY_SIZE = 4;

/** If a block ends in an unconditional jump to a small exit block, inline the exit (extend_block). */
export function extendBlock(b: Block): void {
  const last = b.last();
  if (last === undefined) return;
  const op = last.opcode;
  if (op !== O.JUMP && op !== O.JUMP_FORWARD && op !== O.JUMP_BACKWARD) return;
  const t = last.target!;
  if (t.exit && t.instrs.length <= MAX_COPY_SIZE) {
    // Only exits without a line number (implicit `return None`s) are copied.
    const tins = t.instrs;
    for (let k = 0; k < tins.length; k++) if (tins[k].lineno >= 0) return;
    last.opcode = O.NOP;
    for (let k = 0; k < tins.length; k++) b.instrs.push(tins[k].copy());
    b.exit = true;
  }
}

function isTrue(v: ConstValue): boolean {
  if (v === null || v === false) return false;
  if (v === true) return true;
  switch (typeof v) {
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
  }
  const o = v as { bytes?: Uint8Array; items?: readonly unknown[]; real?: number; imag?: number };
  if (o.bytes !== undefined) return o.bytes.length > 0;
  if (o.items !== undefined) return o.items.length > 0;
  if (o.real !== undefined) return o.real !== 0 || o.imag !== 0;
  return true;
}

export interface ConstPool {
  values: ConstValue[];
  /** Index of an equal constant, adding it when absent. */
  add(v: ConstValue): number;
}

function jumpThread(inst: Instr, target: Instr, opcode: number): number {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return 1;
  }
  return 0;
}

function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: ConstPool): void {
  for (let i = 0; i < n; i++) {
    const op = instrs[start + i].opcode;
    if (op !== O.LOAD_CONST && op !== O.KW_NAMES) return;
  }
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(consts.values[instrs[start + i].oparg]);
  const index = consts.add(new PyTuple(items));
  for (let i = 0; i < n; i++) instrs[start + i].opcode = O.NOP;
  instrs[start + n].opcode = O.LOAD_CONST;
  instrs[start + n].oparg = index;
}

function swaptimize(b: Block, ix: number): number {
  const ins = b.instrs;
  let depth = ins[ix].oparg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].opcode;
    if (op === O.SWAP) {
      depth = Math.max(depth, ins[ix + len].oparg);
      more = true;
    } else if (op !== O.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const I = ins[ix + i];
    if (I.opcode === O.SWAP) {
      const top = stack[0];
      stack[0] = stack[I.oparg - 1];
      stack[I.oparg - 1] = top;
    }
  }
  // Rebuild the permutation as a minimal run of swaps, written from the end.
  let current = len - 1;
  const VISITED = -1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const I = ins[ix + current--];
        I.opcode = O.SWAP;
        I.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nj = stack[j];
      stack[j] = VISITED;
      j = nj;
    }
  }
  while (current >= 0) ins[ix + current--].opcode = O.NOP;
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === O.STORE_FAST || op === O.POP_TOP;
}

function nextSwappable(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const I = b.instrs[i];
    if (lineno >= 0 && I.lineno !== lineno) return -1;
    if (I.opcode === O.NOP) continue;
    if (swappable(I.opcode)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(b: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.opcode !== O.SWAP) {
      if (swap.opcode === O.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    // Not safe when the two stores (or one in between) write the same local.
    const storeJ = b.instrs[j].opcode === O.STORE_FAST ? b.instrs[j].oparg : -1;
    const storeK = b.instrs[k].opcode === O.STORE_FAST ? b.instrs[k].oparg : -1;
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const I = b.instrs[idx];
        const st = I.opcode === O.STORE_FAST ? I.oparg : -1;
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    swap.opcode = O.NOP;
    const t = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = t;
  }
}


/**
 * optimize_basic_block. Each opcode it rewrites has its own small function, called through one
 * site that sees several of them from the first code object on (megamorphic to V8): an opcode
 * pattern met for the first time late in a run (a constant condition, a jump to a jump) runs a
 * function of its own instead of a path without type feedback inside one big function, which
 * deoptimised and recompiled it (6 TurboFan compilations per cold pass over CPython's Lib).
 */
function optimizeBasicBlock(b: Block, consts: ConstPool): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const op = inst.opcode;
    if (op === O.SETUP_FINALLY || op === O.SETUP_CLEANUP || op === O.SETUP_WITH || isJumpOp(op)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
    }
    const h = BLOCK_OPT[op];
    if (h !== null) i = h(b, ins, i, consts);
  }
}

/** Rewrites ins[i] (and what follows) in place; returns the index the scan goes on after. */
type BlockOpt = (b: Block, ins: Instr[], i: number, consts: ConstPool) => number;

/** The first instruction of a jump's target (its block is not empty: see optimizeBasicBlock). */
function jumpTarget(inst: Instr): Instr {
  return inst.target!.instrs[0];
}

function optLoadConst(b: Block, ins: Instr[], i: number, consts: ConstPool): number {
  const nextop = i + 1 < ins.length ? ins[i + 1].opcode : 0;
  if (nextop === O.POP_JUMP_IF_FALSE || nextop === O.POP_JUMP_IF_TRUE) return optConstCondJump(b, ins, i, consts);
  if (nextop === O.JUMP_IF_FALSE_OR_POP || nextop === O.JUMP_IF_TRUE_OR_POP) return optConstCondJumpOrPop(b, ins, i, consts);
  if (nextop === O.IS_OP) return optConstIs(b, ins, i, consts);
  return i;
}

function optConstCondJump(b: Block, ins: Instr[], i: number, consts: ConstPool): number {
  const inst = ins[i];
  const t = isTrue(consts.values[inst.oparg]);
  inst.opcode = O.NOP;
  const jumpIfTrue = ins[i + 1].opcode === O.POP_JUMP_IF_TRUE;
  if (t === jumpIfTrue) {
    ins[i + 1].opcode = O.JUMP;
    b.nofallthrough = true;
  } else ins[i + 1].opcode = O.NOP;
  return i;
}

function optConstCondJumpOrPop(b: Block, ins: Instr[], i: number, consts: ConstPool): number {
  const inst = ins[i];
  const t = isTrue(consts.values[inst.oparg]);
  const jumpIfTrue = ins[i + 1].opcode === O.JUMP_IF_TRUE_OR_POP;
  if (t === jumpIfTrue) {
    ins[i + 1].opcode = O.JUMP;
    b.nofallthrough = true;
  } else {
    inst.opcode = O.NOP;
    ins[i + 1].opcode = O.NOP;
  }
  return i;
}

function optConstIs(_b: Block, ins: Instr[], i: number, consts: ConstPool): number {
  const inst = ins[i];
  const v = consts.values[inst.oparg];
  const jumpOp = i + 2 < ins.length ? ins[i + 2].opcode : 0;
  if (v === null && (jumpOp === O.POP_JUMP_IF_FALSE || jumpOp === O.POP_JUMP_IF_TRUE)) {
    const nextarg = ins[i + 1].oparg;
    inst.opcode = O.NOP;
    ins[i + 1].opcode = O.NOP;
    ins[i + 2].opcode = (nextarg ^ (jumpOp === O.POP_JUMP_IF_FALSE ? 1 : 0))
      ? O.POP_JUMP_IF_NOT_NONE : O.POP_JUMP_IF_NONE;
  }
  return i;
}

function optBuildTuple(_b: Block, ins: Instr[], i: number, consts: ConstPool): number {
  const inst = ins[i];
  const oparg = inst.oparg;
  const nextop = i + 1 < ins.length ? ins[i + 1].opcode : 0;
  if (nextop === O.UNPACK_SEQUENCE && oparg === ins[i + 1].oparg) {
    if (oparg === 1) {
      inst.opcode = O.NOP;
      ins[i + 1].opcode = O.NOP;
      return i;
    }
    if (oparg === 2 || oparg === 3) {
      inst.opcode = O.NOP;
      ins[i + 1].opcode = O.SWAP;
      return i;
    }
  }
  if (i >= oparg) foldTupleOnConstants(ins, i - oparg, oparg, consts);
  return i;
}

function optJumpIfFalseOrPop(_b: Block, ins: Instr[], i: number): number {
  const inst = ins[i];
  const target = jumpTarget(inst);
  switch (target.opcode) {
    case O.POP_JUMP_IF_FALSE:
      return i - jumpThread(inst, target, O.POP_JUMP_IF_FALSE);
    case O.JUMP: case O.JUMP_IF_FALSE_OR_POP:
      return i - jumpThread(inst, target, O.JUMP_IF_FALSE_OR_POP);
    case O.JUMP_IF_TRUE_OR_POP: case O.POP_JUMP_IF_TRUE:
      if (inst.lineno === target.lineno) {
        inst.opcode = O.POP_JUMP_IF_FALSE;
        inst.target = inst.target!.next;
        return i - 1;
      }
  }
  return i;
}

function optJumpIfTrueOrPop(_b: Block, ins: Instr[], i: number): number {
  const inst = ins[i];
  const target = jumpTarget(inst);
  switch (target.opcode) {
    case O.POP_JUMP_IF_TRUE:
      return i - jumpThread(inst, target, O.POP_JUMP_IF_TRUE);
    case O.JUMP: case O.JUMP_IF_TRUE_OR_POP:
      return i - jumpThread(inst, target, O.JUMP_IF_TRUE_OR_POP);
    case O.JUMP_IF_FALSE_OR_POP: case O.POP_JUMP_IF_FALSE:
      if (inst.lineno === target.lineno) {
        inst.opcode = O.POP_JUMP_IF_TRUE;
        inst.target = inst.target!.next;
        return i - 1;
      }
  }
  return i;
}

/** A conditional or unconditional jump to a JUMP: jump to where that one goes (same opcode). */
function optJumpToJump(_b: Block, ins: Instr[], i: number): number {
  const inst = ins[i];
  const target = jumpTarget(inst);
  if (target.opcode === O.JUMP) return i - jumpThread(inst, target, inst.opcode);
  return i;
}

function optSwap(b: Block, ins: Instr[], i: number): number {
  if (ins[i].oparg === 1) {
    ins[i].opcode = O.NOP;
    return i;
  }
  i = swaptimize(b, i);
  applyStaticSwaps(b, i);
  return i;
}

function optPushNull(_b: Block, ins: Instr[], i: number): number {
  // CPython tests the next *opcode*'s low bit here; LOAD_GLOBAL is even, so it always folds.
  if (i + 1 < ins.length && ins[i + 1].opcode === O.LOAD_GLOBAL && (ins[i + 1].opcode & 1) === 0) {
    const inst = ins[i];
    inst.opcode = O.NOP;
    inst.oparg = 0;
    ins[i + 1].oparg |= 1;
  }
  return i;
}

/** optimizeBasicBlock's rewrite for each opcode (null: none); opcodes go up to the virtual ones (< 512). */
const BLOCK_OPT: (BlockOpt | null)[] = new Array<BlockOpt | null>(512).fill(null);
BLOCK_OPT[O.LOAD_CONST] = optLoadConst;
BLOCK_OPT[O.BUILD_TUPLE] = optBuildTuple;
BLOCK_OPT[O.JUMP_IF_FALSE_OR_POP] = optJumpIfFalseOrPop;
BLOCK_OPT[O.JUMP_IF_TRUE_OR_POP] = optJumpIfTrueOrPop;
BLOCK_OPT[O.POP_JUMP_IF_NOT_NONE] = optJumpToJump;
BLOCK_OPT[O.POP_JUMP_IF_NONE] = optJumpToJump;
BLOCK_OPT[O.POP_JUMP_IF_FALSE] = optJumpToJump;
BLOCK_OPT[O.POP_JUMP_IF_TRUE] = optJumpToJump;
BLOCK_OPT[O.JUMP] = optJumpToJump;
BLOCK_OPT[O.SWAP] = optSwap;
BLOCK_OPT[O.PUSH_NULL] = optPushNull;

/** Remove NOPs that carry no needed line number (clean_basic_block). */
export function cleanBasicBlock(b: Block): void {
  const ins = b.instrs;
  let dest = 0;
  let prevLineno = -1;
  const n = ins.length;
  for (let src = 0; src < n; src++) {
    const I = ins[src];
    const lineno = I.lineno;
    if (I.opcode === O.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = ins[src + 1].lineno;
        if (nextLineno < 0) {
          copyLoc(I, ins[src + 1]);
          continue;
        }
        if (nextLineno === lineno) continue;
      } else {
        let next = b.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && lineno === next.instrs[0].lineno) continue;
      }
    }
    ins[dest++] = I;
    prevLineno = lineno;
  }
  ins.length = dest;
}

function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      if (isJump(I) || isBlockPush(I)) {
        const t = I.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    let next: Block | null = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === undefined) continue;
    if (isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0) t = t.next!;
      last.target = t;
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(cfg: CFG, consts: ConstPool): void {
  const entry = cfg.entry;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (let i = cfg.blocks.length - 1; i >= 0; i--) extendBlock(cfg.blocks[i]);
  markReachable(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) b.instrs.length = 0;
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === undefined) continue;
    if ((last.opcode === O.JUMP || last.opcode === O.JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.opcode = O.NOP;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  const ins = b.instrs;
  for (let k = 0; k < ins.length; k++) if (ins[k].lineno >= 0) return false;
  return true;
}

/** duplicate_exits_without_lineno */
export function duplicateExitsWithoutLineno(cfg: CFG): void {
  const blocks = cfg.blocks;
  // b_list order (newest first); blocks added here are not visited.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    const last = b.last();
    if (last !== undefined && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = cfg.newBlock();
        const tins = target.instrs;
        for (let k = 0; k < tins.length; k++) nt.instrs.push(tins[k].copy());
        nt.exit = target.exit;
        nt.nofallthrough = true;
        copyLoc(last, nt.instrs[0]);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.last()!, b.next.instrs[0]);
    }
  }
}

/** trim_unused_consts: drop trailing constants no instruction uses (the first is kept). */
export function trimUnusedConsts(entry: Block, consts: ConstValue[]): void {
  let max = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      if ((I.opcode === O.LOAD_CONST || I.opcode === O.KW_NAMES) && I.oparg > max) max = I.oparg;
    }
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

/** propagate_line_numbers */
export function propagateLineNumbers(entry: Block): void {
  const prev = new Instr(0, 0, null, -1, -1, -1, -1);
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    prev.lineno = prev.endLineno = prev.col = prev.endCol = -1;
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      if (I.lineno < 0) copyLoc(prev, I);
      else copyLoc(I, prev);
    }
    const last = b.last()!;
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].lineno < 0) copyLoc(last, b.next!.instrs[0]);
    }
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].lineno < 0) copyLoc(last, t.instrs[0]);
    }
  }
}

/** guarantee_lineno_for_exits */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    const last = b.last()!;
    if (last.lineno < 0) {
      if (last.opcode === O.RETURN_VALUE) {
        for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
          I.lineno = lineno;
        }
      }
    } else lineno = last.lineno;
  }
}

/** stackdepth(): the maximum depth, recording each block's start depth. */
export function stackDepth(cfg: CFG, generatorLike: boolean): number {
  const blocks = cfg.blocks;
  for (let i = 0; i < blocks.length; i++) blocks[i].startdepth = -0x80000000;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(cfg.entry, generatorLike ? 1 : 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      const op = I.opcode;
      const effect = VAR_EFFECT[op] === 1 ? stackEffect(op, I.oparg, 0) : NOJUMP_EFFECT[op];
      const nd = depth + effect;
      if (nd > maxdepth) maxdepth = nd;
      if (isJump(I) || isBlockPush(I)) {
        const td = depth + (VAR_EFFECT[op] === 1 ? stackEffect(op, I.oparg, 1) : JUMP_EFFECT[op]);
        if (td > maxdepth) maxdepth = td;
        push(I.target!, td);
      }
      depth = nd;
      if (op === O.JUMP_NO_INTERRUPT || op === O.JUMP || op === O.RETURN_VALUE || op === O.RAISE_VARARGS ||
        op === O.RERAISE) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/** label_exception_targets: give every instruction its innermost handler. */
export function labelExceptionTargets(entry: Block, all: Block[]): void {
  for (let i = 0; i < all.length; i++) all[i].visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      if (isBlockPush(I)) {
        const t = I.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          t.visited = true;
          todo.push(t);
        }
        if (I.opcode === O.SETUP_WITH || I.opcode === O.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (I.opcode === O.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1] : null;
      } else if (isJump(I)) {
        I.except = handler;
        const t = I.target!;
        if (!t.visited) {
          if (!b.nofallthrough) t.exceptStack = stack!.slice();
          else {
            t.exceptStack = stack;
            stack = null;
          }
          t.visited = true;
          todo.push(t);
        }
      } else {
        I.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = stack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

export function convertExceptionHandlersToNops(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let k = 0, ins = b.instrs; k < ins.length; k++) {
      const I = ins[k];
      if (isBlockPush(I) || I.opcode === O.POP_BLOCK) I.opcode = O.NOP;
    }
  }
}
