// The _ast module (Python/Python-ast.c): CPython 3.11's AST classes as Python types, the conversion
// of Typhon's parser AST (src/parser/ast.ts) to instances of them (ast2obj: compile(..., PyCF_ONLY_AST),
// ast.parse) and back (obj2ast: compile(tree, ...)), with CPython's type checks and the validation of
// Python/ast.c (_PyAST_Validate), messages included.
//
// One table (AST_TABLE, printed by scripts/ast_module_table.py from CPython's _ast) drives everything:
// class names, bases, _attributes, docstrings; the fields and their ASDL types are read back from the
// docstring signatures ("Name(identifier id, expr_context ctx)").
import * as A from '../parser/ast.js';
import {
  Constant_, PyBytes, PyComplex, isStrConst, Ellipsis as CEllipsis, PyTuple as CTuple, PyFrozenSet as CFrozenSet, ConstValue,
} from '../parser/constants.js';
import {
  PyValue, PyType, PyDict, PyModule, PyNewWrapper, PyInstance, PyTuple, PyList, PyFloat, PyBytesObj, PyComplexObj, PyObject,
  None, Ellipsis, typeType, objectType, defineMethods, typeOf, emptyTuple, floatType, complexType,
  bytesType, tupleType, frozensetType, isInt,
} from '../objects/object.js';
import { PyException, typeError, valueError, raise, AttributeError, OverflowError, RuntimeError, RecursionError, SystemError } from '../objects/exceptions.js';
import { ts } from '../vm/ceval.js';
import { getAttrOpt, setAttr, repr, toArray } from '../objects/abstract.js';
import { typeNew, newInstance } from '../objects/typeobject.js';
import type { MarshalValue } from '../bytecode/marshal.js';
import { RtCode, fromMarshal } from '../vm/code.js';
import { importConfig } from '../vm/import.js';
import { syntaxErrorToPy } from '../vm/interp.js';
import { compile } from '../compiler/compile.js';
import { parse } from '../parser/parser.js';
import { Tokenizer } from '../parser/tokenizer.js';
import { Token, T } from '../parser/tokens.js';
import { PySyntaxError } from '../parser/errors.js';

// compile() flags (Include/cpython/compile.h).
export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

const AST_TABLE: [string, string, string[] | null, string][] = [
  ["mod", "AST", [], ""],
  ["Module", "mod", null, "Module(stmt* body, type_ignore* type_ignores)"],
  ["Interactive", "mod", null, "Interactive(stmt* body)"],
  ["Expression", "mod", null, "Expression(expr body)"],
  ["FunctionType", "mod", null, "FunctionType(expr* argtypes, expr returns)"],
  ["stmt", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], ""],
  ["FunctionDef", "stmt", null, "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"],
  ["AsyncFunctionDef", "stmt", null, "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"],
  ["ClassDef", "stmt", null, "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)"],
  ["Return", "stmt", null, "Return(expr? value)"],
  ["Delete", "stmt", null, "Delete(expr* targets)"],
  ["Assign", "stmt", null, "Assign(expr* targets, expr value, string? type_comment)"],
  ["AugAssign", "stmt", null, "AugAssign(expr target, operator op, expr value)"],
  ["AnnAssign", "stmt", null, "AnnAssign(expr target, expr annotation, expr? value, int simple)"],
  ["For", "stmt", null, "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"],
  ["AsyncFor", "stmt", null, "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"],
  ["While", "stmt", null, "While(expr test, stmt* body, stmt* orelse)"],
  ["If", "stmt", null, "If(expr test, stmt* body, stmt* orelse)"],
  ["With", "stmt", null, "With(withitem* items, stmt* body, string? type_comment)"],
  ["AsyncWith", "stmt", null, "AsyncWith(withitem* items, stmt* body, string? type_comment)"],
  ["Match", "stmt", null, "Match(expr subject, match_case* cases)"],
  ["Raise", "stmt", null, "Raise(expr? exc, expr? cause)"],
  ["Try", "stmt", null, "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"],
  ["TryStar", "stmt", null, "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"],
  ["Assert", "stmt", null, "Assert(expr test, expr? msg)"],
  ["Import", "stmt", null, "Import(alias* names)"],
  ["ImportFrom", "stmt", null, "ImportFrom(identifier? module, alias* names, int? level)"],
  ["Global", "stmt", null, "Global(identifier* names)"],
  ["Nonlocal", "stmt", null, "Nonlocal(identifier* names)"],
  ["Expr", "stmt", null, "Expr(expr value)"],
  ["Pass", "stmt", null, "Pass"],
  ["Break", "stmt", null, "Break"],
  ["Continue", "stmt", null, "Continue"],
  ["expr", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], ""],
  ["BoolOp", "expr", null, "BoolOp(boolop op, expr* values)"],
  ["NamedExpr", "expr", null, "NamedExpr(expr target, expr value)"],
  ["BinOp", "expr", null, "BinOp(expr left, operator op, expr right)"],
  ["UnaryOp", "expr", null, "UnaryOp(unaryop op, expr operand)"],
  ["Lambda", "expr", null, "Lambda(arguments args, expr body)"],
  ["IfExp", "expr", null, "IfExp(expr test, expr body, expr orelse)"],
  ["Dict", "expr", null, "Dict(expr* keys, expr* values)"],
  ["Set", "expr", null, "Set(expr* elts)"],
  ["ListComp", "expr", null, "ListComp(expr elt, comprehension* generators)"],
  ["SetComp", "expr", null, "SetComp(expr elt, comprehension* generators)"],
  ["DictComp", "expr", null, "DictComp(expr key, expr value, comprehension* generators)"],
  ["GeneratorExp", "expr", null, "GeneratorExp(expr elt, comprehension* generators)"],
  ["Await", "expr", null, "Await(expr value)"],
  ["Yield", "expr", null, "Yield(expr? value)"],
  ["YieldFrom", "expr", null, "YieldFrom(expr value)"],
  ["Compare", "expr", null, "Compare(expr left, cmpop* ops, expr* comparators)"],
  ["Call", "expr", null, "Call(expr func, expr* args, keyword* keywords)"],
  ["FormattedValue", "expr", null, "FormattedValue(expr value, int conversion, expr? format_spec)"],
  ["JoinedStr", "expr", null, "JoinedStr(expr* values)"],
  ["Constant", "expr", null, "Constant(constant value, string? kind)"],
  ["Attribute", "expr", null, "Attribute(expr value, identifier attr, expr_context ctx)"],
  ["Subscript", "expr", null, "Subscript(expr value, expr slice, expr_context ctx)"],
  ["Starred", "expr", null, "Starred(expr value, expr_context ctx)"],
  ["Name", "expr", null, "Name(identifier id, expr_context ctx)"],
  ["List", "expr", null, "List(expr* elts, expr_context ctx)"],
  ["Tuple", "expr", null, "Tuple(expr* elts, expr_context ctx)"],
  ["Slice", "expr", null, "Slice(expr? lower, expr? upper, expr? step)"],
  ["expr_context", "AST", [], ""],
  ["Load", "expr_context", null, "Load"],
  ["Store", "expr_context", null, "Store"],
  ["Del", "expr_context", null, "Del"],
  ["boolop", "AST", [], ""],
  ["And", "boolop", null, "And"],
  ["Or", "boolop", null, "Or"],
  ["operator", "AST", [], ""],
  ["Add", "operator", null, "Add"],
  ["Sub", "operator", null, "Sub"],
  ["Mult", "operator", null, "Mult"],
  ["MatMult", "operator", null, "MatMult"],
  ["Div", "operator", null, "Div"],
  ["Mod", "operator", null, "Mod"],
  ["Pow", "operator", null, "Pow"],
  ["LShift", "operator", null, "LShift"],
  ["RShift", "operator", null, "RShift"],
  ["BitOr", "operator", null, "BitOr"],
  ["BitXor", "operator", null, "BitXor"],
  ["BitAnd", "operator", null, "BitAnd"],
  ["FloorDiv", "operator", null, "FloorDiv"],
  ["unaryop", "AST", [], ""],
  ["Invert", "unaryop", null, "Invert"],
  ["Not", "unaryop", null, "Not"],
  ["UAdd", "unaryop", null, "UAdd"],
  ["USub", "unaryop", null, "USub"],
  ["cmpop", "AST", [], ""],
  ["Eq", "cmpop", null, "Eq"],
  ["NotEq", "cmpop", null, "NotEq"],
  ["Lt", "cmpop", null, "Lt"],
  ["LtE", "cmpop", null, "LtE"],
  ["Gt", "cmpop", null, "Gt"],
  ["GtE", "cmpop", null, "GtE"],
  ["Is", "cmpop", null, "Is"],
  ["IsNot", "cmpop", null, "IsNot"],
  ["In", "cmpop", null, "In"],
  ["NotIn", "cmpop", null, "NotIn"],
  ["comprehension", "AST", [], "comprehension(expr target, expr iter, expr* ifs, int is_async)"],
  ["excepthandler", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], ""],
  ["ExceptHandler", "excepthandler", null, "ExceptHandler(expr? type, identifier? name, stmt* body)"],
  ["arguments", "AST", [], "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)"],
  ["arg", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], "arg(identifier arg, expr? annotation, string? type_comment)"],
  ["keyword", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], "keyword(identifier? arg, expr value)"],
  ["alias", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], "alias(identifier name, identifier? asname)"],
  ["withitem", "AST", [], "withitem(expr context_expr, expr? optional_vars)"],
  ["match_case", "AST", [], "match_case(pattern pattern, expr? guard, stmt* body)"],
  ["pattern", "AST", ["lineno", "col_offset", "end_lineno", "end_col_offset"], ""],
  ["MatchValue", "pattern", null, "MatchValue(expr value)"],
  ["MatchSingleton", "pattern", null, "MatchSingleton(constant value)"],
  ["MatchSequence", "pattern", null, "MatchSequence(pattern* patterns)"],
  ["MatchMapping", "pattern", null, "MatchMapping(expr* keys, pattern* patterns, identifier? rest)"],
  ["MatchClass", "pattern", null, "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"],
  ["MatchStar", "pattern", null, "MatchStar(identifier? name)"],
  ["MatchAs", "pattern", null, "MatchAs(pattern? pattern, identifier? name)"],
  ["MatchOr", "pattern", null, "MatchOr(pattern* patterns)"],
  ["type_ignore", "AST", [], ""],
  ["TypeIgnore", "type_ignore", null, "TypeIgnore(int lineno, string tag)"],
];

