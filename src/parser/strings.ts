// String literals and f-strings: CPython 3.11's Parser/string_parser.c and
// _PyPegen_concatenate_strings (action_helpers.c), turning the STRING tokens of
// one atom into a Constant or a JoinedStr with 3.11's exact values, positions
// and errors.
//
// How f-string replacement fields are parsed (what the host must do):
// CPython 3.11 (fstring_compile_expr) parses the text between the braces as a
// separate source, "(" + text + ")", with the `fstring` start rule
// (star_expressions). For it, this module computes two numbers and passes them
// to host.parseFStringExpr(text, startLineno, startColOffset):
//   startLineno    = p2->starting_lineno   = t.lineno + (newlines in t before the '{')
//   startColOffset = p2->starting_col_offset = lines ? cols : t.col + cols
// where t is the STRING token holding the field and cols is the UTF-8 byte
// count from the start of the '{' line (or of the token) to the '{' (0 when
// only blanks follow the '{' up to a newline). The host then tokenizes the
// sub-source as if it started on file line startLineno (its tokenizer's lineno
// begins at startLineno - 1, so line numbers of tokens are file lines as is),
// and shifts columns exactly like 3.11's initialize_token:
//   if the tokenizer's current line (the line where the token ENDS) equals
//   startLineno, then col_offset += startColOffset and end_col_offset +=
//   startColOffset; otherwise both stay as they are (columns of the sub-source).
// So a token on the first sub-source line is shifted by startColOffset, and a
// multi-line token that starts there but ends later is not shifted at all.
// Errors raised inside that sub-parser are reported by 3.11 with the message
// prefixed by "f-string: ", file line numbers, the sub-source line as text,
// and offsets = (byte) col - startColOffset + 1 for both start and end, whatever
// their line and with no byte-to-character conversion (the sub-tokenizer has
// no encoding), so they can even be negative. Examples (python3 3.11.7):
//   y=2;f'{a b}' on line 3       -> (3, 2, 3, 5)  text '(a b)\n'
//   y = f'{ä b}'                 -> (1, 2, 1, 6)  text '(ä b)\n'
//   x=1;f'''\n  {a\n b c}'''      -> (2, 2, 3, 1)  text '(a'
//   y = f'{a}' + f'''{(\nc d)}''' -> (2, -14, 2, -13) text 'c d))\n'
// The parser should memoize the `strings` rule per position as CPython does,
// so that escape warnings are not issued twice when it backtracks.
//
// Error locations: errors CPython raises with RAISE_SYNTAX_ERROR (most f-string
// errors, "cannot mix bytes and nonbytes literals", and the "(unicode error)"
// / "(value error)" escape decoding errors) are reported at the last token the
// parser has fetched, which is normally the token after the last STRING:
// host.syntaxError(msg). "bytes can only contain ASCII literal characters" is
// reported at the offending token (host.syntaxErrorAt with its location), and
// so is an invalid escape warning turned into an error (host.warn decides).

import type { Token } from './tokens.js';
import { Constant, FormattedValue, JoinedStr, type expr } from './ast.js';
import { PyBytes, PyCodePointStr, type StrConst } from './constants.js';
import { loadUnicodeNames, forEachUnicodeName, JAMO_L, JAMO_V, JAMO_T } from './unicodedata_names_lazy.js';
import { undecodableMessage } from './source.js';

export interface StringHost {
  filename: string;
  /** Parse an f-string replacement field's expression text as CPython 3.11's fstring_compile_expr
   *  does (see the comment at the top of this file for the position rule). `text` is the exact
   *  source text between the braces (without `=`, `!conv`, `:spec`). */
  parseFStringExpr(text: string, startLineno: number, startColOffset: number): expr;
  /** Raise a SyntaxError at a known location (0-based UTF-8 byte columns, as tokens carry them;
   *  the host converts to CPython's 1-based character offsets). */
  syntaxErrorAt(msg: string, lineno: number, colOffset: number, endLineno: number, endColOffset: number): never;
  /** Whether the source holds bytes that were not UTF-8 (lone surrogates U+DC80-U+DCFF, see source.ts). */
  undecodable?: boolean;
  /** RAISE_SYNTAX_ERROR(msg): a SyntaxError at the last token the parser has fetched
   *  (p->tokens[p->fill - 1]). Optional only so that hosts written before it existed still
   *  compile; without it the error goes to the end of the last STRING token, which is wrong. */
  syntaxError?(msg: string): never;
  /** DeprecationWarning `message` (category DeprecationWarning, filename, token.lineno), as
   *  warn_invalid_escape_sequence issues it. When the warning filters turn it into an error,
   *  the host raises SyntaxError(message) at the token's location (3.11 sets known_err_token).
   *  Without the hook, invalid escapes are accepted silently. */
  warn?(message: string, token: Token): void;
}

