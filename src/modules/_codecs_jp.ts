// The _codecs_jp module (Modules/cjkcodecs/_codecs_jp.c): getcodec() for its codecs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_jpModule = (): PyModule => makeCjkModule('jp');
