// The builtins module (Python/bltinmodule.c).
import { audit, auditing } from '../vm/audit.js';
import { initRange } from '../objects/range.js';
import { builtinAiter, builtinAnext, PyGenerator, genNextRaising } from '../objects/genobject.js';
import { PyUnion } from '../objects/genericalias.js';
import { installSiteBuiltins } from './sitebuiltins.js';
import {
  PyValue, PyObject, PyType, PyDict, PyCell, PyList, PyTuple, PySet, PyFloat, PyBuiltin, PyModule, PyRange, PyRangeIter, PyListIter, PyNativeIter, generatorType,
  PyBytesObj, PyComplexObj, PySlice, None, NotImplemented, Ellipsis, typeOf, objectType, typeType, intType, boolType,
  floatType, complexType, strType, bytesType, tupleType, listType, dictType, setType, frozensetType, rangeType,
  propertyType, classmethodType, staticmethodType, superType, sliceType, enumerateType, zipType, mapType, filterType,
  reversedType, iteratorType, memoryviewType, defineMethods, defineGetters, normBig, emptyTuple, newTuple, PyInstance, bytearrayType, PyByteArray,
  memberDescrType,
} from '../objects/object.js';
import {
  PyException, PyBaseException, typeError, valueError, raise, exceptionTypes, StopIteration, newException, EOFError,
  OverflowError, AttributeError, isExcType, SystemExit, RuntimeError,
} from '../objects/exceptions.js';
import {
  call, callBound, repr, str, hash, truthy, getIter, iterNext, toArray, getAttr, getAttrOpt, lookupAttr, setAttr, lenOf, lenOfSsize, idOf,
  isinstance, index, lt, eq, richCompare, callSpecial, genericGetAttr, binaryOp, unaryOp, strLen, typeGetAttr,
  getItem, setItem, delItem, contains, enterRecursiveCall, leaveRecursiveCall,
} from '../objects/abstract.js';
import { PyFunction, builtinsFromGlobals } from '../objects/funcobject.js';
import { buildClass } from '../objects/typeobject.js';
import { sortItems, listExtend } from '../objects/list.js';
import { format } from '../objects/format.js';
import { ts, runModuleCode } from '../vm/ceval.js';
import { intBinop, intPow, asInt, intToFloat, intPowMod } from '../objects/int.js';
import { asFloat, roundHalfEven } from '../objects/float.js';
import { sliceIndices } from '../objects/slice.js';
import { sys, writeStdout, writeStdoutWhole, utf8Length, readStdinLine, flushStdout } from './sys.js';
import { importName } from '../vm/import.js';
import { compileSource, syntaxErrorToPy } from '../vm/interp.js';
import { PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT } from '../compiler/compile.js';
import { decodeSource, declaresEncoding } from '../parser/source.js';
import { PySyntaxError, PyTokenizerError } from '../parser/errors.js';
import {
  isAstObject, compileAstObject, parseToAstObject, parseFuncTypeToAstObject, checkTypeComments, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS,
} from './_ast.js';
import { RtCode } from '../vm/code.js';
import { canSuspendNow } from '../vm/threads.js';
import { encodeStr, parseArgs, strValue, reprValue, asciiObject, strCompare, asStr } from '../objects/str.js';
import { anyStr, unpackArgs } from './args.js';
import { bytesRepr } from '../parser/constants.js';

export const builtinsDict = new PyDict();
export const builtinsModule = new PyModule('builtins', builtinsDict);

const NO_KW = new Set(['len', 'repr', 'ascii', 'isinstance', 'issubclass', 'abs', 'iter', 'next', 'hasattr', 'getattr',
  'setattr', 'delattr', 'callable', 'id', 'hash', 'ord', 'chr', 'hex', 'oct', 'bin', 'divmod', 'all', 'any', 'input',
  'format', 'vars', 'dir', 'globals', 'locals']);

/**
 * Positional-argument counts checked before a builtin runs, worded as CPython's calling
 * conventions word them: METH_O ('O'), METH_NOARGS ('N'), Argument Clinic's varargs ([min, max]).
 */
const ARITY: Record<string, 'O' | 'N' | [number, number]> = {
  ascii: 'O', bin: 'O', callable: 'O', hex: 'O', id: 'O', oct: 'O', aiter: 'O',
  globals: 'N', locals: 'N',
  dir: [0, 1], vars: [0, 1], anext: [1, 2], eval: [1, 3],
};

function checkArity(name: string, n: number): void {
  const a = ARITY[name];
  if (a === 'O') {
    if (n !== 1) typeError(`${name}() takes exactly one argument (${n} given)`);
  } else if (a === 'N') {
    if (n !== 0) typeError(`${name}() takes no arguments (${n} given)`);
  } else if (n < a[0]) typeError(`${name} expected at least ${a[0]} argument${a[0] === 1 ? '' : 's'}, got ${n}`);
  else if (n > a[1]) typeError(`${name} expected at most ${a[1]} argument${a[1] === 1 ? '' : 's'}, got ${n}`);
}

/** A builtin; `fast1`/`fast2` are its body for one or two positional arguments (see PyBuiltin). */
function def(name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue,
  fast1: ((a: PyValue) => PyValue) | null = null, fast2: ((a: PyValue, b: PyValue) => PyValue) | null = null): void {
  const noKw = NO_KW.has(name);
  const arity = Object.hasOwn(ARITY, name);
  const f = noKw || arity
    ? (args: PyValue[], kw: string[] | null): PyValue => {
      const nkw = kw === null ? 0 : kw.length;
      if (noKw && nkw > 0) typeError(`${name}() takes no keyword arguments`);
      if (arity) checkArity(name, args.length - nkw);
      return fn(args, kw);
    }
    : fn;
  const b = new PyBuiltin(name, f, builtinsModule);
  b.fast1 = fast1;
  b.fast2 = fast2;
  builtinsDict.setStr(name, b);
}

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
}