// Character codes used below.
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const NL = 0x0a;

/** The tokenizer's MAXLEVEL: how deep ([{ may nest inside one replacement field. */
const MAXLEVEL = 200;

// Results of scanToken (module state: no allocation per token).
let tokBodyStart = 0;
let tokBodyEnd = 0;
let tokBytes = false;
let tokRaw = false;
let tokF = false;

/** Split a STRING token into prefix flags and the body between the quotes. */
function scanToken(s: string): void {
  let i = 0;
  tokBytes = tokRaw = tokF = false;
  for (;;) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x62) tokBytes = true; // b
    else if (c === 0x72) tokRaw = true; // r
    else if (c === 0x66) tokF = true; // f
    else if (c !== 0x75) break; // u
    i++;
  }
  const quote = s.charCodeAt(i);
  const len = s.length;
  // As _PyPegen_parsestr: triple-quoted when the text inside the outer quotes
  // is at least 4 long and starts with two more quotes.
  if (len - i - 2 >= 4 && s.charCodeAt(i + 1) === quote && s.charCodeAt(i + 2) === quote) {
    tokBodyStart = i + 3;
    tokBodyEnd = len - 3;
  } else {
    tokBodyStart = i + 1;
    tokBodyEnd = len - 1;
  }
}

/**
 * The AST node for the STRING tokens of one atom (adjacent literals concatenated), as
 * _PyPegen_concatenate_strings builds it: a Constant (str or bytes) or a JoinedStr.
 */
export function concatenateStrings(host: StringHost, tokens: Token[]): Constant | JoinedStr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length === 1 && host.undecodable !== true) {
    // Fast path: one plain str literal without escapes is a slice of the token.
    const s = first.string;
    scanToken(s);
    if (!tokBytes && !tokF) {
      const bs = tokRaw ? -1 : s.indexOf('\\', tokBodyStart);
      if (bs < 0 || bs >= tokBodyEnd) {
        return new Constant(s.slice(tokBodyStart, tokBodyEnd), s.charCodeAt(0) === 0x75 ? 'u' : null,
          first.lineno, first.col, last.endLineno, last.endCol);
      }
    }
  }
  return new StringParser(host, first, last).concatenate(tokens);
}

/** Accumulates one JoinedStr's values (CPython's FstringParser). */
class FState {
  /** Pending literal text; '' stands for CPython's NULL (empty parts are dropped). */
  lastStr = '';
  /** Where in lastStr the last escaped high surrogate is (-2: none), and where escaped highs are directly
   *  followed by escaped lows: code points a JS string would merge into one character. */
  escHigh = -2;
  escPairs: number[] | null = null;
  values: expr[] = [];
  fmode = false;
}

class StringParser {
  /** The scan position inside the current token's text (CPython's *str). */
  pos = 0;
  // Line bookkeeping for fstring_find_expr_location, advanced incrementally
  // through the current token so long f-strings stay linear.
  private locTok: Token | null = null;
  private locPos = 0;
  private locLines = 0;
  private locLineStart = 0;

  constructor(private host: StringHost, private first: Token, private last: Token) {}

  /** RAISE_SYNTAX_ERROR. */
  private fail(msg: string): never {
    const h = this.host;
    if (h.syntaxError) return h.syntaxError(msg);
    const t = this.last;
    return h.syntaxErrorAt(msg, t.lineno, t.col, t.endLineno, t.endCol);
  }

