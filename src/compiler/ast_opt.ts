// CPython 3.11's AST optimiser (Python/ast_opt.c): constant folding of unary and
// binary operators, subscripts and tuples of constants, `in`/`not in` and `for`
// iterables to tuples/frozensets, `not (a is b)` to `a is not b`, __debug__, and
// simple %-formatting to f-strings, under the same size limits.
import { libmPow } from '../objects/float_pow.js';
import { complexPowParts, POW_OK } from '../objects/complex_math.js';
import * as A from '../parser/ast.js';
import {
  ConstValue, PyBytes, PyCodePointStr, PyComplex, PyFrozenSet, PyTuple, isStrConst, makeStr, strCodePoints, type StrConst,
} from '../parser/constants.js';
import { PyCompileRecursionError } from './symtable.js';

const CO_FUTURE_ANNOTATIONS = 0x1000000;
const MAX_INT_SIZE = 128n;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** A sentinel: the operation cannot be folded (CPython's NULL result with the error cleared). */
const NO = Symbol('nofold');
type R = ConstValue | typeof NO;

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function makeConst(node: Loc, v: ConstValue): A.Constant {
  return new A.Constant(v as A.Constant['value'], null, node.lineno, node.col_offset, node.end_lineno,
    node.end_col_offset);
}

// ---- Python semantics on constants

function isInt(v: R): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}
function toInt(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}
function isNum(v: R): boolean {
  return isInt(v) || typeof v === 'number';
}
function toFloat(v: R): number {
  if (typeof v === 'number') return v;
  return Number(toInt(v as bigint | boolean));
}
function isComplexish(v: R): boolean {
  return isNum(v) || v instanceof PyComplex;
}
function toComplex(v: R): PyComplex {
  if (v instanceof PyComplex) return v;
  return new PyComplex(toFloat(v), 0);
}
function numBits(v: bigint): bigint {
  if (v < 0n) v = -v;
  return BigInt(v.toString(2).length) - (v === 0n ? 1n : 0n);
}
function cpLength(s: StrConst): number {
  if (typeof s !== 'string') return s.cps.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intTrueDiv(a: bigint, b: bigint): R {
  if (b === 0n) return NO;
  const lim = 1n << 53n;
  if (a > -lim && a < lim && b > -lim && b < lim) return Number(a) / Number(b);
  return NO; // CPython rounds big quotients exactly; do not guess.
}

function checkComplexity(obj: ConstValue, limit: number): number {
  if (obj instanceof PyTuple || obj instanceof PyFrozenSet) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

function seqRepeat(w: ConstValue, n: bigint): R {
  const count = n < 0n ? 0 : Number(n);
  if (typeof w === 'string' && !(count > 1 && joinsPair(w, w))) return w.repeat(count);
  if (isStrConst(w)) {
    const one = strCodePoints(w);
    const cps: number[] = [];
    for (let i = 0; i < count; i++) for (const c of one) cps.push(c);
    return makeStr(cps);
  }
  if (w instanceof PyBytes) {
    const out = new Uint8Array(w.bytes.length * count);
    for (let i = 0; i < count; i++) out.set(w.bytes, i * w.bytes.length);
    return new PyBytes(out);
  }
  if (w instanceof PyTuple) {
    const items: ConstValue[] = [];
    for (let i = 0; i < count; i++) items.push(...w.items);
    return new PyTuple(items);
  }
  return NO;
}

function safeMultiply(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w) && toInt(v) !== 0n && toInt(w) !== 0n) {
    if (numBits(toInt(v)) + numBits(toInt(w)) > MAX_INT_SIZE) return NO;
  } else if (isInt(v) && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
    const size = w.items.length;
    if (size) {
      const n = toInt(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return NO;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return NO;
    }
  } else if (isInt(v) && (isStrConst(w) || w instanceof PyBytes)) {
    const size = isStrConst(w) ? cpLength(w) : w.bytes.length;
    if (size) {
      const n = toInt(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return NO;
    }
  } else if (isInt(w) && (v instanceof PyTuple || v instanceof PyFrozenSet || isStrConst(v) ||
    v instanceof PyBytes)) {
    return safeMultiply(w, v);
  }
  return multiply(v, w);
}

function multiply(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) return toInt(v) * toInt(w);
  if (isInt(v) && (isStrConst(w) || w instanceof PyBytes || w instanceof PyTuple)) return seqRepeat(w, toInt(v));
  if (isInt(w) && (isStrConst(v) || v instanceof PyBytes || v instanceof PyTuple)) return seqRepeat(v, toInt(w));
  if (isNum(v) && isNum(w)) return toFloat(v) * toFloat(w);
  if (isComplexish(v) && isComplexish(w)) {
    const a = toComplex(v);
    const b = toComplex(w);
    return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
  }
  return NO;
}

function add(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) return toInt(v) + toInt(w);
  if (isNum(v) && isNum(w)) return toFloat(v) + toFloat(w);
  if (isComplexish(v) && isComplexish(w)) {
    const a = toComplex(v);
    const b = toComplex(w);
    return new PyComplex(a.real + b.real, a.imag + b.imag);
  }
  if (typeof v === 'string' && typeof w === 'string' && !joinsPair(v, w)) return v + w;
  if (isStrConst(v) && isStrConst(w)) return makeStr([...strCodePoints(v), ...strCodePoints(w)]);
  if (v instanceof PyBytes && w instanceof PyBytes) {
    const out = new Uint8Array(v.bytes.length + w.bytes.length);
    out.set(v.bytes);
    out.set(w.bytes, v.bytes.length);
    return new PyBytes(out);
  }
  if (v instanceof PyTuple && w instanceof PyTuple) return new PyTuple([...v.items, ...w.items]);
  return NO;
}

