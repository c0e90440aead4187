// A disassembler printing exactly what CPython 3.11's dis.dis() prints for a code object: line numbers,
// offsets, `>>` jump targets, opnames, args and their readings (constants, names, jump targets, comparisons,
// FORMAT_VALUE and MAKE_FUNCTION flags, BINARY_OP symbols), the exception table, then nested code objects.
// Code objects' reprs carry an address: ours is made up (stable per object), in CPython's %p shape.
import { CodeObject } from './code.js';
import { decodeLocations } from './locations.js';
import {
  BINARY_OP, EXTENDED_ARG, FORMAT_VALUE, HAVE_ARGUMENT, LOAD_CONST, LOAD_GLOBAL, MAKE_FUNCTION,
  cacheEntries, cmpOp, hasCompare, hasConst, hasFree, hasJabs, hasJrel, hasLocal, hasName, nbOpSymbols, opname,
} from './opcode.js';
import {
  ConstValue, PyBytes, PyCodePointStr, PyFrozenSet, PyTuple, constantRepr, strCodePoints, type Constant_,
} from '../parser/constants.js';
import { siphash13 } from './siphash.js';
import { collectIdentifiers, rebuiltByInterning } from './frozenset_interning.js';

/** One instruction as dis.get_instructions() describes it (argval is left to the caller's object model). */
export class Instruction {
  constructor(
    public readonly opname: string,
    public readonly opcode: number,
    /** null when the opcode takes no argument */
    public readonly arg: number | null,
    public readonly argrepr: string,
    public readonly offset: number,
    /** the line this instruction starts, or null */
    public readonly startsLine: number | null,
    public readonly isJumpTarget: boolean,
    /** the jump target (offset) of a jump, else -1 */
    public readonly jumpTarget: number,
  ) {}
}

export class ExceptionTableEntry {
  constructor(
    public readonly start: number,
    public readonly end: number,
    public readonly target: number,
    public readonly depth: number,
    public readonly lasti: boolean,
  ) {}
}

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

function isCode(v: unknown): v is CodeObject {
  return typeof v === 'object' && v !== null && (v as { _isCode?: boolean })._isCode === true;
}

// --- code object reprs -------------------------------------------------------------------------------------

const addresses = new WeakMap<object, string>();
let nextAddress = 0x7f3a5c000000;

/** A made-up but stable address for an object, shaped as glibc prints %p on x86-64. */
export function fakeAddress(o: object): string {
  let a = addresses.get(o);
  if (a === undefined) {
    a = '0x' + nextAddress.toString(16);
    nextAddress += 0x2f0; // about the size of a code object, as consecutive allocations would be
    addresses.set(o, a);
  }
  return a;
}