  concatenate(tokens: Token[]): Constant | JoinedStr {
    const { first, last } = this;
    const state = new FState();
    let bytesMode = false;
    let bytesParts: Uint8Array[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const s = t.string;
      scanToken(s);
      const thisBytes = tokBytes;
      const raw = tokRaw;
      const start = tokBodyStart;
      const end = tokBodyEnd;
      if (this.host.undecodable === true && !thisBytes) this.checkUndecodable(s, start, end, raw, tokF);
      if (tokF) {
        if (i !== 0 && bytesMode !== thisBytes) this.fail('cannot mix bytes and nonbytes literals');
        bytesMode = thisBytes;
        this.pos = start;
        this.concatFString(state, t, s, end, raw, 0);
        continue;
      }
      const bs = raw ? -1 : s.indexOf('\\', start);
      const plain = bs < 0 || bs >= end;
      if (thisBytes) {
        for (let k = start; k < s.length; k++) {
          if (s.charCodeAt(k) >= 0x80) {
            this.host.syntaxErrorAt('bytes can only contain ASCII literal characters',
              t.lineno, t.col, t.endLineno, t.endCol);
          }
        }
        const b = plain ? asciiBytes(s, start, end) : this.decodeBytes(s, start, end, t);
        if (i !== 0 && bytesMode !== thisBytes) this.fail('cannot mix bytes and nonbytes literals');
        bytesMode = true;
        (bytesParts ??= []).push(b);
      } else {
        const v = plain ? s.slice(start, end) : this.decodeStr(s, start, end, t, state);
        if (i !== 0 && bytesMode !== thisBytes) this.fail('cannot mix bytes and nonbytes literals');
        bytesMode = false;
        state.lastStr += v;
      }
    }
    if (bytesMode) {
      const parts = bytesParts!;
      let value: Uint8Array;
      if (parts.length === 1) value = parts[0];
      else {
        let n = 0;
        for (const p of parts) n += p.length;
        value = new Uint8Array(n);
        n = 0;
        for (const p of parts) {
          value.set(p, n);
          n += p.length;
        }
      }
      return new Constant(new PyBytes(value), null, first.lineno, first.col, last.endLineno, last.endCol);
    }
    return this.finish(state, first, last);
  }

  /**
   * A str literal's body holding bytes that were not UTF-8: CPython decodes the body as UTF-8 whole when it is
   * raw or has no backslash, else each run of non-ASCII bytes, and reports the first that fails.
   */
  private checkUndecodable(s: string, start: number, end: number, raw: boolean, fstring: boolean): void {
    const bad = (k: number): boolean => {
      const c = s.charCodeAt(k);
      return c >= 0xdc80 && c <= 0xdcff && !(k > 0 && (s.charCodeAt(k - 1) & 0xfc00) === 0xd800);
    };
    let k = start;
    while (k < end && !bad(k)) k++;
    if (k === end) return;
    const bs = s.indexOf('\\', start);
    // (An f-string's literal parts go through the escape decoder whatever they hold; a byte inside one of its
    // expressions is reported here too, without CPython's "f-string: " prefix.)
    if (!fstring && (raw || bs < 0 || bs >= end)) this.fail(undecodableMessage(s.slice(start, end)));
    if (fstring && raw) {
      // A raw f-string's literal part (up to the braces around it) is decoded whole.
      let a = start;
      let b = end;
      for (let j = k - 1; j >= start; j--) if (s[j] === '{' || s[j] === '}') { a = j + 1; break; }
      for (let j = k + 1; j < end; j++) if (s[j] === '{' || s[j] === '}') { b = j; break; }
      this.fail(undecodableMessage(s.slice(a, b)));
    }
    let a = k;
    while (a > start && s.charCodeAt(a - 1) >= 0x80) a--;
    let b = k;
    while (b < end && s.charCodeAt(b) >= 0x80) b++;
    this.fail(undecodableMessage(s.slice(a, b)));
  }

