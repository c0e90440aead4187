// The _codecs_cn module (Modules/cjkcodecs/_codecs_cn.c): getcodec() for its codecs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_cnModule = (): PyModule => makeCjkModule('cn');
