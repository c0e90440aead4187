// The symbol table: CPython 3.11's Python/symtable.c rules, rewritten for Typhon.
//
// Pass 1 walks the AST and records, per scope (module, class, function, lambda,
// comprehension), raw facts about each name: bound here, used here, parameter,
// declared global/nonlocal, imported, annotated. Pass 2 (analyze) resolves every
// name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, top-down with the
// set of names bound in enclosing function scopes, bottom-up with free names.
// Compile-time SyntaxErrors symtable.c raises are raised here, same text and place.
import type {
  mod, stmt, expr, arg, Arguments, comprehension, excepthandler, alias, withitem, NamedExpr,
  match_case, pattern, Module, Expression, Interactive, FunctionDef, AsyncFunctionDef, ClassDef,
  Lambda, ListComp, SetComp, DictComp, GeneratorExp, Name,
} from '../parser/ast.js';
import { PySyntaxError } from '../parser/errors.js';
import type { SourceText } from './compile.js';

// Flags of a symbol, CPython's values (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// Scopes a name resolves to.
export const LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

/** From __future__ import annotations (compile.h). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/**
 * 'annotation' blocks exist only under `from __future__ import annotations`: the
 * annotations are compiled to strings, so their names must not affect any scope.
 * They are never children of another entry and never analyzed.
 */
export type BlockType = 'function' | 'class' | 'module' | 'annotation';

/** Which comprehension a function block is, for "'yield' inside list comprehension". */
export const enum Comprehension { None = 0, List = 1, Dict = 2, Set = 3, Generator = 4 }

/** Where a global/nonlocal directive (or the walrus standing in for one) was written. */
type Directive = [lineno: number, colOffset: number, endLineno: number, endColOffset: number];

export class SymbolTableEntry {
  /** name -> flags | (scope << SCOPE_OFFSET), in first-seen order as CPython's dict. */
  symbols = new Map<string, number>();
  /** Parameters, in order: positional-only, positional, keyword-only, *args, **kwargs. */
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  /** First global/nonlocal directive per (mangled) name, for error locations. */
  directives: Map<string, Directive> | null = null;
  /** Inside a function (at any depth): free names may come from enclosing scopes. */
  nested = false;
  generator = false;
  coroutine = false;
  comprehension = false;
  comprehensionKind: Comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** A class whose methods use `super` or `__class__`: it needs the __class__ cell. */
  needsClassClosure = false;
  /** Some child (at any depth) has free variables. */
  childFree = false;
  /** This block has free variables (or, if nested, uses implicit globals). */
  free = false;
  /** Visiting the target of a comprehension's `for`: names bound get DEF_COMP_ITER. */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited (walrus is banned there). */
  compIterExpr = 0;

  constructor(
    public name: string,
    public type: BlockType,
    public node: object,
    public lineno: number,
    public colOffset: number,
    public endLineno: number,
    public endColOffset: number,
  ) {}

