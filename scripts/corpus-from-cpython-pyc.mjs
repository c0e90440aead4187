#!/usr/bin/env node
// Issue 4, bar 1 (second half): every runnable corpus program, compiled by CPython 3.11 itself
// (py_compile, with co_filename the source's path) and run from that .pyc under Typhon, gives the
// output recorded from CPython running the source. Usage: node scripts/corpus-from-cpython-pyc.mjs
// [FILTER]. The runner (tests/helpers/run-pyc.mjs) gives __file__ the source's path, as the
// recorded run had. Needs npm run build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPrograms, readKnownFailures, runAll, normalize } from '../tests/differential.test.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const filter = process.argv[2];
const known = readKnownFailures();
const programs = listPrograms().filter((p) => !/^(syntax|compile)_errors\//.test(p) && (!filter || p.includes(filter)));
const dir = mkdtempSync(join(tmpdir(), 'typhon-cpyc-'));
try {
  const script = `
import py_compile, sys, os, json, warnings
root, out = sys.argv[1], sys.argv[2]
compile_warnings = {}
for rel in sys.stdin.read().split():
    src = os.path.join(root, rel)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('default')
        py_compile.compile(src, cfile=os.path.join(out, rel.replace('/', '__')[:-3] + '.pyc'), dfile=src, doraise=True)
    if caught:
        compile_warnings[rel] = ''.join(warnings.formatwarning(w.message, w.category, w.filename, w.lineno) for w in caught)
print(json.dumps(compile_warnings))
`;
  const r = spawnSync(CPYTHON, ['-c', script, join(ROOT, 'tests', 'programs'), dir], { input: programs.join('\n'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  // Warnings the compiler gave (SyntaxWarning...) are printed when CPython compiles the source, so the
  // recorded run has them, and never when it runs the .pyc: a run that differs by exactly those
  // lines is what CPython itself prints from that .pyc.
  const compileWarnings = JSON.parse(r.stdout);
  process.env.TYPHON_PYC_DIR = dir;
  const raw = new Map();
  const results = await runAll(programs, [join(ROOT, 'tests', 'helpers', 'run-pyc.mjs')], (rel, got) => raw.set(rel, got));
  let pass = 0, knownFail = 0, withoutWarnings = 0;
  const failures = [];
  for (const p of programs) {
    const d = results.get(p);
    if (d === '') pass++;
    else if (p in compileWarnings && sameWithoutWarnings(p, raw.get(p), compileWarnings[p])) {
      pass++;
      withoutWarnings++;
    }
    else if (known.has(p)) knownFail++;
    else failures.push(`${p}  ${d.slice(0, 200)}`);
  }
  for (const f of failures) console.log('FAIL ' + f);
  console.log(`${pass}/${programs.length} identical from CPython's .pyc (${withoutWarnings} less the compile-time warnings only the source run prints); ${knownFail} listed in known-failures (fail from source too); ${failures.length} other failures`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function sameWithoutWarnings(rel, got, warningText) {
  const path = join(ROOT, 'tests', 'programs', rel);
  const exp = JSON.parse(readFileSync(path.slice(0, -3) + '.expected.json', 'utf8'));
  const stderr = exp.stderr.replace(normalize(warningText, path), '');
  return stderr !== exp.stderr && exp.stdout === got.stdout && stderr === got.stderr && exp.returncode === got.returncode;
}
