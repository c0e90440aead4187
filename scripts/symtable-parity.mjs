// Compare Typhon's symbol table with CPython 3.11's own (the _symtable module)
// over every .py file of CPython's Lib (test/ included), scope by scope: name,
// type, line, nesting, parameters, and every symbol's raw flags and scope.
// Files CPython's symtable rejects must be rejected with the same error.
//
// Usage: node scripts/symtable-parity.mjs [--lib DIR] [--jobs N] [--verbose] [--code] [FILE...]
//   --code also checks what compile.c derives from each entry against CPython's code
//   objects: co_flags (nested, generator, coroutine, async generator, varargs,
//   varkeywords), co_cellvars (with the class __class__ cell) and co_freevars.
//        node scripts/symtable-parity.mjs --fuzz COUNT SEED
//   --fuzz compares COUNT random programs dense in scoping constructs (symtable_dump.py).
//   --typhon-parser builds the table from Typhon's own parser's AST instead of
//   CPython's (files Typhon's parser rejects are counted apart).
//        node scripts/symtable-parity.mjs --snippets [DIR]
//   --snippets compares instead the programs found in string constants and doctests
//   of DIR (default: Lib/test), where most of the symbol table's errors are tested.
// Needs `npm run build` first (it imports dist/lib).
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astFromJson } from '../tests/helpers/ast-from-json.mjs';
import { buildSymtable, CO_FUTURE_ANNOTATIONS } from '../dist/lib/compiler/symtable.js';

const DUMP_PY = fileURLToPath(new URL('./symtable_dump.py', import.meta.url));

const args = process.argv.slice(2);
let lib = null;
let jobs = 2;
let verbose = false;
let snippetsDir = null;
let withCode = false;
let typhonParser = null;
let fuzz = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lib') lib = args[++i];
  else if (args[i] === '--jobs') jobs = Number(args[++i]);
  else if (args[i] === '--verbose') verbose = true;
  else if (args[i] === '--code') withCode = true;
  else if (args[i] === '--fuzz') { fuzz = [args[i + 1], args[i + 2]]; i += 2; }
  else if (args[i] === '--typhon-parser') typhonParser = (await import('../dist/lib/parser/parser.js')).parse;
  else if (args[i] === '--snippets') snippetsDir = args[i + 1] && !args[i + 1].startsWith('--') ? args[++i] : '';
  else files.push(args[i]);
}
if (snippetsDir === '') {
  snippetsDir = join(execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim(), 'test');
}
if (files.length === 0 && snippetsDir === null && fuzz === null) {
  lib ??= execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) { if (name !== 'site-packages' && name !== '__pycache__') walk(p); }
      else if (name.endsWith('.py')) files.push(p);
    }
  };
  walk(lib);
}

/** The __future__ features the compiler would find (future.c): leading docstring, then `from __future__` imports. */
function futureFlags(tree) {
  let flags = 0;
  const body = tree.body ?? [];
  let i = 0;
  if (body.length && body[0]._type === 'Expr' && body[0].value._type === 'Constant' && typeof body[0].value.value === 'string') i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) if (a.name === 'annotations') flags |= CO_FUTURE_ANNOTATIONS;
  }
  return flags;
}

function flagsStr(v) { return v === undefined ? 'absent' : `0x${v.toString(16)}`; }

/** First difference between CPython's entry (JSON) and Typhon's, or null. */
function diffEntry(py, ty, path) {
  const where = `${path}${py.name}@${py.lineno}`;
  if (py.name !== ty.name) return `${where}: name ${ty.name}`;
  if (py.type !== ty.type) return `${where}: type ${ty.type} != ${py.type}`;
  if (py.lineno !== ty.lineno) return `${where}: lineno ${ty.lineno}`;
  if (py.nested !== ty.nested) return `${where}: nested ${ty.nested}`;
  if (py.varnames.join(',') !== ty.varnames.join(',')) return `${where}: varnames [${ty.varnames}] != [${py.varnames}]`;
  const tySyms = [...ty.symbols];
  for (const [name, flags] of py.symbols) {
    const v = ty.symbols.get(name);
    if (v !== flags) return `${where}: symbol ${name} ${flagsStr(v)} != ${flagsStr(flags)}`;
  }
  if (tySyms.length !== py.symbols.length) {
    const extra = tySyms.filter(([n]) => !py.symbols.some(([m]) => m === n)).map(([n]) => n);
    return `${where}: extra symbols ${extra}`;
  }
  // Order too, except for names only passing through as free: CPython appends
  // those by iterating a set, whose order depends on the per-process string hash.
  const own = (list) => list.filter(([, f]) => (f & ((1 << 11) - 1)) !== 0).map(([n]) => n);
  const pyOwn = own(py.symbols), tyOwn = own(tySyms);
  for (let i = 0; i < pyOwn.length; i++) {
    if (pyOwn[i] !== tyOwn[i]) return `${where}: symbol order differs at ${i}: ${tyOwn[i]} != ${pyOwn[i]}`;
  }
  if (py.children.length !== ty.children.length) return `${where}: ${ty.children.length} children != ${py.children.length}`;
  for (let i = 0; i < py.children.length; i++) {
    const d = diffEntry(py.children[i], ty.children[i], where + '/');
    if (d) return d;
  }
  return null;
}