function nargs(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) {
      if (min === 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
      typeError(`${name} expected ${min} arguments, got ${args.length}`);
    }
    if (args.length < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function kwArgs(args: PyValue[], kw: string[] | null): [PyValue[], Map<string, PyValue>] {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  const m = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) m.set(kw![i], args[args.length - nkw + i]);
  return [pos, m];
}

function checkKw(name: string, m: Map<string, PyValue>, allowed: string[]): void {
  for (const k of m.keys()) if (!allowed.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${name}()`);
}

/** The array behind an exact list or tuple (read live, as its iterator reads it), else null. */
function plainItems(v: PyValue): PyList | PyTuple | null {
  if (v instanceof PyList && v.cls === listType) return v;
  if (v instanceof PyTuple && v.cls === tupleType) return v;
  return null;
}

/**
 * min_max: items are taken one at a time (the key called on each as it comes, as CPython does); ints and
 * exact floats without a key are compared directly (as doubles: exact for ints within ±2^53, and a NaN is
 * neither below nor above anything, as float_richcompare answers).
 */
/** Whether min()'s or max()'s key `k` replaces the best so far: strictly less, or greater. */
function better(k: PyValue, bestKey: PyValue, isMax: boolean): boolean {
  if (typeof k === 'number' && typeof bestKey === 'number') return isMax ? k > bestKey : k < bestKey;
  if (k instanceof PyFloat && k.cls === floatType && bestKey instanceof PyFloat && bestKey.cls === floatType)
    return isMax ? k.value > bestKey.value : k.value < bestKey.value;
  if (typeof k === 'string' && typeof bestKey === 'string') return isMax ? strCompare(k, bestKey) > 0 : strCompare(k, bestKey) < 0;
  return truthy(richCompare(k, bestKey, isMax ? 4 : 0));
}

/** min(a, b) or max(a, b) (op 0 or 1), as minmax's loop over the two. */
function minmax2(a: PyValue, b: PyValue, op: number): PyValue {
  return better(b, a, op !== 0) ? b : a;
}

function minmax(name: string, args: PyValue[], kw: string[] | null, op: number): PyValue {
  const [pos, m] = kwArgs(args, kw);
  checkKw(name, m, ['key', 'default']);
  const key = m.get('key') ?? None;
  if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  let src: PyValue;
  if (pos.length === 1) src = pos[0];
  else {
    if (m.has('default')) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    src = new PyTuple(pos);
  }
  const seq = plainItems(src);
  const it = seq === null ? getIter(src) : null;
  const isMax = op !== 0;
  let i = 0;
  let best: PyValue | undefined;
  let bestKey: PyValue = None;
  for (;;) {
    let x: PyValue | undefined;
    if (seq !== null) x = i < seq.items.length ? seq.items[i++] : undefined;
    else x = iterNext(it!);
    if (x === undefined) break;
    const k = key === None ? x : call(key, [x]);
    if (best === undefined) {
      best = x;
      bestKey = k;
      continue;
    }
    if (better(k, bestKey, isMax)) {
      best = x;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (m.has('default')) return m.get('default')!;
    valueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

/**
 * Whether the str() of each argument runs no Python code. Otherwise print() writes each piece as soon as it is
 * made, as CPython's does: output a __str__ or __repr__ writes, or an exception it raises, comes after the
 * pieces before it.
 */
function strsAreNative(args: PyValue[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const a = args[i];
    if (typeof a === 'object' && a !== None && !(a instanceof PyFloat && a.cls === floatType)) return false;
  }
  return true;
}

/** The "compile" audit event's source: the bytes given, or the text as UTF-8. */
function auditedSource(src: PyValue, text: string): PyValue {
  return src instanceof PyBytesObj ? src : new PyBytesObj(sourceBytes(text));
}

function printImpl(args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let sep: PyValue = None;
  let end: PyValue = None;
  let file: PyValue = None;
  let flush: PyValue = false;
  for (let i = 0; i < nkw; i++) {
    const v = args[npos + i];
    switch (kw![i]) {
      case 'sep': sep = v; break;
      case 'end': end = v; break;
      case 'file': file = v; break;
      case 'flush': flush = v; break;
      default: typeError(`'${kw![i]}' is an invalid keyword argument for print()`);
    }
  }
  // Any str (a subclass, a PySurrogateStr) is a separator or an ending.
  if (sep !== None && typeof sep !== 'string' && asStr(sep) === undefined && !(sep instanceof PySurrogateStr)) typeError(`sep must be None or a string, not ${typeOf(sep).tpName}`);
  if (end !== None && typeof end !== 'string' && asStr(end) === undefined && !(end instanceof PySurrogateStr)) typeError(`end must be None or a string, not ${typeOf(end).tpName}`);
  const s = sep === None ? ' ' : sep;
  if (file === None) {
    const out = sys.getStr('stdout');
    if (out === undefined) raise(RuntimeError, 'lost sys.stdout');
    file = out;
  }
  // sys.stdout set to None: print() does nothing.
  if (file === None) return None;
  // The str() of each argument, made once (a copy of args when one is not a str already).
  let strs: PyValue[] | null = null;
  let written = false;
  if (file === sysStdout && strsAreNative(args, npos)) {
    // One write of the joined text when the stream takes it as it is (UTF-8, no lone surrogate).
    let out = '';
    // The UTF-8 size of the output, counted piece by piece (each piece is a flat string; their join is not).
    let size = 0;
    let plain = typeof s === 'string' && (end === None || typeof end === 'string');
    for (let i = 0; i < npos; i++) {
      const a = args[i];
      const t = typeof a === 'string' ? a : strValue(a);
      if (t !== a) (strs ??= args.slice(0, npos))[i] = t;
      if (!plain) continue;
      const u = typeof t === 'string' ? t : anyStr(t);
      if (typeof u !== 'string') plain = false;
      else {
        out = i > 0 ? out + (s as string) + u : out + u;
        size += i > 0 ? utf8Length(s as string) + utf8Length(u) : utf8Length(u);
      }
    }
    if (plain) {
      const e = end === None ? '\n' : (end as string);
      const all = out + e;
      if (ioHooks.stdoutTakes(all)) {
        // CPython's print writes each piece: where they fall decides when output is written. Pieces that stay
        // under the chunk size together are written as one.
        if (!writeStdoutWhole(all, size + utf8Length(e))) {
          for (let i = 0; i < npos; i++) {
            if (i > 0) writeStdout(s as string);
            const t = strs !== null ? strs[i] : args[i];
            writeStdout(typeof t === 'string' ? t : (anyStr(t) as string));
          }
          writeStdout(e);
        }
        written = true;
      }
    }
  }
  if (!written) {
    // CPython writes each piece with its own file.write() call.
    const w = getAttr(file, 'write');
    for (let i = 0; i < npos; i++) {
      if (i > 0) call(w, [s]);
      call(w, [strs !== null ? strs[i] : strValue(args[i])]);
    }
    call(w, [end === None ? '\n' : end]);
  }
  if (truthy(flush)) {
    const f = getAttrOpt(file, 'flush');
    if (f !== undefined) call(f, []);
  }
  return None;
}

/** A source str is read as UTF-8 (PyUnicode_AsUTF8AndSize): a PySurrogateStr fails as "surrogates not allowed". */
function sourceAsUtf8(src: PySurrogateStr): never {
  encodeText(src, 'utf-8', 'strict');
  throw new Error('unreachable: a PySurrogateStr holds surrogates');
}

/** An attribute name: any str (a subclass gives its text); undefined for a non-str. */
function attrName(v: PyValue): string | PySurrogateStr | undefined {
  return typeof v === 'string' ? v : v instanceof PySurrogateStr ? v : asStr(v);
}

/**
 * Attribute names holding a high surrogate before a low one (PySurrogateStr) name no attribute of a type
 * (type dicts are keyed by JS strings): such an attribute lives in an instance's __dict__, or comes from a
 * __getattr__/__setattr__/__delattr__ method written in Python.
 */
function noAttribute(o: PyValue, name: PySurrogateStr): never {
  const modName = o instanceof PyModule ? o.dict?.getStr('__name__') : undefined;
  const head = o instanceof PyType ? `type object '${o.tpName}' has no attribute '`
    : typeof modName === 'string' ? `module '${modName}' has no attribute '` : `'${typeOf(o).tpName}' object has no attribute '`;
  const msg = concatPieces([head, name, "'"]);
  throw new PyException(newException(AttributeError, [msg]));
}

function surrogateGetAttr(o: PyValue, name: PySurrogateStr): PyValue {
  const d = o instanceof PyObject ? o.dict : null;
  if (d instanceof PyDict) {
    const v = d.get(name);
    if (v !== undefined) return v;
  }
  const ga = typeOf(o).lookup('__getattr__');
  if (ga instanceof PyFunction) return callBound(ga, o, [name]);
  noAttribute(o, name);
}

function surrogateSetAttr(o: PyValue, name: PySurrogateStr, v: PyValue | null): void {
  const f = typeOf(o).lookup(v === null ? '__delattr__' : '__setattr__');
  if (f instanceof PyFunction) {
    callBound(f, o, v === null ? [name] : [name, v]);
    return;
  }
  const d = o instanceof PyObject ? o.dict : null;
  if (!(d instanceof PyDict)) noAttribute(o, name);
  if (v !== null) d.set(name, v);
  else if (d.t.delete(name) === undefined) noAttribute(o, name);
}

export function writeTo(file: PyValue, s: string): void {
  if (file === stdoutObj()) writeStdout(s);
  else call(getAttr(file, 'write'), [s]);
}
function stdoutObj(): PyValue | undefined {
  return sysStdout;
}
export let sysStdout: PyValue | undefined;
/** builtins.__import__ as made (interp->import_func): IMPORT_NAME calls a replacement instead of importing itself. */
export let importFunc: PyValue = None;
export function setSysStdout(v: PyValue): void {
  sysStdout = v;
}

/**
 * The line editor input() uses on a terminal: the readline module's (readline.ts) once it is imported, as
 * PyOS_ReadlineFunctionPointer; not while the REPL's own editor holds the terminal (repl.ts), nor where the
 * thread cannot suspend (the keys come through the host's event loop).
 */
export const lineEditor: { read: ((prompt: string) => PyValue) | null; replActive: boolean } = { read: null, replActive: false };

/**
 * builtin_input: a terminal's line through the line editor or the console reader; otherwise
 * sys.stdout.write(prompt) and sys.stdin.readline(). `direct`: ts.direct as the CALL of input() set it.
 */
function inputImpl(args: PyValue[], direct: boolean): PyValue {
  const fin = sys.getStr('stdin') ?? None;
  const fout = sys.getStr('stdout') ?? None;
  const ferr = sys.getStr('stderr') ?? None;
  if (fin === None) raise(RuntimeError, 'input(): lost sys.stdin');
  if (fout === None) raise(RuntimeError, 'input(): lost sys.stdout');
  if (ferr !== None) {
    try {
      call(getAttr(ferr, 'flush'), []);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
  }
  const prompt = args.length > 0 ? strValue(args[0]) : null;
  if (fout === sysStdout) {
    // A prompt holding a high surrogate before a low one: the utf-8 encoder's error, as CPython's.
    if (prompt instanceof PySurrogateStr) encodeText(prompt, 'utf-8', 'strict');
    const tty = fdOf(fin) === 0 && isattyFd(0) && isattyFd(1);
    // The calls above (flush, fileno) cleared ts.direct; the eval loop's CALL had set it for this call.
    ts.direct = direct;
    if (tty && lineEditor.read !== null && !lineEditor.replActive && canSuspendNow()) {
      flushStdout();
      return lineEditor.read(prompt === null ? '' : prompt as string);
    }
    if (prompt !== null) writeStdout(prompt as string);
    if (tty) {
      // A terminal: the console's line reader, as PyOS_Readline.
      flushStdout();
      const line = readStdinLine();
      if (line === null) raise(EOFError, 'EOF when reading a line');
      return line.endsWith('\n') ? line.slice(0, -1) : line;
    }
  } else if (prompt !== null) call(getAttr(fout, 'write'), [prompt]);
  // As stderr's above, a flush that fails is ignored (builtin_input_impl clears the error).
  try {
    call(getAttr(fout, 'flush'), []);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
  const line = call(getAttr(fin, 'readline'), []);
  if (typeof line !== 'string' && asStr(line) === undefined) typeError('object.readline() returned non-string');
  const text = typeof line === 'string' ? line : (asStr(line) as string);
  if (text.length === 0) raise(EOFError, 'EOF when reading a line');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** fin.fileno(), or -1 when it has none that works. */
function fdOf(fin: PyValue): number {
  try {
    const n = call(getAttr(fin, 'fileno'), []);
    return typeof n === 'number' ? n : -1;
  } catch (e) {
    if (e instanceof PyException) return -1;
    throw e;
  }
}

function sumImpl(args: PyValue[], kw: string[] | null): PyValue {
  let pos = args;
  let start: PyValue | undefined;
  if (kw !== null && kw.length > 0) {
    // Keywords parsed only when given: sum(xs) is called in loops, and the map cost 3% of generator_pipeline.
    const [p, m] = kwArgs(args, kw);
    checkKw('sum', m, ['start']);
    pos = p;
    start = m.get('start');
  }
  if (pos.length < 1) typeError('sum() takes at least 1 positional argument (0 given)');
  if (args.length > 2) typeError(`sum() takes at most 2 arguments (${args.length} given)`); // keywords count too
  let acc: PyValue = pos.length > 1 ? pos[1] : start ?? 0;
  if (typeof acc === 'string') typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytesObj) typeError(`sum() can't sum ${acc.cls.isSubtype(bytearrayType) ? 'bytearray' : 'bytes'} [use b''.join(seq) instead]`);
  const seq = plainItems(pos[0]);
  const it = seq === null ? getIter(pos[0]) : null;
  // A range's items are read here, not through iterNext's dispatch (sum(range(n)) ~3x faster).
  const rit = it instanceof PyRangeIter ? it : null;
  let i = 0;
  for (;;) {
    let x: PyValue | undefined;
    if (seq !== null) x = i < seq.items.length ? seq.items[i++] : undefined;
    else if (rit !== null) {
      if (rit.i >= rit.len) return acc;
      rit.i++;
      x = rit.cur;
      rit.cur += rit.step;
    } else x = iterNext(it!);
    if (x === undefined) return acc;
    if (typeof acc === 'number' && typeof x === 'number') {
      const r: number = acc + x;
      acc = Number.isSafeInteger(r) ? r : intBinop(acc, x, 0);
    } else if (acc instanceof PyFloat && acc.cls === floatType && (x instanceof PyFloat && x.cls === floatType || typeof x === 'number' || typeof x === 'boolean')) {
      // CPython's float path: a plain double accumulator, adding exact floats and ints (as doubles: exact
      // within ±2^53) in order, boxed once at the end or when another kind of item comes.
      let f = acc.value;
      for (;;) {
        if (x instanceof PyFloat && x.cls === floatType) f += x.value;
        else if (typeof x === 'number') f += x;
        else if (typeof x === 'boolean') f += x ? 1 : 0;
        else break;
        if (seq !== null) x = i < seq.items.length ? seq.items[i++] : undefined;
        else x = iterNext(it!);
        if (x === undefined) return new PyFloat(f);
      }
      acc = binaryOp(new PyFloat(f), x, 0);
    } else acc = binaryOp(acc, x, 0);
  }
}

function roundImpl(args: PyValue[], kw: string[] | null): PyValue {
  const [x, nd] = parseArgs('round', ['number', 'ndigits'], args, kw, 1);
  const f = typeOf(x!).lookup('__round__');
  if (f === undefined) typeError(`type ${typeOf(x!).tpName} doesn't define __round__ method`);
  return nd === undefined ? callBound(f, x!, []) : callBound(f, x!, [nd]);
}

function powImpl(args: PyValue[], kw: string[] | null): PyValue {
  const [b, e, m] = parseArgs('pow', ['base', 'exp', 'mod'], args, kw, 2);
  if (m === undefined || m === None) return binaryOp(b!, e!, 8);
  return ternaryPow(b!, e!, m);
}

/**
 * pow(v, w, z) with z not None (ternary_op): nb_power of type(v), then of type(w) and type(z) when
 * they differ. Builtin ints need three ints, float and complex refuse a modulus, and a class's
 * __pow__ is only tried as v.__pow__(w, z) (three-argument pow never uses __rpow__).
 */
function ternaryPow(v: PyValue, w: PyValue, z: PyValue): PyValue {
  const types: PyType[] = [];
  for (const x of [v, w, z]) {
    const t = typeOf(x);
    if (!types.includes(t)) types.push(t);
  }
  for (const t of types) {
    const owner = t.mro.find((c) => c.tdict.has('__pow__'));
    if (owner === undefined) continue;
    if (owner === intType || owner === boolType) {
      const a = asInt(v), b = asInt(w), c = asInt(z);
      if (a !== undefined && b !== undefined && c !== undefined) return intPowMod(a, b, c);
    } else if (owner === floatType) {
      typeError('pow() 3rd argument not allowed unless all arguments are integers');
    } else if (owner === complexType) {
      if (isComplexish(v) && isComplexish(w)) valueError('complex modulo');
    } else if (t === typeOf(v)) {
      const f = t.lookup('__pow__');
      if (f !== undefined && f !== None) {
        const r = callBound(f, v, [w, z]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(v).tpName}', '${typeOf(w).tpName}', '${typeOf(z).tpName}'`);
}
function isComplexish(x: PyValue): boolean {
  return x instanceof PyComplexObj || x instanceof PyFloat || asInt(x) !== undefined;
}

function intToBase(v: PyValue, base: number, prefix: string): string {
  const i = index(v);
  const neg = i < 0;
  const a = neg ? (typeof i === 'bigint' ? -i : -i) : i;
  return (neg ? '-' : '') + prefix + a.toString(base);
}

function isinstanceImpl(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(obj).isSubtype(cls)) return true;
    const meta = cls.cls;
    if (meta !== typeType) {
      const ic = meta.lookup('__instancecheck__');
      if (ic !== undefined && ic !== typeType.tdict.get('__instancecheck__')) return truthy(callBound(ic, cls, [obj]));
    }
    // obj.__class__ may differ from its type (a property, a proxy): not for a str, int or bool.
    if (typeof obj !== 'object') return false;
    const c = lookupAttr(obj, '__class__');
    if (c instanceof PyType && c !== typeOf(obj)) return c.isSubtype(cls);
    return false;
  }
  // A union is checked as the tuple of its arguments, in order (list[int] | int raises, int | list[int] not).
  if (cls instanceof PyTuple || cls instanceof PyUnion) {
    // Nested tuples recurse natively: counted as CPython counts them.
    enterRecursiveCall(' in __instancecheck__');
    try {
      for (const c of cls instanceof PyTuple ? cls.items : cls.args) if (isinstanceImpl(obj, c)) return true;
    } finally {
      leaveRecursiveCall();
    }
    return false;
  }
  const ic = typeOf(cls).lookup('__instancecheck__');
  if (ic !== undefined) return truthy(callBound(ic, cls, [obj]));
  // An "abstract class": any object with a __bases__ tuple, matched against obj.__class__ (object_isinstance).
  checkAbstractClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = lookupAttr(obj, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** abstract_get_bases: cls.__bases__ when it is a tuple; other errors than AttributeError propagate. */
function abstractBases(cls: PyValue): PyTuple | undefined {
  const b = lookupAttr(cls, '__bases__');
  return b instanceof PyTuple ? b : undefined;
}

/** check_class: cls must be a class or have a __bases__ tuple. */
function checkAbstractClass(cls: PyValue, msg: string): void {
  if (abstractBases(cls) === undefined) typeError(msg);
}

/** abstract_issubclass: derived is cls or reaches it through __bases__. */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length > 1) return bases.items.some((b) => abstractIsSubclass(b, cls));
    derived = bases.items[0];
  }
}

export function issubclassImpl(sub: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple || cls instanceof PyUnion) {
    enterRecursiveCall(' in __subclasscheck__');
    try {
      for (const c of cls instanceof PyTuple ? cls.items : cls.args) if (issubclassImpl(sub, c)) return true;
    } finally {
      leaveRecursiveCall();
    }
    return false;
  }
  if (cls instanceof PyType) {
    const meta = cls.cls;
    if (meta !== typeType) {
      const sc = meta.lookup('__subclasscheck__');
      if (sc !== undefined && sc !== typeType.tdict.get('__subclasscheck__')) return truthy(callBound(sc, cls, [sub]));
    }
    if (sub instanceof PyType) return sub.isSubtype(cls);
  } else {
    const sc = typeOf(cls).lookup('__subclasscheck__');
    if (sc !== undefined) return truthy(callBound(sc, cls, [sub]));
  }
  // recursive_issubclass with an abstract class on either side.
  checkAbstractClass(sub, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) checkAbstractClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(sub, cls);
}

function dirImpl(args: PyValue[]): PyValue {
  if (args.length === 0) {
    // _dir_locals: the sorted keys of what locals() gives (a function's unbound locals and empty cells left out).
    const l = frameLocals(ts.frame!);
    // PyMapping_Keys: an exact dict's own keys, any other mapping's keys() (a dict subclass's override too).
    const keys = l instanceof PyLocalsProxy ? toArray(call(getAttr(l.target, 'keys'), []))
      : l.cls !== dictType ? toArray(call(getAttr(l, 'keys'), [])) : Array.from(l.t.map.values(), (e) => e.key);
    sortItems(keys, None, false);
    return new PyList(keys);
  }
  const d = callSpecial(args[0], '__dir__', []);
  if (d === undefined) return new PyList([]);
  const items = toArray(d);
  sortItems(items, None, false);
  return new PyList(items);
}

import { initBytes, getBuffer } from '../objects/bytes.js';
import {
  setIteratorBuiltins, initIterObjects, callIter, newEnumerate, newZip, newMap, newFilter, newReversed,
} from '../objects/iterobject.js';
import { fspath, fsDecode, isattyFd } from './posix.js';
import { warn } from './_warnings.js';
import { initMemoryview } from '../objects/memoryview.js';
import { initCodecs, encodeText } from './_codecs.js';
import { PySurrogateStr, concatPieces, surrogateRepr } from '../objects/surrogatestr.js';
import { frameLocals } from '../vm/trace.js';

// ---------------------------------------------------------------------------
// locals() of a function frame, and non-dict locals for exec/eval

/** locals()/vars(): a mapping exec or eval was given shows as itself, not as its proxy. */
function visibleLocals(f: NonNullable<typeof ts.frame>): PyDict {
  const d = frameLocals(f);
  return d instanceof PyLocalsProxy ? (d.target as PyDict) : d;
}

/** PyMapping_Check: a type with __getitem__ that is not a sequence type. */
function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  return typeOf(v).lookup('__getitem__') !== undefined;
}

/**
 * The frame's locals for a mapping that is not a dict: an empty dict of its own type whose item methods
 * forward to the mapping, so LOAD_NAME/STORE_NAME/DELETE_NAME reach it through their non-exact-dict paths.
 */
const localsProxyType = new PyType(typeType, 'dict', [dictType], 0);
localsProxyType.mro = [localsProxyType, ...dictType.mro];
class PyLocalsProxy extends PyDict {
  constructor(public readonly target: PyValue) {
    super(localsProxyType);
  }
}
/** The frame locals for a namespace: the dict itself, or a proxy for another mapping (exec's, __prepare__'s). */
export function localsFor(ns: PyValue): PyDict {
  return ns instanceof PyDict ? ns : new PyLocalsProxy(ns);
}
function initLocalsProxy(): void {
  const T = (v: PyValue) => (v as PyLocalsProxy).target;
  defineMethods(localsProxyType, {
    __getitem__: (self, args) => getItem(T(self), args[0]),
    __setitem__: (self, args) => (setItem(T(self), args[0], args[1]), None),
    __delitem__: (self, args) => (delItem(T(self), args[0]), None),
    __contains__: (self, args) => contains(T(self), args[0]),
  });
}

/** The constructors of enumerate, zip, map, filter and reversed (the iterators live in objects/iterobject.ts). */
function initBuiltinIterators(): void {
  setIteratorBuiltins(builtinsDict);
  initIterObjects();
  const ctor = (t: PyType, make: (cls: PyType, args: PyValue[], kw: string[] | null) => PyValue): void => {
    t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => make(args[0] as PyType, args.slice(1), kw)));
  };
  /** enum_new_impl: the start first, then the iterator. */
  const enumerate = (cls: PyType, iterable: PyValue, start: PyValue | undefined): PyValue => {
    const n = start === undefined ? 0 : index(start);
    return newEnumerate(cls, getIter(iterable), n);
  };
  ctor(enumerateType, (cls, args, kw) => {
    if (cls !== enumerateType) {
      // A subclass: tp_new, Argument Clinic's parsing.
      const [iterable, start] = parseArgs('enumerate', ['iterable', 'start'], args, kw, 1);
      return enumerate(cls, iterable!, start);
    }
    // enum_vectorcall: its own reading of the arguments and its own messages.
    const nkw = kw === null ? 0 : kw.length;
    const check = (k: number, name: string): void => {
      if (kw![k] !== name) typeError(`'${kw![k]}' is an invalid keyword argument for enumerate()`);
    };
    if (args.length === 2) {
      if (nkw === 1) check(0, 'start');
      else if (nkw === 2) {
        if (kw![0] === 'start') {
          check(1, 'iterable');
          return enumerate(cls, args[1], args[0]);
        }
        check(0, 'iterable');
        check(1, 'start');
      }
      return enumerate(cls, args[0], args[1]);
    }
    if (args.length === 1) {
      if (nkw === 1) check(0, 'iterable');
      return enumerate(cls, args[0], undefined);
    }
    if (args.length === nkw) typeError("enumerate() missing required argument 'iterable'");
    typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  });
  ctor(zipType, (cls, args, kw) => {
    // zip_new: PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", ["strict"]).
    const nkw = kw === null ? 0 : kw.length;
    if (nkw > 1) typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
    let strict = false;
    if (nkw === 1) {
      if (kw![0] !== 'strict') typeError(`'${kw![0]}' is an invalid keyword argument for zip()`);
      strict = truthy(args[args.length - 1]);
    }
    const its = new Array<PyValue>(args.length - nkw);
    for (let k = 0; k < its.length; k++) its[k] = getIter(args[k]);
    return newZip(cls, its, strict);
  });
  ctor(mapType, (cls, args, kw) => {
    if (cls === mapType || cls.lookup('__init__') === objectType.tdict.get('__init__')) noKw('map', kw);
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos < 2) typeError('map() must have at least two arguments.');
    const its = new Array<PyValue>(npos - 1);
    for (let k = 1; k < npos; k++) its[k - 1] = getIter(args[k]);
    return newMap(cls, args[0], its);
  });
  ctor(filterType, (cls, args, kw) => {
    if (cls === filterType || cls.lookup('__init__') === objectType.tdict.get('__init__')) noKw('filter', kw);
    const pos = kw === null ? args : args.slice(0, args.length - kw.length);
    if (pos.length !== 2) typeError(`filter expected 2 arguments, got ${pos.length}`);
    return newFilter(cls, pos[0], getIter(pos[1]));
  });
  ctor(reversedType, (cls, args, kw) => {
    // reversed_new: keywords refused unless a subclass defines its own __init__; one positional argument.
    if (cls === reversedType || cls.lookup('__init__') === objectType.tdict.get('__init__')) noKw('reversed', kw);
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos !== 1) typeError(`reversed expected 1 argument, got ${npos}`);
    return newReversed(cls, args[0]);
  });
  // The generic native iterator (from modules that need no type of their own).
  defineMethods(iteratorType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = iterNext(self);
      if (v === undefined) throw new PyException(newException(StopIteration, []));
      return v;
    },
    __length_hint__: (self) => (self instanceof PyNativeIter && self.lengthHint !== null ? self.lengthHint() : 0),
  });
}