/** Whether v + w as JS strings would pair a high surrogate ending v with a low one starting w (two code points in Python). */
function joinsPair(v: string, w: string): boolean {
  if (v.length === 0 || w.length === 0) return false;
  const a = v.charCodeAt(v.length - 1);
  const b = w.charCodeAt(0);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

function sub(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) return toInt(v) - toInt(w);
  if (isNum(v) && isNum(w)) return toFloat(v) - toFloat(w);
  if (isComplexish(v) && isComplexish(w)) {
    const a = toComplex(v);
    const b = toComplex(w);
    return new PyComplex(a.real - b.real, a.imag - b.imag);
  }
  return NO;
}

function trueDiv(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) return intTrueDiv(toInt(v), toInt(w));
  if (isNum(v) && isNum(w)) {
    const b = toFloat(w);
    if (b === 0) return NO;
    return toFloat(v) / b;
  }
  if (isComplexish(v) && isComplexish(w)) {
    // _Py_c_quot: scale by the larger of |b.real|, |b.imag|.
    const a = toComplex(v);
    const b = toComplex(w);
    const abr = Math.abs(b.real);
    const abi = Math.abs(b.imag);
    if (abr >= abi) {
      if (abr === 0) return NO;
      const ratio = b.imag / b.real;
      const denom = b.real + b.imag * ratio;
      return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
    }
    if (abi >= abr) {
      const ratio = b.real / b.imag;
      const denom = b.real * ratio + b.imag;
      return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }
    return new PyComplex(NaN, NaN);
  }
  return NO;
}

function floorDivide(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) {
    const b = toInt(w);
    if (b === 0n) return NO;
    return floorDiv(toInt(v), b);
  }
  if (isNum(v) && isNum(w)) {
    const b = toFloat(w);
    if (b === 0) return NO;
    return floatDivmod(toFloat(v), b)[0];
  }
  return NO;
}

function remainder(v: ConstValue, w: ConstValue): R {
  if (isStrConst(v) || v instanceof PyBytes) return NO;
  if (isInt(v) && isInt(w)) {
    const a = toInt(v);
    const b = toInt(w);
    if (b === 0n) return NO;
    return a - floorDiv(a, b) * b;
  }
  if (isNum(v) && isNum(w)) {
    const b = toFloat(w);
    if (b === 0) return NO;
    return floatDivmod(toFloat(v), b)[1];
  }
  return NO;
}

