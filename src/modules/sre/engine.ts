// The matcher of the regular-expression engine: CPython 3.11's Modules/_sre/sre_lib.h semantics
// (SRE(match), SRE(count), SRE(charset), SRE(at), SRE(search)), written as a loop over the code
// array with an explicit stack of contexts, so the depth of backtracking is bounded by memory,
// not by the JS stack. The subject is an Int32Array of code points (str) or byte values (bytes);
// positions are indices into it and -1 stands for C's NULL mark.
//
// Beyond sre_lib.h, attempts that would fail at their first character are not made: mayStart
// tells from one character whether code can start there (tables per pattern, PatternTables), and
// BRANCH (straight to the next alternative that may match), REPEAT_ONE's backtracking (counts
// where the tail cannot start) and search (positions) use it. Results stay CPython's, including
// the traces that MARKs of a failed attempt leave in the marks (altFails, skippedMarks).
import * as C from './constants.js';
import {
  M_ENTER, M_DISPATCH, M_EXIT, R_BRANCH_LOOP, R_BRANCH, R_REPEAT_ONE_1_LOOP, R_REPEAT_ONE_1, R_REPEAT_ONE_2_LOOP, R_REPEAT_ONE_2, R_MIN_REPEAT_ONE_LOOP, R_MIN_REPEAT_ONE, R_REPEAT, R_MAX_UNTIL_1, R_MAX_UNTIL_2, R_MAX_UNTIL_TAIL, R_MAX_UNTIL_3, R_MIN_UNTIL_1, R_MIN_UNTIL_2, R_MIN_UNTIL_3, R_POSS_1_LOOP, R_POSS_1, R_POSS_2_LOOP, R_POSS_2, R_ATOMIC, R_ASSERT, R_ASSERT_NOT,
} from './modes.js';
import {
  category, lowerAscii, lowerUnicode, upperUnicode, lowerLocale, charLocIgnore, isWordAscii, isWordUni,
} from './chars.js';

/** An active REPEAT (SRE_REPEAT): the UNTIL opcodes find it through state.repeat. */
class Repeat {
  declare count: number;
  /** Index of the REPEAT's <skip> word; +1 is min, +2 max, +3 the item. */
  declare pc: number;
  declare prev: Repeat | null;
  declare lastPtr: number;
  constructor(pc: number, prev: Repeat | null) {
    this.count = -1;
    this.pc = pc;
    this.prev = prev;
    this.lastPtr = -1;
  }
}

/** One activation of the matcher (SRE(match_context)); reused across matches. */
class Ctx {
  declare count: number;
  declare chr: number;
  declare rep: Repeat | null;
  declare lastmark: number;
  declare lastindex: number;
  declare pc: number;
  declare ptr: number;
  declare toplevel: boolean;
  /** Where to continue in this context when its child returns. */
  declare resume: number;
  constructor() {
    this.count = 0;
    this.chr = 0;
    this.rep = null;
    this.lastmark = -1;
    this.lastindex = -1;
    this.pc = 0;
    this.ptr = 0;
    this.toplevel = false;
    this.resume = 0;
  }
}

/** Tables the matcher builds for a pattern on first use (or on the USES_BEFORE_TABLE-th), by code index. */
export class PatternTables {
  /** Membership of the set starting at each index for the characters < 256 (see inSet). */
  declare sets: (Uint8Array | null)[];
  /** mayStart's answers for the code at each index (see buildStartTable). */
  declare starts: (Uint8Array | null)[];
  /** A BRANCH's tables, by the index of each alternative's <skip> word (see branchTables). */
  declare branches: (Int32Array | null)[];
  /** How often a start or BRANCH table was wanted at each index before it was built (255: never). */
  declare uses: Uint8Array;
  constructor(n: number) {
    this.sets = new Array<Uint8Array | null>(n).fill(null);
    this.starts = new Array<Uint8Array | null>(n).fill(null);
    this.branches = new Array<Int32Array | null>(n).fill(null);
    this.uses = new Uint8Array(n);
  }
}

/**
 * Start and BRANCH tables cost hundreds of mayStart evaluations to build: they are built when the
 * code at an index has been asked about this many times (a pattern used once, with a long list of
 * alternatives, would otherwise pay for tables it never uses again).
 */
const USES_BEFORE_TABLE = 8;
/** BRANCHes with more alternatives keep to the per-alternative start tables (1 KB per alternative). */
const MAX_BRANCH_TABLE = 64;

export class SreState {
  declare s: Int32Array;
  declare start: number;
  declare end: number;
  declare ptr: number;
  declare pos: number;
  declare endpos: number;
  declare mark: Int32Array;
  declare lastmark: number;
  declare lastindex: number;
  declare repeat: Repeat | null;
  declare matchAll: boolean;
  declare mustAdvance: boolean;
  /** MARK_PUSH / last_ptr saves (the C engine's data stack, minus the contexts). */
  declare data: Int32Array;
  declare dataTop: number;
  declare ctxs: Ctx[];
  declare depth: number;
  /** The pattern's tables. */
  declare tables: PatternTables;
  constructor(s: Int32Array, groups: number, pos: number, endpos: number, tables: PatternTables) {
    this.mark = new Int32Array(2 * groups + 2);
    this.data = new Int32Array(64);
    this.ctxs = [];
    this.init(s, groups, pos, endpos, tables);
  }
  /** state_init's part that a reused state needs again. */
  init(s: Int32Array, groups: number, pos: number, endpos: number, tables: PatternTables): void {
    this.s = s;
    this.tables = tables;
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
    this.pos = pos;
    this.endpos = endpos;
    if (this.mark.length < 2 * groups + 2) this.mark = new Int32Array(2 * groups + 2);
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.matchAll = false;
    this.mustAdvance = false;
    this.dataTop = 0;
    this.depth = 0;
  }
  /** state_reset. */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.dataTop = 0;
    this.depth = 0;
  }
}

function pushData(st: SreState, v: number): void {
  if (st.dataTop === st.data.length) {
    const d = new Int32Array(st.data.length * 2);
    d.set(st.data);
    st.data = d;
  }
  st.data[st.dataTop++] = v;
}