export function initBuiltins(): void {
  initLocalsProxy();
  initRange();
  initBytes();
  initMemoryview();
  initCodecs();
  const types: [string, PyValue][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['complex', complexType], ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType], ['tuple', tupleType],
    ['list', listType], ['dict', dictType], ['set', setType], ['frozenset', frozensetType], ['range', rangeType],
    ['property', propertyType], ['classmethod', classmethodType], ['staticmethod', staticmethodType],
    ['super', superType], ['slice', sliceType], ['enumerate', enumerateType], ['zip', zipType], ['map', mapType],
    ['filter', filterType], ['reversed', reversedType],
  ];
  for (const [n, t] of types) builtinsDict.setStr(n, t);
  for (const [n, t] of exceptionTypes) builtinsDict.setStr(n, t);
  builtinsDict.setStr('None', None);
  builtinsDict.setStr('Ellipsis', Ellipsis);
  builtinsDict.setStr('NotImplemented', NotImplemented);
  builtinsDict.setStr('True', true);
  builtinsDict.setStr('False', false);
  builtinsDict.setStr('__debug__', true);
  builtinsDict.setStr('__doc__', None);

  initBuiltinIterators();

  def('print', printImpl);
  def('len', (args, kw) => {
    noKw('len', kw);
    nargs('len', args, 1, 1);
    return lenOfSsize(args[0]);
  }, lenOfSsize);
  const repr = (v: PyValue): PyValue => reprValue(v, true);
  def('repr', (args) => {
    nargs('repr', args, 1, 1);
    return repr(args[0]);
  }, repr);
  def('ascii', (args) => asciiObject(args[0]));
  def('isinstance', (args) => {
    nargs('isinstance', args, 2, 2);
    return isinstanceImpl(args[0], args[1]);
  }, null, isinstanceImpl);
  def('issubclass', (args) => {
    nargs('issubclass', args, 2, 2);
    return issubclassImpl(args[0], args[1]);
  }, null, issubclassImpl);
  const abs = (v: PyValue): PyValue => {
    if (typeof v === 'number') return Math.abs(v);
    const f = typeOf(v).lookup('__abs__');
    if (f === undefined) typeError(`bad operand type for abs(): '${typeOf(v).tpName}'`);
    return callBound(f, v, []);
  };
  def('abs', (args) => {
    nargs('abs', args, 1, 1);
    return abs(args[0]);
  }, abs);
  def('min', (args, kw) => minmax('min', args, kw, 0), null, (a, b) => minmax2(a, b, 0));
  def('max', (args, kw) => minmax('max', args, kw, 1), null, (a, b) => minmax2(a, b, 1));
  def('sum', sumImpl);
  def('sorted', (args, kw) => {
    const [pos, m] = kwArgs(args, kw);
    if (pos.length !== 1) typeError(pos.length === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${pos.length}`);
    checkKw('sort', m, ['key', 'reverse']);
    // PySequence_List: an empty list extended (which sizes it as list_extend does), then sorted.
    const l = new PyList([]);
    listExtend(l, pos[0]);
    sortItems(l.items, m.get('key') ?? None, truthy(m.get('reverse') ?? false));
    return l;
  });
  def('iter', (args) => {
    nargs('iter', args, 1, 2);
    if (args.length === 2) {
      const f = args[0];
      if (!(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyType || typeOf(f).lookup('__call__') !== undefined))
        typeError('iter(v, w): v must be callable');
      return callIter(f, args[1]);
    }
    return getIter(args[0]);
  }, getIter);
  def('aiter', builtinAiter);
  def('anext', builtinAnext);
  /** next(it), with no default. */
  const next1 = (it: PyValue): PyValue => {
    if (it instanceof PyListIter || it instanceof PyRangeIter) {
      const v = iterNext(it);
      if (v !== undefined) return v;
      throw new PyException(newException(StopIteration, []));
    }
    if (it instanceof PyGenerator && it.cls === generatorType) return genNextRaising(it);
    const f = typeOf(it).lookup('__next__');
    if (f === undefined) typeError(`'${typeOf(it).tpName}' object is not an iterator`);
    return iterNextRaising(it, f);
  };
  def('next', (args) => {
    nargs('next', args, 1, 2);
    const it = args[0];
    if (args.length === 1) return next1(it);
    // With a default: the common iterators without a lookup of __next__, and no exception at their end.
    if (it instanceof PyListIter || it instanceof PyRangeIter) {
      const v = iterNext(it);
      return v !== undefined ? v : args[1];
    }
    const f = typeOf(it).lookup('__next__');
    if (f === undefined) typeError(`'${typeOf(it).tpName}' object is not an iterator`);
    try {
      return iterNextRaising(it, f);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) return args[1];
      throw e;
    }
  }, next1);
  const hasattr = (o: PyValue, n: PyValue): PyValue => {
    const name = attrName(n);
    if (name === undefined) typeError(`attribute name must be string, not '${typeOf(n).tpName}'`);
    try {
      return typeof name === 'string' ? getAttrOpt(o, name) !== undefined : (surrogateGetAttr(o, name), true);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return false;
      throw e;
    }
  };
  def('hasattr', (args) => {
    nargs('hasattr', args, 2, 2);
    return hasattr(args[0], args[1]);
  }, null, hasattr);
  const getattr = (args: PyValue[]): PyValue => {
    nargs('getattr', args, 2, 3);
    const name = attrName(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeOf(args[1]).tpName}'`);
    if (typeof name !== 'string') {
      try {
        return surrogateGetAttr(args[0], name);
      } catch (e) {
        if (args.length === 3 && e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return args[2];
        throw e;
      }
    }
    if (args.length === 3) {
      try {
        const r = getAttrOpt(args[0], name);
        return r === undefined ? args[2] : r;
      } catch (e) {
        if (e instanceof PyException && e.exc.cls.isSubtype(AttributeError)) return args[2];
        throw e;
      }
    }
    return getAttr(args[0], name);
  };
  def('getattr', getattr, null, (o, n) => (typeof n === 'string' ? getAttr(o, n) : getattr([o, n])));
  def('setattr', (args) => {
    nargs('setattr', args, 3, 3);
    const name = attrName(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeOf(args[1]).tpName}'`);
    if (typeof name === 'string') setAttr(args[0], name, args[2]);
    else surrogateSetAttr(args[0], name, args[2]);
    return None;
  });
  def('delattr', (args) => {
    nargs('delattr', args, 2, 2);
    const name = attrName(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeOf(args[1]).tpName}'`);
    if (typeof name === 'string') setAttr(args[0], name, null);
    else surrogateSetAttr(args[0], name, null);
    return None;
  });
  // builtin_breakpoint: whatever sys.breakpointhook is now, called with the arguments as given.
  def('breakpoint', (args, kw) => {
    const hook = sys.getStr('breakpointhook');
    if (hook === undefined) raise(RuntimeError, 'lost sys.breakpointhook');
    return call(hook, args, kw);
  });
  const callable = (v: PyValue): PyValue =>
    v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
  def('callable', (args) => callable(args[0]), callable);
  // A str is a JS value without an identity: its id is its full 64-bit hash above 2**64, so that it meets
  // neither an int's (its value's hash) nor another str's (pickle's memo is keyed by id).
  const id = (v: PyValue): PyValue => {
    const id = typeof v === 'string' ? (1n << 64n) | BigInt.asUintN(64, BigInt(hash(v))) : idOf(v);
    if (auditing()) audit('builtins.id', [id]);
    return id;
  };
  def('id', (args) => id(args[0]), id);
  def('hash', (args) => {
    nargs('hash', args, 1, 1);
    return hash(args[0]);
  }, hash);
  const ord = (a: PyValue): PyValue => {
    const s = typeof a === 'object' && !(a instanceof PyBytesObj) && !(a instanceof PySurrogateStr) ? asStr(a) ?? a : a; // a str subclass: its text
    if (typeof s === 'string') {
      const n = strLen(s);
      if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
      return s.codePointAt(0)!;
    }
    if (s instanceof PySurrogateStr) typeError(`ord() expected a character, but string of length ${s.cps.length} found`);
    if (s instanceof PyBytesObj) {
      if (s.bytes.length !== 1) typeError(`ord() expected a character, but string of length ${s.bytes.length} found`);
      return s.bytes[0];
    }
    typeError(`ord() expected string of length 1, but ${typeOf(s).tpName} found`);
  };
  def('ord', (args) => {
    nargs('ord', args, 1, 1);
    return ord(args[0]);
  }, ord);
  const chr = (v: PyValue): PyValue => {
    const i = index(v);
    if (typeof i === 'bigint') raise(OverflowError, 'Python int too large to convert to C int');
    if (i < 0 || i > 0x10ffff) valueError('chr() arg not in range(0x110000)');
    return String.fromCodePoint(i);
  };
  def('chr', (args) => {
    nargs('chr', args, 1, 1);
    return chr(args[0]);
  }, chr);
  def('hex', (args) => intToBase(args[0], 16, '0x'));
  def('oct', (args) => intToBase(args[0], 8, '0o'));
  def('bin', (args) => intToBase(args[0], 2, '0b'));
  def('round', roundImpl);
  const divmod = (a: PyValue, b: PyValue): PyValue => {
    const ai = asInt(a);
    const bi = asInt(b);
    if (ai !== undefined && bi !== undefined) return new PyTuple([intBinop(ai, bi, 2), intBinop(ai, bi, 6)]);
    const r = callSpecial(a, '__divmod__', [b]);
    if (r !== undefined && r !== NotImplemented) return r;
    const rr = callSpecial(b, '__rdivmod__', [a]);
    if (rr !== undefined && rr !== NotImplemented) return rr;
    typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
  };
  def('divmod', (args) => {
    nargs('divmod', args, 2, 2);
    return divmod(args[0], args[1]);
  }, null, divmod);
  def('pow', powImpl);
  def('all', (args) => {
    nargs('all', args, 1, 1);
    const it = getIter(args[0]);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return true;
      if (!truthy(v)) return false;
    }
  });
  def('any', (args) => {
    nargs('any', args, 1, 1);
    const it = getIter(args[0]);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return false;
      if (truthy(v)) return true;
    }
  });
  def('input', (args, kw) => {
    unpackArgs('input', args, kw, 0, 1);
    const direct = ts.direct;
    audit('builtins.input', [args.length > 0 ? args[0] : None]);
    const r = inputImpl(args, direct);
    audit('builtins.input/result', [r]);
    return r;
  });
  def('format', (args) => {
    nargs('format', args, 1, 2);
    const spec0 = args.length > 1 ? args[1] : '';
    // Any str: a subclass gives its text, a PySurrogateStr goes as it is.
    const spec = spec0 instanceof PySurrogateStr ? spec0 : asStr(spec0);
    if (spec === undefined) typeError(`format() argument 2 must be str, not ${spec0 === None ? 'None' : typeOf(spec0).tpName}`);
    return format(args[0], spec);
  });
  def('vars', (args) => {
    if (args.length === 0) return ts.frame === null ? new PyDict() : visibleLocals(ts.frame);
    let d: PyValue | undefined;
    try {
      d = getAttrOpt(args[0], '__dict__');
    } catch (e) {
      if (!(e instanceof PyException) || !e.exc.cls.isSubtype(AttributeError)) throw e;
    }
    if (d === undefined) typeError('vars() argument must have __dict__ attribute');
    return d;
  });
  def('dir', (args) => dirImpl(args));
  def('globals', () => ts.frame!.globals);
  def('locals', () => visibleLocals(ts.frame!));
  def('__build_class__', buildClass);
  def('__import__', (args, kw) => {
    const [nameV, globals, , fromlist, level] = parseArgs('__import__', ['name', 'globals', 'locals', 'fromlist', 'level'], args, kw, 1);
    // PyImport_ImportModuleLevelObject: any str; no module's name holds a high surrogate before a low one.
    if (nameV instanceof PySurrogateStr) {
      const e = newException(exceptionTypes.get('ModuleNotFoundError')!, [concatPieces(['No module named ', surrogateRepr(nameV)])]);
      e.dict = new PyDict();
      e.dict.set('name', nameV);
      e.dict.setStr('path', None);
      throw new PyException(e);
    }
    const name = asStr(nameV!);
    if (name === undefined) typeError('module name must be a string');
    // resolve_name (a relative import only): no globals (None) has no '__name__'; they must be a dict.
    const lv = level === undefined ? 0 : Number(level);
    if (lv > 0 && (globals === undefined || globals === None)) raise(exceptionTypes.get('KeyError')!, "'__name__' not in globals");
    if (lv > 0 && !(globals instanceof PyDict)) typeError('globals must be a dict');
    return importName(name, fromlist ?? None, lv, globals instanceof PyDict ? globals : new PyDict());
  });
  importFunc = builtinsDict.getStr('__import__')!;
  const execEval = (mode: 'exec' | 'eval') => (args: PyValue[], kw: string[] | null): PyValue => {
    // exec's keyword-only `closure` (3.11): the cells for a code object's free variables.
    let closure: PyValue = None;
    const ci = mode === 'exec' && kw !== null ? kw.indexOf('closure') : -1;
    if (ci >= 0) {
      const at = args.length - kw!.length + ci;
      closure = args[at];
      args = args.filter((_, i) => i !== at);
      kw = kw!.filter((_, i) => i !== ci);
      if (kw.length === 0) kw = null;
    }
    const [src, gArg, lArg] = parseArgs(mode, ['source', 'globals', 'locals'], args, kw, 1);
    const f = ts.frame!;
    const g = gArg === undefined ? None : gArg;
    const l = lArg === undefined ? None : lArg;
    // builtin_eval_impl / builtin_exec_impl: their checks and messages, in their order.
    if (mode === 'eval') {
      if (l !== None && !isMapping(l)) typeError('locals must be a mapping');
      if (g !== None && !(g instanceof PyDict)) {
        typeError(isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
      }
    } else {
      if (g !== None && !(g instanceof PyDict)) typeError(`exec() globals must be a dict, not ${typeOf(g).tpName}`);
      if (l !== None && !isMapping(l)) typeError(`locals must be a mapping or None, not ${typeOf(l).tpName}`);
    }
    const globals: PyDict = g instanceof PyDict ? g : f.globals;
    // No globals: the caller's locals (a function's snapshot); globals alone serve as locals too.
    const localsV: PyValue = l !== None ? l : g !== None ? globals : visibleLocals(f);
    const locals = localsFor(localsV);
    if (g instanceof PyDict && globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', f.builtins); // PyEval_GetBuiltins()
    let code: RtCode;
    let cells: PyCell[] | null = null;
    if (src instanceof RtCode) {
      code = src;
      if (mode === 'eval' && code.nfrees > 0) typeError('code object passed to eval() may not contain free variables');
      if (code.nfrees === 0) {
        if (closure !== None) typeError('cannot use a closure with this code object');
      } else {
        // builtin_exec_impl: exactly a tuple of that many cells.
        if (!(closure instanceof PyTuple && closure.cls === tupleType && closure.items.length === code.nfrees &&
          closure.items.every((c) => c instanceof PyCell))) {
          typeError(`code object requires a closure of exactly length ${code.nfrees}`);
        }
        cells = closure.items as PyCell[];
      }
    }
    else {
      if (closure !== None) typeError('closure can only be used when source is a code object');
      const text = sourceText(src!, '<string>', `${mode}() arg 1 must be a string, bytes or code object`);
      if (auditing()) audit('compile', [auditedSource(src!, text), '<string>']);
      // The caller's __future__ features apply (PyEval_MergeCompilerFlags), as for compile() without dont_inherit.
      const future = ts.frame === null ? 0 : ts.frame.code.flags & PYCF_FUTURE_MASK;
      code = withByteOffsets(undeclaredBytes(src!), text, () => compileSource(mode === 'eval' ? text.replace(/^[ \t]+/, '') : text, '<string>', mode, future));
    }
    audit('exec', [code]);
    const r = runModuleCode(code, globals, builtinsFromGlobals(globals, builtinsDict), locals, cells);
    return mode === 'eval' ? r : None;
  };
  def('exec', execEval('exec'));
  def('eval', execEval('eval'));
  def('compile', (args, kw) => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos > 6) typeError(`compile() takes at most 6 positional arguments (${npos} given)`);
    const [src, fname, mode, flagsArg, dontInherit, optArg, featureArg] = parseArgs('compile',
      ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], args, kw, 3);
    // Converted in Argument Clinic's order, then checked in builtin_compile_impl's.
    const filename = fsDecoder(fname!);
    if (typeof mode !== 'string') typeError(`compile() argument 'mode' must be str, not ${typeOf(mode!).tpName}`);
    let flags = flagsArg === undefined ? 0 : cIntArg(flagsArg);
    const inherit = dontInherit === undefined || !truthy(dontInherit);
    const optimize = optArg === undefined ? -1 : cIntArg(optArg);
    const featureVersion = featureArg === undefined ? -1 : cIntArg(featureArg);
    if (flags & ~PYCF_ALLOWED) valueError('compile(): unrecognised flags');
    if (optimize < -1 || optimize > 2) valueError('compile(): invalid optimize value');
    // Without dont_inherit, the caller's __future__ features apply (PyEval_MergeCompilerFlags).
    if (inherit && ts.frame !== null) flags |= ts.frame.code.flags & PYCF_FUTURE_MASK;
    const onlyAst = (flags & PyCF_ONLY_AST) !== 0;
    if (mode === 'func_type' && !onlyAst) valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
      valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (isAstObject(src!)) {
      audit('compile', [src!, None]);
      return onlyAst ? src! : compileAstObject(src!, filename, mode as 'exec' | 'eval' | 'single', flags, optimize);
    }
    const text = sourceText(src!, filename, 'compile() arg 1 must be a string, bytes or AST object');
    if (auditing()) audit('compile', [auditedSource(src!, text), filename]);
    return withByteOffsets(undeclaredBytes(src!), text, () => {
      if (mode === 'func_type') return parseFuncTypeToAstObject(text, filename);
      if (onlyAst) return parseToAstObject(text, filename, mode, flags, featureVersion);
      if (flags & PyCF_TYPE_COMMENTS) checkTypeComments(text, filename, mode);
      // Incomplete input and no implied dedent are the parser's options (compileSource takes them off).
      return compileSource(text, filename, mode, flags & ~(PYCF_COMPILE_ONLY & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)), optimize);
    });
  });
  installSiteBuiltins(builtinsDict);
  def('open', (args, kw) => {
    const { openFile } = ioHooks;
    return openFile(args, kw);
  });
  void [PyObject, PyInstance, PySet, PyComplexObj, emptyTuple, newTuple, richCompare, unaryOp, isinstance, intPow,
    intToFloat, asFloat, roundHalfEven, isExcType, PyBaseException, typeGetAttr, memberDescrType];
}

