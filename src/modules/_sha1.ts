// The _sha1 module (Modules/sha1module.c), on the hash-object type of _sha512.ts.
import { PyModule } from '../objects/object.js';
import { makeHashModule } from './_sha512.js';

export function makeSha1Module(): PyModule {
  return makeHashModule('_sha1', [{ name: 'sha1', digestSize: 20, blockSize: 64 }]);
}
