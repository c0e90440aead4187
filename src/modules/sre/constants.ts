// The code words of CPython 3.11's regular-expression engine: opcodes, AT codes, categories and
// INFO flags, numbered as Lib/re/_constants.py (MAGIC 20220615) numbers them.

export const MAGIC = 20220615;
export const CODESIZE = 4;
export const MAXREPEAT = 0xffffffff;
/** SRE_MAXGROUPS on a 64-bit build: INT32_MAX / 2. */
export const MAXGROUPS = 0x3fffffff;

// Opcodes.
export const FAILURE = 0;
export const SUCCESS = 1;
export const ANY = 2;
export const ANY_ALL = 3;
export const ASSERT = 4;
export const ASSERT_NOT = 5;
export const AT = 6;
export const BRANCH = 7;
export const CATEGORY = 8;
export const CHARSET = 9;
export const BIGCHARSET = 10;
export const GROUPREF = 11;
export const GROUPREF_EXISTS = 12;
export const IN = 13;
export const INFO = 14;
export const JUMP = 15;
export const LITERAL = 16;
export const MARK = 17;
export const MAX_UNTIL = 18;
export const MIN_UNTIL = 19;
export const NOT_LITERAL = 20;
export const NEGATE = 21;
export const RANGE = 22;
export const REPEAT = 23;
export const REPEAT_ONE = 24;
export const SUBPATTERN = 25;
export const MIN_REPEAT_ONE = 26;
export const ATOMIC_GROUP = 27;
export const POSSESSIVE_REPEAT = 28;
export const POSSESSIVE_REPEAT_ONE = 29;
export const GROUPREF_IGNORE = 30;
export const IN_IGNORE = 31;
export const LITERAL_IGNORE = 32;
export const NOT_LITERAL_IGNORE = 33;
export const GROUPREF_LOC_IGNORE = 34;
export const IN_LOC_IGNORE = 35;
export const LITERAL_LOC_IGNORE = 36;
export const NOT_LITERAL_LOC_IGNORE = 37;
export const GROUPREF_UNI_IGNORE = 38;
export const IN_UNI_IGNORE = 39;
export const LITERAL_UNI_IGNORE = 40;
export const NOT_LITERAL_UNI_IGNORE = 41;
export const RANGE_UNI_IGNORE = 42;

// AT codes.
export const AT_BEGINNING = 0;
export const AT_BEGINNING_LINE = 1;
export const AT_BEGINNING_STRING = 2;
export const AT_BOUNDARY = 3;
export const AT_NON_BOUNDARY = 4;
export const AT_END = 5;
export const AT_END_LINE = 6;
export const AT_END_STRING = 7;
export const AT_LOC_BOUNDARY = 8;
export const AT_LOC_NON_BOUNDARY = 9;
export const AT_UNI_BOUNDARY = 10;
export const AT_UNI_NON_BOUNDARY = 11;

// Categories.
export const CATEGORY_DIGIT = 0;
export const CATEGORY_NOT_DIGIT = 1;
export const CATEGORY_SPACE = 2;
export const CATEGORY_NOT_SPACE = 3;
export const CATEGORY_WORD = 4;
export const CATEGORY_NOT_WORD = 5;
export const CATEGORY_LINEBREAK = 6;
export const CATEGORY_NOT_LINEBREAK = 7;
export const CATEGORY_LOC_WORD = 8;
export const CATEGORY_LOC_NOT_WORD = 9;
export const CATEGORY_UNI_DIGIT = 10;
export const CATEGORY_UNI_NOT_DIGIT = 11;
export const CATEGORY_UNI_SPACE = 12;
export const CATEGORY_UNI_NOT_SPACE = 13;
export const CATEGORY_UNI_WORD = 14;
export const CATEGORY_UNI_NOT_WORD = 15;
export const CATEGORY_UNI_LINEBREAK = 16;
export const CATEGORY_UNI_NOT_LINEBREAK = 17;

// Pattern flags (those _sre itself looks at, and the ones Pattern.__repr__ names).
export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

// INFO block flags.
export const INFO_PREFIX = 1;
export const INFO_LITERAL = 2;
export const INFO_CHARSET = 4;