/** open() is provided by an io module (not yet written); this hook lets it plug in. */
export const ioHooks = {
  /** Does sys.stdout (the standard stream) write this text as it is (set by _io)? */
  stdoutTakes: (s: string): boolean => (void s, true),
  openFile: (args: PyValue[], kw: string[] | null): PyValue => {
    void args;
    void kw;
    raise(exceptionTypes.get('OSError')!, 'open() is not supported yet');
  },
};

function iterNextRaising(it: PyValue, f: PyValue): PyValue {
  if (it instanceof PyNativeIter) {
    const v = it.next();
    if (v === undefined) throw new PyException(newException(StopIteration, []));
    return v;
  }
  return callBound(f, it, []);
}

// compile()'s flags (Include/cpython/compile.h): the __future__ features (PyCF_MASK), CO_NESTED
// (PyCF_MASK_OBSOLETE) and the PyCF_* compile options.
const PYCF_FUTURE_MASK = 0x1fe0000;
const PYCF_COMPILE_ONLY = 0x200 | 0x400 | 0x1000 | 0x4000;
const PYCF_ALLOWED = PYCF_FUTURE_MASK | 0x10 | PYCF_COMPILE_ONLY | 0x2000;

/**
 * _Py_SourceAsString for compile(), exec() and eval(): a str as it is; bytes or any other buffer (memoryview,
 * array...) decoded as a source file is, by its coding declaration (UTF-8 without one).
 */
