// The _blake2 module (Modules/_blake2): blake2b and blake2s with every parameter of CPython's
// constructors (digest_size, key, salt, person, tree parameters, last_node). Implemented here from
// RFC 7693 because node:crypto only offers the unkeyed full-length variants. BLAKE2b's 64-bit words
// are kept as (low, high) pairs of 32-bit integers.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, None, typeType, objectType, TF_BASETYPE,
  defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError } from '../objects/exceptions.js';
import { truthy, index } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { clinicArgs } from './args.js';

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
/** BLAKE2b's IV as (low, high) pairs. */
const IV64 = [
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
];

interface Variant {
  name: string;
  /** Bytes per word: 8 for blake2b, 4 for blake2s. */
  word: number;
  block: number;
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  /** Bytes of node_offset in the parameter block. */
  offsetBytes: number;
}
const B: Variant = { name: 'blake2b', word: 8, block: 128, maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, offsetBytes: 8 };
const S: Variant = { name: 'blake2s', word: 4, block: 64, maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, offsetBytes: 6 };

class State {
  declare v: Variant;
  /** Chaining value: 16 uint32 (blake2b pairs) or 8 (blake2s). */
  declare h: Uint32Array;
  declare buf: Uint8Array;
  declare buflen: number;
  /** Bytes compressed so far (a JS number: exact far beyond any input). */
  declare t: number;
  declare lastNode: boolean;
  declare digestSize: number;
  constructor(v: Variant) {
    this.v = v;
    this.h = new Uint32Array(v.word === 8 ? 16 : 8);
    this.buf = new Uint8Array(v.block);
    this.buflen = 0;
    this.t = 0;
    this.lastNode = false;
    this.digestSize = v.maxDigest;
  }
  clone(): State {
    const s = new State(this.v);
    s.h.set(this.h);
    s.buf.set(this.buf);
    s.buflen = this.buflen;
    s.t = this.t;
    s.lastNode = this.lastNode;
    s.digestSize = this.digestSize;
    return s;
  }
  update(data: Uint8Array): void {
    const bl = this.v.block;
    for (let i = 0; i < data.length;) {
      // The last block is held back until final(): it must be compressed with the final flag.
      if (this.buflen === bl) {
        this.t += bl;
        this.compress(false);
        this.buflen = 0;
      }
      const n = Math.min(bl - this.buflen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.buflen);
      this.buflen += n;
      i += n;
    }
  }
  digest(): Uint8Array {
    const s = this.clone();
    s.t += s.buflen;
    s.buf.fill(0, s.buflen);
    s.compress(true);
    const out = new Uint8Array(s.digestSize);
    for (let i = 0; i < s.digestSize; i++) out[i] = (s.h[i >> 2] >>> (8 * (i & 3))) & 0xff;
    return out;
  }
  compress(last: boolean): void {
    if (this.v.word === 8) compressB(this, last);
    else compressS(this, last);
  }
}

function word32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

