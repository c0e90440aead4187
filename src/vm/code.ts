// A code object in its run-time form: converted once from the marshal/compiler CodeObject.
import { CodeObject, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { decodeLocations } from '../bytecode/locations.js';
import { collectIdentifiers, rebuiltByInterning } from '../bytecode/frozenset_interning.js';
import { quicken } from './quicken.js';
import type { Frame } from './ceval.js';
import { PyBytes, PyCodePointStr, PyComplex, PyTuple as CTuple, PyFrozenSet as CFrozenSet, PyEllipsis } from '../parser/constants.js';
import {
  PyObject, PyValue, codeType, None, Ellipsis, PyFloat, PyBytesObj, PyComplexObj, PyTuple, PySet, frozensetType,
  normBig, emptyTuple, PyList, PyDict, PyType,
} from '../objects/object.js';
import { builtinsDict } from '../modules/builtins.js';
import { typeError, StopIteration } from '../objects/exceptions.js';
import { fromCodePoints } from '../objects/surrogatestr.js';
import {
  MarshalValue, PyList as MList, PyDict as MDict, PySet as MSet, StopIteration as MStop,
} from '../bytecode/marshal.js';

export class ExcEntry {
  constructor(public start: number, public end: number, public target: number, public depth: number, public lasti: boolean) {}
}

/** An element that makes an array literal V8's most general kind. */
const GENERAL = {};

/**
 * A copy of `a` in V8's most general array layout (PACKED_ELEMENTS). runLoop indexes every code object's consts
 * and names at the same sites, and V8 gives an array of small ints only, an empty one or one filled by index (as
 * the marshal reader fills them) other maps: meeting one there deoptimised runLoop ("wrong map") and cost a
 * TurboFan compile of it (~100 ms of CPU) each time.
 */
function generalArray<T>(a: readonly T[]): T[] {
  const r = [GENERAL as T];
  r.pop();
  for (let i = 0; i < a.length; i++) r.push(a[i]);
  return r;
}

/** co_code as words: opcode | oparg << 8 per code unit. */
function codeWords(raw: Uint8Array): Uint16Array {
  const n = raw.length >> 1;
  const w = new Uint16Array(n);
  // On a little-endian host (marshal.ts checks) the bytes are those words already: one copy, no loop.
  if ((raw.byteOffset & 1) === 0) w.set(new Uint16Array(raw.buffer, raw.byteOffset, n));
  else for (let i = 0; i < n; i++) w[i] = raw[2 * i] | (raw[2 * i + 1] << 8);
  return w;
}

const NO_CACHES: unknown[] = [];

export class RtCode extends PyObject {
  /**
   * One 16-bit word per code unit: opcode | oparg << 8 (CACHE units included), with superinstructions
   * (quicken.ts) once a frame of this code has been made (prepare()). Until then the plain words, as valid:
   * most code objects an import loads (function bodies) never run during it, and quickening them all was
   * ~40% of the conversion's time before V8 optimises it.
   */
  readonly instr: Uint16Array;
  /** Whether prepare() ran: instr quickened, caches allocated. */
  prepared = false;
  readonly consts: PyValue[];
  readonly names: string[];
  readonly nlocalsplus: number;
  readonly nlocals: number;
  readonly ncells: number;
  readonly nfrees: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly stacksize: number;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly localsplusnames: string[];
  readonly kinds: Uint8Array;
  readonly excTable: ExcEntry[];
  /** Per code-unit inline caches owned by the VM (LOAD_GLOBAL, LOAD_ATTR...), from the first frame on. */
  caches: unknown[] = NO_CACHES;
  /** Float temporaries (see floattemps.ts): per code unit, the fresh float a BINARY_OP last made... */
  freshFloats: (PyFloat | null)[] | null = null;
  /** ...and the producers of each BINARY_OP's operands, found by analysis on first use. */
  tempSources: Int32Array | null = null;
  /**
   * argcount when a call binds its positional arguments by a plain copy (no *args, **kwargs or
   * keyword-only parameters: CALL then skips bindArgs when given exactly that many), else -1.
   */
  readonly simpleArgc: number;
  /** Index in localsplus of the free variable `__class__` that super() reads (-1: none; -2: not looked for yet). */
  classCell = -2;
  /** Index of the first RESUME, where tracing starts (trace.ts; -1: not computed yet). */
  firstTraceable = -1;
  /** instr without superinstructions (made on first use): what a loop runs while tracing (trace.ts), so every instruction is seen. */
  private plain: Uint16Array | null = null;
  /** Finished frames of this code kept for reuse (see newFrame in ceval.ts). */
  readonly framePool: Frame[] = [];
  /** Listed in ceval.ts's pooledCodes (its pooled frames' value stacks may hold dead values). */
  pooled = false;
  /** Index in localsplus of each argument name (for keyword binding). */
  private positions: Int32Array | null = null;
  /** root: the module's code object, whose identifiers decide the interning of frozenset constants. */
  constructor(public readonly co: CodeObject, root: CodeObject = co) {
    super(codeType);
    this.instr = codeWords(co.code);
    this.consts = generalArray(co.consts.map((c) => fromMarshal(c as MarshalValue, root)));
    this.names = generalArray(co.names);
    this.localsplusnames = co.localsplusnames;
    this.kinds = co.localspluskinds;
    this.nlocalsplus = co.localsplusnames.length;
    let nl = 0, nc = 0, nf = 0;
    const kinds = co.localspluskinds;
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i];
      if (k & CO_FAST_LOCAL) nl++;
      else if (k & CO_FAST_CELL) nc++;
      else if (k & CO_FAST_FREE) nf++;
    }
    this.nlocals = nl;
    this.ncells = nc;
    this.nfrees = nf;
    this.argcount = co.argcount;
    this.posonlyargcount = co.posonlyargcount;
    this.kwonlyargcount = co.kwonlyargcount;
    this.flags = co.flags;
    this.simpleArgc = (co.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && co.kwonlyargcount === 0 ? co.argcount : -1;
    this.stacksize = co.stacksize;
    this.name = co.name;
    this.qualname = co.qualname;
    this.filename = co.filename;
    this.firstlineno = co.firstlineno;
    this.excTable = decodeExceptionTable(co.exceptiontable);
  }

  /**
   * What running this code needs beyond its constants, made at its first frame: superinstructions in instr
   * (in place: a frame already running it is unaffected, see quicken.ts) and the inline caches.
   */
  prepare(): void {
    this.prepared = true;
    quicken(this.instr);
    this.caches = new Array(this.instr.length).fill(null);
  }

  plainInstr(): Uint16Array {
    return this.plain ?? (this.plain = codeWords(this.co.code));
  }

  /** The handler covering code unit `i`, or null. */
  handlerFor(i: number): ExcEntry | null {
    const t = this.excTable;
    for (let k = 0; k < t.length; k++) {
      const e = t[k];
      if (i >= e.start && i < e.end) return e;
    }
    return null;
  }

  private positionsTable(): Int32Array {
    if (this.positions === null) this.positions = decodeLocations(this.co, this.instr.length);
    return this.positions;
  }
  /** Line number of code unit i (-1 for none). */
  lineAt(i: number): number {
    return this.positionsTable()[4 * i];
  }
  /** [line, endLine, col, endCol] of code unit i (-1 = None); columns are UTF-8 byte offsets. */
  positionsAt(i: number): [number, number, number, number] {
    const p = this.positionsTable();
    return [p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]];
  }
}