  /** make_str_node_and_del: kind 'u' when token a (the atom's first token) starts with a lowercase u. */
  private strNode(state: FState, a: Token, b: Token): Constant {
    let value: StrConst = state.lastStr;
    const pairs = state.escPairs;
    if (pairs !== null) {
      // Keep the escaped surrogate pairs as two code points each.
      const cps: number[] = [];
      let k = 0;
      for (let i = 0; i < value.length; i++) {
        if (k < pairs.length && pairs[k] === i) {
          cps.push(value.charCodeAt(i), value.charCodeAt(i + 1));
          i++;
          k++;
          continue;
        }
        const c = value.codePointAt(i)!;
        cps.push(c);
        if (c > 0xffff) i++;
      }
      value = new PyCodePointStr(cps);
    }
    state.lastStr = '';
    state.escHigh = -2;
    state.escPairs = null;
    return new Constant(value, a.string.charCodeAt(0) === 0x75 ? 'u' : null,
      a.lineno, a.col, b.endLineno, b.endCol);
  }

  /** _PyPegen_FstringParser_Finish. */
  private finish(state: FState, a: Token, b: Token): Constant | JoinedStr {
    if (!state.fmode) return this.strNode(state, a, b);
    if (state.lastStr !== '') state.values.push(this.strNode(state, a, b));
    return new JoinedStr(state.values, a.lineno, a.col, b.endLineno, b.endCol);
  }

  /** _PyPegen_FstringParser_ConcatFstring: parse s[this.pos, end) into state. */
  private concatFString(state: FState, t: Token, s: string, end: number, raw: boolean, level: number): void {
    state.fmode = true;
    for (;;) {
      // fstring_find_literal
      const litStart = this.pos;
      let p = litStart;
      let doubled = false;
      while (p < end) {
        let ch = s.charCodeAt(p++);
        if (!raw && ch === BACKSLASH && p < end) {
          ch = s.charCodeAt(p++);
          if (ch === 0x4e) { // N: skip a \N{...} so its braces are not fields
            if (p < end && s.charCodeAt(p++) === LBRACE) {
              while (p < end && s.charCodeAt(p++) !== RBRACE) { /* skip the name */ }
            }
            continue;
          }
          if (ch === LBRACE) this.warnEscape(s, p - 1, t);
        }
        if (ch === LBRACE || ch === RBRACE) {
          // Doubled braces are only checked at the top level, so that
          // f'{0:{3}}' does not read the two closing braces as one.
          if (level === 0) {
            if (p < end && s.charCodeAt(p) === ch) {
              doubled = true;
              break;
            }
            if (ch === RBRACE) {
              this.pos = p - 1;
              this.fail("f-string: single '}' is not allowed");
            }
          }
          p--;
          break;
        }
      }
      // After a doubled brace the literal keeps one brace and scanning resumes after the other.
      this.pos = doubled ? p + 1 : p;
      if (p !== litStart) {
        state.lastStr += raw ? s.slice(litStart, p) : this.decodeStr(s, litStart, p, t, state);
      }
      if (doubled) continue;
      const q = this.pos;
      if (q >= end || s.charCodeAt(q) === RBRACE) break;
      // A replacement field starts at the '{'.
      const fv = this.findExpr(state, t, s, end, raw, level);
      if (state.lastStr !== '') state.values.push(this.strNode(state, this.first, this.last));
      state.values.push(fv);
    }
    if (level === 0 && this.pos < end - 1) this.fail('f-string: unexpected end of string');
    if (level !== 0 && (this.pos >= end || s.charCodeAt(this.pos) !== RBRACE)) this.fail("f-string: expecting '}'");
  }

