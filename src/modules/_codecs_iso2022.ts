// The _codecs_iso2022 module (Modules/cjkcodecs/_codecs_iso2022.c): getcodec() for its codecs (src/modules/cjk/).
import { PyModule } from '../objects/object.js';
import { makeCjkModule } from './cjk/module.js';

export const make_codecs_iso2022Module = (): PyModule => makeCjkModule('iso2022');
