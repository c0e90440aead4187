// The _sre module (Modules/_sre/sre.c of CPython 3.11): compile() turns the code list made by
// Lib/re/_compiler.py into a Pattern; Pattern, Match and Scanner objects with 3.11's methods,
// arguments and messages. The matcher itself is in sre/engine.ts.
//
// Subjects: a str is matched as an Int32Array of its code points (an astral character counts as
// one, as everywhere in Typhon), a bytes-like object as its byte values. Short subjects of
// operations that cannot run Python code while they match (match, search, fullmatch, findall,
// split) are converted into a reused scratch buffer (sub() borrows one from a pool); long subjects
// are kept in a small cache keyed by the string (or bytes object), so that `p.match(text, pos)` in
// a tokenizer loop converts `text` once. A str holding a high surrogate before a low one (PySurrogateStr)
// is matched on its code points, and its slices are made from them.
import {
  PyObject, PyValue, PyType, PyDict, PyList, PyTuple, PyModule, PyBuiltin, PyBytesObj, PyByteArray, PyNativeIter,
  PyClassMethodDescr, None, NotImplemented, typeType, objectType, typeOf, defineMethods, defineGetters, newTuple,
  mappingproxyType, callableIterType, bytesType,
} from '../objects/object.js';
import {
  typeError, indexError, raise, newException, OverflowError, RuntimeError, SystemError, PyException,
} from '../objects/exceptions.js';
import { call, repr, hash, eq, index, getAttr } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { asStr, PyStrSub } from '../objects/str.js';
import { PySurrogateStr, fromCodePoints, concatPieces } from '../objects/surrogatestr.js';
import { anyStr } from './args.js';
import { PyFunction } from '../objects/funcobject.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { loadModule } from '../vm/import.js';
import * as C from './sre/constants.js';
import { SreState, PatternTables, sreMatch, sreSearch, SreInternalError } from './sre/engine.js';
import { lowerAscii, lowerUnicode, upperUnicode } from './sre/chars.js';

// ---------------------------------------------------------------------------
// Types

function mkType(name: string, module: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', module);
  return t;
}

export const patternType = mkType('Pattern', 're');
export const matchType = mkType('Match', 're');
const scannerType = mkType('SRE_Scanner', '_sre');

/** A subject prepared for the engine. */
class Subject {
  declare chars: Int32Array;
  declare length: number;
  declare isBytes: boolean;
  /** A str subject's text. */
  declare text: string;
  /** Code point index -> UTF-16 offset, when the text has surrogate pairs (else null). */
  declare u16: Int32Array | null;
  /** A bytes subject's bytes (live for bytearray). */
  declare bytes: Uint8Array | null;
  /** A PySurrogateStr subject's code points (then `text` is unused). */
  declare cps: number[] | null;
  /** `chars` is a buffer lent for one call (see getSubject). */
  declare borrowed: boolean;
  /** A borrowed subject's detached copy, once keep() made one (the scratch subject serves calls on the same str). */
  declare kept: Subject | null;
  constructor(chars: Int32Array, length: number, isBytes: boolean, text: string, u16: Int32Array | null, bytes: Uint8Array | null) {
    this.borrowed = false;
    this.kept = null;
    this.chars = chars;
    this.length = length;
    this.isBytes = isBytes;
    this.text = text;
    this.u16 = u16;
    this.bytes = bytes;
    this.cps = null;
  }
}

export class PyPattern extends PyObject {
  declare pattern: PyValue;
  declare flags: number;
  declare code: Int32Array;
  declare groups: number;
  declare groupindex: PyDict | null;
  declare indexgroup: PyTuple | null;
  /** 1 for a bytes pattern, 0 for str, -1 when compiled from None (either kind of subject). */
  declare isBytes: number;
  /** The engine's lazily built tables (SreState.tables). */
  declare tables: PatternTables;
  constructor(pattern: PyValue, flags: number, code: Int32Array, groups: number, isBytes: number) {
    super(patternType);
    this.tables = new PatternTables(code.length);
    this.pattern = pattern;
    this.flags = flags;
    this.code = code;
    this.groups = groups;
    this.groupindex = null;
    this.indexgroup = null;
    this.isBytes = isBytes;
  }
}

export class PyMatch extends PyObject {
  declare re: PyPattern;
  declare string: PyValue;
  /** Start/end of group 0..groups, -1 where a group did not participate. */
  declare marks: number[];
  declare pos: number;
  declare endpos: number;
  declare lastindex: number;
  declare subj: Subject;
  declare regs: PyTuple | null;
  constructor(re: PyPattern, string: PyValue, marks: number[], pos: number, endpos: number, lastindex: number, subj: Subject) {
    super(matchType);
    this.re = re;
    this.string = string;
    this.marks = marks;
    this.pos = pos;
    this.endpos = endpos;
    this.lastindex = lastindex;
    this.subj = subj;
    this.regs = null;
  }
}

class PyScanner extends PyObject {
  declare pattern: PyPattern;
  declare state: SreState;
  declare string: PyValue;
  declare subj: Subject;
  declare done: boolean;
  constructor(pattern: PyPattern, state: SreState, string: PyValue, subj: Subject) {
    super(scannerType);
    this.pattern = pattern;
    this.state = state;
    this.string = string;
    this.subj = subj;
    this.done = false;
  }
}

// ---------------------------------------------------------------------------
// Subjects

