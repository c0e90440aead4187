// marshal, versions 0-4, byte-compatible with CPython 3.11 (Python/marshal.c).
//
// Values: None = null, bool = boolean, int = bigint, float = number, str = string, bytes = PyBytes,
// complex = PyComplex, tuple = PyTuple, frozenset = PyFrozenSet, Ellipsis, and the classes below for
// list (PyList), dict (PyDict, ordered entries), set (PySet) and the StopIteration marker. Code objects are
// CodeObject; its consts/names/localsplusnames are arrays (marshal stores them as tuples; the arrays are the
// tuples' own item arrays, so a tuple shared by reference stays one array). Tuples and frozensets read from
// general marshal data may hold lists/dicts/sets, beyond what ConstValue says.
//
// Reading does what CPython's does: the same exceptions and messages (MarshalError.pyType/message) for
// malformed data, sets and dict keys deduplicated by Python equality, co_code deoptimized with zeroed inline
// caches, code objects validated as _PyCode_Validate does. Containers are filled from an explicit stack (in
// the writer too), so MAX_MARSHAL_STACK_DEPTH levels never depend on the JS stack.
//
// Byte-identical round trips. CPython's writer chooses two things a JS value cannot carry: FLAG_REF (set on
// objects whose refcount is > 1, followed by TYPE_REF back-references when the same object recurs) and the
// interned string codes (by the string's interning state). Design: the reader can record a *trace*
// (`loadsTraced`): one entry per object node in the order the reader meets them (a pre-order walk, which is
// also the order the writer visits them), holding the type byte as read (FLAG_REF included) and, for
// TYPE_REF nodes, the index referred to; rare payloads the value cannot reproduce (text floats, NaN bit
// patterns, UTF-8 that encodes a surrogate pair as two 3-byte sequences: a JS string cannot tell those two
// Python code points from the one character they pair into) are kept raw. `dumps(v, {trace})` replays the
// trace while walking the value, checking at each node that the value still fits the recorded code (and
// that a back-reference points at a node of a compatible kind); on any mismatch it throws the trace away and
// writes by the rules, so a trace can never produce wrong data, only different bytes.
//
// Without a trace, the writer applies the rules CPython's own compiler + importlib produce (`CPythonRules`
// below documents them; derived from the stdlib's pycs with scripts/marshal-parity.mjs and diagnoseRules).
import {
  Ellipsis, PyBytes, PyCodePointStr, PyComplex, PyEllipsis, PyFrozenSet, PyTuple,
  type ConstValue,
} from '../parser/constants.js';
import { CO_FAST_LOCAL, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CodeObject } from './code.js';
import {
  TYPE_NULL, TYPE_NONE, TYPE_FALSE, TYPE_TRUE, TYPE_STOPITER, TYPE_ELLIPSIS, TYPE_INT, TYPE_INT64, TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX, TYPE_LONG, TYPE_STRING, TYPE_INTERNED, TYPE_REF, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_CODE, TYPE_UNICODE, TYPE_SET, TYPE_FROZENSET, TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SMALL_TUPLE, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED, FLAG_REF,
} from './marshal_codes.js';
import { cacheEntries } from './opcode.js';
import { withoutColumns } from './locations.js';

// ---------------------------------------------------------------------------------------------------------
// Values

export class PyList {
  constructor(public items: MarshalValue[]) {}
}

/** A dict in insertion order: keys[i] maps to values[i]. */
export class PyDict {
  constructor(public keys: MarshalValue[] = [], public values: MarshalValue[] = []) {}
  get size(): number { return this.keys.length; }
}

export class PySet {
  constructor(public items: MarshalValue[]) {}
}

/** marshal's TYPE_STOPITER: the StopIteration class itself. */
export class PyStopIteration {
  private constructor() {}
  static readonly instance = new PyStopIteration();
}
export const StopIteration = PyStopIteration.instance;

export type MarshalValue = ConstValue | CodeObject | PyList | PyDict | PySet | PyStopIteration;

export type MarshalErrorType =
  'EOFError' | 'ValueError' | 'TypeError' | 'UnicodeDecodeError' | 'SystemError' | 'RecursionError';

/** A Python exception raised by marshal: pyType is the Python exception class name. */
export class MarshalError extends Error {
  constructor(public readonly pyType: MarshalErrorType, message: string) {
    super(message);
    this.name = 'MarshalError';
  }
  override toString(): string { return `${this.pyType}: ${this.message}`; }
}

export const MAX_MARSHAL_STACK_DEPTH = 2000;
export const MARSHAL_VERSION = 4;

const SIZE32_MAX = 0x7fffffff;

// ---------------------------------------------------------------------------------------------------------
// Trace (see the header comment)

/** What the reader saw, node by node, so the writer can reproduce the exact bytes. */
export class MarshalTrace {
  /** Type byte of each node as read, FLAG_REF included. */
  codes = new Uint8Array(256);
  /** For TYPE_REF nodes: the reference index. */
  aux = new Int32Array(256);
  count = 0;
  /** refNode[i] = the node that defined reference i (for checking back-references on replay). */
  refNode: number[] = [];
  /** Raw payloads (bytes after the type byte) of nodes a value cannot reproduce. */
  extras = new Map<number, Uint8Array>();