/** repr() of a code object: <code object NAME at 0x..., file "FILE", line N>. */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.name} at ${fakeAddress(co)}, file "${co.filename}", line ${co.firstlineno}>`;
}

/** repr() of anything a code object's co_consts may hold. */
export function constRepr(v: ConstValue): string {
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
    return '(' + v.items.map(constRepr).join(', ') + ')';
  }
  if (v instanceof PyFrozenSet) {
    const items = frozensetOrder(v.items);
    return items.length === 0 ? 'frozenset()' : 'frozenset({' + items.map(constRepr).join(', ') + '})';
  }
  if (isCode(v)) return codeRepr(v);
  return constantRepr(v as Constant_);
}

// --- frozenset iteration order -------------------------------------------------------------------------------
// CPython prints a set in its hash table's order, so we rebuild the table as Objects/setobject.c does. str and
// bytes hashes are SipHash-1-3 under the process's random secret: we use the secret PYTHONHASHSEED=0 gives
// (all zeros), so our output is CPython's under that seed. Elements we cannot hash (None hashes by address,
// non-integral floats, complex) leave the compiler's order.

const MODULUS = (1n << 61n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

function signed64(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** SipHash-1-3 with a zero key of the bytes, as a signed 64-bit Py_hash_t (-1 becomes -2). */
function keyedHash(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  const h = siphash13(0n, data);
  let x = 0n;
  for (let i = 7; i >= 0; i--) x = (x << 8n) | BigInt(h[i]);
  const r = signed64(x);
  return r === -1n ? -2n : r;
}

/** The bytes CPython hashes for a str: its compact representation (1, 2 or 4 bytes per code point, LE). */
function strHashBytes(s: string | PyCodePointStr): Uint8Array {
  const cps = strCodePoints(s);
  let max = 0;
  for (const cp of cps) if (cp > max) max = cp;
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    let cp = cps[i];
    for (let k = 0; k < width; k++) { out[i * width + k] = cp & 0xff; cp >>>= 8; }
  }
  return out;
}

/** hash() as CPython computes it (PYTHONHASHSEED=0 for str and bytes), or null where we cannot. */
function pyHash(v: ConstValue): bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') {
    const neg = v < 0n;
    let h = (neg ? -v : v) % MODULUS;
    if (neg) h = -h;
    return h === -1n ? -2n : h;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? pyHash(BigInt(v)) : null;
  if (typeof v === 'string' || v instanceof PyCodePointStr) return keyedHash(strHashBytes(v));
  if (v instanceof PyBytes) return keyedHash(v.bytes);
  if (v instanceof PyTuple) {
    // tuplehash: xxHash's mixing over the items' hashes
    let acc = XXPRIME_5;
    for (const item of v.items) {
      const h = pyHash(item);
      if (h === null) return null;
      acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & M64;
      acc = ((acc << 31n) | (acc >> 33n)) & M64;
      acc = (acc * XXPRIME_1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
    return acc === M64 ? 1546275796n : signed64(acc);
  }
  return null;
}

/** Equality of set elements as Python sees them (1 == 1.0 == True; tuples by their items). */
function setKey(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') return 'n' + BigInt(v).toString();
  if (typeof v === 'string') return 's' + v;
  if (v instanceof PyCodePointStr) return 'u' + v.cps.join(',');
  if (v instanceof PyBytes) return 'b' + Array.from(v.bytes).join(',');
  if (v instanceof PyTuple) return '(' + v.items.map(setKey).join('|') + ')';
  return '?';
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

function setTableOrder(items: readonly ConstValue[], hashes: readonly bigint[]): ConstValue[] {
  let mask = 7;
  let table: (number | undefined)[] = new Array(mask + 1);
  let used = 0;
  const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);
  const insert = (idx: number, t: (number | undefined)[], m: number): void => {
    const hash = u64(hashes[idx]);
    let perturb = hash;
    let i = Number(hash & BigInt(m));
    for (;;) {
      if (t[i] === undefined) { t[i] = idx; return; }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (t[i + j] === undefined) { t[i + j] = idx; return; }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  const seen = new Map<string, number>();
  for (let k = 0; k < items.length; k++) {
    const key = setKey(items[k]);
    if (seen.has(key)) continue;
    seen.set(key, k);
    insert(k, table, mask);
    used++;
    // set_add_entry: grow when fill*5 >= mask*3, to used>50000 ? used*2 : used*4 (a power of two above it)
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      mask = size - 1;
      table = new Array(size);
      for (const e of old) if (e !== undefined) insert(e, table, mask);
    }
  }
  const out: ConstValue[] = [];
  for (const e of table) if (e !== undefined) out.push(items[e]);
  return out;
}

let moduleIdentifiers: ReadonlySet<string> = new Set();

function frozensetOrder(items: readonly ConstValue[]): readonly ConstValue[] {
  const hashes: bigint[] = [];
  for (const v of items) {
    const h = pyHash(v);
    if (h === null) return items;
    hashes.push(h);
  }
  // The compiler folds the literal into a frozenset, then merge_consts_recursive rebuilds it from its own
  // iteration order: two insertions.
  const once = setTableOrder(items, hashes);
  const twice = setTableOrder(once, once.map((v) => pyHash(v)!));
  // Making the code object interns name-like strings (intern_string_constants); when one of them was already
  // interned (as an identifier of the module, or a builtin's name) the frozenset is rebuilt once more.
  if (!rebuiltByInterning(twice, moduleIdentifiers)) return twice;
  return setTableOrder(twice, twice.map((v) => pyHash(v)!));
}

// --- tables ----------------------------------------------------------------------------------------------

export function parseExceptionTable(t: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = t[p++];
    let v = b & 63;
    while (b & 64) {
      b = t[p++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < t.length) {
    const start = varint() * 2;
    const end = start + varint() * 2;
    const target = varint() * 2;
    const dl = varint();
    out.push(new ExceptionTableEntry(start, end, target, dl >> 1, (dl & 1) === 1));
  }
  return out;
}

/**
 * dis.findlinestarts: offset -> line for each place the line changes (entries without a line are skipped),
 * read from the 3.11 location table (Objects/locations.md).
 */
export function findLineStarts(co: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  const units = co.code.length >> 1;
  const locs = decodeLocations(co, units);
  let last = -1;
  for (let i = 0; i < units; i++) {
    const line = locs[4 * i];
    if (line !== -1 && line !== last) {
      last = line;
      starts.set(2 * i, line);
    }
  }
  return starts;
}

function opName(op: number): string {
  const n = opname[op];
  return n ? n : `<${op}>`;
}

const isBackwardJump = (op: number): boolean => opname[op].includes('JUMP_BACKWARD');

/** dis._unpack_opargs: [offset, op, arg (-1 if none)] triples, skipping inline caches. */
function unpack(code: Uint8Array): Int32Array {
  const out: number[] = [];
  let ext = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) { caches--; continue; }
    const op = code[i];
    caches = cacheEntries[op] ?? 0;
    let arg = -1;
    if (op >= HAVE_ARGUMENT) {
      arg = (code[i + 1] | ext) | 0;
      ext = op === EXTENDED_ARG ? (arg << 8) | 0 : 0; // a C int: wraps to negative past 2**31
    } else ext = 0;
    out.push(i, op, arg);
  }
  return Int32Array.from(out);
}

function jumpTarget(offset: number, op: number, arg: number): number {
  if (hasJrel[op]) return offset + 2 + (isBackwardJump(op) ? -arg : arg) * 2;
  if (hasJabs[op]) return arg * 2;
  return -1;
}

/** dis.get_instructions(co) without caches. */
export function getInstructions(co: CodeObject): Instruction[] {
  const ops = unpack(co.code);
  const lineStarts = findLineStarts(co);
  const labels = new Set<number>();
  for (let k = 0; k < ops.length; k += 3) {
    const op = ops[k + 1];
    if (op >= HAVE_ARGUMENT && (hasJrel[op] || hasJabs[op])) labels.add(jumpTarget(ops[k], op, ops[k + 2]));
  }
  for (const e of parseExceptionTable(co.exceptiontable)) if (e.start < e.end) labels.add(e.target);
  const out: Instruction[] = [];
  for (let k = 0; k < ops.length; k += 3) {
    const offset = ops[k], op = ops[k + 1], rawArg = ops[k + 2];
    const arg = op >= HAVE_ARGUMENT ? rawArg : null;
    let argrepr = '';
    let target = -1;
    if (arg !== null) {
      if (hasConst[op]) {
        if (op === LOAD_CONST) argrepr = arg >= 0 && arg < co.consts.length ? constRepr(co.consts[arg]) : '';
      } else if (hasName[op]) {
        if (op === LOAD_GLOBAL) {
          argrepr = nameAt(co.names, arg >> 1);
          if (arg & 1 && argrepr) argrepr = 'NULL + ' + argrepr;
        } else argrepr = nameAt(co.names, arg);
      } else if (hasJabs[op] || hasJrel[op]) {
        target = jumpTarget(offset, op, arg);
        argrepr = 'to ' + target;
      } else if (hasLocal[op] || hasFree[op]) {
        argrepr = nameAt(co.localsplusnames, arg);
      } else if (hasCompare[op]) {
        argrepr = cmpOp[arg] ?? '';
      } else if (op === FORMAT_VALUE) {
        argrepr = FORMAT_VALUE_CONVERTERS[arg & 3];
        if (arg & 4) argrepr += argrepr ? ', with format' : 'with format';
      } else if (op === MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (op === BINARY_OP) {
        argrepr = nbOpSymbols[arg] ?? '';
      }
    }
    out.push(new Instruction(opName(op), op, arg, argrepr, offset, lineStarts.get(offset) ?? null, labels.has(offset), target));
  }
  return out;
}

function nameAt(names: readonly string[], i: number): string {
  return i >= 0 && i < names.length ? names[i] : '';
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** dis.disassemble(co): one code object's listing, then its exception table. */
export function disassemble(co: CodeObject, out: string[] = []): string[] {
  const instrs = getInstructions(co);
  const lineStarts = findLineStarts(co);
  let linenoWidth = 0;
  if (lineStarts.size > 0) {
    let max = -Infinity;
    for (const l of lineStarts.values()) if (l > max) max = l;
    linenoWidth = max >= 1000 ? String(max).length : 3;
  }
  const maxOffset = co.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of instrs) {
    if (linenoWidth && ins.startsLine !== null && ins.offset > 0) out.push('');
    let s = '';
    if (linenoWidth) s += (ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth)) + ' ';
    s += '    ' + (ins.isJumpTarget ? '>>' : '  ') + ' ';
    s += String(ins.offset).padStart(offsetWidth) + ' ' + ins.opname.padEnd(OPNAME_WIDTH);
    if (ins.arg !== null) {
      s += ' ' + String(ins.arg).padStart(OPARG_WIDTH);
      if (ins.argrepr) s += ' (' + ins.argrepr + ')';
    }
    out.push(s.trimEnd());
  }
  const table = parseExceptionTable(co.exceptiontable);
  if (table.length > 0) {
    out.push('ExceptionTable:');
    for (const e of table) out.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return out;
}

/** dis.dis(co): the code object, then every code object among its constants, recursively. */
export function dis(co: CodeObject, depth: number | null = null, out: string[] = [], top = true): string[] {
  if (top) {
    const ids = new Set<string>();
    collectIdentifiers(co, ids);
    moduleIdentifiers = ids;
  }
  disassemble(co, out);
  if (depth === null || depth > 0) {
    const d = depth === null ? null : depth - 1;
    for (const c of co.consts) {
      if (isCode(c)) {
        out.push('');
        out.push(`Disassembly of ${codeRepr(c)}:`);
        dis(c, d, out, false);
      }
    }
  }
  return out;
}

/** The text dis.dis(co) prints (lines joined, with the final newline). */
export function disText(co: CodeObject): string {
  const lines = dis(co);
  return lines.length ? lines.join('\n') + '\n' : '';
}
