// Code generation: AST -> CFG of 3.11 instructions -> CodeObject, following
// CPython 3.11's Python/compile.c so that the bytecode is the same,
// instruction for instruction (see scripts/dis-parity.mjs).
import * as A from '../parser/ast.js';
import * as O from '../bytecode/opcode.js';
import {
  CodeObject, constKey, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR,
  CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
} from '../bytecode/code.js';
import {
  ConstValue, PyBytes, PyCodePointStr, PyComplex, PyFrozenSet, PyTuple, Ellipsis, constantRepr, isStrConst, type StrConst,
} from '../parser/constants.js';
import { PySyntaxError } from '../parser/errors.js';
import {
  buildSymtable, mangle, PyCompileRecursionError, SymbolTable, SymbolTableEntry, CELL, FREE, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
  DEF_FREE_CLASS, DEF_IMPORT, SCOPE_OFFSET,
} from './symtable.js';
import {
  Block, CFG, ConstPool, Instr, isJump, isJumpOp, isScopeExit, normalizeBasicBlock, extendBlock, optimizeCfg,
  duplicateExitsWithoutLineno, trimUnusedConsts, propagateLineNumbers, guaranteeLinenoForExits, stackDepth,
  labelExceptionTargets, convertExceptionHandlersToNops, cleanBasicBlock,
} from './flowgraph.js';
import { normalizeJumps, assembleCode } from './assemble.js';
import { optimizeAst, makeFrozenSet } from './ast_opt.js';
import { unparseAnnotation } from './unparse.js';

export type SourceText = string | (() => string);

export interface CompileOptions {
  optimize: number;
  flags: number;
  /**
   * The text the source lines of compile-time SyntaxErrors come from: CPython rereads them from the file
   * named `filename` (PyErr_ProgramTextObject), so a compilation of text that is not that file's passes a
   * function reading the file, called only for an error ('' when there is none: no line).
   */
  source: SourceText;
  /**
   * Receives the SyntaxWarnings compile.c issues ("\"is\" with a literal", "... object is not
   * callable; perhaps you missed a comma?", ...). Return false to turn the warning into a
   * SyntaxError, as `-W error` does. Without it, warnings are dropped.
   */
  warn?: (message: string, filename: string, lineno: number) => boolean;
}

// __future__ flags (Include/cpython/compile.h)
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_MASK = 0x1fe0000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
/** compile() options the parser takes (codeop's): see ParseOptions.dontImplyDedent and incompleteInput. */
export const PyCF_DONT_IMPLY_DEDENT = 0x200;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

const enum Scope { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

const enum FB {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

interface FBlock {
  type: FB;
  block: Block | null;
  exit: Block | null;
  datum: unknown;
}

type Node = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

// ---------------------------------------------------------------------------
// Constants: equal by _PyCode_ConstantKey (constKey, in bytecode/code.ts).

/** co_consts under construction. The common kinds get their own maps (no key strings to build). */
class Consts implements ConstPool {
  values: ConstValue[] = [];
  private none = -1;
  private true_ = -1;
  private false_ = -1;
  private strs: Map<string, number> | null = null;
  private ints: Map<bigint, number> | null = null;
  private codes: Map<object, number> | null = null;
  private keys: Map<string, number> | null = null;
  add(v: ConstValue): number {
    if (typeof v === 'string') {
      const m = this.strs ??= new Map();
      let i = m.get(v);
      if (i === undefined) {
        i = this.values.push(v) - 1;
        m.set(v, i);
      }
      return i;
    }
    if (v === null) return this.none >= 0 ? this.none : (this.none = this.values.push(v) - 1);
    if (typeof v === 'bigint') {
      const m = this.ints ??= new Map();
      let i = m.get(v);
      if (i === undefined) {
        i = this.values.push(v) - 1;
        m.set(v, i);
      }
      return i;
    }
    if (v === true) return this.true_ >= 0 ? this.true_ : (this.true_ = this.values.push(v) - 1);
    if (v === false) return this.false_ >= 0 ? this.false_ : (this.false_ = this.values.push(v) - 1);
    const k = constKey(v);
    const m = this.keys ??= new Map();
    let i = m.get(k);
    if (i === undefined) {
      i = this.values.push(v) - 1;
      m.set(k, i);
    }
    return i;
  }
  /**
   * A code object, keyed by the node it was compiled from: code compiled twice from one node (a `while`
   * test) is equal, and CPython keeps one constant for it.
   */
  addCode(co: CodeObject, node: object): number {
    const m = this.codes ??= new Map();
    let i = m.get(node);
    if (i === undefined) {
      i = this.values.push(co) - 1;
      m.set(node, i);
    }
    return i;
  }
}

function addName(m: Map<string, number>, name: string): number {
  let i = m.get(name);
  if (i === undefined) {
    i = m.size;
    m.set(name, i);
  }
  return i;
}

function cmpCodepoints(a: string, b: string): number {
  // Python sorts str by code point; JS compares UTF-16 units, which differs only around surrogates.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : 1;
}

/** dictbytype: names, sorted, numbered from `offset`. */
function numbered(names: string[] | null, offset: number, m: Map<string, number>): Map<string, number> {
  if (names === null) return m;
  names.sort(cmpCodepoints);
  for (let i = 0; i < names.length; i++) m.set(names[i], offset + m.size);
  return m;
}

// Names of the scope being set up (cells; frees, free-in-class included), gathered in one walk of its symbols.
let cellNames: string[] | null = null;
let freeNames: string[] | null = null;
function gatherCellsAndFrees(v: number, k: string): void {
  const scope = (v >> SCOPE_OFFSET) & 15;
  if (scope === CELL) (cellNames ??= []).push(k);
  if (scope === FREE || (v & DEF_FREE_CLASS) !== 0) (freeNames ??= []).push(k);
}

class Unit {
  consts = new Consts();
  names = new Map<string, number>();
  varnames = new Map<string, number>();
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  argcount = 0;
  posonly = 0;
  kwonly = 0;
  cfg = new CFG();
  cur: Block;
  /** Whether cur ends in a jump or a scope exit (the next instruction starts a new block). */
  curClosed = false;
  lineno: number;
  endLineno: number;
  col = 0;
  endCol = 0;
  fblocks: FBlock[] = [];
  private: string | null = null;
  qualname = '';
  constructor(
    public ste: SymbolTableEntry,
    public name: string,
    public scopeType: Scope,
    public firstlineno: number,
  ) {
    this.cur = this.cfg.newBlock();
    this.lineno = firstlineno;
    this.endLineno = firstlineno;
    const varnames = ste.varnames;
    for (let i = 0; i < varnames.length; i++) addName(this.varnames, varnames[i]);
    cellNames = freeNames = null;
    ste.symbols.forEach(gatherCellsAndFrees);
    this.cellvars = numbered(cellNames, 0, new Map());
    if (ste.needsClassClosure) this.cellvars.set('__class__', 0);
    this.freevars = numbered(freeNames, this.cellvars.size, new Map());
    cellNames = freeNames = null;
  }
}

function isDocstring(body: A.stmt[]): StrConst | null {
  if (body.length === 0) return null;
  const s = body[0];
  if (s._type !== 'Expr') return null;
  const v = s.value;
  if (v._type === 'Constant' && isStrConst(v.value)) return v.value;
  return null;
}

function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        res = findAnn(st.body) || findAnn(st.orelse);
        break;
      case 'With': case 'AsyncWith':
        res = findAnn(st.body);
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
    }
    if (res) return true;
  }
  return false;
}

/** check_is_arg: may `is` compare with this? (only None, True, False, Ellipsis among constants) */
function isArgOfIs(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || v === true || v === false || v === Ellipsis;
}

/** infer_type: the type name an expression certainly has, or null. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const v = e.value as ConstValue;
      if (v === null) return 'NoneType';
      if (v === Ellipsis) return 'ellipsis';
      switch (typeof v) {
        case 'boolean': return 'bool';
        case 'bigint': return 'int';
        case 'number': return 'float';
        case 'string': return 'str';
      }
      if (v instanceof PyCodePointStr) return 'str';
      if (v instanceof PyBytes) return 'bytes';
      if (v instanceof PyComplex) return 'complex';
      if (v instanceof PyTuple) return 'tuple';
      if (v instanceof PyFrozenSet) return 'frozenset';
      return 'code';
    }
  }
  return null;
}

function isConstNode(e: A.expr | null): e is A.Constant {
  return e !== null && e._type === 'Constant';
}

const BINOP: Record<string, number> = {
  Add: O.NB_ADD, Sub: O.NB_SUBTRACT, Mult: O.NB_MULTIPLY, MatMult: O.NB_MATRIX_MULTIPLY, Div: O.NB_TRUE_DIVIDE,
  Mod: O.NB_REMAINDER, Pow: O.NB_POWER, LShift: O.NB_LSHIFT, RShift: O.NB_RSHIFT, BitOr: O.NB_OR,
  BitXor: O.NB_XOR, BitAnd: O.NB_AND, FloorDiv: O.NB_FLOOR_DIVIDE,
};
const INPLACE: Record<string, number> = {
  Add: O.NB_INPLACE_ADD, Sub: O.NB_INPLACE_SUBTRACT, Mult: O.NB_INPLACE_MULTIPLY,
  MatMult: O.NB_INPLACE_MATRIX_MULTIPLY, Div: O.NB_INPLACE_TRUE_DIVIDE, Mod: O.NB_INPLACE_REMAINDER,
  Pow: O.NB_INPLACE_POWER, LShift: O.NB_INPLACE_LSHIFT, RShift: O.NB_INPLACE_RSHIFT, BitOr: O.NB_INPLACE_OR,
  BitXor: O.NB_INPLACE_XOR, BitAnd: O.NB_INPLACE_AND, FloorDiv: O.NB_INPLACE_FLOOR_DIVIDE,
};
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const UNARY: Record<string, number> = {
  Invert: O.UNARY_INVERT, Not: O.UNARY_NOT, UAdd: O.UNARY_POSITIVE, USub: O.UNARY_NEGATIVE,
};

/** Opcodes after which an instruction starts a new block: jumps and scope exits. */
const ENDS_BLOCK = new Uint8Array(512);
for (let op = 0; op < 512; op++) if (isJumpOp(op) || isScopeExit(op)) ENDS_BLOCK[op] = 1;

const COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;

// ---------------------------------------------------------------------------
// __future__ (Python/future.c)

const FUTURE_FEATURES: Record<string, number> = {
  // Features that are now always on set no flag (future.c).
  nested_scopes: 0, generators: 0, division: 0, absolute_import: 0, with_statement: 0, print_function: 0,
  unicode_literals: 0, barry_as_FLUFL: CO_FUTURE_BARRY_AS_BDFL, generator_stop: 0,
  annotations: CO_FUTURE_ANNOTATIONS,
};

// ---------------------------------------------------------------------------

export class Compiler {
  st!: SymbolTable;
  u!: Unit;
  stack: Unit[] = [];
  futureFeatures = 0;
  futureLineno = 0;
  interactive = false;
  nestlevel = 0;
  lines: string[] | null = null;

  warnHook: CompileOptions['warn'] = undefined;

  constructor(public filename: string, public source: SourceText, public optimize: number, public flags: number) {}

  /** compiler_warn */
  warn(msg: string): void {
    if (this.warnHook === undefined) return;
    if (!this.warnHook(msg, this.filename, this.u.lineno)) this.error(msg);
  }

  checkCompare(e: A.Compare): void {
    let left = isArgOfIs(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]._type;
      const right = isArgOfIs(e.comparators[i]);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        this.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        return;
      }
      left = right;
    }
  }

  checkCaller(e: A.expr): void {
    switch (e._type) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
      case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  checkSubscripter(e: A.expr): void {
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        if (!(v === null || v === Ellipsis || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number' ||
          v instanceof PyComplex || (v as unknown) instanceof PyFrozenSet)) return;
      }
      // fall through
      case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
        this.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
    }
  }

  checkIndex(e: A.expr, s: A.expr): void {
    const indexType = inferType(s);
    if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        if (!(isStrConst(v) || v instanceof PyBytes || (v as unknown) instanceof PyTuple)) return;
      }
      // fall through
      case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
        this.warn(`${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
    }
  }

  // ---- errors

  error(msg: string, node?: Node): never {
    let lineno = this.u ? this.u.lineno : 1;
    let col = this.u ? this.u.col : 0;
    let endLineno = this.u ? this.u.endLineno : lineno;
    let endCol = this.u ? this.u.endCol : col;
    if (node !== undefined) {
      lineno = node.lineno; col = node.col_offset; endLineno = node.end_lineno; endCol = node.end_col_offset;
    }
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, col + 1, this.lineText(lineno), endLineno,
      endCol + 1);
  }

  lineText(lineno: number): string | null {
    if (typeof this.source === 'function') this.source = this.source();
    if (this.source === '') return null;
    if (this.lines === null) this.lines = this.source.split(/(?<=\r\n|\n|\r)/);
    if (lineno < 1 || lineno > this.lines.length) return null;
    const line = this.lines[lineno - 1];
    // CPython rereads the line with fgets() into a 1000-byte buffer: of a longer
    // line, only the last chunk survives.
    if (line.length < 333) return line;
    const bytes = Buffer.from(line, 'utf8');
    if (bytes.length <= 999) return line;
    const start = Math.floor((bytes.length - 1) / 999) * 999;
    return bytes.subarray(start).toString('utf8');
  }

  futureError(msg: string, s: Node): never {
    throw new PySyntaxError('SyntaxError', msg, this.filename, s.lineno, s.col_offset + 1, this.lineText(s.lineno),
      s.lineno, 0);
  }

  // ---- future

  parseFuture(mod: A.mod): void {
    if (mod._type !== 'Module' && mod._type !== 'Interactive') return;
    const body = mod.body;
    let i = 0;
    if (isDocstring(body) !== null) i = 1;
    let done = false;
    let prevLine = 0;
    for (; i < body.length; i++) {
      const s = body[i];
      if (done && s.lineno > prevLine) return;
      prevLine = s.lineno;
      if (s._type === 'ImportFrom' && s.module === '__future__') {
        if (done) {
          // A late future import on the line of earlier ones (joined by semicolons).
          throw new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file',
            this.filename, s.lineno, s.col_offset, this.lineText(s.lineno), s.lineno, 0);
        }
        for (const n of s.names) {
          const f = FUTURE_FEATURES[n.name];
          if (f === undefined) {
            if (n.name === 'braces') this.futureError('not a chance', s);
            this.futureError(`future feature ${n.name} is not defined`, s);
          }
          this.futureFeatures |= f;
        }
        this.futureLineno = s.lineno;
      } else done = true;
    }
  }

  // ---- instruction emission

  addop(op: number, oparg = 0): void {
    const u = this.u;
    if (u.curClosed) this.useNextBlock(this.newBlock());
    u.cur.instrs.push(new Instr(op, oparg, null, u.lineno, u.endLineno, u.col, u.endCol));
    u.curClosed = ENDS_BLOCK[op] === 1;
  }
  addopNoline(op: number, oparg = 0): void {
    const u = this.u;
    if (u.curClosed) this.useNextBlock(this.newBlock());
    u.cur.instrs.push(new Instr(op, oparg, null, -1, 0, 0, 0));
    u.curClosed = ENDS_BLOCK[op] === 1;
  }
  jump(op: number, target: Block): void {
    const u = this.u;
    if (u.curClosed) this.useNextBlock(this.newBlock());
    u.cur.instrs.push(new Instr(op, 0, target, u.lineno, u.endLineno, u.col, u.endCol));
    u.curClosed = ENDS_BLOCK[op] === 1;
  }
  jumpNoline(op: number, target: Block): void {
    const u = this.u;
    if (u.curClosed) this.useNextBlock(this.newBlock());
    u.cur.instrs.push(new Instr(op, 0, target, -1, 0, 0, 0));
    u.curClosed = ENDS_BLOCK[op] === 1;
  }
  newBlock(): Block {
    return this.u.cfg.newBlock();
  }
  useNextBlock(b: Block): void {
    const u = this.u;
    u.cur.next = b;
    u.cur = b;
    // A jump or exit ends its block: what follows goes to a fresh one.
    const last = b.last();
    u.curClosed = last !== undefined && ENDS_BLOCK[last.opcode] === 1;
  }
  loadConst(v: ConstValue): void {
    this.addop(O.LOAD_CONST, this.u.consts.add(v));
  }
  addopName(op: number, name: string): void {
    const m = mangle(this.u.private, name);
    let arg = addName(this.u.names, m);
    if (op === O.LOAD_GLOBAL) arg <<= 1;
    this.addop(op, arg);
  }
  addopN(op: number, name: string): void {
    this.addop(op, addName(this.u.names, name));
  }
  setLoc(n: Node): void {
    const u = this.u;
    u.lineno = n.lineno;
    u.endLineno = n.end_lineno;
    u.col = n.col_offset;
    u.endCol = n.end_col_offset;
  }
  unsetLoc(): void {
    this.u.lineno = -1;
  }
  saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.endLineno, u.col, u.endCol];
  }
  restoreLoc(l: [number, number, number, number]): void {
    const u = this.u;
    u.lineno = l[0]; u.endLineno = l[1]; u.col = l[2]; u.endCol = l[3];
  }

  // ---- scopes

  enterScope(name: string, scopeType: Scope, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.u !== undefined) {
      u.private = this.u.private;
      this.stack.push(this.u);
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === Scope.Module) {
      u.lineno = 0;
      u.qualname = name;
    } else this.setQualname();
    this.addop(O.RESUME, 0);
    if (scopeType === Scope.Module) u.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === Scope.Function || u.scopeType === Scope.AsyncFunction || u.scopeType === Scope.Class) {
        const m = mangle(parent.private, u.name);
        if (parent.ste.getScope(m) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === Scope.Function || parent.scopeType === Scope.AsyncFunction ||
          parent.scopeType === Scope.Lambda) base = parent.qualname + '.<locals>';
        else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  pushFblock(type: FB, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFblock(): void {
    this.u.fblocks.pop();
  }

  isTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === 'module';
  }

  // ---- entry

  compileModule(mod: A.mod): CodeObject {
    this.parseFuture(mod);
    this.flags |= this.futureFeatures;
    this.futureFeatures = this.flags;
    mod = optimizeAst(mod, this.optimize, this.flags);
    this.st = buildSymtable(mod, this.filename, this.source, this.flags);
    this.enterScope('<module>', Scope.Module, mod, 1);
    this.u.lineno = 1;
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.addop(O.SETUP_ANNOTATIONS);
        this.interactive = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        addNone = false;
        break;
      default:
        throw new Error('cannot compile ' + mod._type);
    }
    const co = this.assemble(addNone);
    this.exitScope();
    return co;
  }

  body(stmts: A.stmt[]): void {
    if (this.u.scopeType === Scope.Module && stmts.length > 0) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.addop(O.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    if (this.optimize < 2) {
      const doc = isDocstring(stmts);
      if (doc !== null) {
        i = 1;
        this.visitExpr((stmts[0] as A.Expr).value);
        this.unsetLoc();
        this.nameop('__doc__', 'Store');
      }
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  // ---- assembly

  computeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.flags & PyCF_MASK;
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    return flags;
  }

  assemble(addNone: boolean): CodeObject {
    const u = this.u;
    const last = u.cur.last();
    if (last === undefined || last.opcode !== O.RETURN_VALUE) {
      this.unsetLoc();
      if (addNone) this.loadConst(null);
      this.addop(O.RETURN_VALUE);
    }
    const cfg = u.cfg;
    const blocks = cfg.blocks;
    for (let i = 0; i < blocks.length; i++) normalizeBasicBlock(blocks[i]);
    for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]);
    const entry = cfg.entry;
    if (!u.firstlineno) {
      u.firstlineno = entry.instrs.length && entry.instrs[0].lineno ? entry.instrs[0].lineno : 1;
    }
    const codeFlags = this.computeFlags();

    // Local variable layout (prepare_localsplus).
    const nlocals = u.varnames.size;
    const ncells = u.cellvars.size;
    const nfrees = u.freevars.size;
    const fixed: number[] = [];
    for (let i = 0; i < ncells + nfrees; i++) fixed.push(nlocals + i);
    for (const [name, ci] of u.cellvars) {
      const vi = u.varnames.get(name);
      if (vi !== undefined) fixed[ci] = vi;
    }
    this.insertPrefix(entry, fixed, nfrees, codeFlags);
    let numdropped = 0;
    for (let i = 0; i < ncells + nfrees; i++) {
      if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
      else numdropped++;
    }
    if (ncells + nfrees > 0) {
      for (let i = 0; i < blocks.length; i++) {
        const ins = blocks[i].instrs;
        for (let k = 0; k < ins.length; k++) {
          const I = ins[k];
          switch (I.opcode) {
            case O.MAKE_CELL: case O.LOAD_CLOSURE: case O.LOAD_DEREF: case O.STORE_DEREF: case O.DELETE_DEREF:
            case O.LOAD_CLASSDEREF:
              I.oparg = fixed[I.oparg];
          }
        }
      }
    }
    const nlocalsplus = nlocals + ncells + nfrees - numdropped;

    const consts = u.consts;
    optimizeCfg(cfg, consts);
    duplicateExitsWithoutLineno(cfg);
    const constValues = consts.values.slice();
    trimUnusedConsts(entry, constValues);
    propagateLineNumbers(entry);
    guaranteeLinenoForExits(entry, u.firstlineno);
    const maxdepth = stackDepth(cfg, u.ste.generator || u.ste.coroutine);
    labelExceptionTargets(entry, cfg.blocks);
    convertExceptionHandlersToNops(entry);
    for (let b: Block | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
    normalizeJumps(entry);
    const { code, linetable, exceptiontable: exctable } = assembleCode(entry, cfg.blocks, u.firstlineno);

    // compute_localsplus_info
    const names: string[] = new Array(nlocalsplus);
    const kinds = new Uint8Array(nlocalsplus);
    for (const [k, v] of u.varnames) {
      names[v] = k;
      kinds[v] = CO_FAST_LOCAL | (u.cellvars.has(k) ? CO_FAST_CELL : 0);
    }
    let dropped = 0;
    for (const [k, v] of u.cellvars) {
      if (u.varnames.has(k)) {
        dropped++;
        continue;
      }
      names[v + nlocals - dropped] = k;
      kinds[v + nlocals - dropped] = CO_FAST_CELL;
    }
    for (const [k, v] of u.freevars) {
      names[v + nlocals - dropped] = k;
      kinds[v + nlocals - dropped] = CO_FAST_FREE;
    }
    const nameList = [...u.names.keys()];
    return new CodeObject(
      u.posonly + u.argcount, u.posonly, u.kwonly, maxdepth, codeFlags, code, constValues, nameList, names, kinds,
      this.filename, u.name, u.qualname, u.firstlineno, linetable, exctable,
    );
  }

  insertPrefix(entry: Block, fixed: number[], nfrees: number, codeFlags: number): void {
    const u = this.u;
    const ins = entry.instrs;
    if (codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
      ins.splice(0, 0, new Instr(O.RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1),
        new Instr(O.POP_TOP, 0, null, -1, -1, -1, -1));
    }
    const ncells = u.cellvars.size;
    if (ncells) {
      const nvars = ncells + u.varnames.size;
      const sorted = new Array<number>(nvars).fill(0);
      for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
      let used = 0;
      for (let i = 0; used < ncells; i++) {
        const old = sorted[i] - 1;
        if (old === -1) continue;
        ins.splice(used, 0, new Instr(O.MAKE_CELL, old, null, -1, -1, -1, -1));
        used++;
      }
    }
    if (nfrees) ins.splice(0, 0, new Instr(O.COPY_FREE_VARS, nfrees, null, -1, -1, -1, -1));
  }

  // ---- names

  forbiddenName(name: string, ctx: string): void {
    if (name === '__debug__') {
      if (ctx === 'Store') this.error('cannot assign to __debug__');
      if (ctx === 'Del') this.error('cannot delete __debug__');
    }
  }

  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const u = this.u;
    this.forbiddenName(name, ctx);
    const mangled = mangle(u.private, name);
    const scope = u.ste.getScope(mangled);
    let dict = u.names;
    let optype = 0; // 0 name, 1 fast, 2 global, 3 deref
    switch (scope) {
      case FREE: dict = u.freevars; optype = 3; break;
      case CELL: dict = u.cellvars; optype = 3; break;
      case LOCAL: if (u.ste.type === 'function') optype = 1; break;
      case GLOBAL_IMPLICIT: if (u.ste.type === 'function') optype = 2; break;
      case GLOBAL_EXPLICIT: optype = 2; break;
    }
    let op: number;
    switch (optype) {
      case 3:
        op = ctx === 'Load' ? (u.ste.type === 'class' ? O.LOAD_CLASSDEREF : O.LOAD_DEREF)
          : ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF;
        break;
      case 1:
        op = ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST;
        this.addop(op, addName(u.varnames, mangled));
        return;
      case 2:
        op = ctx === 'Load' ? O.LOAD_GLOBAL : ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL;
        break;
      default:
        op = ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME;
    }
    let arg = addName(dict, mangled);
    if (op === O.LOAD_GLOBAL) arg <<= 1;
    this.addop(op, arg);
  }

  // ---- statements

  visitStmt(s: A.stmt): void {
    this.setLoc(s);
    (STMT_CODEGEN[s._type] as (c: Compiler, s: A.stmt) => void)(this, s);
  }

  assignStmt(s: A.Assign): void {
    const n = s.targets.length;
    this.visitExpr(s.value);
    for (let i = 0; i < n; i++) {
      if (i < n - 1) this.addop(O.COPY, 1);
      this.visitExpr(s.targets[i]);
    }
  }

  raiseStmt(s: A.Raise): void {
    let n = 0;
    if (s.exc) {
      this.visitExpr(s.exc);
      n++;
      if (s.cause) {
        this.visitExpr(s.cause);
        n++;
      }
    }
    this.addop(O.RAISE_VARARGS, n);
  }

  stmtExpr(value: A.expr): void {
    if (this.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.addop(O.PRINT_EXPR);
      return;
    }
    if (value._type === 'Constant') {
      this.addop(O.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(O.POP_TOP);
  }

  returnStmt(s: A.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    if (this.u.ste.type !== 'function') this.error("'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      this.error("'return' with value in async generator");
    }
    if (preserveTos) this.visitExpr(value!);
    else if (value !== null) {
      this.setLoc(value);
      this.addop(O.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(O.NOP);
    }
    this.unwindFblockStack(preserveTos, false);
    if (value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((value as A.Constant).value);
    this.addop(O.RETURN_VALUE);
  }

  breakStmt(): void {
    const saved = this.saveLoc();
    this.addop(O.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) {
      this.restoreLoc(saved);
      this.error("'break' outside loop");
    }
    this.unwindFblock(loop, false);
    this.jump(O.JUMP, loop.exit!);
  }

  continueStmt(): void {
    const saved = this.saveLoc();
    this.addop(O.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) {
      this.restoreLoc(saved);
      this.error("'continue' not properly in loop");
    }
    this.jump(O.JUMP, loop.block!);
  }

  /** Returns the innermost loop when `wantLoop`, after unwinding everything inside it. */
  unwindFblockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (top.type === FB.ExceptionGroupHandler) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (wantLoop && (top.type === FB.WhileLoop || top.type === FB.ForLoop)) return top;
    fbs.pop();
    this.unwindFblock(top, preserveTos);
    const r = this.unwindFblockStack(preserveTos, wantLoop);
    fbs.push(top);
    return r;
  }

  unwindFblock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FB.WhileLoop: case FB.ExceptionHandler: case FB.ExceptionGroupHandler:
      case FB.AsyncComprehensionGenerator:
        return;
      case FB.ForLoop:
        if (preserveTos) this.addop(O.SWAP, 2);
        this.addop(O.POP_TOP);
        return;
      case FB.TryExcept:
        this.addop(O.POP_BLOCK);
        return;
      case FB.FinallyTry:
        this.addop(O.POP_BLOCK);
        if (preserveTos) this.pushFblock(FB.PopValue, null, null, null);
        for (const s of info.datum as A.stmt[]) this.visitStmt(s);
        if (preserveTos) this.popFblock();
        this.unsetLoc();
        return;
      case FB.FinallyEnd:
        if (preserveTos) this.addop(O.SWAP, 2);
        this.addop(O.POP_TOP);
        if (preserveTos) this.addop(O.SWAP, 2);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        return;
      case FB.With: case FB.AsyncWith:
        this.setLoc(info.datum as Node);
        this.addop(O.POP_BLOCK);
        if (preserveTos) this.addop(O.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FB.AsyncWith) {
          this.addop(O.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.yieldFrom(true);
        }
        this.addop(O.POP_TOP);
        this.unsetLoc();
        return;
      case FB.HandlerCleanup: {
        const name = info.datum as string | null;
        if (name !== null) this.addop(O.POP_BLOCK);
        if (preserveTos) this.addop(O.SWAP, 2);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        if (name !== null) {
          this.loadConst(null);
          this.nameop(name, 'Store');
          this.nameop(name, 'Del');
        }
        return;
      }
      case FB.PopValue:
        if (preserveTos) this.addop(O.SWAP, 2);
        this.addop(O.POP_TOP);
        return;
    }
  }

  callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addop(O.PRECALL, 2);
    this.addop(O.CALL, 2);
  }

  yieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.jump(O.SEND, exit);
    this.useNextBlock(resume);
    this.addop(O.YIELD_VALUE, 0);
    this.addop(O.RESUME, isAwait ? 3 : 2);
    this.jump(O.JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  addYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addop(O.ASYNC_GEN_WRAP);
    this.addop(O.YIELD_VALUE, 0);
    this.addop(O.RESUME, 1);
  }

  popExceptAndReraise(): void {
    this.addop(O.COPY, 3);
    this.addop(O.POP_EXCEPT);
    this.addop(O.RERAISE, 1);
  }

  ifStmt(s: A.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    for (const st of s.body) this.visitStmt(st);
    if (s.orelse.length) {
      this.jumpNoline(O.JUMP, end);
      this.useNextBlock(next);
      for (const st of s.orelse) this.visitStmt(st);
    }
    this.useNextBlock(end);
  }

  forStmt(s: A.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock(FB.ForLoop, start, end, null);
    this.visitExpr(s.iter);
    this.addop(O.GET_ITER);
    this.useNextBlock(start);
    this.jump(O.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    for (const st of s.body) this.visitStmt(st);
    this.unsetLoc();
    this.jump(O.JUMP, start);
    this.useNextBlock(cleanup);
    this.popFblock();
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  asyncFor(s: A.AsyncFor): void {
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== Scope.AsyncFunction) this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addop(O.GET_AITER);
    this.useNextBlock(start);
    this.pushFblock(FB.ForLoop, start, end, null);
    this.jump(O.SETUP_FINALLY, except);
    this.addop(O.GET_ANEXT);
    this.loadConst(null);
    this.yieldFrom(true);
    this.addop(O.POP_BLOCK);
    this.visitExpr(s.target);
    for (const st of s.body) this.visitStmt(st);
    this.unsetLoc();
    this.jump(O.JUMP, start);
    this.popFblock();
    this.useNextBlock(except);
    this.setLoc(s.iter);
    this.addop(O.END_ASYNC_FOR);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  whileStmt(s: A.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFblock(FB.WhileLoop, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    for (const st of s.body) this.visitStmt(st);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFblock();
    this.useNextBlock(anchor);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  tryFinally(s: A.Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.jump(O.SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFblock(FB.FinallyTry, body, end, s.finalbody);
    if (s.handlers.length) this.tryExcept(s);
    else for (const st of s.body) this.visitStmt(st);
    this.addopNoline(O.POP_BLOCK);
    this.popFblock();
    for (const st of s.finalbody) this.visitStmt(st);
    this.jumpNoline(O.JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.jump(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.pushFblock(FB.FinallyEnd, end, null, null);
    for (const st of s.finalbody) this.visitStmt(st);
    this.popFblock();
    this.addop(O.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  tryExcept(s: A.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.jump(O.SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FB.TryExcept, body, null, null);
    for (const st of s.body) this.visitStmt(st);
    this.popFblock();
    this.addopNoline(O.POP_BLOCK);
    for (const st of s.orelse) this.visitStmt(st);
    this.jumpNoline(O.JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.jump(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.pushFblock(FB.ExceptionHandler, null, null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      this.setLoc(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(O.CHECK_EXC_MATCH);
        this.jump(O.POP_JUMP_IF_FALSE, except);
      }
      if (h.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(h.name, 'Store');
        this.jump(O.SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FB.HandlerCleanup, cleanupBody, null, h.name);
        for (const st of h.body) this.visitStmt(st);
        this.popFblock();
        this.unsetLoc();
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.jump(O.JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addop(O.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(O.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FB.HandlerCleanup, cleanupBody, null, null);
        for (const st of h.body) this.visitStmt(st);
        this.popFblock();
        this.unsetLoc();
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        this.jump(O.JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFblock();
    this.addop(O.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  tryStar(s: A.TryStar): void {
    if (s.finalbody.length) {
      const body = this.newBlock();
      const end = this.newBlock();
      const exit = this.newBlock();
      const cleanup = this.newBlock();
      this.jump(O.SETUP_FINALLY, end);
      this.useNextBlock(body);
      this.pushFblock(FB.FinallyTry, body, end, s.finalbody);
      if (s.handlers.length) this.tryStarExcept(s);
      else for (const st of s.body) this.visitStmt(st);
      this.addopNoline(O.POP_BLOCK);
      this.popFblock();
      for (const st of s.finalbody) this.visitStmt(st);
      this.jumpNoline(O.JUMP, exit);
      this.useNextBlock(end);
      this.unsetLoc();
      this.jump(O.SETUP_CLEANUP, cleanup);
      this.addop(O.PUSH_EXC_INFO);
      this.pushFblock(FB.FinallyEnd, end, null, null);
      for (const st of s.finalbody) this.visitStmt(st);
      this.popFblock();
      this.addop(O.RERAISE, 0);
      this.useNextBlock(cleanup);
      this.popExceptAndReraise();
      this.useNextBlock(exit);
      return;
    }
    this.tryStarExcept(s);
  }

  tryStarExcept(s: A.TryStar): void {
    const body = this.newBlock();
    const except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.jump(O.SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FB.TryExcept, body, null, null);
    for (const st of s.body) this.visitStmt(st);
    this.popFblock();
    this.addopNoline(O.POP_BLOCK);
    this.jumpNoline(O.JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.jump(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.pushFblock(FB.ExceptionGroupHandler, null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      this.setLoc(h);
      const next = this.newBlock();
      const noMatch = this.newBlock();
      const exceptWithError = this.newBlock();
      if (i === 0) {
        // [exc] -> [orig, [], exc]: the original group, and the list of raised/reraised parts.
        this.addop(O.COPY, 1);
        this.addop(O.BUILD_LIST, 0);
        this.addop(O.SWAP, 2);
      }
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(O.CHECK_EG_MATCH);
        this.addop(O.COPY, 1);
        this.jump(O.POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (h.name) this.nameop(h.name, 'Store');
      else this.addop(O.POP_TOP);
      this.jump(O.SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFblock(FB.HandlerCleanup, cleanupBody, null, h.name);
      for (const st of h.body) this.visitStmt(st);
      this.popFblock();
      this.unsetLoc();
      this.addop(O.POP_BLOCK);
      if (h.name) {
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.jump(O.JUMP, next);
      this.useNextBlock(cleanupEnd);
      if (h.name) {
        this.loadConst(null);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.addop(O.LIST_APPEND, 3);
      this.addop(O.POP_TOP);
      this.jump(O.JUMP, exceptWithError);
      this.useNextBlock(next);
      this.addop(O.NOP);
      this.jump(O.JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addop(O.POP_TOP);
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        this.addop(O.LIST_APPEND, 1);
        this.jump(O.JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFblock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(O.PREP_RERAISE_STAR);
    this.addop(O.COPY, 1);
    this.jump(O.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(O.POP_TOP);
    this.addop(O.POP_BLOCK);
    this.addop(O.POP_EXCEPT);
    this.jump(O.JUMP, end);
    this.useNextBlock(reraise);
    this.addop(O.POP_BLOCK);
    this.addop(O.SWAP, 2);
    this.addop(O.POP_EXCEPT);
    this.addop(O.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    for (const st of s.orelse) this.visitStmt(st);
    this.useNextBlock(end);
  }

  withStmt(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(O.BEFORE_WITH);
    this.jump(O.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock(FB.With, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(O.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const st of s.body) this.visitStmt(st);
    else this.withStmt(s, pos);
    this.unsetLoc();
    this.addop(O.POP_BLOCK);
    this.popFblock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(O.POP_TOP);
    this.jump(O.JUMP, exit);
    this.useNextBlock(final);
    this.jump(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.addop(O.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  withExceptFinish(cleanup: Block): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.jump(O.POP_JUMP_IF_TRUE, exit);
    this.addop(O.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(O.POP_TOP);
    this.addop(O.POP_BLOCK);
    this.addop(O.POP_EXCEPT);
    this.addop(O.POP_TOP);
    this.addop(O.POP_TOP);
  }

  asyncWith(s: A.AsyncWith, pos: number): void {
    const item = s.items[pos];
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== Scope.AsyncFunction) this.error("'async with' outside async function");
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(O.BEFORE_ASYNC_WITH);
    this.addop(O.GET_AWAITABLE, 1);
    this.loadConst(null);
    this.yieldFrom(true);
    this.jump(O.SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock(FB.AsyncWith, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(O.POP_TOP);
    pos++;
    if (pos === s.items.length) for (const st of s.body) this.visitStmt(st);
    else this.asyncWith(s, pos);
    this.popFblock();
    this.addop(O.POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(O.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFrom(true);
    this.addop(O.POP_TOP);
    this.jump(O.JUMP, exit);
    this.useNextBlock(final);
    this.jump(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.addop(O.WITH_EXCEPT_START);
    this.addop(O.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  assertStmt(s: A.Assert): void {
    const t = s.test;
    if ((t._type === 'Tuple' && t.elts.length > 0) ||
      (t._type === 'Constant' && t.value instanceof PyTuple && t.value.items.length > 0)) {
      this.warn('assertion is always true, perhaps remove parentheses?');
    }
    if (this.optimize) return;
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(O.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addop(O.PRECALL, 0);
      this.addop(O.CALL, 0);
    }
    this.addop(O.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  importStmt(s: A.Import): void {
    for (const alias of s.names) {
      this.loadConst(0n);
      this.loadConst(null);
      this.addopName(O.IMPORT_NAME, alias.name);
      if (alias.asname) this.importAs(alias.name, alias.asname);
      else {
        const dot = alias.name.indexOf('.');
        this.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
      }
    }
  }

  importAs(name: string, asname: string): void {
    let dot = name.indexOf('.');
    if (dot >= 0) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf('.', pos);
        const attr = name.slice(pos, dot >= 0 ? dot : name.length);
        this.addopN(O.IMPORT_FROM, attr);
        if (dot < 0) break;
        this.addop(O.SWAP, 2);
        this.addop(O.POP_TOP);
      }
      this.nameop(asname, 'Store');
      this.addop(O.POP_TOP);
      return;
    }
    this.nameop(asname, 'Store');
  }

  importFrom(s: A.ImportFrom): void {
    this.loadConst(BigInt(s.level ?? 0));
    const names = new PyTuple(s.names.map((a) => a.name));
    if (s.lineno > this.futureLineno && s.module === '__future__') {
      this.error('from __future__ imports must occur at the beginning of the file');
    }
    this.loadConst(names);
    this.addopName(O.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name.charCodeAt(0) === 42) {
        this.addop(O.IMPORT_STAR);
        return;
      }
      this.addopName(O.IMPORT_FROM, alias.name);
      this.nameop(alias.asname ?? alias.name, 'Store');
    }
    this.addop(O.POP_TOP);
  }

  augAssign(s: A.AugAssign): void {
    const e = s.target;
    const saved = this.saveLoc();
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addop(O.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addopName(O.LOAD_ATTR, e.attr);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(O.COPY, 2);
        this.addop(O.COPY, 2);
        this.addop(O.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Load');
        break;
      default:
        throw new Error('invalid node type for augmented assignment');
    }
    this.restoreLoc(saved);
    this.visitExpr(s.value);
    this.addop(O.BINARY_OP, INPLACE[s.op._type]);
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.updateStartLocationToMatchAttr(e);
        this.addop(O.SWAP, 2);
        this.addopName(O.STORE_ATTR, e.attr);
        break;
      case 'Subscript':
        this.addop(O.SWAP, 3);
        this.addop(O.SWAP, 2);
        this.addop(O.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Store');
        break;
    }
  }

  annotationExpr(e: A.expr): void {
    if (this.futureFeatures & CO_FUTURE_ANNOTATIONS) this.loadConst(unparseAnnotation(e));
    else this.visitExpr(e);
  }

  checkAnnExpr(e: A.expr): void {
    this.visitExpr(e);
    this.addop(O.POP_TOP);
  }

  checkAnnSubscr(e: A.expr): void {
    switch (e._type) {
      case 'Slice':
        if (e.lower) this.checkAnnExpr(e.lower);
        if (e.upper) this.checkAnnExpr(e.upper);
        if (e.step) this.checkAnnExpr(e.step);
        return;
      case 'Tuple':
        for (const x of e.elts) this.checkAnnSubscr(x);
        return;
      default:
        this.checkAnnExpr(e);
    }
  }

  annAssign(s: A.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const modOrClass = this.u.scopeType === Scope.Module || this.u.scopeType === Scope.Class;
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(targ.id, 'Store');
        if (s.simple && modOrClass) {
          this.annotationExpr(s.annotation);
          this.addopName(O.LOAD_NAME, '__annotations__');
          this.loadConst(mangle(this.u.private, targ.id));
          this.addop(O.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        this.forbiddenName(targ.attr, 'Store');
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw new Error('invalid node type for annotated assignment');
    }
    if (!s.simple && !(this.futureFeatures & CO_FUTURE_ANNOTATIONS) && modOrClass) this.checkAnnExpr(s.annotation);
  }

  // ---- functions and classes

  checkDebugArgs(args: A.Arguments): void {
    const lists = [args.posonlyargs, args.args, args.kwonlyargs];
    for (let l = 0; l < 3; l++) {
      const list = lists[l];
      for (let i = 0; i < list.length; i++) if (list[i].arg === '__debug__') this.error('cannot assign to __debug__');
    }
    if (args.vararg && args.vararg.arg === '__debug__') this.error('cannot assign to __debug__');
    if (args.kwarg && args.kwarg.arg === '__debug__') this.error('cannot assign to __debug__');
  }

  decorators(decos: A.expr[]): void {
    for (const d of decos) this.visitExpr(d);
  }

  applyDecorators(decos: A.expr[]): void {
    const saved = this.saveLoc();
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.addop(O.PRECALL, 0);
      this.addop(O.CALL, 0);
    }
    this.restoreLoc(saved);
  }

  defaultArguments(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addop(O.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    if (args.kwonlyargs.length) {
      const keys: string[] = [];
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = args.kw_defaults[i];
        if (d) {
          keys.push(mangle(this.u.private, args.kwonlyargs[i].arg));
          this.visitExpr(d);
        }
      }
      if (keys.length) {
        this.loadConst(new PyTuple(keys));
        this.addop(O.BUILD_CONST_KEY_MAP, keys.length);
        flags |= 2;
      }
    }
    return flags;
  }

  argAnnotation(id: string, ann: A.expr | null, count: { n: number }): void {
    if (!ann) return;
    this.loadConst(mangle(this.u.private, id));
    if (this.futureFeatures & CO_FUTURE_ANNOTATIONS) this.loadConst(unparseAnnotation(ann));
    else if (ann._type === 'Starred') {
      this.visitExpr(ann.value);
      this.addop(O.UNPACK_SEQUENCE, 1);
    } else this.visitExpr(ann);
    count.n += 2;
  }

  annotations(args: A.Arguments, returns: A.expr | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.argAnnotation(a.arg, a.annotation, count);
    for (const a of args.posonlyargs) this.argAnnotation(a.arg, a.annotation, count);
    if (args.vararg && args.vararg.annotation) this.argAnnotation(args.vararg.arg, args.vararg.annotation, count);
    for (const a of args.kwonlyargs) this.argAnnotation(a.arg, a.annotation, count);
    if (args.kwarg && args.kwarg.annotation) this.argAnnotation(args.kwarg.arg, args.kwarg.annotation, count);
    this.argAnnotation('return', returns, count);
    if (count.n) {
      this.addop(O.BUILD_TUPLE, count.n);
      return true;
    }
    return false;
  }

  functionDef(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    const args = s.args;
    this.checkDebugArgs(args);
    this.setLoc(s);
    this.decorators(s.decorator_list);
    let firstlineno = s.lineno;
    if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
    let funcflags = this.defaultArguments(args);
    if (this.annotations(args, s.returns)) funcflags |= 4;
    this.enterScope(s.name, isAsync ? Scope.AsyncFunction : Scope.Function, s, firstlineno);
    const doc = this.optimize < 2 ? isDocstring(s.body) : null;
    this.u.consts.add(doc !== null ? doc : null);
    this.u.argcount = args.args.length;
    this.u.posonly = args.posonlyargs.length;
    this.u.kwonly = args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const co = this.assemble(true);
    const qualname = this.u.qualname;
    this.exitScope();
    this.makeClosure(co, funcflags, qualname, s);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  getRefType(name: string): number {
    if (this.u.scopeType === Scope.Class && name === '__class__') return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`compiler: no scope for ${name} in ${this.u.name}`);
    return scope;
  }

  /** `node`: what the code was compiled from (equal code objects share one constant). */
  makeClosure(co: CodeObject, flags: number, _qualname: string, node: object): void {
    const ncells = co.localspluskinds.reduce((n, k) => n + (k & CO_FAST_FREE ? 1 : 0), 0);
    if (ncells) {
      for (let i = 0; i < co.localsplusnames.length; i++) {
        if (!(co.localspluskinds[i] & CO_FAST_FREE)) continue;
        const name = co.localsplusnames[i];
        const reftype = this.getRefType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler: lookup of free variable ${name} failed`);
        this.addop(O.LOAD_CLOSURE, arg);
      }
      flags |= 8;
      this.addop(O.BUILD_TUPLE, ncells);
    }
    this.addop(O.LOAD_CONST, this.u.consts.addCode(co, node));
    this.addop(O.MAKE_FUNCTION, flags);
  }

  classDef(s: A.ClassDef): void {
    this.decorators(s.decorator_list);
    let firstlineno = s.lineno;
    if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
    this.enterScope(s.name, Scope.Class, s, firstlineno);
    this.u.private = s.name;
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameop('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      this.addop(O.LOAD_CLOSURE, this.u.cellvars.get('__class__')!);
      this.addop(O.COPY, 1);
      this.nameop('__classcell__', 'Store');
    } else this.loadConst(null);
    this.addop(O.RETURN_VALUE);
    const co = this.assemble(true);
    this.exitScope();
    this.addop(O.PUSH_NULL);
    this.addop(O.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0, s.name, co);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  lambda(e: A.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    this.setLoc(e);
    const funcflags = this.defaultArguments(args);
    this.enterScope('<lambda>', Scope.Lambda, e, e.lineno);
    this.u.consts.add(null);
    this.u.argcount = args.args.length;
    this.u.posonly = args.posonlyargs.length;
    this.u.kwonly = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeObject;
    if (this.u.ste.generator) co = this.assemble(false);
    else {
      this.addop(O.RETURN_VALUE);
      co = this.assemble(true);
    }
    const qualname = this.u.qualname;
    this.exitScope();
    this.makeClosure(co, funcflags, qualname, e);
  }

  // ---- expressions

  /** compiler_visit_expr: the expression's location for its code, then back to the enclosing one. */
  visitExpr(e: A.expr): void {
    const u = this.u;
    const l = u.lineno, el = u.endLineno, c = u.col, ec = u.endCol;
    u.lineno = e.lineno;
    u.endLineno = e.end_lineno;
    u.col = e.col_offset;
    u.endCol = e.end_col_offset;
    (EXPR_CODEGEN[e._type] as (c: Compiler, e: A.expr) => void)(this, e);
    u.lineno = l; u.endLineno = el; u.col = c; u.endCol = ec;
  }

  namedExpr(e: A.NamedExpr): void {
    this.visitExpr(e.value);
    this.addop(O.COPY, 1);
    this.visitExpr(e.target);
  }

  binOp(e: A.BinOp): void {
    this.visitExpr(e.left);
    this.visitExpr(e.right);
    this.addop(O.BINARY_OP, BINOP[e.op._type]);
  }

  unaryOp(e: A.UnaryOp): void {
    this.visitExpr(e.operand);
    this.addop(UNARY[e.op._type]);
  }

  ifExp(e: A.IfExp): void {
    const end = this.newBlock();
    const next = this.newBlock();
    this.jumpIf(e.test, next, false);
    this.visitExpr(e.body);
    this.jumpNoline(O.JUMP, end);
    this.useNextBlock(next);
    this.visitExpr(e.orelse);
    this.useNextBlock(end);
  }

  yieldExpr(e: A.Yield): void {
    if (this.u.ste.type !== 'function') this.error("'yield' outside function");
    if (e.value) this.visitExpr(e.value);
    else this.loadConst(null);
    this.addYield();
  }

  yieldFromExpr(e: A.YieldFrom): void {
    if (this.u.ste.type !== 'function') this.error("'yield' outside function");
    if (this.u.scopeType === Scope.AsyncFunction) this.error("'yield from' inside async function");
    this.visitExpr(e.value);
    this.addop(O.GET_YIELD_FROM_ITER);
    this.loadConst(null);
    this.yieldFrom(false);
  }

  awaitExpr(e: A.Await): void {
    if (!this.isTopLevelAwait()) {
      if (this.u.ste.type !== 'function') this.error("'await' outside function");
      if (this.u.scopeType !== Scope.AsyncFunction && this.u.scopeType !== Scope.Comprehension) {
        this.error("'await' outside async function");
      }
    }
    this.visitExpr(e.value);
    this.addop(O.GET_AWAITABLE, 0);
    this.loadConst(null);
    this.yieldFrom(true);
  }

  joinedStr(e: A.JoinedStr): void {
    const vals = e.values;
    if (vals.length > STACK_USE_GUIDELINE) {
      this.loadConst('');
      this.addopName(O.LOAD_METHOD, 'join');
      this.addop(O.BUILD_LIST, 0);
      for (const v of vals) {
        this.visitExpr(v);
        this.addop(O.LIST_APPEND, 1);
      }
      this.addop(O.PRECALL, 1);
      this.addop(O.CALL, 1);
    } else {
      for (const v of vals) this.visitExpr(v);
      if (vals.length !== 1) this.addop(O.BUILD_STRING, vals.length);
    }
  }

  formattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    const conv = e.conversion;
    let oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : 0;
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= 4;
    }
    this.addop(O.FORMAT_VALUE, oparg);
  }

  attribute(e: A.Attribute): void {
    this.visitExpr(e.value);
    this.updateStartLocationToMatchAttr(e);
    switch (e.ctx._type) {
      case 'Load': this.addopName(O.LOAD_ATTR, e.attr); break;
      case 'Store':
        this.forbiddenName(e.attr, 'Store');
        this.addopName(O.STORE_ATTR, e.attr);
        break;
      case 'Del': this.addopName(O.DELETE_ATTR, e.attr); break;
    }
  }

  subscript(e: A.Subscript): void {
    const ctx = e.ctx._type;
    if (ctx === 'Load') {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.slice);
    this.addop(ctx === 'Load' ? O.BINARY_SUBSCR : ctx === 'Store' ? O.STORE_SUBSCR : O.DELETE_SUBSCR);
  }

  slice(e: A.Slice): void {
    let n = 2;
    if (e.lower) this.visitExpr(e.lower);
    else this.loadConst(null);
    if (e.upper) this.visitExpr(e.upper);
    else this.loadConst(null);
    if (e.step) {
      n++;
      this.visitExpr(e.step);
    }
    this.addop(O.BUILD_SLICE, n);
  }

  list(e: A.List): void {
    if (e.ctx._type === 'Store') return this.assignmentHelper(e.elts);
    if (e.ctx._type === 'Load') return this.starunpackHelper(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
    for (const x of e.elts) this.visitExpr(x);
  }

  tuple(e: A.Tuple): void {
    if (e.ctx._type === 'Store') return this.assignmentHelper(e.elts);
    if (e.ctx._type === 'Load') return this.starunpackHelper(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    for (const x of e.elts) this.visitExpr(x);
  }

  updateStartLocationToMatchAttr(attr: A.Attribute): void {
    const u = this.u;
    if (u.lineno !== attr.end_lineno) {
      u.lineno = attr.end_lineno;
      const len = [...attr.attr].length;
      if (len <= attr.end_col_offset) u.col = attr.end_col_offset - len;
      else {
        u.col = -1;
        u.endCol = -1;
      }
      u.endLineno = Math.max(u.lineno, u.endLineno);
      if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
    }
  }

  boolOp(e: A.BoolOp): void {
    const jumpi = e.op._type === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(s[i]);
      this.jump(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(s[n]);
    this.useNextBlock(end);
  }

  addCompare(op: A.cmpop): void {
    switch (op._type) {
      case 'Is': this.addop(O.IS_OP, 0); break;
      case 'IsNot': this.addop(O.IS_OP, 1); break;
      case 'In': this.addop(O.CONTAINS_OP, 0); break;
      case 'NotIn': this.addop(O.CONTAINS_OP, 1); break;
      default: this.addop(O.COMPARE_OP, CMP[op._type]);
    }
  }

  compare(e: A.Compare): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addop(O.SWAP, 2);
      this.addop(O.COPY, 2);
      this.addCompare(e.ops[i]);
      this.jump(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(e.ops[n]);
    const end = this.newBlock();
    this.jumpNoline(O.JUMP, end);
    this.useNextBlock(cleanup);
    this.addop(O.SWAP, 2);
    this.addop(O.POP_TOP);
    this.useNextBlock(end);
  }

  jumpIf(e: A.expr, next: Block, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op._type === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op._type === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(s[i], next2, cond2);
        this.jumpIf(s[n], next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.jumpNoline(O.JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        // CPython leaves the comparison's location in place for the jump (and after it).
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.addop(O.SWAP, 2);
            this.addop(O.COPY, 2);
            this.addCompare(e.ops[i]);
            this.jump(O.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]);
          this.addCompare(e.ops[n]);
          this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.jumpNoline(O.JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(O.POP_TOP);
          if (!cond) this.jumpNoline(O.JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
    }
    this.visitExpr(e);
    this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
  }

  starunpackHelper(elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => (x as A.Constant).value as ConstValue);
      if (tuple && !pushed) this.loadConst(new PyTuple(items));
      else {
        this.addop(build, pushed);
        this.loadConst(add === O.SET_ADD ? makeFrozenSet(items) : new PyTuple(items));
        this.addop(extend, 1);
        if (tuple) this.addop(O.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addop(tuple ? O.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addop(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const x = elts[i];
      if (x._type === 'Starred') {
        if (!built) {
          this.addop(build, i + pushed);
          built = true;
        }
        this.visitExpr(x.value);
        this.addop(extend, 1);
      } else {
        this.visitExpr(x);
        if (built) this.addop(add, 1);
      }
    }
    if (tuple) this.addop(O.LIST_TO_TUPLE);
  }

  assignmentHelper(elts: A.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const x = elts[i];
      if (x._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) {
          this.error('too many expressions in star-unpacking assignment');
        }
        this.addop(O.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (x._type === 'Starred') {
        this.error('multiple starred expressions in assignment');
      }
    }
    if (!seenStar) this.addop(O.UNPACK_SEQUENCE, n);
    for (const x of elts) this.visitExpr(x._type === 'Starred' ? x.value : x);
  }

  subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && e.keys.slice(begin, end).every((k) => isConstNode(k))) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst(new PyTuple(e.keys.slice(begin, end).map((k) => (k as A.Constant).value as ConstValue)));
      this.addop(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addop(O.MAP_ADD, 1);
    }
    if (!big) this.addop(O.BUILD_MAP, n);
  }

  dict(e: A.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addop(O.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop(O.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addop(O.DICT_UPDATE, 1);
      } else {
        if (elements * 2 > STACK_USE_GUIDELINE) {
          this.subdict(e, i - elements, i + 1);
          if (haveDict) this.addop(O.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        } else elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addop(O.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addop(O.BUILD_MAP, 0);
  }

  // ---- calls

  validateKeywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i];
      if (key.arg === null) continue;
      this.forbiddenName(key.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg !== null && other.arg === key.arg) {
          this.setLoc(other as unknown as Node);
          this.error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  isImportOriginated(e: A.expr): boolean {
    if (e._type !== 'Name') return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    for (const a of args) if (a._type === 'Starred') return false;
    for (const k of kwds) if (k.arg === null) return false;
    this.validateKeywords(kwds);
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addopName(O.LOAD_METHOD, meth.attr);
    for (const a of args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of kwds) this.visitExpr(k.value);
      this.callSimpleKwHelper(kwds);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addop(O.PRECALL, argsl + kwdsl);
    this.addop(O.CALL, argsl + kwdsl);
    return true;
  }

  call(e: A.Call): void {
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(O.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  callSimpleKwHelper(keywords: A.keyword[]): void {
    const names = new PyTuple(keywords.map((k) => k.arg as string));
    this.addop(O.KW_NAMES, this.u.consts.add(names));
  }

  subkwargs(keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg as string)));
      this.addop(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopNoline(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(keywords[i].arg as string);
      this.visitExpr(keywords[i].value);
      if (big) this.addopNoline(O.MAP_ADD, 1);
    }
    if (!big) this.addop(O.BUILD_MAP, n);
  }

  callHelper(n: number, args: A.expr[], keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!ex) for (const a of args) if (a._type === 'Starred') ex = true;
    if (!ex) for (const k of keywords) if (k.arg === null) ex = true;
    if (!ex) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.callSimpleKwHelper(keywords);
      }
      this.addop(O.PRECALL, n + nelts + nkwelts);
      this.addop(O.CALL, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]._type === 'Starred') this.visitExpr((args[0] as A.Starred).value);
    else this.starunpackHelper(args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addop(O.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop(O.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addop(O.DICT_MERGE, 1);
        } else nseen++;
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addop(O.DICT_MERGE, 1);
      }
    }
    this.addop(O.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // ---- comprehensions

  comprehension(e: A.expr, type: number, name: string, generators: A.comprehension[], elt: A.expr,
    val: A.expr | null): void {
    const outerScope = this.u.scopeType;
    const isTopLevelAwait = this.isTopLevelAwait();
    const outermost = generators[0];
    this.enterScope(name, Scope.Comprehension, e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    if (isAsyncGenerator && type !== COMP_GENEXP && outerScope !== Scope.AsyncFunction &&
      outerScope !== Scope.Comprehension && !isTopLevelAwait) {
      this.error('asynchronous comprehension outside of an asynchronous function');
    }
    if (type !== COMP_GENEXP) {
      this.addop(type === COMP_LISTCOMP ? O.BUILD_LIST : type === COMP_SETCOMP ? O.BUILD_SET : O.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(generators, 0, 0, elt, val, type);
    if (type !== COMP_GENEXP) this.addop(O.RETURN_VALUE);
    const co = this.assemble(true);
    const qualname = this.u.qualname;
    this.exitScope();
    if (isTopLevelAwait && isAsyncGenerator) this.u.ste.coroutine = true;
    this.makeClosure(co, 0, qualname, e);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? O.GET_AITER : O.GET_ITER);
    this.addop(O.PRECALL, 0);
    this.addop(O.CALL, 0);
    if (isAsyncGenerator && type !== COMP_GENEXP) {
      this.addop(O.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.yieldFrom(true);
    }
  }

  comprehensionGenerator(gens: A.comprehension[], index: number, depth: number, elt: A.expr, val: A.expr | null,
    type: number): void {
    if (gens[index].is_async) this.asyncComprehensionGenerator(gens, index, depth, elt, val, type);
    else this.syncComprehensionGenerator(gens, index, depth, elt, val, type);
  }

  comprehensionElement(depth: number, elt: A.expr, val: A.expr | null, type: number): void {
    switch (type) {
      case COMP_GENEXP:
        this.visitExpr(elt);
        this.addYield();
        this.addop(O.POP_TOP);
        break;
      case COMP_LISTCOMP:
        this.visitExpr(elt);
        this.addop(O.LIST_APPEND, depth + 1);
        break;
      case COMP_SETCOMP:
        this.visitExpr(elt);
        this.addop(O.SET_ADD, depth + 1);
        break;
      case COMP_DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.addop(O.MAP_ADD, depth + 1);
        break;
    }
  }

  syncComprehensionGenerator(gens: A.comprehension[], index: number, depth: number, elt: A.expr,
    val: A.expr | null, type: number): void {
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = gens[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.addop(O.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      }
      if (start !== null) {
        this.visitExpr(gen.iter);
        this.addop(O.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useNextBlock(start);
      this.jump(O.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (++index < gens.length) this.comprehensionGenerator(gens, index, depth, elt, val, type);
    if (index >= gens.length) this.comprehensionElement(depth, elt, val, type);
    this.useNextBlock(ifCleanup);
    if (start !== null) {
      this.jump(O.JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  asyncComprehensionGenerator(gens: A.comprehension[], index: number, depth: number, elt: A.expr,
    val: A.expr | null, type: number): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = gens[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.addop(O.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addop(O.GET_AITER);
    }
    this.useNextBlock(start);
    this.pushFblock(FB.AsyncComprehensionGenerator, start, null, null);
    this.jump(O.SETUP_FINALLY, except);
    this.addop(O.GET_ANEXT);
    this.loadConst(null);
    this.yieldFrom(true);
    this.addop(O.POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (++index < gens.length) this.comprehensionGenerator(gens, index, depth, elt, val, type);
    if (index >= gens.length) this.comprehensionElement(depth, elt, val, type);
    this.useNextBlock(ifCleanup);
    this.jump(O.JUMP, start);
    this.popFblock();
    this.useNextBlock(except);
    this.addop(O.END_ASYNC_FOR);
  }

  // ---- pattern matching (filled in by matchStmt below)

  matchStmt(s: A.Match): void {
    new MatchCompiler(this).compile(s);
  }
}

// ---------------------------------------------------------------------------
// Pattern matching (compiler_match and the compiler_pattern_* family).

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

/** A key for "duplicate key" checks: Python equality, where 1 == 1.0 == True. */
function matchKey(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? 'n' + BigInt(v).toString() : 'f' + String(v);
  // A complex equals the number its real part is when its imaginary part is zero (0 == 0j); -0.0 == 0.0.
  if (v instanceof PyComplex) return v.imag === 0 ? matchKey(v.real) : `c${v.real === 0 ? 0 : v.real},${v.imag}`;
  return constKey(v);
}

// Code generation by node kind: tables of small functions rather than one switch, so that V8 optimises
// each handler on its own once it is hot. With a switch, every node kind reaching the optimised
// function for the first time deoptimised it, and the big function was recompiled a dozen times in a
// cold run (most of the warm-up of `typhon -m compileall`).
type Handlers<U extends { _type: string }> = { [K in U['_type']]: (c: Compiler, n: Extract<U, { _type: K }>) => void };

const STMT_CODEGEN: Handlers<A.stmt> = {
  Expr: (c, s) => c.stmtExpr(s.value),
  Assign: (c, s) => c.assignStmt(s),
  If: (c, s) => c.ifStmt(s),
  Return: (c, s) => c.returnStmt(s),
  FunctionDef: (c, s) => c.functionDef(s, false),
  AsyncFunctionDef: (c, s) => c.functionDef(s, true),
  ClassDef: (c, s) => c.classDef(s),
  Delete: (c, s) => {
    for (const t of s.targets) c.visitExpr(t);
  },
  AugAssign: (c, s) => c.augAssign(s),
  AnnAssign: (c, s) => c.annAssign(s),
  For: (c, s) => c.forStmt(s),
  While: (c, s) => c.whileStmt(s),
  Match: (c, s) => c.matchStmt(s),
  Raise: (c, s) => c.raiseStmt(s),
  Try: (c, s) => (s.finalbody.length ? c.tryFinally(s) : c.tryExcept(s)),
  TryStar: (c, s) => c.tryStar(s),
  Assert: (c, s) => c.assertStmt(s),
  Import: (c, s) => c.importStmt(s),
  ImportFrom: (c, s) => c.importFrom(s),
  Global: () => {},
  Nonlocal: () => {},
  Pass: (c) => c.addop(O.NOP),
  Break: (c) => c.breakStmt(),
  Continue: (c) => c.continueStmt(),
  With: (c, s) => c.withStmt(s, 0),
  AsyncWith: (c, s) => c.asyncWith(s, 0),
  AsyncFor: (c, s) => c.asyncFor(s),
};

const EXPR_CODEGEN: Handlers<A.expr> = {
  Name: (c, e) => c.nameop(e.id, e.ctx._type),
  Constant: (c, e) => c.loadConst(e.value as ConstValue),
  Attribute: (c, e) => c.attribute(e),
  Call: (c, e) => c.call(e),
  BinOp: (c, e) => c.binOp(e),
  Subscript: (c, e) => c.subscript(e),
  Compare: (c, e) => c.compare(e),
  UnaryOp: (c, e) => c.unaryOp(e),
  BoolOp: (c, e) => c.boolOp(e),
  Tuple: (c, e) => c.tuple(e),
  List: (c, e) => c.list(e),
  Dict: (c, e) => c.dict(e),
  Set: (c, e) => c.starunpackHelper(e.elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false),
  JoinedStr: (c, e) => c.joinedStr(e),
  FormattedValue: (c, e) => c.formattedValue(e),
  Lambda: (c, e) => c.lambda(e),
  IfExp: (c, e) => c.ifExp(e),
  NamedExpr: (c, e) => c.namedExpr(e),
  GeneratorExp: (c, e) => c.comprehension(e, COMP_GENEXP, '<genexpr>', e.generators, e.elt, null),
  ListComp: (c, e) => c.comprehension(e, COMP_LISTCOMP, '<listcomp>', e.generators, e.elt, null),
  SetComp: (c, e) => c.comprehension(e, COMP_SETCOMP, '<setcomp>', e.generators, e.elt, null),
  DictComp: (c, e) => c.comprehension(e, COMP_DICTCOMP, '<dictcomp>', e.generators, e.key, e.value),
  Yield: (c, e) => c.yieldExpr(e),
  YieldFrom: (c, e) => c.yieldFromExpr(e),
  Await: (c, e) => c.awaitExpr(e),
  Starred: (c, e) => {
    if (e.ctx._type === 'Store') c.error('starred assignment target must be in a list or tuple');
    c.error("can't use starred expression here");
  },
  Slice: (c, e) => c.slice(e),
};

class MatchCompiler {
  constructor(private c: Compiler) {}

  compile(s: A.Match): void {
    const c = this.c;
    c.visitExpr(s.subject);
    const end = c.newBlock();
    const cases = s.cases.length;
    const lastCase = s.cases[cases - 1];
    const hasDefault = this.isWildcard(lastCase.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i];
      c.setLoc(m.pattern as unknown as Node);
      if (i !== cases - hasDefault - 1) c.addop(O.COPY, 1);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [],
        onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const n of pc.stores) c.nameop(n, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        c.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) c.addop(O.POP_TOP);
      for (const st of m.body) c.visitStmt(st);
      c.unsetLoc();
      c.jump(O.JUMP, end);
      c.setLoc(m.pattern as unknown as Node);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      const m = lastCase;
      c.setLoc(m.pattern as unknown as Node);
      if (cases === 1) c.addop(O.POP_TOP);
      else c.addop(O.NOP);
      if (m.guard) c.jumpIf(m.guard, end, false);
      for (const st of m.body) c.visitStmt(st);
      // What follows a match with a default case has no line of its own (observed: 3.11 inlines it).
      c.unsetLoc();
    }
    c.useNextBlock(end);
  }

  ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.c.newBlock());
  }

  jumpToFailPop(pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.c.jump(op, pc.failPop[pops]);
  }

  emitAndResetFailPop(pc: PatternContext): void {
    const c = this.c;
    const fp = pc.failPop;
    if (fp.length === 0) return;
    for (let size = fp.length - 1; size > 0; size--) {
      c.useNextBlock(fp[size]);
      c.addop(O.POP_TOP);
    }
    c.useNextBlock(fp[0]);
    pc.failPop = [];
  }

  rotate(n: number): void {
    while (1 < n) this.c.addop(O.SWAP, n--);
  }

  storeName(n: string | null, pc: PatternContext): void {
    const c = this.c;
    if (n === null) {
      c.addop(O.POP_TOP);
      return;
    }
    c.forbiddenName(n, 'Store');
    if (pc.stores.includes(n)) c.error(`multiple assignments to name '${n}' in pattern`);
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  isWildcard(p: A.pattern): boolean {
    return p._type === 'MatchAs' && p.name === null;
  }
  isWildcardStar(p: A.pattern): boolean {
    return p._type === 'MatchStar' && p.name === null;
  }

  pattern(p: A.pattern, pc: PatternContext): void {
    const c = this.c;
    c.setLoc(p as unknown as Node);
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        if (v._type !== 'Constant' && v._type !== 'Attribute') {
          c.error('patterns may only match literals and attribute lookups');
        }
        c.visitExpr(v);
        c.addop(O.COMPARE_OP, 2);
        this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        c.loadConst(p.value as ConstValue);
        c.addop(O.IS_OP, 0);
        this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': return this.sequence(p, pc);
      case 'MatchMapping': return this.mapping(p, pc);
      case 'MatchClass': return this.classPattern(p, pc);
      case 'MatchStar':
        this.storeName(p.name, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
            c.error('wildcard makes remaining patterns unreachable');
          }
          this.storeName(p.name, pc);
          return;
        }
        pc.onTop++;
        c.addop(O.COPY, 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storeName(p.name, pc);
        return;
      case 'MatchOr': return this.or(p, pc);
    }
  }

  subpattern(p: A.pattern, pc: PatternContext): void {
    const old = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = old;
  }

  sequence(p: A.MatchSequence, pc: PatternContext): void {
    const c = this.c;
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q._type === 'MatchStar') {
        if (star >= 0) c.error('multiple starred names in sequence pattern');
        starWildcard = this.isWildcardStar(q);
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        continue;
      }
      onlyWildcard = onlyWildcard && this.isWildcard(q);
    }
    pc.onTop++;
    c.addop(O.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    if (star < 0) {
      c.addop(O.GET_LEN);
      c.loadConst(BigInt(size));
      c.addop(O.COMPARE_OP, 2);
      this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      c.addop(O.GET_LEN);
      c.loadConst(BigInt(size - 1));
      c.addop(O.COMPARE_OP, 5);
      this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) c.addop(O.POP_TOP);
    else if (starWildcard) this.sequenceSubscr(patterns, star, pc);
    else this.sequenceUnpack(patterns, pc);
  }

  sequenceUnpack(patterns: A.pattern[], pc: PatternContext): void {
    const c = this.c;
    const size = patterns.length;
    let seenStar = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q._type === 'MatchStar' && !seenStar) {
        if (i >= 1 << 8 || size - i - 1 >= (0x7fffffff >> 8)) {
          c.error('too many expressions in star-unpacking sequence pattern');
        }
        c.addop(O.UNPACK_EX, i + ((size - i - 1) << 8));
        seenStar = true;
      } else if (q._type === 'MatchStar') c.error('multiple starred expressions in sequence pattern');
    }
    if (!seenStar) c.addop(O.UNPACK_SEQUENCE, size);
    pc.onTop += size;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(patterns[i], pc);
    }
  }

  sequenceSubscr(patterns: A.pattern[], star: number, pc: PatternContext): void {
    const c = this.c;
    const size = patterns.length;
    pc.onTop++;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (this.isWildcard(q) || i === star) continue;
      c.addop(O.COPY, 1);
      if (i < star) c.loadConst(BigInt(i));
      else {
        c.addop(O.GET_LEN);
        c.loadConst(BigInt(size - i));
        c.addop(O.BINARY_OP, O.NB_SUBTRACT);
      }
      c.addop(O.BINARY_SUBSCR);
      this.subpattern(q, pc);
    }
    pc.onTop--;
    c.addop(O.POP_TOP);
  }

  mapping(p: A.MatchMapping, pc: PatternContext): void {
    const c = this.c;
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    const star = p.rest;
    pc.onTop++;
    c.addop(O.MATCH_MAPPING);
    this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    if (!size && star === null) {
      pc.onTop--;
      c.addop(O.POP_TOP);
      return;
    }
    if (size) {
      c.addop(O.GET_LEN);
      c.loadConst(BigInt(size));
      c.addop(O.COMPARE_OP, 5);
      this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key._type === 'Constant') {
        const k = matchKey(key.value as ConstValue);
        if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${constantRepr(key.value)})`);
        seen.add(k);
      } else if (key._type !== 'Attribute') {
        c.error('mapping pattern keys may only match literals and attribute lookups');
      }
      c.visitExpr(key);
    }
    c.addop(O.BUILD_TUPLE, size);
    c.addop(O.MATCH_KEYS);
    pc.onTop += 2;
    c.addop(O.COPY, 1);
    c.loadConst(null);
    c.addop(O.IS_OP, 1);
    this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    c.addop(O.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(patterns[i], pc);
    }
    pc.onTop -= 2;
    if (star !== null) {
      c.addop(O.BUILD_MAP, 0);
      c.addop(O.SWAP, 3);
      c.addop(O.DICT_UPDATE, 2);
      c.addop(O.UNPACK_SEQUENCE, size);
      while (size) {
        c.addop(O.COPY, 1 + size--);
        c.addop(O.SWAP, 2);
        c.addop(O.DELETE_SUBSCR);
      }
      this.storeName(star, pc);
    } else {
      c.addop(O.POP_TOP);
      c.addop(O.POP_TOP);
    }
  }

  classPattern(p: A.MatchClass, pc: PatternContext): void {
    const c = this.c;
    const patterns = p.patterns;
    const kwdAttrs = p.kwd_attrs;
    const kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    if (nattrs) {
      for (let i = 0; i < nattrs; i++) {
        const attr = kwdAttrs[i];
        c.setLoc(kwdPatterns[i] as unknown as Node);
        c.forbiddenName(attr, 'Store');
        for (let j = i + 1; j < nattrs; j++) {
          if (kwdAttrs[j] === attr) {
            c.setLoc(kwdPatterns[j] as unknown as Node);
            c.error(`attribute name repeated in class pattern: ${attr}`);
          }
        }
      }
      c.setLoc(p as unknown as Node);
    }
    c.visitExpr(p.cls);
    c.loadConst(new PyTuple(kwdAttrs));
    c.addop(O.MATCH_CLASS, nargs);
    c.addop(O.COPY, 1);
    c.loadConst(null);
    c.addop(O.IS_OP, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, O.POP_JUMP_IF_FALSE);
    c.addop(O.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (this.isWildcard(q)) {
        c.addop(O.POP_TOP);
        continue;
      }
      this.subpattern(q, pc);
    }
  }

  or(p: A.MatchOr, pc: PatternContext): void {
    const c = this.c;
    const end = c.newBlock();
    const size = p.patterns.length;
    const oldStores = pc.stores;
    const oldFailPop = pc.failPop;
    const oldOnTop = pc.onTop;
    const oldAllow = pc.allowIrrefutable;
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      c.setLoc(alt as unknown as Node);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && oldAllow;
      pc.failPop = [];
      pc.onTop = 0;
      c.addop(O.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (i === 0) control = pc.stores;
      else if (nstores !== control!.length) c.error('alternative patterns bind different names');
      else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) c.error('alternative patterns bind different names');
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      c.jump(O.JUMP, end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = oldStores;
    pc.failPop = oldFailPop;
    pc.onTop = oldOnTop;
    pc.allowIrrefutable = oldAllow;
    c.addop(O.POP_TOP);
    this.jumpToFailPop(pc, O.JUMP);
    c.useNextBlock(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
      pc.stores.push(name);
    }
    c.addop(O.POP_TOP);
  }
}

// ---------------------------------------------------------------------------

/**
 * Compile a module AST (as from parse()) to a CPython 3.11 code object.
 * Throws PySyntaxError for the errors CPython's compiler (and symtable) raise.
 */
export function compile(tree: A.mod, filename: string, mode: 'exec' | 'eval' | 'single', opts: CompileOptions): CodeObject {
  void mode;
  const c = new Compiler(filename, opts.source, opts.optimize, opts.flags);
  c.warnHook = opts.warn;
  try {
    return c.compileModule(tree);
  } catch (e) {
    // Nesting deeper than this JavaScript stack allows: Python's error for it.
    if (e instanceof RangeError) throw new PyCompileRecursionError('maximum recursion depth exceeded during compilation');
    throw e;
  }
}
