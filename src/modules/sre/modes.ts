// The modes of sre_match's loop (engine.ts): entering a new context, dispatching opcodes, returning from a
// context, and the points where a context resumes (the labels of sre_lib.h's DO_JUMPs and loops). A leaf
// module, so that esbuild writes them into the loop's switch as literals (a jump table): as constants of
// engine.ts itself they stayed variables, a chain of up to 26 comparisons per context switch.

export const M_ENTER = 0;
export const M_DISPATCH = 1;
export const M_EXIT = 2;
export const R_BRANCH_LOOP = 3;
export const R_BRANCH = 4;
export const R_REPEAT_ONE_1_LOOP = 5;
export const R_REPEAT_ONE_1 = 6;
export const R_REPEAT_ONE_2_LOOP = 7;
export const R_REPEAT_ONE_2 = 8;
export const R_MIN_REPEAT_ONE_LOOP = 9;
export const R_MIN_REPEAT_ONE = 10;
export const R_REPEAT = 11;
export const R_MAX_UNTIL_1 = 12;
export const R_MAX_UNTIL_2 = 13;
export const R_MAX_UNTIL_TAIL = 14;
export const R_MAX_UNTIL_3 = 15;
export const R_MIN_UNTIL_1 = 16;
export const R_MIN_UNTIL_2 = 17;
export const R_MIN_UNTIL_3 = 18;
export const R_POSS_1_LOOP = 19;
export const R_POSS_1 = 20;
export const R_POSS_2_LOOP = 21;
export const R_POSS_2 = 22;
export const R_ATOMIC = 23;
export const R_ASSERT = 24;
export const R_ASSERT_NOT = 25;