const SCRATCH_MAX = 256;
const scratch = new Int32Array(SCRATCH_MAX);
/** The str whose code points `scratch` holds (null: none known), and its subject. */
let scratchKey: string | null = null;
let scratchSubj: Subject | null = null;
/** Buffers for short subjects of sub(), whose callbacks may use regular expressions in turn. */
const bufferPool: Int32Array[] = [];
/** bufferPool's top (a stack with its own top, as statePool). */
let buffersTop = 0;
/** Typed arrays are costly to allocate, even empty: one shared empty array. */
const NO_CHARS = new Int32Array(0);
const CACHE_SIZE = 4;
const cacheKeys: (PyValue | null)[] = [null, null, null, null];
const cacheVals: (Subject | null)[] = [null, null, null, null];
let cacheNext = 0;

function convertStr(s: string, out: Int32Array | null): Subject {
  const n = s.length;
  const chars = out !== null ? out : new Int32Array(n);
  let k = 0;
  let pairs = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        pairs = true;
      }
    }
    chars[k++] = c;
  }
  let u16: Int32Array | null = null;
  if (pairs) {
    u16 = new Int32Array(k + 1);
    let j = 0;
    for (let i = 0; i < k; i++) {
      u16[i] = j;
      j += chars[i] > 0xffff ? 2 : 1;
    }
    u16[k] = j;
  }
  return new Subject(chars, k, false, s, u16, null);
}

function convertCodePoints(cps: number[], out: Int32Array | null): Subject {
  const chars = out !== null ? out : new Int32Array(cps.length);
  for (let i = 0; i < cps.length; i++) chars[i] = cps[i];
  const subj = new Subject(chars, cps.length, false, '', null, null);
  subj.cps = cps;
  return subj;
}

function convertBytes(b: Uint8Array, out: Int32Array | null): Subject {
  const n = b.length;
  const chars = out !== null ? out : new Int32Array(n);
  for (let i = 0; i < n; i++) chars[i] = b[i];
  return new Subject(chars, n, true, '', null, b);
}

/**
 * getstring(): the subject for a str or bytes-like object. `out`: a buffer of SCRATCH_MAX codes the
 * caller lends for the duration of its call (the shared scratch buffer for calls that run no
 * Python code meanwhile), used for a short subject; null: the subject must outlive the call.
 */
function getSubject(v: PyValue, out: Int32Array | null): Subject {
  if (v instanceof PyStrSub && v.sur !== null) return surrogateSubject(v.sur, out);
  const s = asStr(v);
  let b: Uint8Array | undefined;
  if (s === undefined) {
    if (v instanceof PySurrogateStr) return surrogateSubject(v, out);
    b = asBytes(v);
    if (b === undefined) typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  }
  const n = s !== undefined ? s.length : b!.length;
  if (n <= SCRATCH_MAX) {
    // The same short str again (re.match then re.search on one line): scratch still holds it.
    if (out === scratch && s !== undefined && s === scratchKey) return scratchSubj!;
    const subj = s !== undefined ? convertStr(s, out) : convertBytes(b!, out);
    subj.borrowed = out !== null;
    if (out === scratch) {
      scratchKey = s !== undefined ? s : null;
      scratchSubj = subj;
    }
    return subj;
  }
  // Long subjects: cached by the str, or by an immutable bytes object.
  const key: PyValue | null = s !== undefined ? s : v instanceof PyBytesObj && !(v instanceof PyByteArray) ? v : null;
  if (key !== null) {
    for (let i = 0; i < CACHE_SIZE; i++) if (cacheKeys[i] === key) return cacheVals[i]!;
  }
  const subj = s !== undefined ? convertStr(s, null) : convertBytes(b!, null);
  if (key !== null) {
    cacheKeys[cacheNext] = key;
    cacheVals[cacheNext] = subj;
    cacheNext = (cacheNext + 1) % CACHE_SIZE;
  }
  return subj;
}

function surrogateSubject(v: PySurrogateStr, out: Int32Array | null): Subject {
  if (v.cps.length <= SCRATCH_MAX) {
    if (out === scratch) scratchKey = null;
    const subj = convertCodePoints(v.cps, out);
    subj.borrowed = out !== null;
    return subj;
  }
  for (let i = 0; i < CACHE_SIZE; i++) if (cacheKeys[i] === v) return cacheVals[i]!;
  const subj = convertCodePoints(v.cps, null);
  cacheKeys[cacheNext] = v;
  cacheVals[cacheNext] = subj;
  cacheNext = (cacheNext + 1) % CACHE_SIZE;
  return subj;
}

/** A detached copy of a subject in a lent buffer (for match objects that outlive the call). */
function keep(subj: Subject): Subject {
  if (!subj.borrowed) return subj;
  if (subj.kept !== null) return subj.kept;
  const k = new Subject(NO_CHARS, subj.length, subj.isBytes, subj.text, subj.u16, subj.bytes);
  k.cps = subj.cps;
  return (subj.kept = k);
}

function clampPos(v: number, length: number): number {
  return v < 0 ? 0 : v > length ? length : v;
}

