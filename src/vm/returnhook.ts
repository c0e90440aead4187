// What a frame pushed by a native callable's CALL (run in the eval loop rather than in a nested one) does
// with its return value before the caller gets it: lru_cache's wrapper stores it (modules/_functools.ts).
import type { PyValue } from '../objects/object.js';

export abstract class ReturnHook {
  /** The value the caller gets for the frame's return value r (may raise). */
  abstract done(r: PyValue): PyValue;
}
