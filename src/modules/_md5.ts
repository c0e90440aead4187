// The _md5 module (Modules/md5module.c), on the hash-object type of _sha512.ts.
import { PyModule } from '../objects/object.js';
import { makeHashModule } from './_sha512.js';

export function makeMd5Module(): PyModule {
  return makeHashModule('_md5', [{ name: 'md5', digestSize: 16, blockSize: 64 }]);
}
