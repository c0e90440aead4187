// The _random module (Modules/_randommodule.c): Random, the Mersenne Twister MT19937 exactly as
// CPython runs it (init_by_array seeding from the absolute value of an int in 32-bit chunks, the
// 53-bit random(), getrandbits of any size, getstate/setstate), so seeded sequences match.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyFloat, None, typeType, objectType, TF_BASETYPE,
  TF_HEAPTYPE, defineMethods, typeOf, normBig, intType,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError } from '../objects/exceptions.js';
import { hash, index } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { unpackArgs } from './args.js';
import { urandom } from './posix.js';

const N = 624;
const M = 397;

const randomType = new PyType(typeType, 'Random', [objectType], TF_BASETYPE);
randomType.mro = [randomType, objectType];
randomType.tdict.set('__module__', '_random');

export class PyRandom extends PyObject {
  declare mt: Uint32Array;
  declare index: number;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.mt = new Uint32Array(N);
    this.index = N + 1;
    this.slots = null;
  }
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }
  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    const klen = key.length;
    for (let k = Math.max(N, klen); k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= klen) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }
  genrand(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

function R(v: PyValue): PyRandom {
  if (!(v instanceof PyRandom)) typeError(`descriptor requires a '_random.Random' object but received a '${typeOf(v).name}'`);
  return v;
}

/** The 32-bit words of a non-negative integer, least significant first. */
function words(n: bigint): number[] {
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (out.length === 0) out.push(0);
  return out;
}

function seedFromOs(r: PyRandom): void {
  r.initByArray(Array.from(new Uint32Array(urandom(N * 4).buffer)));
}

function seed(r: PyRandom, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) {
    seedFromOs(r);
    return;
  }
  let n: bigint;
  if (typeof arg === 'number' || typeof arg === 'bigint' || typeof arg === 'boolean') n = BigInt(arg);
  else if (typeOf(arg).isSubtype(intType)) n = BigInt(index(arg));
  else n = BigInt.asUintN(64, BigInt(hash(arg)));
  if (n < 0n) n = -n;
  r.initByArray(words(n));
}

function getrandbits(r: PyRandom, kv: PyValue): PyValue {
  const kb = index(kv);
  if (typeof kb === 'bigint' || kb > 0x7fffffff || kb < -0x80000000) raise(OverflowError, 'Python int too large to convert to C int');
  let k = kb;
  if (k < 0) valueError('number of bits must be non-negative');
  if (k === 0) return 0;
  if (k <= 32) return r.genrand() >>> (32 - k);
  if (k <= 53) {
    // Two words fit a JS number exactly.
    const lo = r.genrand();
    const hi = r.genrand() >>> (64 - k);
    return hi * 4294967296 + lo;
  }
  // 32-bit words, least significant first (as _random_Random_getrandbits_impl fills them), joined through
  // one hex string: OR-ing shifted words into a BigInt is quadratic in k.
  const words: string[] = [];
  while (k > 0) {
    let w = r.genrand();
    if (k < 32) w >>>= 32 - k;
    words.push(w.toString(16).padStart(8, '0'));
    k -= 32;
  }
  return normBig(BigInt('0x' + words.reverse().join('')));
}

function newRandom(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  if ((cls === randomType || cls.lookup('__init__') === objectType.tdict.get('__init__')) && kw !== null && kw.length > 0)
    typeError('Random() takes no keyword arguments');
  const npos = args.length - 1 - (kw === null ? 0 : kw.length);
  if (npos > 1) typeError('Random() requires 0 or 1 argument');
  const r = new PyRandom(cls);
  if (cls.flags & TF_HEAPTYPE) initHeapLayout(r, cls);
  seed(r, npos === 1 ? args[1] : undefined);
  return r;
}

let initialised = false;
export function makeRandomModule(): PyModule {
  if (!initialised) {
    initialised = true;
    randomType.tdict.set('__new__', new PyBuiltin('__new__', newRandom));
    defineMethods(randomType, {
      random: (self) => new PyFloat(R(self).random()),
      seed: (self, args, kw) => {
        unpackArgs('seed', args, kw, 0, 1);
        seed(R(self), args[0]);
        return None;
      },
      getrandbits: (self, args) => {
        if (args.length !== 1) typeError(`Random.getrandbits() takes exactly one argument (${args.length} given)`);
        return getrandbits(R(self), args[0]);
      },
      getstate: (self) => {
        const r = R(self);
        const out: PyValue[] = Array.from(r.mt);
        out.push(r.index);
        return new PyTuple(out);
      },
      setstate: (self, args) => {
        if (args.length !== 1) typeError(`Random.setstate() takes exactly one argument (${args.length} given)`);
        const r = R(self);
        const st = args[0];
        if (!(st instanceof PyTuple)) typeError('state vector must be a tuple');
        if (st.items.length !== N + 1) valueError('state vector is the wrong size');
        const mt = new Uint32Array(N);
        for (let i = 0; i < N; i++) {
          const v = index(st.items[i]);
          if (v < 0) raise(OverflowError, "can't convert negative value to unsigned int");
          if (v > 0xffffffff) raise(OverflowError, 'Python int too large to convert to C unsigned long');
          mt[i] = Number(v);
        }
        const ix = index(st.items[N]);
        if (ix < 0 || ix > N) valueError('invalid state');
        r.mt = mt;
        r.index = Number(ix);
        return None;
      },
    });
  }
  const d = new PyDict();
  const m = new PyModule('_random', d);
  d.setStr('Random', randomType);
  return m;
}