  add(code: number): number {
    const n = this.count;
    if (n === this.codes.length) {
      const c = new Uint8Array(n * 2); c.set(this.codes); this.codes = c;
      const a = new Int32Array(n * 2); a.set(this.aux); this.aux = a;
    }
    this.codes[n] = code;
    this.count = n + 1;
    return n;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reader

const HOLE: unique symbol = Symbol('reserved'); // r_ref_reserve's placeholder (CPython uses None)
type RefSlot = MarshalValue | typeof HOLE;

const EOF_OBJECT = 'EOF read where object expected';
const EOF_BYTE = 'EOF read where not expected';
const TOO_SHORT = 'marshal data too short';

let utf8Fatal: TextDecoder | undefined;

class Reader {
  pos: number;
  refs: RefSlot[] = [];
  /** set/dict keys (made on first use) */
  private _hk: HashKeys | null = null;
  get hk(): HashKeys { return this._hk ??= new HashKeys(); }
  buf: Uint8Array;
  /** marshal.load's file (loadFrom): n bytes from it, fewer at its end. */
  source: ((n: number) => Uint8Array) | null = null;
  constructor(buf: Uint8Array, start: number, public end: number, readonly trace: MarshalTrace | null) {
    // A Node Buffer's slice() is a view: made plain, slice() copies, and no bytes constant shares the file's memory.
    this.buf = buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    this.pos = start;
  }

  eof(msg: string): never { throw new MarshalError('EOFError', msg); }
  /** Fewer bytes than a step needs: "too short" data, or a file at its end. */
  short(): never {
    this.pos = this.end;
    this.eof(this.source === null ? TOO_SHORT : EOF_BYTE);
  }

  /** With a file, read the n - (end - pos) bytes missing for a step of n; false when there is no file. */
  more(n: number): boolean {
    if (this.source === null) return false;
    const chunk = this.source(n - (this.end - this.pos));
    if (this.end + chunk.length > this.buf.length) {
      const grown = new Uint8Array(Math.max(2 * this.buf.length, this.end + chunk.length));
      grown.set(this.buf.subarray(0, this.end));
      this.buf = grown;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
    return this.end - this.pos >= n;
  }
  bad(msg: string): never { throw new MarshalError('ValueError', 'bad marshal data (' + msg + ')'); }

  byte(): number {
    if (this.pos >= this.end && !this.more(1)) this.eof(EOF_BYTE);
    return this.buf[this.pos++];
  }

  long(): number {
    const p = this.pos;
    if (this.end - p < 4 && !this.more(4)) this.short();
    const b = this.buf;
    this.pos = p + 4;
    return b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
  }

  /** r_string: n bytes, returned as [start, end) into buf. */
  take(n: number): number {
    const p = this.pos;
    if (this.end - p < n && !this.more(n)) this.short();
    this.pos = p + n;
    return p;
  }

  ref<T extends MarshalValue>(v: T, flag: number, node: number): T {
    if (flag) {
      if (this.trace) this.trace.refNode[this.refs.length] = node;
      this.refs.push(v);
    }
    return v;
  }

  reserve(flag: number, node: number): number {
    if (!flag) return -1;
    if (this.trace) this.trace.refNode[this.refs.length] = node;
    this.refs.push(HOLE);
    return this.refs.length - 1;
  }

  /**
   * r_object, returning undefined for TYPE_NULL (a NULL without an exception, as in C). Containers being
   * filled live on an explicit stack, so 2000 levels of nesting never strain the JS stack.
   */
  object(): MarshalValue | undefined {
    const stack: Frame[] = [];
    for (;;) {
      if (this.pos >= this.end && !this.more(1)) this.eof(EOF_OBJECT);
      const code = this.buf[this.pos++];
      // the type byte is read before the depth check, as in C
      if (stack.length >= MAX_MARSHAL_STACK_DEPTH) throw new MarshalError('ValueError', 'recursion limit exceeded');
      // Back-references are ~45% of a pyc's objects: read here, without node()'s switch.
      let v = code === TYPE_REF && this.trace === null ? this.backRef() : this.node(code, stack);
      if (v === OPEN) continue;
      // hand the value to the containers waiting for it, closing those it completes
      for (;;) {
        const f = stack.length > 0 ? stack[stack.length - 1] : undefined;
        if (f === undefined) return v as MarshalValue | undefined;
        const x = v as MarshalValue | undefined;
        if (f.kind === F_DICT) {
          if (x !== undefined && f.key === NO_KEY) { f.key = x; break; }
          if (x !== undefined) { dictSet(this.hk, f.container as PyDict, f.index!, f.key as MarshalValue, x); f.key = NO_KEY; break; }
          // a NULL key or value ends the dict
        } else if (f.kind === F_CODE) {
          if (x === undefined) throw new MarshalError('TypeError', 'NULL object in marshal data for code object');
          f.items[f.done++] = x;
          if (f.done === 8) f.firstlineno = this.long(); // between co_qualname and co_linetable
          if (f.done < 10) break;
          v = this.finishCode(f);
          stack.pop();
          continue;
        } else {
          if (x === undefined) {
            throw new MarshalError('TypeError', 'NULL object in marshal data for ' + (f.kind === F_TUPLE ? 'tuple' : f.kind === F_LIST ? 'list' : 'set'));
          }
          if (f.kind === F_TUPLE || f.kind === F_LIST) f.items[f.done] = x;
          else setAdd(this.hk, f.items, f.seen!, x);
          if (++f.done < f.n) break;
          if (f.kind === F_FROZENSET && f.idx >= 0) this.refs[f.idx] = f.container as PyFrozenSet;
        }
        v = f.container;
        stack.pop();
      }
    }
  }

  /** TYPE_REF's operand and the object it names. */
  backRef(): MarshalValue {
    const n = this.long();
    if (n < 0 || n >= this.refs.length) this.bad('invalid reference');
    const r = this.refs[n];
    if (r === HOLE) this.bad('invalid reference');
    return r;
  }

  /** The item array of an n-item container: sized up front unless the data cannot hold n items. */
  itemArray(n: number): MarshalValue[] {
    return n <= this.end - this.pos ? new Array<MarshalValue>(n) : [];
  }

  /** One node: its value, or OPEN after pushing a container that still needs its items. */
  node(code: number, stack: Frame[]): MarshalValue | undefined | typeof OPEN {
    const node = this.trace ? this.trace.add(code) : -1;
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    switch (type) {
      case TYPE_NULL: return undefined;
      case TYPE_NONE: return null;
      case TYPE_STOPITER: return StopIteration;
      case TYPE_ELLIPSIS: return Ellipsis;
      case TYPE_FALSE: return false;
      case TYPE_TRUE: return true;
      case TYPE_INT: return this.ref(BigInt(this.long()), flag, node);
      case TYPE_INT64: {
        const lo = this.long() >>> 0;
        const hi = this.long();
        return this.ref((BigInt(hi) << 32n) | BigInt(lo), flag, node);
      }
      case TYPE_LONG: return this.ref(this.pyLong(), flag, node);
      case TYPE_FLOAT: {
        const start = this.pos;
        const x = this.floatStr();
        if (this.trace) this.trace.extras.set(node, this.buf.slice(start, this.pos));
        return this.ref(x, flag, node);
      }
      case TYPE_BINARY_FLOAT: {
        const p = this.take(8);
        const x = readF64(this.buf, p);
        if (this.trace && x !== x) this.trace.extras.set(node, this.buf.slice(p, p + 8));
        return this.ref(x, flag, node);
      }
      case TYPE_COMPLEX: {
        const start = this.pos;
        const re = this.floatStr();
        const im = this.floatStr();
        if (this.trace) this.trace.extras.set(node, this.buf.slice(start, this.pos));
        return this.ref(new PyComplex(re, im), flag, node);
      }
      case TYPE_BINARY_COMPLEX: {
        // two reads of 8, as r_float_bin reads each part (a file is asked for 8 bytes at a time)
        const p = this.take(8);
        const re = readF64(this.buf, p);
        const im = readF64(this.buf, this.take(8));
        if (this.trace && (re !== re || im !== im)) this.trace.extras.set(node, this.buf.slice(p, p + 16));
        return this.ref(new PyComplex(re, im), flag, node);
      }
      case TYPE_STRING: {
        const n = this.long();
        if (n < 0) this.bad('bytes object size out of range');
        const p = this.take(n);
        return this.ref(new PyBytes(this.buf.slice(p, p + n)), flag, node);
      }
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED: {
        const n = this.long();
        if (n < 0) this.bad('string size out of range');
        const p = this.take(n);
        return this.ref(latin1(this.buf, p, p + n), flag, node);
      }
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED: {
        const n = this.byte();
        const p = this.take(n);
        return this.ref(latin1(this.buf, p, p + n), flag, node);
      }
      case TYPE_INTERNED:
      case TYPE_UNICODE: {
        const n = this.long();
        if (n < 0) this.bad('string size out of range');
        const p = this.take(n);
        return this.ref(this.utf8(p, p + n, node), flag, node);
      }
      case TYPE_SMALL_TUPLE:
      case TYPE_TUPLE: {
        const n = type === TYPE_SMALL_TUPLE ? this.byte() : this.long();
        if (n < 0) this.bad('tuple size out of range');
        const items = this.itemArray(n);
        // registered before its items, so a tuple can refer to itself as CPython allows
        const t = this.ref(new PyTuple(items as ConstValue[]), flag, node);
        if (n === 0) return t;
        stack.push(new Frame(F_TUPLE, t, items, n, -1, null, null));
        return OPEN;
      }
      case TYPE_LIST: {
        const n = this.long();
        if (n < 0) this.bad('list size out of range');
        const items = this.itemArray(n);
        const list = this.ref(new PyList(items), flag, node);
        if (n === 0) return list;
        stack.push(new Frame(F_LIST, list, items, n, -1, null, null));
        return OPEN;
      }
      case TYPE_DICT: {
        const d = this.ref(new PyDict(), flag, node);
        stack.push(new Frame(F_DICT, d, [], 0, -1, null, new Map()));
        return OPEN;
      }
      case TYPE_SET:
      case TYPE_FROZENSET: {
        const n = this.long();
        if (n < 0) this.bad('set size out of range');
        const items: MarshalValue[] = [];
        if (type === TYPE_SET) {
          const set = this.ref(new PySet(items), flag, node);
          if (n === 0) return set;
          stack.push(new Frame(F_SET, set, items, n, -1, new Set(), null));
          return OPEN;
        }
        const fs = new PyFrozenSet(items as ConstValue[]);
        if (n === 0) return this.ref(fs, flag, node);
        // frozensets are registered only once complete, like CPython's r_ref_reserve/r_ref_insert
        stack.push(new Frame(F_FROZENSET, fs, items, n, this.reserve(flag, node), new Set(), null));
        return OPEN;
      }
      case TYPE_CODE: {
        const f = new Frame(F_CODE, null, new Array(10), 10, this.reserve(flag, node), null, null);
        f.longs = [this.long(), this.long(), this.long(), this.long(), this.long()];
        stack.push(f);
        return OPEN;
      }
      case TYPE_REF: {
        if (this.trace) this.trace.aux[node] = this.buf[this.pos] | (this.buf[this.pos + 1] << 8) | (this.buf[this.pos + 2] << 16) | (this.buf[this.pos + 3] << 24);
        return this.backRef();
      }
    }
    return this.bad('unknown type code');
  }

  pyLong(): bigint {
    const n = this.long();
    if (n < -SIZE32_MAX || n > SIZE32_MAX) this.bad('long size out of range');
    const size = n < 0 ? -n : n;
    if (size === 0) return 0n;
    // Digits are little-endian 15-bit shorts; gather them two at a time (30 bits) into a bigint.
    let result = 0n;
    let small = 0;
    let last = 0;
    const digits: number[] = size > 4 ? [] : (null as unknown as number[]);
    for (let i = 0; i < size; i++) {
      const p = this.take(2);
      const d = this.buf[p] | (this.buf[p + 1] << 8);
      if (d > 0x7fff) this.bad('digit out of range in long');
      if (size <= 4) small += d * 2 ** (15 * i);
      else digits.push(d);
      last = d;
    }
    if (last === 0) this.bad('unnormalized long data');
    if (size <= 4) result = BigInt(small); // 60 bits fit exactly in a double? no: use two halves
    else {
      let i = size - 1;
      if ((size & 1) === 1) { result = BigInt(digits[i]); i--; }
      for (; i > 0; i -= 2) result = (result << 30n) | BigInt(digits[i] * 32768 + digits[i - 1]);
    }
    if (size === 4) {
      // 4 digits are 60 bits, beyond a double's 53: recompute exactly from the bytes just read
      const p = this.pos - 8, b = this.buf;
      const lo = (b[p] | (b[p + 1] << 8)) + (b[p + 2] | (b[p + 3] << 8)) * 32768;
      const hi = (b[p + 4] | (b[p + 5] << 8)) + (b[p + 6] | (b[p + 7] << 8)) * 32768;
      result = (BigInt(hi) << 30n) | BigInt(lo);
    }
    return n < 0 ? -result : result;
  }

  /** r_float_str: a length byte and the text of a float, parsed as PyOS_string_to_double does. */
  floatStr(): number {
    const n = this.byte();
    const p = this.take(n);
    return parseFloatText(this.buf, p, p + n);
  }

  utf8(start: number, end: number, node: number): string | PyCodePointStr {
    const b = this.buf;
    let ascii = true;
    for (let i = start; i < end; i++) if (b[i] >= 0x80) { ascii = false; break; }
    if (ascii) return latin1(b, start, end);
    try {
      utf8Fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      return utf8Fatal.decode(b.subarray(start, end));
    } catch {
      // surrogates (allowed by marshal's "surrogatepass") or invalid data
      const r = decodeUtf8SurrogatePass(b, start, end);
      if (!r.pairedSurrogates) return r.text;
      if (this.trace) this.trace.extras.set(node, b.slice(start - 4, end)); // with its length
      // A high surrogate followed by a low one: two code points a JS string cannot hold apart.
      return new PyCodePointStr(utf8CodePoints(b, start, end));
    }
  }

  /** A code object's fields are all read: validate them as _PyCode_Validate does and build it. */
  finishCode(f: Frame): CodeObject {
    // Indexed, not destructured: destructuring runs the iterator protocol, slow before V8 optimises this.
    const longs = f.longs!, items = f.items;
    const argcount = longs[0], posonlyargcount = longs[1], kwonlyargcount = longs[2], stacksize = longs[3], flags = longs[4];
    const code = items[0], consts = items[1], names = items[2], localsplusnames = items[3], localspluskinds = items[4];
    const filename = items[5], name = items[6], qualname = items[7], linetable = items[8], exceptiontable = items[9];
    if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0 || flags < 0 ||
        !(code instanceof PyBytes) || !(consts instanceof PyTuple) || !(names instanceof PyTuple) ||
        !(localsplusnames instanceof PyTuple) || !(localspluskinds instanceof PyBytes) ||
        localsplusnames.items.length !== localspluskinds.bytes.length ||
        typeof name !== 'string' || typeof qualname !== 'string' || typeof filename !== 'string' ||
        !(linetable instanceof PyBytes) || !(exceptiontable instanceof PyBytes)) {
      throw new MarshalError('SystemError', 'Objects/codeobject.c:250: bad argument to internal function');
    }
    if ((code.bytes.length & 1) !== 0) throw new MarshalError('ValueError', 'code: co_code is malformed');
    let nlocals = 0;
    const kinds = localspluskinds.bytes;
    for (let i = 0; i < kinds.length; i++) if (kinds[i] & CO_FAST_LOCAL) nlocals++;
    const nplain = nlocals - argcount - kwonlyargcount - (flags & CO_VARARGS ? 1 : 0) - (flags & CO_VARKEYWORDS ? 1 : 0);
    if (nplain < 0) throw new MarshalError('ValueError', 'code: co_varnames is too small');
    checkStrings(names.items);
    checkStrings(localsplusnames.items);
    // the arrays are the tuples' own: a tuple shared by reference stays one array
    const co = new CodeObject(
      argcount, posonlyargcount, kwonlyargcount, stacksize, flags, deoptCode(code.bytes),
      consts.items as ConstValue[], names.items as string[], localsplusnames.items as string[], kinds,
      filename, name, qualname, f.firstlineno, withoutColumns(linetable.bytes), exceptiontable.bytes,
    );
    if (f.idx >= 0) this.refs[f.idx] = co;
    return co;
  }
}

const F_TUPLE = 0, F_LIST = 1, F_SET = 2, F_FROZENSET = 3, F_DICT = 4, F_CODE = 5;
const OPEN: unique symbol = Symbol('open');
const NO_KEY: unique symbol = Symbol('no key');

/** A container being read. */
class Frame {
  done = 0;
  key: MarshalValue | typeof NO_KEY = NO_KEY;
  longs: number[] | null = null;
  firstlineno = 0;
  constructor(
    readonly kind: number,
    readonly container: MarshalValue,
    readonly items: MarshalValue[],
    readonly n: number,
    /** reserved reference slot (frozenset, code), or -1 */
    readonly idx: number,
    readonly seen: Set<string> | null,
    readonly index: Map<string, number> | null,
  ) {}
}

// _PyOpcode_Deopt of 3.11, measured through co.replace(co_code=...).co_code: specialized and quickened
// opcodes map to their base opcode, undefined ones to CACHE (0).
const DEOPT = new Uint8Array([0, 1, 2, 122, 122, 122, 122, 122, 122, 9, 10, 11, 12, 122, 122, 15, 122, 25, 25, 25, 25, 25, 171, 171, 171, 25, 107, 107, 107, 107, 30, 31, 32, 33, 144, 35, 36, 37, 140, 106, 106, 106, 106, 106, 100, 124, 124, 116, 116, 49, 50, 51, 52, 53, 54, 116, 160, 160, 160, 160, 60, 61, 160, 160, 166, 166, 166, 166, 68, 69, 70, 71, 166, 166, 74, 75, 166, 166, 166, 166, 166, 166, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 166, 114, 115, 116, 117, 118, 119, 120, 166, 122, 123, 124, 125, 126, 166, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 166, 142, 166, 144, 145, 146, 147, 148, 149, 151, 151, 152, 95, 95, 155, 156, 157, 95, 95, 160, 125, 162, 163, 164, 165, 166, 125, 60, 60, 60, 171, 172, 173, 174, 175, 176, 92, 92, 92, 92]); // 181..255: 0

/**
 * What CPython 3.11 keeps as co_code of a code object it loads (and writes back): every instruction
 * deoptimized, and the inline cache entries after it zeroed (_PyCode_GetCode's deopt_code). A pyc written by
 * CPython is unchanged by this; the input array is returned when nothing changes.
 */
export function deoptCode(code: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  const n = code.length;
  for (let i = 0; i < n; i += 2) {
    const op = code[i];
    const base = op < 181 ? DEOPT[op] : 0;
    if (base !== op) { out ??= code.slice(); out[i] = base; }
    for (let c = cacheEntries[base]; c > 0 && i + 2 < n; c--) {
      i += 2;
      if (code[i] !== 0 || code[i + 1] !== 0) { out ??= code.slice(); out[i] = 0; out[i + 1] = 0; }
    }
  }
  return out ?? code;
}

function checkStrings(items: readonly unknown[]): void {
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') throw new MarshalError('SystemError', 'non-string found in code slot');
  }
}

const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);

