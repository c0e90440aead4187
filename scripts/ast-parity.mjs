#!/usr/bin/env node
// AST parity: Typhon's parser against CPython 3.11's over every .py file of CPython's Lib (test/
// included, site-packages excluded). A file matches when ast.dump(tree, include_attributes=True) is
// identical, or, when CPython cannot parse it, when Typhon raises the same error class and message
// on the same line.
//
// Usage: node scripts/ast-parity.mjs [--lib DIR] [--filter SUBSTR] [--limit N] [--all]
//   Needs `npm run build`. Lists differing files (those in tests/ast-known-differences.txt only with
//   --all) with the first differing position of the two dumps; exit status 1 below 99.5% or on an
//   unlisted difference.
//
// CPython's side runs in one python3 process (scripts/ast_parity_cpython.py) in parallel with
// Typhon's in-process side; only SHA-1s of the dumps cross the pipe, and full dumps are fetched
// afterwards for the differing files.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const HELPER = join(ROOT, 'scripts', 'ast_parity_cpython.py');
export const DEFAULT_LIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';
export const BAR = 99.5;

/** Every .py file under `lib`, site-packages excluded, sorted by relative path. */
export function listLibFiles(lib) {
  const out = [];
  const walk = (d) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) { if (ent.name !== 'site-packages' && ent.name !== '__pycache__') walk(p); }
      else if (ent.isFile() && ent.name.endsWith('.py')) out.push(p);
    }
  };
  walk(lib);
  return out.sort();
}

/** tests/ast-known-differences.txt: `path-relative-to-Lib  reason` per line; `#` comment lines. */
export function readKnownDifferences(file = join(ROOT, 'tests', 'ast-known-differences.txt')) {
  const known = new Map();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const s = line.trim();
    if (s === '' || s.startsWith('#')) continue;
    const m = /^(\S+)\s+(.*\S)$/.exec(s);
    if (!m) throw new Error(`ast-known-differences.txt: expected "path reason": ${JSON.stringify(s)}`);
    known.set(m[1], m[2]);
  }
  return known;
}

