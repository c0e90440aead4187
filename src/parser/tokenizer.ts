// CPython 3.11's tokenizer (Parser/tokenizer.c) over already-decoded text.
//
// The scanner works on UTF-16 code units with charCodeAt; columns are reported
// as UTF-8 byte offsets within the line, as CPython's tokens carry them. A
// source that is all ASCII (checked once) takes the cheap path for columns.
//
// CPython reads its input a line at a time and translates '\r\n' and '\r' to
// '\n' first. Its line number and line start change only when it *fetches* the
// next line, i.e. when it reads the first character past a newline; several of
// its reported positions (NEWLINE, the "detected at line N" of unterminated
// strings, EOF tokens) depend on that, so this scanner keeps the same rule:
// consuming a newline sets `needLine`, and the line is fetched lazily.

import { T, Token } from './tokens.js';
import { PySyntaxError, PyTokenizerError, type SyntaxErrorKind } from './errors.js';
import { undecodableMessage } from './source.js';

const MAXINDENT = 100; // tokenizer.c: max indentation depth
const MAXLEVEL = 200; // tokenizer.c: max parentheses nesting
const TABSIZE = 8;

// Character classes for ASCII: 1 = identifier start, 2 = digit.
const CC = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) CC[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) CC[c] = 1;
CC[0x5f] = 1;
for (let c = 0x30; c <= 0x39; c++) CC[c] = 2;

// One-character strings, so operator tokens do not slice the source.
const ONE: string[] = [];
for (let c = 0; c < 128; c++) ONE.push(String.fromCharCode(c));

// The Unicode classes are created on first use: V8 parses a \p{} pattern (building its ICU set) when the
// literal is evaluated, about half a millisecond each, which every start-up would pay.
let xidStart: RegExp | null = null;
let xidContinue: RegExp | null = null;
let nonPrintable: RegExp | null = null;
let afterUnicode14: RegExp | null = null;
const XID_START = (): RegExp => (xidStart ??= /^[\p{XID_Start}_]$/u);
const XID_CONTINUE = (): RegExp => (xidContinue ??= /^\p{XID_Continue}$/u);
// Py_UNICODE_ISPRINTABLE is false for categories Cc Cf Cs Co Cn Zl Zp Zs, except the space.
const NON_PRINTABLE = (): RegExp => (nonPrintable ??= /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u);
// V8's Unicode is newer than CPython 3.11's 14.0: characters assigned since are unassigned (Cn) to
// CPython, so neither identifier characters nor printable. (Computed by comparing V8's \p{Cn}
// with python3.11's unicodedata.)
const AFTER_UNICODE_14 = (): RegExp => (afterUnicode14 ??= new RegExp('^[' +
  '\u{88f}\u{897}\u{c5c}\u{cdc}\u{cf3}\u{ece}\u{1acf}-\u{1add}\u{1ae0}-\u{1aeb}\u{1b4e}-\u{1b4f}' +
  '\u{1b7f}\u{1c89}-\u{1c8a}\u{20c1}\u{2427}-\u{2429}\u{2b96}\u{2ffc}-\u{2fff}\u{31e4}-\u{31e5}\u{31ef}' +
  '\u{a7cb}-\u{a7cf}\u{a7d2}\u{a7d4}\u{a7da}-\u{a7dc}\u{a7f1}\u{fbc3}-\u{fbd2}\u{fd90}-\u{fd91}' +
  '\u{fdc8}-\u{fdce}\u{105c0}-\u{105f3}\u{10940}-\u{10959}\u{10d40}-\u{10d65}\u{10d69}-\u{10d85}' +
  '\u{10d8e}-\u{10d8f}\u{10ec2}-\u{10ec7}\u{10ed0}-\u{10ed8}\u{10efa}-\u{10eff}\u{1123f}-\u{11241}' +
  '\u{11380}-\u{11389}\u{1138b}\u{1138e}\u{11390}-\u{113b5}\u{113b7}-\u{113c0}\u{113c2}\u{113c5}' +
  '\u{113c7}-\u{113ca}\u{113cc}-\u{113d5}\u{113d7}-\u{113d8}\u{113e1}-\u{113e2}\u{116d0}-\u{116e3}' +
  '\u{11b00}-\u{11b09}\u{11b60}-\u{11b67}\u{11bc0}-\u{11be1}\u{11bf0}-\u{11bf9}\u{11db0}-\u{11ddb}' +
  '\u{11de0}-\u{11de9}\u{11f00}-\u{11f10}\u{11f12}-\u{11f3a}\u{11f3e}-\u{11f5a}\u{1342f}' +
  '\u{13439}-\u{13455}\u{13460}-\u{143fa}\u{16100}-\u{16139}\u{16d40}-\u{16d79}\u{16ea0}-\u{16eb8}' +
  '\u{16ebb}-\u{16ed3}\u{16ff2}-\u{16ff6}\u{187f8}-\u{187ff}\u{18cff}\u{18d09}-\u{18d1e}' +
  '\u{18d80}-\u{18df2}\u{1b132}\u{1b155}\u{1cc00}-\u{1ccfc}\u{1cd00}-\u{1ceb3}\u{1ceba}-\u{1ced0}' +
  '\u{1cee0}-\u{1cef0}\u{1d2c0}-\u{1d2d3}\u{1df25}-\u{1df2a}\u{1e030}-\u{1e06d}\u{1e08f}' +
  '\u{1e4d0}-\u{1e4f9}\u{1e5d0}-\u{1e5fa}\u{1e5ff}\u{1e6c0}-\u{1e6de}\u{1e6e0}-\u{1e6f5}' +
  '\u{1e6fe}-\u{1e6ff}\u{1f6d8}\u{1f6dc}\u{1f774}-\u{1f77f}\u{1f7d9}\u{1f8b2}-\u{1f8bb}' +
  '\u{1f8c0}-\u{1f8c1}\u{1f8d0}-\u{1f8d8}\u{1fa54}-\u{1fa57}\u{1fa75}-\u{1fa77}\u{1fa87}-\u{1fa8a}' +
  '\u{1fa8e}-\u{1fa8f}\u{1faad}-\u{1faaf}\u{1fabb}-\u{1fabf}\u{1fac6}\u{1fac8}\u{1facd}-\u{1facf}' +
  '\u{1fada}-\u{1fadc}\u{1fadf}\u{1fae8}-\u{1faea}\u{1faef}\u{1faf7}-\u{1faf8}\u{1fbcb}-\u{1fbef}' +
  '\u{1fbfa}\u{2b739}-\u{2b73f}\u{2cea2}-\u{2cead}\u{2ebf0}-\u{2ee5d}\u{31350}-\u{33479}' + ']$', 'u'));