function markPush(st: SreState, lastmark: number): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  if (st.dataTop + n > st.data.length) {
    const d = new Int32Array(Math.max(st.data.length * 2, st.dataTop + n + 64));
    d.set(st.data);
    st.data = d;
  }
  st.data.set(st.mark.subarray(0, n), st.dataTop);
  st.dataTop += n;
}

/** MARK_POP (discard = true), MARK_POP_KEEP (discard = false). */
function markPop(st: SreState, lastmark: number, discard: boolean): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const from = st.dataTop - n;
  st.mark.set(st.data.subarray(from, st.dataTop), 0);
  if (discard) st.dataTop = from;
}

function markPopDiscard(st: SreState, lastmark: number): void {
  if (lastmark >= 0) st.dataTop -= lastmark + 1;
}

/** SRE(charset): is ch in the set starting at code[i]? */
export function charset(code: Int32Array, i: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[i++]) {
      case C.FAILURE:
        return !ok;
      case C.LITERAL:
        if (ch === code[i]) return ok;
        i++;
        break;
      case C.CATEGORY:
        if (category(code[i], ch)) return ok;
        i++;
        break;
      case C.CHARSET:
        if (ch < 256 && (code[i + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        i += 8;
        break;
      case C.RANGE:
        if ((code[i] >>> 0) <= ch && ch <= (code[i + 1] >>> 0)) return ok;
        i += 2;
        break;
      case C.RANGE_UNI_IGNORE: {
        const lo = code[i] >>> 0;
        const hi = code[i + 1] >>> 0;
        if (lo <= ch && ch <= hi) return ok;
        const u = upperUnicode(ch);
        if (lo <= u && u <= hi) return ok;
        i += 2;
        break;
      }
      case C.NEGATE:
        ok = !ok;
        break;
      case C.BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices, as bytes in 64 words> <blocks>
        const count = code[i++];
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >> 8;
          block = (code[i + (hi >> 2)] >>> ((hi & 3) << 3)) & 255;
        }
        i += 64;
        if (block >= 0 && (code[i + ((block << 3) | ((ch & 255) >> 5))] & (1 << (ch & 31))) !== 0) return ok;
        i += count * 8;
        break;
      }
      default:
        return false;
    }
  }
}

/**
 * charset() through a table: the set at code[i] is evaluated once for each of the 256 first
 * characters (the answer depends on nothing else), then membership is one load.
 */
function inSet(st: SreState, code: Int32Array, i: number, ch: number): boolean {
  if (ch >= 256) return charset(code, i, ch);
  let t = st.tables.sets[i];
  if (t === null) t = buildTable(st, code, i);
  return t[ch] === 1;
}

function buildTable(st: SreState, code: Int32Array, i: number): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = charset(code, i, c) ? 1 : 0;
  st.tables.sets[i] = t;
  return t;
}

function charsetLocIgnore(st: SreState, code: Int32Array, i: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inSet(st, code, i, lo)) return true;
  const up = ch < 256 ? (ch >= 97 && ch <= 122 ? ch - 32 : ch) : ch;
  return up !== lo && inSet(st, code, i, up);
}

/** SRE(at). */
function at(st: SreState, ptr: number, code: number): boolean {
  const s = st.s;
  const end = st.end;
  switch (code) {
    case C.AT_BEGINNING:
    case C.AT_BEGINNING_STRING:
      return ptr === 0;
    case C.AT_BEGINNING_LINE:
      return ptr === 0 || s[ptr - 1] === 10;
    case C.AT_END:
      return (end - ptr === 1 && s[ptr] === 10) || ptr === end;
    case C.AT_END_LINE:
      return ptr === end || s[ptr] === 10;
    case C.AT_END_STRING:
      return ptr === end;
    case C.AT_BOUNDARY:
    case C.AT_NON_BOUNDARY:
    case C.AT_LOC_BOUNDARY:
    case C.AT_LOC_NON_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 ? isWordAscii(s[ptr - 1]) : false;
      const thisp = ptr < end ? isWordAscii(s[ptr]) : false;
      return code === C.AT_BOUNDARY || code === C.AT_LOC_BOUNDARY ? thisp !== that : thisp === that;
    }
    case C.AT_UNI_BOUNDARY:
    case C.AT_UNI_NON_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 ? isWordUni(s[ptr - 1]) : false;
      const thisp = ptr < end ? isWordUni(s[ptr]) : false;
      return code === C.AT_UNI_BOUNDARY ? thisp !== that : thisp === that;
    }
  }
  return false;
}

/** SRE(count): how many times (up to maxcount) the single-width item at code[pc] matches from st.ptr. */
function count(st: SreState, code: Int32Array, pc: number, maxcount: number): number {
  const s = st.s;
  const start = st.ptr;
  let ptr = start;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== C.MAXREPEAT) end = ptr + maxcount;
  const chr = code[pc + 1];
  switch (code[pc]) {
    case C.IN: {
      let t = st.tables.sets[pc + 2];
      if (t === null) t = buildTable(st, code, pc + 2);
      while (ptr < end) {
        const c = s[ptr];
        if (c < 256 ? t[c] === 0 : !charset(code, pc + 2, c)) break;
        ptr++;
      }
      break;
    }
    case C.IN_IGNORE:
      while (ptr < end && inSet(st, code, pc + 2, lowerAscii(s[ptr]))) ptr++;
      break;
    case C.IN_UNI_IGNORE:
      while (ptr < end && inSet(st, code, pc + 2, lowerUnicode(s[ptr]))) ptr++;
      break;
    case C.IN_LOC_IGNORE:
      while (ptr < end && charsetLocIgnore(st, code, pc + 2, s[ptr])) ptr++;
      break;
    case C.ANY:
      while (ptr < end && s[ptr] !== 10) ptr++;
      break;
    case C.ANY_ALL:
      ptr = end;
      break;
    case C.LITERAL:
      while (ptr < end && s[ptr] === chr) ptr++;
      break;
    case C.LITERAL_IGNORE:
      while (ptr < end && lowerAscii(s[ptr]) === chr) ptr++;
      break;
    case C.LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(s[ptr]) === chr) ptr++;
      break;
    case C.LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, s[ptr])) ptr++;
      break;
    case C.NOT_LITERAL:
      while (ptr < end && s[ptr] !== chr) ptr++;
      break;
    case C.NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(s[ptr]) !== chr) ptr++;
      break;
    case C.NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(s[ptr]) !== chr) ptr++;
      break;
    case C.NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, s[ptr])) ptr++;
      break;
    case C.CATEGORY:
      while (ptr < end && category(chr, s[ptr])) ptr++;
      break;
    default:
      // Any other single-width item: run it (it ends with SUCCESS, which sets st.ptr).
      while (st.ptr < end) {
        if (!sreMatch(st, code, pc, false)) break;
      }
      return st.ptr - start;
  }
  return ptr - start;
}

