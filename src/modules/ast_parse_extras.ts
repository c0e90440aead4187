// What CPython's parser does for compile(..., PyCF_ONLY_AST) / ast.parse and Typhon's parser does not,
// done around it on the token stream and the parsed tree: the 'func_type' start rule, type comments
// (PyCF_TYPE_COMMENTS) and feature_version's refusals of newer syntax. Used by _ast.ts.
import * as A from '../parser/ast.js';
import { PyComplex } from '../parser/constants.js';
import { parse } from '../parser/parser.js';
import { Tokenizer } from '../parser/tokenizer.js';
import { Token, T } from '../parser/tokens.js';
import { PySyntaxError } from '../parser/errors.js';
import type { Pos } from './ast_validate.js';

// ---------------------------------------------------------------------------
// compile(source, filename, 'func_type', PyCF_ONLY_AST): "(argtypes) -> returns", as type comments of
// functions write them (Grammar/python.gram's func_type rule). The parser has no such start rule: the
// structure is found in the token stream and each expression is parsed by the parser's eval mode from
// the source with everything else blanked out (bytes kept, so positions stay those of the source).

/** The whole source blanked but for tokens [from, to), wrapped in parentheses placed before and after. */
function isolate(text: string, open: Token, from: Token, to: Token): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  const inside = (l: number, b: number): boolean =>
    (l > from.lineno || (l === from.lineno && b >= from.col)) && (l < to.endLineno || (l === to.endLineno && b < to.endCol));
  for (let li = 0; li < lines.length; li++) {
    const l = li + 1;
    let b = 0;
    let s = '';
    for (const ch of lines[li]) {
      const cp = ch.codePointAt(0)!;
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (ch === '\n' || ch === '\r') s += ch;
      else if (l === open.lineno && b === open.col) s += '(' + ' '.repeat(n - 1);
      else s += inside(l, b) ? ch : ' '.repeat(n);
      b += n;
    }
    out.push(s);
  }
  return out.join('') + ')';
}

/** Every token of `text`, ENDMARKER included (the tokenizer's SyntaxErrors raise). */
function allTokens(text: string, filename: string, execInput: boolean): Token[] {
  const tk = new Tokenizer(text, filename, { execInput, errors: 'string' });
  const toks: Token[] = [];
  for (;;) {
    const t = tk.next();
    toks.push(t);
    if (t.type === T.ENDMARKER) return toks;
  }
}

export function parseFuncType(text: string, filename: string): A.FunctionType {
  const toks = allTokens(text, filename, false);
  const lines = text.split(/(?<=\n)/);
  const bad = (t: Token): never => {
    throw new PySyntaxError('SyntaxError', 'invalid syntax', filename, t.lineno, t.col + 1, lines[t.lineno - 1] ?? null, t.endLineno, t.endCol + 1);
  };
  const expr = (from: number, to: number): A.expr => {
    if (from >= to) bad(toks[from]);
    const tree = parse(isolate(text, toks[0], toks[from], toks[to - 1]), filename, 'eval') as A.Expression;
    return tree.body;
  };
  if (toks[0].type !== T.LPAR) bad(toks[0]);
  // The parts between the outer parentheses, split at their commas.
  const parts: [number, number][] = [];
  let depth = 0;
  let start = 1;
  let i = 1;
  for (; ; i++) {
    const ty = toks[i].type;
    if (ty === T.ENDMARKER) bad(toks[i]);
    if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) depth++;
    else if (depth > 0 && (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE)) depth--;
    else if (depth === 0 && (ty === T.COMMA || ty === T.RPAR)) {
      if (i === start) {
        if (ty === T.RPAR && parts.length === 0) break; // "()"
        bad(toks[i]);
      }
      parts.push([start, i]);
      start = i + 1;
      if (ty === T.RPAR) break;
    }
  }
  // type_expressions: plain expressions, then at most one *expr, then at most one **expr.
  const argtypes: A.expr[] = [];
  let stage = 0;
  for (const [from, to] of parts) {
    const ty = toks[from].type;
    const st = ty === T.STAR ? 1 : ty === T.DOUBLESTAR ? 2 : 0;
    if (st < stage || (st !== 0 && st === stage)) bad(toks[from]);
    stage = st;
    argtypes.push(expr(st === 0 ? from : from + 1, to));
  }
  if (toks[i + 1].type !== T.RARROW) bad(toks[i + 1]);
  const rfrom = i + 2;
  let rto = rfrom;
  depth = 0;
  for (; toks[rto].type !== T.NEWLINE && toks[rto].type !== T.ENDMARKER; rto++) {
    const ty = toks[rto].type;
    if (ty === T.LPAR || ty === T.LSQB || ty === T.LBRACE) depth++;
    else if (ty === T.RPAR || ty === T.RSQB || ty === T.RBRACE) depth--;
    else if (depth === 0 && ty === T.COMMA) bad(toks[rto]);
  }
  const returns = expr(rfrom, rto);
  for (let k = rto; toks[k].type !== T.ENDMARKER; k++) if (toks[k].type !== T.NEWLINE) bad(toks[k]);
  return new A.FunctionType(argtypes, returns);
}

