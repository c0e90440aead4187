// Setting frame.f_lineno from a trace function: a jump (Objects/frameobject.c's frame_setlineno, what
// pdb's `jump` does). Allowed only in a 'line' event, to the first line at or after the one asked for
// that starts some instruction, and only where the value stack fits: every instruction's stack is
// classified by a dataflow pass (mark_stacks) into kinds (an iterator, an exception, a lasti, a NULL,
// another object), and a jump may only drop entries from the top of the current stack, never add any.
import { PyValue, None } from '../objects/object.js';
import { PyBaseException, ValueError, AttributeError, raise } from '../objects/exceptions.js';
import * as O from '../bytecode/opcode.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';
import { stackEffect } from '../compiler/flowgraph.js';
import { Frame, ts } from './ceval.js';
import { RtCode } from './code.js';
import { tracing, frameTrace } from './trace.js';

// A stack is a number holding 3 bits per entry, the top in the low bits (as CPython's int64 stacks; a
// double holds 53 bits exactly, so at most 17 entries are tracked here against CPython's 21).
const ITERATOR = 1;
const EXCEPT = 2;
const OBJECT = 3;
const NULL = 4;
const LASTI = 5;
const UNINITIALIZED = -2;
const OVERFLOWED = -1;
const MAX_ENTRIES = 17;

/** A stack of MAX_ENTRIES entries or more is at least this (every kind is non-zero). */
const WILL_OVERFLOW = 8 ** (MAX_ENTRIES - 1);
function push(s: number, kind: number): number {
  if (s < 0) return s;
  return s >= WILL_OVERFLOW ? OVERFLOWED : s * 8 + kind;
}
function pop(s: number): number {
  return s < 0 ? s : Math.floor(s / 8);
}
function top(s: number): number {
  return s % 8;
}
/** The kind n entries down (1: the top). */
function peek(s: number, n: number): number {
  return Math.floor(s / 8 ** (n - 1)) % 8;
}
function swap(s: number, n: number): number {
  if (s < 0) return s;
  const a = top(s);
  const b = peek(s, n);
  const unit = 8 ** (n - 1);
  return s - a + b - b * unit + a * unit;
}
function popToLevel(s: number, level: number): number {
  // A stack of `level` entries or fewer is below 8 ** level.
  while (s >= 8 ** level) s = pop(s);
  return s;
}

/** mark_stacks: the stack kinds at each code unit (UNINITIALIZED where unreachable or in a handler not yet reached). */
function markStacks(code: RtCode): number[] {
  const raw = code.co.code;
  const len = raw.length >> 1;
  const stacks = new Array<number>(len + 1).fill(UNINITIALIZED);
  stacks[0] = 0;
  // Generators get sent None while starting.
  if (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) stacks[0] = push(0, OBJECT);
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len; i++) {
      let next = stacks[i];
      if (next === UNINITIALIZED) continue;
      const op = raw[2 * i];
      let arg = raw[2 * i + 1];
      for (let k = i - 1, shift = 8; k >= 0 && raw[2 * k] === O.EXTENDED_ARG; k--, shift += 8) arg |= raw[2 * k + 1] << shift;
      const after = i + 1 + O.cacheEntries[op];
      const flow = (j: number, s: number): void => {
        if (stacks[j] === UNINITIALIZED && j < i) todo = true;
        stacks[j] = s;
      };
      switch (op) {
        case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_FORWARD_IF_TRUE:
        case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_FORWARD_IF_NOT_NONE:
          next = pop(next);
          flow(after + arg, next);
          stacks[after] = next;
          break;
        case O.POP_JUMP_BACKWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_TRUE:
        case O.POP_JUMP_BACKWARD_IF_NONE: case O.POP_JUMP_BACKWARD_IF_NOT_NONE:
          next = pop(next);
          flow(after - arg, next);
          stacks[after] = next;
          break;
        case O.JUMP_IF_FALSE_OR_POP: case O.JUMP_IF_TRUE_OR_POP:
          flow(after + arg, next);
          stacks[after] = pop(next);
          break;
        case O.SEND:
          flow(after + arg, pop(next));
          stacks[after] = next;
          break;
        case O.JUMP_FORWARD:
          flow(after + arg, next);
          break;
        case O.JUMP_BACKWARD: case O.JUMP_BACKWARD_NO_INTERRUPT:
          flow(after - arg, next);
          break;
        case O.GET_ITER: case O.GET_AITER:
          stacks[after] = push(pop(next), ITERATOR);
          break;
        case O.FOR_ITER:
          flow(after + arg, pop(next));
          stacks[after] = push(next, OBJECT);
          break;
        case O.PUSH_EXC_INFO:
          stacks[after] = push(next, EXCEPT);
          break;
        case O.POP_EXCEPT:
          stacks[after] = pop(next);
          break;
        case O.RETURN_VALUE: case O.RAISE_VARARGS: case O.RERAISE:
          break; // end of a block
        case O.PUSH_NULL:
          stacks[after] = push(next, NULL);
          break;
        case O.LOAD_GLOBAL:
          if (arg & 1) next = push(next, NULL);
          stacks[after] = push(next, OBJECT);
          break;
        case O.LOAD_METHOD:
          stacks[after] = push(push(pop(next), NULL), OBJECT);
          break;
        case O.SWAP:
          stacks[after] = swap(next, arg);
          break;
        case O.COPY:
          stacks[after] = next < 0 ? next : push(next, peek(next, arg));
          break;
        case O.EXTENDED_ARG:
          stacks[i + 1] = next;
          break;
        default: {
          let delta = stackEffect(op, arg, -1);
          for (; delta < 0; delta++) next = pop(next);
          for (; delta > 0; delta--) next = push(next, OBJECT);
          stacks[after] = next;
        }
      }
    }
    for (const h of code.excTable) {
      if (stacks[h.start] !== UNINITIALIZED && stacks[h.target] === UNINITIALIZED) {
        todo = true;
        let s = popToLevel(stacks[h.start], h.depth);
        if (h.lasti) s = push(s, LASTI);
        stacks[h.target] = push(s, EXCEPT);
      }
    }
  }
  return stacks;
}

