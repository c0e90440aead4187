// The _sha3 module (Modules/_sha3): sha3_224/256/384/512 and the shake_128/256 XOFs as types (as
// in CPython), with the digest work done by node:crypto ('sha3-256', 'shake128' with outputLength).
import { createHash, Hash } from 'node:crypto';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, None, typeType, objectType, TF_BASETYPE,
  defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { clinicArgs } from './args.js';

interface Sha3 {
  name: string;
  node: string;
  digestSize: number;
  /** Rate in bytes (the block size). */
  rate: number;
  shake: boolean;
}
const ALGOS: Sha3[] = [
  { name: 'sha3_224', node: 'sha3-224', digestSize: 28, rate: 144, shake: false },
  { name: 'sha3_256', node: 'sha3-256', digestSize: 32, rate: 136, shake: false },
  { name: 'sha3_384', node: 'sha3-384', digestSize: 48, rate: 104, shake: false },
  { name: 'sha3_512', node: 'sha3-512', digestSize: 64, rate: 72, shake: false },
  { name: 'shake_128', node: 'shake128', digestSize: 0, rate: 168, shake: true },
  { name: 'shake_256', node: 'shake256', digestSize: 0, rate: 136, shake: true },
];

class PySha3 extends PyObject {
  declare h: Hash;
  constructor(cls: PyType, h: Hash) {
    super(cls);
    this.h = h;
  }
}

function data(v: PyValue): Uint8Array {
  if (typeof v === 'string') typeError('Strings must be encoded before hashing');
  const b = asBytes(v);
  if (b === undefined) typeError('object supporting the buffer API required');
  return b;
}

const HEX = '0123456789abcdef';
function hex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
  return s;
}

function makeType(a: Sha3): PyType {
  const t = new PyType(typeType, a.name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_sha3');
  const O = (x: PyValue): PySha3 => {
    if (!(x instanceof PySha3)) typeError(`descriptor requires a '_sha3.${a.name}' object but received a '${typeOf(x).name}'`);
    return x;
  };
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [d] = clinicArgs(a.name, ['data', 'usedforsecurity'], args.slice(1), kw, 0, 1);
    const h = createHash(a.node);
    if (d !== undefined) h.update(data(d));
    return new PySha3(args[0] as PyType, h);
  }));
  const out = (self: PyValue, args: PyValue[]): Uint8Array => {
    if (!a.shake) return new Uint8Array(O(self).h.copy().digest());
    if (args.length !== 1) typeError(`${a.name}.digest() takes exactly one argument (${args.length} given)`);
    // An unsigned long, at most 2^29 - 1 bytes (_SHAKE_digest).
    const n = index(args[0]);
    if (n < 0) valueError('value must be positive');
    if (typeof n === 'bigint' && n >= 1n << 64n) raise(OverflowError, 'Python int too large to convert to C unsigned long');
    if (typeof n === 'bigint' || n >= 2 ** 29) valueError('length is too large');
    if (n === 0) return new Uint8Array(0);
    return new Uint8Array(O(self).h.copy({ outputLength: n }).digest());
  };
  defineMethods(t, {
    update: (self, args) => {
      if (args.length !== 1) typeError(`${a.name}.update() takes exactly one argument (${args.length} given)`);
      O(self).h.update(data(args[0]));
      return None;
    },
    digest: (self, args) => new PyBytesObj(out(self, args)),
    hexdigest: (self, args) => hex(out(self, args)),
    copy: (self) => new PySha3(O(self).cls, O(self).h.copy()),
  });
  defineGetters(t, {
    name: () => a.name,
    digest_size: () => a.digestSize,
    block_size: () => a.rate,
    _capacity_bits: () => 1600 - a.rate * 8,
    _rate_bits: () => a.rate * 8,
    _suffix: () => new PyBytesObj(Uint8Array.of(a.shake ? 0x1f : 0x06)),
  });
  return t;
}

let types: PyType[] | null = null;
export function makeSha3Module(): PyModule {
  if (types === null) types = ALGOS.map(makeType);
  const d = new PyDict();
  const m = new PyModule('_sha3', d);
  for (const t of types) d.setStr(t.name, t);
  d.setStr('keccakopt', 64);
  d.setStr('implementation', 'node:crypto');
  return m;
}
