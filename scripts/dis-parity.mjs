#!/usr/bin/env node
// Compile Python files with Typhon and compare every code object with CPython's
// compile() (instructions as dis resolves them, then the other co_* fields).
// Usage: node scripts/dis-parity.mjs [--typhon-parser] [--detail] [--optimize 0|1|2] [FILE_OR_DIR...]
//   (default: every .py file of CPython's Lib). Needs `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseFilesWithCPython } from '../tests/helpers/ast-from-json.mjs';
import { compile } from '../dist/lib/compiler/compile.js';
import { dumps } from '../dist/lib/bytecode/marshal.js';
import { parse } from '../dist/lib/parser/parser.js';

const args = process.argv.slice(2);
const useTyphonParser = args.includes('--typhon-parser');
const detail = args.includes('--detail');
const optIdx = args.indexOf('--optimize');
const optimize = optIdx >= 0 ? Number(args.splice(optIdx, 2)[1]) : 0;
let paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) {
  paths = [execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim()];
}
const files = [];
function walk(p) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const n of readdirSync(p).sort()) {
      if (n === 'site-packages' || n === '__pycache__') continue;
      walk(join(p, n));
    }
  } else if (p.endsWith('.py')) files.push(p);
}
for (const p of paths) walk(p);

const tmp = mkdtempSync(join(tmpdir(), 'dis-parity-'));
const lines = [];
const t0 = Date.now();
let compileMs = 0;
const CHUNK = 50;
for (let i = 0; i < files.length; i += CHUNK) {
  const chunk = files.slice(i, i + CHUNK);
  const results = parseFilesWithCPython(chunk);
  for (let j = 0; j < results.length; j++) {
    const r = results[j];
    if (r.error) continue; // CPython rejects it: nothing to compare
    const rec = { file: r.file, pyc: null, error: null };
    try {
      const t = Date.now();
      const tree = useTyphonParser ? parse(r.source, r.file, 'exec') : r.tree;
      const co = compile(tree, r.file, 'exec', { optimize, flags: 0, source: r.source });
      compileMs += Date.now() - t;
      const pyc = join(tmp, `${i + j}.bin`);
      writeFileSync(pyc, dumps(co));
      rec.pyc = pyc;
    } catch (e) {
      rec.error = e.kind === 'SyntaxError' || e.kind === 'RecursionError'
        ? `${e.kind}: ${e.msg ?? e.message} (${e.lineno ?? ''}, ${e.offset ?? ''})` : `${e.constructor?.name}: ${e.message}`;
      if (detail) console.error(r.file, e.stack);
    }
    lines.push(JSON.stringify(rec));
  }
}
const py = spawnSync('python3', [new URL('./dis_parity.py', import.meta.url).pathname, ...(detail ? ['--detail'] : []),
  '--optimize', String(optimize)],
  { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'inherit'] });
rmSync(tmp, { recursive: true, force: true });
const summary = JSON.parse(py.stdout);
const pct = (a, b) => (b ? (100 * a / b).toFixed(2) : '0') + '%';
console.log(`files: ${summary.files}, code objects: ${summary.code_objects}, identical instructions: ${summary.identical} (${pct(summary.identical, summary.code_objects)})`);
console.log(`time: ${((Date.now() - t0) / 1000).toFixed(1)} s total, ${(compileMs / 1000).toFixed(1)} s in Typhon's parse+compile`);
console.log('fields equal:');
for (const [f, [a, b]] of Object.entries(summary.fields)) console.log(`  ${f}: ${a}/${b} (${pct(a, b)})`);
console.log('top reasons (first differing instruction):');
for (const [r, n] of summary.reasons) console.log(`  ${n}  ${r}   e.g. ${summary.examples[r]}`);
console.log(`programs CPython's compiler rejects: ${summary.cpython_errors}, Typhon raises the same error: ${summary.same_errors}`);
for (const [r, n] of summary.error_mismatches) console.log(`  ${n}  ${r}   e.g. ${summary.examples['errmismatch: ' + r]}`);
if (summary.errors.length) {
  console.log('compile errors:');
  for (const [r, n] of summary.errors) console.log(`  ${n}  ${r}   e.g. ${summary.examples['error: ' + r]}`);
}
console.log('field examples:');
for (const [f, e] of Object.entries(summary.examples)) if (f.startsWith('co_')) console.log(`  ${f}: ${e}`);
