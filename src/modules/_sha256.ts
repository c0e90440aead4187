// The _sha256 module (Modules/sha256module.c): sha256 and sha224, on the hash-object type of _sha512.ts.
import { PyModule } from '../objects/object.js';
import { makeHashModule } from './_sha512.js';

export function makeSha256Module(): PyModule {
  return makeHashModule('_sha256', [
    { name: 'sha256', digestSize: 32, blockSize: 64 },
    { name: 'sha224', digestSize: 28, blockSize: 64 },
  ]);
}
