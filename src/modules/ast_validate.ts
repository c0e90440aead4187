// _PyAST_Validate (Python/ast.c) for trees converted from Python objects by _ast.ts (compile(tree, ...)):
// what Typhon's parser guarantees and a hand-made tree may break, with CPython 3.11's messages.
import * as A from '../parser/ast.js';
import { PyBytes, PyComplex, isStrConst } from '../parser/constants.js';
import { typeError, valueError, raise, SystemError } from '../objects/exceptions.js';

type Ctx = 'Load' | 'Store' | 'Del';
export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** A Constant whose value is no constant (a list, an int subclass...): rejected by the validator, as CPython does. */
export class BadConstant {
  constructor(public readonly typeName: string) {}
}


function validatePositions(n: Pos): void {
  if (n.lineno > n.end_lineno) valueError(`AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  if ((n.lineno < 0 && n.end_lineno !== n.lineno) || (n.col_offset < 0 && n.col_offset !== n.end_col_offset)) {
    valueError(`AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  }
  if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) {
    valueError(`line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`);
  }
}

function validateName(name: string): void {
  if (name === 'None' || name === 'True' || name === 'False') valueError(`identifier field can't represent '${name}' constant`);
}

function nonEmpty(seq: unknown[], what: string, owner: string): void {
  if (seq.length === 0) valueError(`empty ${what} on ${owner}`);
}

export function validateMod(m: A.mod): void {
  switch (m._type) {
    case 'Module': validateStmts(m.body); break;
    case 'Interactive': validateStmts(m.body); break;
    case 'Expression': validateExpr(m.body, 'Load'); break;
    case 'FunctionType': validateExprs(m.argtypes, 'Load', false); validateExpr(m.returns, 'Load'); break;
  }
}

function validateStmts(body: (A.stmt | null)[]): void {
  for (const s of body) {
    if (s === null) valueError('None disallowed in statement list');
    validateStmt(s);
  }
}

function validateBody(body: A.stmt[], owner: string): void {
  nonEmpty(body, 'body', owner);
  validateStmts(body);
}

function validateExprs(exprs: (A.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of exprs) {
    if (e === null) {
      if (!nullOk) valueError('None disallowed in expression list');
      continue;
    }
    validateExpr(e, ctx);
  }
}

function validateArgs(args: A.arg[]): void {
  for (const a of args) {
    validatePositions(a);
    if (a.annotation !== null) validateExpr(a.annotation, 'Load');
  }
}

function validateArguments(a: A.Arguments): void {
  validateArgs(a.posonlyargs);
  validateArgs(a.args);
  if (a.vararg !== null && a.vararg.annotation !== null) validateExpr(a.vararg.annotation, 'Load');
  validateArgs(a.kwonlyargs);
  if (a.kwarg !== null && a.kwarg.annotation !== null) validateExpr(a.kwarg.annotation, 'Load');
  if (a.defaults.length > a.posonlyargs.length + a.args.length) valueError('more positional defaults than args on arguments');
  if (a.kw_defaults.length !== a.kwonlyargs.length) valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
  validateExprs(a.defaults, 'Load', false);
  validateExprs(a.kw_defaults, 'Load', true);
}

function validateKeywords(kws: A.keyword[]): void {
  for (const k of kws) validateExpr(k.value, 'Load');
}

function validateComprehension(gens: A.comprehension[]): void {
  if (gens.length === 0) valueError('comprehension with no generators');
  for (const g of gens) {
    validateExpr(g.target, 'Store');
    validateExpr(g.iter, 'Load');
    validateExprs(g.ifs, 'Load', false);
  }
}

function validateConstant(v: unknown): void {
  if (v instanceof BadConstant) typeError(`got an invalid type in Constant: ${v.typeName}`);
}