// ---------------------------------------------------------------------------
// The class table, parsed once.

/** One field of a node class, from its ASDL signature: `expr? value` is {type 'expr', opt}. */
interface Field {
  name: string;
  type: string;
  opt: boolean;
  seq: boolean;
}

/** A concrete node class (a constructor of a sum, or a product type such as `arguments`). */
interface NodeClass {
  name: string;
  type: PyType;
  fields: Field[];
  /** The location attributes read and written with the fields (its sum's, or its own for a product). */
  attrs: string[];
  /** The constructor of Typhon's node class (src/parser/ast.ts), or null for an operator/context. */
  ctor: (new (...args: unknown[]) => object) | null;
  /** For the classes of simple sums (Load, Add...): the one instance ast2obj hands out, and Typhon's node. */
  singleton: PyObject | null;
  tsSingleton: object | null;
}

/** A sum type (expr, stmt, operator...): its constructors in CPython's order. */
interface SumClass {
  name: string;
  type: PyType;
  attrs: string[];
  members: NodeClass[];
}

interface AstState {
  module: PyDict;
  astType: PyType;
  nodes: Map<string, NodeClass>;
  sums: Map<string, SumClass>;
  /** Each concrete class by its type: obj2ast's first try, before isinstance tests in CPython's order. */
  byType: Map<PyType, NodeClass>;
}

let state: AstState | null = null;

/** Fields of a signature "Name(identifier id, expr_context ctx)"; none for "Load". */
function parseSignature(doc: string): Field[] {
  const open = doc.indexOf('(');
  if (open < 0) return [];
  const out: Field[] = [];
  for (const part of doc.slice(open + 1, doc.lastIndexOf(')')).split(', ')) {
    const sp = part.indexOf(' ');
    let type = part.slice(0, sp);
    const last = type[type.length - 1];
    const opt = last === '?';
    const seq = last === '*';
    if (opt || seq) type = type.slice(0, -1);
    out.push({ name: part.slice(sp + 1), type, opt, seq });
  }
  return out;
}

const strTuple = (names: string[]): PyTuple => (names.length === 0 ? emptyTuple : new PyTuple(names.slice()));

