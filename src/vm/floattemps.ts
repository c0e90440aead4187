// Reusing float temporaries. In `x*x + y*y` the two products exist only on the value stack until the
// addition consumes them, so the addition may write its result into one of them instead of
// allocating a third float: a float op costs an allocation (and a write barrier when the value stack
// is in V8's old space), which was a third of float-heavy programs' time.
//
// Two facts make a reuse safe:
// - static: the consumer's operand slot holds, on every path reaching it, exactly what one producer
//   instruction pushed, and nothing in between copied that slot (analyse() below: a stack simulation
//   over straight-line code, reset at jump targets and at any instruction it does not model);
// - dynamic: that producer's last execution took the float path and made a fresh float, which it
//   records in code.freshFloats[producer]. The consumer reuses its operand only if the operand is that
//   very object. A producer that takes another path yields an int, a str or the result of a Python-level
//   method; the stale record then cannot be the operand, except for a generic result, so the generic
//   path clears the record (see BINARY_OP in ceval.ts).
import * as O from '../bytecode/opcode.js';
import { BASE_OP } from './quicken.js';
import { PyFloat, PyValue } from '../objects/object.js';
import { floatBinop } from '../objects/int.js';
import { zeroDivision } from '../objects/exceptions.js';
import type { RtCode } from './code.js';

/** For each code unit, the producer of a BINARY_OP's left and right operands (-1: unknown). */
function analyse(code: RtCode): Int32Array {
  const instr = code.instr;
  const n = instr.length;
  const src = new Int32Array(2 * n).fill(-1);
  const target = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const op = BASE_OP[instr[i] & 255];
    if (!O.hasJrel[op]) continue;
    let arg = instr[i] >> 8;
    for (let k = i - 1, s = 8; k >= 0 && (instr[k] & 255) === O.EXTENDED_ARG; k--, s += 8) arg |= (instr[k] >> 8) << s;
    const backward = op === O.JUMP_BACKWARD || op === O.JUMP_BACKWARD_NO_INTERRUPT || (op >= O.POP_JUMP_BACKWARD_IF_NOT_NONE && op <= O.POP_JUMP_BACKWARD_IF_TRUE);
    const t = backward ? i + 1 - arg : i + 1 + arg;
    if (t >= 0 && t <= n) target[t] = 1;
  }
  for (const e of code.excTable) target[e.target] = 1;
  const sim: number[] = [];
  const pop = (): number => (sim.length > 0 ? sim.pop()! : -1);
  for (let i = 0; i < n; i++) {
    if (target[i]) sim.length = 0;
    const op = BASE_OP[instr[i] & 255];
    const arg = instr[i] >> 8;
    switch (op) {
      case O.CACHE:
      case O.NOP:
      case O.PRECALL:
      case O.KW_NAMES:
        break;
      case O.EXTENDED_ARG:
        // The next op's argument is wider than its low byte read here: forget everything instead.
        sim.length = 0;
        break;
      case O.LOAD_FAST:
      case O.LOAD_CONST:
      case O.LOAD_DEREF:
      case O.LOAD_CLOSURE:
      case O.LOAD_NAME:
        sim.push(-1);
        break;
      case O.LOAD_GLOBAL:
        if (arg & 1) sim.push(-1);
        sim.push(-1);
        break;
      case O.STORE_FAST:
      case O.POP_TOP:
        pop();
        break;
      case O.LOAD_ATTR:
      case O.UNARY_NEGATIVE:
      case O.UNARY_POSITIVE:
        pop();
        sim.push(-1);
        break;
      case O.LOAD_METHOD:
        pop();
        sim.push(-1, -1);
        break;
      case O.BINARY_SUBSCR:
      case O.COMPARE_OP:
        pop();
        pop();
        sim.push(-1);
        break;
      case O.BINARY_OP: {
        const right = pop();
        const left = pop();
        src[2 * i] = left;
        src[2 * i + 1] = right;
        sim.push(i);
        break;
      }
      case O.CALL:
        for (let k = 0; k < arg + 2; k++) pop();
        sim.push(-1);
        break;
      case O.SWAP: {
        const a = sim.length - 1, b = sim.length - arg;
        if (b < 0) sim.length = 0;
        else [sim[a], sim[b]] = [sim[b], sim[a]];
        break;
      }
      case O.COPY:
        // Two slots would hold the object: neither may be reused.
        if (sim.length - arg >= 0) sim[sim.length - arg] = -1;
        sim.push(-1);
        break;
      default:
        sim.length = 0;
    }
  }
  return src;
}

/** BINARY_OP on two exact floats: +, -, * and / reuse a dead operand; the rest allocate as usual. */
export function floatOp(code: RtCode, at: number, a: PyFloat, b: PyFloat, op: number): PyValue {
  const x = a.value, y = b.value;
  let v: number;
  switch (op) {
    case O.NB_ADD:
    case O.NB_INPLACE_ADD:
      v = x + y;
      break;
    case O.NB_SUBTRACT:
    case O.NB_INPLACE_SUBTRACT:
      v = x - y;
      break;
    case O.NB_MULTIPLY:
    case O.NB_INPLACE_MULTIPLY:
      v = x * y;
      break;
    case O.NB_TRUE_DIVIDE:
    case O.NB_INPLACE_TRUE_DIVIDE:
      if (y === 0) zeroDivision('float division by zero');
      v = x / y;
      break;
    default: {
      const fresh = code.freshFloats;
      if (fresh !== null) fresh[at] = null;
      return floatBinop(x, y, op);
    }
  }
  let fresh = code.freshFloats;
  if (fresh === null) {
    code.tempSources = analyse(code);
    fresh = code.freshFloats = new Array(code.instr.length).fill(null);
  }
  const src = code.tempSources!;
  const lp = src[2 * at], rp = src[2 * at + 1];
  let out: PyFloat;
  if (lp >= 0 && fresh[lp] === a) {
    fresh[lp] = null;
    out = a;
    out.value = v;
  } else if (rp >= 0 && fresh[rp] === b) {
    fresh[rp] = null;
    out = b;
    out.value = v;
  } else out = new PyFloat(v);
  fresh[at] = out;
  return out;
}