function readF64(b: Uint8Array, p: number): number {
  // marshal floats are little-endian IEEE doubles; typed arrays use the host order (little-endian on every
  // platform Node runs on), checked once below.
  for (let i = 0; i < 8; i++) f64b[i] = b[p + i];
  return f64[0];
}
f64[0] = 1; if (f64b[7] !== 0x3f) throw new Error('marshal.ts assumes a little-endian host');

function latin1(b: Uint8Array, start: number, end: number): string {
  const n = end - start;
  const p = start;
  // Most names are short: one fromCharCode call with the bytes as arguments (a call and a concatenation
  // per character cost ~2x more before V8 optimises this; apply() copies the bytes to a list first).
  switch (n) {
    case 0: return '';
    case 1: return String.fromCharCode(b[p]);
    case 2: return String.fromCharCode(b[p], b[p + 1]);
    case 3: return String.fromCharCode(b[p], b[p + 1], b[p + 2]);
    case 4: return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
    case 5: return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4]);
    case 6: return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5]);
    case 7: return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6]);
    case 8: return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7]);
  }
  if (n <= 12) { // V8 keeps concatenations this short flat (no cons string)
    let s = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7]);
    for (let i = p + 8; i < end; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  if (n <= 8192) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** The code points of UTF-8 data already checked by decodeUtf8SurrogatePass (surrogates as 3-byte sequences). */
function utf8CodePoints(b: Uint8Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end;) {
    const c = b[i];
    if (c < 0x80) { out.push(c); i++; }
    else if (c < 0xe0) { out.push(((c & 0x1f) << 6) | (b[i + 1] & 0x3f)); i += 2; }
    else if (c < 0xf0) { out.push(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)); i += 3; }
    else { out.push(((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f)); i += 4; }
  }
  return out;
}