function initState(): AstState {
  const d = new PyDict();
  d.setStr('__doc__', None);
  const ns = new PyDict();
  ns.setStr('__module__', 'ast');
  ns.setStr('_fields', emptyTuple);
  ns.setStr('__match_args__', emptyTuple);
  ns.setStr('_attributes', emptyTuple);
  const astType = typeNew(typeType, 'AST', [objectType], ns, null);
  defineMethods(astType, { __init__: astInit, __reduce__: astReduce });
  // PyType_GenericNew: the arguments are __init__'s (ast.py's Num(...) calls Constant.__new__(cls, *args)).
  astType.tdict.set('__new__', new PyNewWrapper(astType, (args) => newInstance(args[0] as PyType), checkAstNew));
  d.setStr('AST', astType);
  const types = new Map<string, PyType>([['AST', astType]]);
  const nodes = new Map<string, NodeClass>();
  const sums = new Map<string, SumClass>();
  const docs = new Map<string, string>();
  for (const [name, , , doc] of AST_TABLE) docs.set(name, doc);
  const children = new Map<string, string[]>();
  for (const [name, base] of AST_TABLE) {
    if (!children.has(base)) children.set(base, []);
    children.get(base)!.push(name);
  }
  const ownAttrs = new Map<string, string[]>();
  const tsModule = A as unknown as Record<string, unknown>;
  for (const [name, base, attrs, tableDoc] of AST_TABLE) {
    const members = children.get(name);
    let doc = tableDoc;
    if (members !== undefined) {
      // A sum type's __doc__ lists its constructors, as Python-ast.c builds it.
      const sigs = members.map((m) => docs.get(m)!);
      doc = sigs.every((s) => !s.includes('(')) ? `${name} = ${sigs.join(' | ')}`
        : `${name} = ${sigs.join('\n' + ' '.repeat(name.length + 1) + '| ')}`;
    }
    const fields = members === undefined ? parseSignature(doc) : [];
    const fieldNames = strTuple(fields.map((f) => f.name));
    const cns = new PyDict();
    cns.setStr('_fields', fieldNames);
    cns.setStr('__match_args__', fieldNames);
    cns.setStr('__module__', 'ast');
    cns.setStr('__doc__', doc);
    if (attrs !== null) {
      cns.setStr('_attributes', strTuple(attrs));
      ownAttrs.set(name, attrs);
    }
    // Optional fields and the optional end positions read as None on the class.
    for (const f of fields) if (f.opt) cns.setStr(f.name, None);
    // Python.asdl declares the end positions `int?` everywhere but on patterns.
    if (attrs !== null && attrs.includes('end_lineno') && name !== 'pattern') {
      cns.setStr('end_lineno', None);
      cns.setStr('end_col_offset', None);
    }
    const t = typeNew(typeType, name, [types.get(base)!], cns, null);
    types.set(name, t);
    d.setStr(name, t);
    const inherited = ownAttrs.get(name) ?? ownAttrs.get(base) ?? [];
    if (members !== undefined) {
      sums.set(name, { name, type: t, attrs: inherited, members: [] });
      continue;
    }
    const tsName = name === 'arguments' ? 'Arguments' : name;
    const simple = fields.length === 0 && inherited.length === 0 && base !== 'AST' && tsModule[tsName + '_'] !== undefined;
    const node: NodeClass = {
      name, type: t, fields, attrs: inherited,
      ctor: simple ? null : tsModule[tsName] as NodeClass['ctor'],
      singleton: simple ? newInstance(t) : null,
      tsSingleton: simple ? tsModule[tsName + '_'] as object : null,
    };
    nodes.set(name, node);
    const sum = sums.get(base);
    if (sum !== undefined) sum.members.push(node);
  }
  d.setStr('PyCF_ONLY_AST', PyCF_ONLY_AST);
  d.setStr('PyCF_TYPE_COMMENTS', PyCF_TYPE_COMMENTS);
  d.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', PyCF_ALLOW_TOP_LEVEL_AWAIT);
  const byType = new Map<PyType, NodeClass>();
  for (const n of nodes.values()) byType.set(n.type, n);
  return { module: d, astType, nodes, sums, byType };
}

function getState(): AstState {
  return (state ??= initState());
}

export function makeAstModule(): PyModule {
  return new PyModule('_ast', getState().module);
}

/** PyAST_Check: is `v` an instance of _ast.AST? (False before _ast exists: no AST object can.) */
export function isAstObject(v: PyValue): boolean {
  return state !== null && typeOf(v).isSubtype(state.astType);
}

// ---------------------------------------------------------------------------
// AST.__init__ and AST.__reduce__ (ast_type_init, ast_type_reduce).

function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOpt(obj, name);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return undefined;
    throw e;
  }
}

function setAttrValue(self: PyValue, name: string, v: PyValue): void {
  // Through setattr, so a subclass's descriptors and __setattr__ take part, as in CPython.
  setAttr(self, name, v);
}

function astInit(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const t = typeOf(self);
  const fieldsObj = lookupAttr(t, '_fields');
  const fields = fieldsObj === undefined ? [] : toArray(fieldsObj);
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > fields.length) {
    const n = fields.length;
    typeError(`${t.name} constructor takes at most ${n} positional argument${n === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < npos; i++) setAttrValue(self, fieldName(fields[i]), args[i]);
  for (let k = 0; k < nkw; k++) {
    const key = kw![k];
    const p = fields.indexOf(key);
    if (p >= 0 && p < npos) typeError(`${t.name} got multiple values for argument '${key}'`);
    setAttrValue(self, key, args[npos + k]);
  }
  return None;
}

/** tp_new_wrapper's checks of an explicit AST.__new__(cls, ...) call. */
function checkAstNew(owner: PyType, args: PyValue[], kwnames: string[] | null): void {
  // AST's tp_name, from its type spec, is "ast.AST".
  if (args.length - (kwnames === null ? 0 : kwnames.length) < 1) typeError('ast.AST.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`ast.AST.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(owner)) typeError(`ast.AST.__new__(${cls.name}): ${cls.name} is not a subtype of ast.AST`);
}

function fieldName(v: PyValue): string {
  if (typeof v !== 'string') typeError(`attribute name must be string, not '${typeOf(v).name}'`);
  return v;
}

function astReduce(self: PyValue): PyValue {
  const d = lookupAttr(self, '__dict__');
  return d !== undefined ? new PyTuple([typeOf(self), emptyTuple, d]) : new PyTuple([typeOf(self), emptyTuple]);
}

// ---------------------------------------------------------------------------
// ast2obj: Typhon's parser AST to Python objects.

/** The tree as instances of the _ast classes (compile(..., PyCF_ONLY_AST), ast.parse). */
export function astToPy(tree: A.mod): PyValue {
  const st = getState();
  // ast2obj's limit: the recursion limit scaled by COMPILER_STACK_FRAME_SCALE (3), from the current depth.
  toPyLimit = ts.recursionLimit * 3;
  toPyDepth = ts.depth * 3;
  try {
    return toPy(st, tree);
  } catch (e) {
    if (e instanceof RangeError) raise(RecursionError, 'maximum recursion depth exceeded during ast construction');
    throw e;
  }
}

