#!/usr/bin/env node
// For every program under tests/programs/ (or the given files/dirs) that CPython
// compiles, compile it with Typhon to a .pyc and run that under python3 as bar 1 says: marshal.loads of
// the pyc's body, then exec in the globals running the source gives. CPython does both itself when a
// sourceless file is given on its command line (`python3 NAME.py` where the file holds the pyc: it
// recognises it by its magic number; run_pyc_file reads the code object with marshal and evaluates it
// in __main__'s dict), so no frame of ours sits above the program (recursion depths and tracebacks are
// CPython's own). Compare stdout, stderr and exit status with CPython running the source itself. Needs
// `npm run build` first.
//
// Both runs get the same argv (`python3 NAME.py`, relative to their cwd), so sys.argv matches. The pyc
// lives in a fresh directory (its cwd and sys.path[0]); its co_filename is the source's path, so
// tracebacks read the same. A sitecustomize module (site imports it at start-up, after __main__ exists
// and before the file runs) gives __main__ the globals of the source run: __file__ the source's absolute
// path and __cached__ None (CPython sets both only when __file__ is absent, so its pyc path does not
// replace them); __name__ and __builtins__ are CPython's own. It also issues the compile-time
// SyntaxWarnings Typhon reports, as CPython shows them when it compiles, and then removes its own
// directory from sys.path and PYTHONPATH from the environment (child processes see the source run's).
// Usage: node scripts/pyc-runs-on-cpython.mjs [--verbose] [FILE_OR_DIR...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compile } from '../dist/lib/compiler/compile.js';
import { writePyc } from '../dist/lib/bytecode/pyc.js';
import { parse } from '../dist/lib/parser/parser.js';
import { PySyntaxError } from '../dist/lib/parser/errors.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) paths = [join(root, 'tests/programs')];
const files = [];
function walk(p) {
  const st = statSync(p);
  if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
  else if (p.endsWith('.py')) files.push(resolve(p));
}
for (const p of paths) walk(p);

// Runs at start-up (see above); every environment variable it reads is removed again.
const SITECUSTOMIZE = `
import __main__, json, os, sys
__main__.__file__ = os.environ.pop('TYPHON_MAIN_FILE')
__main__.__cached__ = None
_warns = json.loads(os.environ.pop('TYPHON_SYNTAX_WARNINGS'))
if _warns:
    import warnings
    for _msg, _lineno in _warns:
        warnings.warn_explicit(_msg, SyntaxWarning, __main__.__file__, _lineno)
    del warnings, _msg, _lineno
_dir = os.environ.pop('PYTHONPATH')
if _dir in sys.path:
    sys.path.remove(_dir)
del __main__, json, os, sys, _warns, _dir
`;

// The interpreter itself, not pyenv's slow shim.
const PY = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';
const tmp = mkdtempSync(join(tmpdir(), 'pyc-runs-'));
const siteDir = join(tmp, 'site');
mkdirSync(siteDir);
writeFileSync(join(siteDir, 'sitecustomize.py'), SITECUSTOMIZE);
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' };
delete env.PYTHONPATH; // ours is the sitecustomize's directory alone, and it removes it again
let considered = 0;
let same = 0;
const failures = [];
/** Programs whose run from a pyc differs from the source run, but exactly as from CPython's own pyc. */
const asCpythonPyc = [];

/**
 * Some programs run differently from any pyc than from source: a frozenset constant is built once, from the
 * file's (sorted) elements, where compiling the source builds it twice, so its iteration order can differ.
 * Such a run counts as identical when CPython's own pyc of the source (py_compile) runs exactly as Typhon's.
 */
function sameAsCpythonPyc(f, ours, opts, runEnv) {
  const dir = join(tmp, `${considered}-cpython`);
  mkdirSync(dir);
  const made = spawnSync(PY, ['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)',
    f, join(dir, basename(f))], { encoding: 'utf8' });
  if (made.status !== 0) return false;
  const theirs = spawnSync(PY, [basename(f)], { ...opts, cwd: dir, env: runEnv });
  return theirs.stdout === ours.stdout && theirs.stderr === ours.stderr && theirs.status === ours.status;
}
for (const f of files) {
  // As `python3 FILE` reads it: strict PEP 263 decoding, then compile.
  const check = spawnSync(PY, ['-c', 'import sys, importlib.util as u; compile(u.decode_source(open(sys.argv[1], "rb").read()), sys.argv[1], "exec")', f],
    { encoding: 'utf8' });
  if (check.status !== 0) continue; // CPython itself rejects it
  considered++;
  const source = readFileSync(f, 'utf8');
  const runDir = join(tmp, String(considered));
  const warns = [];
  try {
    const co = compile(parse(source, f, 'exec'), f, 'exec', {
      optimize: 0, flags: 0, source, warn: (msg, _file, lineno) => (warns.push([msg, lineno]), true),
    });
    mkdirSync(runDir);
    writeFileSync(join(runDir, basename(f)), writePyc(co, { mtime: 0, size: 0 }));
  } catch (e) {
    failures.push([f, `Typhon failed: ${e instanceof PySyntaxError ? 'SyntaxError: ' + e.msg : e.stack}`]);
    continue;
  }
  const opts = { encoding: 'utf8', cwd: dirname(f), env, timeout: 60000 };
  const ref = spawnSync(PY, [basename(f)], opts);
  const oursEnv = { ...env, PYTHONPATH: siteDir, TYPHON_SYNTAX_WARNINGS: JSON.stringify(warns), TYPHON_MAIN_FILE: f };
  const ours = spawnSync(PY, [basename(f)], { ...opts, cwd: runDir, env: oursEnv });
  if (ours.signal || (ours.status ?? 0) < 0) failures.push([f, `CPython crashed running the pyc: ${ours.signal}`]);
  else if (ref.stdout === ours.stdout && ref.stderr === ours.stderr && ref.status === ours.status) same++;
  else if (sameAsCpythonPyc(f, ours, opts, oursEnv)) {
    same++;
    asCpythonPyc.push(f);
  } else {
    failures.push([f, `differs: status ${ref.status} vs ${ours.status}\n--- cpython stderr\n${ref.stderr.slice(-800)}\n--- typhon pyc stderr\n${ours.stderr.slice(-800)}` +
      (ref.stdout !== ours.stdout ? `\n--- stdout differs (${ref.stdout.length} vs ${ours.stdout.length} chars)` : '')]);
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(`programs CPython compiles: ${considered}; identical stdout/stderr/status from Typhon's pyc: ${same}` +
  (considered ? ` (${(100 * same / considered).toFixed(1)}%)` : '') +
  (asCpythonPyc.length ? `, of which ${asCpythonPyc.length} run differently from source exactly as CPython's own pyc does` : ''));
if (verbose) for (const f of asCpythonPyc) console.log(`  as CPython's pyc: ${f}`);
for (const [f, why] of failures.slice(0, verbose ? failures.length : 10)) console.log(`  ${f}: ${why}`);
process.exitCode = failures.length ? 1 : 0;