/**
 * float ** float as the VM computes it, so folding never changes a result: C's pow (glibc's),
 * whose special values are float_pow's for the operands that reach here (no complex results).
 */
function floatPower(a: number, b: number): number {
  return libmPow(a, b);
}

function power(v: ConstValue, w: ConstValue): R {
  if (isInt(v) && isInt(w)) {
    const a = toInt(v);
    const b = toInt(w);
    if (a !== 0n && b > 0n) {
      if (numBits(a) > MAX_INT_SIZE / b) return NO;
    }
    if (b >= 0n) return a ** b;
    if (a === 0n) return NO;
    const fa = Number(a);
    const fb = Number(b);
    if (!Number.isFinite(fa) || !Number.isFinite(fb)) return NO; // int too large to convert: OverflowError at run time
    return floatPower(fa, fb);
  }
  if (isNum(v) && isNum(w)) {
    const a = toFloat(v);
    const b = toFloat(w);
    if (a === 0 && b < 0) return NO;
    // float_pow hands a negative base with a non-integral exponent to complex_pow (folded to a complex)
    if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPow(new PyComplex(a, 0), new PyComplex(b, 0));
    if (a === 1 || b === 0) return 1.0;
    if (a === -1 && !Number.isFinite(b)) return 1.0;
    const r = floatPower(a, b);
    if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) return NO; // OverflowError
    return r;
  }
  if (isComplexish(v) && isComplexish(w)) return complexPow(toComplex(v), toComplex(w));
  return NO;
}

/** complex_pow with the runtime's kernel (complex_math), so a folded constant is the value the VM computes. */
function complexPow(a: PyComplex, b: PyComplex): R {
  const p = complexPowParts(a.real, a.imag, b.real, b.imag);
  return p.err === POW_OK ? new PyComplex(p.re, p.im) : NO;
}

function lshift(v: ConstValue, w: ConstValue): R {
  if (!isInt(v) || !isInt(w)) return NO;
  const a = toInt(v);
  const b = toInt(w);
  if (b < 0n) return NO;
  if (a !== 0n && b !== 0n) {
    if (b > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - b) return NO;
  }
  return a << b;
}

function rshift(v: ConstValue, w: ConstValue): R {
  if (!isInt(v) || !isInt(w)) return NO;
  const b = toInt(w);
  if (b < 0n) return NO;
  if (b > 100000n) return toInt(v) < 0n ? -1n : 0n;
  return toInt(v) >> b;
}

function bitop(v: ConstValue, w: ConstValue, op: string): R {
  if (!isInt(v) || !isInt(w)) return NO;
  if (typeof v === 'boolean' && typeof w === 'boolean') {
    return op === '|' ? v || w : op === '&' ? v && w : v !== w;
  }
  const a = toInt(v);
  const b = toInt(w);
  return op === '|' ? a | b : op === '&' ? a & b : a ^ b;
}

function binop(op: string, l: ConstValue, r: ConstValue): R {
  switch (op) {
    case 'Add': return add(l, r);
    case 'Sub': return sub(l, r);
    case 'Mult': return safeMultiply(l, r);
    case 'Div': return trueDiv(l, r);
    case 'FloorDiv': return floorDivide(l, r);
    case 'Mod': return remainder(l, r);
    case 'Pow': return power(l, r);
    case 'LShift': return lshift(l, r);
    case 'RShift': return rshift(l, r);
    case 'BitOr': return bitop(l, r, '|');
    case 'BitXor': return bitop(l, r, '^');
    case 'BitAnd': return bitop(l, r, '&');
  }
  return NO;
}

function isTrue(v: ConstValue): boolean {
  if (v === null || v === false) return false;
  if (v === true) return true;
  switch (typeof v) {
    case 'bigint': return v !== 0n;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
  }
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyTuple || v instanceof PyFrozenSet) return v.items.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  return true; // PyCodePointStr is never empty
}