/** state_init: the subject's kind must agree with the pattern's. */
function initState(p: PyPattern, string: PyValue, pos: number, endpos: number, out: Int32Array | null): SreState {
  const subj = getSubject(string, out);
  stateSubject = subj;
  if (subj.isBytes && p.isBytes === 0) typeError('cannot use a string pattern on a bytes-like object');
  if (!subj.isBytes && p.isBytes > 0) typeError('cannot use a bytes pattern on a string-like object');
  const start = clampPos(pos, subj.length);
  const end = clampPos(endpos, subj.length);
  if (poolTop === 0) return new SreState(subj.chars, p.groups, start, end, p.tables);
  const st = statePool[--poolTop];
  st.init(subj.chars, p.groups, start, end, p.tables);
  return st;
}

/** The subject of the state initState made last (read at once by its caller: no tuple to allocate). */
let stateSubject: Subject = new Subject(NO_CHARS, 0, false, '', null, null);

// States (with their mark arrays and context stacks) are reused: a match allocates little.
// A stack with its own top: pop() and push() on a JS array shrink and regrow its store when it
// empties, an allocation per call.
const statePool: SreState[] = [];
let poolTop = 0;

const NO_TABLES = new PatternTables(0);

function release(st: SreState): void {
  st.s = NO_CHARS;
  st.tables = NO_TABLES;
  st.repeat = null;
  if (poolTop < 16) statePool[poolTop++] = st;
}

/** getslice(): characters i..j of the subject, as str or (exact) bytes. */
function sliceOf(subj: Subject, string: PyValue, i: number, j: number): PyValue {
  if (subj.isBytes) {
    const b = subj.bytes!;
    if (i === 0 && j === b.length && string instanceof PyBytesObj && string.cls.name === 'bytes' && !(string instanceof PyByteArray)) {
      return string;
    }
    return new PyBytesObj(b.slice(i, j));
  }
  if (subj.cps !== null) return fromCodePoints(subj.cps.slice(i, j));
  const u = subj.u16;
  return u === null ? subj.text.substring(i, j) : subj.text.substring(u[i], u[j]);
}

/** state_getslice: group `index` (1-based) of the state, or None / '' when unset. */
function stateGroup(st: SreState, subj: Subject, string: PyValue, index: number, empty: boolean): PyValue {
  const k = (index - 1) * 2;
  if (k >= st.lastmark || st.mark[k] < 0 || st.mark[k + 1] < 0) {
    if (!empty) return None;
    return sliceOf(subj, string, 0, 0);
  }
  const i = st.mark[k];
  const j = st.mark[k + 1];
  if (i > j) raise(SystemError, 'The span of capturing group is wrong, please report a bug for the re module.');
  return sliceOf(subj, string, i, j);
}

/** pattern_error: what a failure inside the engine becomes. */
function engineError(e: unknown): unknown {
  if (e instanceof SreInternalError) return new PyException(newException(RuntimeError, ['internal error in regular expression engine']));
  return e;
}

/** pattern_new_match: a Match for a successful state. */
function newMatch(p: PyPattern, st: SreState, string: PyValue, subj: Subject): PyMatch {
  const g = p.groups;
  // A plain array: V8 allocates small typed arrays far more slowly. Grown by push from a literal, it
  // stays a packed array of small integers (new Array(n) makes a holey one).
  const marks: number[] = [st.start, st.ptr];
  if (g === 0) return new PyMatch(p, string, marks, st.pos, st.endpos, st.lastindex, keep(subj));
  const mark = st.mark;
  for (let i = 0, j = 0; i < g; i++, j += 2) {
    if (j + 1 <= st.lastmark && mark[j] >= 0 && mark[j + 1] >= 0) {
      if (mark[j] > mark[j + 1]) {
        raise(SystemError, 'The span of capturing group is wrong, please report a bug for the re module.');
      }
      marks.push(mark[j], mark[j + 1]);
    } else marks.push(-1, -1);
  }
  return new PyMatch(p, string, marks, st.pos, st.endpos, st.lastindex, keep(subj));
}

// ---------------------------------------------------------------------------
// Argument parsing, worded as Argument Clinic words it

const SSIZE_MAX = 9223372036854775807;