export class SreInternalError extends Error {}

/**
 * SRE(match): does the code at `pc0` match at st.ptr? Returns 1 (st.ptr = end of the match, marks
 * set) or 0. Re-entrant: a nested call (from count()) stacks its contexts above the caller's.
 */
export function sreMatch(st: SreState, code: Int32Array, pc0: number, toplevel0: boolean): number {
  const s = st.s;
  const end = st.end;
  const ctxs = st.ctxs;
  const base = st.depth;
  if (ctxs.length === base) ctxs.push(new Ctx());
  let ctx = ctxs[st.depth++];
  ctx.toplevel = toplevel0;
  let pc = pc0;
  let ptr = 0;
  let ret = 0;
  let mode = M_ENTER;
  // A DO_JUMP: save this context's position, push a child context at `next`.
  let childPc = 0;
  let childTop = false;

  for (;;) {
    switch (mode) {
      case M_ENTER: {
        ptr = st.ptr;
        if (code[pc] === C.INFO) {
          const min = code[pc + 3] >>> 0;
          if (min !== 0 && end - ptr < min) {
            ret = 0;
            mode = M_EXIT;
            continue;
          }
          pc += code[pc + 1] + 1;
        }
        mode = M_DISPATCH;
        continue;
      }

      case M_DISPATCH:
        dispatch: for (;;) {
          switch (code[pc++]) {
            case C.MARK: {
              const i = code[pc];
              if (i & 1) st.lastindex = (i >> 1) + 1;
              if (i > st.lastmark) {
                let j = st.lastmark + 1;
                while (j < i) st.mark[j++] = -1;
                st.lastmark = i;
              }
              st.mark[i] = ptr;
              pc++;
              continue;
            }
            case C.LITERAL:
              if (ptr >= end || s[ptr] !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.NOT_LITERAL:
              if (ptr >= end || s[ptr] === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.SUCCESS:
              if (ctx.toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))) break dispatch;
              st.ptr = ptr;
              ret = 1;
              mode = M_EXIT;
              break dispatch;
            case C.AT:
              if (!at(st, ptr, code[pc])) break dispatch;
              pc++;
              continue;
            case C.CATEGORY:
              if (ptr >= end || !category(code[pc], s[ptr])) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.ANY:
              if (ptr >= end || s[ptr] === 10) break dispatch;
              ptr++;
              continue;
            case C.ANY_ALL:
              if (ptr >= end) break dispatch;
              ptr++;
              continue;
            case C.IN:
              if (ptr >= end || !inSet(st, code, pc + 1, s[ptr])) break dispatch;
              pc += code[pc];
              ptr++;
              continue;
            case C.LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(s[ptr]) !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(s[ptr]) !== code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocIgnore(code[pc], s[ptr])) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(s[ptr]) === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(s[ptr]) === code[pc]) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocIgnore(code[pc], s[ptr])) break dispatch;
              pc++;
              ptr++;
              continue;
            case C.IN_IGNORE:
              if (ptr >= end || !inSet(st, code, pc + 1, lowerAscii(s[ptr]))) break dispatch;
              pc += code[pc];
              ptr++;
              continue;
            case C.IN_UNI_IGNORE:
              if (ptr >= end || !inSet(st, code, pc + 1, lowerUnicode(s[ptr]))) break dispatch;
              pc += code[pc];
              ptr++;
              continue;
            case C.IN_LOC_IGNORE:
              if (ptr >= end || !charsetLocIgnore(st, code, pc + 1, s[ptr])) break dispatch;
              pc += code[pc];
              ptr++;
              continue;
            case C.JUMP:
            case C.INFO:
              pc += code[pc];
              continue;

            case C.BRANCH:
              // <BRANCH> <0=skip> code <JUMP> ... <NULL>
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              if (st.repeat !== null) markPush(st, ctx.lastmark);
              mode = R_BRANCH_LOOP;
              break dispatch;

            case C.REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pc + 1] >>> 0;
              if (min > end - ptr) break dispatch;
              st.ptr = ptr;
              const n = count(st, code, pc + 3, code[pc + 2] >>> 0);
              ctx.count = n;
              ptr += n;
              if (n < min) break dispatch;
              const tail = pc + code[pc];
              // A tail of MARKs and JUMPs to SUCCESS matches at once unless this is the top level
              // and the whole-match conditions refuse this end (then the shorter counts are tried
              // as in C): it is run here, without a child context.
              if (isTrivialTail(code, tail) &&
                  !(ctx.toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start)))) {
                runTrivialTail(st, code, tail, ptr);
                ret = 1;
                mode = M_EXIT;
                break dispatch;
              }
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              if (st.repeat !== null) markPush(st, ctx.lastmark);
              if (code[tail] === C.LITERAL) {
                ctx.chr = code[tail + 1];
                mode = R_REPEAT_ONE_1_LOOP;
              } else mode = R_REPEAT_ONE_2_LOOP;
              break dispatch;
            }

            case C.MIN_REPEAT_ONE: {
              // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pc + 1] >>> 0;
              if (min > end - ptr) break dispatch;
              st.ptr = ptr;
              if (min === 0) ctx.count = 0;
              else {
                const n = count(st, code, pc + 3, min);
                if (n < min) break dispatch;
                ctx.count = n;
                ptr += n;
              }
              const tail = pc + code[pc];
              if (isTrivialTail(code, tail) &&
                  !(ctx.toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start)))) {
                runTrivialTail(st, code, tail, ptr);
                ret = 1;
                mode = M_EXIT;
                break dispatch;
              }
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              if (st.repeat !== null) markPush(st, ctx.lastmark);
              mode = R_MIN_REPEAT_ONE_LOOP;
              break dispatch;
            }

            case C.POSSESSIVE_REPEAT_ONE: {
              const min = code[pc + 1] >>> 0;
              if (ptr + min > end) break dispatch;
              st.ptr = ptr;
              const n = count(st, code, pc + 3, code[pc + 2] >>> 0);
              ptr += n;
              if (n < min) break dispatch;
              pc += code[pc];
              if (code[pc] === C.SUCCESS && ptr === end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
                st.ptr = ptr;
                ret = 1;
                mode = M_EXIT;
                break dispatch;
              }
              continue;
            }

            case C.REPEAT: {
              // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
              const rep = new Repeat(pc, st.repeat);
              ctx.rep = rep;
              st.repeat = rep;
              st.ptr = ptr;
              ctx.resume = R_REPEAT;
              childPc = pc + code[pc];
              childTop = ctx.toplevel;
              mode = M_ENTER;
              break dispatch;
            }

            case C.MAX_UNTIL: {
              const rep = st.repeat;
              if (rep === null) throw new SreInternalError();
              ctx.rep = rep;
              st.ptr = ptr;
              ctx.count = rep.count + 1;
              if (ctx.count < (code[rep.pc + 1] >>> 0)) {
                rep.count = ctx.count;
                ctx.resume = R_MAX_UNTIL_1;
                childPc = rep.pc + 3;
                childTop = ctx.toplevel;
                mode = M_ENTER;
                break dispatch;
              }
              const max = code[rep.pc + 2] >>> 0;
              if ((ctx.count < max || max === C.MAXREPEAT) && st.ptr !== rep.lastPtr) {
                rep.count = ctx.count;
                ctx.lastmark = st.lastmark;
                ctx.lastindex = st.lastindex;
                markPush(st, ctx.lastmark);
                pushData(st, rep.lastPtr);
                rep.lastPtr = st.ptr;
                ctx.resume = R_MAX_UNTIL_2;
                childPc = rep.pc + 3;
                childTop = ctx.toplevel;
                mode = M_ENTER;
                break dispatch;
              }
              mode = R_MAX_UNTIL_TAIL;
              break dispatch;
            }

            case C.MIN_UNTIL: {
              const rep = st.repeat;
              if (rep === null) throw new SreInternalError();
              ctx.rep = rep;
              st.ptr = ptr;
              ctx.count = rep.count + 1;
              if (ctx.count < (code[rep.pc + 1] >>> 0)) {
                rep.count = ctx.count;
                ctx.resume = R_MIN_UNTIL_1;
                childPc = rep.pc + 3;
                childTop = ctx.toplevel;
                mode = M_ENTER;
                break dispatch;
              }
              // see if the tail matches
              st.repeat = rep.prev;
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              if (st.repeat !== null) markPush(st, ctx.lastmark);
              ctx.resume = R_MIN_UNTIL_2;
              childPc = pc;
              childTop = ctx.toplevel;
              mode = M_ENTER;
              break dispatch;
            }

            case C.POSSESSIVE_REPEAT:
              // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
              st.ptr = ptr;
              ctx.count = 0;
              mode = R_POSS_1_LOOP;
              break dispatch;

            case C.ATOMIC_GROUP:
              // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
              st.ptr = ptr;
              ctx.resume = R_ATOMIC;
              childPc = pc + 1;
              childTop = false;
              mode = M_ENTER;
              break dispatch;

            case C.GROUPREF:
            case C.GROUPREF_IGNORE:
            case C.GROUPREF_UNI_IGNORE:
            case C.GROUPREF_LOC_IGNORE: {
              const op = code[pc - 1];
              const g = code[pc] * 2;
              if (g >= st.lastmark) break dispatch;
              let p = st.mark[g];
              const e = st.mark[g + 1];
              if (p < 0 || e < 0 || e < p) break dispatch;
              if (op === C.GROUPREF) {
                while (p < e) {
                  if (ptr >= end || s[ptr] !== s[p]) break dispatch;
                  p++;
                  ptr++;
                }
              } else if (op === C.GROUPREF_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerAscii(s[ptr]) !== lowerAscii(s[p])) break dispatch;
                  p++;
                  ptr++;
                }
              } else if (op === C.GROUPREF_UNI_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerUnicode(s[ptr]) !== lowerUnicode(s[p])) break dispatch;
                  p++;
                  ptr++;
                }
              } else {
                while (p < e) {
                  if (ptr >= end || lowerLocale(s[ptr]) !== lowerLocale(s[p])) break dispatch;
                  p++;
                  ptr++;
                }
              }
              pc++;
              continue;
            }

            case C.GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              const g = code[pc] * 2;
              if (g >= st.lastmark) {
                pc += code[pc + 1];
                continue;
              }
              const p = st.mark[g];
              const e = st.mark[g + 1];
              if (p < 0 || e < 0 || e < p) {
                pc += code[pc + 1];
                continue;
              }
              pc += 2;
              continue;
            }

            case C.ASSERT: {
              // <ASSERT> <skip> <back> <pattern>
              const back = code[pc + 1] >>> 0;
              if (ptr < back) break dispatch;
              st.ptr = ptr - back;
              ctx.resume = R_ASSERT;
              childPc = pc + 2;
              childTop = false;
              mode = M_ENTER;
              break dispatch;
            }

            case C.ASSERT_NOT: {
              const back = code[pc + 1] >>> 0;
              if (ptr >= back) {
                st.ptr = ptr - back;
                ctx.lastmark = st.lastmark;
                ctx.lastindex = st.lastindex;
                if (st.repeat !== null) markPush(st, ctx.lastmark);
                ctx.resume = R_ASSERT_NOT;
                childPc = pc + 2;
                childTop = false;
                mode = M_ENTER;
                break dispatch;
              }
              pc += code[pc];
              continue;
            }

            case C.FAILURE:
              break dispatch;

            default:
              throw new SreInternalError();
          }
        }
        // Leaving the dispatch loop: a failure (mode still M_DISPATCH), a success (M_EXIT), a
        // loop to run (R_*), or a child context to enter (M_ENTER).
        if (mode === M_DISPATCH) {
          ret = 0;
          mode = M_EXIT;
        } else if (mode === M_ENTER) {
          ctx.pc = pc;
          ctx.ptr = ptr;
          if (ctxs.length === st.depth) ctxs.push(new Ctx());
          ctx = ctxs[st.depth++];
          ctx.toplevel = childTop;
          pc = childPc;
        }
        continue;

      case M_EXIT:
        // Return from this context to its parent, which resumes where it jumped from.
        st.depth--;
        if (st.depth === base) return ret;
        ctx = ctxs[st.depth - 1];
        pc = ctx.pc;
        ptr = ctx.ptr;
        mode = ctx.resume;
        continue;

      // ----- BRANCH -----
      case R_BRANCH_LOOP: {
        // The character at ptr as an index into the tables (256: the end), or -1 (none).
        let c = ptr < end ? s[ptr] : 256;
        if (c > 256 || (c === 256 && ptr < end)) c = -1;
        if (c >= 0) {
          // Alternatives that would fail at once are skipped (sre_lib.h only looks for a first
          // LITERAL or IN): straight to the next that may match, when the skipped ones' MARKs
          // leave no trace (see altFails).
          let t = st.tables.branches[pc];
          if (t === null) t = branchTables(st, code, pc);
          if (t !== null && (st.lastmark < t[257] || st.repeat !== null)) {
            pc = t[c];
            if (st.repeat === null && code[pc] !== 0) {
              // The last alternative that may match here runs in this context, as a jump: its
              // failure is the BRANCH's. Only the restore of lastmark and lastindex that R_BRANCH
              // does before failing is left out, and every context that goes on after a failed
              // child restores them itself (outside a REPEAT, mark values are not restored).
              const next = pc + code[pc];
              const tn = code[next] === 0 ? null : st.tables.branches[next];
              if (code[next] === 0 || (tn !== null && code[tn[c]] === 0)) {
                pc++;
                mode = M_DISPATCH;
                continue;
              }
            }
            c = -2;
          }
        }
        if (c !== -2) while (code[pc] !== 0 && altFails(st, code, pc + 1, ptr)) pc += code[pc];
        if (code[pc] === 0) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          ret = 0;
          mode = M_EXIT;
          continue;
        }
        st.ptr = ptr;
        ctx.resume = R_BRANCH;
        childPc = pc + 1;
        childTop = ctx.toplevel;
        mode = M_ENTER;
        break;
      }
      case R_BRANCH:
        if (ret) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          mode = M_EXIT;
          continue;
        }
        if (st.repeat !== null) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        pc += code[pc];
        mode = R_BRANCH_LOOP;
        continue;

      // ----- REPEAT_ONE, tail starting with a literal -----
      case R_REPEAT_ONE_1_LOOP: {
        const min = code[pc + 1] >>> 0;
        const chr = ctx.chr;
        while (ctx.count >= min && (ptr >= end || s[ptr] !== chr)) {
          ptr--;
          ctx.count--;
        }
        if (ctx.count < min) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          ret = 0;
          mode = M_EXIT;
          continue;
        }
        st.ptr = ptr;
        ctx.resume = R_REPEAT_ONE_1;
        childPc = pc + code[pc];
        childTop = ctx.toplevel;
        mode = M_ENTER;
        break;
      }
      case R_REPEAT_ONE_1:
      case R_REPEAT_ONE_2:
        if (ret) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          mode = M_EXIT;
          continue;
        }
        if (st.repeat !== null) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        ptr--;
        ctx.count--;
        mode = mode === R_REPEAT_ONE_1 ? R_REPEAT_ONE_1_LOOP : R_REPEAT_ONE_2_LOOP;
        continue;

      // ----- REPEAT_ONE, general tail -----
      case R_REPEAT_ONE_2_LOOP: {
        const min = code[pc + 1] >>> 0;
        const tail = pc + code[pc];
        // Counts where the tail cannot start are passed over, as if its child had failed at once
        // (R_REPEAT_ONE_2's restore has nothing to undo; the MARKs' traces as in tailFails).
        let t = st.tables.starts[tail];
        if (t === null) t = startTable(st, code, tail);
        const traces = code[tail] === C.MARK && st.lastmark >= 0 && st.repeat === null;
        while (ctx.count >= min) {
          // (one table access for characters and the end: a path first taken after V8 has
          // optimised this function deoptimises it)
          const c = ptr < end ? s[ptr] : -1;
          if (c < 256 && t !== null) {
            if ((t[c < 0 ? 256 : c] & 4) !== 0) break;
            if (traces) skippedMarks(st, code, tail, ptr);
          } else if (!altFails(st, code, tail, ptr)) break;
          ptr--;
          ctx.count--;
        }
        if (ctx.count >= min) {
          st.ptr = ptr;
          ctx.resume = R_REPEAT_ONE_2;
          childPc = tail;
          childTop = ctx.toplevel;
          mode = M_ENTER;
          break;
        }
        if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
        ret = 0;
        mode = M_EXIT;
        continue;
      }

      // ----- MIN_REPEAT_ONE -----
      case R_MIN_REPEAT_ONE_LOOP: {
        const max = code[pc + 2] >>> 0;
        if (max === C.MAXREPEAT || ctx.count <= max) {
          if (tailFails(st, code, pc + code[pc], ptr)) {
            ret = 0;
            mode = R_MIN_REPEAT_ONE;
            continue;
          }
          st.ptr = ptr;
          ctx.resume = R_MIN_REPEAT_ONE;
          childPc = pc + code[pc];
          childTop = ctx.toplevel;
          mode = M_ENTER;
          break;
        }
        if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
        ret = 0;
        mode = M_EXIT;
        continue;
      }
      case R_MIN_REPEAT_ONE:
        if (ret) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          mode = M_EXIT;
          continue;
        }
        if (st.repeat !== null) markPop(st, ctx.lastmark, false);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        st.ptr = ptr;
        if (count(st, code, pc + 3, 1) === 0) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          ret = 0;
          mode = M_EXIT;
          continue;
        }
        ptr++;
        ctx.count++;
        mode = R_MIN_REPEAT_ONE_LOOP;
        continue;

      // ----- REPEAT / MAX_UNTIL / MIN_UNTIL -----
      case R_REPEAT:
        st.repeat = ctx.rep!.prev;
        mode = M_EXIT;
        continue;
      case R_MAX_UNTIL_1:
      case R_MIN_UNTIL_1:
        if (ret) {
          mode = M_EXIT;
          continue;
        }
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        mode = M_EXIT;
        continue;
      case R_MAX_UNTIL_2: {
        const rep = ctx.rep!;
        rep.lastPtr = st.data[--st.dataTop];
        if (ret) {
          markPopDiscard(st, ctx.lastmark);
          mode = M_EXIT;
          continue;
        }
        markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        rep.count = ctx.count - 1;
        st.ptr = ptr;
        mode = R_MAX_UNTIL_TAIL;
        continue;
      }
      case R_MAX_UNTIL_TAIL:
        // cannot match more repeated items here; make sure the tail matches
        st.repeat = ctx.rep!.prev;
        ctx.resume = R_MAX_UNTIL_3;
        childPc = pc;
        childTop = ctx.toplevel;
        mode = M_ENTER;
        break;
      case R_MAX_UNTIL_3:
        st.repeat = ctx.rep;
        if (!ret) st.ptr = ptr;
        mode = M_EXIT;
        continue;
      case R_MIN_UNTIL_2: {
        const rep = ctx.rep!;
        const repeatOfTail = st.repeat;
        st.repeat = rep;
        if (ret) {
          if (repeatOfTail !== null) markPopDiscard(st, ctx.lastmark);
          mode = M_EXIT;
          continue;
        }
        if (repeatOfTail !== null) markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        st.ptr = ptr;
        const max = code[rep.pc + 2] >>> 0;
        if ((ctx.count >= max && max !== C.MAXREPEAT) || st.ptr === rep.lastPtr) {
          ret = 0;
          mode = M_EXIT;
          continue;
        }
        rep.count = ctx.count;
        pushData(st, rep.lastPtr);
        rep.lastPtr = st.ptr;
        ctx.resume = R_MIN_UNTIL_3;
        childPc = rep.pc + 3;
        childTop = ctx.toplevel;
        mode = M_ENTER;
        break;
      }
      case R_MIN_UNTIL_3: {
        const rep = ctx.rep!;
        rep.lastPtr = st.data[--st.dataTop];
        if (ret) {
          mode = M_EXIT;
          continue;
        }
        rep.count = ctx.count - 1;
        st.ptr = ptr;
        mode = M_EXIT;
        continue;
      }

      // ----- POSSESSIVE_REPEAT -----
      case R_POSS_1_LOOP:
        if (ctx.count < (code[pc + 1] >>> 0)) {
          ctx.resume = R_POSS_1;
          childPc = pc + 3;
          childTop = false;
          mode = M_ENTER;
          break;
        }
        ptr = -1;
        mode = R_POSS_2_LOOP;
        continue;
      case R_POSS_1:
        if (ret) {
          ctx.count++;
          mode = R_POSS_1_LOOP;
          continue;
        }
        st.ptr = ptr;
        ret = 0;
        mode = M_EXIT;
        continue;
      case R_POSS_2_LOOP: {
        const max = code[pc + 2] >>> 0;
        if ((ctx.count < max || max === C.MAXREPEAT) && st.ptr !== ptr) {
          ctx.lastmark = st.lastmark;
          ctx.lastindex = st.lastindex;
          markPush(st, ctx.lastmark);
          ptr = st.ptr;
          ctx.resume = R_POSS_2;
          childPc = pc + 3;
          childTop = false;
          mode = M_ENTER;
          break;
        }
        pc += code[pc] + 1;
        ptr = st.ptr;
        mode = M_DISPATCH;
        continue;
      }
      case R_POSS_2:
        if (ret) {
          markPopDiscard(st, ctx.lastmark);
          ctx.count++;
          mode = R_POSS_2_LOOP;
          continue;
        }
        markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        st.ptr = ptr;
        pc += code[pc] + 1;
        ptr = st.ptr;
        mode = M_DISPATCH;
        continue;

      // ----- ATOMIC_GROUP, ASSERT, ASSERT_NOT -----
      case R_ATOMIC:
        if (!ret) {
          st.ptr = ptr;
          mode = M_EXIT;
          continue;
        }
        pc += code[pc];
        ptr = st.ptr;
        mode = M_DISPATCH;
        continue;
      case R_ASSERT:
        if (!ret) {
          mode = M_EXIT;
          continue;
        }
        pc += code[pc];
        mode = M_DISPATCH;
        continue;
      case R_ASSERT_NOT:
        if (ret) {
          if (st.repeat !== null) markPopDiscard(st, ctx.lastmark);
          ret = 0;
          mode = M_EXIT;
          continue;
        }
        if (st.repeat !== null) markPop(st, ctx.lastmark, true);
        st.lastmark = ctx.lastmark;
        st.lastindex = ctx.lastindex;
        pc += code[pc];
        mode = M_DISPATCH;
        continue;

      default:
        throw new SreInternalError();
    }
    // Reached by `break` from a loop label that set up a child (mode = M_ENTER).
    ctx.pc = pc;
    ctx.ptr = ptr;
    if (ctxs.length === st.depth) ctxs.push(new Ctx());
    ctx = ctxs[st.depth++];
    ctx.toplevel = childTop;
    pc = childPc;
  }
}

