// The _codecs_hk module (Modules/cjkcodecs/_codecs_hk.c): getcodec() for big5hkscs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_hkModule = (): PyModule => makeCjkModule('hk');