function ssize(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** _PyArg_UnpackKeywords: positional-or-keyword parameters `names`, the first `required` required. */
function clinic(fname: string, names: string[], required: number, args: PyValue[], kw: string[] | null): (PyValue | undefined)[] {
  // Positional arguments only, as many as it takes: the arguments themselves (callers only read them).
  if (kw === null && args.length >= required && args.length <= names.length) return args;
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  const max = names.length;
  if (npos + nkw > max) {
    typeError(`${fname}() takes at most ${max} ${npos === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(max).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let used = 0;
  for (let i = npos; i < max; i++) {
    const k = kw === null ? -1 : kw.indexOf(names[i]);
    if (k >= 0) {
      out[i] = args[npos + k];
      used++;
    } else if (i < required) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (used < nkw) {
    for (const name of kw!) {
      const j = names.indexOf(name);
      if (j < 0) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      if (j < npos) typeError(`argument for ${fname}() given by name ('${name}') and position (${j + 1})`);
    }
  }
  return out;
}

function noKw(fname: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional for an optional single argument. */
function atMostOne(fname: string, args: PyValue[], kw: string[] | null): PyValue | undefined {
  if (kw !== null) noKw(`Match.${fname}`, kw);
  if (args.length > 1) typeError(`${fname} expected at most 1 argument, got ${args.length}`);
  return args[0];
}

/** (string, pos=0, endpos=sys.maxsize): the string is returned, pos and endpos left in argPos, argEndpos. */
function stringPosEndpos(fname: string, args: PyValue[], kw: string[] | null): PyValue {
  if (kw === null && args.length <= 3 && args.length > 0) {
    const n = args.length;
    argPos = n > 1 ? (typeof args[1] === 'number' ? args[1] : ssize(args[1])) : 0;
    argEndpos = n > 2 ? (typeof args[2] === 'number' ? args[2] : ssize(args[2])) : SSIZE_MAX;
    return args[0];
  }
  const a = clinic(fname, ['string', 'pos', 'endpos'], 1, args, kw);
  argPos = a[1] === undefined ? 0 : ssize(a[1]);
  argEndpos = a[2] === undefined ? SSIZE_MAX : ssize(a[2]);
  return a[0]!;
}

// (stringPosEndpos's results: module variables rather than a tuple allocated per call)
let argPos = 0;
let argEndpos = 0;

// ---------------------------------------------------------------------------
// Pattern methods

const P = (v: PyValue): PyPattern => v as PyPattern;

// One reusable state for the operations that run no Python code while they use it.
function doMatch(self: PyPattern, string: PyValue, pos: number, endpos: number, all: boolean): PyValue {
  const st = initState(self, string, pos, endpos, scratch);
  const subj = stateSubject;
  try {
    st.ptr = st.start;
    st.matchAll = all;
    const status = sreMatch(st, self.code, 0, true);
    return status ? newMatch(self, st, string, subj) : None;
  } catch (e) {
    throw engineError(e);
  } finally {
    release(st);
  }
}

function doSearch(self: PyPattern, string: PyValue, pos: number, endpos: number): PyValue {
  const st = initState(self, string, pos, endpos, scratch);
  const subj = stateSubject;
  try {
    const status = sreSearch(st, self.code);
    return status ? newMatch(self, st, string, subj) : None;
  } catch (e) {
    throw engineError(e);
  } finally {
    release(st);
  }
}

function findall(self: PyPattern, string: PyValue, pos: number, endpos: number): PyValue {
  const st = initState(self, string, pos, endpos, scratch);
  const subj = stateSubject;
  const out: PyValue[] = [];
  const code = self.code;
  try {
    while (st.start <= st.end) {
      st.reset();
      st.ptr = st.start;
      const status = sreSearch(st, code);
      if (status === 0) break;
      let item: PyValue;
      if (self.groups === 0) item = sliceOf(subj, string, st.start, st.ptr);
      else if (self.groups === 1) item = stateGroup(st, subj, string, 1, true);
      else {
        const items: PyValue[] = new Array(self.groups);
        for (let i = 0; i < self.groups; i++) items[i] = stateGroup(st, subj, string, i + 1, true);
        item = new PyTuple(items);
      }
      out.push(item);
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
  } catch (e) {
    throw engineError(e);
  } finally {
    release(st);
  }
  return new PyList(out);
}

function split(self: PyPattern, string: PyValue, maxsplit: number): PyValue {
  const st = initState(self, string, 0, SSIZE_MAX, scratch);
  const subj = stateSubject;
  const out: PyValue[] = [];
  let n = 0;
  let last = st.start;
  try {
    while (maxsplit === 0 || n < maxsplit) {
      st.reset();
      st.ptr = st.start;
      const status = sreSearch(st, self.code);
      if (status === 0) break;
      out.push(sliceOf(subj, string, last, st.start));
      for (let i = 0; i < self.groups; i++) out.push(stateGroup(st, subj, string, i + 1, false));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    out.push(sliceOf(subj, string, last, st.endpos));
  } catch (e) {
    throw engineError(e);
  } finally {
    release(st);
  }
  return new PyList(out);
}

function isCallable(v: PyValue): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

/** Is the template free of backslashes (so it is its own expansion)? Not a string: false. */
function isLiteralTemplate(t: PyValue): boolean {
  const s = asStr(t);
  if (s !== undefined) return s.indexOf('\\') < 0;
  if (t instanceof PySurrogateStr) return t.cps.indexOf(0x5c) < 0;
  const b = asBytes(t);
  return b !== undefined && b.indexOf(0x5c) < 0;
}

/** Join str or bytes items the way PyUnicode_Join / _PyBytes_Join check them. */
function joinItems(items: PyValue[], isBytes: boolean): PyValue {
  if (!isBytes) {
    // Pieces may meet in a seam (a lone high surrogate before a lone low one), or be PySurrogateStrs.
    let plain = true;
    for (let i = 0; i < items.length; i++) if (typeof items[i] !== 'string') plain = false;
    if (plain) return concatPieces(items);
    const strs: PyValue[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const x = anyStr(items[i]);
      if (x === undefined) typeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
      strs[i] = x;
    }
    return concatPieces(strs);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const b = asBytes(items[i]);
    if (b === undefined) typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).name} found`);
    parts.push(b);
    total += b.length;
  }
  const r = new Uint8Array(total);
  let k = 0;
  for (const p of parts) {
    r.set(p, k);
    k += p.length;
  }
  return new PyBytesObj(r);
}

function subx(self: PyPattern, repl: PyValue, string: PyValue, count: number, subn: boolean): PyValue {
  let filter: PyValue;
  let callable: boolean;
  if (isCallable(repl)) {
    filter = repl;
    callable = true;
  } else if (isLiteralTemplate(repl)) {
    filter = repl;
    callable = false;
  } else {
    // not a literal: hand it over to the template compiler (re._subx)
    filter = call(getAttr(loadModule('re'), '_subx'), [self, repl]);
    callable = isCallable(filter);
  }
  const tmpl = callable ? subxTemplate(filter, self, string) : null;
  // The filter may run Python code, which may use regular expressions: a buffer of its own.
  const buf = buffersTop > 0 ? bufferPool[--buffersTop] : new Int32Array(SCRATCH_MAX);
  const st = initState(self, string, 0, SSIZE_MAX, buf);
  const subj = stateSubject;
  const items: PyValue[] = [];
  let n = 0;
  let i = 0;
  try {
    while (count === 0 || n < count) {
      st.reset();
      st.ptr = st.start;
      const status = sreSearch(st, self.code);
      if (status === 0) break;
      const b = st.start;
      const e = st.ptr;
      if (i < b) items.push(sliceOf(subj, string, i, b));
      let item: PyValue;
      if (tmpl !== null) item = expandTemplate(tmpl, st, subj, string);
      else if (callable) {
        const m = newMatch(self, st, string, subj);
        item = call(filter, [m]);
      } else item = filter;
      if (item !== None) items.push(item);
      i = e;
      n++;
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    if (i < st.endpos) items.push(sliceOf(subj, string, i, st.endpos));
  } catch (e) {
    throw engineError(e);
  } finally {
    release(st);
    if (buffersTop < 8) bufferPool[buffersTop++] = buf;
  }
  let result: PyValue;
  if (items.length === 0) result = sliceOf(subj, string, 0, 0);
  else if (items.length === 1 && !subj.isBytes && typeof items[0] === 'string') result = items[0];
  else result = joinItems(items, subj.isBytes);
  return subn ? newTuple([result, n]) : result;
}

/** A replacement template as re._parser.parse_template makes it: group numbers into literal slots. */
interface Template {
  /** (slot, group) pairs. */
  pairs: number[];
  literals: PyValue[];
}

/**
 * The template inside the filter closure re._subx returns (`def filter(match, template=template):
 * return _parser.expand_template(template, match)`), so that sub() can expand it natively with the
 * same result; null when `f` is anything else, or when the subject's type could make
 * expand_template behave otherwise (a subclass's slicing or join).
 */
function subxTemplate(f: PyValue, p: PyPattern, string: PyValue): Template | null {
  if (!(f instanceof PyFunction) || f.qualname !== '_subx.<locals>.filter' || f.module !== 're') return null;
  if (typeof string !== 'string' && !(string instanceof PyBytesObj && string.cls === bytesType)) return null;
  const d = f.defaults;
  if (d === null || d.length !== 1 || !(d[0] instanceof PyTuple) || d[0].items.length !== 2) return null;
  const [groups, literals] = d[0].items;
  if (!(groups instanceof PyList) || !(literals instanceof PyList)) return null;
  const pairs: number[] = [];
  for (const g of groups.items) {
    if (!(g instanceof PyTuple) || g.items.length !== 2) return null;
    const [slot, group] = g.items;
    if (typeof slot !== 'number' || typeof group !== 'number' || group < 0 || group > p.groups) return null;
    if (slot < 0 || slot >= literals.items.length) return null;
    pairs.push(slot, group);
  }
  const items = literals.items;
  for (let i = 0; i < items.length; i++) {
    const l = items[i];
    if (l === None) {
      let filled = false;
      for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === i) filled = true;
      if (!filled) return null;
    } else if (typeof string === 'string' ? typeof l !== 'string' : !(l instanceof PyBytesObj && l.cls === bytesType)) return null;
  }
  return { pairs, literals: literals.items.slice() };
}

const EMPTY_BYTES = new PyBytesObj(new Uint8Array(0));

/** _parser.expand_template for the current match of `st`: `g(group) or empty` into each slot. */
function expandTemplate(t: Template, st: SreState, subj: Subject, string: PyValue): PyValue {
  const parts = t.literals.slice();
  const pairs = t.pairs;
  const empty: PyValue = subj.isBytes ? EMPTY_BYTES : '';
  for (let k = 0; k < pairs.length; k += 2) {
    const g = pairs[k + 1];
    const v = g === 0 ? sliceOf(subj, string, st.start, st.ptr) : stateGroup(st, subj, string, g, false);
    parts[pairs[k]] = v === None ? empty : v;
  }
  if (!subj.isBytes) return concatPieces(parts);
  return joinItems(parts, true);
}

function newScanner(self: PyPattern, string: PyValue, pos: number, endpos: number): PyScanner {
  const st = initState(self, string, pos, endpos, null);
  const subj = stateSubject;
  // The scanner keeps its state: a fresh one, not the pool's.
  const own = new SreState(st.s, self.groups, st.start, st.end, self.tables);
  release(st);
  return new PyScanner(self, own, string, subj);
}

function scannerStep(sc: PyScanner, search: boolean): PyValue {
  const st = sc.state;
  if (sc.done) return None;
  st.reset();
  st.ptr = st.start;
  const p = sc.pattern;
  let status: number;
  try {
    status = search ? sreSearch(st, p.code) : sreMatch(st, p.code, 0, true);
  } catch (e) {
    throw engineError(e);
  }
  const m = status ? newMatch(p, st, sc.string, sc.subj) : None;
  if (status === 0) sc.done = true;
  else {
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  return m;
}

/** %.NR: a repr cut to n code points. */
function reprCut(v: PyValue, n: number): string {
  const r = repr(v);
  if (r.length <= n) return r;
  return Array.from(r).slice(0, n).join('');
}

const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', C.FLAG_TEMPLATE], ['re.IGNORECASE', C.FLAG_IGNORECASE], ['re.LOCALE', C.FLAG_LOCALE],
  ['re.MULTILINE', C.FLAG_MULTILINE], ['re.DOTALL', C.FLAG_DOTALL], ['re.UNICODE', C.FLAG_UNICODE],
  ['re.VERBOSE', C.FLAG_VERBOSE], ['re.DEBUG', C.FLAG_DEBUG], ['re.ASCII', C.FLAG_ASCII],
];

function patternRepr(p: PyPattern): string {
  let flags = p.flags;
  // Omit re.UNICODE for valid string patterns.
  if (p.isBytes === 0 && (flags & (C.FLAG_LOCALE | C.FLAG_UNICODE | C.FLAG_ASCII)) === C.FLAG_UNICODE) flags &= ~C.FLAG_UNICODE;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags) names.push(`0x${(flags >>> 0).toString(16)}`);
  const pat = reprCut(p.pattern, 200);
  return names.length > 0 ? `re.compile(${pat}, ${names.join('|')})` : `re.compile(${pat})`;
}