function unaryop(op: string, v: ConstValue): R {
  switch (op) {
    case 'Not': return !isTrue(v);
    case 'Invert': return isInt(v) ? ~toInt(v) : NO;
    case 'UAdd':
      if (isInt(v)) return toInt(v);
      if (typeof v === 'number' || v instanceof PyComplex) return v;
      return NO;
    case 'USub':
      if (isInt(v)) return -toInt(v);
      if (typeof v === 'number') return -v;
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return NO;
  }
  return NO;
}

function getItem(v: ConstValue, idx: ConstValue): R {
  if (!isInt(idx)) return NO;
  let i = toInt(idx);
  if (typeof v === 'string') {
    const hasAstral = /[\ud800-\udbff]/.test(v);
    const arr = hasAstral ? Array.from(v) : null;
    const n = BigInt(arr ? arr.length : v.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return NO;
    return arr ? arr[Number(i)] : v[Number(i)];
  }
  if (v instanceof PyCodePointStr) {
    const n = BigInt(v.cps.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return NO;
    return String.fromCodePoint(v.cps[Number(i)]);
  }
  if (v instanceof PyBytes) {
    const n = BigInt(v.bytes.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return NO;
    return BigInt(v.bytes[Number(i)]);
  }
  if (v instanceof PyTuple) {
    const n = BigInt(v.items.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return NO;
    return v.items[Number(i)];
  }
  return NO;
}

/** Python equality of constants as a string key: 1 == 1.0 == True == (1+0j). */
function eqKey(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? '1' : '0');
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return 'n' + BigInt(v).toString();
    return Number.isNaN(v) ? 'nan' + Math.random() : 'f' + String(v);
  }
  if (v instanceof PyComplex) return v.imag === 0 ? eqKey(v.real) : 'c' + v.real + ',' + v.imag;
  if (typeof v === 'string') return 's' + v;
  if (v instanceof PyCodePointStr) return 'u' + v.cps.join(',');
  if (v instanceof PyBytes) return 'b' + Array.from(v.bytes).join(',');
  if (v instanceof PyTuple) return 't(' + v.items.map(eqKey).join('|') + ')';
  if (v instanceof PyFrozenSet) return 'z(' + v.items.map(eqKey).sort().join('|') + ')';
  if (v === null) return 'N';
  return 'o';
}

/** A frozenset constant as CPython builds it from a tuple: the first of equal items stays. */
export function makeFrozenSet(items: readonly ConstValue[]): PyFrozenSet {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const x of items) {
    const k = eqKey(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  const fs = new PyFrozenSet(out);
  // PyFrozenSet_New, then merge_consts_recursive's rebuild when the compiler adds the constant.
  fs.builds = 2;
  return fs;
}

// ---- the walk

// ast_opt.c's limit: the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3), counted on expressions.
const RECURSION_LIMIT = 3000;

class Optimizer {
  private depth = 0;
  constructor(private optimize: number, private ff: number) {}

  body(stmts: A.stmt[]): void {
    const hadDoc = docString(stmts);
    for (let i = 0; i < stmts.length; i++) this.stmt(stmts[i]);
    if (!hadDoc && docString(stmts)) {
      const st = stmts[0] as A.Expr;
      st.value = new A.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    }
  }

  stmts(stmts: A.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  exprs(es: A.expr[]): void {
    for (let i = 0; i < es.length; i++) es[i] = this.expr(es[i]);
  }

  args(a: A.Arguments): void {
    for (const x of [...a.posonlyargs, ...a.args]) this.arg(x);
    if (a.vararg) this.arg(a.vararg);
    for (const x of a.kwonlyargs) this.arg(x);
    for (let i = 0; i < a.kw_defaults.length; i++) {
      const d = a.kw_defaults[i];
      if (d) a.kw_defaults[i] = this.expr(d);
    }
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  arg(a: A.arg): void {
    if (!(this.ff & CO_FUTURE_ANNOTATIONS) && a.annotation) a.annotation = this.expr(a.annotation);
  }

  stmt(s: A.stmt): void {
    switch (s._type) {
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'While': case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'Return':
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.args(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!(this.ff & CO_FUTURE_ANNOTATIONS) && s.returns) s.returns = this.expr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!(this.ff & CO_FUTURE_ANNOTATIONS)) s.annotation = this.expr(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'For':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = this.foldIter(s.iter);
        break;
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) h.type = this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const c of s.cases) {
          c.pattern = this.pattern(c.pattern);
          if (c.guard) c.guard = this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
    }
  }

  pattern(p: A.pattern): A.pattern {
    switch (p._type) {
      case 'MatchValue':
        p.value = this.expr(p.value);
        break;
      case 'MatchSequence':
        for (let i = 0; i < p.patterns.length; i++) p.patterns[i] = this.pattern(p.patterns[i]);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (let i = 0; i < p.patterns.length; i++) p.patterns[i] = this.pattern(p.patterns[i]);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (let i = 0; i < p.patterns.length; i++) p.patterns[i] = this.pattern(p.patterns[i]);
        for (let i = 0; i < p.kwd_patterns.length; i++) p.kwd_patterns[i] = this.pattern(p.kwd_patterns[i]);
        break;
      case 'MatchAs':
        if (p.pattern) p.pattern = this.pattern(p.pattern);
        break;
      case 'MatchOr':
        for (let i = 0; i < p.patterns.length; i++) p.patterns[i] = this.pattern(p.patterns[i]);
        break;
    }
    return p;
  }

  comprehension(g: A.comprehension): void {
    g.target = this.expr(g.target);
    g.iter = this.expr(g.iter);
    this.exprs(g.ifs);
    g.iter = this.foldIter(g.iter);
  }

  foldIter(arg: A.expr): A.expr {
    if (arg._type === 'List') {
      if (arg.elts.some((e) => e._type === 'Starred')) return arg;
      const t = new A.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
      const v = constTuple(arg.elts);
      return v === null ? t : makeConst(arg, v);
    }
    if (arg._type === 'Set') {
      const v = constTuple(arg.elts);
      return v === null ? arg : makeConst(arg, makeFrozenSet(v.items));
    }
    return arg;
  }

  expr(e: A.expr): A.expr {
    if (++this.depth > RECURSION_LIMIT) {
      throw new PyCompileRecursionError('maximum recursion depth exceeded during compilation');
    }
    const r = this.expr1(e);
    this.depth--;
    return r;
  }

  expr1(e: A.expr): A.expr {
    // Small methods per kind keep this frame small for deeply nested input.
    switch (e._type) {
      case 'Constant': return e;
      case 'Name': return this.xName(e);
      case 'Attribute': return this.xAttribute(e);
      case 'Call': return this.xCall(e);
      case 'BinOp': return this.xBinOp(e);
      case 'Subscript': return this.xSubscript(e);
      case 'Tuple': return this.xTuple(e);
      case 'Compare': return this.xCompare(e);
      case 'BoolOp': return this.xBoolOp(e);
      case 'UnaryOp': return this.xUnaryOp(e);
      case 'Lambda': return this.xLambda(e);
      case 'IfExp': return this.xIfExp(e);
      case 'Dict': return this.xDict(e);
      case 'Set': return this.xSet(e);
      case 'ListComp': case 'SetComp': case 'GeneratorExp': return this.xListComp(e);
      case 'DictComp': return this.xDictComp(e);
      case 'Await': case 'YieldFrom': return this.xAwait(e);
      case 'Yield': return this.xYield(e);
      case 'FormattedValue': return this.xFormattedValue(e);
      case 'JoinedStr': return this.xJoinedStr(e);
      case 'Starred': return this.xStarred(e);
      case 'Slice': return this.xSlice(e);
      case 'List': return this.xList(e);
      case 'NamedExpr': return this.xNamedExpr(e);
    }
    return e;
  }

  xBoolOp(e: A.BoolOp): A.expr {
    this.exprs(e.values);
    return e;
  }

  xBinOp(e: A.BinOp): A.expr {
    e.left = this.expr(e.left);
    e.right = this.expr(e.right);
    const lhs = e.left;
    if (lhs._type !== 'Constant') return e;
    const rhs = e.right;
    if (e.op._type === 'Mod' && rhs._type === 'Tuple' && typeof lhs.value === 'string' &&
      !rhs.elts.some((x) => x._type === 'Starred')) {
      return optimizeFormat(e, lhs.value, rhs.elts);
    }
    if (rhs._type !== 'Constant') return e;
    if (e.op._type === 'MatMult') return e;
    const v = binop(e.op._type, lhs.value as ConstValue, rhs.value as ConstValue);
    return v === NO ? e : makeConst(e, v);
  }

  xUnaryOp(e: A.UnaryOp): A.expr {
    e.operand = this.expr(e.operand);
    const arg = e.operand;
    if (arg._type !== 'Constant') {
      if (e.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
        const op = arg.ops[0]._type;
        const inv = op === 'Is' ? A.IsNot_ : op === 'IsNot' ? A.Is_ : op === 'In' ? A.NotIn_
          : op === 'NotIn' ? A.In_ : null;
        if (inv !== null) {
          arg.ops[0] = inv;
          return arg;
        }
      }
      return e;
    }
    const v = unaryop(e.op._type, arg.value as ConstValue);
    return v === NO ? e : makeConst(e, v);
  }

  xLambda(e: A.Lambda): A.expr {
    this.args(e.args);
    e.body = this.expr(e.body);
    return e;
  }

  xIfExp(e: A.IfExp): A.expr {
    e.test = this.expr(e.test);
    e.body = this.expr(e.body);
    e.orelse = this.expr(e.orelse);
    return e;
  }

  xDict(e: A.Dict): A.expr {
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k) e.keys[i] = this.expr(k);
    }
    this.exprs(e.values);
    return e;
  }

  xSet(e: A.Set): A.expr {
    this.exprs(e.elts);
    return e;
  }

  xListComp(e: A.ListComp | A.SetComp | A.GeneratorExp): A.expr {
    e.elt = this.expr(e.elt);
    for (const g of e.generators) this.comprehension(g);
    return e;
  }

  xDictComp(e: A.DictComp): A.expr {
    e.key = this.expr(e.key);
    e.value = this.expr(e.value);
    for (const g of e.generators) this.comprehension(g);
    return e;
  }

  xAwait(e: A.Await | A.YieldFrom): A.expr {
    e.value = this.expr(e.value);
    return e;
  }

  xYield(e: A.Yield): A.expr {
    if (e.value) e.value = this.expr(e.value);
    return e;
  }

  xCompare(e: A.Compare): A.expr {
    e.left = this.expr(e.left);
    this.exprs(e.comparators);
    const i = e.ops.length - 1;
    const op = e.ops[i]._type;
    if (op === 'In' || op === 'NotIn') e.comparators[i] = this.foldIter(e.comparators[i]);
    return e;
  }

  xCall(e: A.Call): A.expr {
    e.func = this.expr(e.func);
    this.exprs(e.args);
    for (const k of e.keywords) k.value = this.expr(k.value);
    return e;
  }

  xFormattedValue(e: A.FormattedValue): A.expr {
    e.value = this.expr(e.value);
    if (e.format_spec) e.format_spec = this.expr(e.format_spec);
    return e;
  }

  xJoinedStr(e: A.JoinedStr): A.expr {
    this.exprs(e.values);
    return e;
  }

  xAttribute(e: A.Attribute): A.expr {
    e.value = this.expr(e.value);
    return e;
  }

  xSubscript(e: A.Subscript): A.expr {
    e.value = this.expr(e.value);
    e.slice = this.expr(e.slice);
    if (e.ctx._type !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return e;
    const v = getItem(e.value.value as ConstValue, e.slice.value as ConstValue);
    return v === NO ? e : makeConst(e, v);
  }

  xStarred(e: A.Starred): A.expr {
    e.value = this.expr(e.value);
    return e;
  }

  xSlice(e: A.Slice): A.expr {
    if (e.lower) e.lower = this.expr(e.lower);
    if (e.upper) e.upper = this.expr(e.upper);
    if (e.step) e.step = this.expr(e.step);
    return e;
  }

  xList(e: A.List): A.expr {
    this.exprs(e.elts);
    return e;
  }

  xTuple(e: A.Tuple): A.expr {
    this.exprs(e.elts);
    if (e.ctx._type !== 'Load') return e;
    const v = constTuple(e.elts);
    return v === null ? e : makeConst(e, v);
  }

  xName(e: A.Name): A.expr {
    if (e.ctx._type === 'Load' && e.id === '__debug__') return makeConst(e, !this.optimize);
    return e;
  }

  xNamedExpr(e: A.NamedExpr): A.expr {
    e.value = this.expr(e.value);
    return e;
  }
}

function constTuple(elts: A.expr[]): PyTuple | null {
  const items: ConstValue[] = [];
  for (const x of elts) {
    if (x._type !== 'Constant') return null;
    items.push(x.value as ConstValue);
  }
  return new PyTuple(items);
}

function docString(stmts: A.stmt[]): boolean {
  if (stmts.length === 0) return false;
  const s = stmts[0];
  return s._type === 'Expr' && s.value._type === 'Constant' && isStrConst(s.value.value);
}

// ---- %-format to f-string (optimize_format)

const MAXDIGITS = 3;

function optimizeFormat(node: A.BinOp, fmt: string, elts: A.expr[]): A.expr {
  const chars = Array.from(fmt);
  let pos = 0;
  let cnt = 0;
  const seq: A.expr[] = [];
  const noLoc = (s: string) => new A.Constant(s, null, -1, -1, -1, -1);
  for (;;) {
    // parse_literal
    const start = pos;
    let hasPercents = false;
    while (pos < chars.length) {
      if (chars[pos] !== '%') pos++;
      else if (pos + 1 < chars.length && chars[pos + 1] === '%') {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos !== start) {
      let s = chars.slice(start, pos).join('');
      if (hasPercents) s = s.split('%%').join('%');
      seq.push(noLoc(s));
    }
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return node;
    pos++;
    // simple_format_arg_parse
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ch = '';
    const next = (): boolean => {
      if (pos >= chars.length) return false;
      ch = chars[pos++];
      return true;
    };
    if (!next()) return node;
    for (;;) {
      if (ch === '-') flags |= 1;
      else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') flags |= 2;
      else break;
      if (!next()) return node;
    }
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + (ch.charCodeAt(0) - 48);
        if (!next()) return node;
        if (++digits >= MAXDIGITS) return node;
      }
    }
    if (ch === '.') {
      if (!next()) return node;
      prec = 0;
      if (ch >= '0' && ch <= '9') {
        let digits = 0;
        while (ch >= '0' && ch <= '9') {
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          if (!next()) return node;
          if (++digits >= MAXDIGITS) return node;
        }
      }
    }
    const arg = elts[cnt++];
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return node;
    let spec = '';
    if (!(flags & 1) && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + String(prec);
    seq.push(new A.FormattedValue(arg, ch.charCodeAt(0), spec ? noLoc(spec) : null, arg.lineno, arg.col_offset,
      arg.end_lineno, arg.end_col_offset));
  }
  if (cnt < elts.length) return node;
  return new A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** _PyAST_Optimize: returns the (possibly replaced) module; nodes are updated in place. */
export function optimizeAst(mod: A.mod, optimize: number, ff: number): A.mod {
  const o = new Optimizer(optimize, ff);
  switch (mod._type) {
    case 'Module':
      o.body(mod.body);
      break;
    case 'Interactive':
      o.stmts(mod.body);
      break;
    case 'Expression':
      mod.body = o.expr(mod.body);
      break;
  }
  return mod;
}
