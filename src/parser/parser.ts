// The parser: CPython 3.11's PEG grammar (Grammar/python.gram) as hand-written
// recursive descent. Rule methods carry the grammar's rule names. A rule
// returns its node, or null when it does not match (the caller backtracks by
// resetting `pos`). As in CPython, a first pass runs without the `invalid_*`
// rules; only when it fails does a second pass enable them (`this.invalid`) to
// find a targeted message, and otherwise the error is "invalid syntax" at the
// furthest token the first pass fetched.
import * as A from './ast.js';
import { T, Token } from './tokens.js';
import { Tokenizer } from './tokenizer.js';
import { decodeSource, hasUndecodable, declaresEncoding } from './source.js';
import { PyParserMemoryError, PySyntaxError, byteColToOffset, type SyntaxErrorKind } from './errors.js';
import { PyComplex, Ellipsis } from './constants.js';
import { concatenateStrings, type StringHost } from './strings.js';

export type ParseMode = 'exec' | 'eval' | 'single' | 'fstring';

/** The interpreter's limits the parser applies: decimal int literals, as sys.set_int_max_str_digits sets it (0: none). */
export const parserLimits = { intMaxStrDigits: 4300 };

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);
const LEGACY_STATEMENTS = new Set(['print', 'exec']);
const MAX_NESTING = 5975;

/** Operators of the binary rules, loosest first: bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term. */
/**
 * The left-associative binary operators by token type: BINARY_LEVEL gives the rule, from `bitwise_or` (0)
 * to `term` (5), BINARY_OP the operator; other tokens have level -1. Dense tables indexed by token type:
 * one object per level made that lookup a megamorphic keyed load (~2% of a compile).
 */
const BINARY_LEVEL = new Int8Array(64).fill(-1);
const BINARY_OP: (A.operator | undefined)[] = new Array(64).fill(undefined);
const LAST_BINARY_LEVEL = 5;
for (const [level, ops] of ([
  [0, [[T.VBAR, A.BitOr_]]],
  [1, [[T.CIRCUMFLEX, A.BitXor_]]],
  [2, [[T.AMPER, A.BitAnd_]]],
  [3, [[T.LEFTSHIFT, A.LShift_], [T.RIGHTSHIFT, A.RShift_]]],
  [4, [[T.PLUS, A.Add_], [T.MINUS, A.Sub_]]],
  [5, [[T.STAR, A.Mult_], [T.SLASH, A.Div_], [T.DOUBLESLASH, A.FloorDiv_], [T.PERCENT, A.Mod_], [T.AT, A.MatMult_]]],
] as [number, [T, A.operator][]][])) {
  for (const [t, op] of ops) {
    BINARY_LEVEL[t] = level;
    BINARY_OP[t] = op;
  }
}

type Expr = A.expr;
type Stmt = A.stmt;

/** Thrown (and caught inside the parser) to abandon the first pass early. */
class ParseFailure {}

export interface ParseOptions {
  /**
   * How SyntaxErrors report their text and offsets: 'string' as compile() and
   * ast.parse() do (offsets in characters); 'file' as running a script file that
   * declares its encoding; 'file-bytes' as running one that does not (CPython's
   * tokenizer then has no encoding to decode with, so offsets stay in bytes).
   */
  errorStyle?: 'string' | 'file' | 'file-bytes';
  /**
   * Receives the warnings found while parsing: SyntaxWarning (a number followed by a keyword) and
   * DeprecationWarning (an invalid escape in a string). CPython issues them through `warnings`; returning
   * false means the filters made it an error, and the parser then raises SyntaxError(message) there.
   */
  onWarning?: (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, lineno: number) => boolean | void;
  /**
   * compile()'s PyCF_ALLOW_INCOMPLETE_INPUT (codeop's): input that fails where it ends (the tokenizer at its
   * end, an open bracket or triple-quoted string) is SyntaxError('incomplete input').
   */
  incompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT: in 'single' mode the end of the text does not close the open blocks. */
  dontImplyDedent?: boolean;
  /** CO_FUTURE_BARRY_AS_BDFL among compile()'s (or the REPL's) future flags: `<>` is the not-equal operator. */
  barryAsFlufl?: boolean;
}

/**
 * Parse a source file's bytes as running it as a script does (decoding, then error offsets as CPython reports
 * them); `source`, when given, is the text decoded already (an import decodes as compile() does).
 */
export function parseFile(bytes: Uint8Array, filename: string, mode: ParseMode = 'exec',
  onWarning?: ParseOptions['onWarning'], source = decodeSource(bytes, filename)): A.mod {
  return parse(source, filename, mode, { errorStyle: declaresEncoding(bytes) ? 'file' : 'file-bytes', onWarning });
}

export function parse(source: string, filename: string, mode: ParseMode = 'exec', options: ParseOptions = {}): A.mod {
  const errors = options.errorStyle ?? 'string';
  const tk = new Tokenizer(source, filename, { execInput: mode === 'exec', errors });
  const warn = options.onWarning;
  if (warn !== undefined) {
    tk.onWarning = (category, message, lineno) => warn(category, message, lineno) === false;
  }
  const p = new Parser(tk, filename, mode);
  p.errorStyle = errors;
  p.onWarning = warn;
  p.incompleteInput = options.incompleteInput === true;
  p.dontImplyDedent = options.dontImplyDedent === true;
  p.barry = options.barryAsFlufl === true;
  p.undecodable = hasUndecodable(source);
  return p.parseTop() as A.mod;
}

const AUGOPS: Partial<Record<T, () => A.operator>> = {
  [T.PLUSEQUAL]: () => A.Add_, [T.MINEQUAL]: () => A.Sub_, [T.STAREQUAL]: () => A.Mult_,
  [T.ATEQUAL]: () => A.MatMult_, [T.SLASHEQUAL]: () => A.Div_, [T.PERCENTEQUAL]: () => A.Mod_,
  [T.AMPEREQUAL]: () => A.BitAnd_, [T.VBAREQUAL]: () => A.BitOr_, [T.CIRCUMFLEXEQUAL]: () => A.BitXor_,
  [T.LEFTSHIFTEQUAL]: () => A.LShift_, [T.RIGHTSHIFTEQUAL]: () => A.RShift_,
  [T.DOUBLESTAREQUAL]: () => A.Pow_, [T.DOUBLESLASHEQUAL]: () => A.FloorDiv_,
};

interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

export class Parser implements StringHost {
  toks: Token[] = [];
  /** StringHost.undecodable: the source holds bytes that were not UTF-8 (see source.ts's utf8Escaped). */
  undecodable = false;
  pos = 0;
  /** Second pass: the invalid_* rules are enabled. */
  invalid = false;
  /** See ParseOptions.errorStyle. */
  errorStyle: 'string' | 'file' | 'file-bytes' = 'string';
  /** See ParseOptions.onWarning. */
  onWarning: ParseOptions['onWarning'] = undefined;
  /** See ParseOptions.incompleteInput and dontImplyDedent. */
  incompleteInput = false;
  dontImplyDedent = false;
  /** See ParseOptions.barryAsFlufl. */
  barry = false;

  /** StringHost.warn: warn_invalid_escape_sequence, a SyntaxError at the string when it is made an error. */
  warn(message: string, token: Token): void {
    if (this.onWarning !== undefined && this.onWarning('DeprecationWarning', message, token.lineno) === false) {
      this.syntaxErrorAt(message, token.lineno, token.col, token.endLineno, token.endCol);
    }
  }

  constructor(readonly tk: Tokenizer, readonly filename: string, readonly mode: ParseMode) {}

  // ---------------------------------------------------------------- tokens

  /** pegen's parsing_started: in 'single' mode an ENDMARKER right after another token becomes NEWLINE. */
  private parsingStarted = false;
  /** Bracket depth after each token (CPython's token->level), filled on demand by levelAt(). */
  private levels: number[] = [];