/**
 * Does the code at `i` reach SUCCESS through MARKs and forward JUMPs only? Then running it cannot
 * fail but for SUCCESS's own top-level tests.
 */
function isTrivialTail(code: Int32Array, i: number): boolean {
  for (let n = 0; n < 16; n++) {
    const op = code[i];
    if (op === C.SUCCESS) return true;
    if (op === C.MARK) i += 2;
    else if (op === C.JUMP && code[i + 1] > 0) i += 1 + code[i + 1];
    else return false;
  }
  return false;
}

/** Runs a trivial tail (isTrivialTail) at ptr: its MARKs as the MARK opcode does, then SUCCESS. */
function runTrivialTail(st: SreState, code: Int32Array, i: number, ptr: number): void {
  for (;;) {
    const op = code[i];
    if (op === C.MARK) {
      const m = code[i + 1];
      if (m & 1) st.lastindex = (m >> 1) + 1;
      if (m > st.lastmark) {
        let j = st.lastmark + 1;
        while (j < m) st.mark[j++] = -1;
        st.lastmark = m;
      }
      st.mark[m] = ptr;
      i += 2;
    } else if (op === C.JUMP) i += 1 + code[i + 1];
    else break;
  }
  st.ptr = ptr;
}

/**
 * Can the code at `i` possibly match at ptr? False only when its first character-consuming
 * operation (past zero-width ATs, through the alternatives of a BRANCH, the item of a repeat of
 * one character with min >= 1, or that item and the tail with min 0) cannot consume the character
 * at ptr, so that SRE(match) would
 * fail there without other effect. `marksOk`: leading MARKs may be passed over (their effect is
 * invisible to the caller); otherwise code starting with a MARK counts as possibly matching.
 * The answer depends on the character alone: for characters < 256 and the end of the subject it
 * is looked up in a table once the code at `i` has been asked about often enough (startTable).
 */