// Made XID_Continue after 14.0 (Unicode 15.1): ZWNJ, ZWJ, KATAKANA MIDDLE DOT and its halfwidth form.
const NEW_XID_CONTINUE = /^[\u200c\u200d\u30fb\uff65]$/;

function isPrintable(ch: string): boolean {
  return ch === ' ' || !(NON_PRINTABLE().test(ch) || AFTER_UNICODE_14().test(ch));
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}

/**
 * The UTF-8 bytes of the code unit s[i] in the source CPython tokenizes: a surrogate pair is 4 (2 + 2), a
 * lone \udc80-\udcff is the undecodable byte it escapes (source.ts) and counts 1, another lone surrogate 3.
 */
function u8at(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  if (c < 0xdc00) return (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 3;
  if (i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) return 2;
  return c >= 0xdc80 && c <= 0xdcff ? 1 : 3;
}

/** Number of code points in s[from, to). */
function cpCount(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) !== 0xdc00 || i === from) k++;
  }
  return k;
}

/**
 * _PyPegen_byte_offset_to_character_offset: the number of characters that the
 * first `b` UTF-8 bytes of `text` decode to (a partial character counts as one;
 * one byte past the end counts the terminating NUL).
 */
export function byteOffsetToCharOffset(text: string, b: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= b) return chars;
    const c = text.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else {
      bytes += u8at(text, i);
    }
    chars++;
  }
  return bytes < b ? chars + 1 : chars;
}

export type WarningHook = (category: 'SyntaxWarning', message: string, lineno: number) => boolean;

export interface TokenizerOptions {
  /**
   * CPython's exec_input (default true): compile()'s 'exec' mode and files get a
   * newline appended when the text lacks one; 'eval' and 'single' do not, so the
   * text can end in the middle of a line (no NEWLINE or DEDENTs then, and a
   * final backslash is "unexpected character after line continuation character").
   */
  execInput?: boolean;
  /**
   * How the failures pegen reports for the tokenizer (unexpected EOF, unexpected character after
   * line continuation, unindent does not match, TabError, too many levels of indentation) give
   * their text and offsets:
   * - 'string' (default): as compile() of a string: the text runs from tok->buf (the first line of
   *   a multi-line token in progress) to the end of the current line; offsets in characters of it.
   * - 'file': as running a script file that declares its encoding: the text is that line as in
   *   the file; offsets in characters of it.
   * - 'file-bytes': as running a script file with no encoding declaration (UTF-8 by default):
   *   offsets stay byte offsets.
   */
  errors?: 'string' | 'file' | 'file-bytes';
}

/** Scans the token starting at `start` (see get()); null when there is none there after all. */
type Scan = (tk: Tokenizer, start: number) => Token | null;
/** The scanner for each first character (128: any non-ASCII one); filled in Tokenizer's static block. */
const SCAN: Scan[] = [];

export class Tokenizer {
  /** Set when next() returned ERRORTOKEN because input ended inside brackets. */
  eofInBrackets = false;
  /**
   * Set when the last error is one the C tokenizer leaves in its done code for pegen to raise (E_DEDENT,
   * E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF) rather than raising it itself: _tokenize's iterator just stops.
   */
  doneCodeError = false;
  /** Line number of the first line (f-string sub-parses start elsewhere). */
  startLineno = 1;
  /** Added to the byte columns of tokens that end on the first line. */
  startColOffset = 0;
  /**
   * Called for the SyntaxWarnings the tokenizer issues ("invalid decimal
   * literal" before a keyword, as in `1if x else y`). Return true to turn the
   * warning into a SyntaxError (as `-W error` does in CPython).
   */
  onWarning: WarningHook | null = null;

  private readonly src: string;
  private readonly n: number;
  /** Length of the caller's text; past it is the '\n' CPython appends to exec input. */
  private readonly origLen: number;
  /**
   * Where input ends for the scanner: n, or (not exec input, no final newline) origLen. The text
   * then still ends with a '\n' as a sentinel, so scanning loops need no bounds checks.
   */
  private readonly eofPos: number;
  private readonly execInput: boolean;
  private readonly errorStyle: 'string' | 'file' | 'file-bytes';
  private readonly filename: string;
  private readonly ascii: boolean;
  private readonly noCR: boolean; // no '\r' anywhere: newlines can be found with indexOf
  /** Start of the line holding the first NUL, or -1. */
  private readonly nulLineStart: number;
  private readonly nulPos: number;

  private pos = 0; // tok->cur
  private lineStart = 0; // tok->line_start
  // tok->buf: where the line of the token in progress starts. Lines fetched in the middle of a token
  // (a triple-quoted string, a backslash continuation) do not move it; pegen's messages for some
  // tokenizer failures report text and offsets from here.
  private bufStart = 0;
  private lineno = 0; // tok->lineno (physical, 1-based once the first line is fetched)
  private needLine = true; // a newline was consumed and the next line not fetched yet
  private atbol = true;
  private blank = false; // the line being scanned is blank or holds only a comment
  private pendin = 0;
  private indent = 0;
  private readonly indstack = new Int32Array(MAXINDENT);
  private readonly altindstack = new Int32Array(MAXINDENT);
  private lvl = 0;
  private readonly parenstack = new Int32Array(MAXLEVEL);
  private readonly parenlinenostack = new Int32Array(MAXLEVEL);
  private readonly parencolstack = new Int32Array(MAXLEVEL);
  private finished = false;
  private eofBetweenTokens = false;
  private error: PySyntaxError | null = null;

  // Cache for byte columns on non-ASCII lines: bytes from lineStart to bcPos.
  private bcLine = -1;
  private bcPos = 0;
  private bcVal = 0;

  private lineStarts: number[] | null = null;
  private disguised: Set<Token> | null = null;

  constructor(source: string, filename: string, options: TokenizerOptions = {}) {
    this.filename = filename;
    this.origLen = source.length;
    this.execInput = options.execInput !== false;
    this.errorStyle = options.errors ?? 'string';
    const last = source.length > 0 ? source.charCodeAt(source.length - 1) : 0;
    // CPython appends a newline to exec input that lacks one.
    this.src = last === 10 || last === 13 ? source : source + '\n';
    this.n = this.src.length;
    this.eofPos = this.execInput ? this.n : this.origLen;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(this.src);
    this.noCR = this.src.indexOf('\r') < 0;
    const nul = this.src.indexOf('\0');
    this.nulPos = nul;
    if (nul >= 0) {
      let p = nul;
      while (p > 0) {
        const c = this.src.charCodeAt(p - 1);
        if (c === 10 || c === 13) break;
        p--;
      }
      this.nulLineStart = p;
    } else {
      this.nulLineStart = -1;
    }
  }