  /** fstring_find_expr: the replacement field at this.pos (a '{'). Adds a `=` field's text to state. */
  private findExpr(state: FState, t: Token, s: string, end: number, raw: boolean, level: number): FormattedValue {
    if (level >= 2) this.fail('f-string: expressions nested too deeply');
    const brace = this.pos;
    const exprStart = brace + 1;
    let p = exprStart;
    let quote = 0;
    let tripleQuoted = false;
    let depth = 0;
    let stack: number[] | null = null;
    for (; p < end; p++) {
      const ch = s.charCodeAt(p);
      if (ch === BACKSLASH) this.fail('f-string expression part cannot include a backslash');
      if (quote !== 0) {
        // Inside a string of the expression: only its end matters here.
        if (ch === quote) {
          if (tripleQuoted) {
            if (p + 2 < end && s.charCodeAt(p + 1) === ch && s.charCodeAt(p + 2) === ch) {
              p += 2;
              quote = 0;
              tripleQuoted = false;
            }
          } else {
            quote = 0;
          }
        }
      } else if (ch === SQUOTE || ch === DQUOTE) {
        if (p + 2 < end && s.charCodeAt(p + 1) === ch && s.charCodeAt(p + 2) === ch) {
          tripleQuoted = true;
          p += 2;
        }
        quote = ch;
      } else if (ch === 0x5b || ch === LBRACE || ch === 0x28) { // [ { (
        if (depth >= MAXLEVEL) this.fail('f-string: too many nested parenthesis');
        (stack ??= [])[depth++] = ch;
      } else if (ch === 0x23) { // #
        this.fail("f-string expression part cannot include '#'");
      } else if (depth === 0 && (ch === 0x21 || ch === 0x3a || ch === RBRACE || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
        // ! : } = > < end the expression unless part of != == <= >=.
        if (p + 1 < end && s.charCodeAt(p + 1) === 0x3d && ch !== 0x3a && ch !== RBRACE) {
          p++;
          continue;
        }
        if (ch === 0x3e || ch === 0x3c) continue;
        break;
      } else if (ch === 0x5d || ch === RBRACE || ch === 0x29) { // ] } )
        if (depth === 0) this.fail(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const opening = stack![--depth];
        if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === LBRACE && ch === RBRACE))) {
          this.fail(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
        }
      }
    }
    const exprEnd = p;
    this.pos = p;
    if (quote !== 0) this.fail('f-string: unterminated string');
    if (depth !== 0) this.fail(`f-string: unmatched '${String.fromCharCode(stack![depth - 1])}'`);
    if (p >= end) this.fail("f-string: expecting '}'");

    const value = this.compileExpr(t, s, brace, exprEnd);

    let exprText: string | null = null;
    if (s.charCodeAt(p) === 0x3d) { // '=': self-documenting field
      p++;
      for (;;) { // Py_ISSPACE
        const c = s.charCodeAt(p);
        if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) p++;
        else break;
      }
      if (p >= end) this.failExpecting(p);
      exprText = s.slice(exprStart, p);
    }
    let conversion = -1;
    if (s.charCodeAt(p) === 0x21) { // '!'
      p++;
      if (p >= end) this.failExpecting(p);
      conversion = s.charCodeAt(p);
      p++;
      if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
        this.pos = p;
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (p >= end) this.failExpecting(p);
    let spec: Constant | JoinedStr | null = null;
    if (s.charCodeAt(p) === 0x3a) { // ':'
      p++;
      if (p >= end) this.failExpecting(p);
      // fstring_parse: a nested f-string, finished with t's location.
      this.pos = p;
      const specState = new FState();
      this.concatFString(specState, t, s, end, raw, level + 1);
      spec = this.finish(specState, t, t);
      p = this.pos;
    }
    if (p >= end || s.charCodeAt(p) !== RBRACE) this.failExpecting(p);
    this.pos = p + 1;
    if (exprText !== null) {
      state.lastStr += exprText;
      if (spec === null && conversion === -1) conversion = 0x72;
    }
    const { first, last } = this;
    return new FormattedValue(value, conversion, spec, first.lineno, first.col, last.endLineno, last.endCol);
  }

  private failExpecting(p: number): never {
    this.pos = p;
    return this.fail("f-string: expecting '}'");
  }