/** UTF-8 with the "surrogatepass" handler; invalid data raises CPython's UnicodeDecodeError message. */
export function decodeUtf8SurrogatePass(b: Uint8Array, start: number, end: number): { text: string; pairedSurrogates: boolean } {
  const out: number[] = [];
  let paired = false;
  let i = start;
  const fail = (s: number, e: number, reason: string): never => {
    const where = e - s > 1
      ? `bytes in position ${s - start}-${e - start - 1}`
      : `byte 0x${b[s].toString(16).padStart(2, '0')} in position ${s - start}`;
    throw new MarshalError('UnicodeDecodeError', `'utf-8' codec can't decode ${where}: ${reason}`);
  };
  while (i < end) {
    const c = b[i];
    if (c < 0x80) { out.push(c); i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else fail(i, i + 1, 'invalid start byte');
    // ED A0..BF xx is a surrogate: strict UTF-8 rejects it, surrogatepass lets it through
    let j = i + 1;
    for (let k = 0; k < need!; k++, j++) {
      if (j >= end) fail(i, end, 'unexpected end of data');
      const d = b[j];
      const l = k === 0 ? lo : 0x80;
      const h = k === 0 ? hi : 0xbf;
      if (d < l || d > h) {
        // the surrogatepass handler only rescues a complete ED A0..BF 80..BF sequence
        if (!(k === 0 && c === 0xed && d >= 0xa0 && d <= 0xbf) || j + 1 >= end || (b[j + 1] & 0xc0) !== 0x80) fail(i, k === 0 ? i + 1 : j, 'invalid continuation byte');
      }
    }
    let cp: number;
    if (need! === 1) cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
    else if (need! === 2) cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    else cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
    if (cp >= 0xdc00 && cp <= 0xdfff && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev >= 0xd800 && prev <= 0xdbff) paired = true; // two Python code points, one JS pair
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else out.push(cp);
    i = j;
  }
  let text = '';
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode.apply(null, out.slice(k, k + 8192));
  return { text, pairedSurrogates: paired };
}

const FLOAT_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** PyOS_string_to_double on a NUL-terminated buffer (the text stops at the first NUL, as in C). */
function parseFloatText(b: Uint8Array, start: number, end: number): number {
  let stop = start;
  while (stop < end && b[stop] !== 0) stop++;
  const raw = b.subarray(start, stop);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw); // 'replace' errors, as %s formatting does
  if (!FLOAT_TEXT.test(text)) {
    throw new MarshalError('ValueError', `could not convert string to float: '${text.slice(0, 200)}'`);
  }
  const t = text.toLowerCase();
  const neg = t[0] === '-';
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  if (body === 'nan') return neg ? -NaN : NaN;
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  return parseFloat(t);
}

// --- Python equality for set elements and dict keys -------------------------------------------------------


/**
 * Keys equal for values Python considers equal (1 == 1.0 == True == 1+0j, ...), for sets and dict keys; throws
 * TypeError for unhashable values. Tuples and frozensets are hash-consed: their key lists the ids of their
 * items' keys, so a tuple built from shared references costs its length, not the size of its expansion.
 */
export class HashKeys {
  private ids = new Map<string, number>();
  private memo = new WeakMap<object, string>();
  private active = new Set<object>();

  key(v: MarshalValue): string {
    if (v === null) return 'N';
    switch (typeof v) {
      case 'boolean': return v ? 'n1' : 'n0';
      case 'bigint': return 'n' + v.toString();
      case 'number': return numberKey(v);
      case 'string': return 's' + v;
    }
    if (v instanceof PyBytes) return 'b' + latin1(v.bytes, 0, v.bytes.length);
    if (v instanceof PyCodePointStr) return 'u' + v.cps.join(',');
    if (v instanceof PyComplex) return v.imag === 0 ? numberKey(v.real) : 'c' + numberKey(v.real) + ',' + numberKey(v.imag);
    if (v instanceof PyTuple || v instanceof PyFrozenSet) {
      const m = this.memo.get(v);
      if (m !== undefined) return m;
      // hashing a tuple that contains itself recurses forever (CPython 3.11 crashes)
      if (this.active.has(v)) throw new MarshalError('RecursionError', 'maximum recursion depth exceeded while calling a Python object');
      this.active.add(v);
      const ids: number[] = [];
      for (const x of v.items) ids.push(this.id(this.key(x as MarshalValue)));
      this.active.delete(v);
      const k = v instanceof PyTuple ? '(' + ids.join(',') : '{' + ids.sort((x, y) => x - y).join(',');
      this.memo.set(v, k);
      return k;
    }
    if (v instanceof PyList) throw new MarshalError('TypeError', "unhashable type: 'list'");
    if (v instanceof PyDict) throw new MarshalError('TypeError', "unhashable type: 'dict'");
    if (v instanceof PySet) throw new MarshalError('TypeError', "unhashable type: 'set'");
    // None/Ellipsis/StopIteration/code objects hash by identity
    return 'o' + identityNumber(v as object);
  }

  private id(k: string): number {
    let n = this.ids.get(k);
    if (n === undefined) { n = this.ids.size; this.ids.set(k, n); }
    return n;
  }
}

const identityIds = new WeakMap<object, number>();
let nextIdentity = 0;

function identityNumber(v: object): number {
  let id = identityIds.get(v);
  if (id === undefined) { id = nextIdentity++; identityIds.set(v, id); }
  return id;
}

function numberKey(x: number): string {
  if (x !== x) return 'nan' + nextIdentity++; // NaN is never equal to another NaN object
  if (Number.isInteger(x)) return 'n' + BigInt(x).toString();
  return 'f' + x;
}

function setAdd(hk: HashKeys, items: MarshalValue[], seen: Set<string>, v: MarshalValue): void {
  const k = hk.key(v);
  if (seen.has(k)) return;
  seen.add(k);
  items.push(v);
}

function dictSet(hk: HashKeys, d: PyDict, index: Map<string, number>, k: MarshalValue, v: MarshalValue): void {
  const key = hk.key(k);
  const at = index.get(key);
  if (at !== undefined) { d.values[at] = v; return; }
  index.set(key, d.keys.length);
  d.keys.push(k);
  d.values.push(v);
}

// ---------------------------------------------------------------------------------------------------------
// Public reading API

function readRoot(data: Uint8Array, trace: MarshalTrace | null, offset: number): { value: MarshalValue; end: number } {
  const r = new Reader(data, offset, data.length, trace);
  const v = r.object();
  // marshal.loads: a NULL result without an exception
  if (v === undefined) throw new MarshalError('TypeError', 'NULL object in marshal data for object');
  return { value: v, end: r.pos };
}

/** marshal.loads: the first object in data (trailing bytes are ignored, as CPython does). */
export function loads(data: Uint8Array, offset = 0): MarshalValue {
  return readRoot(data, null, offset).value;
}

/**
 * marshal.load: one object from a file, read(n) giving the next n bytes of it (fewer at its end), asked for
 * exactly the bytes of the object, as CPython's r_string asks readinto.
 */
export function loadFrom(read: (n: number) => Uint8Array): MarshalValue {
  const r = new Reader(new Uint8Array(256), 0, 0, null);
  r.source = read;
  const v = r.object();
  if (v === undefined) throw new MarshalError('TypeError', 'NULL object in marshal data for object');
  return v;
}

/** loads, also returning the trace that lets dumps reproduce these exact bytes and where the object ended. */
export function loadsTraced(data: Uint8Array, offset = 0): { value: MarshalValue; trace: MarshalTrace; end: number } {
  const trace = new MarshalTrace();
  const { value, end } = readRoot(data, trace, offset);
  return { value, trace, end };
}

// ---------------------------------------------------------------------------------------------------------
// Writer

class TraceMismatch {}
const OP_OBJECT = 0, OP_LONG = 1, OP_ENTER_CODE = 2;
const MISMATCH = new TraceMismatch();

/** Whether a string is made of [A-Za-z0-9_] only (codeobject.c all_name_chars; CPython interns those). */
export function allNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  }
  return true;
}

/**
 * Decisions the writer cannot take from a value alone, for values without a trace. CPython's w_ref: an object
 * with refcount > 1 gets FLAG_REF the first time and TYPE_REF later; `flagged` stands for "refcount > 1".
 * `identity` returns the token under which equal values are one object (JS strings, bigints and numbers have
 * no identity of their own; undefined means "a distinct object"). `interned` picks the interned string codes.
 */
export interface WritePolicy {
  /** Called once per dumps with the root, before writing. */
  prepare(root: MarshalValue): void;
  identity(v: MarshalValue, ctx: number): unknown;
  flagged(v: MarshalValue, ctx: number): boolean;
  interned(s: string, ctx: number): boolean;
  /** Told which code object's fields come next. */
  enterCode?(co: CodeObject): void;
}

/** Where a value sits, for the policy (the code object field it fills, or an element of a constant). */
export const enum Ctx {
  Plain = 0, Const = 1, Names = 2, LocalsPlusNames = 3, Filename = 4, Name = 5, Qualname = 6,
  Code = 7, LineTable = 8, ExceptionTable = 9, LocalsPlusKinds = 10, ConstsTuple = 11,
  NamesTuple = 12, LocalsPlusNamesTuple = 13, SetElement = 14,
  /** a set element dumped on its own for the sort (refcounts as in the graph, not yet + the pair) */
  SortKey = 15,
}

class Writer {
  buf = new Uint8Array(1024);
  pos = 0;
  depth = 0;
  node = 0;
  nrefs = 0;
  /** reference index by identity token (see WritePolicy) */
  refs = new Map<unknown, number>();
  /** diagnoseRules: the callback and the rules' own reference table */
  diag: DiagCallback | null = null;
  simRefs = new Set<unknown>();
  constructor(readonly version: number, readonly trace: MarshalTrace | null, readonly policy: WritePolicy) {}