// ---------------------------------------------------------------------------
// Type comments (PyCF_TYPE_COMMENTS, ast.parse(type_comments=True)). CPython's tokenizer turns
// "# type: ignore..." into TYPE_IGNORE (collected as Module.type_ignores) and other "# type: ..." comments
// into TYPE_COMMENT tokens, which the grammar accepts after an assignment, after the colon of a def, for
// or with header (or, for a def, alone on the line before its body), and after a parameter's comma or
// before the closing parenthesis; anywhere else they are a syntax error. Typhon's parser skips comments,
// so the comments are found between the tokens afterwards and attached to the parsed nodes by position.

interface TypeComment { lineno: number; charCol: number; text: string; ignore: boolean; prev: number; next: number }

const key = (line: number, col: number): number => line * 1048576 + col;

/** A "# type: ..." comment (tokenizer.c's type_comment_prefix "# type: ", a space matching any run of blanks). */
function typeCommentPayload(comment: string): { ignore: boolean; text: string } | null {
  const prefix = '# type: ';
  let p = 0;
  for (let i = 0; i < prefix.length; i++) {
    if (prefix[i] === ' ') {
      while (comment[p] === ' ' || comment[p] === '\t') p++;
    } else if (comment[p] === prefix[i]) p++;
    else return null;
  }
  const rest = comment.slice(p);
  // "ignore" ends the token or is followed by anything ASCII and not alphanumeric.
  const ignore = rest.startsWith('ignore') && (rest.length === 6 || (rest.charCodeAt(6) < 128 && !/[A-Za-z0-9]/.test(rest[6])));
  return { ignore, text: ignore ? rest.slice(6) : rest };
}

/** The type comments of `text`, each with the indexes of the tokens around it. */
function findTypeComments(text: string, filename: string, toks: Token[]): TypeComment[] {
  const lines = text.split(/(?<=\n)/);
  const index = (line: number, byteCol: number): number => {
    const s = lines[line - 1] ?? '';
    let b = 0;
    let i = 0;
    while (i < s.length && b < byteCol) {
      const cp = s.codePointAt(i)!;
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  };
  const out: TypeComment[] = [];
  // Tokens covering source text: NEWLINE (which Typhon starts at a trailing comment), INDENT, DEDENT
  // and ENDMARKER do not.
  const covering = (t: Token): boolean => t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  let prev = -1;
  let line = 1;
  let col = 0; // character index in `line` where the current gap starts
  const scanGap = (toLine: number, toCol: number, next: number): void => {
    for (let l = line; l <= toLine && l <= lines.length; l++) {
      const s = lines[l - 1];
      const from = l === line ? col : 0;
      const to = l === toLine ? toCol : s.length;
      const hash = s.indexOf('#', from);
      if (hash < 0 || hash >= to) continue;
      const comment = s.slice(hash).replace(/\r?\n$/, '');
      const tc = typeCommentPayload(comment);
      if (tc === null) continue;
      out.push({ lineno: l, charCol: hash + comment.length - tc.text.length - (tc.ignore ? 6 : 0), text: tc.text, ignore: tc.ignore, prev, next });
    }
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!covering(t)) continue;
    scanGap(t.lineno, index(t.lineno, t.col), i);
    prev = i;
    line = t.endLineno;
    col = index(t.endLineno, t.endCol);
  }
  scanGap(lines.length, Infinity, toks.length - 1);
  void filename;
  return out;
}