function mayStart(st: SreState, code: Int32Array, i: number, ptr: number, marksOk: boolean): boolean {
  const c = ptr < st.end ? st.s[ptr] : -1;
  if (c < 256) {
    const t = startTable(st, code, i);
    if (t !== null) return (t[c < 0 ? 256 : c] & (marksOk ? 2 : 1)) !== 0;
  }
  return mayStartCh(st, code, i, c, 0, marksOk);
}

/** The start table at `i`, or null while it is not yet worth building (see USES_BEFORE_TABLE). */
function startTable(st: SreState, code: Int32Array, i: number): Uint8Array | null {
  const tb = st.tables;
  const t = tb.starts[i];
  if (t !== null) return t;
  if (tb.uses[i] < USES_BEFORE_TABLE) {
    tb.uses[i]++;
    return null;
  }
  return buildStartTable(st, code, i);
}

/**
 * For each character < 256, then the end: mayStart's two answers (bit 1: marksOk false, bit 2:
 * true), and (bit 4) its answer with marksOk false for the code past the leading MARKs (altFails).
 */
function buildStartTable(st: SreState, code: Int32Array, i: number): Uint8Array {
  const t = new Uint8Array(257);
  let j = i;
  while (code[j] === C.MARK) j += 2;
  for (let c = 0; c <= 256; c++) {
    const ch = c === 256 ? -1 : c;
    t[c] = (mayStartCh(st, code, i, ch, 0, false) ? 1 : 0) | (mayStartCh(st, code, i, ch, 0, true) ? 2 : 0) |
      (mayStartCh(st, code, j, ch, 0, false) ? 4 : 0);
  }
  st.tables.starts[i] = t;
  return t;
}