  /** bad_single_statement: whether code (not blanks or comments) follows what has been tokenized so far. */
  codeFollows(): boolean {
    const s = this.src;
    for (let i = this.pos; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 35) { // '#': skip the comment
        while (i < s.length && s.charCodeAt(i) !== 10) i++;
      } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return true;
    }
    return false;
  }

  /**
   * What pegen does in 'single' mode when the first ENDMARKER arrives (it turns it into NEWLINE):
   * tok->pendin = -tok->indent, so that the next calls return the implied DEDENTs, then ENDMARKER.
   */
  /**
   * Whether the tokenizer has read the end of the text (tok->done == E_EOF): the ENDMARKER, or a token that
   * ends there (its scanner looked at the next character), not a NEWLINE (whose scanner stops at the newline).
   * An open bracket at the end counts once its ERRORTOKEN is fetched (Parser.fill): the end of the text seen
   * ahead of time, after blank lines inside the brackets, does not.
   */
  atEndOfText(last: Token | undefined): boolean {
    return this.finished || (!this.eofInBrackets && this.pos >= this.eofPos && last !== undefined && last.type !== T.NEWLINE);
  }

  /**
   * After an unterminated string literal (pos at its start): whether it ran to the end of the text (E_EOLS), not
   * to a newline (a backslash continues it on the next line).
   */
  stringRanToEnd(): boolean {
    const s = this.src;
    for (let i = this.pos; i < this.eofPos; i++) {
      const c = s.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 10 || c === 13) return false;
    }
    return true;
  }

  implyDedents(): void {
    this.pendin = -this.indent;
    this.indent = 0;
  }

  /**
   * True for a NAME token spelled with non-ASCII characters whose NFKC form is a keyword or soft
   * keyword (`ｉｆ`, `ｍａｔｃｈ`): CPython's parser compares keywords with the raw text, so it is
   * an ordinary name there (ast.parse('ｉｆ = 1') assigns Name(id='if')).
   */
  isDisguisedKeyword(t: Token): boolean {
    return this.disguised !== null && this.disguised.has(t);
  }

  get level(): number {
    return this.lvl;
  }

  innermostBracket(): { char: string; lineno: number; col: number } | null {
    if (this.lvl === 0) return null;
    const i = this.lvl - 1;
    return {
      char: ONE[this.parenstack[i]],
      lineno: this.parenlinenostack[i] + this.startLineno - 1,
      col: this.parencolstack[i],
    };
  }

  /** tok->lineno: the line the tokenizer is on (as CPython's pegen sees it in errors). */
  get curLineno(): number {
    return this.lineno + this.startLineno - 1;
  }

  /**
   * tok->cur - tok->line_start in bytes (newlines counted as one byte, as after
   * CPython's newline translation). pegen uses this as the 1-based offset of an
   * error at a token whose col is -1 (INDENT, DEDENT, ENDMARKER, ERRORTOKEN). With the
   * errors option 'file' or 'file-bytes' it is 0 once the end of input was met between tokens
   * (e.g. 'expected an indented block' at the end of a file: offset 0 running it, 6 compiling it).
   */
  get curCol(): number {
    // Reading a file, meeting the end of input between tokens resets tok->cur to the buffer's start.
    if (this.eofBetweenTokens && this.errorStyle !== 'string') return 0;
    let b = 0;
    const s = this.src;
    for (let i = this.lineStart; i < this.pos; i++) {
      const c = s.charCodeAt(i);
      if (c === 13 && i + 1 < this.pos && s.charCodeAt(i + 1) === 10) continue;
      b += u8at(s, i);
    }
    return b;
  }

  /**
   * The `text` CPython 3.11's pegen gives a SyntaxError at line `lineno` (as tokens report lines)
   * when compiling a string (_PyPegen_raise_error_known_location): if the tokenizer has not gone
   * past that line, the text from tok->buf to the end of the current line, which spans several
   * lines after a multi-line string or a backslash continuation; otherwise that line alone,
   * without its newline. Offsets are then converted with byteOffsetToCharOffset(text, byteCol).
   * (Running a file, CPython reads the line from the file instead: lineText(lineno).)
   * `newlineAdded`: the source was given to CPython's tokenizer as exec input, which ends its last line
   * with a newline (an f-string's "(expr)").
   */
  errorText(lineno: number, newlineAdded = false): string {
    const phys = lineno - this.startLineno + 1;
    if (this.lineno <= phys) {
      const b = this.bufText();
      return newlineAdded && !b.endsWith('\n') ? b + '\n' : b;
    }
    const t = this.lineText(phys);
    return t.endsWith('\n') ? t.slice(0, -1) : t;
  }

  /** Text of source line n (1-based, counting from the text's first line), with '\n' if it has a line ending. */
  lineText(n: number): string {
    const starts = this.getLineStarts();
    if (n < 1 || n > starts.length) return '';
    const s = this.src;
    const from = starts[n - 1];
    let end = from;
    while (end < this.origLen) {
      const c = s.charCodeAt(end);
      if (c === 10 || c === 13) return s.slice(from, end) + '\n';
      end++;
    }
    return s.slice(from, end);
  }

  private getLineStarts(): number[] {
    if (this.lineStarts !== null) return this.lineStarts;
    const starts = [0];
    const s = this.src;
    const n = this.origLen;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
        if (i + 1 < n) starts.push(i + 1);
      }
    }
    if (n === 0) starts.length = 1;
    this.lineStarts = starts;
    return starts;
  }

  next(): Token {
    if (this.error !== null) throw this.error;
    try {
      return this.get();
    } catch (e) {
      if (e instanceof PySyntaxError) this.error = e;
      throw e;
    }
  }

  // ---- positions -------------------------------------------------------

  /** Byte column of p on the current line. */
  private colOf(p: number): number {
    if (this.ascii) return p - this.lineStart;
    if (this.bcLine !== this.lineStart || p < this.bcPos) {
      this.bcLine = this.lineStart;
      this.bcPos = this.lineStart;
      this.bcVal = 0;
    }
    let v = this.bcVal;
    const s = this.src;
    for (let i = this.bcPos; i < p; i++) v += u8at(s, i);
    this.bcPos = p;
    this.bcVal = v;
    return v;
  }

  /** Fetch the line starting at pos (tok_nextc's underflow); inToken: in the middle of a token. */
  private fetch(inToken: boolean): void {
    this.needLine = false;
    const p = this.pos;
    if (p >= this.n) {
      // EOF: line number and line start stay on the last line
      if (!inToken) this.eofBetweenTokens = true;
      return;
    }
    this.lineno++;
    this.lineStart = p;
    if (!inToken) this.bufStart = p;
    if (p === this.nulLineStart) this.nulError();
  }

  /** A token ending at the current position; its end is on the current line. */
  private tok(type: T, str: string, lineno: number, col: number, endCol: number): Token {
    const ln = this.lineno;
    if (ln === 1 && this.startColOffset !== 0) {
      col += this.startColOffset;
      endCol += this.startColOffset;
    }
    const off = this.startLineno - 1;
    return new Token(type, str, lineno + off, col, ln + off, endCol);
  }

  // ---- errors ----------------------------------------------------------

  /** Text of the current line without its newline (what tokenizer.c's syntaxerror() reports). */
  private curLineText(): string {
    const s = this.src;
    let e = this.lineStart;
    while (e < this.n) {
      const c = s.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    return s.slice(this.lineStart, e);
  }

  /** tokenizer.c syntaxerror(): offset and end offset both at the character before cur. */
  private syntaxError(msg: string, cur: number): PySyntaxError {
    this.pos = cur;
    const off = cpCount(this.src, this.lineStart, cur);
    const ln = this.curLineno;
    return new PyTokenizerError('SyntaxError', msg, this.filename, ln, off, this.curLineText(), ln, off);
  }

  /**
   * Errors pegen raises for a tokenizer failure code (E_EOF, E_LINECONT, E_DEDENT, E_TABSPACE,
   * E_TOODEEP), at the current line; byteCol and endByteCol as pegen computes them (1-based).
   */
  private pegenError(kind: SyntaxErrorKind, msg: string, byteCol: number, endByteCol: number): PySyntaxError {
    this.doneCodeError = true;
    const ln = this.curLineno;
    if (this.errorStyle === 'string') {
      const text = this.bufText();
      const off = byteOffsetToCharOffset(text, byteCol);
      const end = endByteCol > 0 ? byteOffsetToCharOffset(text, endByteCol) : endByteCol;
      return new PyTokenizerError(kind, msg, this.filename, ln, off, text, ln, end);
    }
    // Running a file: the line is read again from the file.
    const text = this.lineText(this.lineno);
    if (this.errorStyle === 'file-bytes') return new PyTokenizerError(kind, msg, this.filename, ln, byteCol, text, ln, endByteCol);
    const off = byteOffsetToCharOffset(text, byteCol);
    const end = endByteCol > 0 ? byteOffsetToCharOffset(text, endByteCol) : endByteCol;
    return new PyTokenizerError(kind, msg, this.filename, ln, off, text, ln, end);
  }

  /** UTF-8 bytes in src[from, to), a CR LF counting as the one '\n' CPython sees. */
  private bytesBetween(from: number, to: number): number {
    const s = this.src;
    let b = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 13 && i + 1 < to && s.charCodeAt(i + 1) === 10) continue;
      b += u8at(s, i);
    }
    return b;
  }

  /** Text from tok->buf to the end of the current line, newlines translated. */
  bufText(): string {
    const s = this.src;
    let e = this.lineStart;
    while (e < this.n) {
      const c = s.charCodeAt(e);
      if (c === 10) { e++; break; }
      if (c === 13) { e += s.charCodeAt(e + 1) === 10 ? 2 : 1; break; }
      e++;
    }
    return s.slice(this.bufStart, Math.min(e, this.eofPos)).replace(/\r\n?/g, '\n');
  }

  /** Byte length of the current line including its newline (as translated to '\n'). */
  private lineBytes(): number {
    const s = this.src;
    let b = 0;
    for (let i = this.lineStart; i < this.n; i++) {
      const c = s.charCodeAt(i);
      if (c === 10 || c === 13) return i < this.eofPos ? b + 1 : b;
      b += u8at(s, i);
    }
    return b;
  }

  /** E_DEDENT, E_TABSPACE, E_TOODEEP: tok->cur moves to the end of the line. */
  private indentError(code: 'dedent' | 'tab' | 'deep'): PySyntaxError {
    if (code === 'dedent') {
      return this.pegenError('IndentationError', 'unindent does not match any outer indentation level',
        this.lineBytes(), -1);
    }
    if (code === 'tab') {
      return this.pegenError('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
    }
    return this.pegenError('IndentationError', 'too many levels of indentation', 1, 0);
  }

  private nulError(): never {
    const ln = this.curLineno;
    const text = this.src.slice(this.lineStart, this.nulPos);
    throw new PyTokenizerError('SyntaxError', 'source code cannot contain null bytes', this.filename, ln, 0, text, ln, 0);
  }

  /**
   * tok_continuation_line, entered with pos just after a backslash. Returns
   * false for EOF inside brackets (the caller returns ERRORTOKEN).
   */
  private continuation(inToken: boolean): boolean {
    const s = this.src;
    const c = s.charCodeAt(this.pos);
    if ((c !== 10 && c !== 13) || this.pos >= this.eofPos) {
      // E_LINECONT: pegen reports cur - tok->buf (cur just past that character, or at the end of
      // input), end offset 0, and (for compile() of a string) the text from tok->buf to the end of the line.
      let p = this.pos >= this.eofPos ? this.eofPos : this.pos + 1;
      // tok->cur is one byte into that character: count it whole, as decoding with 'replace' does.
      const b = this.bytesBetween(this.bufStart, p - (p > this.pos ? 1 : 0)) + (p > this.pos ? 1 : 0);
      if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(p) & 0xfc00) === 0xdc00) p++;
      this.pos = p;
      throw this.pegenError('SyntaxError', 'unexpected character after line continuation character', b, 0);
    }
    this.pos += c === 13 && s.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
    this.needLine = true;
    if (this.pos >= this.n) {
      // E_EOF: offset cur - line_start, but measured in the text from tok->buf.
      if (this.lvl > 0) return false;
      // Reading a file, an end of input met between tokens resets tok->cur to tok->buf: offset 0.
      const col = this.errorStyle !== 'string' && !inToken ? 0 : this.lineBytes();
      throw this.pegenError('SyntaxError', 'unexpected EOF while parsing', col, -1);
    }
    this.fetch(inToken);
    return true;
  }

  private eofToken(): Token {
    this.eofInBrackets = true;
    const ln = this.lineno;
    return this.tok(T.ERRORTOKEN, '', ln, -1, -1);
  }

  // ---- the scanner -----------------------------------------------------
  //
  // get() skips blanks and hands the token over to a scanner chosen by its first character through
  // one call site (SCAN, below). That site sees several scanners from the first line on, so V8 treats
  // it as megamorphic: a kind of token met for the first time late in a run (a CR line end, a
  // non-ASCII name, a backslash continuation, `.5`) calls a scanner not yet run instead of reaching
  // code without type feedback inside one big function, which deoptimised and recompiled that whole
  // function each time. Each scanner is small, so its own first-time deopts are cheap to recompile.

  private get(): Token {
    if (this.finished) {
      if (this.pendin < 0) {
        this.pendin++;
        return this.tok(T.DEDENT, '', this.lineno, -1, -1);
      }
      return this.tok(T.ENDMARKER, '', this.lineno, -1, -1);
    }
    if (this.eofInBrackets) return this.eofToken();
    const s = this.src;
    const n = this.eofPos;
    for (;;) {
      if (this.atbol && !this.indentation()) return this.eofToken();
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.tok(T.DEDENT, '', this.lineno, -1, -1);
        }
        this.pendin--;
        return this.tok(T.INDENT, '', this.lineno, -1, -1);
      }
      // Skip spaces; a scanner that returns null (a newline ending a blank line or inside
      // brackets, a backslash continuation) sends the loop on.
      let p = this.pos;
      let c = p < n ? s.charCodeAt(p) : -1;
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++p);
      this.pos = p;
      if (p >= n) return this.endOfInput();
      const t = SCAN[c < 128 ? c : 128](this, p);
      if (t !== null) return t;
    }
  }

  /**
   * The start of a line (atbol): measure its indentation and queue INDENT/DEDENTs in pendin. Sets
   * `blank` for a blank or comment-only line. Returns false for the end of input inside brackets
   * after a backslash (the caller returns ERRORTOKEN).
   */
  private indentation(): boolean {
    this.atbol = false;
    if (this.needLine) this.fetch(false);
    const s = this.src;
    const n = this.eofPos;
    let col = 0;
    let altcol = 0;
    let contCol = 0;
    let c = 0;
    for (;;) {
      c = this.pos < n ? s.charCodeAt(this.pos) : -1;
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
        altcol++;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92) {
        // Indentation cannot be split over lines with backslashes: the first one fixes it.
        contCol = contCol !== 0 ? contCol : col;
        this.pos++;
        if (!this.continuation(false)) return false;
        continue;
      } else {
        break;
      }
      this.pos++;
    }
    const blank = c === 35 || c === 10 || c === 13; // comment-only or blank line
    this.blank = blank;
    if (!blank && this.lvl === 0) {
      if (contCol !== 0) col = altcol = contCol;
      const ind = this.indent;
      if (col === this.indstack[ind]) {
        if (altcol !== this.altindstack[ind]) throw this.indentError('tab');
      } else if (col > this.indstack[ind]) {
        if (ind + 1 >= MAXINDENT) throw this.indentError('deep');
        if (altcol <= this.altindstack[ind]) throw this.indentError('tab');
        this.pendin++;
        this.indstack[++this.indent] = col;
        this.altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < this.indstack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indstack[this.indent]) throw this.indentError('dedent');
        if (altcol !== this.altindstack[this.indent]) throw this.indentError('tab');
      }
    }
    return true;
  }

  private endOfInput(): Token {
    if (this.lvl > 0) return this.eofToken();
    this.finished = true;
    return this.tok(T.ENDMARKER, '', this.lineno, -1, -1);
  }

  /** Byte column of p on the current line. */
  private colAt(p: number): number {
    return this.ascii ? p - this.lineStart : this.colOf(p);
  }

  // Scanners: `start` is where the token starts, this.pos the character being looked at (the same
  // place, but for a newline after a comment, which starts at the comment's '#').

  /** An ASCII letter or '_' that cannot start a string prefix. */
  private static scanName(tk: Tokenizer, start: number): Token | null {
    const s = tk.src;
    let p = start + 1;
    let c = s.charCodeAt(p);
    while (c < 128 && CC[c] !== 0) c = s.charCodeAt(++p);
    if (c >= 128) return tk.nonAsciiName(start, p);
    tk.pos = p;
    return tk.tok(T.NAME, s.slice(start, p), tk.lineno, tk.colAt(start), tk.colAt(p));
  }

  /** b, r, u, f in either case: a string prefix if a quote follows, else a name. */
  private static scanPrefix(tk: Tokenizer, start: number): Token | null {
    const s = tk.src;
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let q = start;
    for (;;) {
      const d = s.charCodeAt(q);
      if (!(sawB || sawU || sawF) && (d === 98 || d === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (d === 117 || d === 85)) sawU = true;
      else if (!(sawR || sawU) && (d === 114 || d === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (d === 102 || d === 70)) sawF = true;
      else break;
      q++;
      const e = s.charCodeAt(q);
      if (e === 34 || e === 39) return tk.string(start, q);
    }
    return Tokenizer.scanName(tk, start);
  }

  /** A name with a non-ASCII character at or before p (the scan goes on from p). */
  private nonAsciiName(start: number, p: number): Token {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c < 128 && CC[c] === 0) break;
      p++;
    }
    this.pos = p;
    const col = this.colAt(start);
    const endCol = this.colAt(p);
    const name = this.verifyIdentifier(s.slice(start, p), start);
    const t = this.tok(T.NAME, name, this.lineno, col, endCol);
    // CPython matches keywords on the raw text: `ｉｆ` is the name 'if', not the keyword.
    if (KEYWORDS.has(name)) (this.disguised ??= new Set()).add(t);
    return t;
  }

  private static scanLF(tk: Tokenizer, start: number): Token | null {
    const p = tk.pos;
    tk.pos = p + 1;
    tk.atbol = true;
    tk.needLine = true;
    if (tk.blank || tk.lvl > 0) return null;
    // Like tokenizer.c, a NEWLINE after a comment starts at the comment's '#'.
    return tk.tok(T.NEWLINE, p >= tk.origLen ? '' : '\n', tk.lineno, tk.colAt(start), tk.colAt(p));
  }

  private static scanCR(tk: Tokenizer, start: number): Token | null {
    const p = tk.pos;
    const crlf = tk.src.charCodeAt(p + 1) === 10;
    tk.pos = p + (crlf ? 2 : 1);
    tk.atbol = true;
    tk.needLine = true;
    if (tk.blank || tk.lvl > 0) return null;
    return tk.tok(T.NEWLINE, p >= tk.origLen ? '' : crlf ? '\r\n' : '\r', tk.lineno, tk.colAt(start), tk.colAt(p));
  }

  /** A comment: skipped to the newline (never past the end: the text ends with one), which is scanned next. */
  private static scanComment(tk: Tokenizer, start: number): Token | null {
    const s = tk.src;
    let p = start;
    if (tk.noCR) {
      p = s.indexOf('\n', p);
    } else {
      let c: number;
      do c = s.charCodeAt(++p); while (c !== 10 && c !== 13);
    }
    tk.pos = p;
    if (p >= tk.eofPos) return tk.endOfInput();
    return SCAN[s.charCodeAt(p)](tk, start);
  }

  /** Period, ellipsis, or a number starting with a period. */
  private static scanDot(tk: Tokenizer, start: number): Token | null {
    const s = tk.src;
    const d = s.charCodeAt(start + 1);
    if (d >= 48 && d <= 57) return tk.number(start);
    if (d === 46 && s.charCodeAt(start + 2) === 46) return tk.op(T.ELLIPSIS, '...', start, start + 3);
    return tk.op(T.DOT, '.', start, start + 1);
  }

  /** Digits: a plain decimal integer here, anything else in number(). */
  private static scanNumber(tk: Tokenizer, start: number): Token | null {
    const s = tk.src;
    let p = start;
    let c: number;
    do c = s.charCodeAt(++p); while (c >= 48 && c <= 57);
    // Not followed by '.', a letter, a digit or '_' (so verify_end_of_number has nothing to say),
    // and no leading zero unless it is the literal 0.
    if (c < 128 && CC[c] === 0 && c !== 46 && (p === start + 1 || s.charCodeAt(start) !== 48)) {
      return tk.numberToken(start, p);
    }
    return tk.number(start);
  }

  private static scanQuote(tk: Tokenizer, start: number): Token | null {
    return tk.string(start, start);
  }

  /** Line continuation. */
  private static scanBackslash(tk: Tokenizer, start: number): Token | null {
    tk.pos = start + 1;
    if (!tk.continuation(true)) return tk.eofToken();
    return null;
  }

  private static scanOperator(tk: Tokenizer, start: number): Token | null {
    return tk.operator(tk.src.charCodeAt(start), start);
  }

  static {
    for (let c = 0; c <= 128; c++) SCAN.push(Tokenizer.scanOperator);
    for (let c = 0; c < 128; c++) if (CC[c] === 1) SCAN[c] = Tokenizer.scanName;
    for (const ch of 'bBrRuUfF') SCAN[ch.charCodeAt(0)] = Tokenizer.scanPrefix;
    for (let c = 48; c <= 57; c++) SCAN[c] = Tokenizer.scanNumber;
    SCAN[128] = (tk, start) => tk.nonAsciiName(start, start + 1);
    SCAN[10] = Tokenizer.scanLF;
    SCAN[13] = Tokenizer.scanCR;
    SCAN[35] = Tokenizer.scanComment;
    SCAN[46] = Tokenizer.scanDot;
    SCAN[34] = SCAN[39] = Tokenizer.scanQuote;
    SCAN[92] = Tokenizer.scanBackslash;
  }

  private op(type: T, str: string, start: number, end: number): Token {
    this.pos = end;
    const col = this.colAt(start);
    return this.tok(type, str, this.lineno, col, col + (end - start));
  }

  /** Operators and brackets; any other character is an OP token or an error. */
  private operator(c: number, start: number): Token {
    const s = this.src;
    // PyToken_TwoChars / PyToken_ThreeChars, from tables: one call of op() for every operator.
    const c2 = s.charCodeAt(start + 1);
    if (c2 < 128) {
      const two = TWO_KIND[(c << 7) | c2];
      if (two !== 0) {
        if (s.charCodeAt(start + 2) === 61 && THREE_KIND[two] !== 0) {
          return this.op(THREE_KIND[two], THREE_STR[two], start, start + 3);
        }
        return this.op(two, TWO_STR[(c << 7) | c2], start, start + 2);
      }
    }

    // Keep track of parentheses nesting level
    if (c === 40 || c === 91 || c === 123) { // ( [ {
      if (this.lvl >= MAXLEVEL) throw this.syntaxError('too many nested parentheses', start + 1);
      this.parenstack[this.lvl] = c;
      this.parenlinenostack[this.lvl] = this.lineno;
      this.parencolstack[this.lvl] = this.colAt(start);
      this.lvl++;
    } else if (c === 41 || c === 93 || c === 125) { // ) ] }
      if (this.lvl === 0) throw this.syntaxError(`unmatched '${ONE[c]}'`, start + 1);
      this.lvl--;
      const opening = this.parenstack[this.lvl];
      if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
        throw this.mismatchedBracket(c, opening, start);
      }
    } else if (c < 32 || c === 127) {
      throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`, start + 1);
    }
    return this.op(ONE_KIND[c], ONE[c], start, start + 1);
  }

  private mismatchedBracket(c: number, opening: number, start: number): PySyntaxError {
    const oline = this.parenlinenostack[this.lvl];
    if (oline !== this.lineno) {
      return this.syntaxError(`closing parenthesis '${ONE[c]}' does not match opening parenthesis '${ONE[opening]}' on line ${oline + this.startLineno - 1}`, start + 1);
    }
    return this.syntaxError(`closing parenthesis '${ONE[c]}' does not match opening parenthesis '${ONE[opening]}'`, start + 1);
  }

  /** verify_identifier: validate a non-ASCII name (PEP 3131) and return its NFKC form. */
  private verifyIdentifier(name: string, start: number): string {
    let i = 0;
    let first = true;
    for (const ch of name) {
      const ok = (first ? XID_START().test(ch) : XID_CONTINUE().test(ch) && !NEW_XID_CONTINUE.test(ch)) &&
        !AFTER_UNICODE_14().test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const cur = start + i + ch.length; // just past the offending character
        // A byte that was not UTF-8 (source.ts's utf8Escaped): CPython fails to decode the name's bytes.
        if (cp >= 0xdc80 && cp <= 0xdcff) throw this.syntaxError(undecodableMessage(name), cur);
        if (isPrintable(ch)) throw this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`, cur);
        throw this.syntaxError(`invalid non-printable character U+${hex4(cp)}`, cur);
      }
      first = false;
      i += ch.length;
    }
    return name.normalize('NFKC');
  }

  // ---- numbers -----------------------------------------------------------

  /**
   * verify_end_of_number, with c the character at p (already "read": cur = p + 1).
   * Returns false when the literal is fine; throws on error.
   */
  private verifyEndOfNumber(p: number, kind: string): void {
    const s = this.src;
    const c = s.charCodeAt(p);
    let r = false;
    // lookahead(): the rest of the keyword, not followed by an identifier character
    // (but for 'i' only the second letter is checked, as tokenizer.c does).
    if (c === 97) r = s.startsWith('nd', p + 1) && !isIdentChar(s.charCodeAt(p + 3));
    else if (c === 101) r = s.startsWith('lse', p + 1) && !isIdentChar(s.charCodeAt(p + 4));
    else if (c === 102) r = s.startsWith('or', p + 1) && !isIdentChar(s.charCodeAt(p + 3));
    else if (c === 105) {
      const c2 = s.charCodeAt(p + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = s.charCodeAt(p + 1) === 114 && !isIdentChar(s.charCodeAt(p + 2));
    else if (c === 110) r = s.startsWith('ot', p + 1) && !isIdentChar(s.charCodeAt(p + 3));
    if (r) {
      // A keyword that may follow a number in valid code: only a warning.
      const msg = `invalid ${kind} literal`;
      if (this.onWarning !== null && this.onWarning('SyntaxWarning', msg, this.curLineno)) {
        throw this.syntaxError(msg, p);
      }
      return;
    }
    // Only ASCII letters, digits and '_' count here (3.11.7): `1é` is NUMBER then NAME.
    if (c < 128 && CC[c] !== 0) throw this.syntaxError(`invalid ${kind} literal`, p);
  }

  /** tok_decimal_tail: digits with single underscores, from p (the first digit). Returns the index after. */
  private decimalTail(p: number): number {
    const s = this.src;
    for (;;) {
      let c: number;
      do c = s.charCodeAt(++p); while (c >= 48 && c <= 57);
      if (c !== 95) return p;
      c = s.charCodeAt(++p);
      if (!(c >= 48 && c <= 57)) throw this.syntaxError('invalid decimal literal', p);
    }
  }

  private number(start: number): Token {
    const s = this.src;
    let p = start;
    let c = s.charCodeAt(p);
    // States mirror tokenizer.c's labels: fraction, exponent, imaginary.
    let state = 0; // 0 = after integer part, 1 = fraction (p at first char after '.'), 2 = exponent (p at e), 3 = imaginary (p at j)
    if (c === 46) {
      p++;
      state = 1;
    } else if (c === 48) {
      c = s.charCodeAt(++p);
      if (c === 120 || c === 88) {
        // Hex
        c = s.charCodeAt(++p);
        do {
          if (c === 95) c = s.charCodeAt(++p);
          if (!isHex(c)) throw this.syntaxError('invalid hexadecimal literal', p);
          do c = s.charCodeAt(++p); while (isHex(c));
        } while (c === 95);
        this.verifyEndOfNumber(p, 'hexadecimal');
        return this.numberToken(start, p);
      }
      if (c === 111 || c === 79) {
        // Octal
        c = s.charCodeAt(++p);
        do {
          if (c === 95) c = s.charCodeAt(++p);
          if (c < 48 || c >= 56) {
            if (c >= 48 && c <= 57) throw this.syntaxError(`invalid digit '${ONE[c]}' in octal literal`, p + 1);
            throw this.syntaxError('invalid octal literal', p);
          }
          do c = s.charCodeAt(++p); while (c >= 48 && c < 56);
        } while (c === 95);
        if (c >= 48 && c <= 57) throw this.syntaxError(`invalid digit '${ONE[c]}' in octal literal`, p + 1);
        this.verifyEndOfNumber(p, 'octal');
        return this.numberToken(start, p);
      }
      if (c === 98 || c === 66) {
        // Binary
        c = s.charCodeAt(++p);
        do {
          if (c === 95) c = s.charCodeAt(++p);
          if (c !== 48 && c !== 49) {
            if (c >= 48 && c <= 57) throw this.syntaxError(`invalid digit '${ONE[c]}' in binary literal`, p + 1);
            throw this.syntaxError('invalid binary literal', p);
          }
          do c = s.charCodeAt(++p); while (c === 48 || c === 49);
        } while (c === 95);
        if (c >= 48 && c <= 57) throw this.syntaxError(`invalid digit '${ONE[c]}' in binary literal`, p + 1);
        this.verifyEndOfNumber(p, 'binary');
        return this.numberToken(start, p);
      }
      // Maybe old-style octal; in any case allow '0' as a literal.
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = s.charCodeAt(++p);
          if (!(c >= 48 && c <= 57)) throw this.syntaxError('invalid decimal literal', p);
        }
        if (c !== 48) break;
        c = s.charCodeAt(++p);
      }
      const zerosEnd = p + 1; // tok->cur after reading c
      if (c >= 48 && c <= 57) {
        nonzero = true;
        p = this.decimalTail(p);
        c = s.charCodeAt(p);
      }
      if (c === 46) {
        p++;
        state = 1;
      } else if (c === 101 || c === 69) {
        state = 2;
      } else if (c === 106 || c === 74) {
        state = 3;
      } else if (nonzero) {
        // Old-style octal: now disallowed. The range is in bytes, used as characters (as CPython does).
        this.pos = p;
        const ln = this.curLineno;
        const lineStartCol = this.colOf(start);
        const endCol = lineStartCol + (zerosEnd - start);
        throw new PyTokenizerError('SyntaxError',
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          this.filename, ln, lineStartCol + 1, this.curLineText(), ln, endCol);
      } else {
        this.verifyEndOfNumber(p, 'decimal');
        return this.numberToken(start, p);
      }
    } else {
      // Decimal
      p = this.decimalTail(p);
      c = s.charCodeAt(p);
      if (c === 46) {
        p++;
        state = 1;
      } else if (c === 101 || c === 69) {
        state = 2;
      } else if (c === 106 || c === 74) {
        state = 3;
      } else {
        this.verifyEndOfNumber(p, 'decimal');
        return this.numberToken(start, p);
      }
    }
    if (state === 1) {
      // Fraction: p is just past the '.'
      c = s.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        p = this.decimalTail(p);
        c = s.charCodeAt(p);
      }
      if (c === 101 || c === 69) state = 2;
      else if (c === 106 || c === 74) state = 3;
      else {
        this.verifyEndOfNumber(p, 'decimal');
        return this.numberToken(start, p);
      }
    }
    if (state === 2) {
      // Exponent: p is at the 'e'
      const e = p;
      c = s.charCodeAt(++p);
      if (c === 43 || c === 45) {
        c = s.charCodeAt(++p);
        if (!(c >= 48 && c <= 57)) throw this.syntaxError('invalid decimal literal', p);
      } else if (!(c >= 48 && c <= 57)) {
        // 'e' not followed by digits: the number ends before it.
        this.verifyEndOfNumber(e, 'decimal');
        return this.numberToken(start, e);
      }
      p = this.decimalTail(p);
      c = s.charCodeAt(p);
      if (c === 106 || c === 74) state = 3;
      else {
        this.verifyEndOfNumber(p, 'decimal');
        return this.numberToken(start, p);
      }
    }
    // Imaginary: p is at the 'j'
    p++;
    this.verifyEndOfNumber(p, 'imaginary');
    return this.numberToken(start, p);
  }

  private numberToken(start: number, end: number): Token {
    this.pos = end;
    const col = this.ascii ? start - this.lineStart : this.colOf(start);
    return this.tok(T.NUMBER, this.src.slice(start, end), this.lineno, col, col + (end - start));
  }

  // ---- strings -----------------------------------------------------------

  /** A string literal: start is the token start (prefix included), q the opening quote. */
  private string(start: number, q: number): Token {
    const s = this.src;
    const n = this.n;
    const quote = s.charCodeAt(q);
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    const col = this.ascii ? start - this.lineStart : this.colOf(start);
    let quoteSize = 1;
    let endQuoteSize = 0;
    let p = q + 1;
    if (s.charCodeAt(p) === quote) {
      if (s.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1; // empty string
        p++;
      }
    }
    let sawCR = false;
    while (endQuoteSize !== quoteSize) {
      if (p >= n) return this.unterminated(start, firstLineno, firstLineStart, quoteSize);
      let c = s.charCodeAt(p++);
      if (c === quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === 92) {
        // Skip the escaped character, which may be a newline.
        c = s.charCodeAt(p++);
        if (c !== 10 && c !== 13) continue;
      } else if (c !== 10 && c !== 13) {
        continue;
      } else if (quoteSize === 1) {
        this.pos = p;
        return this.unterminated(start, firstLineno, firstLineStart, quoteSize);
      }
      // A newline inside the literal (escaped, or in a triple-quoted string).
      if (c === 13) {
        sawCR = true;
        if (s.charCodeAt(p) === 10) p++;
      }
      if (p < n) {
        this.pos = p;
        this.lineno++;
        this.lineStart = p;
        if (p === this.nulLineStart) this.nulError();
      }
    }
    this.pos = p;
    let str = s.slice(start, p);
    // CPython sees the text after newline translation.
    if (sawCR) str = str.replace(/\r\n?/g, '\n');
    const endCol = this.ascii ? p - this.lineStart : this.colOf(p);
    return this.tok(T.STRING, str, firstLineno, col, endCol);
  }

  private unterminated(start: number, firstLineno: number, firstLineStart: number, quoteSize: number): never {
    const detected = this.curLineno;
    // The error is reported at the start of the literal, on its first line.
    this.lineno = firstLineno;
    this.lineStart = firstLineStart;
    const msg = quoteSize === 3
      ? `unterminated triple-quoted string literal (detected at line ${detected})`
      : `unterminated string literal (detected at line ${detected})`;
    throw this.syntaxError(msg, start + 1);
  }
}