/** Attach the type comments of `text` to `tree` (parsed from it) as CPython's grammar does, or raise its SyntaxError. */
export function applyTypeComments(tree: A.mod, text: string, filename: string): void {
  const toks = allTokens(text, filename, true);
  const comments = findTypeComments(text, filename, toks);
  if (comments.length === 0) return;
  // Where each kind of type comment may stand, by the token before it.
  const headerColon = new Map<number, { node: { type_comment: string | null }; def: boolean }>();
  const paramComma = new Map<number, A.arg>();
  const paramEnd = new Map<number, A.arg>();
  const assignEnd = new Map<number, A.Assign>();
  const firstTokenAt = (line: number, col: number): number => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid];
      if (t.lineno < line || (t.lineno === line && t.col < col)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const isCovering = (t: Token): boolean => t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  const nextCovering = (i: number): number => {
    while (i < toks.length && !isCovering(toks[i])) i++;
    return i;
  };
  /** The colon ending a compound statement's header: the first at bracket depth 0 that closes no lambda. */
  const headerColonOf = (s: Pos): number => {
    let depth = 0;
    let lambdas = 0;
    for (let i = firstTokenAt(s.lineno, s.col_offset); i < toks.length; i++) {
      const t = toks[i];
      if (t.type === T.LPAR || t.type === T.LSQB || t.type === T.LBRACE) depth++;
      else if (t.type === T.RPAR || t.type === T.RSQB || t.type === T.RBRACE) depth--;
      else if (depth === 0 && t.type === T.NAME && t.string === 'lambda') lambdas++;
      else if (depth === 0 && t.type === T.COLON) {
        if (lambdas === 0) return i;
        lambdas--;
      }
    }
    return -1;
  };
  const params = (a: A.Arguments): void => {
    const positional = [...a.posonlyargs, ...a.args];
    const extents: [A.arg, Pos][] = [];
    positional.forEach((p, i) => {
      const d = a.defaults[i - (positional.length - a.defaults.length)];
      extents.push([p, d ?? p]);
    });
    if (a.vararg !== null) extents.push([a.vararg, a.vararg]);
    a.kwonlyargs.forEach((p, i) => extents.push([p, a.kw_defaults[i] ?? p]));
    if (a.kwarg !== null) extents.push([a.kwarg, a.kwarg]);
    for (const [p, ext] of extents) {
      const after = nextCovering(firstTokenAt(ext.end_lineno, ext.end_col_offset));
      const t = toks[after];
      if (t === undefined) continue;
      if (t.type === T.COMMA) paramComma.set(after, p);
      else if (t.type === T.RPAR) paramEnd.set(key(ext.end_lineno, ext.end_col_offset), p);
    }
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    switch (n._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': case 'For': case 'AsyncFor': case 'With': case 'AsyncWith': {
        const c = headerColonOf(n as unknown as Pos);
        if (c >= 0) headerColon.set(c, { node: n as unknown as { type_comment: string | null }, def: n._type.endsWith('FunctionDef') });
        if (n._type.endsWith('FunctionDef')) params(n.args as A.Arguments);
        break;
      }
      case 'Assign': {
        const s = n as unknown as A.Assign;
        assignEnd.set(key(s.end_lineno, s.end_col_offset), s);
        break;
      }
    }
    if (n._type === undefined) return;
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(tree);
  const ignores: A.TypeIgnore[] = [];
  const lines = text.split(/(?<=\n)/);
  const typeCommentLines = new Map<object, number>();
  for (const c of comments) {
    if (c.ignore) {
      ignores.push(new A.TypeIgnore(c.lineno, c.text));
      continue;
    }
    const p = c.prev >= 0 ? toks[c.prev] : null;
    const sameLine = p !== null && p.endLineno === c.lineno;
    let target: { type_comment: string | null } | undefined;
    if (p !== null && sameLine) {
      const h = headerColon.get(c.prev);
      if (h !== undefined && h.node.type_comment === null) target = h.node;
      target ??= paramComma.get(c.prev) ?? assignEnd.get(key(p.endLineno, p.endCol));
      if (target === undefined && toks[c.next]?.type === T.RPAR) target = paramEnd.get(key(p.endLineno, p.endCol));
    } else if (p !== null) {
      // A def's type comment may stand alone on the line before its body: NEWLINE TYPE_COMMENT NEWLINE INDENT.
      const h = headerColon.get(c.prev);
      const nl = toks[c.prev + 1];
      const indentFollows = toks.slice(c.prev + 1, c.next).some((t) => t.type === T.INDENT && t.lineno > c.lineno);
      if (h !== undefined && h.def && nl.type === T.NEWLINE && nl.lineno < c.lineno && indentFollows) {
        const def = h.node as unknown as A.FunctionDef;
        const body = def.body[0];
        if (h.node.type_comment === null) target = h.node;
        else if (typeCommentLines.get(def) === def.lineno) {
          // invalid_double_type_comments: one after the colon, one alone; reported at the body's INDENT.
          throw new PySyntaxError('SyntaxError', 'Cannot have two type comments on def', filename, body.lineno, body.col_offset,
            lines[body.lineno - 1] ?? null, body.lineno, -1);
        } else {
          // Two alone: no block follows the first (invalid_def_raw).
          const offset = c.charCol + 1;
          throw new PySyntaxError('IndentationError', `expected an indented block after function definition on line ${def.lineno}`,
            filename, c.lineno, offset, lines[c.lineno - 1] ?? null, c.lineno, offset + c.text.replace(/\s+$/, '').length);
        }
      }
    }
    if (target === undefined) {
      // The parser stops at the TYPE_COMMENT token, which starts after the "# type: " prefix.
      const offset = c.charCol + 1;
      // invalid_star_etc: `'*' ',' TYPE_COMMENT` in a parameter list.
      const bare = p !== null && p.type === T.COMMA && toks[c.prev - 1]?.type === T.STAR &&
        (toks[c.prev - 2]?.type === T.LPAR || toks[c.prev - 2]?.type === T.COMMA);
      throw new PySyntaxError('SyntaxError', bare ? 'bare * has associated type comment' : 'invalid syntax', filename, c.lineno,
        offset, lines[c.lineno - 1] ?? null, c.lineno, offset + c.text.length);
    }
    typeCommentLines.set(target, c.lineno);
    target.type_comment = c.text;
  }
  if (tree._type === 'Module') tree.type_ignores.push(...ignores);
}

