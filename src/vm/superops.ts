// Opcode numbers of Typhon's superinstructions (see quicken.ts), ones CPython 3.11 leaves unused.
// A module of constants only, with no imports: esbuild inlines a module's constants into the eval
// loop's `case` labels (a jump table needs literals) only if nothing with effects precedes them.

export const LOAD_FAST__LOAD_FAST = 3;
export const LOAD_FAST__LOAD_CONST = 4;
export const LOAD_CONST__LOAD_FAST = 5;
export const STORE_FAST__LOAD_FAST = 6;
export const STORE_FAST__STORE_FAST = 7;
/** COMPARE_OP, its 2 caches, then a POP_JUMP_{FORWARD,BACKWARD}_IF_{FALSE,TRUE}. */
export const COMPARE_OP__JUMP = 8;
/** FOR_ITER whose loop body starts by storing the item in a local. */
export const FOR_ITER__STORE_FAST = 13;
/** LOAD_FAST then LOAD_ATTR on it (`self.x`). */
export const LOAD_FAST__LOAD_ATTR = 14;