let toPyDepth = 0;
let toPyLimit = 3000;

/** One node; fields converted in place (one JS frame per tree level, for deep trees). */
function toPy(st: AstState, node: unknown): PyValue {
  const name = (node as { _type: string })._type;
  const cls = st.nodes.get(name)!;
  if (cls.singleton !== null) return cls.singleton;
  if (++toPyDepth > toPyLimit) {
    toPyDepth = 0;
    raise(RecursionError, 'maximum recursion depth exceeded during ast construction');
  }
  // An _ast class has a __dict__ and no __slots__: the layout newInstance would work out.
  const o = new PyInstance(cls.type);
  const d = (o.dict = new PyDict());
  const rec = node as Record<string, unknown>;
  const fields = cls.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const v = rec[f.name];
    let r: PyValue;
    if (f.seq) {
      const arr = v as unknown[];
      const out = new Array<PyValue>(arr.length);
      for (let k = 0; k < arr.length; k++) {
        const x = arr[k];
        out[k] = x === null ? None : f.type === 'identifier' ? x as string : toPy(st, x);
      }
      r = new PyList(out);
    } else if (v === null || v === undefined) r = None;
    else {
      switch (f.type) {
        case 'identifier': case 'string': case 'int': r = v as PyValue; break;
        case 'constant': r = fromMarshal(v as MarshalValue); break;
        default: r = toPy(st, v);
      }
    }
    d.setStr(f.name, r);
  }
  const attrs = cls.attrs;
  for (let i = 0; i < attrs.length; i++) d.setStr(attrs[i], rec[attrs[i]] as number);
  toPyDepth--;
  return o;
}

// ---------------------------------------------------------------------------
// obj2ast: Python objects to Typhon's AST, with Python-ast.c's checks and messages.

const MODE_ROOTS = ['Module', 'Expression', 'Interactive'];

/** A Constant whose value is no constant (a list, an int subclass...): rejected by the validator, as CPython does. */
class BadConstant {
  constructor(public readonly typeName: string) {}
}

/** PyAST_obj2mod, then _PyAST_Validate: the tree to compile, or a Python exception. */
export function pyToAst(obj: PyValue, mode: 'exec' | 'eval' | 'single'): A.mod {
  const st = getState();
  const root = MODE_ROOTS[mode === 'exec' ? 0 : mode === 'eval' ? 1 : 2];
  if (!typeOf(obj).isSubtype(st.nodes.get(root)!.type)) typeError(`expected ${root} node, got ${typeOf(obj).name}`);
  fromDepth = ts.depth;
  fromLimit = ts.recursionLimit;
  try {
    const tree = sumFromPy(st, st.sums.get('mod')!, obj) as A.mod;
    validateMod(tree);
    return tree;
  } catch (e) {
    if (e instanceof RangeError) raise(RecursionError, 'maximum recursion depth exceeded during compilation');
    throw e;
  }
}

// obj2ast's _Py_EnterRecursiveCall around each field: the Python recursion limit, counted from the caller's depth.
let fromDepth = 0;
let fromLimit = 1000;
function enter(owner: string): void {
  if (++fromDepth >= fromLimit) raise(RecursionError, `maximum recursion depth exceeded while traversing '${owner}' node`);
}

function required(field: string, owner: string): never {
  typeError(`required field "${field}" missing from ${owner}`);
}

/** obj2ast_<sum>: None is NULL; the sum's attributes are read first, then the first matching constructor. */
function sumFromPy(st: AstState, sum: SumClass, obj: PyValue): object | null {
  const simple = sum.members[0].singleton !== null;
  // obj2ast_expr_context and the other enumerations have no None case: None is "some sort" of nothing.
  if (obj === None && !simple) return null;
  const t = typeOf(obj);
  if (sum.attrs.length === 0 || simple) {
    for (const m of sum.members) {
      if (t.isSubtype(m.type)) return m.singleton !== null ? m.tsSingleton : nodeFromPy(st, m, obj, null);
    }
    return typeError(`expected some sort of ${sum.name}, but got ${repr(obj)}`);
  }
  const pos = attrsFromPy(obj, sum.name, sum.name === 'pattern');
  // An instance of the class itself (not of a subclass) is the common case: one map lookup.
  const exact = st.byType.get(t);
  if (exact !== undefined && sum.members.includes(exact)) return nodeFromPy(st, exact, obj, pos);
  for (const m of sum.members) if (t.isSubtype(m.type)) return nodeFromPy(st, m, obj, pos);
  return typeError(`expected some sort of ${sum.name}, but got ${repr(obj)}`);
}

/** lineno, col_offset (required), end_lineno, end_col_offset (default: the start; required for patterns). */
function attrsFromPy(obj: PyValue, owner: string, endRequired = false): number[] {
  enter(owner);
  const r = attrValues(obj, owner, endRequired);
  fromDepth--;
  return r;
}

function attrValues(obj: PyValue, owner: string, endRequired: boolean): number[] {
  const lineno = lookupAttr(obj, 'lineno');
  if (lineno === undefined) required('lineno', owner);
  const l = cInt(lineno);
  const col = lookupAttr(obj, 'col_offset');
  if (col === undefined) required('col_offset', owner);
  const c = cInt(col);
  const el = lookupAttr(obj, 'end_lineno');
  if (endRequired) {
    if (el === undefined) required('end_lineno', owner);
    const e = cInt(el);
    const ec = lookupAttr(obj, 'end_col_offset');
    if (ec === undefined) required('end_col_offset', owner);
    return [l, c, e, cInt(ec)];
  }
  const ec = lookupAttr(obj, 'end_col_offset');
  return [l, c, el === undefined || el === None ? l : cInt(el), ec === undefined || ec === None ? c : cInt(ec)];
}

