// Differential test: every tests/programs/<area>/<name>.py runs under Typhon exactly as
// scripts/record-expected.py ran it under CPython 3.11, and stdout, stderr and exit code must match.
// tests/known-failures.txt lists programs allowed to fail; a listed program that passes fails the
// test too, so that the list only shrinks.
//
// Run a subset: TYPHON_DIFF_FILTER=syntax_errors node --test tests/differential.test.mjs
// (or `node tests/differential.test.mjs [FILTER] [--prune]` for a plain report; --prune removes the
// programs that now pass from known-failures.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, basename } from 'node:path';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'tests', 'programs');
const TYPHON = join(ROOT, 'bin', 'typhon');
// bin/typhon's JS stack size (its shebang's --stack-size), which `node bin/typhon` would not get: recursion
// through native code (properties, __repr__) reaches CPython's depths only with it.
const STACK_FLAG = readFileSync(TYPHON, 'latin1').split('\n', 1)[0].match(/ (--stack-size=\d+)/)?.[1];
const WORKERS = 2; // this machine has 2 cores
const TIMEOUT_MS = 60_000;

/** The environment of record-expected.py's program_env(), kept identical. */
export function programEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONHASHSEED = '0';
  env.PYTHONDONTWRITEBYTECODE = '1';
  env.PYTHONIOENCODING = 'utf-8';
  // Node's own test-runner variables must not leak into the program under test.
  delete env.NODE_TEST_CONTEXT;
  return env;
}

/** Every program (path relative to tests/programs, with / separators), sorted. */
export function listPrograms(dir = PROGRAMS) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py')) out.push(relative(PROGRAMS, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** known-failures.txt: `area/name.py  reason...` per line; `#` starts a comment line. */
export function readKnownFailures(file = join(ROOT, 'tests', 'known-failures.txt')) {
  const known = new Map();
  if (!existsSync(file)) return known;
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const s = line.trim();
    if (s === '' || s.startsWith('#')) return;
    const m = /^(\S+)\s+(.*\S)$/.exec(s);
    if (!m) throw new Error(`known-failures.txt:${i + 1}: expected "path reason", got ${JSON.stringify(s)}`);
    known.set(m[1], m[2]);
  });
  return known;
}

/** record-expected.py's normalize(): the program's folder (as given and resolved) becomes $DIR. */
export function normalize(text, path) {
  const folder = dirname(path);
  let real = folder;
  try { real = realpathSync(folder); } catch { /* keep the given path */ }
  for (const d of [...new Set([folder, real])].sort((a, b) => b.length - a.length)) text = text.split(d).join('$DIR');
  return text;
}

/**
 * Run one program under Typhon; resolves to {stdout, stderr, returncode, extra}. `runner` is the
 * node script to run it with (bin/typhon, or a test harness taking the program as its first
 * argument); `extra` is what the runner wrote to file descriptor 3; `extraEnv` is added to the
 * program's environment.
 */
export function runTyphon(rel, runner = [TYPHON], extraEnv = {}) {
  const path = join(PROGRAMS, rel);
  const stdinPath = path.slice(0, -3) + '.stdin';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(STACK_FLAG ? [STACK_FLAG] : []), ...runner, basename(path)], {
      cwd: dirname(path), env: { ...programEnv(), ...extraEnv }, stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    const out = [], err = [], extra = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.stdio[3].on('data', (b) => extra.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: normalize(Buffer.concat(out).toString('utf8'), path),
        stderr: normalize(Buffer.concat(err).toString('utf8'), path),
        // CPython's subprocess convention: killed by signal N -> -N.
        returncode: code ?? -(constants.signals[signal] ?? 1),
        extra: Buffer.concat(extra).toString('utf8'),
      });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(existsSync(stdinPath) ? readFileSync(stdinPath) : '');
  });
}

