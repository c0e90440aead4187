#!/usr/bin/env node
// Issue "Real modules": compile CPython's own pure-Python modules with Typhon into sourceless .pyc files
// (legacy layout: NAME.pyc where NAME.py would be, in a directory first on sys.path, no .py there), run
// CPython 3.11's regression tests for them, and compare with the same procedure using pycs compiled by
// CPython itself. Bar: identical outcomes.
// Usage: node scripts/real-modules-check.mjs [--keep] [--json] [TEST...]   (needs `npm run build` first)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { parseFile } from '../dist/lib/parser/parser.js';
import { decodeSource } from '../dist/lib/parser/source.js';
import { compile } from '../dist/lib/compiler/compile.js';
import { writePyc } from '../dist/lib/bytecode/pyc.js';

const MODULES = ['json', 'collections', 'textwrap', 'heapq', 'fractions', 'enum', 'dataclasses', 'difflib'];
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const asJson = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const modules = only.length ? MODULES.filter((m) => only.includes(m) || only.includes('test_' + m)) : MODULES;

const python = execFileSync('python3', ['-c', 'import sys;print(sys.executable)'], { encoding: 'utf8' }).trim();
const stdlib = execFileSync(python, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
const helper = new URL('./real_modules_check.py', import.meta.url).pathname;

/** The source files of a module: a package's .py files (not subpackages' caches), or NAME.py. */
function sources(mod) {
  const pkg = join(stdlib, mod);
  try {
    if (statSync(pkg).isDirectory()) return readdirSync(pkg).filter((n) => n.endsWith('.py')).sort().map((n) => join(pkg, n));
  } catch { /* a plain module */ }
  return [join(stdlib, mod + '.py')];
}

const root = mkdtempSync(join(tmpdir(), 'real-modules-'));
const typhonDir = join(root, 'typhon');
const cpythonDir = join(root, 'cpython');
const files = modules.flatMap(sources);

// Typhon's pycs: parse + compile + marshal, timestamp header as py_compile writes by default.
let compileMs = 0;
let bytes = 0;
for (const src of files) {
  const data = readFileSync(src);
  const st = statSync(src);
  const t = performance.now();
  const tree = parseFile(data, src, 'exec');
  const code = compile(tree, src, 'exec', { optimize: 0, flags: 0, source: decodeSource(data, src) });
  const pyc = writePyc(code, { mtime: Math.floor(st.mtimeMs / 1000), size: st.size });
  compileMs += performance.now() - t;
  bytes += data.length;
  const dest = join(typhonDir, relative(stdlib, src).replace(/\.py$/, '.pyc'));
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, pyc);
}
// CPython's pycs, the same way with the real binary.
execFileSync(python, [helper, 'compile', cpythonDir, ...files], { stdio: 'inherit' });
// Not part of the bar, but telling: how many of Typhon's pycs are byte for byte CPython's.
let identical = 0;
const notIdentical = [];
for (const src of files) {
  const rel = relative(stdlib, src).replace(/\.py$/, '.pyc');
  if (Buffer.compare(readFileSync(join(typhonDir, rel)), readFileSync(join(cpythonDir, rel))) === 0) identical++;
  else notIdentical.push(rel);
}

const env = (dir) => ({ ...process.env, PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' });

// Check that the temp directory's pycs are the ones imported.
const importNames = modules.flatMap((m) => (m === 'json' ? ['json', 'json.decoder', 'json.encoder', 'json.scanner'] : m === 'collections' ? ['collections', 'collections.abc'] : [m]));
for (const dir of [typhonDir, cpythonDir]) {
  const out = execFileSync(python, [helper, 'where', ...importNames], { env: env(dir), encoding: 'utf8' });
  for (const line of out.trim().split('\n')) {
    const file = line.slice(line.indexOf('=') + 1);
    if (!file.startsWith(dir + '/') || !file.endsWith('.pyc')) {
      console.error(`not imported from the temp pycs: ${line}`);
      process.exitCode = 1;
    }
  }
}

function runTest(test, dir) {
  return new Promise((resolve) => {
    const p = spawn(python, ['-m', 'test', '-v', test], { env: env(dir), cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (code) => {
      const total = /Total tests: run=([\d,]+)(?: failures=([\d,]+))?(?: skipped=([\d,]+))?/.exec(out);
      const n = (s) => (s ? Number(s.replace(/,/g, '')) : 0);
      const run = total ? n(total[1]) : 0;
      const failures = total ? n(total[2]) : 0;
      const skipped = total ? n(total[3]) : 0;
      const bad = [...out.matchAll(/^(?:FAIL|ERROR): (.+)$/gm)].map((m) => m[1]).sort();
      const result = /^Result: (\S+)/m.exec(out)?.[1] ?? `exit ${code}`;
      resolve({ run, failures, skipped, passed: run - failures - skipped, result, bad, exit: code, out });
    });
  });
}

const t0 = Date.now();
const rows = await Promise.all(modules.map(async (m) => {
  const test = 'test_' + m;
  const [typhon, cpython] = await Promise.all([runTest(test, typhonDir), runTest(test, cpythonDir)]);
  const same = typhon.run === cpython.run && typhon.failures === cpython.failures && typhon.skipped === cpython.skipped &&
    typhon.result === cpython.result && typhon.bad.join('\n') === cpython.bad.join('\n');
  return { test, typhon, cpython, same };
}));

if (asJson) {
  console.log(JSON.stringify(rows.map(({ test, typhon, cpython, same }) => ({ test, same,
    typhon: { ...typhon, out: undefined }, cpython: { ...cpython, out: undefined } })), null, 1));
} else {
  console.log(`compiled ${files.length} files (${(bytes / 1024).toFixed(0)} KiB) with Typhon in ${compileMs.toFixed(0)} ms; ${identical}/${files.length} pycs byte-identical to CPython's${notIdentical.length ? ` (not: ${notIdentical.join(', ')})` : ''}; tests took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const fmt = (r) => `${r.passed} passed, ${r.failures} failed, ${r.skipped} skipped (${r.result})`.padEnd(44);
  console.log('test'.padEnd(18) + 'Typhon pycs'.padEnd(44) + 'CPython pycs'.padEnd(44) + 'same');
  for (const { test, typhon, cpython, same } of rows) console.log(test.padEnd(18) + fmt(typhon) + fmt(cpython) + (same ? 'yes' : 'NO'));
  for (const { test, typhon, cpython, same } of rows) {
    if (same) continue;
    console.log(`\n${test}: only with Typhon's pycs:`);
    for (const b of typhon.bad) if (!cpython.bad.includes(b)) console.log('  ' + b);
    console.log(`${test}: only with CPython's pycs:`);
    for (const b of cpython.bad) if (!typhon.bad.includes(b)) console.log('  ' + b);
    const log = join(root, `${test}.typhon.log`);
    writeFileSync(log, typhon.out);
    console.log(`  (Typhon run log: ${log})`);
  }
}
const allSame = rows.every((r) => r.same);
if (!allSame) process.exitCode = 1;
if (!keep && allSame) rmSync(root, { recursive: true, force: true });
else console.log(`temp directory kept: ${root}`);