/** obj2ast_int: an int that fits a C int. */
function cInt(v: PyValue): number {
  if (!isInt(v)) valueError(`invalid integer value: ${repr(v)}`);
  const n = Number(v);
  if (n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** The fields of a constructor (or product type), then its own attributes for a product. */
function nodeFromPy(st: AstState, cls: NodeClass, obj: PyValue, pos: number[] | null): object {
  const values: unknown[] = [];
  for (const f of cls.fields) {
    const v = lookupAttr(obj, f.name);
    if (f.seq) {
      if (v === undefined) required(f.name, cls.name);
      if (!(v instanceof PyList)) typeError(`${cls.name} field "${f.name}" must be a list, not a ${typeOf(v).name}`);
      const items = v.items;
      const n = items.length;
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        enter(cls.name);
        out[i] = valueFromPy(st, f.type, items[i], cls.name);
        fromDepth--;
        if (items.length !== n) raise(RuntimeError, `${cls.name} field "${f.name}" changed size during iteration`);
      }
      values.push(out);
    } else if (f.opt && (v === undefined || v === None)) {
      values.push(null);
    } else {
      if (v === undefined) required(f.name, cls.name);
      enter(cls.name);
      values.push(valueFromPy(st, f.type, v, cls.name));
      fromDepth--;
    }
  }
  // The node constructors (_PyAST_Name...) refuse NULL for required fields that are pointers.
  for (let i = 0; i < cls.fields.length; i++) {
    const f = cls.fields[i];
    if (!f.opt && !f.seq && values[i] === null && f.type !== 'int' && f.type !== 'constant' && !SIMPLE_SUMS.has(f.type)) {
      valueError(`field '${f.name}' is required for ${cls.name}`);
    }
  }
  if (pos === null && cls.attrs.length > 0) pos = attrsFromPy(obj, cls.name);
  if (pos !== null) values.push(pos[0], pos[1], pos[2], pos[3]);
  return new cls.ctor!(...values);
}

const SIMPLE_SUMS = new Set(['expr_context', 'boolop', 'operator', 'unaryop', 'cmpop']);

function valueFromPy(st: AstState, type: string, v: PyValue, owner: string): unknown {
  void owner;
  switch (type) {
    case 'identifier':
      if (v === None) return null;
      if (typeof v !== 'string') typeError('AST identifier must be of type str');
      return v;
    case 'string':
      if (v === None) return null;
      if (typeof v === 'string') return v;
      if (v instanceof PyBytesObj && v.cls === bytesType) return Buffer.from(v.bytes).toString('latin1');
      return typeError('AST string must be of type str');
    case 'int':
      return cInt(v);
    case 'constant':
      return constantFromPy(v);
  }
  const sum = st.sums.get(type);
  if (sum !== undefined) return sumFromPy(st, sum, v);
  // A product type (arguments, arg, keyword...): no type check, its fields are read by name.
  return nodeFromPy(st, st.nodes.get(type)!, v, null);
}

/** A Constant's value as the compiler holds it; anything else is a BadConstant for the validator. */
function constantFromPy(v: PyValue): Constant_ | ConstValue | BadConstant {
  const bad: PyValue[] = [];
  constDepth = (fromLimit - fromDepth) * 3;
  const c = constValue(v, bad);
  // validate_constant reports the innermost offending item: (1, 2, int) is "type".
  return c === undefined ? new BadConstant(typeOf(bad[0]).name) : c;
}

let constDepth = 0;

function constValue(v: PyValue, bad: PyValue[]): ConstValue | undefined {
  if (v === None) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return BigInt(v);
    case 'bigint':
      return v;
  }
  if (v === Ellipsis) return CEllipsis;
  const t = v.cls;
  if (t === floatType) return (v as PyFloat).value;
  if (t === complexType) return new PyComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  if (t === bytesType) return new PyBytes((v as PyBytesObj).bytes);
  if (t === tupleType || t === frozensetType) {
    // validate_constant recurses under the compiler's limit (COMPILER_STACK_FRAME_SCALE times Python's).
    if (--constDepth < 0) raise(RecursionError, 'maximum recursion depth exceeded during compilation');
    const items: ConstValue[] = [];
    for (const x of toArray(v)) {
      const c = constValue(x, bad);
      if (c === undefined) return undefined;
      items.push(c);
    }
    constDepth++;
    return t === tupleType ? new CTuple(items) : new CFrozenSet(items);
  }
  bad.push(v);
  return undefined;
}

// ---------------------------------------------------------------------------
// _PyAST_Validate (Python/ast.c): what the parser guarantees and a hand-made tree may break.

type Ctx = 'Load' | 'Store' | 'Del';
interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

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

