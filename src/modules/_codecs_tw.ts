// The _codecs_tw module (Modules/cjkcodecs/_codecs_tw.c): getcodec() for its codecs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_twModule = (): PyModule => makeCjkModule('tw');