  /** fstring_compile_expr: check for an empty field, locate it, and let the host parse it. */
  private compileExpr(t: Token, s: string, brace: number, exprEnd: number): expr {
    let k = brace + 1;
    for (; k < exprEnd; k++) {
      const c = s.charCodeAt(k);
      if (!(c === 0x20 || c === 0x09 || c === NL || c === 0x0c)) break;
    }
    if (k === exprEnd) {
      const c = s.charCodeAt(exprEnd);
      if (c === 0x21 || c === 0x3a || c === 0x3d) {
        this.fail(`f-string: expression required before '${String.fromCharCode(c)}'`);
      }
      this.fail('f-string: empty expression not allowed');
    }
    // fstring_find_expr_location. Newlines before the brace, counted incrementally.
    if (this.locTok !== t || this.locPos > brace) {
      this.locTok = t;
      this.locPos = 0;
      this.locLines = 0;
      this.locLineStart = 0;
    }
    for (let i = this.locPos; i < brace; i++) {
      if (s.charCodeAt(i) === NL) {
        this.locLines++;
        this.locLineStart = i + 1;
      }
    }
    this.locPos = brace;
    const lines = this.locLines;
    // Blanks then a newline right after the brace: no column shift.
    let newlineAfterBrace = true;
    for (let i = brace + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === RBRACE || c === NL) break;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
        newlineAfterBrace = false;
        break;
      }
    }
    const cols = newlineAfterBrace ? 0 : utf8Length(s, this.locLineStart, brace);
    const startLineno = t.lineno + lines;
    const startCol = lines !== 0 ? cols : t.col + cols;
    return this.host.parseFStringExpr(s.slice(brace + 1, exprEnd), startLineno, startCol);
  }

  // ------------------------------------------------------------ escapes

  /** DeprecationWarning for the invalid escape whose character(s) start at s[at]. */
  private warnEscape(s: string, at: number, t: Token): void {
    const warn = this.host.warn;
    if (!warn) return;
    const c = s.charCodeAt(at);
    const msg = c >= 0x34 && c <= 0x37
      ? `invalid octal escape sequence '\\${s.slice(at, at + 3)}'`
      : `invalid escape sequence '\\${s[at]}'`;
    warn.call(this.host, msg, t);
  }

  /** decode_unicode_with_escapes on s[start, end), to be appended to state.lastStr. */
  private decodeStr(s: string, start: number, end: number, t: Token, state: FState): string {
    let out = '';
    let i = start;
    let invalidAt = -1;
    while (i < end) {
      const bs = s.indexOf('\\', i);
      if (bs < 0 || bs >= end) break;
      if (bs > i) out += s.slice(i, bs);
      // A backslash last or before a non-ASCII character stands for itself
      // (CPython rewrites it to \u005c before decoding).
      if (bs + 1 >= end || s.charCodeAt(bs + 1) >= 0x80) {
        out += '\\';
        i = bs + 1;
        continue;
      }
      const c = s.charCodeAt(bs + 1);
      i = bs + 2;
      switch (c) {
        case NL: break;
        case BACKSLASH: out += '\\'; break;
        case SQUOTE: out += "'"; break;
        case DQUOTE: out += '"'; break;
        case 0x62: out += '\b'; break;
        case 0x66: out += '\f'; break;
        case 0x74: out += '\t'; break;
        case 0x6e: out += '\n'; break;
        case 0x72: out += '\r'; break;
        case 0x76: out += '\v'; break;
        case 0x61: out += '\x07'; break;
        case 0x30: case 0x31: case 0x32: case 0x33:
        case 0x34: case 0x35: case 0x36: case 0x37: {
          let v = c - 0x30;
          let d = s.charCodeAt(i);
          if (i < end && d >= 0x30 && d <= 0x37) {
            v = v * 8 + d - 0x30;
            i++;
            d = s.charCodeAt(i);
            if (i < end && d >= 0x30 && d <= 0x37) {
              v = v * 8 + d - 0x30;
              i++;
            }
          }
          if (v > 0o377 && invalidAt < 0) invalidAt = i - 3;
          out += String.fromCharCode(v);
          break;
        }
        case 0x78: case 0x75: case 0x55: { // x u U
          const count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
          const what = c === 0x78 ? '\\xXX' : c === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
          let v = 0;
          for (let n = 0; n < count; n++, i++) {
            if (i >= end) this.unicodeError(s, start, end, bs, end, `truncated ${what} escape`);
            const h = hexValue(s.charCodeAt(i));
            if (h < 0) this.unicodeError(s, start, end, bs, i, `truncated ${what} escape`);
            v = v * 16 + h;
          }
          if (v > 0x10ffff) this.unicodeError(s, start, end, bs, i, 'illegal Unicode character');
          if (v >= 0xd800 && v <= 0xdfff) {
            // Note escaped surrogates: a high one directly followed by a low one stays two code points.
            const at = state.lastStr.length + out.length;
            if (v <= 0xdbff) state.escHigh = at;
            else if (state.escHigh === at - 1) (state.escPairs ??= []).push(at - 1);
          }
          out += String.fromCodePoint(v);
          break;
        }
        case 0x4e: { // N
          const malformed = 'malformed \\N character escape';
          if (i >= end) this.unicodeError(s, start, end, bs, end, malformed);
          if (s.charCodeAt(i) !== LBRACE) this.unicodeError(s, start, end, bs, i, malformed);
          const nameStart = i + 1;
          let close = nameStart;
          while (close < end && s.charCodeAt(close) !== RBRACE) close++;
          if (close >= end) this.unicodeError(s, start, end, bs, end, malformed);
          if (close === nameStart) this.unicodeError(s, start, end, bs, close, malformed);
          const cp = lookupUnicodeName(s.slice(nameStart, close));
          if (cp < 0) this.unicodeError(s, start, end, bs, close + 1, 'unknown Unicode character name');
          out += String.fromCodePoint(cp);
          i = close + 1;
          break;
        }
        default:
          // Invalid escapes are kept as they are (and warned about).
          if (invalidAt < 0) invalidAt = bs + 1;
          out += '\\';
          i = bs + 1;
      }
    }
    if (i < end) out += s.slice(i, end);
    if (invalidAt >= 0) this.warnEscape(s, invalidAt, t);
    return out;
  }

  /**
   * The "(unicode error)" SyntaxError for a failed escape in s[start, end): CPython reports
   * positions in its intermediate buffer, where each non-ASCII character became a 10-byte
   * \UXXXXXXXX escape (and a backslash before one gained "u005c").
   */
  private unicodeError(s: string, start: number, end: number, errStart: number, errEnd: number, reason: string): never {
    const a = bufferPosition(s, start, end, errStart);
    const b = bufferPosition(s, start, end, errEnd);
    const detail = b === a + 1
      ? `can't decode byte 0x${s.charCodeAt(errStart).toString(16).padStart(2, '0')} in position ${a}`
      : `can't decode bytes in position ${a}-${b - 1}`;
    return this.fail(`(unicode error) 'unicodeescape' codec ${detail}: ${reason}`);
  }

  /** _PyBytes_DecodeEscape on s[start, end) (all ASCII, checked by the caller). */
  private decodeBytes(s: string, start: number, end: number, t: Token): Uint8Array {
    const out = new Uint8Array(end - start);
    let n = 0;
    let i = start;
    let invalidAt = -1;
    while (i < end) {
      const c0 = s.charCodeAt(i++);
      if (c0 !== BACKSLASH) {
        out[n++] = c0;
        continue;
      }
      const c = s.charCodeAt(i++);
      switch (c) {
        case NL: break;
        case BACKSLASH: out[n++] = 0x5c; break;
        case SQUOTE: out[n++] = 0x27; break;
        case DQUOTE: out[n++] = 0x22; break;
        case 0x62: out[n++] = 0x08; break;
        case 0x66: out[n++] = 0x0c; break;
        case 0x74: out[n++] = 0x09; break;
        case 0x6e: out[n++] = 0x0a; break;
        case 0x72: out[n++] = 0x0d; break;
        case 0x76: out[n++] = 0x0b; break;
        case 0x61: out[n++] = 0x07; break;
        case 0x30: case 0x31: case 0x32: case 0x33:
        case 0x34: case 0x35: case 0x36: case 0x37: {
          let v = c - 0x30;
          let d = s.charCodeAt(i);
          if (i < end && d >= 0x30 && d <= 0x37) {
            v = v * 8 + d - 0x30;
            i++;
            d = s.charCodeAt(i);
            if (i < end && d >= 0x30 && d <= 0x37) {
              v = v * 8 + d - 0x30;
              i++;
            }
          }
          if (v > 0o377 && invalidAt < 0) invalidAt = i - 3;
          out[n++] = v & 0xff; // C's char truncation
          break;
        }
        case 0x78: { // x
          if (i + 1 < end) {
            const h1 = hexValue(s.charCodeAt(i));
            const h2 = hexValue(s.charCodeAt(i + 1));
            if (h1 >= 0 && h2 >= 0) {
              out[n++] = h1 * 16 + h2;
              i += 2;
              break;
            }
          }
          return this.fail(`(value error) invalid \\x escape at position ${i - 2 - start}`);
        }
        default:
          if (invalidAt < 0) invalidAt = i - 1;
          out[n++] = 0x5c;
          i--; // the character after the backslash is kept as an ordinary one
      }
    }
    if (invalidAt >= 0) this.warnEscape(s, invalidAt, t);
    return n === out.length ? out : out.slice(0, n);
  }
}