  grow(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }
  byte(c: number): void {
    if (this.pos >= this.buf.length) this.grow(1);
    this.buf[this.pos++] = c;
  }
  long(x: number): void {
    this.grow(4);
    const b = this.buf;
    const p = this.pos;
    b[p] = x & 0xff; b[p + 1] = (x >> 8) & 0xff; b[p + 2] = (x >> 16) & 0xff; b[p + 3] = (x >>> 24) & 0xff;
    this.pos = p + 4;
  }
  raw(bytes: Uint8Array): void {
    this.grow(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
  pstring(bytes: Uint8Array): void { this.long(bytes.length); this.raw(bytes); }
  f64(x: number): void {
    f64[0] = x;
    this.grow(8);
    for (let i = 0; i < 8; i++) this.buf[this.pos + i] = f64b[i];
    this.pos += 8;
  }

  // Pending work, last in first out (an explicit stack, so deep values never strain the JS stack): what to
  // do (OP_*), the value, its Ctx and its depth.
  ops: number[] = [];
  vals: unknown[] = [];
  ctxs: number[] = [];
  depths: number[] = [];

  push(op: number, v: unknown, ctx: number): void {
    this.ops.push(op); this.vals.push(v); this.ctxs.push(ctx); this.depths.push(this.depth + 1);
  }

  /** w_object on the root value, and everything it contains. */
  object(root: MarshalValue | undefined, ctx: number): void {
    const base = this.ops.length;
    const saved = this.depth;
    this.push(OP_OBJECT, root, ctx);
    while (this.ops.length > base) {
      const op = this.ops.pop()!;
      const v = this.vals.pop();
      const c = this.ctxs.pop()!;
      const d = this.depths.pop()!;
      if (op === OP_LONG) { this.long(v as number); continue; }
      if (op === OP_ENTER_CODE) { this.policy.enterCode?.(v as CodeObject); continue; }
      if (d > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError('ValueError', 'object too deeply nested to marshal');
      this.depth = d;
      this.visit(v as MarshalValue | undefined, c);
    }
    this.depth = saved;
  }

  /** One object: its type byte and payload; a container pushes its items. */
  visit(v: MarshalValue | undefined, ctx: number): void {
    const trace = this.trace;
    let code = -1;
    if (trace) {
      if (this.node >= trace.count) throw MISMATCH;
      code = trace.codes[this.node];
    }
    const node = this.node++;
    if (v === undefined) { this.single(code, TYPE_NULL); }
    else if (v === null) { this.single(code, TYPE_NONE); }
    else if (v === StopIteration) { this.single(code, TYPE_STOPITER); }
    else if (v === Ellipsis) { this.single(code, TYPE_ELLIPSIS); }
    else if (v === false) { this.single(code, TYPE_FALSE); }
    else if (v === true) { this.single(code, TYPE_TRUE); }
    else if (trace) this.replay(v, code, node, ctx);
    else this.ruled(v, ctx);
  }

  /** A singleton: CPython never flags one, but a flagged one reads fine, so a trace may hold either. */
  single(code: number, expect: number): void {
    if (code >= 0 && (code & ~FLAG_REF) !== expect) throw MISMATCH;
    this.byte(code >= 0 ? code : expect);
  }

  replay(v: MarshalValue, code: number, node: number, ctx: number): void {
    const trace = this.trace!;
    if (this.diag) this.diagnose(v, code, ctx);
    const type = code & ~FLAG_REF;
    if (type === TYPE_REF) {
      const n = trace.aux[node];
      if (n >= this.nrefs) throw MISMATCH;
      if (!fits(v, trace.codes[trace.refNode[n]] & ~FLAG_REF)) throw MISMATCH;
      this.byte(code);
      this.long(n);
      return;
    }
    if (!fits(v, type)) throw MISMATCH;
    if (code & FLAG_REF) this.nrefs++;
    const extra = trace.extras.get(node);
    if (extra !== undefined) {
      // payload the value cannot reproduce: write it as read, after checking it still decodes to v
      if (!sameValue(v, type, extra)) throw MISMATCH;
      this.byte(code);
      this.raw(extra);
      return;
    }
    this.body(v, type, code, ctx);
  }

  /** What the rules would have written here (own reference table), reported next to the trace's code. */
  diagnose(v: MarshalValue, code: number, ctx: number): void {
    const t = naturalType(v, this.version, this.policy, ctx);
    let rc = t;
    if (this.policy.flagged(v, ctx)) {
      const id = this.policy.identity(v, ctx);
      if (id !== undefined && this.simRefs.has(id)) rc = TYPE_REF;
      else { if (id !== undefined) this.simRefs.add(id); rc = t | FLAG_REF; }
    }
    this.diag!(v, ctx, code, rc);
  }

  /** Write type byte `code` and the payload of v in the form `type`. */
  body(v: MarshalValue, type: number, code: number, ctx: number): void {
    switch (type) {
      case TYPE_INT: {
        const x = v as bigint;
        if (x < -0x80000000n || x > 0x7fffffffn) throw MISMATCH;
        this.byte(code); this.long(Number(x)); return;
      }
      case TYPE_INT64: {
        const x = v as bigint;
        if (x < -(1n << 63n) || x >= (1n << 63n)) throw MISMATCH;
        this.byte(code); this.long(Number(x & 0xffffffffn) | 0); this.long(Number((x >> 32n) & 0xffffffffn) | 0); return;
      }
      case TYPE_LONG: this.byte(code); this.pyLong(v as bigint); return;
      case TYPE_BINARY_FLOAT: this.byte(code); this.f64(v as number); return;
      case TYPE_FLOAT: this.byte(code); this.floatStr(v as number); return;
      case TYPE_BINARY_COMPLEX: this.byte(code); this.f64((v as PyComplex).real); this.f64((v as PyComplex).imag); return;
      case TYPE_COMPLEX: this.byte(code); this.floatStr((v as PyComplex).real); this.floatStr((v as PyComplex).imag); return;
      case TYPE_STRING: this.byte(code); this.pstring(v instanceof PyBytes ? v.bytes : v as unknown as Uint8Array); return;
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED: {
        const s = v as string;
        if (s.length > 255 || !isLatin1(s)) throw MISMATCH;
        this.byte(code); this.byte(s.length); this.latin1(s); return;
      }
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED: {
        const s = v as string;
        if (!isLatin1(s)) throw MISMATCH;
        this.byte(code); this.long(s.length); this.latin1(s); return;
      }
      case TYPE_UNICODE:
      case TYPE_INTERNED:
        this.byte(code);
        if (v instanceof PyCodePointStr) this.utf8CodePoints(v.cps); else this.utf8(v as string);
        return;
      case TYPE_SMALL_TUPLE:
      case TYPE_TUPLE: {
        const items = v instanceof PyTuple ? v.items : v as readonly MarshalValue[];
        if (type === TYPE_SMALL_TUPLE && items.length > 255) throw MISMATCH;
        this.byte(code);
        if (type === TYPE_SMALL_TUPLE) this.byte(items.length); else this.long(items.length);
        const elemCtx = tupleElemCtx(ctx);
        for (let i = items.length - 1; i >= 0; i--) this.push(OP_OBJECT, items[i], elemCtx);
        return;
      }
      case TYPE_LIST: {
        const items = (v as PyList).items;
        this.byte(code); this.long(items.length);
        for (let i = items.length - 1; i >= 0; i--) this.push(OP_OBJECT, items[i], Ctx.Plain);
        return;
      }
      case TYPE_DICT: {
        const d = v as PyDict;
        this.byte(code);
        this.push(OP_OBJECT, undefined, Ctx.Plain); // the NULL that ends a dict
        for (let i = d.keys.length - 1; i >= 0; i--) { this.push(OP_OBJECT, d.values[i], Ctx.Plain); this.push(OP_OBJECT, d.keys[i], Ctx.Plain); }
        return;
      }
      case TYPE_SET:
      case TYPE_FROZENSET: {
        const items = (v as PySet | PyFrozenSet).items as readonly MarshalValue[];
        this.byte(code); this.long(items.length);
        // replayed in the order read; written fresh, CPython's order (sorted by each element's dumps)
        const order = this.trace ? items : this.setOrder(items, ctx);
        for (let i = order.length - 1; i >= 0; i--) this.push(OP_OBJECT, order[i], Ctx.SetElement);
        return;
      }
      case TYPE_CODE: this.byte(code); this.code(v as CodeObject); return;
    }
    throw MISMATCH;
  }

  code(co: CodeObject): void {
    this.policy.enterCode?.(co);
    this.long(co.argcount);
    this.long(co.posonlyargcount);
    this.long(co.kwonlyargcount);
    this.long(co.stacksize);
    this.long(co.flags);
    // pushed last first
    this.push(OP_OBJECT, co.exceptiontable, Ctx.ExceptionTable);
    this.push(OP_OBJECT, co.linetable, Ctx.LineTable);
    this.push(OP_LONG, co.firstlineno, 0);
    this.push(OP_OBJECT, co.qualname, Ctx.Qualname);
    this.push(OP_ENTER_CODE, co, 0); // nested code objects in consts moved the policy's idea of "current"
    this.push(OP_OBJECT, co.name, Ctx.Name);
    this.push(OP_OBJECT, co.filename, Ctx.Filename);
    this.push(OP_OBJECT, co.localspluskinds, Ctx.LocalsPlusKinds);
    this.push(OP_OBJECT, co.localsplusnames, Ctx.LocalsPlusNamesTuple);
    this.push(OP_OBJECT, co.names, Ctx.NamesTuple);
    this.push(OP_OBJECT, co.consts, Ctx.ConstsTuple);
    this.push(OP_OBJECT, co.code, Ctx.Code);
  }

  /** Without a trace: CPython's choices (w_ref + w_complex_object), refcounts supplied by the policy. */
  ruled(v: MarshalValue, ctx: number): void {
    const type = naturalType(v, this.version, this.policy, ctx);
    let flag = 0;
    if (this.version >= 3 && this.policy.flagged(v, ctx)) {
      const id = this.policy.identity(v, ctx);
      if (id !== undefined) {
        const prev = this.refs.get(id);
        if (prev !== undefined) { this.byte(TYPE_REF); this.long(prev); return; }
        this.refs.set(id, this.nrefs);
      }
      this.nrefs++;
      flag = FLAG_REF;
    }
    this.body(v, type, type | flag, ctx);
  }

  setOrder(items: readonly MarshalValue[], ctx: number): readonly MarshalValue[] {
    if (items.length < 2) return items;
    // bpo-37596: sorted(v, key=marshal.dumps), each element dumped on its own (fresh reference table)
    const keyed = items.map((x) => ({ x, k: dumpsRuled(x, this.version, this.policy, Ctx.SortKey, false) }));
    keyed.sort((a, b) => compareBytes(a.k, b.k));
    void ctx;
    return keyed.map((e) => e.x);
  }

  pyLong(x: bigint): void {
    const neg = x < 0n;
    let m = neg ? -x : x;
    const digits: number[] = [];
    while (m > 0n) {
      const chunk = Number(m & 0x3fffffffn);
      m >>= 30n;
      digits.push(chunk & 0x7fff, chunk >>> 15);
    }
    while (digits.length > 0 && digits[digits.length - 1] === 0) digits.pop();
    this.long(neg ? -digits.length : digits.length);
    this.grow(digits.length * 2);
    for (const d of digits) { this.buf[this.pos++] = d & 0xff; this.buf[this.pos++] = d >> 8; }
  }

  floatStr(x: number): void {
    const s = formatG17(x);
    this.byte(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }

  latin1(s: string): void {
    this.grow(s.length);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** A str's code points in UTF-8 with surrogatepass (each surrogate a 3-byte sequence), length-prefixed. */
  utf8CodePoints(cps: readonly number[]): void {
    const lenAt = this.pos;
    this.long(0);
    this.grow(cps.length * 4);
    const b = this.buf;
    let p = this.pos;
    for (const c of cps) {
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) { b[p++] = 0xc0 | (c >> 6); b[p++] = 0x80 | (c & 0x3f); }
      else if (c < 0x10000) { b[p++] = 0xe0 | (c >> 12); b[p++] = 0x80 | ((c >> 6) & 0x3f); b[p++] = 0x80 | (c & 0x3f); }
      else {
        b[p++] = 0xf0 | (c >> 18); b[p++] = 0x80 | ((c >> 12) & 0x3f);
        b[p++] = 0x80 | ((c >> 6) & 0x3f); b[p++] = 0x80 | (c & 0x3f);
      }
    }
    const n = p - this.pos;
    this.pos = lenAt;
    this.long(n);
    this.pos = p;
  }

  /** UTF-8 with surrogatepass (lone surrogates as 3-byte sequences), length-prefixed. */
  utf8(s: string): void {
    const lenAt = this.pos;
    this.long(0);
    this.grow(s.length * 3);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) { b[p++] = 0xc0 | (c >> 6); b[p++] = 0x80 | (c & 0x3f); }
      else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            b[p++] = 0xf0 | (c >> 18); b[p++] = 0x80 | ((c >> 12) & 0x3f);
            b[p++] = 0x80 | ((c >> 6) & 0x3f); b[p++] = 0x80 | (c & 0x3f);
            continue;
          }
        }
        b[p++] = 0xe0 | (c >> 12); b[p++] = 0x80 | ((c >> 6) & 0x3f); b[p++] = 0x80 | (c & 0x3f);
      }
    }
    const n = p - this.pos;
    this.pos = lenAt;
    this.long(n);
    this.pos = p;
  }
}