/** mayStart for the character `ch` (-1: at the end of the subject). */
function mayStartCh(st: SreState, code: Int32Array, i: number, ch: number, depth: number, marksOk: boolean): boolean {
  let op = code[i];
  for (;;) {
    if (op === C.MARK) {
      if (!marksOk) return true;
    } else if (op !== C.AT) break;
    i += 2;
    op = code[i];
  }
  if (op === C.BRANCH) {
    if (depth > 4) return true;
    for (let j = i + 1; code[j] !== 0; j += code[j]) if (mayStartCh(st, code, j + 1, ch, depth + 1, marksOk)) return true;
    return false;
  }
  if (op === C.REPEAT_ONE || op === C.MIN_REPEAT_ONE || op === C.POSSESSIVE_REPEAT_ONE) {
    // With min 0, an item that cannot take ch leaves the tail to start at the same place.
    if (code[i + 2] === 0) {
      if (depth > 4) return true;
      if (mayStartCh(st, code, i + 4, ch, depth + 1, marksOk)) return true;
      return mayStartCh(st, code, i + 1 + code[i + 1], ch, depth + 1, marksOk);
    }
    i += 4;
    op = code[i];
  }
  if (ch < 0) {
    switch (op) {
      case C.LITERAL: case C.NOT_LITERAL: case C.IN: case C.ANY: case C.ANY_ALL: case C.CATEGORY:
      case C.IN_IGNORE: case C.IN_UNI_IGNORE: case C.LITERAL_IGNORE: case C.LITERAL_UNI_IGNORE:
        return false;
    }
    return true;
  }
  switch (op) {
    case C.LITERAL: return ch === code[i + 1];
    case C.NOT_LITERAL: return ch !== code[i + 1];
    case C.IN: return inSet(st, code, i + 2, ch);
    case C.IN_IGNORE: return inSet(st, code, i + 2, lowerAscii(ch));
    case C.IN_UNI_IGNORE: return inSet(st, code, i + 2, lowerUnicode(ch));
    case C.LITERAL_IGNORE: return lowerAscii(ch) === code[i + 1];
    case C.LITERAL_UNI_IGNORE: return lowerUnicode(ch) === code[i + 1];
    case C.ANY: return ch !== 10;
    case C.CATEGORY: return category(code[i + 1], ch);
  }
  return true;
}