function asciiBytes(s: string, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  for (let i = start; i < end; i++) out[i - start] = s.charCodeAt(i);
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/** Number of UTF-8 bytes of s[from, to). */
function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Position of s[idx] in decode_unicode_with_escapes's intermediate buffer for s[start, end). */
function bufferPosition(s: string, start: number, end: number, idx: number): number {
  let n = 0;
  for (let i = start; i < idx; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      n += i + 1 >= end || s.charCodeAt(i + 1) >= 0x80 ? 6 : 1;
    } else if (c < 0x80) {
      n++;
    } else {
      n += 10;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return n;
}

// ------------------------------------------------------------ \N{...}

let nameTable: Map<string, number> | null = null;

/** Decode the front-coded name list (see scripts/gen_unicodedata_names.py) on first use. */
function buildNameTable(): Map<string, number> {
  const { ALIASES } = loadUnicodeNames();
  const map = new Map<string, number>();
  forEachUnicodeName((name, cp) => map.set(name, cp));
  for (const line of ALIASES.split('\n')) {
    const colon = line.indexOf(':');
    map.set(line.slice(0, colon), parseInt(line.slice(colon + 1), 16));
  }
  return map;
}


/** The longest jamo name of `table` at name[pos] (CPython's find_syllable): [index, length]. */
function findJamo(name: string, pos: number, table: string[]): number {
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i];
    if (j.length > bestLen && name.startsWith(j, pos)) {
      best = i;
      bestLen = j.length;
    }
  }
  jamoLen = bestLen < 0 ? 0 : bestLen;
  return best;
}
let jamoLen = 0;