function tupleElemCtx(ctx: number): number {
  switch (ctx) {
    case Ctx.ConstsTuple: return Ctx.Const;
    case Ctx.NamesTuple: return Ctx.Names;
    case Ctx.LocalsPlusNamesTuple: return Ctx.LocalsPlusNames;
    case Ctx.Const: case Ctx.SetElement: case Ctx.SortKey: return Ctx.Const;
    default: return Ctx.Plain;
  }
}

function isLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether value v can be written with type code `type` (checking a trace against the value). */
function fits(v: MarshalValue, type: number): boolean {
  switch (type) {
    case TYPE_INT: case TYPE_INT64: case TYPE_LONG: return typeof v === 'bigint';
    case TYPE_FLOAT: case TYPE_BINARY_FLOAT: return typeof v === 'number';
    case TYPE_COMPLEX: case TYPE_BINARY_COMPLEX: return v instanceof PyComplex;
    case TYPE_STRING: return v instanceof PyBytes || v instanceof Uint8Array;
    case TYPE_ASCII: case TYPE_ASCII_INTERNED: case TYPE_SHORT_ASCII: case TYPE_SHORT_ASCII_INTERNED:
    case TYPE_UNICODE: case TYPE_INTERNED: return typeof v === 'string' || v instanceof PyCodePointStr;
    case TYPE_TUPLE: case TYPE_SMALL_TUPLE: return v instanceof PyTuple || Array.isArray(v);
    case TYPE_LIST: return v instanceof PyList;
    case TYPE_DICT: return v instanceof PyDict;
    case TYPE_SET: return v instanceof PySet;
    case TYPE_FROZENSET: return v instanceof PyFrozenSet;
    case TYPE_CODE: return v instanceof CodeObject;
    case TYPE_NONE: return v === null;
    case TYPE_TRUE: return v === true;
    case TYPE_FALSE: return v === false;
    case TYPE_ELLIPSIS: return v === Ellipsis;
    case TYPE_STOPITER: return v === StopIteration;
  }
  return false;
}

/** Whether a raw payload kept in a trace still decodes to v. */
function sameValue(v: MarshalValue, type: number, extra: Uint8Array): boolean {
  const r = new Reader(extra, 0, extra.length, null);
  try {
    switch (type) {
      case TYPE_FLOAT: return Object.is(r.floatStr(), v);
      case TYPE_BINARY_FLOAT: return Object.is(readF64(extra, 0), v);
      case TYPE_COMPLEX: {
        const c = v as PyComplex;
        return Object.is(r.floatStr(), c.real) && Object.is(r.floatStr(), c.imag);
      }
      case TYPE_BINARY_COMPLEX: {
        const c = v as PyComplex;
        return Object.is(readF64(extra, 0), c.real) && Object.is(readF64(extra, 8), c.imag);
      }
      case TYPE_UNICODE: case TYPE_INTERNED: {
        const n = r.long();
        return n === extra.length - 4 && decodeUtf8SurrogatePass(extra, 4, extra.length).text === v;
      }
    }
  } catch { /* fall through */ }
  return false;
}

/** The type code CPython's w_complex_object picks for v (flag not included). */
function naturalType(v: MarshalValue, version: number, policy: WritePolicy, ctx: number): number {
  switch (typeof v) {
    case 'bigint': return v >= -0x80000000n && v <= 0x7fffffffn ? TYPE_INT : TYPE_LONG;
    case 'number': return version > 1 ? TYPE_BINARY_FLOAT : TYPE_FLOAT;
    case 'string': {
      const interned = version >= 3 && policy.interned(v, ctx);
      if (version >= 4 && isAscii(v)) {
        if (v.length < 256) return interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII;
        return interned ? TYPE_ASCII_INTERNED : TYPE_ASCII;
      }
      return interned ? TYPE_INTERNED : TYPE_UNICODE;
    }
  }
  if (v instanceof PyBytes || v instanceof Uint8Array) return TYPE_STRING;
  // Surrogates: neither ASCII nor name characters, so never interned.
  if (v instanceof PyCodePointStr) return TYPE_UNICODE;
  if (v instanceof PyTuple || Array.isArray(v)) {
    const n = v instanceof PyTuple ? v.items.length : (v as unknown[]).length;
    return version >= 4 && n < 256 ? TYPE_SMALL_TUPLE : TYPE_TUPLE;
  }
  if (v instanceof PyComplex) return version > 1 ? TYPE_BINARY_COMPLEX : TYPE_COMPLEX;
  if (v instanceof PyList) return TYPE_LIST;
  if (v instanceof PyDict) return TYPE_DICT;
  if (v instanceof PySet) return TYPE_SET;
  if (v instanceof PyFrozenSet) return TYPE_FROZENSET;
  if (v instanceof CodeObject) return TYPE_CODE;
  throw new MarshalError('ValueError', 'unmarshallable object');
}