function validateMod(m: A.mod): void {
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

// ---------------------------------------------------------------------------
// compile() of an AST object, and to one.

/** compile(tree, filename, mode): obj2ast, validation, then Typhon's compiler. */
export function compileAstObject(obj: PyValue, filename: string, mode: 'exec' | 'eval' | 'single', flags: number, optimize: number): RtCode {
  const tree = pyToAst(obj, mode);
  try {
    return new RtCode(compile(tree, filename, mode, { optimize: optimize < 0 ? importConfig.optimize : optimize, flags, source: '' }));
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

/** compile(source, filename, mode, PyCF_ONLY_AST): the parse tree as _ast objects. */
export function parseToAstObject(text: string, filename: string, mode: 'exec' | 'eval' | 'single', flags = 0, featureVersion = -1): PyValue {
  let tree: A.mod;
  try {
    tree = parse(text, filename, mode);
    if (flags & PyCF_TYPE_COMMENTS) applyTypeComments(tree, text, filename);
    if (featureVersion >= 0) checkFeatureVersion(tree, featureVersion, text, filename);
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
  return astToPy(tree);
}

/** compile(source, ..., PyCF_TYPE_COMMENTS) to code: a misplaced type comment is a SyntaxError there too. */
export function checkTypeComments(text: string, filename: string, mode: 'exec' | 'eval' | 'single'): void {
  try {
    applyTypeComments(parse(text, filename, mode), text, filename);
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

// ---------------------------------------------------------------------------
// compile(source, filename, 'func_type', PyCF_ONLY_AST): "(argtypes) -> returns", as type comments of
// functions write them (Grammar/python.gram's func_type rule). The parser has no such start rule: the
// structure is found in the token stream and each expression is parsed by the parser's eval mode from
// the source with everything else blanked out (bytes kept, so positions stay those of the source).

/** The whole source blanked but for tokens [from, to), wrapped in parentheses placed before and after. */
function isolate(text: string, open: Token, from: Token, to: Token): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  const inside = (l: number, b: number): boolean =>
    (l > from.lineno || (l === from.lineno && b >= from.col)) && (l < to.endLineno || (l === to.endLineno && b < to.endCol));
  for (let li = 0; li < lines.length; li++) {
    const l = li + 1;
    let b = 0;
    let s = '';
    for (const ch of lines[li]) {
      const cp = ch.codePointAt(0)!;
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (ch === '\n' || ch === '\r') s += ch;
      else if (l === open.lineno && b === open.col) s += '(' + ' '.repeat(n - 1);
      else s += inside(l, b) ? ch : ' '.repeat(n);
      b += n;
    }
    out.push(s);
  }
  return out.join('') + ')';
}

function parseFuncType(text: string, filename: string): A.FunctionType {
  const tk = new Tokenizer(text, filename, { execInput: false, errors: 'string' });
  const toks: Token[] = [];
  for (;;) {
    const t = tk.next();
    toks.push(t);
    if (t.type === T.ENDMARKER) break;
  }
  const lines = text.split(/(?<=\n)/);
  const bad = (t: Token): never => {
    throw new PySyntaxError('SyntaxError', 'invalid syntax', filename, t.lineno, t.col + 1, lines[t.lineno - 1] ?? null, t.endLineno, t.endCol + 1);
  };
  const expr = (from: number, to: number): A.expr => {
    if (from >= to) bad(toks[from]);
    const tree = parse(isolate(text, toks[0], toks[from], toks[to - 1]), filename, 'eval') as A.Expression;
    return tree.body;
  };
  if (toks[0].type !== T.LPAR) bad(toks[0]);
  // The parts between the outer parentheses, split at their commas.
  const parts: [number, number][] = [];
  let depth = 0;
  let start = 1;
  let i = 1;
  for (; ; i++) {
    const ty = toks[i].type;
    if (ty === T.ENDMARKER) bad(toks[i]);
    if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) depth++;
    else if (depth > 0 && (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE)) depth--;
    else if (depth === 0 && (ty === T.COMMA || ty === T.RPAR)) {
      if (i === start) {
        if (ty === T.RPAR && parts.length === 0) break; // "()"
        bad(toks[i]);
      }
      parts.push([start, i]);
      start = i + 1;
      if (ty === T.RPAR) break;
    }
  }
  // type_expressions: plain expressions, then at most one *expr, then at most one **expr.
  const argtypes: A.expr[] = [];
  let stage = 0;
  for (const [from, to] of parts) {
    const ty = toks[from].type;
    const st = ty === T.STAR ? 1 : ty === T.DOUBLESTAR ? 2 : 0;
    if (st < stage || (st !== 0 && st === stage)) bad(toks[from]);
    stage = st;
    argtypes.push(expr(st === 0 ? from : from + 1, to));
  }
  if (toks[i + 1].type !== T.RARROW) bad(toks[i + 1]);
  const rfrom = i + 2;
  let rto = rfrom;
  depth = 0;
  for (; toks[rto].type !== T.NEWLINE && toks[rto].type !== T.ENDMARKER; rto++) {
    const ty = toks[rto].type;
    if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) depth++;
    else if (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE) depth--;
    else if (depth === 0 && ty === T.COMMA) bad(toks[rto]);
  }
  const returns = expr(rfrom, rto);
  for (let k = rto; toks[k].type !== T.ENDMARKER; k++) if (toks[k].type !== T.NEWLINE) bad(toks[k]);
  return new A.FunctionType(argtypes, returns);
}

/** compile(source, filename, 'func_type', PyCF_ONLY_AST). */
export function parseFuncTypeToAstObject(text: string, filename: string): PyValue {
  let tree: A.FunctionType;
  try {
    tree = parseFuncType(text, filename);
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
  return astToPy(tree);
}

// ---------------------------------------------------------------------------
// Type comments (PyCF_TYPE_COMMENTS, ast.parse(type_comments=True)). CPython's tokenizer turns
// "# type: ignore..." into TYPE_IGNORE (collected as Module.type_ignores) and other "# type: ..." comments
// into TYPE_COMMENT tokens, which the grammar accepts after an assignment, after the colon of a def, for
// or with header (or, for a def, alone on the line before its body), and after a parameter's comma or
// before the closing parenthesis; anywhere else they are a syntax error. Typhon's parser skips comments,
// so the comments are found between the tokens afterwards and attached to the parsed nodes by position.

interface TypeComment { lineno: number; charCol: number; text: string; ignore: boolean; prev: number; next: number }

const key = (line: number, col: number): number => line * 1048576 + col;

/** A "# type: ..." comment (tokenizer.c's type_comment_prefix "# type: ", a space matching any run of blanks). */
function typeCommentPayload(comment: string): { ignore: boolean; text: string } | null {
  const prefix = '# type: ';
  let p = 0;
  for (let i = 0; i < prefix.length; i++) {
    if (prefix[i] === ' ') {
      while (comment[p] === ' ' || comment[p] === '\t') p++;
    } else if (comment[p] === prefix[i]) p++;
    else return null;
  }
  const rest = comment.slice(p);
  // "ignore" ends the token or is followed by anything ASCII and not alphanumeric.
  const ignore = rest.startsWith('ignore') && (rest.length === 6 || (rest.charCodeAt(6) < 128 && !/[A-Za-z0-9]/.test(rest[6])));
  return { ignore, text: ignore ? rest.slice(6) : rest };
}

/** The type comments of `text`, each with the indexes of the tokens around it. */
function findTypeComments(text: string, filename: string, toks: Token[]): TypeComment[] {
  const lines = text.split(/(?<=\n)/);
  const index = (line: number, byteCol: number): number => {
    const s = lines[line - 1] ?? '';
    let b = 0;
    let i = 0;
    while (i < s.length && b < byteCol) {
      const cp = s.codePointAt(i)!;
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  };
  const out: TypeComment[] = [];
  // Tokens covering source text: NEWLINE (which Typhon starts at a trailing comment), INDENT, DEDENT
  // and ENDMARKER do not.
  const covering = (t: Token): boolean => t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  let prev = -1;
  let line = 1;
  let col = 0; // character index in `line` where the current gap starts
  const scanGap = (toLine: number, toCol: number, next: number): void => {
    for (let l = line; l <= toLine && l <= lines.length; l++) {
      const s = lines[l - 1];
      const from = l === line ? col : 0;
      const to = l === toLine ? toCol : s.length;
      const hash = s.indexOf('#', from);
      if (hash < 0 || hash >= to) continue;
      const comment = s.slice(hash).replace(/\r?\n$/, '');
      const tc = typeCommentPayload(comment);
      if (tc === null) continue;
      out.push({ lineno: l, charCol: hash + comment.length - tc.text.length - (tc.ignore ? 6 : 0), text: tc.text, ignore: tc.ignore, prev, next });
    }
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!covering(t)) continue;
    scanGap(t.lineno, index(t.lineno, t.col), i);
    prev = i;
    line = t.endLineno;
    col = index(t.endLineno, t.endCol);
  }
  scanGap(lines.length, Infinity, toks.length - 1);
  void filename;
  return out;
}

/** Attach the type comments of `text` to `tree` (parsed from it) as CPython's grammar does, or raise its SyntaxError. */
export function applyTypeComments(tree: A.mod, text: string, filename: string): void {
  const tk = new Tokenizer(text, filename, { execInput: true, errors: 'string' });
  const toks: Token[] = [];
  for (;;) {
    const t = tk.next();
    toks.push(t);
    if (t.type === T.ENDMARKER) break;
  }
  const comments = findTypeComments(text, filename, toks);
  if (comments.length === 0) return;
  // Where each kind of type comment may stand, by the token before it.
  const headerColon = new Map<number, { node: { type_comment: string | null }; def: boolean }>();
  const paramComma = new Map<number, A.arg>();
  const paramEnd = new Map<number, A.arg>();
  const assignEnd = new Map<number, A.Assign>();
  const firstTokenAt = (line: number, col: number): number => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid];
      if (t.lineno < line || (t.lineno === line && t.col < col)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const isCovering = (t: Token): boolean => t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  const nextCovering = (i: number): number => {
    while (i < toks.length && !isCovering(toks[i])) i++;
    return i;
  };
  /** The colon ending a compound statement's header: the first at bracket depth 0 that closes no lambda. */
  const headerColonOf = (s: Pos): number => {
    let depth = 0;
    let lambdas = 0;
    for (let i = firstTokenAt(s.lineno, s.col_offset); i < toks.length; i++) {
      const t = toks[i];
      if (t.type === T.LPAR || t.type === T.LSQB || t.type === T.LBRACE) depth++;
      else if (t.type === T.RPAR || t.type === T.RSQB || t.type === T.RBRACE) depth--;
      else if (depth === 0 && t.type === T.NAME && t.string === 'lambda') lambdas++;
      else if (depth === 0 && t.type === T.COLON) {
        if (lambdas === 0) return i;
        lambdas--;
      }
    }
    return -1;
  };
  const params = (a: A.Arguments): void => {
    const positional = [...a.posonlyargs, ...a.args];
    const extents: [A.arg, Pos][] = [];
    positional.forEach((p, i) => {
      const d = a.defaults[i - (positional.length - a.defaults.length)];
      extents.push([p, d ?? p]);
    });
    if (a.vararg !== null) extents.push([a.vararg, a.vararg]);
    a.kwonlyargs.forEach((p, i) => extents.push([p, a.kw_defaults[i] ?? p]));
    if (a.kwarg !== null) extents.push([a.kwarg, a.kwarg]);
    for (const [p, ext] of extents) {
      const after = nextCovering(firstTokenAt(ext.end_lineno, ext.end_col_offset));
      const t = toks[after];
      if (t === undefined) continue;
      if (t.type === T.COMMA) paramComma.set(after, p);
      else if (t.type === T.RPAR) paramEnd.set(key(ext.end_lineno, ext.end_col_offset), p);
    }
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    switch (n._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': case 'For': case 'AsyncFor': case 'With': case 'AsyncWith': {
        const c = headerColonOf(n as unknown as Pos);
        if (c >= 0) headerColon.set(c, { node: n as unknown as { type_comment: string | null }, def: n._type.endsWith('FunctionDef') });
        if (n._type.endsWith('FunctionDef')) params(n.args as A.Arguments);
        break;
      }
      case 'Assign': {
        const s = n as unknown as A.Assign;
        assignEnd.set(key(s.end_lineno, s.end_col_offset), s);
        break;
      }
    }
    if (n._type === undefined) return;
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(tree);
  const ignores: A.TypeIgnore[] = [];
  const lines = text.split(/(?<=\n)/);
  const typeCommentLines = new Map<object, number>();
  for (const c of comments) {
    if (c.ignore) {
      ignores.push(new A.TypeIgnore(c.lineno, c.text));
      continue;
    }
    const p = c.prev >= 0 ? toks[c.prev] : null;
    const sameLine = p !== null && p.endLineno === c.lineno;
    let target: { type_comment: string | null } | undefined;
    if (p !== null && sameLine) {
      const h = headerColon.get(c.prev);
      if (h !== undefined && h.node.type_comment === null) target = h.node;
      target ??= paramComma.get(c.prev) ?? assignEnd.get(key(p.endLineno, p.endCol));
      if (target === undefined && toks[c.next]?.type === T.RPAR) target = paramEnd.get(key(p.endLineno, p.endCol));
    } else if (p !== null) {
      // A def's type comment may stand alone on the line before its body: NEWLINE TYPE_COMMENT NEWLINE INDENT.
      const h = headerColon.get(c.prev);
      const nl = toks[c.prev + 1];
      const indentFollows = toks.slice(c.prev + 1, c.next).some((t) => t.type === T.INDENT && t.lineno > c.lineno);
      if (h !== undefined && h.def && nl.type === T.NEWLINE && nl.lineno < c.lineno && indentFollows) {
        const def = h.node as unknown as A.FunctionDef;
        const body = def.body[0];
        if (h.node.type_comment === null) target = h.node;
        else if (typeCommentLines.get(def) === def.lineno) {
          // invalid_double_type_comments: one after the colon, one alone; reported at the body's INDENT.
          throw new PySyntaxError('SyntaxError', 'Cannot have two type comments on def', filename, body.lineno, body.col_offset,
            lines[body.lineno - 1] ?? null, body.lineno, -1);
        } else {
          // Two alone: no block follows the first (invalid_def_raw).
          const offset = c.charCol + 1;
          throw new PySyntaxError('IndentationError', `expected an indented block after function definition on line ${def.lineno}`,
            filename, c.lineno, offset, lines[c.lineno - 1] ?? null, c.lineno, offset + c.text.replace(/\s+$/, '').length);
        }
      }
    }
    if (target === undefined) {
      // The parser stops at the TYPE_COMMENT token, which starts after the "# type: " prefix.
      const offset = c.charCol + 1;
      throw new PySyntaxError('SyntaxError', 'invalid syntax', filename, c.lineno, offset, lines[c.lineno - 1] ?? null, c.lineno,
        offset + c.text.length);
    }
    typeCommentLines.set(target, c.lineno);
    target.type_comment = c.text;
  }
  if (tree._type === 'Module') tree.type_ignores.push(...ignores);
}

// ---------------------------------------------------------------------------
// feature_version (ast.parse(feature_version=(3, N)), compile(_feature_version=N) with PyCF_ONLY_AST): the
// grammar's CHECK_VERSION refusals of newer syntax, made on the parsed tree. A rule refuses when it
// completes, so the tree is checked in post-order; the error stands at the token the parser had fetched
// last, the one after the construct. (Not emulated: below 3.7, 'async' and 'await' as identifiers.)

function checkFeatureVersion(tree: A.mod, minor: number, text: string, filename: string): void {
  if (minor >= 11) return;
  const tk = new Tokenizer(text, filename, { execInput: true, errors: 'string' });
  const toks: Token[] = [];
  for (;;) {
    const t = tk.next();
    toks.push(t);
    if (t.type === T.ENDMARKER) break;
  }
  const lines = text.split(/(?<=\n)/);
  const real = (t: Token): boolean => t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  const tokenAt = (line: number, col: number): number => {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (real(t) && (t.lineno > line || (t.lineno === line && t.col >= col))) return i;
    }
    return -1;
  };
  const charCol = (line: number, byteCol: number): number => {
    const s = lines[line - 1] ?? '';
    return Buffer.from(s, 'utf8').subarray(0, byteCol).toString('utf8').length;
  };
  const fail = (what: string, version: number, line: number, col: number): never => {
    const offset = charCol(line, col) + 1;
    throw new PySyntaxError('SyntaxError', `${what} only supported in Python 3.${version} and greater`, filename, line, offset,
      lines[line - 1] ?? null, line, offset);
  };
  /** At the token after a construct ending at (line, col). */
  const failAfter = (what: string, version: number, line: number, col: number): never => {
    const i = tokenAt(line, col);
    return i < 0 ? fail(what, version, line, col) : fail(what, version, toks[i].lineno, toks[i].col);
  };
  const check = (version: number): boolean => minor < version;
  const sourceOf = (n: Pos): string => {
    const a = lines[n.lineno - 1] ?? '';
    if (n.lineno !== n.end_lineno) return a.slice(charCol(n.lineno, n.col_offset));
    return a.slice(charCol(n.lineno, n.col_offset), charCol(n.lineno, n.end_col_offset));
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    if (n._type === undefined) return;
    const pos = n as unknown as Pos;
    if (n._type === 'AugAssign' && (n as unknown as A.AugAssign).op._type === 'MatMult' && check(5)) {
      const t = toks[tokenAt(pos.lineno, pos.col_offset)];
      // The augassign rule checks its operator token as soon as it is read.
      const target = (n as unknown as A.AugAssign).target;
      const op = toks[tokenAt(target.end_lineno, target.end_col_offset)] ?? t;
      fail("The '@' operator is", 5, op.lineno, op.col);
    }
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
    switch (n._type) {
      case 'Constant': {
        const v = (n as unknown as A.Constant).value;
        if ((typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex) && check(6) && sourceOf(pos).includes('_')) {
          fail('Underscores in numeric literals are', 6, pos.lineno, pos.col_offset);
        }
        break;
      }
      case 'JoinedStr':
        if (check(6)) failAfter('Format strings are', 6, pos.end_lineno, pos.end_col_offset);
        if (check(8) && hasDebugField(sourceOf(pos))) failAfter('f-string: self documenting expressions are', 8, pos.end_lineno, pos.end_col_offset);
        break;
      case 'BinOp':
        if ((n as unknown as A.BinOp).op._type === 'MatMult' && check(5)) failAfter("The '@' operator is", 5, pos.end_lineno, pos.end_col_offset);
        break;
      case 'NamedExpr': if (check(8)) failAfter('Assignment expressions are', 8, pos.end_lineno, pos.end_col_offset); break;
      case 'Await': if (check(5)) failAfter('Await expressions are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'comprehension': {
        const c = n as unknown as A.comprehension;
        if (c.is_async && check(6)) {
          const last: Pos = c.ifs.length > 0 ? c.ifs[c.ifs.length - 1] : c.iter;
          failAfter('Async comprehensions are', 6, last.end_lineno, last.end_col_offset);
        }
        break;
      }
      case 'arguments': {
        const a = n as unknown as A.Arguments;
        if (a.posonlyargs.length > 0 && check(8)) {
          // The parameters rule ends at the ')' of a def or the ':' of a lambda.
          const last = a.posonlyargs[a.posonlyargs.length - 1];
          let depth = 0;
          for (let i = tokenAt(last.end_lineno, last.end_col_offset); i >= 0 && i < toks.length; i++) {
            const t = toks[i];
            if (t.type === T.LPAR || t.type === T.LSQB || t.type === T.LBRACE) depth++;
            else if ((t.type === T.RPAR && depth === 0) || (t.type === T.COLON && depth === 0)) fail('Positional-only parameters are', 8, t.lineno, t.col);
            else if (t.type === T.RPAR || t.type === T.RSQB || t.type === T.RBRACE) depth--;
          }
        }
        break;
      }
      case 'AnnAssign': if (check(6)) failAfter('Variable annotation syntax is', 6, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncFunctionDef': if (check(5)) failAfter('Async functions are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncFor': if (check(5)) failAfter('Async for loops are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncWith': case 'With': {
        const i = tokenAt(pos.lineno, pos.col_offset) + (n._type === 'AsyncWith' ? 2 : 1);
        if (check(9) && toks[i]?.type === T.LPAR) {
          // 'with' '(' items ')' ':' — the parenthesized form, not a parenthesized expression.
          let depth = 0;
          let j = i;
          for (; j < toks.length; j++) {
            if (toks[j].type === T.LPAR || toks[j].type === T.LSQB || toks[j].type === T.LBRACE) depth++;
            else if (toks[j].type === T.RPAR || toks[j].type === T.RSQB || toks[j].type === T.RBRACE) {
              if (--depth === 0) break;
            }
          }
          if (toks[j + 1]?.type === T.COLON) failAfter('Parenthesized context managers are', 9, pos.end_lineno, pos.end_col_offset);
        }
        if (n._type === 'AsyncWith' && check(5)) failAfter('Async with statements are', 5, pos.end_lineno, pos.end_col_offset);
        break;
      }
      case 'Match': if (check(10)) failAfter('Pattern matching is', 10, pos.end_lineno, pos.end_col_offset); break;
      case 'TryStar': if (check(11)) failAfter('Exception groups are', 11, pos.end_lineno, pos.end_col_offset); break;
    }
  };
  visit(tree);
}

/** Does the f-string source hold a self-documenting field, {expr=}? */
function hasDebugField(src: string): boolean {
  let i = 0;
  while (i < src.length && !/['"]/.test(src[i])) i++;
  for (; i < src.length; i++) {
    if (src[i] !== '{') continue;
    if (src[i + 1] === '{') {
      i++;
      continue;
    }
    let depth = 0;
    let quote = '';
    for (i++; i < src.length; i++) {
      const c = src[i];
      if (quote !== '') {
        if (c === quote) quote = '';
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (depth > 0 && (c === ')' || c === ']' || c === '}')) depth--;
      else if (depth === 0 && (c === '}' || c === ':' || (c === '!' && src[i + 1] !== '='))) break;
      else if (depth === 0 && c === '=' && src[i + 1] !== '=' && !'=!<>'.includes(src[i - 1])) return true;
      else if (depth === 0 && c === '=' && src[i + 1] === '=') i++;
    }
    // The rest (conversion, format spec) is scanned on: a format spec's own fields are fields too.
  }
  return false;
}