function compatibleKind(from: number, to: number): boolean {
  if (to === 0) return false;
  if (to === OBJECT) return from !== NULL;
  if (to === NULL) return true;
  return from === to;
}

function compatibleStack(from: number, to: number): boolean {
  if (from < 0 || to < 0) return false;
  while (from > to) from = pop(from);
  while (from > 0) {
    if (!compatibleKind(top(from), top(to))) return false;
    from = pop(from);
    to = pop(to);
  }
  return to === 0;
}

function explainIncompatible(to: number): string {
  if (to === OVERFLOWED) return 'stack is too deep to analyze';
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case EXCEPT: return "can't jump into an 'except' block as there's no exception";
    case LASTI: return "can't jump into a re-raising block as there's no location";
    case ITERATOR: return "can't jump into the body of a for loop";
    default: return 'incompatible stacks';
  }
}

/** marklines: the line each instruction starts (-1 where it continues the previous one's). */
function lineStarts(code: RtCode, len: number): number[] {
  const starts = new Array<number>(len).fill(-1);
  let last = -1;
  for (let i = 0; i < len; i++) {
    const l = code.lineAt(i);
    if (l !== last && l !== -1) {
      starts[i] = l;
      last = l;
    }
  }
  return starts;
}

/** frame.f_lineno = value, from the trace function of f (the loop resumes at f.pc with f.sp). */
export function setLineno(f: Frame, value: PyValue | null): void {
  if (value === null) raise(AttributeError, 'cannot delete attribute');
  if (typeof value !== 'number' && typeof value !== 'bigint') raise(ValueError, 'lineno must be an integer');
  switch (tracing.what) {
    case 'line':
      break;
    case 'call':
      raise(ValueError, "can't jump from the 'call' trace event of a new frame");
      break;
    default:
      raise(ValueError, "can only jump from a 'line' trace event");
  }
  if (f.tr === null || f.tr.fn === None) raise(ValueError, 'f_lineno can only be set by a trace function');
  if (typeof value === 'bigint' || value > 2147483647 || value < -2147483648) raise(ValueError, 'lineno out of range');
  const code = f.code;
  if (value < code.firstlineno) raise(ValueError, `line ${value} comes before the current code block`);
  const len = code.co.code.length >> 1;
  const lines = lineStarts(code, len);
  let line = Infinity;
  for (const l of lines) if (l >= value && l < line) line = l;
  if (line === Infinity) raise(ValueError, `line ${value} comes after the current code block`);
  const stacks = markStacks(code);
  const start = stacks[f.lasti];
  let best = OVERFLOWED;
  let bestAddr = -1;
  let err = -1;
  let msg = 'cannot find bytecode for specified line';
  for (let i = 0; i < len; i++) {
    if (lines[i] !== line) continue;
    const target = stacks[i];
    if (compatibleStack(start, target)) {
      err = 0;
      if (target > best) {
        best = target;
        bestAddr = i;
      }
    } else if (err < 0) {
      if (start === OVERFLOWED) msg = 'stack to deep to analyze';
      else if (start === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explainIncompatible(target);
        err = 1;
      }
    }
  }
  if (err !== 0) raise(ValueError, msg);
  // Pop what the target does not have; an exception entry restores the exception it saved.
  let s = start;
  let sp = f.sp;
  while (s > best) {
    const v = f.fast[--sp];
    f.fast[sp] = null;
    if (top(s) === EXCEPT) ts.excInfo = v === None || v === null ? null : (v as PyBaseException);
    s = pop(s);
  }
  f.sp = sp;
  f.pc = bestAddr;
  frameTrace(f).prev = bestAddr;
}