/** is_potential_identifier_char: ASCII letters, digits, '_', and any non-ASCII character. */
function isIdentChar(c: number): boolean {
  return c >= 128 || CC[c] !== 0;
}

// Python 3.11's keywords and soft keywords.
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
  'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  'match', 'case', '_']);

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// PyToken_OneChar: the kind of each one-character token (OP for anything else).
const ONE_KIND: T[] = [];
for (let c = 0; c < 128; c++) ONE_KIND.push(T.OP);
{
  const pairs: [string, T][] = [
    ['%', T.PERCENT], ['&', T.AMPER], ['(', T.LPAR], [')', T.RPAR], ['*', T.STAR], ['+', T.PLUS],
    [',', T.COMMA], ['-', T.MINUS], ['.', T.DOT], ['/', T.SLASH], [':', T.COLON], [';', T.SEMI],
    ['<', T.LESS], ['=', T.EQUAL], ['>', T.GREATER], ['@', T.AT], ['[', T.LSQB], [']', T.RSQB],
    ['^', T.CIRCUMFLEX], ['{', T.LBRACE], ['|', T.VBAR], ['}', T.RBRACE], ['~', T.TILDE],
  ];
  for (const [ch, k] of pairs) ONE_KIND[ch.charCodeAt(0)] = k;
}