  /** The bracket depth after token i (only the second pass's error rules need it). */
  private levelAt(i: number): number {
    const lv = this.levels;
    let d = lv.length > 0 ? lv[lv.length - 1] : 0;
    for (let k = lv.length; k <= i; k++) {
      const ty = this.toks[k].type;
      if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) d++;
      else if (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE) d--;
      lv.push(d);
    }
    return lv[i];
  }

  private fill(): Token {
    const t = this.tk.next();
    const ty = t.type;
    if (ty === T.NAME) {
      if (KEYWORDS.has(t.string) && !this.tk.isDisguisedKeyword(t)) t.type = T.KW;
    }
    // Fetching end of file inside brackets is a tokenizer error, final in either pass.
    else if (ty === T.ERRORTOKEN && this.tk.eofInBrackets) {
      if (this.incompleteInput && !this.invalid) this.incomplete();
      this.raiseUnclosed();
    }
    if (ty === T.ENDMARKER && this.mode === 'single' && this.parsingStarted) {
      // _PyPegen_fill_token: end of input after a token is NEWLINE (plus the implied DEDENTs the first time);
      // the next fetch is ENDMARKER, the one after NEWLINE again, so `for x in y:\n  a = 1` ends its block
      // and then its compound statement.
      this.parsingStarted = false;
      if (!this.dontImplyDedent) this.tk.implyDedents();
      t.type = T.NEWLINE;
    } else {
      this.parsingStarted = true;
    }
    this.toks.push(t);
    return t;
  }

  peek(): Token {
    return this.pos < this.toks.length ? this.toks[this.pos] : this.fill();
  }

  peekAt(k: number): Token {
    while (this.pos + k >= this.toks.length) this.fill();
    return this.toks[this.pos + k];
  }

  at(type: T): boolean {
    return this.peek().type === type;
  }

  eat(type: T): Token | null {
    const t = this.peek();
    if (t.type === type) {
      this.pos++;
      return t;
    }
    return null;
  }

  isKw(s: string): boolean {
    const t = this.peek();
    return t.type === T.KW && t.string === s;
  }

  eatKw(s: string): Token | null {
    const t = this.peek();
    if (t.type === T.KW && t.string === s) {
      this.pos++;
      return t;
    }
    return null;
  }

  /** A soft keyword ("match", "case", "_") is a NAME with that text. */
  isSoft(s: string): boolean {
    const t = this.peek();
    return t.type === T.NAME && t.string === s;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where a node ends. */
  last(): Token {
    for (let m = this.pos - 1; m >= 0; m--) {
      const t = this.toks[m];
      if (t.type !== T.ENDMARKER && (t.type < T.NEWLINE || t.type > T.DEDENT)) return t;
    }
    return this.toks[0];
  }

  // ---------------------------------------------------------------- errors

  /** The text a SyntaxError at `lineno` carries: the file's line running a script, pegen's buffer compiling a string. */
  private lineText(lineno: number): string {
    return this.errorStyle === 'string' ? this.tk.errorText(lineno) : this.tk.lineText(lineno);
  }

  raiseAt(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number,
    endOffsetOverride?: number): never {
    let m = msg;
    let text = this.lineText(lineno);
    if (this.mode === 'fstring') {
      // 3.11 reports f-string expression errors against the "(expr)" sub-source, a string to pegen: the
      // tokenizer's line when it is still there, else that line of the source without its newline.
      m = 'f-string: ' + m;
      text = this.tk.errorText(lineno, true);
      if (col >= 0) col -= this.tk.startColOffset;
      if (endCol >= 0) endCol -= this.tk.startColOffset;
    }
    // _PyPegen_byte_offset_to_character_offset, applied to both ends with the start line's text.
    let offset: number;
    let endOffset: number;
    if (this.errorStyle === 'file-bytes') {
      offset = col < 0 ? 0 : col + 1;
      endOffset = endCol < 0 ? -1 : endCol + 1;
    } else {
      offset = col < 0 ? 0 : byteColToOffset(text, col);
      endOffset = endCol < 0 ? -1 : byteColToOffset(text, endCol);
    }
    if (endOffsetOverride !== undefined) endOffset = endOffsetOverride;
    if (text === '') text = null as unknown as string;
    throw new PySyntaxError(kind, m, this.filename, lineno, offset, text, endLineno, endOffset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): from a's start to its end. */
  errNode(a: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    return this.raiseAt(kind, msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  errTok(t: Token, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    // INDENT, DEDENT, ENDMARKER have no column: CPython reports the tokenizer's cursor as the offset;
    // at the end of the input that cursor is at the start of a line (offset 0, end offset 0), also where
    // the source has no final newline (eval mode adds none).
    if (t.type === T.ENDMARKER) return this.raiseAt(kind, msg, t.lineno, -1, t.endLineno, -1, 0);
    const col = t.col === -1 ? this.tk.curCol - 1 : t.col;
    return this.raiseAt(kind, msg, t.lineno, col, t.endLineno, t.endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  errRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a's start to the tokenizer's position (the end of the last token fetched). */
  errFrom(a: Located, msg: string): never {
    const t = this.toks[this.toks.length - 1];
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, t.endLineno, t.endCol - 1);
  }

  /** RAISE_SYNTAX_ERROR(msg): at the last token fetched. */
  errHere(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    return this.errTok(this.toks[this.toks.length - 1], msg, kind);
  }

  syntaxErrorAt(msg: string, lineno: number, colOffset: number, endLineno: number, endColOffset: number): never {
    return this.raiseAt('SyntaxError', msg, lineno, colOffset, endLineno, endColOffset);
  }

  /** RAISE_SYNTAX_ERROR from the string parser: at the last token fetched. */
  syntaxError(msg: string): never {
    return this.errHere(msg);
  }

  /** `&&tok`: the token is required; its absence is an error right away (both passes). */
  expectForced(type: T, s: string): Token {
    const t = this.peek();
    if (t.type === type) {
      this.pos++;
      return t;
    }
    return this.errTok(t, `expected '${s}'`);
  }

  tokLoc(t: Token): Located {
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  // ---------------------------------------------------------------- entry

  parseTop(): A.mod | Expr {
    let result: A.mod | Expr | null;
    try {
      result = this.runPass();
    } catch (e) {
      // _PyPegen_run_parser: any error of the first pass (a forced token's, the tokenizer's) once the tokenizer
      // is at the end of the text (E_EOFS: a triple-quoted string; E_EOF: a backslash continuation), unless the
      // tokenizer's error has its own done code (E_LINECONT: a backslash before the end).
      if (this.incompleteInput && e instanceof PySyntaxError && e.msg !== 'unexpected character after line continuation character'
        && (this.tk.atEndOfText(this.toks[this.toks.length - 1]) || e.msg.startsWith('unterminated triple-quoted string literal')
          || e.msg === 'unexpected EOF while parsing' || (e.msg.startsWith('unterminated string literal') && this.tk.stringRanToEnd()))) {
        this.incomplete();
      }
      throw e;
    }
    // _PyPegen_run_parser: a first pass that failed with the tokenizer at the end of the text.
    if (result === null && this.incompleteInput && this.tk.atEndOfText(this.toks[this.toks.length - 1])) this.incomplete();
    if (result !== null) {
      if (this.mode === 'single' && this.tk.codeFollows()) this.errHere('multiple statements found while compiling a single statement');
      return result;
    }
    const lastFirst = this.toks[this.toks.length - 1];
    // Second pass with the invalid_* rules.
    this.pos = 0;
    this.invalid = true;
    try {
      this.runPass();
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.checkRestForTokenizerErrors();
        throw e;
      }
      throw e;
    }
    this.genericError(lastFirst);
  }

  /** RAISE_SYNTAX_ERROR("incomplete input"), at the last token fetched. */
  private incomplete(): never {
    const t = this.toks.length > 0 ? this.toks[this.toks.length - 1] : null;
    if (t === null) this.syntaxErrorAt('incomplete input', 1, 0, 1, 0);
    this.syntaxErrorAt('incomplete input', t.lineno, t.col, t.endLineno, t.endCol);
  }

  private runPass(): A.mod | Expr | null {
    this.level = 0;
    try {
      switch (this.mode) {
        case 'exec': return this.file();
        case 'eval': return this.evalInput();
        case 'single': return this.interactive();
        case 'fstring': return this.fstringInput();
      }
    } catch (e) {
      if (e instanceof ParseFailure) return null;
      // Whatever recursion the depth counter does not see must not surface as a JS error.
      if (e instanceof RangeError) throw new PyParserMemoryError();
      throw e;
    }
  }

  /**
   * Nesting depth of the recursive rules (unary operators, `not`, expressions in brackets or
   * lambdas). CPython counts every rule on its stack and gives up at 6000 with MemoryError;
   * a chain of unary minus costs it one level each, after about 25 levels to reach `factor`.
   */
  private level = 0;

  private enter(): void {
    if (++this.level > MAX_NESTING) throw new PyParserMemoryError();
  }

  private genericError(lastTok: Token): never {
    if (lastTok.type === T.INDENT || lastTok.type === T.DEDENT) {
      // These tokens have no column in CPython: the error sits at the tokenizer's cursor, just past the
      // indentation, with no end. _PyPegen_set_syntax_error returns here, before tokenizing the rest.
      this.errTok(lastTok, lastTok.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    }
    let err: PySyntaxError;
    try {
      if (lastTok.type === T.ERRORTOKEN && this.tk.eofInBrackets) {
        this.raiseUnclosed();
      }
      this.errTok(lastTok, 'invalid syntax');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      err = e;
    }
    this.checkRestForTokenizerErrors();
    throw err!;
  }

  private raiseUnclosed(): never {
    const b = this.tk.innermostBracket()!;
    // RAISE_ERROR_KNOWN_LOCATION with end column -1: CPython reports end offset 0.
    return this.raiseAt('SyntaxError', `'${b.char}' was never closed`, b.lineno, b.col, b.lineno, -1, 0);
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a
   * tokenizer error later in the file wins; so does a bracket left open on a
   * line before the error.
   */
  private checkRestForTokenizerErrors(): void {
    if (this.mode === 'single' || this.mode === 'fstring') return;
    const errLine = this.toks[this.toks.length - 1].lineno;
    this.tk.doneCodeError = false;
    for (;;) {
      let t: Token;
      try {
        t = this.tk.next();
      } catch (e) {
        // The failures CPython's tokenizer leaves as a done code (unexpected EOF, a character after a line
        // continuation, a bad dedent, TabError) raise nothing here: the parser's error stands, unless a
        // bracket opened on an earlier line is still open.
        if (!(e instanceof PySyntaxError) || !this.tk.doneCodeError) throw e;
        if (this.tk.level !== 0 && errLine > this.tk.innermostBracket()!.lineno) this.raiseUnclosed();
        return;
      }
      if (t.type === T.ERRORTOKEN) {
        if (this.tk.eofInBrackets && this.tk.level !== 0) {
          const b = this.tk.innermostBracket()!;
          if (errLine > b.lineno) this.raiseUnclosed();
        }
        return;
      }
      if (t.type === T.ENDMARKER) return;
    }
  }

  /** Fail the current pass (the grammar cannot continue). */
  fail(): never {
    throw new ParseFailure();
  }

  /** Run fn; if it fails, rewind and return null (PEG ordered choice). */
  attempt<R>(fn: () => R): R | null {
    const mark = this.pos;
    const level = this.level;
    try {
      return fn();
    } catch (e) {
      if (e instanceof ParseFailure) {
        this.pos = mark;
        this.level = level;
        return null;
      }
      throw e;
    }
  }

  /** Parse an operand after an operator; on failure rewind to `mark` (before the operator). */
  private opt(rule: () => Expr, mark: number): Expr | null {
    const level = this.level;
    try {
      return rule.call(this);
    } catch (e) {
      if (e instanceof ParseFailure) {
        this.pos = mark;
        this.level = level;
        return null;
      }
      throw e;
    }
  }

  expect(type: T): Token {
    const t = this.peek();
    if (t.type === type) {
      this.pos++;
      return t;
    }
    return this.fail();
  }

  expectKw(s: string): Token {
    const t = this.peek();
    if (t.type === T.KW && t.string === s) {
      this.pos++;
      return t;
    }
    return this.fail();
  }

  name(): Token {
    return this.expect(T.NAME);
  }

  // ---------------------------------------------------------------- start rules

  private file(): A.Module {
    const body = this.at(T.ENDMARKER) ? [] : this.statements();
    this.expect(T.ENDMARKER);
    return new A.Module(body, []);
  }

  private evalInput(): A.Expression {
    const e = this.expressions();
    while (this.eat(T.NEWLINE));
    this.expect(T.ENDMARKER);
    return new A.Expression(e);
  }

  private interactive(): A.Interactive {
    return new A.Interactive(this.statementNewline());
  }

  private fstringInput(): Expr {
    return this.starExpressions();
  }

  private statementNewline(): Stmt[] {
    const t = this.peek();
    if (t.type === T.NEWLINE) {
      this.pos++;
      return [new A.Pass(t.lineno, t.col, t.endLineno, t.endCol)];
    }
    if (t.type === T.ENDMARKER) return this.fail();
    const c = this.attempt(() => this.compoundStmt());
    if (c) {
      this.expect(T.NEWLINE);
      return [c];
    }
    return this.simpleStmts();
  }

  // ---------------------------------------------------------------- statements

  statements(): Stmt[] {
    const out: Stmt[] = [];
    do {
      this.statement(out);
    } while (!this.at(T.ENDMARKER) && !this.at(T.DEDENT));
    return out;
  }

  private statement(out: Stmt[]): void {
    const c = this.compoundStmt();
    if (c !== null) {
      out.push(c);
      return;
    }
    for (const s of this.simpleStmts()) out.push(s);
  }

  /** compound_stmt, or null when the next token cannot start one. */
  private compoundStmt(): Stmt | null {
    const t = this.peek();
    if (t.type === T.KW) {
      switch (t.string) {
        case 'def': return this.functionDef([], null);
        case 'if': return this.ifStmt();
        case 'class': return this.classDef([]);
        case 'with': return this.withStmt(null);
        case 'for': return this.forStmt(null);
        case 'try': return this.tryStmt();
        case 'while': return this.whileStmt();
        case 'async': {
          const n = this.peekAt(1);
          if (n.type === T.KW) {
            if (n.string === 'def') return this.functionDef([], t);
            if (n.string === 'with') return this.withStmt(t);
            if (n.string === 'for') return this.forStmt(t);
          }
          return null;
        }
      }
      return null;
    }
    if (t.type === T.AT) return this.decorated();
    if (t.type === T.NAME && t.string === 'match') return this.attempt(() => this.matchStmt());
    return null;
  }

  private simpleStmts(): Stmt[] {
    const out: Stmt[] = [this.simpleStmt()];
    while (this.eat(T.SEMI)) {
      if (this.at(T.NEWLINE)) break;
      out.push(this.simpleStmt());
    }
    this.expect(T.NEWLINE);
    return out;
  }

  private simpleStmt(): Stmt {
    const t = this.peek();
    if (t.type === T.KW) {
      switch (t.string) {
        case 'return': return this.returnStmt();
        case 'import': case 'from': return this.importStmt();
        case 'raise': return this.raiseStmt();
        case 'pass': this.pos++; return new A.Pass(t.lineno, t.col, t.endLineno, t.endCol);
        case 'break': this.pos++; return new A.Break(t.lineno, t.col, t.endLineno, t.endCol);
        case 'continue': this.pos++; return new A.Continue(t.lineno, t.col, t.endLineno, t.endCol);
        case 'del': return this.delStmt();
        case 'assert': return this.assertStmt();
        case 'global': case 'nonlocal': return this.globalStmt(t.string === 'global');
      }
    }
    return this.assignmentOrExpr();
  }

  /**
   * assignment | star_expressions. The grammar tries targets first; parsing
   * the expression and then turning it into targets is equivalent for valid
   * programs and parses each statement once.
   */
  private assignmentOrExpr(): Stmt {
    if (this.invalid) {
      const mark = this.pos;
      const r = this.attempt(() => this.assignmentOrExprCore(true));
      if (r !== null) return r;
      this.pos = mark;
      this.invalidAssignment();
    }
    return this.assignmentOrExprCore(false);
  }

  private assignmentOrExprCore(onlyAssignment: boolean): Stmt {
    const start = this.peek();
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.peek();
    if (t.type === T.EQUAL) {
      const targets: Expr[] = [];
      let value: Expr = first;
      while (this.eat(T.EQUAL)) {
        const tgt = this.toStarTargets(value);
        if (tgt === null) return this.fail();
        targets.push(tgt);
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      }
      const e = this.last();
      return new A.Assign(targets, value, null, start.lineno, start.col, e.endLineno, e.endCol);
    }
    if (t.type === T.COLON) {
      if (!this.isSingleTarget(first)) return this.fail();
      setContext(first, A.Store_);
      this.pos++;
      const annotation = this.expression();
      let value: Expr | null = null;
      if (this.eat(T.EQUAL)) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      const simple = first instanceof A.Name && start.type !== T.LPAR ? 1 : 0;
      const e = this.last();
      return new A.AnnAssign(first, annotation, value, simple, start.lineno, start.col, e.endLineno, e.endCol);
    }
    const aug = AUGOPS[t.type];
    if (aug !== undefined) {
      if (!this.isSingleTarget(first)) return this.fail();
      this.pos++;
      setContext(first, A.Store_);
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      const e = this.last();
      return new A.AugAssign(first, aug(), value, start.lineno, start.col, e.endLineno, e.endCol);
    }
    if (onlyAssignment) return this.fail();
    const e = this.last();
    return new A.Expr(first, start.lineno, start.col, e.endLineno, e.endCol);
  }

  /** single_target: Name, Attribute or Subscript, possibly parenthesised. */
  private isSingleTarget(e: Expr): boolean {
    return e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript';
  }

  /** Turn a parsed expression into star_targets (Store context), or null if it is not one. */
  toStarTargets(e: Expr): Expr | null {
    switch (e._type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = A.Store_;
        return e;
      case 'Starred': {
        if (e.value._type === 'Starred') return null;
        const v = this.toStarTargets(e.value);
        if (v === null) return null;
        e.ctx = A.Store_;
        return e;
      }
      case 'Tuple':
      case 'List':
        for (const el of e.elts) if (this.toStarTargets(el) === null) return null;
        e.ctx = A.Store_;
        return e;
    }
    return null;
  }

  private returnStmt(): Stmt {
    const t = this.expectKw('return');
    let value: Expr | null = null;
    if (this.startsExpression()) value = this.starExpressions();
    const e = this.last();
    return new A.Return(value, t.lineno, t.col, e.endLineno, e.endCol);
  }

  /** Can the next token begin an expression? (For optional expressions.) */
  startsExpression(): boolean {
    const t = this.peek();
    switch (t.type) {
      case T.NAME: case T.NUMBER: case T.STRING: case T.LPAR: case T.LSQB: case T.LBRACE:
      case T.MINUS: case T.PLUS: case T.TILDE: case T.STAR: case T.ELLIPSIS:
        return true;
      case T.KW:
        switch (t.string) {
          case 'not': case 'lambda': case 'await': case 'None': case 'True': case 'False':
            return true;
        }
    }
    return false;
  }

  private raiseStmt(): Stmt {
    const t = this.expectKw('raise');
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    if (this.startsExpression()) {
      exc = this.expression();
      if (this.eatKw('from')) cause = this.expression();
    }
    const e = this.last();
    return new A.Raise(exc, cause, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private globalStmt(isGlobal: boolean): Stmt {
    const t = this.next();
    const names = [this.name().string];
    while (this.eat(T.COMMA)) names.push(this.name().string);
    const e = this.last();
    return isGlobal
      ? new A.Global(names, t.lineno, t.col, e.endLineno, e.endCol)
      : new A.Nonlocal(names, t.lineno, t.col, e.endLineno, e.endCol);
  }

  next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  private delStmt(): Stmt {
    const t = this.expectKw('del');
    const mark = this.pos;
    const targets = this.attempt(() => {
      const out = [this.delTarget()];
      while (this.eat(T.COMMA)) {
        if (this.at(T.SEMI) || this.at(T.NEWLINE)) break;
        out.push(this.delTarget());
      }
      if (!this.at(T.SEMI) && !this.at(T.NEWLINE)) this.fail();
      return out;
    });
    if (targets === null) {
      if (this.invalid) {
        this.pos = mark;
        const a = this.starExpressions();
        this.raiseInvalidTarget('del', a);
      }
      return this.fail();
    }
    const e = this.last();
    return new A.Delete(targets, t.lineno, t.col, e.endLineno, e.endCol);
  }

  /** del_target: t_primary '.' NAME | t_primary '[' slices ']' | NAME | '(' ... ')' | '[' ... ']'. */
  private delTarget(): Expr {
    const e = this.primary();
    if (!this.toDelTarget(e)) this.fail();
    return e;
  }

  private toDelTarget(e: Expr): boolean {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        e.ctx = A.Del_;
        return true;
      case 'Tuple': case 'List':
        for (const el of e.elts) if (!this.toDelTarget(el)) return false;
        e.ctx = A.Del_;
        return true;
    }
    return false;
  }

  private assertStmt(): Stmt {
    const t = this.expectKw('assert');
    const test = this.expression();
    let msg: Expr | null = null;
    if (this.eat(T.COMMA)) msg = this.expression();
    const e = this.last();
    return new A.Assert(test, msg, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // ---------------------------------------------------------------- imports

  private importStmt(): Stmt {
    const t = this.next();
    if (t.string === 'import') {
      const names = [this.dottedAsName()];
      while (this.eat(T.COMMA)) names.push(this.dottedAsName());
      const e = this.last();
      return new A.Import(names, t.lineno, t.col, e.endLineno, e.endCol);
    }
    // from
    let level = 0;
    for (;;) {
      if (this.eat(T.DOT)) level += 1;
      else if (this.eat(T.ELLIPSIS)) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.isKw('import')) module = this.dottedName();
    this.expectKw('import');
    const names = this.importFromTargets();
    const e = this.last();
    return new A.ImportFrom(module, names, level, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private importFromTargets(): A.alias[] {
    if (this.eat(T.LPAR)) {
      const names = [this.importFromAsName()];
      while (this.eat(T.COMMA)) {
        if (this.at(T.RPAR)) break;
        names.push(this.importFromAsName());
      }
      this.expect(T.RPAR);
      return names;
    }
    const star = this.eat(T.STAR);
    if (star) return [new A.alias('*', null, star.lineno, star.col, star.endLineno, star.endCol)];
    const names = [this.importFromAsName()];
    while (this.at(T.COMMA)) {
      if (this.peekAt(1).type === T.NEWLINE) {
        if (this.invalid) {
          this.pos++;
          this.peek();
          this.errHere('trailing comma not allowed without surrounding parentheses');
        }
        this.fail();
      }
      this.pos++;
      names.push(this.importFromAsName());
    }
    return names;
  }

  private importFromAsName(): A.alias {
    const n = this.name();
    let asname: string | null = null;
    if (this.eatKw('as')) asname = this.name().string;
    const e = this.last();
    return new A.alias(n.string, asname, n.lineno, n.col, e.endLineno, e.endCol);
  }

  private dottedAsName(): A.alias {
    const s = this.peek();
    const n = this.dottedName();
    let asname: string | null = null;
    if (this.eatKw('as')) asname = this.name().string;
    const e = this.last();
    return new A.alias(n, asname, s.lineno, s.col, e.endLineno, e.endCol);
  }

  private dottedName(): string {
    let n = this.name().string;
    while (this.at(T.DOT) && this.peekAt(1).type === T.NAME) {
      this.pos++;
      n += '.' + this.name().string;
    }
    return n;
  }

  // ---------------------------------------------------------------- blocks

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block. */
  block(): Stmt[] {
    if (this.at(T.NEWLINE)) {
      this.pos++;
      if (!this.at(T.INDENT)) {
        if (this.invalid) this.errHere('expected an indented block', 'IndentationError');
        return this.fail();
      }
      this.pos++;
      const body = this.statements();
      this.expect(T.DEDENT);
      return body;
    }
    return this.simpleStmts();
  }

  /** The "expected an indented block after X on line N" check (invalid_*_stmt rules). */
  private checkIndentedBlock(kwTok: Token, what: string): void {
    if (!this.invalid) return;
    if (this.at(T.NEWLINE) && this.peekAt(1).type !== T.INDENT) {
      this.pos++;
      this.peek();
      this.errHere(`expected an indented block after ${what} on line ${kwTok.lineno}`, 'IndentationError');
    }
  }

  /** ':' required; in the second pass a NEWLINE instead gives "expected ':'". */
  private colon(): Token {
    const t = this.peek();
    if (t.type === T.COLON) {
      this.pos++;
      return t;
    }
    if (this.invalid && t.type === T.NEWLINE) this.errHere("expected ':'");
    return this.fail();
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eat(T.AT)) {
      decorators.push(this.namedExpression());
      this.expect(T.NEWLINE);
    }
    const t = this.peek();
    if (t.type === T.KW) {
      if (t.string === 'def') return this.functionDef(decorators, null);
      if (t.string === 'class') return this.classDef(decorators);
      if (t.string === 'async' && this.peekAt(1).type === T.KW && this.peekAt(1).string === 'def') {
        return this.functionDef(decorators, t);
      }
    }
    return this.fail();
  }

  private classDef(decorators: Expr[]): Stmt {
    const t = this.expectKw('class');
    const name = this.name();
    let bases: Expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at(T.LPAR)) {
      this.pos++;
      if (!this.at(T.RPAR)) [bases, keywords] = this.arguments() as [Expr[], A.keyword[]];
      this.expect(T.RPAR);
    }
    this.colon(); // a plain ':' in 3.11's class_def_raw (not forced): `class R&D:` is "invalid syntax"
    this.checkIndentedBlock(t, 'class definition');
    const body = this.block();
    const e = this.last();
    return new A.ClassDef(name.string, bases, keywords, body, decorators, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private functionDef(decorators: Expr[], asyncTok: Token | null): Stmt {
    if (asyncTok) this.pos++;
    const t = this.expectKw('def');
    const name = this.name();
    this.expectForced(T.LPAR, '(');
    const args = this.at(T.RPAR) ? emptyArguments() : this.params();
    this.expect(T.RPAR);
    let returns: Expr | null = null;
    if (this.at(T.RARROW)) {
      returns = this.attempt(() => {
        this.pos++;
        return this.expression();
      });
    }
    this.expectForced(T.COLON, ':');
    this.checkIndentedBlock(asyncTok ?? t, 'function definition');
    const body = this.block();
    const s = asyncTok ?? t;
    const e = this.last();
    return asyncTok
      ? new A.AsyncFunctionDef(name.string, args, body, decorators, returns, null, s.lineno, s.col, e.endLineno, e.endCol)
      : new A.FunctionDef(name.string, args, body, decorators, returns, null, s.lineno, s.col, e.endLineno, e.endCol);
  }

  private ifStmt(): Stmt {
    const t = this.next(); // 'if' or 'elif'
    const test = this.namedExpression();
    this.colon();
    this.checkIndentedBlock(t, `'${t.string}' statement`);
    const body = this.block();
    let orelse: Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.ifStmt()];
    else if (this.isKw('else')) orelse = this.elseBlock();
    const e = this.last();
    return new A.If(test, body, orelse, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private elseBlock(): Stmt[] {
    const t = this.expectKw('else');
    this.expectForced(T.COLON, ':');
    this.checkIndentedBlock(t, "'else' statement");
    return this.block();
  }

  private whileStmt(): Stmt {
    const t = this.expectKw('while');
    const test = this.namedExpression();
    this.colon();
    this.checkIndentedBlock(t, "'while' statement");
    const body = this.block();
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    const e = this.last();
    return new A.While(test, body, orelse, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private forStmt(asyncTok: Token | null): Stmt {
    if (asyncTok) this.pos++;
    const t = this.expectKw('for');
    const mark = this.pos;
    const target = this.attempt(() => {
      const tg = this.starTargets();
      if (!this.isKw('in')) this.fail();
      return tg;
    });
    if (target === null) {
      if (this.invalid) {
        this.pos = mark;
        const a = this.starExpressions();
        this.raiseInvalidTarget('for', a);
      }
      return this.fail();
    }
    this.expectKw('in');
    const iter = this.starExpressions();
    this.colon(); // plain in 3.11's for_stmt too: `for x in range 10:` is "invalid syntax"
    this.checkIndentedBlock(t, "'for' statement");
    const body = this.block();
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    const s = asyncTok ?? t;
    const e = this.last();
    return asyncTok
      ? new A.AsyncFor(target, iter, body, orelse, null, s.lineno, s.col, e.endLineno, e.endCol)
      : new A.For(target, iter, body, orelse, null, s.lineno, s.col, e.endLineno, e.endCol);
  }

  private withStmt(asyncTok: Token | null): Stmt {
    if (!this.invalid) return this.withStmtRule(asyncTok);
    const mark = this.pos;
    const r = this.attempt(() => this.withStmtRule(asyncTok));
    if (r !== null) return r;
    // invalid_with_stmt: the items parse but no ':' follows.
    this.pos = mark + (asyncTok ? 2 : 1);
    const ok = this.attempt(() => {
      const paren = this.at(T.LPAR) && this.attempt(() => {
        this.pos++;
        do {
          if (this.at(T.RPAR)) break;
          this.expressions();
          if (this.eatKw('as')) this.starTarget();
        } while (this.eat(T.COMMA));
        this.expect(T.RPAR);
        return true;
      });
      if (!paren) {
        do {
          this.expression();
          if (this.eatKw('as')) this.starTarget();
        } while (this.eat(T.COMMA));
      }
      return true;
    });
    // Only a NEWLINE where ':' belongs: `with a b:` is "invalid syntax".
    if (ok && this.at(T.NEWLINE)) this.errTok(this.peek(), "expected ':'");
    return this.fail();
  }

  private withStmtRule(asyncTok: Token | null): Stmt {
    if (asyncTok) this.pos++;
    const t = this.expectKw('with');
    let items: A.withitem[] | null = null;
    if (this.at(T.LPAR)) {
      items = this.attempt(() => {
        this.pos++;
        const its = [this.withItem()];
        while (this.eat(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          its.push(this.withItem());
        }
        this.expect(T.RPAR);
        if (!this.at(T.COLON)) this.fail();
        return its;
      });
    }
    if (items === null) {
      items = [this.withItem()];
      while (this.eat(T.COMMA)) items.push(this.withItem());
    }
    this.colon();
    this.checkIndentedBlock(t, "'with' statement");
    const body = this.block();
    const s = asyncTok ?? t;
    const e = this.last();
    return asyncTok
      ? new A.AsyncWith(items, body, null, s.lineno, s.col, e.endLineno, e.endCol)
      : new A.With(items, body, null, s.lineno, s.col, e.endLineno, e.endCol);
  }

  private withItem(): A.withitem {
    const e = this.expression();
    if (this.isKw('as')) {
      const mark = this.pos;
      this.pos++;
      const target = this.attempt(() => {
        const tg = this.starTarget();
        const n = this.peek().type;
        if (n !== T.COMMA && n !== T.RPAR && n !== T.COLON) this.fail();
        return tg;
      });
      if (target !== null) return new A.withitem(e, target);
      if (this.invalid) {
        const a = this.expression();
        const n = this.peek().type;
        if (n === T.COMMA || n === T.RPAR || n === T.COLON) this.raiseInvalidTarget('assign', a);
      }
      this.pos = mark;
    }
    return new A.withitem(e, null);
  }

  private tryStmt(): Stmt {
    const t = this.expectKw('try');
    this.expectForced(T.COLON, ':');
    this.checkIndentedBlock(t, "'try' statement");
    const body = this.block();
    const handlers: A.excepthandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const isStar = this.peekAt(1).type === T.STAR;
      if (star !== null && star !== isStar) {
        if (this.invalid) {
          const ex = this.peek();
          if (isStar) this.errRange(this.tokLoc(ex), this.tokLoc(this.peekAt(1)),
            "cannot have both 'except' and 'except*' on the same 'try'");
          this.errTok(ex, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        this.fail();
      }
      star = isStar;
      handlers.push(this.exceptBlock(isStar));
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (handlers.length > 0 && this.isKw('else')) orelse = this.elseBlock();
    if (this.isKw('finally')) {
      const f = this.next();
      this.expectForced(T.COLON, ':');
      this.checkIndentedBlock(f, "'finally' statement");
      finalbody = this.block();
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      if (this.invalid) this.errHere("expected 'except' or 'finally' block");
      this.fail();
    }
    const e = this.last();
    return star
      ? new A.TryStar(body, handlers, orelse, finalbody, t.lineno, t.col, e.endLineno, e.endCol)
      : new A.Try(body, handlers, orelse, finalbody, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private exceptBlock(isStar: boolean): A.ExceptHandler {
    const t = this.expectKw('except');
    if (isStar) this.expect(T.STAR);
    let type: Expr | null = null;
    let name: string | null = null;
    if (!this.at(T.COLON)) {
      if (isStar && this.invalid && this.at(T.NEWLINE)) this.errHere("expected one or more exception types");
      if (!isStar && this.invalid && this.at(T.NEWLINE)) this.errHere("expected ':'");
      type = this.expression();
      if (this.invalid && this.at(T.COMMA)) {
        const mark = this.pos;
        const ok = this.attempt(() => {
          this.pos++;
          this.expressions();
          if (this.eatKw('as')) this.name();
          this.expect(T.COLON);
          return true;
        });
        if (ok) this.errFrom(type, 'multiple exception types must be parenthesized');
        this.pos = mark;
      }
      if (this.eatKw('as')) name = this.name().string;
    } else if (isStar) {
      if (this.invalid) this.errHere('expected one or more exception types');
      this.fail();
    }
    if (this.invalid && this.at(T.NEWLINE)) this.errHere("expected ':'");
    this.expect(T.COLON);
    this.checkIndentedBlock(t, isStar ? "'except*' statement" : "'except' statement");
    const body = this.block();
    const e = this.last();
    return new A.ExceptHandler(type, name, body, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // ---------------------------------------------------------------- expressions

  expressions(): Expr {
    const st = this.peek();
    const first = this.expression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.startsExpression() || this.at(T.STAR)) break;
      const x = this.opt(this.expression, this.pos);
      if (x === null) break;
      elts.push(x);
    }
    const e = this.last();
    return new A.Tuple(elts, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  starExpressions(): Expr {
    const st = this.peek();
    const first = this.starExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.startsExpression()) break;
      const x = this.opt(this.starExpression, this.pos);
      if (x === null) break;
      elts.push(x);
    }
    const e = this.last();
    return new A.Tuple(elts, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  starExpression(): Expr {
    const st = this.peek();
    if (st.type === T.STAR) {
      this.pos++;
      const v = this.bitwiseOr();
      const e = this.last();
      return new A.Starred(v, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
    }
    return this.expression();
  }

  starNamedExpression(): Expr {
    const st = this.peek();
    if (st.type === T.STAR) {
      this.pos++;
      const v = this.bitwiseOr();
      const e = this.last();
      return new A.Starred(v, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
    }
    return this.namedExpression();
  }

  namedExpression(): Expr {
    const st = this.peek();
    if (st.type === T.NAME && this.peekAt(1).type === T.COLONEQUAL) {
      this.pos += 2;
      const value = this.expression();
      const e = this.last();
      const target = new A.Name(st.string, A.Store_, st.lineno, st.col, st.endLineno, st.endCol);
      return new A.NamedExpr(target, value, st.lineno, st.col, e.endLineno, e.endCol);
    }
    const mark = this.pos;
    if (this.invalid) this.invalidNamedExpression(mark);
    const x = this.expression();
    if (this.at(T.COLONEQUAL)) this.fail();
    return x;
  }

  expression(): Expr {
    this.enter();
    try {
      return this.expressionRule();
    } finally {
      this.level--;
    }
  }

  private expressionRule(): Expr {
    if (this.invalid) this.invalidExpression();
    const st = this.peek();
    if (st.type === T.KW && st.string === 'lambda') return this.lambdef();
    const body = this.disjunction();
    if (!this.isKw('if')) return body;
    const mark = this.pos;
    this.pos++;
    const r = this.attempt(() => {
      const test = this.disjunction();
      this.expectKw('else');
      const orelse = this.expression();
      const e = this.last();
      return new A.IfExp(test, body, orelse, st.lineno, st.col, e.endLineno, e.endCol);
    });
    if (r) return r;
    this.pos = mark;
    return body;
  }

  /** Second-pass memo of `disjunction` by position (CPython memoises it): keeps the invalid rules linear. */
  private disjunctionMemo = new Map<number, { node: Expr | null; end: number }>();

  disjunction(): Expr {
    if (!this.invalid) return this.disjunctionRule();
    const mark = this.pos;
    const m = this.disjunctionMemo.get(mark);
    if (m !== undefined) {
      if (m.node === null) return this.fail();
      this.pos = m.end;
      return m.node;
    }
    try {
      const node = this.disjunctionRule();
      this.disjunctionMemo.set(mark, { node, end: this.pos });
      return node;
    } catch (e) {
      if (e instanceof ParseFailure) this.disjunctionMemo.set(mark, { node: null, end: mark });
      throw e;
    }
  }

  private disjunctionRule(): Expr {
    const st = this.peek();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.isKw('or')) {
      const mark = this.pos++;
      const v = this.opt(this.conjunction, mark);
      if (v === null) break;
      values.push(v);
    }
    if (values.length === 1) return first;
    const e = this.last();
    return new A.BoolOp(A.Or_, values, st.lineno, st.col, e.endLineno, e.endCol);
  }

  conjunction(): Expr {
    const st = this.peek();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.isKw('and')) {
      const mark = this.pos++;
      const v = this.opt(this.inversion, mark);
      if (v === null) break;
      values.push(v);
    }
    if (values.length === 1) return first;
    const e = this.last();
    return new A.BoolOp(A.And_, values, st.lineno, st.col, e.endLineno, e.endCol);
  }

  inversion(): Expr {
    const st = this.peek();
    if (st.type === T.KW && st.string === 'not') {
      this.pos++;
      this.enter();
      const operand = this.inversion();
      this.level--;
      const e = this.last();
      return new A.UnaryOp(A.Not_, operand, st.lineno, st.col, e.endLineno, e.endCol);
    }
    return this.comparison();
  }

  /** The comparison operator at the cursor (consuming it), or null. */
  private compareOp(): A.cmpop | null {
    const t = this.peek();
    switch (t.type) {
      case T.EQEQUAL: this.pos++; return A.Eq_;
      case T.NOTEQUAL:
        // _PyPegen_check_barry_as_flufl: '<>' only with Barry as BDFL, and then only it.
        if (this.barry && t.string !== '<>') this.errHere("with Barry as BDFL, use '<>' instead of '!='");
        if (!this.barry && t.string !== '!=') return null;
        this.pos++; return A.NotEq_;
      case T.LESSEQUAL: this.pos++; return A.LtE_;
      case T.LESS: this.pos++; return A.Lt_;
      case T.GREATEREQUAL: this.pos++; return A.GtE_;
      case T.GREATER: this.pos++; return A.Gt_;
      case T.KW:
        if (t.string === 'in') { this.pos++; return A.In_; }
        if (t.string === 'not') {
          const n = this.peekAt(1);
          if (n.type === T.KW && n.string === 'in') { this.pos += 2; return A.NotIn_; }
          return null;
        }
        if (t.string === 'is') {
          const n = this.peekAt(1);
          if (n.type === T.KW && n.string === 'not') { this.pos += 2; return A.IsNot_; }
          this.pos++;
          return A.Is_;
        }
    }
    return null;
  }

  comparison(): Expr {
    const st = this.peek();
    const left = this.bitwiseOr();
    const mark0 = this.pos;
    let op = this.compareOp();
    if (op === null) return left;
    const ops: A.cmpop[] = [];
    const comparators: Expr[] = [];
    let mark = mark0;
    while (op !== null) {
      const right = this.opt(this.bitwiseOr, mark);
      if (right === null) break;
      ops.push(op);
      comparators.push(right);
      mark = this.pos;
      op = this.compareOp();
    }
    this.pos = mark;
    if (ops.length === 0) return left;
    const e = this.last();
    return new A.Compare(left, ops, comparators, st.lineno, st.col, e.endLineno, e.endCol);
  }

  bitwiseOr(): Expr {
    return this.binary(0);
  }

  /**
   * The left-associative binary operator rules from `bitwise_or` down to `term` (whose operands are
   * `factor`), by precedence climbing: binary(level) parses an operand, then every operator of that level
   * or a higher one, with binary(operator's level + 1) as its right operand. An expression without
   * operators costs one call, where one rule per level cost six. An operator whose right operand fails to
   * parse is left unconsumed, as PEG backtracking does.
   */
  private binary(minLevel: number): Expr {
    const st = this.peek();
    let left = this.factor();
    for (;;) {
      const type = this.peek().type;
      const level = BINARY_LEVEL[type];
      if (!(level >= minLevel)) return left; // not an operator (or a token type past the table)
      const mark = this.pos++;
      const levelMark = this.level;
      let right: Expr;
      try {
        right = level === LAST_BINARY_LEVEL ? this.factor() : this.binary(level + 1);
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        this.pos = mark;
        this.level = levelMark;
        return left;
      }
      const e = this.last();
      left = new A.BinOp(left, BINARY_OP[type]!, right, st.lineno, st.col, e.endLineno, e.endCol);
    }
  }

  private factor(): Expr {
    const st = this.peek();
    let op: A.unaryop;
    switch (st.type) {
      case T.PLUS: op = A.UAdd_; break;
      case T.MINUS: op = A.USub_; break;
      case T.TILDE: op = A.Invert_; break;
      default: return this.power();
    }
    this.pos++;
    this.enter();
    const operand = this.factor();
    this.level--;
    const e = this.last();
    return new A.UnaryOp(op, operand, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private power(): Expr {
    const st = this.peek();
    const left = this.awaitPrimary();
    if (!this.at(T.DOUBLESTAR)) return left;
    const mark = this.pos++;
    const right = this.opt(this.factor, mark);
    if (right === null) return left;
    const e = this.last();
    return new A.BinOp(left, A.Pow_, right, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private awaitPrimary(): Expr {
    const st = this.peek();
    if (st.type === T.KW && st.string === 'await') {
      this.pos++;
      const v = this.primary();
      const e = this.last();
      return new A.Await(v, st.lineno, st.col, e.endLineno, e.endCol);
    }
    return this.primary();
  }

  /** primary: atom followed by '.' NAME, genexp, '(' arguments ')', '[' slices ']'. */
  primary(): Expr {
    const st = this.peek();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type === T.DOT) {
        const n = this.peekAt(1);
        if (n.type !== T.NAME) return e;
        this.pos += 2;
        e = new A.Attribute(e, n.string, A.Load_, st.lineno, st.col, n.endLineno, n.endCol);
      } else if (t.type === T.LPAR || t.type === T.LSQB) {
        // Tried in a method of its own rather than attempt(() => ...): a closure over `e` would
        // make every primary() allocate a context, and this is the parser's most frequent rule.
        const mark = this.pos;
        const level = this.level;
        const c = this.trailer(e, st, t.type === T.LPAR);
        if (c === null) {
          this.pos = mark;
          this.level = level;
          return e;
        }
        e = c;
      } else {
        return e;
      }
    }
  }

  /** A call or subscription of e (cursor on its bracket), or null when it does not parse (see attempt()). */
  private trailer(e: Expr, st: Token, isCall: boolean): Expr | null {
    try {
      if (isCall) return this.call(e, st);
      this.pos++;
      const s = this.slices();
      const close = this.expect(T.RSQB);
      return new A.Subscript(e, s, A.Load_, st.lineno, st.col, close.endLineno, close.endCol);
    } catch (ex) {
      if (ex instanceof ParseFailure) return null;
      throw ex;
    }
  }

  private call(func: Expr, st: Token): Expr {
    const open = this.next();
    let args: Expr[] = [];
    let keywords: A.keyword[] = [];
    if (!this.at(T.RPAR)) {
      const r = this.arguments(open);
      // primary genexp: f(x for x in y) -- the generator takes the call's parentheses.
      if (r instanceof A.GeneratorExp) return new A.Call(func, [r], [], st.lineno, st.col, r.end_lineno, r.end_col_offset);
      [args, keywords] = r;
    }
    const close = this.expect(T.RPAR);
    return new A.Call(func, args, keywords, st.lineno, st.col, close.endLineno, close.endCol);
  }

  slices(): Expr {
    const st = this.peek();
    const first = this.at(T.STAR) ? this.starredExpression() : this.slice();
    // A lone starred expression is not a slice: it only appears inside a tuple.
    if (!this.at(T.COMMA) && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      elts.push(this.at(T.STAR) ? this.starredExpression() : this.slice());
    }
    const e = this.last();
    return new A.Tuple(elts, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private slice(): Expr {
    const st = this.peek();
    let lower: Expr | null = null;
    if (st.type !== T.COLON) {
      const x = this.namedExpression();
      if (!this.at(T.COLON)) return x;
      if (x._type === 'NamedExpr' && !this.isParenthesized(x, st)) this.fail();
      lower = x;
    }
    this.expect(T.COLON);
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.at(T.COLON) && !this.at(T.COMMA) && !this.at(T.RSQB)) upper = this.expression();
    if (this.eat(T.COLON)) {
      if (!this.at(T.COMMA) && !this.at(T.RSQB)) step = this.expression();
    }
    const e = this.last();
    return new A.Slice(lower, upper, step, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private isParenthesized(x: Expr, st: Token): boolean {
    return st.type === T.LPAR && (x.col_offset !== st.col || x.lineno !== st.lineno);
  }

  starredExpression(): Expr {
    const st = this.expect(T.STAR);
    const v = this.expression();
    const e = this.last();
    return new A.Starred(v, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  // ---------------------------------------------------------------- atoms

  atom(): Expr {
    const t = this.peek();
    switch (t.type) {
      case T.NAME:
        this.pos++;
        return new A.Name(t.string, A.Load_, t.lineno, t.col, t.endLineno, t.endCol);
      case T.NUMBER:
        this.pos++;
        return new A.Constant(this.number(t), null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.STRING:
        return this.strings();
      case T.LPAR:
        return this.parenAtom();
      case T.LSQB:
        return this.listAtom();
      case T.LBRACE:
        return this.braceAtom();
      case T.ELLIPSIS:
        this.pos++;
        return new A.Constant(Ellipsis, null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW:
        if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
          this.pos++;
          const v = t.string === 'None' ? null : t.string === 'True';
          return new A.Constant(v, null, t.lineno, t.col, t.endLineno, t.endCol);
        }
    }
    return this.fail();
  }

  private number(t: Token): bigint | number | PyComplex {
    const s = t.string.includes('_') ? t.string.replace(/_/g, '') : t.string;
    if (s.length > 1 && s.charCodeAt(0) === 0x30) {
      const c1 = s.charCodeAt(1) | 0x20;
      if (c1 === 0x78 || c1 === 0x6f || c1 === 0x62) return BigInt(s);
    }
    const last = s.charCodeAt(s.length - 1) | 0x20;
    if (last === 0x6a) return new PyComplex(0, Number(s.slice(0, -1)));
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x2e || c === 0x65 || c === 0x45) return Number(s);
    }
    const limit = parserLimits.intMaxStrDigits;
    if (limit > 0 && s.length > limit) {
      // Without columns, as _PyPegen_number_token: no wall of carets under a huge literal.
      this.raiseAt('SyntaxError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
        t.lineno, -1, t.endLineno, -1, 0);
    }
    return BigInt(s);
  }

  private strings(): Expr {
    const toks: Token[] = [];
    while (this.at(T.STRING)) toks.push(this.next());
    return concatenateStrings(this, toks);
  }

  parseFStringExpr(text: string, startLineno: number, startColOffset: number): Expr {
    const tk = new Tokenizer('(' + text + ')', this.filename, { execInput: false });
    tk.startLineno = startLineno;
    tk.startColOffset = startColOffset;
    const p = new Parser(tk, this.filename, 'fstring');
    // 3.11 reports errors in f-string expressions in bytes, relative to the "(expr)" text.
    p.errorStyle = 'file-bytes';
    p.undecodable = this.undecodable;
    return p.parseTop() as Expr;
  }

  /** '(' ... ')': tuple, group or generator expression. */
  private parenAtom(): Expr {
    const open = this.expect(T.LPAR);
    if (this.at(T.RPAR)) {
      const close = this.next();
      return new A.Tuple([], A.Load_, open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expect(T.RPAR);
      return y;
    }
    if (this.invalid && this.at(T.DOUBLESTAR)) {
      const ds = this.next();
      this.expression();
      if (this.at(T.RPAR)) this.errTok(ds, 'cannot use double starred expression here');
      this.fail();
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      if (first._type === 'Starred') {
        if (this.invalid) this.errNode(first, 'iterable unpacking cannot be used in comprehension');
        this.fail();
      }
      const gens = this.forIfClauses();
      const close = this.expect(T.RPAR);
      return new A.GeneratorExp(first, gens, open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (this.at(T.RPAR)) {
      if (first._type === 'Starred') {
        if (this.invalid) this.errNode(first, 'cannot use starred expression here');
        this.fail();
      }
      this.pos++;
      return first;
    }
    const elts = [first];
    this.expect(T.COMMA);
    while (!this.at(T.RPAR)) {
      elts.push(this.starNamedExpression());
      if (!this.eat(T.COMMA)) break;
    }
    const close = this.expect(T.RPAR);
    return new A.Tuple(elts, A.Load_, open.lineno, open.col, close.endLineno, close.endCol);
  }

  private listAtom(): Expr {
    const open = this.expect(T.LSQB);
    if (this.at(T.RSQB)) {
      const close = this.next();
      return new A.List([], A.Load_, open.lineno, open.col, close.endLineno, close.endCol);
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      if (first._type === 'Starred') {
        if (this.invalid) this.errNode(first, 'iterable unpacking cannot be used in comprehension');
        this.fail();
      }
      const gens = this.forIfClauses();
      const close = this.expect(T.RSQB);
      return new A.ListComp(first, gens, open.lineno, open.col, close.endLineno, close.endCol);
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      if (this.invalid && this.isKw('for')) this.invalidComprehensionTarget(elts, this.toks[this.pos - 1]);
      elts.push(this.starNamedExpression());
    }
    if (this.invalid && this.isKw('for')) this.invalidComprehensionTarget(elts, null);
    const close = this.expect(T.RSQB);
    return new A.List(elts, A.Load_, open.lineno, open.col, close.endLineno, close.endCol);
  }

  private braceAtom(): Expr {
    const open = this.expect(T.LBRACE);
    if (this.at(T.RBRACE)) {
      const close = this.next();
      return new A.Dict([], [], open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (this.at(T.DOUBLESTAR)) return this.dictRest(open, [], []);
    const firstTok = this.peek();
    const first = this.starNamedExpression();
    if (this.at(T.COLON) && first._type !== 'Starred' &&
        (first._type !== 'NamedExpr' || this.isParenthesized(first, firstTok))) {
      this.pos++;
      if (this.invalid) this.invalidDictValue(this.toks[this.pos - 1]);
      const value = this.expression();
      if (this.isKw('for') || this.isKw('async')) {
        const gens = this.forIfClauses();
        const close = this.expect(T.RBRACE);
        return new A.DictComp(first, value, gens, open.lineno, open.col, close.endLineno, close.endCol);
      }
      return this.dictRest(open, [first], [value]);
    }
    if (this.isKw('for') || this.isKw('async')) {
      if (first._type === 'Starred') {
        if (this.invalid) this.errNode(first, 'iterable unpacking cannot be used in comprehension');
        this.fail();
      }
      const gens = this.forIfClauses();
      const close = this.expect(T.RBRACE);
      return new A.SetComp(first, gens, open.lineno, open.col, close.endLineno, close.endCol);
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RBRACE)) break;
      if (this.invalid && this.isKw('for')) this.invalidComprehensionTarget(elts, this.toks[this.pos - 1]);
      elts.push(this.starNamedExpression());
    }
    if (this.invalid && this.isKw('for')) this.invalidComprehensionTarget(elts, null);
    const close = this.expect(T.RBRACE);
    return new A.Set(elts, open.lineno, open.col, close.endLineno, close.endCol);
  }

  /** The rest of a dict display after its first entries; the cursor is at ',', '}' or '**'. */
  private dictRest(open: Token, keys: (Expr | null)[], values: Expr[]): Expr {
    let needComma = keys.length > 0;
    for (;;) {
      if (this.at(T.RBRACE)) break;
      if (needComma) {
        if (!this.eat(T.COMMA)) {
          this.fail();
        }
        if (this.at(T.RBRACE)) break;
      }
      needComma = true;
      if (this.at(T.DOUBLESTAR)) {
        const ds = this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
        if (this.invalid && (this.isKw('for') || this.isKw('async'))) {
          this.errTok(ds, 'dict unpacking cannot be used in dict comprehension');
        }
        continue;
      }
      const k = this.expression();
      if (!this.at(T.COLON)) {
        if (this.invalid) this.errAt(k, "':' expected after dictionary key");
        this.fail();
      }
      this.pos++;
      if (this.invalid) this.invalidDictValue(this.toks[this.pos - 1]);
      keys.push(k);
      values.push(this.expression());
    }
    const close = this.expect(T.RBRACE);
    return new A.Dict(keys, values, open.lineno, open.col, close.endLineno, close.endCol);
  }

  /** RAISE_ERROR_KNOWN_LOCATION(p, SyntaxError, a->lineno, a->end_col_offset - 1, a->end_lineno, -1, msg). */
  private errAt(a: Located, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
  }

  forIfClauses(): A.comprehension[] {
    const out: A.comprehension[] = [];
    while (this.isKw('for') || (this.isKw('async') && this.peekAt(1).string === 'for')) {
      let isAsync = 0;
      if (this.eatKw('async')) isAsync = 1;
      this.expectKw('for');
      const mark = this.pos;
      const target = this.attempt(() => {
        const tg = this.starTargets();
        if (!this.isKw('in')) this.fail();
        return tg;
      });
      if (target === null) {
        if (this.invalid) {
          this.pos = mark;
          const a = this.starExpressions();
          this.raiseInvalidTarget('for', a);
        }
        return this.fail();
      }
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      out.push(new A.comprehension(target, iter, ifs, isAsync));
    }
    if (out.length === 0) this.fail();
    return out;
  }

  yieldExpr(): Expr {
    const t = this.expectKw('yield');
    if (this.eatKw('from')) {
      const v = this.expression();
      const e = this.last();
      return new A.YieldFrom(v, t.lineno, t.col, e.endLineno, e.endCol);
    }
    let v: Expr | null = null;
    if (this.startsExpression()) v = this.starExpressions();
    const e = this.last();
    return new A.Yield(v, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // ---------------------------------------------------------------- targets

  /** star_targets: star_target !',' | star_target (',' star_target)* [','] (a Tuple). */
  starTargets(): Expr {
    const st = this.peek();
    const first = this.starTarget();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.startsTarget()) break;
      elts.push(this.starTarget());
    }
    const e = this.last();
    return new A.Tuple(elts, A.Store_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private startsTarget(): boolean {
    const t = this.peek().type;
    return t === T.NAME || t === T.LPAR || t === T.LSQB || t === T.STAR || t === T.STRING ||
      t === T.NUMBER || t === T.LBRACE || t === T.ELLIPSIS;
  }

  /** star_target: '*' (!'*' star_target) | target_with_star_atom. */
  starTarget(): Expr {
    const st = this.peek();
    if (st.type === T.STAR) {
      this.pos++;
      if (this.at(T.STAR)) this.fail();
      const inner = this.starTarget();
      const e = this.last();
      return new A.Starred(inner, A.Store_, st.lineno, st.col, e.endLineno, e.endCol);
    }
    const e = this.primary();
    if (this.toStarTargets(e) === null || e._type === 'Starred') this.fail();
    return e;
  }

  // ---------------------------------------------------------------- calls

  /**
   * arguments: the inside of a call's parentheses (cursor after '('). Given the call's '(' it
   * also takes the `primary genexp` form, a sole unparenthesised generator, and returns it whole
   * (closing parenthesis consumed); the first argument is parsed once either way.
   */
  arguments(open: Token | null = null): [Expr[], A.keyword[]] | A.GeneratorExp {
    const args: Expr[] = [];
    let starredAfterKw: Expr[] | null = null; // made when needed: most calls have none
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (;;) {
      const t = this.peek();
      if (t.type === T.STAR) {
        if (sawDoubleStar) {
          if (this.invalid) this.errTok(t, 'iterable argument unpacking follows keyword argument unpacking');
          this.fail();
        }
        const s = this.starredExpression();
        if (sawKeyword) (starredAfterKw ??= []).push(s);
        else args.push(s);
      } else if (t.type === T.DOUBLESTAR) {
        this.pos++;
        const v = this.expression();
        const e = this.last();
        keywords.push(new A.keyword(null, v, t.lineno, t.col, e.endLineno, e.endCol));
        sawKeyword = true;
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.peekAt(1).type === T.EQUAL) {
        const eq = this.peekAt(1);
        this.pos += 2;
        const v = this.expression();
        if (this.invalid && (this.isKw('for') || this.isKw('async'))) {
          this.errRange(this.tokLoc(t), this.tokLoc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        const e = this.last();
        keywords.push(new A.keyword(t.string, v, t.lineno, t.col, e.endLineno, e.endCol));
        sawKeyword = true;
      } else {
        if (this.invalid) this.invalidKwarg();
        let a: Expr;
        if (t.type === T.NAME && this.peekAt(1).type === T.COLONEQUAL) a = this.namedExpression();
        else {
          a = this.expression();
          if (this.at(T.COLONEQUAL)) this.fail();
        }
        if (this.isKw('for') || this.isKw('async')) {
          if (open !== null && args.length === 0 && keywords.length === 0 && starredAfterKw === null) {
            const mark = this.pos;
            const gens = this.attempt(() => this.forIfClauses());
            if (gens !== null && this.at(T.RPAR)) {
              const close = this.next();
              return new A.GeneratorExp(a, gens, open.lineno, open.col, close.endLineno, close.endCol);
            }
            this.pos = mark;
          }
          if (this.invalid) {
            const gens = this.forIfClauses();
            if (args.length > 0 || keywords.length > 0 || this.at(T.COMMA)) {
              // invalid_arguments tries `[args | expression for_if_clauses]` after the comma first: the next
              // token is read, and a tokenizer error there ('(' was never closed) comes first.
              if (this.at(T.COMMA)) this.peekAt(1);
              this.errRange(a, lastComprehensionItem(gens), 'Generator expression must be parenthesized');
            }
          }
          this.fail();
        }
        if (this.at(T.EQUAL)) this.fail();
        if (sawKeyword) {
          if (this.invalid) {
            this.peek();
            this.errHere(sawDoubleStar ? 'positional argument follows keyword argument unpacking'
              : 'positional argument follows keyword argument');
          }
          this.fail();
        }
        args.push(a);
      }
      if (!this.eat(T.COMMA)) break;
      if (this.at(T.RPAR)) break;
    }
    if (!this.at(T.RPAR)) this.fail();
    if (starredAfterKw !== null) for (const s of starredAfterKw) args.push(s);
    return [args, keywords];
  }

  // ---------------------------------------------------------------- parameters

  /** params (def, closing ')') or lambda_params (closing ':'). */
  params(isLambda = false): A.Arguments {
    const close = isLambda ? T.COLON : T.RPAR;
    const posonly: A.arg[] = [];
    let args: A.arg[] = [];
    const defaults: Expr[] = [];
    const kwonly: A.arg[] = [];
    const kwDefaults: (Expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let state = 0; // 0: positional, 1: after '*', 2: after '**'
    let sawSlash = false;
    for (;;) {
      const t = this.peek();
      if (t.type === close) break;
      if (state === 2) {
        if (this.invalid) this.errTok(t, 'arguments cannot follow var-keyword argument');
        this.fail();
      }
      if (t.type === T.SLASH) {
        if (this.invalid) {
          if (state === 1) this.errTok(t, '/ must be ahead of *');
          if (sawSlash) this.errTok(t, '/ may appear only once');
          if (args.length === 0 && this.peekAt(1).type === T.COMMA) {
            this.errTok(t, 'at least one argument must precede /');
          }
          if (args.length > 0 && this.peekAt(1).type === T.STAR) {
            this.errTok(this.peekAt(1), 'expected comma between / and *');
          }
        }
        if (state !== 0 || sawSlash || args.length === 0) this.fail();
        this.pos++;
        for (const a of args) posonly.push(a);
        args = [];
        sawSlash = true;
      } else if (t.type === T.STAR) {
        if (state !== 0) {
          if (this.invalid) this.errTok(t, '* argument may appear only once');
          this.fail();
        }
        this.pos++;
        state = 1;
        if (this.at(T.COMMA) || this.at(close)) {
          const n = this.peekAt(this.at(T.COMMA) ? 1 : 0);
          if (this.at(close) || n.type === close || n.type === T.DOUBLESTAR) {
            if (this.invalid) {
              if (isLambda) this.errHere('named arguments must follow bare *');
              this.errTok(t, 'named arguments must follow bare *');
            }
            this.fail();
          }
        } else {
          vararg = this.param(isLambda, true);
          if (this.at(T.EQUAL)) {
            // invalid_star_etc's `'*' param '='`: a param's annotation is an expression, never `*b`.
            if (this.invalid && vararg.annotation?._type !== 'Starred') this.errTok(this.peek(), 'var-positional argument cannot have default value');
            this.fail();
          }
        }
      } else if (t.type === T.DOUBLESTAR) {
        this.pos++;
        kwarg = this.param(isLambda, false);
        if (this.at(T.EQUAL)) {
          if (this.invalid) this.errTok(this.peek(), 'var-keyword argument cannot have default value');
          this.fail();
        }
        state = 2;
      } else {
        if (this.invalid && t.type === T.LPAR) this.invalidParenthesizedParams(t, close);
        const a = this.param(isLambda, false);
        let d: Expr | null = null;
        if (this.at(T.EQUAL)) {
          const eq = this.next();
          if (this.invalid && (this.at(T.COMMA) || this.at(T.RPAR))) {
            this.errTok(eq, 'expected default value expression');
          }
          d = this.expression();
        }
        if (state === 0) {
          args.push(a);
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) {
            if (this.invalid) this.errNode(a, 'non-default argument follows default argument');
            this.fail();
          }
        } else {
          kwonly.push(a);
          kwDefaults.push(d);
        }
      }
      if (!this.eat(T.COMMA)) break;
    }
    if (!this.at(close)) {
      if (this.invalid && this.at(T.SLASH) && state === 0 && !sawSlash) {
        // param_maybe_default+ '/' '*' : "expected comma between / and *"
      }
      this.fail();
    }
    return new A.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  /** param: NAME annotation? (def) or NAME (lambda); `*args: *Ts` allowed for the star parameter. */
  private param(isLambda: boolean, star: boolean): A.arg {
    const n = this.name();
    let annotation: Expr | null = null;
    if (!isLambda && this.eat(T.COLON)) {
      annotation = star && this.at(T.STAR) ? this.starExpression() : this.expression();
    }
    const e = this.last();
    return new A.arg(n.string, annotation, null, n.lineno, n.col, e.endLineno, e.endCol);
  }

  private invalidParenthesizedParams(open: Token, close: T): void {
    const mark = this.pos;
    this.pos++;
    let ok = this.at(T.NAME);
    while (ok && this.at(T.NAME)) {
      this.param(close === T.COLON, false);
      if (!this.eat(T.COMMA)) break;
    }
    if (ok && this.at(T.RPAR)) {
      const r = this.next();
      this.errRange(this.tokLoc(open), this.tokLoc(r), close === T.COLON
        ? 'Lambda expression parameters cannot be parenthesized'
        : 'Function parameters cannot be parenthesized');
    }
    ok = false;
    this.pos = mark;
  }

  private lambdef(): Expr {
    const t = this.expectKw('lambda');
    const args = this.at(T.COLON) ? emptyArguments() : this.params(true);
    this.expect(T.COLON);
    const body = this.expression();
    const e = this.last();
    return new A.Lambda(args, body, t.lineno, t.col, e.endLineno, e.endCol);
  }

  // ---------------------------------------------------------------- match

  private matchStmt(): Stmt {
    const t = this.name(); // soft keyword "match"
    const subject = this.subjectExpr();
    if (this.invalid && this.at(T.NEWLINE)) this.errHere("expected ':'");
    this.expect(T.COLON);
    this.checkIndentedBlock(t, "'match' statement");
    this.expect(T.NEWLINE);
    this.expect(T.INDENT);
    const cases: A.match_case[] = [];
    do cases.push(this.caseBlock());
    while (!this.at(T.DEDENT));
    this.expect(T.DEDENT);
    const e = this.last();
    return new A.Match(subject, cases, t.lineno, t.col, e.endLineno, e.endCol);
  }

  private subjectExpr(): Expr {
    const st = this.peek();
    const first = this.starNamedExpression();
    if (!this.at(T.COMMA)) {
      if (first._type === 'Starred') this.fail();
      return first;
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.COLON) || this.at(T.NEWLINE)) break;
      elts.push(this.starNamedExpression());
    }
    const e = this.last();
    return new A.Tuple(elts, A.Load_, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private caseBlock(): A.match_case {
    const t = this.peek();
    if (t.type !== T.NAME || t.string !== 'case') this.fail();
    this.pos++;
    const pattern = this.patterns();
    let guard: Expr | null = null;
    if (this.eatKw('if')) guard = this.namedExpression();
    if (this.invalid && this.at(T.NEWLINE)) this.errHere("expected ':'");
    this.expect(T.COLON);
    this.checkIndentedBlock(t, "'case' statement");
    const body = this.block();
    return new A.match_case(pattern, guard, body);
  }

  private patterns(): A.pattern {
    const st = this.peek();
    const first = this.maybeStarPattern();
    if (!this.at(T.COMMA)) {
      if (first._type === 'MatchStar') this.fail();
      return first;
    }
    const pats = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.COLON) || this.isKw('if')) break;
      pats.push(this.maybeStarPattern());
    }
    const e = this.last();
    return new A.MatchSequence(pats, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private maybeStarPattern(): A.pattern {
    const st = this.peek();
    if (st.type === T.STAR) {
      this.pos++;
      const n = this.name();
      const name = n.string === '_' ? null : n.string;
      return new A.MatchStar(name, st.lineno, st.col, n.endLineno, n.endCol);
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' NAME]. */
  private pattern(): A.pattern {
    const st = this.peek();
    const p = this.orPattern();
    if (!this.isKw('as')) return p;
    this.pos++;
    const n = this.peek();
    if (n.type !== T.NAME || n.string === '_' || this.isCaptureFollower(1)) {
      if (this.invalid) {
        if (n.type === T.NAME && n.string === '_') this.errTok(n, "cannot use '_' as a target");
        const mark = this.pos;
        const bad = this.attempt(() => this.expression());
        if (bad && n.type !== T.NAME) this.errNode(bad, 'invalid pattern target');
        this.pos = mark;
      }
      this.fail();
    }
    this.pos++;
    return new A.MatchAs(p, n.string, st.lineno, st.col, n.endLineno, n.endCol);
  }

  /** Is the token k ahead one of '.', '(' or '=' (which make a NAME not a capture)? */
  private isCaptureFollower(k: number): boolean {
    const t = this.peekAt(k).type;
    return t === T.DOT || t === T.LPAR || t === T.EQUAL;
  }

  private orPattern(): A.pattern {
    const st = this.peek();
    const first = this.closedPattern();
    if (!this.at(T.VBAR)) return first;
    const pats = [first];
    while (this.eat(T.VBAR)) pats.push(this.closedPattern());
    const e = this.last();
    return new A.MatchOr(pats, st.lineno, st.col, e.endLineno, e.endCol);
  }

  private closedPattern(): A.pattern {
    const t = this.peek();
    switch (t.type) {
      case T.NUMBER: case T.MINUS: case T.STRING: {
        const v = this.literalExpr();
        return new A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
      }
      case T.KW: {
        if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
          this.pos++;
          const v = t.string === 'None' ? null : t.string === 'True';
          return new A.MatchSingleton(v, t.lineno, t.col, t.endLineno, t.endCol);
        }
        return this.fail();
      }
      case T.NAME: {
        if (!this.isCaptureFollower(1)) {
          this.pos++;
          if (t.string === '_') return new A.MatchAs(null, null, t.lineno, t.col, t.endLineno, t.endCol);
          return new A.MatchAs(null, t.string, t.lineno, t.col, t.endLineno, t.endCol);
        }
        const v = this.nameOrAttr();
        if (this.at(T.LPAR)) return this.classPattern(v, t);
        if (v._type === 'Name' || this.isCaptureFollower(0)) this.fail();
        return new A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
      }
      case T.LPAR: {
        this.pos++;
        if (this.at(T.RPAR)) {
          const c = this.next();
          return new A.MatchSequence([], t.lineno, t.col, c.endLineno, c.endCol);
        }
        const first = this.maybeStarPattern();
        if (this.at(T.RPAR) && first._type !== 'MatchStar') {
          this.pos++;
          return first; // group_pattern
        }
        const pats = [first];
        this.expect(T.COMMA);
        while (!this.at(T.RPAR)) {
          pats.push(this.maybeStarPattern());
          if (!this.eat(T.COMMA)) break;
        }
        const c = this.expect(T.RPAR);
        return new A.MatchSequence(pats, t.lineno, t.col, c.endLineno, c.endCol);
      }
      case T.LSQB: {
        this.pos++;
        const pats: A.pattern[] = [];
        while (!this.at(T.RSQB)) {
          pats.push(this.maybeStarPattern());
          if (!this.eat(T.COMMA)) break;
        }
        const c = this.expect(T.RSQB);
        return new A.MatchSequence(pats, t.lineno, t.col, c.endLineno, c.endCol);
      }
      case T.LBRACE:
        return this.mappingPattern();
    }
    return this.fail();
  }

  /** literal_expr: signed_number | complex_number | strings (the None/True/False forms are handled by callers). */
  private literalExpr(): Expr {
    const t = this.peek();
    if (t.type === T.STRING) {
      const s = this.strings();
      if (s._type === 'JoinedStr') {
        if (this.invalid) this.errNode(s, 'patterns may only match literals and attribute lookups');
        this.fail();
      }
      return s;
    }
    const real = this.signedNumber();
    const op = this.peek().type;
    if (op === T.PLUS || op === T.MINUS) {
      this.pos++;
      const n = this.expect(T.NUMBER);
      const imagValue = this.number(n);
      if (!(imagValue instanceof PyComplex)) this.errTok(n, 'imaginary number required in complex literal');
      const realValue = real._type === 'UnaryOp' ? (real.operand as A.Constant).value : (real as A.Constant).value;
      if (realValue instanceof PyComplex) this.errNode(real._type === 'UnaryOp' ? real.operand : real, 'real number required in complex literal');
      const imag = new A.Constant(imagValue, null, n.lineno, n.col, n.endLineno, n.endCol);
      return new A.BinOp(real, op === T.PLUS ? A.Add_ : A.Sub_, imag, t.lineno, t.col, n.endLineno, n.endCol);
    }
    return real;
  }

  private signedNumber(): Expr {
    const t = this.peek();
    if (t.type === T.MINUS) {
      this.pos++;
      const n = this.expect(T.NUMBER);
      const c = new A.Constant(this.number(n), null, n.lineno, n.col, n.endLineno, n.endCol);
      return new A.UnaryOp(A.USub_, c, t.lineno, t.col, n.endLineno, n.endCol);
    }
    const n = this.expect(T.NUMBER);
    return new A.Constant(this.number(n), null, n.lineno, n.col, n.endLineno, n.endCol);
  }

  private nameOrAttr(): Expr {
    const n = this.name();
    let e: Expr = new A.Name(n.string, A.Load_, n.lineno, n.col, n.endLineno, n.endCol);
    while (this.at(T.DOT)) {
      this.pos++;
      const a = this.name();
      e = new A.Attribute(e, a.string, A.Load_, n.lineno, n.col, a.endLineno, a.endCol);
    }
    return e;
  }

  private classPattern(cls: Expr, st: Token): A.pattern {
    this.expect(T.LPAR);
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    while (!this.at(T.RPAR)) {
      const t = this.peek();
      if (t.type === T.NAME && this.peekAt(1).type === T.EQUAL) {
        this.pos += 2;
        kwdAttrs.push(t.string);
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) {
          if (this.invalid) {
            const pats = [p];
            while (this.eat(T.COMMA) && !this.at(T.RPAR)) {
              if (this.peek().type === T.NAME && this.peekAt(1).type === T.EQUAL) break;
              pats.push(this.pattern());
            }
            this.errRange(pats[0], pats[pats.length - 1], 'positional patterns follow keyword patterns');
          }
          this.fail();
        }
        patterns.push(p);
      }
      if (!this.eat(T.COMMA)) break;
    }
    const c = this.expect(T.RPAR);
    return new A.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, st.lineno, st.col, c.endLineno, c.endCol);
  }

  private mappingPattern(): A.pattern {
    const open = this.expect(T.LBRACE);
    const keys: Expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.at(T.RBRACE)) {
      if (this.at(T.DOUBLESTAR)) {
        this.pos++;
        const n = this.name();
        if (n.string === '_' || this.isCaptureFollower(0)) this.fail();
        rest = n.string;
        this.eat(T.COMMA);
        break;
      }
      const t = this.peek();
      let key: Expr;
      if (t.type === T.KW && (t.string === 'None' || t.string === 'True' || t.string === 'False')) {
        this.pos++;
        key = new A.Constant(t.string === 'None' ? null : t.string === 'True', null, t.lineno, t.col, t.endLineno, t.endCol);
      } else if (t.type === T.NAME) {
        key = this.nameOrAttr();
        if (key._type === 'Name') this.fail();
      } else {
        key = this.literalExpr();
      }
      this.expect(T.COLON);
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eat(T.COMMA)) break;
    }
    if (this.invalid && this.at(T.DOUBLESTAR) === false && rest !== null && !this.at(T.RBRACE)) {
      // invalid_mapping_pattern: '**' rest must come last
    }
    const c = this.expect(T.RBRACE);
    return new A.MatchMapping(keys, patterns, rest, open.lineno, open.col, c.endLineno, c.endCol);
  }

  // ---------------------------------------------------------------- invalid_* rules (second pass)

  /** invalid_assignment, tried in the second pass before an expression statement. */
  private invalidAssignment(): void {
    const mark = this.pos;
    // invalid_ann_assign_target ':' expression
    let a: Expr | null = this.attempt(() => this.invalidAnnAssignTarget());
    if (a && this.eat(T.COLON) && this.attempt(() => this.expression())) {
      this.errNode(a, `only single target (not ${exprName(a)}) can be annotated`);
    }
    this.pos = mark;
    // star_named_expression ',' star_named_expressions* ':' expression
    a = this.attempt(() => this.starNamedExpression());
    if (a && this.eat(T.COMMA)) {
      this.attempt(() => {
        while (this.startsExpression()) {
          this.starNamedExpression();
          if (!this.eat(T.COMMA)) break;
        }
        return true;
      });
      if (this.eat(T.COLON) && this.attempt(() => this.expression())) {
        this.errNode(a, 'only single target (not tuple) can be annotated');
      }
    }
    this.pos = mark;
    // expression ':' expression
    a = this.attempt(() => this.expression());
    if (a && this.eat(T.COLON) && this.attempt(() => this.expression())) {
      this.errNode(a, 'illegal target for annotation');
    }
    this.pos = mark;
    // (star_targets '=')* a=star_expressions '='  |  (star_targets '=')* a=yield_expr '='
    for (;;) {
      const ok = this.attempt(() => {
        this.starTargets();
        this.expect(T.EQUAL);
        return true;
      });
      if (!ok) break;
    }
    const m4 = this.pos;
    a = this.attempt(() => this.starExpressions());
    if (a && this.at(T.EQUAL)) this.raiseInvalidTarget('assign', a);
    this.pos = m4;
    a = this.isKw('yield') ? this.attempt(() => this.yieldExpr()) : null;
    if (a && this.at(T.EQUAL)) this.errNode(a, 'assignment to yield expression not possible');
    this.pos = mark;
    // star_expressions augassign (yield_expr | star_expressions)
    a = this.attempt(() => this.starExpressions());
    if (a && AUGOPS[this.peek().type] !== undefined) {
      this.pos++;
      const v = this.attempt(() => (this.isKw('yield') ? this.yieldExpr() : this.starExpressions()));
      if (v) this.errNode(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
    }
    this.pos = mark;
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'. */
  private invalidAnnAssignTarget(): Expr {
    const t = this.peek();
    if (t.type === T.LSQB) {
      const l = this.listAtom();
      if (l._type !== 'List') this.fail();
      return l;
    }
    if (t.type === T.LPAR) {
      const r = this.attempt(() => {
        const e = this.parenAtom();
        if (!isParenthesizedTuple(e, t)) this.fail();
        return e;
      });
      if (r) return r;
      this.pos++;
      const inner = this.invalidAnnAssignTarget();
      this.expect(T.RPAR);
      return inner;
    }
    return this.fail();
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET. */
  raiseInvalidTarget(kind: 'assign' | 'for' | 'del', e: Expr): void {
    const t = invalidTarget(e, kind);
    if (t !== null) {
      this.errNode(t, kind === 'del' ? `cannot delete ${exprName(t)}` : `cannot assign to ${exprName(t)}`);
    }
  }

  private checkedExpression = new Set<number>();
  private checkedNamed = new Set<number>();

  /** invalid_expression and invalid_legacy_expression, at the start of `expression`. */
  private invalidExpression(): void {
    const mark = this.pos;
    if (this.checkedExpression.has(mark)) return;
    this.checkedExpression.add(mark);
    const t0 = this.peek();
    // Look one token further only after a NAME, as the grammar's lookahead does (tokens fetched move error locations).
    const t1 = t0.type === T.NAME ? this.peekAt(1) : t0;
    const skip = t0.type === T.NAME && (t1.type === T.STRING || t0.string === 'match' || t0.string === 'case' || t0.string === '_');
    if (!skip) {
      const a = this.attempt(() => this.disjunction());
      if (a) {
        const b = this.attempt(() => this.expressionWithoutInvalid());
        if (b && !isLegacyName(a) && this.levelAt(this.pos - 1) > 0) {
          this.errRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
      this.pos = mark;
    }
    const a = this.attempt(() => this.disjunction());
    if (a && this.eatKw('if')) {
      const b = this.attempt(() => this.disjunction());
      if (b && !this.isKw('else') && !this.at(T.COLON)) this.errRange(a, b, "expected 'else' after 'if' expression");
    }
    this.pos = mark;
    // invalid_legacy_expression: NAME !'(' star_expressions, for print and exec
    if (t0.type === T.NAME && LEGACY_STATEMENTS.has(t0.string) && t1.type !== T.LPAR) {
      this.pos++;
      const b = this.attempt(() => this.starExpressions());
      if (b) {
        this.errRange(this.tokLoc(t0), b, `Missing parentheses in call to '${t0.string}'. Did you mean ${t0.string}(...)?`);
      }
      this.pos = mark;
    }
  }

  private expressionWithoutInvalid(): Expr {
    this.invalid = false;
    try {
      return this.expression();
    } finally {
      this.invalid = true;
    }
  }

  /** invalid_named_expression, at the start of `named_expression` when it is not a walrus. */
  private invalidNamedExpression(mark: number): void {
    if (this.checkedNamed.has(mark)) return;
    this.checkedNamed.add(mark);
    let a = this.attempt(() => this.expression());
    if (a && this.eat(T.COLONEQUAL) && this.attempt(() => this.expression())) {
      this.errNode(a, `cannot use assignment expressions with ${exprName(a)}`);
    }
    this.pos = mark;
    const t = this.peek();
    if (t.type === T.NAME && this.peekAt(1).type === T.EQUAL) {
      this.pos += 2;
      const b = this.attempt(() => this.bitwiseOr());
      if (b && !this.at(T.EQUAL) && !this.at(T.COLONEQUAL)) {
        this.errRange(this.tokLoc(t), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      this.pos = mark;
    }
    if (!this.startsListTupleGenexpOrConstant()) {
      a = this.attempt(() => this.bitwiseOr());
      if (a && this.eat(T.EQUAL)) {
        const b = this.attempt(() => this.bitwiseOr());
        if (b && !this.at(T.EQUAL) && !this.at(T.COLONEQUAL)) {
          this.errNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
        }
      }
    }
    this.pos = mark;
  }

  private startsListTupleGenexpOrConstant(): boolean {
    const mark = this.pos;
    const t = this.peek();
    if (t.type === T.KW && (t.string === 'True' || t.string === 'None' || t.string === 'False')) return true;
    let r: Expr | null = null;
    if (t.type === T.LSQB) r = this.attempt(() => this.listAtom());
    else if (t.type === T.LPAR) r = this.attempt(() => this.parenAtom());
    this.pos = mark;
    if (r === null) return false;
    if (r._type === 'List' || r._type === 'GeneratorExp') return true;
    return isParenthesizedTuple(r, t);
  }

  /** invalid_kwarg, before a positional argument. */
  private invalidKwarg(): void {
    const t = this.peek();
    if (t.type === T.KW && (t.string === 'True' || t.string === 'False' || t.string === 'None') &&
        this.peekAt(1).type === T.EQUAL) {
      this.errRange(this.tokLoc(t), this.tokLoc(this.peekAt(1)), `cannot assign to ${t.string}`);
    }
    const mark = this.pos;
    const a = this.attempt(() => this.expression());
    if (a && this.at(T.EQUAL)) {
      this.errRange(a, this.tokLoc(this.peek()), 'expression cannot contain assignment, perhaps you meant "=="?');
    }
    this.pos = mark;
  }

  private invalidComprehensionTarget(elts: Expr[], comma: Token | null): never {
    if (elts.length >= 2 || comma === null) {
      this.errRange(elts[0], elts[elts.length - 1], 'did you forget parentheses around the comprehension target?');
    }
    return this.errRange(elts[0], this.tokLoc(comma), 'did you forget parentheses around the comprehension target?');
  }

  private invalidDictValue(colon: Token): void {
    if (this.at(T.STAR)) {
      const star = this.peek();
      const mark = this.pos++;
      if (this.attempt(() => this.bitwiseOr())) this.errFrom(this.tokLoc(star), 'cannot use a starred expression in a dictionary value');
      this.pos = mark;
    }
    if (this.at(T.RBRACE) || this.at(T.COMMA)) this.errTok(colon, "expression expected after dictionary key and ':'");
  }
}

// ---------------------------------------------------------------- helpers

/** The `tuple` rule: a Tuple whose own span starts at the '(' token (not a group holding one). */
function isParenthesizedTuple(e: Expr, open: Token): boolean {
  return e._type === 'Tuple' && e.col_offset === open.col && e.lineno === open.lineno;
}

function isLegacyName(e: Expr): boolean {
  return e._type === 'Name' && LEGACY_STATEMENTS.has(e.id);
}

export function emptyArguments(): A.Arguments {
  return new A.Arguments([], [], null, [], [], null, []);
}

function setContext(e: Expr, ctx: A.expr_context): void {
  if (e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript' || e._type === 'Starred' ||
      e._type === 'List' || e._type === 'Tuple') e.ctx = ctx;
}

function lastComprehensionItem(gens: A.comprehension[]): Expr {
  const g = gens[gens.length - 1];
  return g.ifs.length === 0 ? g.iter : g.ifs[g.ifs.length - 1];
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
  return 'expression';
}

/** _PyPegen_get_invalid_target: the part of a would-be target that cannot be assigned or deleted. */
function invalidTarget(e: Expr, kind: 'assign' | 'for' | 'del'): Expr | null {
  switch (e._type) {
    case 'List': case 'Tuple':
      for (const el of e.elts) {
        const c = invalidTarget(el, kind);
        if (c !== null) return c;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') return e.ops[0]._type === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
  }
  return e;
}