const vb = new Uint32Array(32);
const mb = new Uint32Array(32);
/** v[a] += v[b] (64-bit, pairs at 2a, 2b). */
function add64(a: number, b: number): void {
  const lo = vb[a] + vb[b];
  const hi = vb[a + 1] + vb[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  vb[a] = lo;
  vb[a + 1] = hi;
}
function addM(a: number, lo: number, hi: number): void {
  const l = vb[a] + lo;
  vb[a + 1] = vb[a + 1] + hi + (l >= 0x100000000 ? 1 : 0);
  vb[a] = l;
}
function xorRot(a: number, b: number, r: number): void {
  // v[a] = rotr64(v[a] ^ v[b], r)
  const xl = vb[a] ^ vb[b];
  const xh = vb[a + 1] ^ vb[b + 1];
  if (r === 32) {
    vb[a] = xh;
    vb[a + 1] = xl;
  } else if (r < 32) {
    vb[a] = (xl >>> r) | (xh << (32 - r));
    vb[a + 1] = (xh >>> r) | (xl << (32 - r));
  } else {
    const s = r - 32;
    vb[a] = (xh >>> s) | (xl << (32 - s));
    vb[a + 1] = (xl >>> s) | (xh << (32 - s));
  }
}
function gB(a: number, b: number, c: number, d: number, x: number, y: number): void {
  a *= 2; b *= 2; c *= 2; d *= 2;
  add64(a, b); addM(a, mb[2 * x], mb[2 * x + 1]);
  xorRot(d, a, 32);
  add64(c, d);
  xorRot(b, c, 24);
  add64(a, b); addM(a, mb[2 * y], mb[2 * y + 1]);
  xorRot(d, a, 16);
  add64(c, d);
  xorRot(b, c, 63);
}
function compressB(s: State, last: boolean): void {
  for (let i = 0; i < 16; i++) {
    vb[i] = s.h[i];
    vb[16 + i] = IV64[i];
  }
  const t = s.t;
  vb[24] ^= t >>> 0;
  vb[25] ^= Math.floor(t / 0x100000000) >>> 0;
  if (last) {
    vb[28] = ~vb[28] >>> 0;
    vb[29] = ~vb[29] >>> 0;
    if (s.lastNode) {
      vb[30] = ~vb[30] >>> 0;
      vb[31] = ~vb[31] >>> 0;
    }
  }
  for (let i = 0; i < 32; i++) mb[i] = word32(s.buf, 4 * i);
  for (let r = 0; r < 12; r++) {
    const sg = SIGMA[r % 10];
    gB(0, 4, 8, 12, sg[0], sg[1]);
    gB(1, 5, 9, 13, sg[2], sg[3]);
    gB(2, 6, 10, 14, sg[4], sg[5]);
    gB(3, 7, 11, 15, sg[6], sg[7]);
    gB(0, 5, 10, 15, sg[8], sg[9]);
    gB(1, 6, 11, 12, sg[10], sg[11]);
    gB(2, 7, 8, 13, sg[12], sg[13]);
    gB(3, 4, 9, 14, sg[14], sg[15]);
  }
  for (let i = 0; i < 16; i++) s.h[i] = (s.h[i] ^ vb[i] ^ vb[16 + i]) >>> 0;
}

const vs = new Uint32Array(16);
const ms = new Uint32Array(16);
const rotr = (x: number, r: number): number => ((x >>> r) | (x << (32 - r))) >>> 0;
function gS(a: number, b: number, c: number, d: number, x: number, y: number): void {
  vs[a] = (vs[a] + vs[b] + x) >>> 0;
  vs[d] = rotr(vs[d] ^ vs[a], 16);
  vs[c] = (vs[c] + vs[d]) >>> 0;
  vs[b] = rotr(vs[b] ^ vs[c], 12);
  vs[a] = (vs[a] + vs[b] + y) >>> 0;
  vs[d] = rotr(vs[d] ^ vs[a], 8);
  vs[c] = (vs[c] + vs[d]) >>> 0;
  vs[b] = rotr(vs[b] ^ vs[c], 7);
}
function compressS(s: State, last: boolean): void {
  for (let i = 0; i < 8; i++) {
    vs[i] = s.h[i];
    vs[8 + i] = IV32[i];
  }
  const t = s.t;
  vs[12] ^= t >>> 0;
  vs[13] ^= Math.floor(t / 0x100000000) >>> 0;
  if (last) {
    vs[14] = ~vs[14] >>> 0;
    if (s.lastNode) vs[15] = ~vs[15] >>> 0;
  }
  for (let i = 0; i < 16; i++) ms[i] = word32(s.buf, 4 * i);
  for (let r = 0; r < 10; r++) {
    const sg = SIGMA[r];
    gS(0, 4, 8, 12, ms[sg[0]], ms[sg[1]]);
    gS(1, 5, 9, 13, ms[sg[2]], ms[sg[3]]);
    gS(2, 6, 10, 14, ms[sg[4]], ms[sg[5]]);
    gS(3, 7, 11, 15, ms[sg[6]], ms[sg[7]]);
    gS(0, 5, 10, 15, ms[sg[8]], ms[sg[9]]);
    gS(1, 6, 11, 12, ms[sg[10]], ms[sg[11]]);
    gS(2, 7, 8, 13, ms[sg[12]], ms[sg[13]]);
    gS(3, 4, 9, 14, ms[sg[14]], ms[sg[15]]);
  }
  for (let i = 0; i < 8; i++) s.h[i] = (s.h[i] ^ vs[i] ^ vs[8 + i]) >>> 0;
}

// ---------------------------------------------------------------------------

class PyBlake2 extends PyObject {
  declare st: State;
  constructor(cls: PyType, st: State) {
    super(cls);
    this.st = st;
  }
}

function bytesArg(v: PyValue | undefined): Uint8Array {
  if (v === undefined) return new Uint8Array(0);
  if (typeof v === 'string') typeError('Strings must be encoded before hashing');
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function intParam(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = index(v);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

const NAMES = ['data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
  'inner_size', 'last_node', 'usedforsecurity'];

function newState(v: Variant, args: PyValue[], kw: string[] | null): [State, Uint8Array] {
  // `data` is positional-only, the rest keyword-only.
  if (kw !== null && kw.includes('data')) typeError(`'data' is an invalid keyword argument for ${v.name}()`);
  const a = clinicArgs(v.name, NAMES, args, kw, 0, 1);
  const digestSize = intParam(a[1], v.maxDigest);
  if (digestSize < 1 || digestSize > v.maxDigest) valueError(`digest_size must be between 1 and ${v.maxDigest} bytes`);
  const key = bytesArg(a[2]);
  if (key.length > v.maxKey) valueError(`maximum key length is ${v.maxKey} bytes`);
  const salt = bytesArg(a[3]);
  if (salt.length > v.saltSize) valueError(`maximum salt length is ${v.saltSize} bytes`);
  const person = bytesArg(a[4]);
  if (person.length > v.personSize) valueError(`maximum person length is ${v.personSize} bytes`);
  const fanout = intParam(a[5], 1);
  if (fanout < 0 || fanout > 255) valueError('fanout must be between 0 and 255');
  const depth = intParam(a[6], 1);
  if (depth <= 0 || depth > 255) valueError('depth must be between 1 and 255');
  const leaf = intParam(a[7], 0);
  if (leaf < 0) valueError('value must be positive');
  if (leaf > 0xffffffff) raise(OverflowError, 'leaf_size is too large');
  // An unsigned 64-bit parameter: a BigInt, so that offsets past 2^53 are written exactly.
  const offset = a[8] === undefined ? 0n : BigInt(index(a[8]));
  if (offset < 0n) valueError('value must be positive');
  if (offset >= 1n << 64n) raise(OverflowError, 'int too big to convert');
  if (v.offsetBytes === 6 && offset >= 1n << 48n) raise(OverflowError, 'node_offset is too large');
  const nodeDepth = intParam(a[9], 0);
  if (nodeDepth < 0 || nodeDepth > 255) valueError('node_depth must be between 0 and 255');
  const inner = intParam(a[10], 0);
  if (inner < 0 || inner > v.maxDigest) valueError(`inner_size must be between 0 and is ${v.maxDigest}`);
  const st = new State(v);
  st.digestSize = digestSize;
  st.lastNode = a[11] !== undefined && truthy(a[11]);
  // The parameter block, XORed into the IV.
  const p = new Uint8Array(v.word * 8);
  p[0] = digestSize;
  p[1] = key.length;
  p[2] = fanout;
  p[3] = depth;
  for (let i = 0; i < 4; i++) p[4 + i] = Math.floor(leaf / 2 ** (8 * i)) & 0xff;
  for (let i = 0; i < v.offsetBytes; i++) p[8 + i] = Number((offset >> BigInt(8 * i)) & 0xffn);
  const o = 8 + v.offsetBytes;
  p[o] = nodeDepth;
  p[o + 1] = inner;
  const saltAt = v.word === 8 ? 32 : 16;
  p.set(salt, saltAt);
  p.set(person, saltAt + v.saltSize);
  const iv = v.word === 8 ? IV64 : IV32;
  for (let i = 0; i < st.h.length; i++) st.h[i] = (iv[i] ^ word32(p, 4 * i)) >>> 0;
  if (key.length > 0) {
    const kb = new Uint8Array(v.block);
    kb.set(key);
    st.update(kb);
  }
  return [st, bytesArg(a[0])];
}

const HEX = '0123456789abcdef';

function makeType(v: Variant): PyType {
  const t = new PyType(typeType, v.name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_blake2');
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [st, data] = newState(v, args.slice(1), kw);
    if (data.length > 0) st.update(data);
    return new PyBlake2(args[0] as PyType, st);
  }));
  const O = (x: PyValue): PyBlake2 => {
    if (!(x instanceof PyBlake2)) typeError(`descriptor requires a '_blake2.${v.name}' object but received a '${typeOf(x).name}'`);
    return x;
  };
  defineMethods(t, {
    update: (self, args) => {
      if (args.length !== 1) typeError(`${v.name}.update() takes exactly one argument (${args.length} given)`);
      O(self).st.update(bytesArg(args[0]));
      return None;
    },
    digest: (self) => new PyBytesObj(O(self).st.digest()),
    hexdigest: (self) => {
      const b = O(self).st.digest();
      let s = '';
      for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
      return s;
    },
    copy: (self) => new PyBlake2(O(self).cls, O(self).st.clone()),
  });
  defineGetters(t, {
    name: () => v.name,
    digest_size: (self) => O(self).st.digestSize,
    block_size: () => v.block,
  });
  t.tdict.set('SALT_SIZE', v.saltSize);
  t.tdict.set('PERSON_SIZE', v.personSize);
  t.tdict.set('MAX_KEY_SIZE', v.maxKey);
  t.tdict.set('MAX_DIGEST_SIZE', v.maxDigest);
  return t;
}

let types: [PyType, PyType] | null = null;
export function makeBlake2Module(): PyModule {
  if (types === null) types = [makeType(B), makeType(S)];
  const d = new PyDict();
  const m = new PyModule('_blake2', d);
  d.setStr('blake2b', types[0]);
  d.setStr('blake2s', types[1]);
  d.setStr('BLAKE2B_SALT_SIZE', B.saltSize);
  d.setStr('BLAKE2B_PERSON_SIZE', B.personSize);
  d.setStr('BLAKE2B_MAX_KEY_SIZE', B.maxKey);
  d.setStr('BLAKE2B_MAX_DIGEST_SIZE', B.maxDigest);
  d.setStr('BLAKE2S_SALT_SIZE', S.saltSize);
  d.setStr('BLAKE2S_PERSON_SIZE', S.personSize);
  d.setStr('BLAKE2S_MAX_KEY_SIZE', S.maxKey);
  d.setStr('BLAKE2S_MAX_DIGEST_SIZE', S.maxDigest);
  d.setStr('_GIL_MINSIZE', 2048);
  return m;
}