/**
 * A marshal value (a code object's constant, or anything marshal.loads reads) as a Python value.
 * A str whose code points a JS string cannot hold apart (a high surrogate, then a low one) becomes a
 * PySurrogateStr.
 */
export function fromMarshal(v: MarshalValue, root: CodeObject | null = null): PyValue {
  if (v === null) return None;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'bigint':
      return normBig(v);
    case 'number':
      return new PyFloat(v);
  }
  if (v instanceof CTuple) return v.items.length === 0 ? emptyTuple : new PyTuple(v.items.map((x) => fromMarshal(x as MarshalValue)));
  if (v instanceof CodeObject) return new RtCode(v, root ?? v);
  if (v instanceof PyBytes) return new PyBytesObj(v.bytes);
  if (v instanceof PyComplex) return new PyComplexObj(v.real, v.imag);
  if (v instanceof PyEllipsis) return Ellipsis;
  if (v instanceof PyCodePointStr) return fromCodePoints(v.cps.slice());
  if (v instanceof MList) return new PyList(v.items.map((x) => fromMarshal(x)));
  if (v instanceof MDict) {
    const d = new PyDict();
    v.keys.forEach((k, i) => d.set(fromMarshal(k), fromMarshal(v.values[i])));
    return d;
  }
  if (v instanceof MSet || v instanceof CFrozenSet) {
    let s = new PySet(v instanceof CFrozenSet ? frozensetType : undefined);
    for (const x of v.items) s.t.set(fromMarshal(x as MarshalValue), None);
    if (v instanceof CFrozenSet && v.builds > 1) {
      let n = v.builds;
      if (root !== null && v.items.some((x) => typeof x === 'string') && rebuiltByInterning(v.items, moduleIdentifiers(root))) n++;
      for (let i = 1; i < n; i++) s = rebuiltFrozenSet(s);
    }
    return s;
  }
  if (v === MStop) return StopIteration;
  typeError('unknown marshal value');
}

/** PyFrozenSet_New of a tuple of s's items, in s's order. */
function rebuiltFrozenSet(s: PySet): PySet {
  const r = new PySet(frozensetType);
  for (const e of s.t.values()) r.t.set(e.key, None);
  return r;
}

/**
 * Strings CPython interns before any module runs, as far as the run time knows them: the builtins' names and
 * the attribute names of the builtin types (a static type's dict interns its keys).
 */
let startupNames: Set<string> | null = null;
function builtinNames(): Set<string> {
  if (startupNames === null) {
    startupNames = new Set();
    for (const e of builtinsDict.t.values()) {
      if (typeof e.key === 'string') startupNames.add(e.key);
      if (e.value instanceof PyType) for (const k of e.value.tdict.keys()) startupNames.add(k);
    }
  }
  return startupNames;
}

/** The strings interned before a module's code objects are made (its identifiers too), collected once per module. */
const identifiersOf = new WeakMap<CodeObject, Set<string>>();
function moduleIdentifiers(root: CodeObject): ReadonlySet<string> {
  let ids = identifiersOf.get(root);
  if (ids === undefined) {
    ids = new Set(builtinNames());
    collectIdentifiers(root, ids);
    identifiersOf.set(root, ids);
  }
  return ids;
}

function decodeExceptionTable(t: Uint8Array): ExcEntry[] {
  const out: ExcEntry[] = [];
  let p = 0;
  const read = (): number => {
    let b = t[p++];
    let v = b & 63;
    while (b & 64) {
      b = t[p++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < t.length) {
    const start = read();
    const len = read();
    const target = read();
    const dl = read();
    out.push(new ExcEntry(start, start + len, target, dl >> 1, (dl & 1) === 1));
  }
  return out;
}