export function sourceText(src: PyValue, filename: string, wrongType: string): string {
  let text: string;
  if (typeof src === 'string') text = src;
  else if (src instanceof PySurrogateStr) return sourceAsUtf8(src);
  else {
    const buf = src instanceof PyBytesObj ? src.bytes : getBuffer(src)?.data;
    if (buf === undefined) typeError(wrongType);
    text = decodeCompileSource(buf.slice(), filename);
  }
  if (text.includes('\0')) raise(exceptionTypes.get('SyntaxError')!, 'source code string cannot contain null bytes');
  return text;
}

/** PyUnicode_FSDecoder (compile()'s filename): str, bytes, os.PathLike; other buffers with a DeprecationWarning. */
export function fsDecoder(v: PyValue): string {
  if (typeof v !== 'string' && !(v instanceof PyBytesObj && !(v instanceof PyByteArray))) {
    const buf = typeOf(v).lookup('__fspath__') === undefined ? getBuffer(v) : undefined;
    if (buf !== undefined) {
      warn(`path should be string, bytes, or os.PathLike, not ${typeOf(v).tpName}`, exceptionTypes.get('DeprecationWarning')!, 1, None);
      return fsDecode(buf.data.slice());
    }
    v = fspath(v);
  }
  return typeof v === 'string' ? v : fsDecode((v as PyBytesObj).bytes);
}