// PyToken_TwoChars as a table: TWO_KIND[c1 << 7 | c2] is the kind of the two-character operator c1 c2
// (0: none), TWO_STR its text; THREE_KIND[kind] the kind it has with '=' after it (PyToken_ThreeChars:
// only `**=`, `//=`, `<<=` and `>>=`), THREE_STR that text.
const TWO_KIND = new Uint8Array(128 * 128);
const TWO_STR: string[] = new Array<string>(128 * 128).fill('');
const THREE_KIND = new Uint8Array(64);
const THREE_STR: string[] = new Array<string>(64).fill('');
{
  const two: [string, T][] = [
    ['!=', T.NOTEQUAL], ['%=', T.PERCENTEQUAL], ['&=', T.AMPEREQUAL], ['**', T.DOUBLESTAR], ['*=', T.STAREQUAL],
    ['+=', T.PLUSEQUAL], ['-=', T.MINEQUAL], ['->', T.RARROW], ['//', T.DOUBLESLASH], ['/=', T.SLASHEQUAL],
    [':=', T.COLONEQUAL], ['<<', T.LEFTSHIFT], ['<=', T.LESSEQUAL], ['<>', T.NOTEQUAL], ['==', T.EQEQUAL],
    ['>>', T.RIGHTSHIFT], ['>=', T.GREATEREQUAL], ['@=', T.ATEQUAL], ['^=', T.CIRCUMFLEXEQUAL], ['|=', T.VBAREQUAL],
  ];
  for (const [str, k] of two) {
    const i = (str.charCodeAt(0) << 7) | str.charCodeAt(1);
    TWO_KIND[i] = k;
    TWO_STR[i] = str;
  }
  const three: [T, T, string][] = [
    [T.DOUBLESTAR, T.DOUBLESTAREQUAL, '**='], [T.DOUBLESLASH, T.DOUBLESLASHEQUAL, '//='],
    [T.LEFTSHIFT, T.LEFTSHIFTEQUAL, '<<='], [T.RIGHTSHIFT, T.RIGHTSHIFTEQUAL, '>>='],
  ];
  for (const [k2, k3, str] of three) {
    THREE_KIND[k2] = k3;
    THREE_STR[k2] = str;
  }
}
