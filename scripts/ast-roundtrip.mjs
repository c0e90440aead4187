#!/usr/bin/env node
// AST round trip through the _ast objects: for every .py file of CPython's Lib, Typhon's parse tree is
// converted to Python _ast objects (ast2obj, what ast.parse returns) and back (obj2ast and the validator,
// what compile(tree) does), then compiled; the code object must marshal to the same bytes as the one
// compiled from the parse tree directly. Any difference is a field the conversion lost or changed.
//
// A str constant holding a surrogate pair as two code points ('\ud834\udd1e') is a PySurrogateStr in the VM
// and survives; files that hold one and still differ are counted apart ("lossy", expected to be none).
//
// Usage: node scripts/ast-roundtrip.mjs [--lib DIR] [--filter SUBSTR] [--every N]   (needs `npm run build`)
// Exit status 1 when a file differs or a conversion fails.
import { readFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listLibFiles, DEFAULT_LIB } from './ast-parity.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const imp = (f) => import(pathToFileURL(join(ROOT, 'dist', 'lib', f)).href);

export async function runRoundTrip({ lib = DEFAULT_LIB, filter = null, every = 1 } = {}) {
  const { initInterpreter } = await imp('vm/interp.js');
  const { parseFile } = await imp('parser/parser.js');
  const { compile } = await imp('compiler/compile.js');
  const { dumps } = await imp('bytecode/marshal.js');
  const { decodeSource } = await imp('parser/source.js');
  const { astToPy, pyToAst } = await imp('modules/_ast.js');
  const { PyCodePointStr } = await imp('parser/constants.js');
  const hasPairConstant = (node) => {
    if (node instanceof PyCodePointStr) return true;
    if (node === null || typeof node !== 'object') return false;
    for (const k of Object.keys(node)) if (hasPairConstant(node[k])) return true;
    return false;
  };
  initInterpreter(['roundtrip'], '');
  const t0 = performance.now();
  let files = listLibFiles(lib).filter((f) => filter === null || f.includes(filter));
  files = files.filter((_, i) => i % every === 0);
  const diffs = [];
  const lossy = [];
  let total = 0;
  let bytes = 0;
  for (const path of files) {
    const rel = relative(lib, path);
    const data = readFileSync(path);
    let tree;
    let text;
    try {
      tree = parseFile(data, path, 'exec');
      text = decodeSource(data, path);
    } catch {
      continue; // files CPython cannot parse either (the parity test covers them)
    }
    const opts = { optimize: 0, flags: 0, source: text };
    let direct;
    try {
      direct = dumps(compile(tree, path, 'exec', opts));
    } catch {
      continue; // compile-time errors (bad test sources): nothing to compare
    }
    total++;
    bytes += data.length;
    try {
      // Reparse: the compiler may have changed the first tree (constant folding).
      const again = pyToAst(astToPy(parseFile(data, path, 'exec')), 'exec');
      const via = dumps(compile(again, path, 'exec', opts));
      if (Buffer.compare(Buffer.from(direct), Buffer.from(via)) !== 0) {
        if (hasPairConstant(tree)) lossy.push(rel);
        else diffs.push({ file: rel, detail: 'code objects differ' });
      }
    } catch (e) {
      const exc = e && e.exc;
      const msg = exc ? `${exc.cls.name}: ${exc.args?.items?.[0]}` : String((e && e.stack) || e).split('\n').slice(0, 3).join(' | ');
      diffs.push({ file: rel, detail: msg });
    }
  }
  return { total, bytes, diffs, lossy, seconds: (performance.now() - t0) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const r = await runRoundTrip({ lib: opt('--lib', DEFAULT_LIB), filter: opt('--filter', null), every: Number(opt('--every', '1')) });
  for (const d of r.diffs) console.log(`${d.file}: ${d.detail}`);
  console.log(`${r.total - r.diffs.length - r.lossy.length}/${r.total} files identical after the round trip, ` +
    `${r.lossy.length} with surrogate-pair constants (${(r.bytes / 1e6).toFixed(1)} MB, ${r.seconds.toFixed(1)} s)`);
  process.exit(r.diffs.length ? 1 : 0);
}
