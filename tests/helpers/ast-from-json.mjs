// Turn the JSON printed by scripts/ast_json.py (CPython's own AST) into
// instances of Typhon's node classes, so the compiler can be tested before
// Typhon's parser exists, and against CPython's parser afterwards.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as A from '../../dist/lib/parser/ast.js';
import { PyBytes, PyComplex, Ellipsis, PyTuple, PyFrozenSet, PyCodePointStr } from '../../dist/lib/parser/constants.js';

const { NODE_INFO } = A;
const ATTRS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
export const AST_JSON_PY = fileURLToPath(new URL('../../scripts/ast_json.py', import.meta.url));

function parseFloatRepr(s) {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

/** Decode an encoded Constant value (see scripts/ast_json.py). */
export function constFromJson(v) {
  if (v === null || typeof v !== 'object') return v; // str, bool, None
  switch (v._const) {
    case 'int': return BigInt(v.v);
    case 'float': return parseFloatRepr(v.v);
    case 'complex': return new PyComplex(parseFloatRepr(v.real), parseFloatRepr(v.imag));
    case 'bytes': {
      const h = v.hex;
      const b = new Uint8Array(h.length >> 1);
      for (let i = 0; i < b.length; i++) b[i] = parseInt(h.substr(i * 2, 2), 16);
      return new PyBytes(b);
    }
    case 'Ellipsis': return Ellipsis;
    case 'tuple': return new PyTuple(v.items.map(constFromJson));
    case 'frozenset': return new PyFrozenSet(v.items.map(constFromJson));
    case 'strcp': return new PyCodePointStr(v.cps);
  }
  throw new Error('ast-from-json: unknown constant ' + JSON.stringify(v));
}

/** Convert one JSON node (or list, or plain value) into Typhon AST objects. */
export function astFromJson(j) {
  if (Array.isArray(j)) return j.map(astFromJson);
  if (j === null || typeof j !== 'object') return j;
  const type = j._type;
  const info = NODE_INFO[type];
  if (info === undefined) throw new Error('ast-from-json: unknown node type ' + type);
  const className = type === 'arguments' ? 'Arguments' : type;
  // Operators and contexts are shared singletons, as in CPython.
  const singleton = A[className + '_'];
  if (singleton !== undefined && info.fields.length === 0 && !info.attributes) return singleton;
  const Cls = A[className];
  const isConst = type === 'Constant' || type === 'MatchSingleton';
  const args = [];
  for (const f of info.fields) {
    const v = j[f];
    args.push(isConst && f === 'value' ? constFromJson(v) : astFromJson(v === undefined ? null : v));
  }
  if (info.attributes) for (const a of ATTRS) args.push(j[a] ?? null);
  return new Cls(...args);
}

/**
 * Run scripts/ast_json.py on files (paths, or '-' with `input`) and return, per
 * file, { file, source, tree, error }: tree is Typhon nodes, error is CPython's
 * SyntaxError fields when its parser rejected the file.
 */
export function parseFilesWithCPython(files, { mode = 'exec', input, python = 'python3' } = {}) {
  const out = execFileSync(python, [AST_JSON_PY, '--source', '--mode', mode, ...files], {
    input, maxBuffer: 1 << 30, encoding: 'utf8',
  });
  const results = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const r = JSON.parse(line);
    results.push({ file: r.file, source: r.source ?? null, tree: r.ast ? astFromJson(r.ast) : null, error: r.error ?? null });
  }
  return results;
}

/** Parse one source string with CPython; returns Typhon nodes or throws with CPython's SyntaxError fields. */
export function parseWithCPython(source, mode = 'exec') {
  const [r] = parseFilesWithCPython(['-'], { mode, input: source });
  if (r.error) {
    const e = new Error(`CPython rejected the source: ${r.error.type}: ${r.error.msg} (line ${r.error.lineno})`);
    e.pyError = r.error;
    throw e;
  }
  return r.tree;
}