function firstDiff(a, b) {
  const al = a.split('\n'), bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}: expected ${JSON.stringify(al[i])}, got ${JSON.stringify(bl[i])}`;
  }
  return '';
}

/** Compare a run with its .expected.json; returns '' when equal, else a short description. */
export function compare(rel, got) {
  const expFile = join(PROGRAMS, rel.slice(0, -3) + '.expected.json');
  if (!existsSync(expFile)) return 'no .expected.json (run scripts/record-expected.py)';
  const exp = JSON.parse(readFileSync(expFile, 'utf8'));
  const diffs = [];
  if (exp.returncode !== got.returncode) diffs.push(`exit code: expected ${exp.returncode}, got ${got.returncode}`);
  if (exp.stdout !== got.stdout) diffs.push(`stdout ${firstDiff(exp.stdout, got.stdout)}`);
  if (exp.stderr !== got.stderr) diffs.push(`stderr ${firstDiff(exp.stderr, got.stderr)}`);
  return diffs.join('; ');
}

/**
 * Run `programs` with WORKERS at a time; returns Map rel -> '' (pass) or a description. `onRun`
 * sees each raw result (rel, result).
 */
export async function runAll(programs, runner = [TYPHON], onRun = () => {}, extraEnv = {}) {
  const results = new Map();
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const rel = programs[next++];
      const got = await runTyphon(rel, runner, extraEnv);
      onRun(rel, got);
      results.set(rel, compare(rel, got));
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return results;
}

function selected(filter) {
  const all = listPrograms();
  return filter ? all.filter((p) => p.includes(filter)) : all;
}

/**
 * Plain report; with `prune`, also drop the programs that now pass from known-failures.txt; with
 * `list`, append the unlisted failures, each with its first difference as the reason (for new
 * corpus programs the interpreter cannot run yet; read the reasons before committing them).
 */
async function report(filter, prune, list) {
  const programs = selected(filter);
  const known = readKnownFailures();
  const results = await runAll(programs);
  let pass = 0;
  for (const rel of programs) {
    const d = results.get(rel);
    if (d === '') pass++;
    const status = d === '' ? (known.has(rel) ? 'FIXED' : 'PASS') : known.has(rel) ? 'KNOWN' : 'FAIL';
    console.log(`${status} ${rel}${d ? '  ' + d : ''}`);
  }
  console.log(`${pass}/${programs.length} pass`);
  if (prune) {
    const file = join(ROOT, 'tests', 'known-failures.txt');
    const kept = readFileSync(file, 'utf8').split('\n').filter((line) => {
      const rel = line.trim().split(/\s+/)[0];
      return !(known.has(rel) && results.get(rel) === '');
    });
    writeFileSync(file, kept.join('\n'));
  }
  if (list) {
    const added = programs.filter((rel) => results.get(rel) !== '' && !known.has(rel))
      .map((rel) => `${rel}  ${results.get(rel).replace(/\s+/g, ' ').slice(0, 160)}`);
    if (added.length) {
      const file = join(ROOT, 'tests', 'known-failures.txt');
      const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n');
      writeFileSync(file, text + added.join('\n') + '\n');
    }
    console.log(`${added.length} failure(s) added to known-failures.txt`);
  }
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
const asScript = isMain && !process.env.NODE_TEST_CONTEXT;
// Imported by a script for its helpers (outside node --test), the module registers no test.
if (!isMain) {
  // Imported by another test or script for its helpers: register no test.
} else if (asScript) {
  const args = process.argv.slice(2);
  await report(args.find((a) => !a.startsWith('--')), args.includes('--prune'), args.includes('--list-failures'));
} else {
  test('differential: Typhon matches CPython 3.11 on tests/programs', async (t) => {
    const filter = process.env.TYPHON_DIFF_FILTER;
    const programs = selected(filter);
    const known = readKnownFailures();
    const results = await runAll(programs);
    const areas = [...new Set(programs.map((p) => p.split('/')[0]))];
    for (const area of areas) {
      await t.test(area, () => {
        const unexpected = [], fixed = [];
        let pass = 0, total = 0;
        for (const rel of programs) {
          if (rel.split('/')[0] !== area) continue;
          total++;
          const d = results.get(rel);
          if (d === '') pass++;
          if (d !== '' && !known.has(rel)) unexpected.push(`${rel}: ${d}`);
          if (d === '' && known.has(rel)) fixed.push(rel);
        }
        t.diagnostic(`${area}: ${pass}/${total} pass`);
        const msgs = [];
        if (unexpected.length) msgs.push(`${unexpected.length} unlisted failure(s):\n  ${unexpected.join('\n  ')}`);
        if (fixed.length) msgs.push(`${fixed.length} program(s) now pass: remove from tests/known-failures.txt:\n  ${fixed.join('\n  ')}`);
        assert.ok(msgs.length === 0, msgs.join('\n'));
      });
    }
    if (!filter) {
      await t.test('known-failures.txt names existing programs', () => {
        const all = new Set(programs);
        const missing = [...known.keys()].filter((p) => !all.has(p));
        assert.deepEqual(missing, [], 'listed programs that do not exist');
      });
    }
  });
}
