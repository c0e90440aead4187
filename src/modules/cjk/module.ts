// The _codecs_<region> modules (Modules/cjkcodecs/cjkcodecs.h's module template): getcodec(name)
// gives a MultibyteCodec for the region's codecs.
import { PyValue, PyDict, PyModule, PyBuiltin, typeOf } from '../../objects/object.js';
import { typeError, raise, LookupError } from '../../objects/exceptions.js';
import { findCodec } from './codecs.js';
import { newMultibyteCodec } from '../_multibytecodec.js';

export function makeCjkModule(region: string): PyModule {
  const d = new PyDict();
  const name = `_codecs_${region}`;
  const m = new PyModule(name, d);
  d.setStr('getcodec', new PyBuiltin('getcodec', (args: PyValue[]) => {
    if (args.length !== 1) typeError(`getcodec() takes exactly one argument (${args.length} given)`);
    const enc = args[0];
    if (typeof enc !== 'string') typeError(`getcodec() argument must be str, not ${typeOf(enc).name}`);
    const c = findCodec(region, enc);
    if (c === undefined) raise(LookupError, 'no such codec is supported.');
    return newMultibyteCodec(c);
  }));
  return m;
}