// future.c's errors, raised by the compiler before the symbol table is built: not symtable.c's.
const FUTURE_ERRORS = /^(future feature .* is not defined|from __future__ imports must occur at the beginning of the file|not a chance)$/;
let futureSkipped = 0;
const CODE_NAMES = { lambda: '<lambda>', listcomp: '<listcomp>', setcomp: '<setcomp>', dictcomp: '<dictcomp>', genexpr: '<genexpr>', top: '<module>' };
const FLAG_MASK = 0x10 | 0x20 | 0x80 | 0x200 | 0x4 | 0x8;

/** co_name and co_firstlineno the code object of an entry gets (a decorated def starts at its first decorator). */
function codeKey(ste) {
  const n = ste.node;
  const name = n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'ClassDef' ? ste.name : CODE_NAMES[ste.name];
  const line = n.decorator_list && n.decorator_list.length ? n.decorator_list[0].lineno : ste.lineno;
  return `${name}@${ste.type === 'module' ? 1 : line}`;
}

/** The column CPython's code object shows for an entry (see code_tree in symtable_dump.py), to pair several on one line. */
function codeCol(ste) {
  if (ste.comprehension) return ste.colOffset;
  if (ste.node._type === 'Lambda') return ste.node.body.col_offset;
  return null;
}

/** Entry fields as compile.c turns them into co_flags / co_cellvars / co_freevars, against CPython's code objects. */
function diffCode(ste, code, path) {
  const where = `${path}${code.name}@${code.firstlineno}`;
  if (ste.type === 'function') {
    let flags = ste.nested ? 0x10 : 0;
    if (ste.generator && !ste.coroutine) flags |= 0x20;
    if (!ste.generator && ste.coroutine) flags |= 0x80;
    if (ste.generator && ste.coroutine) flags |= 0x200;
    if (ste.varargs) flags |= 0x4;
    if (ste.varkeywords) flags |= 0x8;
    if (flags !== (code.flags & FLAG_MASK)) return `${where}: co_flags 0x${flags.toString(16)} != 0x${(code.flags & FLAG_MASK).toString(16)}`;
  }
  const cells = [], frees = [];
  for (const [name, v] of ste.symbols) {
    const scope = (v >> 11) & 15;
    if (scope === 5) cells.push(name);
    if (scope === 4 || (ste.type === 'class' && (v & 64))) frees.push(name);
  }
  if (ste.type === 'class' && ste.needsClassClosure) cells.push('__class__');
  if (cells.sort().join() !== [...code.cellvars].sort().join()) return `${where}: cellvars [${cells}] != [${code.cellvars}]`;
  if (frees.sort().join() !== [...code.freevars].sort().join()) return `${where}: freevars [${frees}] != [${code.freevars}]`;
  // Nested code objects that survived compilation (dead code drops some) pair with entries by name and first line.
  const byKey = new Map();
  for (const c of ste.children) {
    if (c.type === 'annotation') continue;
    const k = codeKey(c);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(c);
  }
  for (const cc of code.children) {
    const list = byKey.get(`${cc.name}@${cc.firstlineno}`);
    if (!list || !list.length) { codeUnmatched++; continue; }
    let at = list.findIndex((c) => codeCol(c) === cc.col);
    // A lambda's first instruction may sit anywhere inside its body.
    if (at < 0) at = list.findIndex((c) => c.node._type === 'Lambda' && c.node.body.col_offset <= cc.col && cc.col < c.node.body.end_col_offset);
    if (at < 0) at = 0;
    const d = diffCode(list.splice(at, 1)[0], cc, where + '/');
    if (d) return d;
    codeChecked++;
  }
  return null;
}
let codeChecked = 0, codeUnmatched = 0;
const parserFailures = [];