/** float text for marshal versions 0 and 1: C's "%.17g". */
export function formatG17(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const e = x.toExponential(16); // d.dddddddddddddddde±x: 17 significant digits
  const at = e.indexOf('e');
  const exp = parseInt(e.slice(at + 1), 10);
  let mant = e.slice(0, at);
  if (exp < -4 || exp >= 17) {
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const ae = Math.abs(exp);
    return mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  let s = x.toFixed(Math.max(0, 16 - exp));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------------------
// Policies

/**
 * A plain marshal.dumps of values built in JS: objects referenced more than once in the graph (by identity)
 * are flagged; primitives have no identity, so they are never shared; strings made only of name characters
 * are treated as interned, the way CPython's compiler interns such constants.
 */
export class IdentityPolicy implements WritePolicy {
  counts = new Map<unknown, number>();
  prepare(root: MarshalValue): void {
    this.counts.clear();
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      let v = stack.pop();
      if (typeof v !== 'object' || v === null) continue;
      const c = this.counts.get(v) ?? 0;
      this.counts.set(v, c + 1);
      if (c > 0) continue; // children already counted
      if (v instanceof PyTuple || v instanceof PyFrozenSet || v instanceof PyList || v instanceof PySet) {
        for (const x of v.items) stack.push(x);
      } else if (v instanceof PyDict) {
        for (const x of v.keys) stack.push(x);
        for (const x of v.values) stack.push(x);
      } else if (v instanceof CodeObject) {
        stack.push(v.code, v.consts, v.names, v.localsplusnames, v.localspluskinds, v.linetable, v.exceptiontable);
      } else if (Array.isArray(v)) {
        for (const x of v) stack.push(x);
      }
    }
  }
  identity(v: MarshalValue): unknown { return typeof v === 'object' ? v : undefined; }
  flagged(v: MarshalValue): boolean {
    return typeof v === 'object' && v !== null && (this.counts.get(v) ?? 0) > 1;
  }
  interned(s: string, ctx: number): boolean {
    return ctx === Ctx.Names || ctx === Ctx.LocalsPlusNames || allNameChars(s);
  }
}

/**
 * The choices CPython 3.11 makes when importlib/py_compile marshals a freshly compiled module, so pycs Typhon
 * writes for its own code objects match CPython's byte for byte wherever the values agree. Derived from the
 * stdlib's pycs (scripts/marshal-parity.mjs; diagnoseRules reports node by node where rules and pycs differ):
 *
 * Identity (which occurrences are one object, so the second one is a TYPE_REF):
 * - The compiler merges every constant by type-strict value across the whole module (compile.c
 *   merge_consts_recursive / merge_const_one), and also the names, localsplusnames and consts tuples and the
 *   linetable and exception-table bytes: so tuples, bytes, ints, floats, complexes and strings are one object
 *   per distinct value (tuples equal by content with type-strict elements; 1 != 1.0 != True). Frozensets
 *   too, except those holding identifier strings: interning those makes a new frozenset per code object.
 * - Names are interned, and constants made only of [A-Za-z0-9_] are interned (codeobject.c
 *   intern_string_constants, which descends into tuples and frozensets), so equal names and such constants are
 *   one object too. A code object's qualname is its name object when equal, and the class-body constant
 *   `__qualname__` (a class body: not CO_OPTIMIZED, stores __qualname__, has it among its consts; only the
 *   first class body of a given qualname, later equal constants merge into that one); otherwise a fresh
 *   string. NaN constants are distinct objects. co_filename is one object
 *   per module. co_code is a fresh bytes per code object (_PyCode_GetCode); non-empty co_localspluskinds too.
 *   Code objects, lists, dicts and sets have identity only.
 *
 * FLAG_REF (refcount > 1 at marshal time): an object is flagged when more than one distinct container of the
 * value graph holds it (a merged tuple counts its elements once), or when something outside holds it too:
 * - the root (the caller's reference), co_code (cached in the code object), co_filename (the loader's path);
 * - CPython's singletons: ints -5..256, '' and 1-character latin-1 strings, b'' and 1-byte bytes, ();
 * - every interned string (all codes Z/A/t in the stdlib's pycs carry the flag) and the static names
 *   '<module>', '<lambda>', '<genexpr>', '<listcomp>', ... used for co_name;
 * - every element of a set or frozenset (marshal's sort keeps (dump, element) pairs alive while writing).
 *
 * Interned codes (Z/A/t): names and localsplusnames; constants (also inside tuples and frozensets) made only
 * of name characters, and '*' (interned by the import machinery); co_name unless it is a '<...>' name.
 * Set and frozenset elements are written in the order of their own marshal bytes (bpo-37596).
 */
export class CPythonRules implements WritePolicy {
  // One Entry per object CPython would have: `count` is how many distinct containers hold it. Entries are
  // found by domain (see identity()) without building composite key strings on the hot path.
  private strS = new Map<string, Entry>(); // interned strings and the 1-char/empty singletons
  private strU = new Map<string, Entry>(); // other (merged) string constants
  private strCP = new Map<string, Entry>(); // PyCodePointStr constants (merged), by their code points
  private strN = new Map<string, Entry>(); // static '<module>'-style names
  private strF = new Map<string, Entry>(); // co_filename
  private ints = new Map<bigint, Entry>();
  private floats = new Map<number, Entry>(); // SameValueZero: -0.0 is kept apart below
  private negZero: Entry | null = null;
  private bytesByHash = new Map<number, Entry[]>();
  private composite = new Map<string, Entry>(); // tuples and complexes, by their items' entry ids
  private objects = new WeakMap<object, Entry>(); // tuples/arrays (memo) and identity-only objects
  private nextId = 0;
  private root: MarshalValue | undefined = undefined;
  /** code objects whose qualname is one object with their name or a constant */
  private sharedQualname = new WeakSet<CodeObject>();
  private current: CodeObject | null = null;
  private qualnames = new Set<string>();

  prepare(root: MarshalValue): void {
    this.strS.clear(); this.strU.clear(); this.strN.clear(); this.strF.clear(); this.strCP.clear();
    this.ints.clear(); this.floats.clear(); this.negZero = null; this.bytesByHash.clear(); this.composite.clear();
    this.objects = new WeakMap();
    this.qualnames.clear();
    this.lastV = undefined; this.lastCtx = -1; this.lastE = undefined;
    this.root = root;
    this.count(root, Ctx.Plain);
  }

  enterCode(co: CodeObject): void { this.current = co; }

  private newEntry(): Entry { return new Entry(this.nextId++); }

  private count(v: MarshalValue, ctx: number): void {
    // an explicit stack: values nest up to 2000 deep
    const vals: unknown[] = [v];
    const ctxs: number[] = [ctx];
    while (vals.length > 0) {
      const x = vals.pop() as MarshalValue;
      const c = ctxs.pop()!;
      if (x === null || typeof x === 'boolean' || x === Ellipsis || x === StopIteration) continue;
      if (x instanceof CodeObject) {
        // the qualname rule needs the code object, so it is settled here, in marshal order
        if (x.qualname === x.name) this.sharedQualname.add(x);
        else if ((x.flags & CO_OPTIMIZED) === 0 && x.names.includes('__qualname__') && x.consts.includes(x.qualname) &&
                 !this.qualnames.has(x.qualname)) {
          // a class body loads its qualname as the constant __qualname__: the same object, unless an equal
          // constant was merged first (a second class of that qualname gets a fresh string)
          this.qualnames.add(x.qualname);
          this.sharedQualname.add(x);
        }
      }
      const e = this.identity(x, c);
      if (e === undefined) continue;
      if (e.count++ > 0) continue; // children were counted with the first sighting
      if (x instanceof CodeObject) {
        // pushed in reverse so they pop in marshal order (the qualname rule above depends on it)
        this.current = x;
        // the qualname's identity depends on its own code object: count it now
        const q = this.identity(x.qualname, Ctx.Qualname);
        if (q !== undefined) q.count++;
        vals.push(x.exceptiontable, x.linetable, x.name, x.filename, x.localspluskinds, x.localsplusnames, x.names, x.consts, x.code);
        ctxs.push(Ctx.ExceptionTable, Ctx.LineTable, Ctx.Name, Ctx.Filename, Ctx.LocalsPlusKinds,
          Ctx.LocalsPlusNamesTuple, Ctx.NamesTuple, Ctx.ConstsTuple, Ctx.Code);
      } else if (x instanceof PyTuple || Array.isArray(x)) {
        const items = (x instanceof PyTuple ? x.items : x) as readonly MarshalValue[];
        const ec = tupleElemCtx(c);
        for (let i = items.length - 1; i >= 0; i--) { vals.push(items[i]); ctxs.push(ec); }
      } else if (x instanceof PyFrozenSet || x instanceof PySet) {
        for (const y of x.items as readonly MarshalValue[]) { vals.push(y); ctxs.push(Ctx.SetElement); }
      } else if (x instanceof PyList) {
        for (const y of x.items) { vals.push(y); ctxs.push(Ctx.Plain); }
      } else if (x instanceof PyDict) {
        for (let i = 0; i < x.keys.length; i++) { vals.push(x.keys[i], x.values[i]); ctxs.push(Ctx.Plain, Ctx.Plain); }
      }
    }
  }

  // the writer asks flagged(v, ctx) and then identity(v, ctx) for the same node: one slot of memory
  private lastV: unknown = undefined;
  private lastCtx = -1;
  private lastE: Entry | undefined = undefined;

  /** The Entry standing for the CPython object v would be, or undefined for "a fresh object". */
  identity(v: MarshalValue, ctx: number): Entry | undefined {
    if (ctx === this.lastCtx && Object.is(v, this.lastV) && ctx !== Ctx.Qualname) return this.lastE; // -0.0 is not 0.0
    const e = this.findEntry(v, ctx);
    this.lastV = v; this.lastCtx = ctx; this.lastE = e;
    return e;
  }

  private findEntry(v: MarshalValue, ctx: number): Entry | undefined {
    switch (typeof v) {
      case 'string': {
        let m: Map<string, Entry>;
        if (ctx === Ctx.Filename) m = this.strF;
        else if (v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256)) m = this.strS; // singletons
        else if (ctx === Ctx.Qualname) {
          const co = this.current;
          if (co && v === co.name) return this.identity(v, Ctx.Name);
          if (!(co && this.sharedQualname.has(co))) return undefined;
          m = this.interned(v, ctx) ? this.strS : this.strU;
        } else if (ctx === Ctx.Name && v.charCodeAt(0) === 0x3c) m = this.strN; // static '<module>' & co
        else m = this.interned(v, ctx) ? this.strS : this.strU;
        let e = m.get(v);
        if (e === undefined) { e = this.newEntry(); m.set(v, e); }
        return e;
      }
      case 'bigint': {
        let e = this.ints.get(v);
        if (e === undefined) { e = this.newEntry(); this.ints.set(v, e); }
        return e;
      }
      case 'number': {
        if (v === 0 && 1 / v < 0) return this.negZero ??= this.newEntry();
        if (v !== v) return undefined; // every NaN constant is its own object
        let e = this.floats.get(v);
        if (e === undefined) { e = this.newEntry(); this.floats.set(v, e); }
        return e;
      }
    }
    if (typeof v !== 'object' || v === null) return undefined;
    const bytes = v instanceof PyBytes ? v.bytes : v instanceof Uint8Array ? v : null;
    if (bytes !== null) {
      // co_code and co_localspluskinds are fresh objects (never the b'' / 1-byte singletons unless empty)
      if (ctx === Ctx.Code || (ctx === Ctx.LocalsPlusKinds && bytes.length > 0)) return this.byIdentity(v);
      return this.bytesEntry(bytes);
    }
    if (v instanceof PyFrozenSet) {
      // Equal frozenset constants are merged, but a code object whose frozenset holds strings that interning
      // replaces gets a new frozenset (intern_string_constants): so those holding name-like strings are
      // distinct objects (measured: 40 of 54 such cases in the stdlib's pycs; 76 of 77 without are shared).
      let e = this.objects.get(v);
      if (e === undefined) {
        const items = v.items as readonly MarshalValue[];
        // (identifier-like strings: likely interned already elsewhere; '225' is name chars but no identifier)
        if (items.some((x) => typeof x === 'string' && x.length > 0 && !(x.charCodeAt(0) <= 0x39) && allNameChars(x))) e = this.newEntry();
        else {
          const ids: string[] = [];
          for (let i = 0; i < items.length; i++) ids.push(this.constId(items[i]));
          const key = '{' + ids.sort().join(',');
          e = this.composite.get(key);
          if (e === undefined) { e = this.newEntry(); this.composite.set(key, e); }
        }
        this.objects.set(v, e);
      }
      return e;
    }
    if (v instanceof PyTuple || Array.isArray(v)) {
      let e = this.objects.get(v);
      if (e === undefined) {
        let key = '(';
        const items = (v instanceof PyTuple ? v.items : v) as readonly MarshalValue[];
        for (let i = 0; i < items.length; i++) key += this.constId(items[i]) + ',';
        e = this.composite.get(key);
        if (e === undefined) { e = this.newEntry(); this.composite.set(key, e); }
        this.objects.set(v, e);
      }
      return e;
    }
    if (v instanceof PyCodePointStr) {
      const key = v.cps.join(',');
      let e = this.strCP.get(key);
      if (e === undefined) { e = this.newEntry(); this.strCP.set(key, e); }
      return e;
    }
    if (v instanceof PyComplex) {
      const key = 'c' + (Object.is(v.real, -0) ? '-0' : v.real) + ',' + (Object.is(v.imag, -0) ? '-0' : v.imag);
      let e = this.composite.get(key);
      if (e === undefined) { e = this.newEntry(); this.composite.set(key, e); }
      return e;
    }
    return this.byIdentity(v);
  }

  private byIdentity(v: object): Entry {
    let e = this.objects.get(v);
    if (e === undefined) { e = this.newEntry(); this.objects.set(v, e); }
    return e;
  }

  /** Entry id of a tuple item, type-strict (the compiler's _PyCode_ConstantKey). */
  private constId(x: MarshalValue): string {
    if (x === null) return 'N';
    if (x === true) return 'T';
    if (x === false) return 'F';
    if (x === Ellipsis) return '.';
    const e = this.identity(x, Ctx.Const);
    return e === undefined ? '?' : String(e.id);
  }

  private bytesEntry(b: Uint8Array): Entry {
    let h = 0x811c9dc5 ^ b.length;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
    let bucket = this.bytesByHash.get(h);
    if (bucket === undefined) { bucket = []; this.bytesByHash.set(h, bucket); }
    for (const e of bucket) {
      const o = e.bytes!;
      if (o.length !== b.length) continue;
      let i = 0;
      while (i < b.length && o[i] === b[i]) i++;
      if (i === b.length) return e;
    }
    const e = this.newEntry();
    e.bytes = b;
    bucket.push(e);
    return e;
  }

  flagged(v: MarshalValue, ctx: number): boolean {
    if (v === this.root && ctx === Ctx.Plain) return true;
    switch (ctx) {
      case Ctx.Code: case Ctx.Filename: case Ctx.SetElement: return true;
    }
    switch (typeof v) {
      case 'string':
        if (v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256)) return true;
        if (this.interned(v, ctx)) return true;
        if (ctx === Ctx.Name && v.charCodeAt(0) === 0x3c) return true; // '<module>' & co are static strings
        break;
      case 'bigint':
        if (v >= -5n && v <= 256n) return true;
        break;
      case 'object': {
        const bytes = v instanceof PyBytes ? v.bytes : v instanceof Uint8Array ? v : null;
        if (bytes !== null && (bytes.length === 0 || (bytes.length === 1 && ctx !== Ctx.LocalsPlusKinds))) return true;
        if ((v instanceof PyTuple && v.items.length === 0) || (Array.isArray(v) && v.length === 0)) return true;
      }
    }
    const e = this.identity(v, ctx);
    return e !== undefined && e.count > 1;
  }

  interned(s: string, ctx: number): boolean {
    switch (ctx) {
      case Ctx.Names: case Ctx.LocalsPlusNames: return true;
      case Ctx.Filename: return false;
      case Ctx.Name: return s.charCodeAt(0) !== 0x3c;
      case Ctx.Qualname:
        if (this.current && s === this.current.name) return s.charCodeAt(0) !== 0x3c;
        return allNameChars(s);
    }
    return allNameChars(s) || s === '*';
  }
}

