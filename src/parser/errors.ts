// SyntaxError and its subclasses as the front end raises them, carrying exactly
// the fields CPython's SyntaxError has, so they can become Python exceptions.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    /** 1-based, in characters (code points) of `text`, as CPython reports it; 0 when unknown. */
    public offset: number,
    /** The source line, including its newline where the source has one; null when unknown. */
    public text: string | null,
    public endLineno: number,
    public endOffset: number,
  ) {
    super(msg);
  }
}

/**
 * An error the tokenizer raises (tokenizer.c's syntaxerror): its offsets count characters whatever the source,
 * where the parser's count bytes in a bytes source that declares no encoding (builtins.ts, withByteOffsets).
 */
export class PyTokenizerError extends PySyntaxError {}

/** Convert a 0-based UTF-8 byte column in `line` to a 1-based code-point offset. */
export function byteColToOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    // A lone \udc80-\udcff escapes one undecodable byte of the source (source.ts).
    bytes += cp < 0x80 || (cp >= 0xdc80 && cp <= 0xdcff) ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  // CPython clamps to the end of the line (decoding one byte past it counts one more character).
  return chars + 1;
}

/** UTF-8 length of `s` (up to UTF-16 index `end`); lone surrogates count 3 bytes. */
function utf8Length(s: string, end = s.length): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Format a SyntaxError the way CPython 3.11 prints an uncaught one
 * (pythonrun.c print_exception_file_and_line + print_error_text): File/line,
 * the source line without its indentation, the caret line, and the message.
 *
 * CPython mixes units there: `offset`/`end_offset` are code points, but the
 * line length they are clipped against is the UTF-8 byte length, and the
 * embedded-newline skipping works on bytes. Reproducing that exactly (rather
 * than "fixing" it) is what keeps stderr byte-identical for non-ASCII lines.
 */
export function formatSyntaxError(e: PySyntaxError, zeroIsNone = true): string {
  const tail = e.msg === '' ? `${e.kind}\n` : `${e.kind}: ${e.msg}\n`;
  // A lineno below 1 stands for None (source.ts raises decoding errors with 0): CPython then prints
  // the message alone, as for a script's "Non-UTF-8 code starting with ..." or "encoding problem: ...".
  // Not so for a SyntaxError made in Python with line 0 (the REPL's undecodable line): zeroIsNone false.
  if (e.lineno < 1 && zeroIsNone) return tail;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text;
    // C strings end at the first NUL.
    const nul = text.indexOf('\0');
    if (nul >= 0) text = text.slice(0, nul);
    const lineSize = utf8Length(e.text);
    // Only SyntaxError itself gets a caret range; its subclasses (IndentationError, TabError) one caret.
    let endOffset = e.kind === 'SyntaxError' ? e.endOffset : -1;
    // A range over several lines is shown up to the end of its first line.
    if (e.endLineno > e.lineno && e.kind === 'SyntaxError') endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    let offset = e.offset;
    const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    // Strip leading whitespace, shifting the caret with it.
    let start = 0;
    while (start < text.length) {
      const c = text.charCodeAt(start);
      if (c !== 32 && c !== 9 && c !== 12) break;
      start++;
      offset--;
    }
    text = text.slice(start);
    let len = utf8Length(text);
    if (len > 0 && text.charCodeAt(text.length - 1) === 10) len--;
    if (offset > len) offset = len;
    // Skip whole lines of a multi-line text that end before the caret (byte-wise).
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl < 0) break;
      const inl = utf8Length(text, nl);
      if (inl >= offset) break;
      text = text.slice(nl + 1);
      len -= inl + 1;
      offset -= inl + 1;
    }
    out += '    ' + text;
    // `len` stops short of a trailing newline, so one is added only when missing.
    if (text.charCodeAt(text.length - 1) !== 10) out += '\n';
    if (offset >= 0) out += '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
  }
  return out + tail;
}

/**
 * The parser's stack overflowed (CPython's MAXSTACK of 6000 nested rules): CPython raises
 * MemoryError with no message. Thrown by the parser; the interpreter turns it into MemoryError.
 */
export class PyParserMemoryError extends Error {
  constructor() {
    super('');
  }
}