/** Run the CPython helper over `files`; resolves to one parsed JSON record per file. */
function runCPython(files, full) {
  return new Promise((resolve, reject) => {
    const child = spawn(CPYTHON, [HELPER, ...(full ? ['--full'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (b) => chunks.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${HELPER} exited with ${code}`));
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l !== '');
      if (lines.length !== files.length) return reject(new Error(`CPython helper answered ${lines.length} of ${files.length} files`));
      resolve(lines.map((l) => JSON.parse(l)));
    });
    child.stdin.end(files.join('\n') + '\n');
  });
}

async function loadTyphon() {
  const lib = join(ROOT, 'dist', 'lib', 'parser');
  const imp = (f) => import(pathToFileURL(join(lib, f)).href);
  const { parse } = await imp('parser.js');
  const { dump } = await imp('dump.js');
  const { PySyntaxError } = await imp('errors.js');
  let decodeSource = null;
  if (existsSync(join(lib, 'source.js'))) ({ decodeSource } = await imp('source.js'));
  // Until source.js exists: UTF-8 without BOM (cookie-declared files will differ).
  decodeSource ??= (bytes) => {
    const s = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    return s;
  };
  return { parse, dump, PySyntaxError, decodeSource };
}

/** Typhon's result for one file: {dump} or {error: [class, msg, lineno]} or {crash}. */
function typhonResult(ty, path, bytes) {
  try {
    const source = ty.decodeSource(bytes, path);
    return { dump: ty.dump(ty.parse(source, path, 'exec')) };
  } catch (e) {
    if (e instanceof ty.PySyntaxError) return { error: [e.kind, e.msg, e.lineno < 1 ? 0 : e.lineno] };
    return { crash: String((e && e.stack) || e).split('\n').slice(0, 4).join(' | ') };
  }
}

const sha1 = (s) => createHash('sha1').update(s, 'utf8').digest('hex');

function firstDifference(expected, got) {
  let i = 0;
  const n = Math.min(expected.length, got.length);
  while (i < n && expected.charCodeAt(i) === got.charCodeAt(i)) i++;
  const from = Math.max(0, i - 60);
  // Name the innermost line number seen before the difference, to find it in the source.
  const m = [...expected.slice(0, i).matchAll(/lineno=(\d+)/g)].pop();
  return `at dump offset ${i}${m ? ` (near source line ${m[1]})` : ''}:\n` +
    `      CPython: ...${JSON.stringify(expected.slice(from, i + 80))}\n` +
    `      Typhon:  ...${JSON.stringify(got.slice(from, i + 80))}`;
}

const showError = (e) => `${e[0]}: ${e[1]} (line ${e[2]})`;

/**
 * Run the whole comparison. Returns {total, matching, diffs: [{file, detail}], seconds}, file
 * relative to `lib`.
 */
export async function runParity({ lib = DEFAULT_LIB, filter = null, limit = Infinity, log = () => {} } = {}) {
  const t0 = performance.now();
  let files = listLibFiles(lib);
  if (filter) files = files.filter((f) => f.includes(filter));
  files = files.slice(0, limit);
  const ty = await loadTyphon();
  const cpython = runCPython(files, false);
  // Typhon's side runs while python3 works; yield to the event loop now and then so its pipe drains.
  const ours = new Array(files.length);
  for (let i = 0; i < files.length; i++) {
    const r = typhonResult(ty, files[i], readFileSync(files[i]));
    if (r.dump !== undefined) ours[i] = { sha1: sha1(r.dump), len: Buffer.byteLength(r.dump), dump: null };
    else ours[i] = r;
    if (i % 50 === 49) await new Promise((res) => setImmediate(res));
  }
  log(`typhon side done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const theirs = await cpython;
  log(`cpython side done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const diffs = [];
  const needDump = [];
  for (let i = 0; i < files.length; i++) {
    const c = theirs[i], o = ours[i], file = relative(lib, files[i]);
    if (c.error) {
      // No location: ast.parse says 0 (decoding errors) or None (null bytes); Typhon a lineno below 1.
      if (c.error[2] === null) c.error[2] = 0;
      if (o.error && o.error[0] === c.error[0] && o.error[1] === c.error[1] && o.error[2] === c.error[2]) continue;
      diffs.push({ file, detail: `CPython raises ${showError(c.error)}; Typhon ${o.error ? 'raises ' + showError(o.error) : o.crash ? 'crashes: ' + o.crash : 'parses it'}` });
    } else if (o.error || o.crash) {
      diffs.push({ file, detail: `CPython parses it; Typhon ${o.error ? 'raises ' + showError(o.error) : 'crashes: ' + o.crash}` });
    } else if (c.ok !== o.sha1) {
      needDump.push(i);
    }
  }
  if (needDump.length) {
    const paths = needDump.map((i) => files[i]);
    const full = await runCPython(paths, true);
    needDump.forEach((i, k) => {
      const got = typhonResult(ty, files[i], readFileSync(files[i])).dump;
      diffs.push({ file: relative(lib, files[i]), detail: `dumps differ ${firstDifference(full[k].dump, got)}` });
    });
  }
  diffs.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { total: files.length, matching: files.length - diffs.length, diffs, seconds: (performance.now() - t0) / 1000 };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const showAll = args.includes('--all');
  const r = await runParity({
    lib: opt('--lib') ?? DEFAULT_LIB, filter: opt('--filter') ?? null,
    limit: opt('--limit') ? Number(opt('--limit')) : Infinity, log: (s) => console.error(s),
  });
  const known = readKnownDifferences();
  const unlisted = r.diffs.filter((d) => !known.has(d.file));
  for (const d of showAll ? r.diffs : unlisted) console.log(`${d.file}${known.has(d.file) ? ' [known]' : ''}\n    ${d.detail}`);
  const differing = new Set(r.diffs.map((d) => d.file));
  const fixed = [...known.keys()].filter((f) => !differing.has(f) && existsSync(join(opt('--lib') ?? DEFAULT_LIB, f)));
  if (fixed.length && !opt('--filter') && !opt('--limit')) console.log(`now matching, remove from tests/ast-known-differences.txt:\n  ${fixed.join('\n  ')}`);
  const pct = (100 * r.matching) / Math.max(1, r.total);
  console.log(`\n${r.matching}/${r.total} files identical (${pct.toFixed(2)}%, bar ${BAR}%); ` +
    `${r.diffs.length} differ (${unlisted.length} not in tests/ast-known-differences.txt); ${r.seconds.toFixed(1)} s`);
  process.exitCode = pct >= BAR && unlisted.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