let total = 0, same = 0, skipped = 0, errorsSame = 0, errorsTotal = 0, entries = 0;
const failures = [];
let buildMs = 0;
let bytes = 0;

function countEntries(e) { let n = 1; for (const c of e.children) n += countEntries(c); return n; }

function check(r) {
  if (r.error) { skipped++; return; } // CPython's parser rejects it: nothing to compare
  total++;
  let tree;
  if (typhonParser) {
    try {
      tree = typhonParser(r.source, r.file);
    } catch (e) {
      parserFailures.push(`${r.file}: ${e.msg ?? e.message} (line ${e.lineno})`);
      total--;
      return;
    }
  } else {
    tree = astFromJson(r.ast);
  }
  const flags = futureFlags(tree);
  let st = null, err = null;
  const t0 = performance.now();
  try {
    st = buildSymtable(tree, r.file, r.source, flags);
  } catch (e) {
    err = e;
  }
  buildMs += performance.now() - t0;
  bytes += Buffer.byteLength(r.source ?? '');
  if (r.st_error && FUTURE_ERRORS.test(r.st_error.msg)) { futureSkipped++; return; }
  if (r.st_error) {
    errorsTotal++;
    const pe = r.st_error;
    if (err && err.msg === pe.msg && err.lineno === pe.lineno && err.offset === pe.offset &&
        err.endLineno === pe.end_lineno && err.endOffset === pe.end_offset) {
      same++; errorsSame++;
    } else {
      failures.push(`${r.file}: CPython raises ${pe.type}: ${pe.msg} (${pe.lineno}:${pe.offset}-${pe.end_lineno}:${pe.end_offset}); Typhon ` +
        (err ? `raises ${err.kind ?? err.name}: ${err.msg ?? err.message} (${err.lineno}:${err.offset}-${err.endLineno}:${err.endOffset})` : 'accepts it'));
    }
    return;
  }
  if (err) {
    failures.push(`${r.file}: Typhon raises ${err.msg ?? err.message} (line ${err.lineno}) ${err.msg ? '' : err.stack}`);
    return;
  }
  entries += countEntries(r.st);
  const d = diffEntry(r.st, st.top, '') ?? (r.code ? diffCode(st.top, r.code, '') : null);
  if (d) failures.push(`${r.file}: ${d}`);
  else same++;
}

async function runChunk(chunk) {
  const py = spawn('python3', [DUMP_PY, ...(withCode ? ['--code'] : []), ...chunk], { stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: py.stdout, crlfDelay: Infinity });
  for await (const line of rl) if (line) check(JSON.parse(line));
}

if (snippetsDir !== null || fuzz !== null) {
  const what = fuzz !== null ? ['--fuzz', ...fuzz] : ['--snippets', snippetsDir];
  const py = spawn('python3', [DUMP_PY, ...(withCode ? ['--code'] : []), ...what], { stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: py.stdout, crlfDelay: Infinity });
  for await (const line of rl) if (line) check(JSON.parse(line));
} else {
  const chunks = Array.from({ length: jobs }, () => []);
  files.forEach((f, i) => chunks[i % jobs].push(f));
  await Promise.all(chunks.filter((c) => c.length).map(runChunk));
}

for (const f of failures.slice(0, verbose ? failures.length : 40)) console.log('DIFF ' + f);
total -= futureSkipped;
const pct2 = total ? ((100 * same) / total).toFixed(2) : '0';
console.log(`files compared: ${total} (skipped: ${skipped} rejected by CPython's parser, ${futureSkipped} by its __future__ check); identical: ${same} (${pct2}%)`);
console.log(`scopes compared: ${entries}; files CPython's symtable rejects: ${errorsTotal}, same error: ${errorsSame}`);
console.log(`Typhon symtable time: ${buildMs.toFixed(0)} ms for ${(bytes / 1e6).toFixed(1)} MB of source (${(bytes / 1e6 / (buildMs / 1000)).toFixed(1)} MB/s)`);
if (typhonParser) {
  for (const f of parserFailures.slice(0, verbose ? parserFailures.length : 10)) console.log('TYPHON PARSER REJECTS ' + f);
  console.log(`Typhon's parser rejected ${parserFailures.length} files CPython's accepts (not compared)`);
}
if (withCode) console.log(`code objects checked against entries: ${codeChecked}; without a matching entry: ${codeUnmatched}`);
process.exitCode = failures.length ? 1 : 0;
