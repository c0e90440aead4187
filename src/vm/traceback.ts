// Printing uncaught exceptions exactly as CPython 3.11 does (Python/pythonrun.c, traceback.c):
// chained sections, source lines, the ^^^^ / ~~~^~~~ position markers, repeated-line folding and
// "Did you mean" suggestions.
import { readFileSync } from 'node:fs';
import { PyValue, PyDict, PyType, PyTuple, None, typeOf, dictType } from '../objects/object.js';
import { PyBaseException, PyTraceback, NameError, AttributeError, UnboundLocalError, PyExceptionGroup, SyntaxError } from '../objects/exceptions.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { str, getAttrOpt, callSpecial, toArray, repr } from '../objects/abstract.js';
import { parse } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import type { Frame } from './ceval.js';
import type * as A from '../parser/ast.js';

const sourceCache = new Map<string, string[] | null>();

/**
 * Lines of a source file (for tracebacks), or null when unreadable: decoded by its coding cookie, as
 * _Py_DisplaySourceLine reads it (UTF-8 without one; text it cannot decode leniently).
 */
export function getLines(filename: string): string[] | null {
  let l = sourceCache.get(filename);
  if (l === undefined) {
    try {
      const bytes = readFileSync(filename);
      let text: string;
      try {
        text = decodeSource(bytes, filename);
      } catch {
        text = bytes.toString('utf8');
      }
      l = text.split(/\r\n|\r|\n/);
    } catch {
      l = null;
    }
    sourceCache.set(filename, l);
  }
  return l;
}