function patternHash(p: PyPattern): number | bigint {
  let h = hash(p.pattern);
  // FNV-1a over the code words stands in for Py_HashBuffer.
  let x = 0x811c9dc5;
  for (let i = 0; i < p.code.length; i++) x = Math.imul(x ^ p.code[i], 0x01000193);
  const mix = (x ^ p.flags ^ p.isBytes ^ p.code.length) | 0;
  if (typeof h === 'bigint') h = h ^ BigInt(mix);
  else h = Number(BigInt(h) ^ BigInt(mix));
  return h === -1 ? -2 : h;
}

function patternEq(a: PyPattern, b: PyValue): PyValue {
  if (!(b instanceof PyPattern)) return NotImplemented;
  if (a === b) return true;
  if (a.flags !== b.flags || a.isBytes !== b.isBytes || a.code.length !== b.code.length) return false;
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  return eq(a.pattern, b.pattern);
}

// ---------------------------------------------------------------------------
// Match methods

const M = (v: PyValue): PyMatch => v as PyMatch;

/** match_getindex: a group number from an int or a group name; IndexError when there is none. */
function groupIndex(m: PyMatch, g: PyValue | undefined): number {
  if (g === undefined) return 0;
  let i = -1;
  if (typeof g === 'number' || typeof g === 'boolean' || typeof g === 'bigint' || typeOf(g).lookup('__index__') !== undefined) {
    const n = index(g);
    i = typeof n === 'bigint' ? -1 : n;
  } else if (m.re.groupindex !== null) {
    const v = m.re.groupindex.get(g);
    if (v !== undefined && (typeof v === 'number' || typeof v === 'boolean')) i = Number(v);
  }
  if (i < 0 || i > m.re.groups) indexError('no such group');
  return i;
}

