// The _ast module (Python/Python-ast.c): CPython 3.11's AST classes as Python types, the conversion
// of Typhon's parser AST (src/parser/ast.ts) to instances of them (ast2obj: compile(..., PyCF_ONLY_AST),
// ast.parse) and back (obj2ast: compile(tree, ...)), with CPython's type checks and messages; the validation
// of Python/ast.c is ast_validate.ts, what the parser lacks for ast.parse (func_type, type comments,
// feature_version) ast_parse_extras.ts.
//
// One table (AST_TABLE, printed by scripts/ast_module_table.py from CPython's _ast) drives everything:
// class names, bases, _attributes, docstrings; the fields and their ASDL types are read back from the
// docstring signatures ("Name(identifier id, expr_context ctx)").
import * as A from '../parser/ast.js';
import {
  Constant_, PyBytes, PyComplex, Ellipsis as CEllipsis, PyTuple as CTuple, PyFrozenSet as CFrozenSet, ConstValue, PyCodePointStr,
} from '../parser/constants.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';
import {
  PyValue, PyType, PyDict, PyModule, PyNewWrapper, PyInstance, PyTuple, PyList, PyFloat, PyBytesObj, PyComplexObj, PyObject,
  None, Ellipsis, typeType, objectType, defineMethods, typeOf, emptyTuple, floatType, complexType,
  bytesType, tupleType, frozensetType, isInt,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError, RuntimeError, RecursionError } from '../objects/exceptions.js';
import { ts } from '../vm/ceval.js';
import { lookupAttr, setAttr, repr, toArray } from '../objects/abstract.js';
import { typeNew, newInstance } from '../objects/typeobject.js';
import type { MarshalValue } from '../bytecode/marshal.js';
import { RtCode, fromMarshal } from '../vm/code.js';
import { importConfig } from '../vm/import.js';
import { syntaxErrorToPy, programText } from '../vm/interp.js';
import { compile, CO_FUTURE_BARRY_AS_BDFL } from '../compiler/compile.js';
import { parse } from '../parser/parser.js';
import { validateMod, BadConstant } from './ast_validate.js';
import { parseFuncType, applyTypeComments, checkFeatureVersion } from './ast_parse_extras.js';

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
        out[i] = valueFromPy(st, f.type, items[i]);
        fromDepth--;
        if (items.length !== n) raise(RuntimeError, `${cls.name} field "${f.name}" changed size during iteration`);
      }
      values.push(out);
    } else if (f.opt && (v === undefined || v === None)) {
      values.push(null);
    } else {
      if (v === undefined) required(f.name, cls.name);
      enter(cls.name);
      values.push(valueFromPy(st, f.type, v));
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

function valueFromPy(st: AstState, type: string, v: PyValue): unknown {
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
  if (v instanceof PySurrogateStr) return new PyCodePointStr(v.cps.slice());
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
// compile() of an AST object, and to one.

/** compile(tree, filename, mode): obj2ast, validation, then Typhon's compiler. */
export function compileAstObject(obj: PyValue, filename: string, mode: 'exec' | 'eval' | 'single', flags: number, optimize: number): RtCode {
  const tree = pyToAst(obj, mode);
  try {
    return new RtCode(compile(tree, filename, mode, { optimize: optimize < 0 ? importConfig.optimize : optimize, flags, source: programText(filename) }));
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

/** compile(source, filename, mode, PyCF_ONLY_AST): the parse tree as _ast objects. */
export function parseToAstObject(text: string, filename: string, mode: 'exec' | 'eval' | 'single', flags = 0, featureVersion = -1): PyValue {
  let tree: A.mod;
  try {
    tree = parse(text, filename, mode, { barryAsFlufl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0 });
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