// ---------------------------------------------------------------------------
// feature_version (ast.parse(feature_version=(3, N)), compile(_feature_version=N) with PyCF_ONLY_AST): the
// grammar's CHECK_VERSION refusals of newer syntax, made on the parsed tree. A rule refuses when it
// completes, so the tree is checked in post-order; the error stands at the token the parser had fetched
// last, the one after the construct. (Not emulated: below 3.7, 'async' and 'await' as identifiers.)

export function checkFeatureVersion(tree: A.mod, minor: number, text: string, filename: string): void {
  if (minor >= 11) return;
  const toks = allTokens(text, filename, true);
  const lines = text.split(/(?<=\n)/);
  const real = (t: Token): boolean => t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER;
  const tokenAt = (line: number, col: number): number => {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (real(t) && (t.lineno > line || (t.lineno === line && t.col >= col))) return i;
    }
    return -1;
  };
  const charCol = (line: number, byteCol: number): number => {
    const s = lines[line - 1] ?? '';
    return Buffer.from(s, 'utf8').subarray(0, byteCol).toString('utf8').length;
  };
  const fail = (what: string, version: number, line: number, col: number): never => {
    const offset = charCol(line, col) + 1;
    throw new PySyntaxError('SyntaxError', `${what} only supported in Python 3.${version} and greater`, filename, line, offset,
      lines[line - 1] ?? null, line, offset);
  };
  /** At the token after a construct ending at (line, col). */
  const failAfter = (what: string, version: number, line: number, col: number): never => {
    const i = tokenAt(line, col);
    return i < 0 ? fail(what, version, line, col) : fail(what, version, toks[i].lineno, toks[i].col);
  };
  const check = (version: number): boolean => minor < version;
  const sourceOf = (n: Pos): string => {
    const a = lines[n.lineno - 1] ?? '';
    if (n.lineno !== n.end_lineno) return a.slice(charCol(n.lineno, n.col_offset));
    return a.slice(charCol(n.lineno, n.col_offset), charCol(n.lineno, n.end_col_offset));
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    if (n._type === undefined) return;
    const pos = n as unknown as Pos;
    if (n._type === 'AugAssign' && (n as unknown as A.AugAssign).op._type === 'MatMult' && check(5)) {
      const t = toks[tokenAt(pos.lineno, pos.col_offset)];
      // The augassign rule checks its operator token as soon as it is read.
      const target = (n as unknown as A.AugAssign).target;
      const op = toks[tokenAt(target.end_lineno, target.end_col_offset)] ?? t;
      fail("The '@' operator is", 5, op.lineno, op.col);
    }
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
    switch (n._type) {
      case 'Constant': {
        const v = (n as unknown as A.Constant).value;
        if ((typeof v === 'bigint' || typeof v === 'number' || v instanceof PyComplex) && check(6) && sourceOf(pos).includes('_')) {
          fail('Underscores in numeric literals are', 6, pos.lineno, pos.col_offset);
        }
        break;
      }
      case 'JoinedStr':
        if (check(6)) failAfter('Format strings are', 6, pos.end_lineno, pos.end_col_offset);
        if (check(8) && hasDebugField(sourceOf(pos))) failAfter('f-string: self documenting expressions are', 8, pos.end_lineno, pos.end_col_offset);
        break;
      case 'BinOp':
        if ((n as unknown as A.BinOp).op._type === 'MatMult' && check(5)) failAfter("The '@' operator is", 5, pos.end_lineno, pos.end_col_offset);
        break;
      case 'NamedExpr': if (check(8)) failAfter('Assignment expressions are', 8, pos.end_lineno, pos.end_col_offset); break;
      case 'Await': if (check(5)) failAfter('Await expressions are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'comprehension': {
        const c = n as unknown as A.comprehension;
        if (c.is_async && check(6)) {
          const last: Pos = c.ifs.length > 0 ? c.ifs[c.ifs.length - 1] : c.iter;
          failAfter('Async comprehensions are', 6, last.end_lineno, last.end_col_offset);
        }
        break;
      }
      case 'arguments': {
        const a = n as unknown as A.Arguments;
        if (a.posonlyargs.length > 0 && check(8)) {
          // The parameters rule ends at the ')' of a def or the ':' of a lambda.
          const last = a.posonlyargs[a.posonlyargs.length - 1];
          let depth = 0;
          for (let i = tokenAt(last.end_lineno, last.end_col_offset); i >= 0 && i < toks.length; i++) {
            const t = toks[i];
            if (t.type === T.LPAR || t.type === T.LSQB || t.type === T.LBRACE) depth++;
            else if ((t.type === T.RPAR && depth === 0) || (t.type === T.COLON && depth === 0)) fail('Positional-only parameters are', 8, t.lineno, t.col);
            else if (t.type === T.RPAR || t.type === T.RSQB || t.type === T.RBRACE) depth--;
          }
        }
        break;
      }
      case 'AnnAssign': if (check(6)) failAfter('Variable annotation syntax is', 6, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncFunctionDef': if (check(5)) failAfter('Async functions are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncFor': if (check(5)) failAfter('Async for loops are', 5, pos.end_lineno, pos.end_col_offset); break;
      case 'AsyncWith': case 'With': {
        const i = tokenAt(pos.lineno, pos.col_offset) + (n._type === 'AsyncWith' ? 2 : 1);
        if (check(9) && toks[i]?.type === T.LPAR) {
          // 'with' '(' items ')' ':' — the parenthesized form, not a parenthesized expression.
          let depth = 0;
          let j = i;
          for (; j < toks.length; j++) {
            if (toks[j].type === T.LPAR || toks[j].type === T.LSQB || toks[j].type === T.LBRACE) depth++;
            else if (toks[j].type === T.RPAR || toks[j].type === T.RSQB || toks[j].type === T.RBRACE) {
              if (--depth === 0) break;
            }
          }
          if (toks[j + 1]?.type === T.COLON) failAfter('Parenthesized context managers are', 9, pos.end_lineno, pos.end_col_offset);
        }
        if (n._type === 'AsyncWith' && check(5)) failAfter('Async with statements are', 5, pos.end_lineno, pos.end_col_offset);
        break;
      }
      case 'Match': if (check(10)) failAfter('Pattern matching is', 10, pos.end_lineno, pos.end_col_offset); break;
      case 'TryStar': if (check(11)) failAfter('Exception groups are', 11, pos.end_lineno, pos.end_col_offset); break;
    }
  };
  visit(tree);
}

/** Does the f-string source hold a self-documenting field, {expr=}? */
function hasDebugField(src: string): boolean {
  let i = 0;
  while (i < src.length && !/['"]/.test(src[i])) i++;
  for (; i < src.length; i++) {
    if (src[i] !== '{') continue;
    if (src[i + 1] === '{') {
      i++;
      continue;
    }
    let depth = 0;
    let quote = '';
    for (i++; i < src.length; i++) {
      const c = src[i];
      if (quote !== '') {
        if (c === quote) quote = '';
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (depth > 0 && (c === ')' || c === ']' || c === '}')) depth--;
      else if (depth === 0 && (c === '}' || c === ':' || (c === '!' && src[i + 1] !== '='))) break;
      else if (depth === 0 && c === '=' && src[i + 1] !== '=' && !'=!<>'.includes(src[i - 1])) return true;
      else if (depth === 0 && c === '=' && src[i + 1] === '=') i++;
    }
    // The rest (conversion, format spec) is scanned on: a format spec's own fields are fields too.
  }
  return false;
}