/**
 * Would the BRANCH alternative at `i` fail at once at ptr (its first operation past its MARKs
 * cannot start here)? Then BRANCH skips it instead of running it in a child context. The MARKs
 * such an attempt runs before failing can leave traces that CPython's restore does not undo:
 * BRANCH restores lastmark and lastindex (and, under a REPEAT, the saved marks), so only marks at
 * or below the restored lastmark keep what they wrote (entries above lastmark are reset before
 * they are read again); skippedMarks applies those, and nothing is left for the restore to do.
 */
function altFails(st: SreState, code: Int32Array, i: number, ptr: number): boolean {
  let j = i;
  while (code[j] === C.MARK) j += 2;
  // (evaluated directly, not through a start table: BRANCHes too long for branchTables would build
  // one per alternative, hundreds of evaluations each, for what is mostly one comparison)
  if (mayStartCh(st, code, j, ptr < st.end ? st.s[ptr] : -1, 0, false)) return false;
  if (st.lastmark >= 0 && st.repeat === null) skippedMarks(st, code, i, ptr);
  return true;
}

/**
 * The tables of the BRANCH whose alternative (its <skip> word) is at `a` (null while not yet worth
 * building, or with more than MAX_BRANCH_TABLE alternatives), built for all its
 * alternatives at once: for each character < 256 and the end (257 entries), the position of the
 * first alternative from there on that may match (altFails false), or of the BRANCH's closing 0;
 * then the least MARK index that starts any of those alternatives (skipping them is without trace
 * while lastmark is below it).
 */