/** Whether a compile()/exec()/eval() source is bytes that declare no encoding (see withByteOffsets). */
function undeclaredBytes(src: PyValue): boolean {
  if (typeof src === 'string' || src instanceof PySurrogateStr) return false;
  const buf = src instanceof PyBytesObj ? src.bytes : getBuffer(src)?.data;
  return buf !== undefined && !declaresEncoding(buf);
}

/** The source bytes a decoded text came from: UTF-8, with each lone \udc80-\udcff its undecodable byte. */
function sourceBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else for (const b of Buffer.from(ch, 'utf8')) out.push(b);
  }
  return Uint8Array.from(out);
}

/**
 * Runs a compilation of `text`, decoded from bytes that declare no encoding: CPython's tokenizer then has
 * none, so a SyntaxError keeps byte offsets into the line's UTF-8 and shows the line decoded with 'replace'
 * (_PyPegen_raise_error_known_location converts offsets only when tok->encoding is set; the tokenizer's own
 * errors count characters).
 */
function withByteOffsets<T>(fromBytes: boolean, text: string, run: () => T): T {
  if (!fromBytes) return run();
  try {
    return run();
  } catch (e) {
    const se = e instanceof PyException ? (e.exc as PyBaseException & { syntax?: PySyntaxError }).syntax : undefined;
    if (se === undefined || se.lineno < 1 || se instanceof PyTokenizerError) throw e;
    const lines = text.split(/(?<=\r\n|\n|\r)/);
    // A character offset (1-based) into line n as a byte offset: an undecodable byte (a lone surrogate
    // \udc80-\udcff in the decoded text) is one byte.
    const toBytes = (n: number, off: number): number => {
      const line = lines[n - 1];
      return line === undefined || off < 1 ? off : sourceBytes(Array.from(line).slice(0, off - 1).join('')).length + 1;
    };
    let shown = se.text;
    const line = (lines[se.lineno - 1] ?? '').replace(/\r?\n$|\r$/, '');
    if (shown !== null && shown.replace(/\n$/, '') === line) shown = new TextDecoder('utf-8', { ignoreBOM: true }).decode(sourceBytes(line)) + '\n';
    throw syntaxErrorToPy(new PySyntaxError(se.kind, se.msg, se.filename, se.lineno, toBytes(se.lineno, se.offset), shown,
      se.endLineno, toBytes(se.endLineno, se.endOffset)));
  }
}

/** Source bytes decoded as compile() does: BOM, PEP 263 cookie, UTF-8. */
function decodeCompileSource(bytes: Uint8Array, filename: string): string {
  try {
    return decodeSource(bytes, filename, { compile: true });
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

/** An int argument converted to a C int (PyLong_AsInt through __index__). */
function cIntArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}
