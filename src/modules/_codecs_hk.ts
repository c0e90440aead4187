// The _codecs_hk module (Modules/cjkcodecs/_codecs_hk.c): getcodec(); big5hkscs is not there yet (ICU has no HKSCS table).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_hkModule = (): PyModule => makeCjkModule('hk');