/** The UTF-16 index in `line` of its UTF-8 byte offset `byteOff`. */
export function byteToChar(line: string, byteOff: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of line) {
    if (bytes >= byteOff) return i;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

interface Anchors {
  left: number;
  right: number;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

function anchorsFor(segment: string): Anchors | null {
  let tree: A.mod;
  try {
    tree = parse(segment, '<string>', 'exec');
  } catch {
    return null;
  }
  const body = (tree as A.Module).body;
  if (body.length !== 1) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = (st as A.Expr).value;
  const norm = (o: number) => byteToChar(segment, o);
  if (e._type === 'BinOp') {
    const b = e as A.BinOp;
    const opStart = norm(b.left.end_col_offset!);
    const opEnd = norm(b.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.replace(/^\s+/, '').length;
    let left = b.left.end_col_offset! + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (e._type === 'Subscript') {
    const s = e as A.Subscript;
    let left = norm(s.value.end_col_offset!);
    let right = norm(s.slice.end_col_offset! + 1);
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

function formatEntry(tb: PyTraceback): string {
  const f = tb.frame as Frame;
  const code = f.code;
  const lineno = tb.lineno;
  let out = `  File "${code.filename}", line ${lineno < 0 ? '?' : lineno}, in ${code.name}\n`;
  if (!(lineno > 0)) return out;
  const lines = getLines(code.filename);
  const original = lines?.[lineno - 1];
  if (typeof original !== 'string') return out;
  const stripped = original.replace(/^[ \t\f]+/, '').replace(/[ \t\f\r\n\v]+$/, '');
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const [l, el, c, ec] = code.positionsAt(tb.lasti);
  if (l < 0 || c < 0 || ec < 0 || el < 0) return out;
  const strippedChars = original.length - original.replace(/^[ \t\f]+/, '').length;
  let start = byteToChar(original, c);
  let end = byteToChar(original, ec);
  let anchors: Anchors | null = null;
  if (l === el) {
    anchors = anchorsFor(original.slice(start, end));
  } else {
    end = strippedChars + stripped.length;
  }
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    if (start < strippedChars) start = strippedChars;
    let marks = '    ' + ' '.repeat(start - strippedChars);
    if (anchors !== null) {
      marks += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(end - start - anchors.right);
    } else marks += '^'.repeat(end - start);
    out += marks + '\n';
  }
  return out;
}

function formatTraceback(tb: PyTraceback | null, limit: number): string {
  const entries: PyTraceback[] = [];
  for (let t = tb; t !== null; t = t.next) entries.push(t);
  const first = Math.max(0, entries.length - limit);
  let out = '';
  let last: string | null = null;
  let count = 0;
  for (let i = first; i < entries.length; i++) {
    const t = entries[i];
    const f = t.frame as Frame;
    const key = `${f.code.filename}\0${t.lineno}\0${f.code.name}`;
    if (key === last) {
      count++;
      if (count > 3) continue;
    } else {
      if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
      last = key;
      count = 1;
    }
    out += formatEntry(t);
  }
  if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
  return out;
}

// ---------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c)

const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  const ab = Buffer.from(a0, 'utf8');
  const bb = Buffer.from(b0, 'utf8');
  let as = 0, ae = ab.length, bs = 0, be = bb.length;
  while (as < ae && bs < be && ab[as] === bb[bs]) { as++; bs++; }
  while (as < ae && bs < be && ab[ae - 1] === bb[be - 1]) { ae--; be--; }
  let a = ab.subarray(as, ae);
  let b = bb.subarray(bs, be);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buf = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) buf[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = buf[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buf[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function suggest(candidates: PyValue[], name: string): string | null {
  if (candidates.length >= 750) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  const nlen = Buffer.byteLength(name, 'utf8');
  for (const item of candidates) {
    if (typeof item !== 'string') continue;
    if (item === name) continue;
    let maxDist = Math.floor(((nlen + Buffer.byteLength(item, 'utf8') + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, item, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

function suggestion(exc: PyBaseException): string | null {
  const name = (exc as PyBaseException & { attrName?: string }).attrName;
  if (typeof name !== 'string') return null;
  try {
    if (exc.cls.isSubtype(NameError) && !exc.cls.isSubtype(UnboundLocalError)) {
      let tb = exc.traceback;
      if (tb === null) return null;
      while (tb.next !== null) tb = tb.next;
      const f = tb.frame as Frame;
      const varnames = f.code.localsplusnames.filter((_, i) => f.code.kinds[i] & 0x20);
      let s = suggest(varnames, name);
      if (s !== null) return s;
      s = suggest(dictKeys(f.globals), name);
      if (s !== null) return s;
      return suggest(dictKeys(f.builtins), name);
    }
    if (exc.cls.isSubtype(AttributeError)) {
      const obj = exc.value;
      const d = callSpecial(obj, '__dir__', []);
      if (d === undefined) return null;
      const names = toArray(d);
      names.sort((x, y) => (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0));
      return suggest(names, name);
    }
  } catch {
    return null;
  }
  return null;
}

function dictKeys(d: PyDict): PyValue[] {
  return Array.from(d.t.map.values()).map((e) => e.key);
}

// ---------------------------------------------------------------------------

export function excTypeName(t: PyType): string {
  const mod = t.tdict.get('__module__');
  const m = typeof mod === 'string' ? mod : 'builtins';
  if (m === 'builtins' || m === '__main__') return t.qualname;
  return `${m}.${t.qualname}`;
}

/**
 * A SyntaxError's location as pythonrun.c's parse_syntax_error reads it from the attributes, or
 * null when they do not parse (lineno not an int...): the error then prints as any exception.
 */
function syntaxLocation(exc: PyBaseException): PySyntaxError | null {
  try {
    const msg = getAttrOpt(exc, 'msg');
    const filename = getAttrOpt(exc, 'filename');
    const lineno = getAttrOpt(exc, 'lineno');
    const offset = getAttrOpt(exc, 'offset');
    const text = getAttrOpt(exc, 'text');
    if (msg === undefined || typeof lineno !== 'number') return null;
    if (offset !== undefined && offset !== None && typeof offset !== 'number') return null;
    let endLineno = -1;
    let endOffset = -1;
    if (exc.cls === SyntaxError) {
      const el = getAttrOpt(exc, 'end_lineno');
      const eo = getAttrOpt(exc, 'end_offset');
      endLineno = typeof el === 'number' ? el : lineno;
      endOffset = typeof eo === 'number' ? eo : -1;
    }
    const fn = filename === undefined || filename === None ? '<string>' : str(filename);
    const t = text === undefined || text === None ? null : str(text);
    return new PySyntaxError(excTypeName(exc.cls) as PySyntaxError['kind'], str(msg), fn, lineno,
      typeof offset === 'number' ? offset : -1, t, endLineno, endOffset);
  } catch {
    return null;
  }
}

/** The last line(s): `Type: message` plus notes, each line after `margin`. */
export function formatExceptionOnly(exc: PyBaseException, margin = ''): string {
  const stype = excTypeName(exc.cls);
  if (exc.cls.isSubtype(SyntaxError)) {
    const loc = syntaxLocation(exc);
    if (loc !== null) {
      // pythonrun.c writes the margin before the File line only: the source and caret lines go
      // out without it, even inside an exception group.
      // Line 0 means no location for a script's decoding errors only; made in Python, or by compile()'s
      // decoding (offset -1), it is printed (`File "f", line 0`).
      const made = (exc as PyBaseException & { syntax?: PySyntaxError }).syntax === undefined;
      const lines = formatSyntaxError(loc, !made && loc.offset !== -1).split('\n');
      lines.pop();
      lines.pop();
      let out = lines.length > 0 ? margin + lines.join('\n') + '\n' : '';
      out += margin + (loc.msg === '' ? `${stype}\n` : `${stype}: ${loc.msg}\n`);
      return out + formatNotes(exc, margin);
    }
  }
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const s = suggestion(exc);
  if (s !== null) msg += `. Did you mean: '${s}'?`;
  let out = margin + (msg === '' ? `${stype}\n` : `${stype}: ${msg}\n`);
  return out + formatNotes(exc, margin);
}

/** __notes__ as pythonrun.c's print_exception_notes writes them (a non-sequence: its repr, no newline). */
function formatNotes(exc: PyBaseException, margin: string): string {
  let notes: PyValue | undefined;
  try {
    notes = getAttrOpt(exc, '__notes__');
  } catch {
    return '';
  }
  if (notes === undefined) return '';
  const t = typeOf(notes);
  if (t.lookup('__getitem__') === undefined || t.isSubtype(dictType)) {
    let r: string;
    try {
      r = repr(notes);
    } catch {
      r = '<__notes__ repr() failed>';
    }
    return margin + r;
  }
  let out = '';
  let items: PyValue[];
  try {
    items = toArray(notes);
  } catch {
    return '';
  }
  for (const n of items) {
    let text: string | null;
    try {
      text = str(n);
    } catch {
      text = null;
    }
    if (text === null) out += '<note str() failed>';
    else for (const line of splitLinesKeepEnds(text)) out += margin + line;
    out += '\n';
  }
  return out;
}

/** str.splitlines(keepends=True) for the line breaks a note may contain. */
function splitLinesKeepEnds(s: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** State of one print, as pythonrun.c's exception_print_context. */
class PrintContext {
  seen = new Set<PyBaseException>();
  depth = 0;
  needClose = false;
  constructor(public limit: number) {}
  indent(): string {
    return ' '.repeat(2 * this.depth);
  }
  margin(): string {
    return this.depth > 0 ? this.indent() + '| ' : '';
  }
}

function prefixLines(text: string, prefix: string): string {
  if (prefix === '') return text;
  return text.split('\n').map((l, i, a) => (i === a.length - 1 && l === '' ? '' : prefix + l)).join('\n');
}

function printChained(ctx: PrintContext, exc: PyBaseException, message: string): string {
  const needClose = ctx.needClose;
  let out = printRecursive(ctx, exc);
  ctx.needClose = needClose;
  const m = ctx.margin();
  out += `${m}\n${m}${message}${m}\n`;
  return out;
}

function printRecursive(ctx: PrintContext, exc: PyBaseException): string {
  let out = '';
  ctx.seen.add(exc);
  if (exc.cause !== null) {
    if (!ctx.seen.has(exc.cause)) out += printChained(ctx, exc.cause, 'The above exception was the direct cause of the following exception:\n');
  } else if (!exc.suppressContext && exc.context !== null && !ctx.seen.has(exc.context)) {
    out += printChained(ctx, exc.context, 'During handling of the above exception, another exception occurred:\n');
  }
  if (!(exc instanceof PyExceptionGroup)) return out + printOne(ctx, exc);
  if (ctx.depth > MAX_GROUP_DEPTH) return out + `${ctx.margin()}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
  const toplevel = ctx.depth === 0;
  if (toplevel) ctx.depth++;
  out += printOne(ctx, exc);
  const excs = exc.excs.items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += `${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += printRecursive(ctx, excs[i] as PyBaseException);
    else {
      const rem = excs.length - MAX_GROUP_WIDTH;
      out += `${ctx.margin()}and ${rem} more exception${rem > 1 ? 's' : ''}\n`;
    }
    if (last && ctx.needClose) {
      out += `${ctx.indent()}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth--;
  return out;
}

/** One exception without its chain: traceback (with its header), message, notes. */
function printOne(ctx: PrintContext, exc: PyBaseException): string {
  let out = '';
  const margin = ctx.margin();
  // sys.tracebacklimit <= 0: the exception alone, without even the header (_PyTraceBack_Print).
  if (exc.traceback !== null && ctx.limit > 0) {
    const group = exc instanceof PyExceptionGroup;
    const header = group ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n';
    const headerMargin = ctx.depth === 0 ? '' : group && ctx.depth === 1 ? ctx.indent() + '+ ' : margin;
    out += headerMargin + header;
    out += prefixLines(formatTraceback(exc.traceback, ctx.limit), margin);
  }
  return out + formatExceptionOnly(exc, margin);
}

/** The exception alone, as the default sys.unraisablehook writes it (no chained exceptions). */
export function formatExceptionUnchained(exc: PyBaseException): string {
  const tb = exc.traceback === null ? '' : 'Traceback (most recent call last):\n' + formatTraceback(exc.traceback, 1000);
  return tb + formatExceptionOnly(exc);
}

export function formatException(exc: PyBaseException, limit = 1000): string {
  return printRecursive(new PrintContext(limit), exc);
}

/** Hook to write to stderr (set by sys.ts to keep stdout/stderr ordering). */
export const tbHooks: { write: (s: string) => void; tracebackLimit: () => number } = {
  write: (s) => {
    process.stderr.write(s);
  },
  tracebackLimit: () => 1000,
};

export function printException(exc: PyBaseException): void {
  tbHooks.write(formatException(exc, tbHooks.tracebackLimit()));
}

void [PyTuple, typeOf, getAttrOpt, repr];