function branchTables(st: SreState, code: Int32Array, a: number): Int32Array | null {
  const tb = st.tables;
  const u = tb.uses[a];
  if (u < USES_BEFORE_TABLE) {
    tb.uses[a]++;
    return null;
  }
  if (u === 255) return null;
  const alts: number[] = [];
  let k = a;
  for (; code[k] !== 0; k += code[k]) alts.push(k);
  if (alts.length > MAX_BRANCH_TABLE) {
    // (BRANCH resumes at each alternative after a failed one: none of them is to count again)
    for (let n = 0; n < alts.length; n++) tb.uses[alts[n]] = 255;
    return null;
  }
  let next: Int32Array | null = null;
  let minMark = 0x7fffffff;
  for (let n = alts.length - 1; n >= 0; n--) {
    const at = alts[n];
    let starts = tb.starts[at + 1];
    if (starts === null) starts = buildStartTable(st, code, at + 1);
    const t = new Int32Array(258);
    for (let c = 0; c <= 256; c++) t[c] = (starts[c] & 4) !== 0 ? at : next === null ? k : next[c];
    for (let m = at + 1; code[m] === C.MARK; m += 2) if (code[m + 1] < minMark) minMark = code[m + 1];
    t[257] = minMark;
    tb.branches[at] = t;
    next = t;
  }
  if (next === null) {
    // (no alternatives: every character goes to the closing 0)
    next = new Int32Array(258).fill(a);
    next[257] = minMark;
    tb.branches[a] = next;
  }
  return next;
}

/**
 * altFails for the tail of a REPEAT_ONE or MIN_REPEAT_ONE, which restores lastmark, lastindex and
 * (under a REPEAT) the saved marks after a failed tail just as BRANCH does after an alternative.
 */
function tailFails(st: SreState, code: Int32Array, i: number, ptr: number): boolean {
  const c = ptr < st.end ? st.s[ptr] : -1;
  const t = c < 256 ? startTable(st, code, i) : null;
  if (t === null) return altFails(st, code, i, ptr);
  if ((t[c < 0 ? 256 : c] & 4) !== 0) return false;
  if (st.lastmark >= 0 && st.repeat === null) skippedMarks(st, code, i, ptr);
  return true;
}

/** The visible effect of the leading MARKs of a skipped alternative at `i` (see altFails). */
function skippedMarks(st: SreState, code: Int32Array, i: number, ptr: number): void {
  const last = st.lastmark;
  for (let k = i; code[k] === C.MARK; k += 2) {
    const m = code[k + 1];
    if (m <= last) st.mark[m] = ptr;
  }
}

/** SRE(search): the first match at or after st.start. */
export function sreSearch(st: SreState, code: Int32Array): number {
  const s = st.s;
  let ptr = st.start;
  let end = st.end;
  if (ptr > end) return 0;
  let pc = 0;
  let flags = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = -1;
  let overlap = -1;
  let cset = -1;
  if (code[0] === C.INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    const min = code[3] >>> 0;
    if (min !== 0 && end - ptr < min) return 0;
    if (min > 1) {
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & C.INFO_PREFIX) {
      prefixLen = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & C.INFO_CHARSET) cset = 5;
    pc = 1 + code[1];
  }

  if (prefixLen === 1) {
    const c = code[prefix];
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (s[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & C.INFO_LITERAL) return 1;
      const status = sreMatch(st, code, pc + 2 * prefixSkip, false);
      if (status !== 0) return status;
      ++ptr;
      st.lastmark = st.lastindex = -1;
    }
    return 0;
  }

  if (prefixLen > 1) {
    // a known prefix: skip forward with the overlap table
    end = st.end;
    if (prefixLen > end - ptr) return 0;
    const c0 = code[prefix];
    while (ptr < end) {
      while (s[ptr++] !== c0) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (s[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return 0;
            continue;
          }
          // a potential match
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & C.INFO_LITERAL) return 1;
          const status = sreMatch(st, code, pc + 2 * prefixSkip, false);
          if (status !== 0) return status;
          if (++ptr >= end) return 0;
          st.lastmark = st.lastindex = -1;
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  let status = 0;
  if (cset >= 0) {
    end = st.end;
    st.mustAdvance = false;
    let t = st.tables.sets[cset];
    if (t === null) t = buildTable(st, code, cset);
    for (;;) {
      while (ptr < end) {
        const c = s[ptr];
        if (c < 256 ? t[c] === 1 : charset(code, cset, c)) break;
        ptr++;
      }
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      status = sreMatch(st, code, pc, false);
      if (status !== 0) break;
      ptr++;
      st.lastmark = st.lastindex = -1;
    }
  } else {
    st.start = st.ptr = ptr;
    status = mayStart(st, code, pc, ptr, true) ? sreMatch(st, code, pc, true) : 0;
    st.mustAdvance = false;
    if (status === 0 && code[pc] === C.AT && (code[pc + 1] === C.AT_BEGINNING || code[pc + 1] === C.AT_BEGINNING_STRING)) {
      st.start = st.ptr = end;
      return 0;
    }
    // (mayStart through its table, looked up here once; built at once for a long subject)
    let t = startTable(st, code, pc);
    if (t === null && end - ptr > 256) t = buildStartTable(st, code, pc);
    const send = st.end;
    while (status === 0 && ptr < end) {
      ptr++;
      st.lastmark = st.lastindex = -1;
      const c = ptr < send ? s[ptr] : -1;
      if (c < 256 && t !== null ? (t[c < 0 ? 256 : c] & 2) === 0 : !mayStartCh(st, code, pc, c, 0, true)) continue;
      st.start = st.ptr = ptr;
      status = sreMatch(st, code, pc, false);
    }
  }
  return status;
}