/** CPythonRules' stand-in for one CPython object. */
class Entry {
  count = 0;
  bytes: Uint8Array | null = null;
  constructor(readonly id: number) {}
}


export interface DumpsOptions {
  version?: number;
  /** A trace from loadsTraced for this value: reproduces the bytes it was read from. */
  trace?: MarshalTrace;
  /** How to decide FLAG_REF and interning without a trace (default: CPythonRules). */
  policy?: WritePolicy;
}

function dumpsRuled(v: MarshalValue, version: number, policy: WritePolicy, ctx: number, prepare = true): Uint8Array {
  if (prepare) policy.prepare(v);
  const w = new Writer(version, null, policy);
  w.object(v, ctx);
  return w.buf.slice(0, w.pos);
}

export type DiagCallback = (v: MarshalValue, ctx: number, traceCode: number, rulesCode: number) => void;

/**
 * For deriving and checking write rules: replays `trace` over `value` and reports, for every node the trace
 * writes in full or as a back-reference, the code the trace holds next to the code `policy` would choose.
 */
export function diagnoseRules(value: MarshalValue, trace: MarshalTrace, policy: WritePolicy, report: DiagCallback): void {
  policy.prepare(value);
  const w = new Writer(MARSHAL_VERSION, trace, policy);
  w.diag = report;
  w.object(value, Ctx.Plain);
}

/** marshal.dumps(value, version). */
export function dumps(value: MarshalValue, options: DumpsOptions | number = {}): Uint8Array {
  try {
    return dumpsUnguarded(value, options);
  } catch (e) {
    // Writing is iterative, but keying deeply nested tuples (and sorting nested sets) recurses: past what the
    // JS stack holds, report what CPython reports for values nested too deep.
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw new MarshalError('ValueError', 'object too deeply nested to marshal');
    }
    throw e;
  }
}

function dumpsUnguarded(value: MarshalValue, options: DumpsOptions | number): Uint8Array {
  const opts = typeof options === 'number' ? { version: options } : options;
  const version = opts.version ?? MARSHAL_VERSION;
  if (opts.trace && version === MARSHAL_VERSION) {
    const w = new Writer(version, opts.trace, opts.policy ?? new CPythonRules());
    try {
      w.object(value, Ctx.Plain);
      if (w.node === opts.trace.count) return w.buf.slice(0, w.pos);
    } catch (e) {
      if (!(e instanceof TraceMismatch)) throw e;
    }
  }
  return dumpsRuled(value, version, opts.policy ?? new CPythonRules(), Ctx.Plain);
}

