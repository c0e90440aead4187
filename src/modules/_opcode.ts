// The _opcode module (Modules/_opcode.c, 3.11): stack_effect, which opcode.py re-exports and dis.stack_effect
// is, answered by the compiler's own stack-effect function; get_specialization_stats, None as in a CPython
// built without specialization statistics.
import { PyValue, PyDict, PyModule, PyBuiltin, None } from '../objects/object.js';
import { raise, valueError, typeError, OverflowError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { HAVE_ARGUMENT, opname } from '../bytecode/opcode.js';
import { stackEffect } from '../compiler/flowgraph.js';
import { clinicArgs, intArg } from './args.js';

/** PyLong_AsLong then the C cast to int, as _opcode.c converts oparg. */
function opargInt(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'number') return n | 0;
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'Python int too large to convert to C long');
  return Number(BigInt.asIntN(32, n));
}

function stackEffectFn(args: PyValue[], kw: string[] | null): PyValue {
  // opcode and oparg are positional-only, jump keyword-only.
  const nkw = kw === null ? 0 : kw.length;
  for (let k = 0; k < nkw; k++) if (kw![k] !== 'jump') typeError(`'${kw![k]}' is an invalid keyword argument for stack_effect()`);
  if (args.length - nkw < 1) typeError(`stack_effect() takes at least 1 positional argument (0 given)`);
  const [opArg, opargV, jumpV] = clinicArgs('stack_effect', ['opcode', 'oparg', 'jump'], args, kw, 1, 2);
  const op = intArg(opArg!);
  const oparg = opargV === undefined ? None : opargV;
  let arg = 0;
  if (op >= HAVE_ARGUMENT) {
    if (oparg === None) valueError('stack_effect: opcode requires oparg but oparg was not specified');
    arg = opargInt(oparg);
  } else if (oparg !== None) {
    valueError('stack_effect: opcode does not permit oparg but oparg was specified');
  }
  let jump = -1;
  if (jumpV === true) jump = 1;
  else if (jumpV === false) jump = 0;
  else if (jumpV !== undefined && jumpV !== None) valueError('stack_effect: jump must be False, True or None');
  // 3.11's compile.c numbers its pseudo-instructions -1 (SETUP_FINALLY) to -10 (POP_JUMP_IF_NOT_NONE), and
  // stack_effect answers for them; Typhon numbers them from 256 in the same order.
  if (op < 0 && op >= -10) return stackEffect(255 - op, arg, jump);
  // Unused numbers and specialized forms have no stack effect.
  if (op < 0 || op > 255 || opname[op] === '') valueError('invalid opcode or oparg');
  return stackEffect(op, arg, jump);
}

export function makeOpcodeModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_opcode', d);
  d.setStr('__doc__', 'Opcode support module.');
  d.setStr('stack_effect', new PyBuiltin('stack_effect', stackEffectFn));
  d.setStr('get_specialization_stats', new PyBuiltin('get_specialization_stats', (args, kw) => {
    if ((kw !== null && kw.length > 0) || args.length > 0) typeError(`_opcode.get_specialization_stats() takes no arguments (${args.length} given)`);
    return None;
  }));
  return m;
}
