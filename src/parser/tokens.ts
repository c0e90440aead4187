// Token kinds, numbered as in CPython 3.11's `token` module.
export const enum T {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14,
  MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21,
  EQUAL = 22, DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28,
  LESSEQUAL = 29, GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33,
  RIGHTSHIFT = 34, DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38,
  SLASHEQUAL = 39, PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50, RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53,
  OP = 54, TYPE_COMMENT = 58, ERRORTOKEN = 60,
  /** Not a token module number: the parser's kind for hard keywords, so that NAME never matches one. */
  KW = 100,
}

/** The operator strings and their exact kinds (CPython's token.EXACT_TOKEN_TYPES). */
export const EXACT_TOKEN_TYPES: Record<string, T> = {
  '!=': T.NOTEQUAL, '%': T.PERCENT, '%=': T.PERCENTEQUAL, '&': T.AMPER, '&=': T.AMPEREQUAL,
  '(': T.LPAR, ')': T.RPAR, '*': T.STAR, '**': T.DOUBLESTAR, '**=': T.DOUBLESTAREQUAL,
  '*=': T.STAREQUAL, '+': T.PLUS, '+=': T.PLUSEQUAL, ',': T.COMMA, '-': T.MINUS,
  '-=': T.MINEQUAL, '->': T.RARROW, '.': T.DOT, '...': T.ELLIPSIS, '/': T.SLASH,
  '//': T.DOUBLESLASH, '//=': T.DOUBLESLASHEQUAL, '/=': T.SLASHEQUAL, ':': T.COLON,
  ':=': T.COLONEQUAL, ';': T.SEMI, '<': T.LESS, '<<': T.LEFTSHIFT, '<<=': T.LEFTSHIFTEQUAL,
  '<=': T.LESSEQUAL, '=': T.EQUAL, '==': T.EQEQUAL, '>': T.GREATER, '>=': T.GREATEREQUAL,
  '>>': T.RIGHTSHIFT, '>>=': T.RIGHTSHIFTEQUAL, '@': T.AT, '@=': T.ATEQUAL, '[': T.LSQB,
  ']': T.RSQB, '^': T.CIRCUMFLEX, '^=': T.CIRCUMFLEXEQUAL, '{': T.LBRACE, '|': T.VBAR,
  '|=': T.VBAREQUAL, '}': T.RBRACE, '~': T.TILDE,
};

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the
 * line, as CPython's AST reports them. `string` is the exact source text of the
 * token ('' for INDENT/DEDENT/ENDMARKER, the newline text or '' for NEWLINE).
 */
export class Token {
  constructor(
    public type: T,
    public string: string,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
  ) {}
}