/**
 * The code point \N{name} stands for, or -1: as unicodedata's _getcode with named sequences
 * rejected. Names are matched case-insensitively, except the algorithmic Hangul syllable and
 * CJK unified ideograph names, which CPython compares case-sensitively.
 */
export function lookupUnicodeName(name: string): number {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 0x80) return -1;
  if (name.startsWith('HANGUL SYLLABLE ')) {
    let pos = 16;
    const l = findJamo(name, pos, JAMO_L);
    pos += jamoLen;
    const v = findJamo(name, pos, JAMO_V);
    pos += jamoLen;
    const t = findJamo(name, pos, JAMO_T);
    pos += jamoLen;
    if (l >= 0 && v >= 0 && t >= 0 && pos === name.length) return 0xac00 + (l * 21 + v) * 28 + t;
    return -1;
  }
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    if (name.length !== 26 && name.length !== 27) return -1;
    let v = 0;
    for (let i = 22; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) v = v * 16 + c - 0x30;
      else if (c >= 0x41 && c <= 0x46) v = v * 16 + c - 0x41 + 10;
      else return -1;
    }
    const CJK_RANGES = loadUnicodeNames().CJK_RANGES;
    for (let i = 0; i < CJK_RANGES.length; i += 2) {
      if (v >= CJK_RANGES[i] && v <= CJK_RANGES[i + 1]) return v;
    }
    return -1;
  }
  nameTable ??= buildNameTable();
  return nameTable.get(name.toUpperCase()) ?? -1;
}
