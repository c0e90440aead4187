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

/** Convert a 0-based UTF-8 byte column in `line` to a 1-based code-point offset. */
export function byteColToOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars + 1 + Math.max(0, byteCol - bytes);
}

/**
 * Format a SyntaxError the way CPython's traceback printing does for an
 * uncaught one: File/line, the stripped source line, the caret line, and the
 * message.
 */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text;
    // CPython strips the newline and leading whitespace, shifting the carets to match.
    const nl = text.indexOf('\n');
    if (nl >= 0) text = text.slice(0, nl);
    const stripped = text.replace(/^[ \t\f]+/, '');
    const removed = [...text].length - [...stripped].length;
    const line = stripped.replace(/[ \t\f\r]+$/, '');
    out += `    ${line}\n`;
    if (e.offset >= 1) {
      const start = e.offset - removed;
      let end = e.endLineno === e.lineno && e.endOffset > e.offset ? e.endOffset - removed : start + 1;
      const len = [...line].length;
      if (start >= 1) {
        if (end > len + 1) end = len + 1;
        if (end <= start) end = start + 1;
        out += '    ' + ' '.repeat(start - 1) + '^'.repeat(end - start) + '\n';
      }
    }
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}