/** match_getslice_by_index. */
function groupValue(m: PyMatch, i: number, dflt: PyValue): PyValue {
  const a = m.marks[2 * i];
  if (m.string === None || a < 0) return dflt;
  const subj = m.subj;
  if (subj.isBytes) {
    // The buffer is read again, as CPython does: a bytearray may have changed since.
    const b = asBytes(m.string)!;
    const x = Math.min(a, b.length);
    const y = Math.min(m.marks[2 * i + 1], b.length);
    if (x === 0 && y === b.length && m.string instanceof PyBytesObj && !(m.string instanceof PyByteArray) && m.string.cls.name === 'bytes') {
      return m.string;
    }
    return new PyBytesObj(b.slice(x, y));
  }
  return sliceOf(subj, m.string, a, m.marks[2 * i + 1]);
}

function matchGroup(m: PyMatch, g: PyValue | undefined): PyValue {
  return groupValue(m, groupIndex(m, g), None);
}

function matchRepr(m: PyMatch): string {
  const g0 = groupValue(m, 0, None);
  return `<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${reprCut(g0, 50)}>`;
}

function regs(m: PyMatch): PyTuple {
  if (m.regs !== null) return m.regs;
  const items: PyValue[] = [];
  for (let i = 0; i <= m.re.groups; i++) items.push(new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]));
  return (m.regs = new PyTuple(items));
}

// ---------------------------------------------------------------------------
// The module

