// The _sha512 module (Modules/sha512module.c): sha512 and sha384 hash objects. The digest work is
// node:crypto's; this file also provides the hash-object type shared by _md5, _sha1 and _sha256
// (update/digest/hexdigest/copy, name, digest_size, block_size), which hashlib falls back to.
import { createHash, Hash } from 'node:crypto';
import { PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, typeType, objectType, defineMethods, defineGetters, typeOf, None } from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';
import { PyBytesObj } from '../objects/object.js';
import { asBytes } from '../objects/bytes.js';
import { clinicArgs } from './args.js';

export interface HashAlgo {
  /** hashlib's name, also node:crypto's. */
  name: string;
  digestSize: number;
  blockSize: number;
}

class PyHashObj extends PyObject {
  declare h: Hash;
  declare algo: HashAlgo;
  constructor(cls: PyType, algo: HashAlgo, h: Hash) {
    super(cls);
    this.algo = algo;
    this.h = h;
  }
}

function H(v: PyValue): PyHashObj {
  if (!(v instanceof PyHashObj)) typeError(`descriptor requires a hash object but received a '${typeOf(v).name}'`);
  return v;
}

/** The data argument of a hash constructor or update(): a buffer, never a str. */
function hashData(v: PyValue): Uint8Array {
  if (typeof v === 'string') typeError('Strings must be encoded before hashing');
  const b = asBytes(v);
  if (b === undefined) typeError('object supporting the buffer API required');
  return b;
}

const HEX = '0123456789abcdef';

/** A native hash module: one type and one constructor per algorithm. */
export function makeHashModule(modName: string, algos: HashAlgo[]): PyModule {
  const d = new PyDict();
  const m = new PyModule(modName, d);
  for (const algo of algos) {
    const t = new PyType(typeType, algo.name, [objectType], 0);
    t.mro = [t, objectType];
    t.tdict.set('__module__', modName);
    defineMethods(t, {
      update: (self, args) => {
        if (args.length !== 1) typeError(`${algo.name}.update() takes exactly one argument (${args.length} given)`);
        H(self).h.update(hashData(args[0]));
        return None;
      },
      digest: (self) => new PyBytesObj(new Uint8Array(H(self).h.copy().digest())),
      hexdigest: (self) => {
        const b = H(self).h.copy().digest();
        let s = '';
        for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
        return s;
      },
      copy: (self) => new PyHashObj(t, algo, H(self).h.copy()),
    });
    defineGetters(t, {
      name: () => algo.name,
      digest_size: () => algo.digestSize,
      block_size: () => algo.blockSize,
    });
    t.tdict.set('__new__', new PyBuiltin('__new__', () => typeError(`cannot create '${modName}.${algo.name}' instances`)));
    d.setStr(algo.name, new PyBuiltin(algo.name, (args, kw) => {
      const [data] = clinicArgs(algo.name, ['string', 'usedforsecurity'], args, kw, 0, 1);
      const h = createHash(algo.name);
      if (data !== undefined) h.update(hashData(data));
      return new PyHashObj(t, algo, h);
    }));
  }
  return m;
}

export function makeSha512Module(): PyModule {
  return makeHashModule('_sha512', [
    { name: 'sha512', digestSize: 64, blockSize: 128 },
    { name: 'sha384', digestSize: 48, blockSize: 128 },
  ]);
}
