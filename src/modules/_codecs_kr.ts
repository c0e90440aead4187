// The _codecs_kr module (Modules/cjkcodecs/_codecs_kr.c): getcodec() for its codecs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_krModule = (): PyModule => makeCjkModule('kr');