function validateExpr(e: A.expr, ctx: Ctx): void {
  validatePositions(e);
  let actual: Ctx | null = null;
  switch (e._type) {
    case 'Attribute': case 'Subscript': case 'Starred': case 'Name': case 'List': case 'Tuple':
      actual = e.ctx._type;
      break;
    default:
      if (ctx !== 'Load') valueError(`expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) valueError(`expression must have ${ctx} context but has ${actual} instead`);
  switch (e._type) {
    case 'BoolOp':
      if (e.values.length < 2) valueError('BoolOp with less than 2 values');
      validateExprs(e.values, 'Load', false);
      return;
    case 'BinOp': validateExpr(e.left, 'Load'); validateExpr(e.right, 'Load'); return;
    case 'UnaryOp': validateExpr(e.operand, 'Load'); return;
    case 'Lambda': validateArguments(e.args); validateExpr(e.body, 'Load'); return;
    case 'IfExp': validateExpr(e.test, 'Load'); validateExpr(e.body, 'Load'); validateExpr(e.orelse, 'Load'); return;
    case 'Dict':
      if (e.keys.length !== e.values.length) valueError("Dict doesn't have the same number of keys as values");
      // A None key is a `**mapping` entry.
      validateExprs(e.keys, 'Load', true);
      validateExprs(e.values, 'Load', false);
      return;
    case 'Set': validateExprs(e.elts, 'Load', false); return;
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      validateComprehension(e.generators);
      validateExpr(e.elt, 'Load');
      return;
    case 'DictComp':
      validateComprehension(e.generators);
      validateExpr(e.key, 'Load');
      validateExpr(e.value, 'Load');
      return;
    case 'Yield': if (e.value !== null) validateExpr(e.value, 'Load'); return;
    case 'YieldFrom': validateExpr(e.value, 'Load'); return;
    case 'Await': validateExpr(e.value, 'Load'); return;
    case 'Compare':
      if (e.comparators.length === 0) valueError('Compare with no comparators');
      if (e.comparators.length !== e.ops.length) valueError('Compare has a different number of comparators and operands');
      validateExprs(e.comparators, 'Load', false);
      validateExpr(e.left, 'Load');
      return;
    case 'Call':
      validateExpr(e.func, 'Load');
      validateExprs(e.args, 'Load', false);
      validateKeywords(e.keywords);
      return;
    case 'Constant': validateConstant(e.value); return;
    case 'JoinedStr': validateExprs(e.values, 'Load', false); return;
    case 'FormattedValue':
      // compile.c's check, made here: Typhon's code generator trusts the parser's conversions.
      if (e.conversion !== -1 && e.conversion !== 115 && e.conversion !== 114 && e.conversion !== 97) {
        raise(SystemError, `Unrecognized conversion character ${e.conversion}`);
      }
      validateExpr(e.value, 'Load');
      if (e.format_spec !== null) validateExpr(e.format_spec, 'Load');
      return;
    case 'Attribute': validateExpr(e.value, 'Load'); return;
    case 'Subscript': validateExpr(e.slice, 'Load'); validateExpr(e.value, 'Load'); return;
    case 'Starred': validateExpr(e.value, ctx); return;
    case 'Slice':
      if (e.lower !== null) validateExpr(e.lower, 'Load');
      if (e.upper !== null) validateExpr(e.upper, 'Load');
      if (e.step !== null) validateExpr(e.step, 'Load');
      return;
    case 'List': case 'Tuple': validateExprs(e.elts, ctx, false); return;
    case 'NamedExpr':
      if (e.target._type !== 'Name') typeError('NamedExpr target must be a Name');
      validateExpr(e.value, 'Load');
      return;
    case 'Name': validateName(e.id); return;
  }
}

function validateAssignList(targets: A.expr[], ctx: Ctx): void {
  nonEmpty(targets, 'targets', ctx === 'Del' ? 'Delete' : 'Assign');
  validateExprs(targets, ctx, false);
}

function validateItems(items: A.withitem[], owner: string): void {
  nonEmpty(items, 'items', owner);
  for (const it of items) {
    validateExpr(it.context_expr, 'Load');
    if (it.optional_vars !== null) validateExpr(it.optional_vars, 'Store');
  }
}

function validateTry(s: A.Try | A.TryStar, owner: string): void {
  validateBody(s.body, owner);
  if (s.handlers.length === 0 && s.finalbody.length === 0) valueError(`${owner} has neither except handlers nor finalbody`);
  if (s.handlers.length === 0 && s.orelse.length > 0) valueError(`${owner} has orelse but no except handlers`);
  for (const h of s.handlers as (A.ExceptHandler | null)[]) {
    if (h === null) valueError('None disallowed in handler list');
    validatePositions(h);
    if (h.type !== null) validateExpr(h.type, 'Load');
    validateBody(h.body, 'ExceptHandler');
  }
  if (s.finalbody.length > 0) validateStmts(s.finalbody);
  if (s.orelse.length > 0) validateStmts(s.orelse);
}

function validateStmt(s: A.stmt): void {
  validatePositions(s);
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      validateBody(s.body, s._type);
      validateArguments(s.args);
      validateExprs(s.decorator_list, 'Load', false);
      if (s.returns !== null) validateExpr(s.returns, 'Load');
      return;
    case 'ClassDef':
      validateBody(s.body, 'ClassDef');
      validateExprs(s.bases, 'Load', false);
      validateKeywords(s.keywords);
      validateExprs(s.decorator_list, 'Load', false);
      return;
    case 'Return': if (s.value !== null) validateExpr(s.value, 'Load'); return;
    case 'Delete': validateAssignList(s.targets, 'Del'); return;
    case 'Assign': validateAssignList(s.targets, 'Store'); validateExpr(s.value, 'Load'); return;
    case 'AugAssign': validateExpr(s.target, 'Store'); validateExpr(s.value, 'Load'); return;
    case 'AnnAssign':
      if (s.target._type !== 'Name' && s.simple) typeError('AnnAssign with simple non-Name target');
      validateExpr(s.target, 'Store');
      if (s.value !== null) validateExpr(s.value, 'Load');
      validateExpr(s.annotation, 'Load');
      return;
    case 'For': case 'AsyncFor':
      validateExpr(s.target, 'Store');
      validateExpr(s.iter, 'Load');
      validateBody(s.body, s._type);
      validateStmts(s.orelse);
      return;
    case 'While': case 'If':
      validateExpr(s.test, 'Load');
      validateBody(s.body, s._type);
      validateStmts(s.orelse);
      return;
    case 'With': case 'AsyncWith':
      validateItems(s.items, s._type);
      validateBody(s.body, s._type);
      return;
    case 'Match':
      validateExpr(s.subject, 'Load');
      nonEmpty(s.cases, 'cases', 'Match');
      for (const c of s.cases) {
        validatePattern(c.pattern, false);
        if (c.guard !== null) validateExpr(c.guard, 'Load');
        validateBody(c.body, 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc !== null) {
        validateExpr(s.exc, 'Load');
        if (s.cause !== null) validateExpr(s.cause, 'Load');
      } else if (s.cause !== null) valueError('Raise with cause but no exception');
      return;
    case 'Try': validateTry(s, 'Try'); return;
    case 'TryStar': validateTry(s, 'TryStar'); return;
    case 'Assert':
      validateExpr(s.test, 'Load');
      if (s.msg !== null) validateExpr(s.msg, 'Load');
      return;
    case 'Import': nonEmpty(s.names, 'names', 'Import'); return;
    case 'ImportFrom':
      if ((s.level ?? 0) < 0) valueError('Negative ImportFrom level');
      nonEmpty(s.names, 'names', 'ImportFrom');
      return;
    case 'Global': case 'Nonlocal': nonEmpty(s.names, 'names', s._type); validateIdentifiers(s.names); return;
    case 'Expr': validateExpr(s.value, 'Load'); return;
  }
}

function validateCapture(name: string): void {
  if (name === '_') valueError("can't capture name '_' in patterns");
  validateName(name);
}

function validatePatternMatchValue(e: A.expr): void {
  validateExpr(e, 'Load');
  switch (e._type) {
    case 'Constant': {
      const v = e.value as unknown;
      // True, False and None are MatchSingleton's; Ellipsis and tuples are no literal patterns.
      if (typeof v === 'bigint' || typeof v === 'number' || isStrConst(v) || v instanceof PyBytes || v instanceof PyComplex) return;
      return valueError('unexpected constant inside of a literal pattern');
    }
    case 'Attribute': return;
    case 'UnaryOp':
      if (literalNegative(e, true, true)) return;
      break;
    case 'BinOp':
      if (literalComplex(e)) return;
      break;
    case 'JoinedStr': return;
  }
  valueError('patterns may only match literals and attribute lookups');
}

/** ensure_literal_number: an int or float (real) or complex (imaginary) Constant, bools excluded. */
function literalNumber(e: A.Constant, real: boolean, imaginary: boolean): boolean {
  const v = e.value;
  return (real && (typeof v === 'bigint' || typeof v === 'number')) || (imaginary && v instanceof PyComplex);
}

/** ensure_literal_negative: -<number>. */
function literalNegative(e: A.UnaryOp, real: boolean, imaginary: boolean): boolean {
  return e.op._type === 'USub' && e.operand._type === 'Constant' && literalNumber(e.operand, real, imaginary);
}

/** ensure_literal_complex: <real or -real> + or - <imaginary>. */
function literalComplex(e: A.BinOp): boolean {
  if (e.op._type !== 'Add' && e.op._type !== 'Sub') return false;
  const l = e.left;
  if (l._type === 'Constant') {
    if (!literalNumber(l, true, false)) return false;
  } else if (l._type === 'UnaryOp') {
    if (!literalNegative(l, true, false)) return false;
  } else return false;
  return e.right._type === 'Constant' && literalNumber(e.right, false, true);
}

function validatePatterns(ps: (A.pattern | null)[], starOk: boolean): void {
  // CPython 3.11 crashes on a None here; Typhon says so instead, in the words of the other lists.
  for (const p of ps) {
    if (p === null) valueError('None disallowed in pattern list');
    validatePattern(p, starOk);
  }
}

function validateIdentifiers(names: (string | null)[]): void {
  for (const n of names) if (n === null) valueError('None disallowed in identifier list');
}

function validatePattern(p: A.pattern, starOk: boolean): void {
  validatePositions(p);
  switch (p._type) {
    case 'MatchValue': validatePatternMatchValue(p.value); return;
    case 'MatchSingleton':
      if (p.value !== null && typeof p.value !== 'boolean') valueError('MatchSingleton can only contain True, False and None');
      return;
    case 'MatchSequence': validatePatterns(p.patterns, true); return;
    case 'MatchMapping':
      if (p.keys.length !== p.patterns.length) valueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) validateCapture(p.rest);
      for (const k of p.keys as (A.expr | null)[]) {
        if (k === null) valueError('None disallowed in expression list');
        if (k._type === 'Constant' && (k.value === null || typeof k.value === 'boolean')) continue;
        validatePatternMatchValue(k);
      }
      validatePatterns(p.patterns, false);
      return;
    case 'MatchClass': {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) {
        valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      validateExpr(p.cls, 'Load');
      let cls: A.expr = p.cls;
      while (cls._type !== 'Name') {
        if (cls._type !== 'Attribute') valueError('MatchClass cls field can only contain Name or Attribute nodes.');
        cls = cls.value;
      }
      validateIdentifiers(p.kwd_attrs);
      for (const a of p.kwd_attrs) validateName(a);
      validatePatterns(p.patterns, false);
      validatePatterns(p.kwd_patterns, false);
      return;
    }
    case 'MatchStar':
      if (!starOk) valueError("can't use MatchStar here");
      if (p.name !== null) validateCapture(p.name);
      return;
    case 'MatchAs':
      if (p.name !== null) validateCapture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) valueError('MatchAs must specify a target name if a pattern is given');
      validatePattern(p.pattern, false);
      return;
    case 'MatchOr':
      if (p.patterns.length < 2) valueError('MatchOr requires at least 2 patterns');
      validatePatterns(p.patterns, false);
      return;
  }
}