function charArg(fname: string, args: PyValue[], kw: string[] | null): number {
  noKw(fname, kw);
  if (args.length !== 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  const v = args[0];
  if (typeof v === 'number') {
    if (v > 2147483647 || v < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
    return v;
  }
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

function compile(args: PyValue[], kw: string[] | null): PyValue {
  const a = clinic('compile', ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], 6, args, kw);
  const pattern = a[0]!;
  const flagsV = index(a[1]!);
  if (typeof flagsV === 'bigint' || flagsV > 2147483647 || flagsV < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  const codeList = a[2]!;
  if (!(codeList instanceof PyList)) typeError(`compile() argument 'code' must be list, not ${typeOf(codeList).name}`);
  const groups = ssize(a[3]!);
  const gi = a[4]!;
  if (!(gi instanceof PyDict) || gi.cls === mappingproxyType) typeError(`compile() argument 'groupindex' must be dict, not ${typeOf(gi).name}`);
  const ig = a[5]!;
  if (!(ig instanceof PyTuple)) typeError(`compile() argument 'indexgroup' must be tuple, not ${typeOf(ig).name}`);
  const items = codeList.items;
  const code = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    let n: number;
    if (typeof v === 'number' && v >= 0 && v <= 0xffffffff) n = v;
    else {
      const x = typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' ? v : index(v);
      if (typeof x === 'boolean') n = x ? 1 : 0;
      else if (x < 0) raise(OverflowError, "can't convert negative int to unsigned");
      else if (x > 0xffffffff) raise(OverflowError, 'regular expression code size limit exceeded');
      else n = Number(x);
    }
    code[i] = n | 0;
  }
  let isBytes: number;
  if (pattern === None) isBytes = -1;
  else if (anyStr(pattern) !== undefined) isBytes = 0;
  else if (asBytes(pattern) !== undefined) isBytes = 1;
  else typeError(`expected string or bytes-like object, got '${typeOf(pattern).name}'`);
  const p = new PyPattern(pattern, flagsV, code, groups, isBytes);
  if (gi.t.size > 0) {
    p.groupindex = gi;
    if (ig.items.length > 0) p.indexgroup = ig;
  }
  if (!validCode(code, groups)) raise(RuntimeError, 'invalid SRE code');
  return p;
}

/** A light form of _validate: the code ends with SUCCESS and every skip stays inside it. */
function validCode(code: Int32Array, groups: number): boolean {
  return groups >= 0 && groups <= C.MAXGROUPS && code.length > 0 && code[code.length - 1] === C.SUCCESS;
}

let initialized = false;

function initTypes(): void {
  if (initialized) return;
  initialized = true;
  const refuse = (t: PyType, name: string) =>
    t.tdict.set('__new__', new PyBuiltin('__new__', () => typeError(`cannot create '${name}' instances`)));
  refuse(patternType, 're.Pattern');
  refuse(matchType, 're.Match');
  refuse(scannerType, '_sre.SRE_Scanner');
  const classGetitem = (t: PyType) =>
    t.tdict.set('__class_getitem__', new PyClassMethodDescr(t, '__class_getitem__', (cls, args) => {
      if (args.length !== 1) typeError(`${t.name}.__class_getitem__() takes exactly one argument (${args.length} given)`);
      return new PyGenericAlias(cls, [args[0]]);
    }));

  defineMethods(patternType, {
    match: (self, args, kw) => {
      const s = stringPosEndpos('match', args, kw);
      return doMatch(P(self), s, argPos, argEndpos, false);
    },
    fullmatch: (self, args, kw) => {
      const s = stringPosEndpos('fullmatch', args, kw);
      return doMatch(P(self), s, argPos, argEndpos, true);
    },
    search: (self, args, kw) => {
      const s = stringPosEndpos('search', args, kw);
      return doSearch(P(self), s, argPos, argEndpos);
    },
    findall: (self, args, kw) => {
      const s = stringPosEndpos('findall', args, kw);
      return findall(P(self), s, argPos, argEndpos);
    },
    finditer: (self, args, kw) => {
      const s = stringPosEndpos('finditer', args, kw);
      const sc = newScanner(P(self), s, argPos, argEndpos);
      let done = false;
      return new PyNativeIter(() => {
        if (done) return undefined;
        const m = scannerStep(sc, true);
        if (m === None) {
          done = true;
          return undefined;
        }
        return m;
      }, callableIterType, 'callable_iterator');
    },
    scanner: (self, args, kw) => {
      const s = stringPosEndpos('scanner', args, kw);
      return newScanner(P(self), s, argPos, argEndpos);
    },
    split: (self, args, kw) => {
      const a = clinic('split', ['string', 'maxsplit'], 1, args, kw);
      return split(P(self), a[0]!, a[1] === undefined ? 0 : ssize(a[1]));
    },
    sub: (self, args, kw) => {
      const a = clinic('sub', ['repl', 'string', 'count'], 2, args, kw);
      return subx(P(self), a[0]!, a[1]!, a[2] === undefined ? 0 : ssize(a[2]), false);
    },
    subn: (self, args, kw) => {
      const a = clinic('subn', ['repl', 'string', 'count'], 2, args, kw);
      return subx(P(self), a[0]!, a[1]!, a[2] === undefined ? 0 : ssize(a[2]), true);
    },
    __copy__: (self, args, kw) => {
      noKw('Pattern.__copy__', kw);
      if (args.length !== 0) typeError(`Pattern.__copy__() takes no arguments (${args.length} given)`);
      return self;
    },
    __deepcopy__: (self, args, kw) => {
      noKw('Pattern.__deepcopy__', kw);
      if (args.length !== 1) typeError(`Pattern.__deepcopy__() takes exactly one argument (${args.length} given)`);
      return self;
    },
    __repr__: (self) => patternRepr(P(self)),
    __hash__: (self) => patternHash(P(self)),
    __eq__: (self, args) => patternEq(P(self), args[0]),
    __ne__: (self, args) => {
      const r = patternEq(P(self), args[0]);
      return r === NotImplemented ? r : !r;
    },
  });
  classGetitem(patternType);
  defineGetters(patternType, {
    pattern: (self) => P(self).pattern,
    flags: (self) => P(self).flags,
    groups: (self) => P(self).groups,
    groupindex: (self) => {
      const d = new PyDict(mappingproxyType);
      const gi = P(self).groupindex;
      if (gi !== null) for (const e of gi.t.values()) d.set(e.key, e.value);
      return d;
    },
  });

  defineMethods(matchType, {
    group: (self, args, kw) => {
      noKw('Match.group', kw);
      const m = M(self);
      if (args.length === 0) return groupValue(m, 0, None);
      if (args.length === 1) return matchGroup(m, args[0]);
      return new PyTuple(args.map((g) => matchGroup(m, g)));
    },
    __getitem__: (self, args) => matchGroup(M(self), args[0]),
    groups: (self, args, kw) => {
      const a = clinic('groups', ['default'], 0, args, kw);
      const m = M(self);
      const d = a[0] === undefined ? None : a[0];
      const out: PyValue[] = [];
      for (let i = 1; i <= m.re.groups; i++) out.push(groupValue(m, i, d));
      return newTuple(out);
    },
    groupdict: (self, args, kw) => {
      const a = clinic('groupdict', ['default'], 0, args, kw);
      const m = M(self);
      const d = a[0] === undefined ? None : a[0];
      const out = new PyDict();
      const gi = m.re.groupindex;
      if (gi !== null) {
        for (const e of gi.t.values()) {
          // The group's number is the entry's value (match_getindex would look the name up again).
          const k = e.key, v = e.value;
          const i = typeof v === 'number' && v >= 0 && v <= m.re.groups ? v : groupIndex(m, k);
          if (typeof k === 'string') out.setStr(k, groupValue(m, i, d));
          else out.set(k, groupValue(m, i, d));
        }
      }
      return out;
    },
    start: (self, args, kw) => M(self).marks[2 * groupIndex(M(self), atMostOne('start', args, kw))],
    end: (self, args, kw) => M(self).marks[2 * groupIndex(M(self), atMostOne('end', args, kw)) + 1],
    span: (self, args, kw) => {
      const m = M(self);
      const i = groupIndex(m, atMostOne('span', args, kw));
      return new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]);
    },
    expand: (self, args, kw) => {
      const a = clinic('expand', ['template'], 1, args, kw);
      const m = M(self);
      return call(getAttr(loadModule('re'), '_expand'), [m.re, m, a[0]!]);
    },
    __copy__: (self, args, kw) => {
      noKw('Match.__copy__', kw);
      if (args.length !== 0) typeError(`Match.__copy__() takes no arguments (${args.length} given)`);
      return self;
    },
    __deepcopy__: (self, args, kw) => {
      noKw('Match.__deepcopy__', kw);
      if (args.length !== 1) typeError(`Match.__deepcopy__() takes exactly one argument (${args.length} given)`);
      return self;
    },
    __repr__: (self) => matchRepr(M(self)),
  });
  classGetitem(matchType);
  defineGetters(matchType, {
    string: (self) => M(self).string,
    re: (self) => M(self).re,
    pos: (self) => M(self).pos,
    endpos: (self) => M(self).endpos,
    lastindex: (self) => (M(self).lastindex >= 0 ? M(self).lastindex : None),
    lastgroup: (self) => {
      const m = M(self);
      const ig = m.re.indexgroup;
      if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
      return None;
    },
    regs: (self) => regs(M(self)),
  });

  defineMethods(scannerType, {
    // Argument Clinic's defining_class methods without parameters ignore keyword arguments.
    match: (self, args, kw) => {
      if (args.length > (kw === null ? 0 : kw.length)) typeError('match() takes no arguments');
      return scannerStep(self as PyScanner, false);
    },
    search: (self, args, kw) => {
      if (args.length > (kw === null ? 0 : kw.length)) typeError('search() takes no arguments');
      return scannerStep(self as PyScanner, true);
    },
  });
  defineGetters(scannerType, { pattern: (self) => (self as PyScanner).pattern });
}