  /** The resolved scope of a name (LOCAL..CELL), or 0 when the name is not in this block. */
  getScope(name: string): number {
    const v = this.symbols.get(name);
    return v === undefined ? 0 : (v >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  /** Raw flags (with the scope bits) of a name, 0 when absent. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export class SymbolTable {
  /** Set when the first (module) block is entered. */
  top!: SymbolTableEntry;
  /** Scope-opening node -> its entry. */
  readonly blocks = new Map<object, SymbolTableEntry>();

  constructor(public futureFeatures: number) {}

  lookup(node: object): SymbolTableEntry {
    const e = this.blocks.get(node);
    if (e === undefined) throw new Error('unknown symbol table entry');
    return e;
  }
}

/** A RecursionError raised while compiling ("maximum recursion depth exceeded during compilation"). */
export class PyCompileRecursionError extends Error {
  readonly kind = 'RecursionError';
}

/**
 * Private name mangling (_Py_Mangle): inside class `privateName`, `__spam`
 * becomes `_privateName__spam`. Dunder names, dotted names, and classes whose
 * name is all underscores are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  // (The length test first: reading past the end of a short name deoptimised this function.)
  if (privateName === null || name.length < 3 || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  const n = name.length;
  if ((name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) || name.indexOf('.') >= 0) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + (i === 0 ? privateName : privateName.slice(i)) + name;
}

// The limit symtable.c derives from the default recursion limit (1000 * COMPILER_STACK_FRAME_SCALE).
const RECURSION_LIMIT = 3000;

const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;

class Builder {
  readonly st: SymbolTable;
  private cur!: SymbolTableEntry;
  private stack: SymbolTableEntry[] = [];
  /** The module's symbols: global declarations anywhere are recorded there too. */
  private global!: Map<string, number>;
  /** Name of the innermost enclosing class, for mangling. */
  private private_: string | null = null;
  private depth = 0;
  private lines: string[] | null = null;

  constructor(
    private readonly filename: string,
    private source: SourceText | null,
    futureFeatures: number,
  ) {
    this.st = new SymbolTable(futureFeatures);
  }

  // ---- errors ----

  /**
   * A SyntaxError at an AST location. CPython (PyErr_RangedSyntaxLocationObject)
   * reports the UTF-8 byte column + 1 here, not a code-point offset as the
   * parser does, and Typhon keeps that so e.offset and the caret line match.
   */
  error(msg: string, lineno: number, colOffset: number, endLineno: number, endColOffset: number): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, lineno, colOffset + 1, this.lineText(lineno),
      endLineno, endColOffset + 1);
  }

  private lineText(lineno: number): string | null {
    if (typeof this.source === 'function') this.source = this.source();
    if (this.source === null || lineno < 1) return null;
    if (this.lines === null) {
      // Lines as PyErr_ProgramTextObject reads them: split after \n, \r\n or \r, keeping the ending.
      const src = this.source;
      const lines: string[] = [];
      let start = 0;
      for (let i = 0; i < src.length; i++) {
        const c = src.charCodeAt(i);
        if (c === 10 || c === 13) {
          if (c === 13 && src.charCodeAt(i + 1) === 10) i++;
          lines.push(src.slice(start, i + 1));
          start = i + 1;
        }
      }
      if (start < src.length) lines.push(src.slice(start));
      this.lines = lines;
    }
    return lineno <= this.lines.length ? this.lines[lineno - 1] : null;
  }

  private errorAtNode(msg: string, n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): PySyntaxError {
    return this.error(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  // ---- blocks ----

  private enterBlock(name: string, type: BlockType, node: object, lineno: number, col: number, endLineno: number, endCol: number): void {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node, lineno, col, endLineno, endCol);
    if (prev !== null && (prev.nested || prev.type === 'function')) ste.nested = true;
    // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable, even nested.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'annotation') return;
    this.st.blocks.set(node, ste);
    if (type === 'module') {
      this.st.top = ste;
      this.global = ste.symbols;
    }
    if (prev !== null) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // ---- definitions ----

  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, lineno: number, col: number, endLineno: number, endCol: number): void {
    const mangled = mangle(this.private_, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
        throw this.error(`duplicate argument '${name}' in function definition`, lineno, col, endLineno, endCol);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable: it may not also be a walrus target of this comprehension.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`,
          lineno, col, endLineno, endCol);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = this.global.get(mangled);
      this.global.set(mangled, g === undefined ? flag : g | flag);
    }
  }

  private addDef(name: string, flag: number, n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): void {
    this.addDefHelper(name, flag, this.cur, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  private lookupFlags(name: string): number {
    return this.cur.symbols.get(mangle(this.private_, name)) ?? 0;
  }

  private recordDirective(name: string, lineno: number, col: number, endLineno: number, endCol: number): void {
    const ste = this.cur;
    if (ste.directives === null) ste.directives = new Map();
    const mangled = mangle(this.private_, name);
    // error_at_directive reports the first directive naming the symbol.
    if (!ste.directives.has(mangled)) ste.directives.set(mangled, [lineno, col, endLineno, endCol]);
  }

  // ---- pass 1: statements ----

  build(tree: mod): SymbolTable {
    this.enterBlock('top', 'module', tree, 0, 0, 0, 0);
    switch (tree._type) {
      case 'Module':
      case 'Interactive':
        for (const s of (tree as Module | Interactive).body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr((tree as Expression).body);
        break;
      default:
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
    analyzeBlock(this, this.st.top, null, new Set(), new Set());
    return this.st;
  }

  private enterRecursion(): void {
    if (++this.depth > RECURSION_LIMIT) {
      throw new PyCompileRecursionError('maximum recursion depth exceeded during compilation');
    }
  }

  private visitStmts(seq: stmt[]): void {
    for (let i = 0; i < seq.length; i++) this.visitStmt(seq[i]);
  }

  private visitExprs(seq: (expr | null)[]): void {
    for (let i = 0; i < seq.length; i++) {
      const e = seq[i];
      if (e !== null) this.visitExpr(e);
    }
  }

  /** Symbol-table visitors by statement kind: see visitStmt. */
  private static readonly STMT: { [K in stmt['_type']]: (b: Builder, s: Extract<stmt, { _type: K }>) => void } = (() => {
    const h = {} as { [K in stmt['_type']]: (b: Builder, s: Extract<stmt, { _type: K }>) => void };
    h.Expr = (b, s) => {
      b.visitExpr(s.value);
    };
    h.Assign = (b, s) => {
      b.visitExprs(s.targets);
      b.visitExpr(s.value);
    };
    const visitWhileIf = (b: Builder, s: Extract<stmt, { _type: 'While' | 'If' }>): void => {
      b.visitExpr(s.test);
      b.visitStmts(s.body);
      b.visitStmts(s.orelse);
    };
    h.While = visitWhileIf;
    h.If = visitWhileIf;
    h.Return = (b, s) => {
      if (s.value !== null) {
        b.visitExpr(s.value);
        b.cur.returnsValue = true;
      }
    };
    const visitFunctionDefAsyncFunctionDef = (b: Builder, s: Extract<stmt, { _type: 'FunctionDef' | 'AsyncFunctionDef' }>): void => {
      b.addDef(s.name, DEF_LOCAL, s);
      const a = s.args;
      b.visitExprs(a.defaults);
      b.visitExprs(a.kw_defaults);
      b.visitAnnotations(s, a, s.returns);
      b.visitExprs(s.decorator_list);
      b.enterBlock(s.name, 'function', s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
      if (s._type === 'AsyncFunctionDef') b.cur.coroutine = true;
      b.visitArguments(a);
      b.visitStmts(s.body);
      b.exitBlock();
    };
    h.FunctionDef = visitFunctionDefAsyncFunctionDef;
    h.AsyncFunctionDef = visitFunctionDefAsyncFunctionDef;
    h.ClassDef = (b, s) => {
      b.addDef(s.name, DEF_LOCAL, s);
      b.visitExprs(s.bases);
      for (const k of s.keywords) b.visitExpr(k.value);
      b.visitExprs(s.decorator_list);
      b.enterBlock(s.name, 'class', s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
      const saved = b.private_;
      b.private_ = s.name;
      b.visitStmts(s.body);
      b.private_ = saved;
      b.exitBlock();
    };
    h.Delete = (b, s) => {
      b.visitExprs(s.targets);
    };
    h.AnnAssign = (b, s) => {
      const t = s.target;
      if (t._type === 'Name') {
        const cur = b.lookupFlags(t.id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && b.cur.symbols !== b.global && s.simple) {
          const msg = cur & DEF_GLOBAL
            ? `annotated name '${t.id}' can't be global`
            : `annotated name '${t.id}' can't be nonlocal`;
          throw b.errorAtNode(msg, s);
        }
        if (s.simple) {
          b.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
        } else if (s.value !== null) {
          b.addDef(t.id, DEF_LOCAL, t);
        }
        // CPython's `simple && add_def(...) ... else if (value) add_def(...)`:
        // a simple target with a value is DEF_LOCAL already.
      } else {
        b.visitExpr(t);
      }
      b.visitAnnotation(s.annotation);
      if (s.value !== null) b.visitExpr(s.value);
    };
    h.AugAssign = (b, s) => {
      b.visitExpr(s.target);
      b.visitExpr(s.value);
    };
    const visitForAsyncFor = (b: Builder, s: Extract<stmt, { _type: 'For' | 'AsyncFor' }>): void => {
      b.visitExpr(s.target);
      b.visitExpr(s.iter);
      b.visitStmts(s.body);
      b.visitStmts(s.orelse);
    };
    h.For = visitForAsyncFor;
    h.AsyncFor = visitForAsyncFor;
    h.Match = (b, s) => {
      b.visitExpr(s.subject);
      for (const c of s.cases) b.visitMatchCase(c);
    };
    h.Raise = (b, s) => {
      if (s.exc !== null) {
        b.visitExpr(s.exc);
        if (s.cause !== null) b.visitExpr(s.cause);
      }
    };
    const visitTryTryStar = (b: Builder, s: Extract<stmt, { _type: 'Try' | 'TryStar' }>): void => {
      b.visitStmts(s.body);
      b.visitStmts(s.orelse);
      for (const h of s.handlers) b.visitExceptHandler(h);
      b.visitStmts(s.finalbody);
    };
    h.Try = visitTryTryStar;
    h.TryStar = visitTryTryStar;
    h.Assert = (b, s) => {
      b.visitExpr(s.test);
      if (s.msg !== null) b.visitExpr(s.msg);
    };
    const visitImportImportFrom = (b: Builder, s: Extract<stmt, { _type: 'Import' | 'ImportFrom' }>): void => {
      for (const a of s.names) b.visitAlias(a);
    };
    h.Import = visitImportImportFrom;
    h.ImportFrom = visitImportImportFrom;
    const visitGlobalNonlocal = (b: Builder, s: Extract<stmt, { _type: 'Global' | 'Nonlocal' }>): void => {
      const isGlobal = s._type === 'Global';
      for (const name of s.names) {
        const cur = b.lookupFlags(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          const what = isGlobal ? 'global' : 'nonlocal';
          let msg: string;
          if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
          else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
          else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
          else msg = `name '${name}' is assigned to before ${what} declaration`;
          throw b.errorAtNode(msg, s);
        }
        b.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        b.recordDirective(name, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
      }
    };
    h.Global = visitGlobalNonlocal;
    h.Nonlocal = visitGlobalNonlocal;
    h.Pass = () => {};
    h.Break = () => {};
    h.Continue = () => {};
    const visitWithAsyncWith = (b: Builder, s: Extract<stmt, { _type: 'With' | 'AsyncWith' }>): void => {
      for (const w of s.items) b.visitWithItem(w);
      b.visitStmts(s.body);
    };
    h.With = visitWithAsyncWith;
    h.AsyncWith = visitWithAsyncWith;
    return h;
  })();

  private visitStmt(s: stmt): void {
    this.enterRecursion();
    // A table of small functions rather than a switch: V8 optimises each on its own, and a statement kind
    // met for the first time deoptimises its own handler only (compile.ts's STMT_CODEGEN explains).
    (Builder.STMT[s._type] as (b: Builder, s: stmt) => void)(this, s);
    this.depth--;
  }

  // ---- pass 1: expressions ----

  private visitExpr(e: expr): void {
    this.enterRecursion();
    switch (e._type) {
      case 'Name':
        this.visitName(e);
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Constant':
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        const a = e.args;
        this.visitExprs(a.defaults);
        this.visitExprs(a.kw_defaults);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        this.visitArguments(a);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null, Comprehension.Generator);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null, Comprehension.List);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null, Comprehension.Set);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value, Comprehension.Dict);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) {
          const k = this.cur.comprehensionKind;
          const what = k === Comprehension.List ? 'list comprehension'
            : k === Comprehension.Set ? 'set comprehension'
              : k === Comprehension.Dict ? 'dict comprehension' : 'generator expression';
          throw this.errorAtNode(`'yield' inside ${what}`, e);
        }
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
    }
    this.depth--;
  }

  private visitName(e: Name): void {
    const load = e.ctx._type === 'Load';
    this.addDef(e.id, load ? USE : DEF_LOCAL, e);
    // `super()` with no arguments reads the __class__ cell.
    if (load && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
  }

  private raiseIfAnnotationBlock(what: string, e: expr): void {
    if (this.cur.type === 'annotation') throw this.errorAtNode(ANNOTATION_NOT_ALLOWED(what), e);
  }

  private handleNamedExpr(e: NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.errorAtNode('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * PEP 572: a walrus target inside a comprehension binds in the nearest
   * enclosing function (as nonlocal) or module (as global) scope.
   */
  private extendNamedExprScope(e: Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.getSymbol(target) & DEF_COMP_ITER) {
          throw this.errorAtNode(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
        }
        continue;
      }
      if (ste.type === 'function') {
        if (ste.getSymbol(target) & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        this.addDefHelper(target, DEF_LOCAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        this.addDefHelper(target, DEF_GLOBAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        return;
      }
      if (ste.type === 'class') {
        throw this.errorAtNode('assignment expression within a comprehension cannot be used in a class body', e);
      }
      // An annotation block: look further out.
    }
  }

  private handleComprehension(
    e: ListComp | SetComp | DictComp | GeneratorExp, scopeName: string, generators: comprehension[],
    elt: expr, value: expr | null, kind: Comprehension,
  ): void {
    const isGenerator = kind === Comprehension.Generator;
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    const ste = this.cur;
    ste.comprehension = true;
    ste.comprehensionKind = kind;
    if (outermost.is_async) ste.coroutine = true;
    // The outermost iterator is received as the argument `.0`.
    this.addDefHelper('.0', DEF_PARAM, ste, ste.lineno, ste.colOffset, ste.endLineno, ste.endColOffset);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    // An async list/set/dict comprehension makes its enclosing scope a coroutine too.
    if (isAsync) this.cur.coroutine = true;
  }

  private visitComprehension(c: comprehension): void {
    const ste = this.cur;
    ste.compIterTarget = true;
    this.visitExpr(c.target);
    ste.compIterTarget = false;
    ste.compIterExpr++;
    this.visitExpr(c.iter);
    ste.compIterExpr--;
    this.visitExprs(c.ifs);
    if (c.is_async) ste.coroutine = true;
  }

  // ---- pass 1: the rest ----

  private visitParams(args: arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  private visitArguments(a: Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitArgAnnotations(args: arg[]): void {
    for (const a of args) if (a.annotation !== null) this.visitExpr(a.annotation);
  }

  /** A function's annotations: evaluated in the enclosing scope unless PEP 563 makes them strings. */
  private visitAnnotations(s: FunctionDef | AsyncFunctionDef, a: Arguments, returns: expr | null): void {
    const future = (this.st.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock('_annotation', 'annotation', s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: expr): void {
    const future = (this.st.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) {
      this.enterBlock('_annotation', 'annotation', annotation, annotation.lineno, annotation.col_offset,
        annotation.end_lineno, annotation.end_col_offset);
    }
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  private visitExceptHandler(h: excepthandler): void {
    if (h.type !== null) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitWithItem(w: withitem): void {
    this.visitExpr(w.context_expr);
    if (w.optional_vars !== null) this.visitExpr(w.optional_vars);
  }

  private visitMatchCase(c: match_case): void {
    this.visitPattern(c.pattern);
    if (c.guard !== null) this.visitExpr(c.guard);
    this.visitStmts(c.body);
  }

  private visitPattern(p: pattern): void {
    this.enterRecursion();
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
    this.depth--;
  }

  private visitAlias(a: alias): void {
    // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw this.errorAtNode('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  /** error_at_directive: the global/nonlocal statement (or walrus) that declared `name`. */
  errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): PySyntaxError {
    const d = ste.directives?.get(name);
    if (d === undefined) return this.error(msg, ste.lineno, ste.colOffset, ste.endLineno, ste.endColOffset);
    return this.error(msg, d[0], d[1], d[2], d[3]);
  }
}

// ---- pass 2: analysis ----

/**
 * Resolve every name of `ste` and its children. `bound`: names bound in
 * enclosing function scopes (null at module level); `free`: collects names
 * free in this block or below; `global`: names declared global above.
 *
 * CPython hands each child block copies of `bound`, `free` and `global`, since analysing a block
 * changes them. Here `free` is shared (a block only adds to it, and it starts empty for every
 * child, so each child's additions end up in the union either way), and `bound` and `global` are
 * copied only by a block whose names would change them (ownSets): most blocks change neither.
 */
function analyzeBlock(b: Builder, ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const copies = ownSets(ste, global);
  if (copies !== 0) {
    global = new Set(global);
    if (copies === 2 && bound !== null) bound = new Set(bound);
  }
  const scopes = new Map<string, number>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const isClass = ste.type === 'class';

  // A class's own names are invisible to its methods, so what its children see
  // is fixed before its names are analyzed.
  if (isClass) {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }

  for (const [name, flags] of ste.symbols) {
    analyzeName(b, ste, scopes, name, flags, bound, free, global);
  }

  if (!isClass) {
    if (ste.type === 'function') {
      for (const [name, scope] of scopes) if (scope === LOCAL) newBound.add(name);
    }
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    // Methods see the implicit __class__ cell of their class.
    newBound.add('__class__');
  }

  // The children's free names collect in newFree, empty until then.
  for (const child of ste.children) {
    analyzeBlock(b, child, newBound, newFree, newGlobal);
    if (child.free || child.childFree) ste.childFree = true;
  }

  if (ste.type === 'function') {
    // Locals that children use freely become cells.
    for (const [name, scope] of scopes) {
      if (scope === LOCAL && newFree.has(name)) {
        scopes.set(name, CELL);
        newFree.delete(name);
      }
    }
  } else if (isClass) {
    if (newFree.delete('__class__')) ste.needsClassClosure = true;
  }

  updateSymbols(ste.symbols, scopes, bound, newFree, isClass);
  for (const n of newFree) free.add(n);
}

/**
 * Which of its parent's sets analyzeName would change for this block: 2 when it declares a name
 * global (`global` gains it, `bound` loses it), 1 when it binds a name declared global above
 * (`global` loses it), else 0.
 */
function ownSets(ste: SymbolTableEntry, global: Set<string>): number {
  let r = 0;
  for (const [name, flags] of ste.symbols) {
    if (flags & DEF_GLOBAL) return 2;
    if (r === 0 && (flags & DEF_BOUND) && !(flags & DEF_NONLOCAL) && global.size > 0 && global.has(name)) r = 1;
  }
  return r;
}

function analyzeName(
  b: Builder, ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw b.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw b.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) throw b.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  // Declared global in an enclosing scope: still an implicit global here.
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function updateSymbols(
  symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, isClass: boolean,
): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  // Names free in children but not mentioned here pass through as free, so
  // this block's closure can hand them down.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable with the same name as a class-level binding.
      if (isClass && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

/**
 * Build the symbol table of a module (or expression / interactive input).
 * `source` supplies the line text of errors (null: errors carry no text, as
 * CPython's when the file cannot be read back, e.g. `-c`). `futureFeatures`
 * are the module's __future__ flags (CO_FUTURE_ANNOTATIONS matters here).
 * Throws PySyntaxError for the compile-time errors symtable.c raises.
 */
export function buildSymtable(tree: mod, filename: string, source: SourceText | null, futureFeatures: number): SymbolTable {
  try {
    return new Builder(filename, source, futureFeatures).build(tree);
  } catch (e) {
    // The JS stack can run out before the counted limit (big frames, deep scope nesting
    // in the analysis): that is the same condition, so it gets the same Python error.
    if (e instanceof RangeError) throw new PyCompileRecursionError('maximum recursion depth exceeded during compilation');
    throw e;
  }
}