export function makeSreModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('_sre', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue) => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('MAGIC', C.MAGIC);
  d.setStr('CODESIZE', C.CODESIZE);
  d.setStr('MAXREPEAT', C.MAXREPEAT);
  d.setStr('MAXGROUPS', C.MAXGROUPS);
  d.setStr('copyright', ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ');
  def('compile', compile);
  def('getcodesize', (args, kw) => {
    noKw('getcodesize', kw);
    if (args.length !== 0) typeError(`getcodesize() takes no arguments (${args.length} given)`);
    return C.CODESIZE;
  });
  def('ascii_iscased', (args, kw) => {
    const ch = charArg('ascii_iscased', args, kw) >>> 0;
    return ch < 128 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122));
  });
  def('unicode_iscased', (args, kw) => {
    const ch = charArg('unicode_iscased', args, kw) >>> 0;
    if (ch > 0x10ffff) return false;
    return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
  });
  def('ascii_tolower', (args, kw) => {
    const ch = charArg('ascii_tolower', args, kw);
    return ch >= 0 && ch < 128 ? lowerAscii(ch) : ch;
  });
  def('unicode_tolower', (args, kw) => {
    const ch = charArg('unicode_tolower', args, kw);
    if (ch < 0 || ch > 0x10ffff) return ch;
    return lowerUnicode(ch);
  });
  return m;
}

