#!/usr/bin/env node
// For every program under tests/programs/ (or the given files/dirs) that CPython
// compiles, compile it with Typhon, marshal the code object, and run it under
// python3 (marshal.loads + exec as __main__); compare stdout, stderr and exit
// status with CPython running the source itself. Needs `npm run build` first.
// Usage: node scripts/pyc-runs-on-cpython.mjs [--verbose] [FILE_OR_DIR...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compile } from '../dist/lib/compiler/compile.js';
import { dumps } from '../dist/lib/bytecode/marshal.js';
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

// Runs a marshalled module as `python3 FILE` would run FILE; the runner's own
// frame is hidden from tracebacks so that they read the same.
const RUNNER = `
import marshal, sys, os, json, warnings
path, pyc, warns = sys.argv[1], sys.argv[2], sys.argv[3]
# Compile-time SyntaxWarnings Typhon reported, shown as CPython shows them when it compiles.
for msg, lineno in json.loads(warns):
    warnings.warn_explicit(msg, SyntaxWarning, path, lineno)
sys.argv = [path]
sys.orig_argv = [sys.orig_argv[0], path]
sys.path[0] = os.path.dirname(path)
code = marshal.loads(open(pyc, 'rb').read())
# This runner's frames sit under the program's: give the program the depth it has when run directly,
# also when it sets its own limit.
_EXTRA = 2
_set, _get = sys.setrecursionlimit, sys.getrecursionlimit
sys.setrecursionlimit = lambda n: _set(n + _EXTRA)
sys.getrecursionlimit = lambda: _get() - _EXTRA
_set(_get() + _EXTRA)
g = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__, '__cached__': None, '__doc__': None,
     '__loader__': None, '__package__': None, '__spec__': None}
try:
    exec(code, g)
except SystemExit:
    raise
except BaseException as e:
    e.__traceback__ = e.__traceback__.tb_next
    sys.excepthook(type(e), e, e.__traceback__)
    sys.exit(1)
`;

// The interpreter itself, not pyenv's slow shim.
const PY = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';
const tmp = mkdtempSync(join(tmpdir(), 'pyc-runs-'));
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' };
let considered = 0;
let same = 0;
const failures = [];
for (const f of files) {
  // As `python3 FILE` reads it: strict PEP 263 decoding, then compile.
  const check = spawnSync(PY, ['-c', 'import sys, importlib.util as u; compile(u.decode_source(open(sys.argv[1], "rb").read()), sys.argv[1], "exec")', f],
    { encoding: 'utf8' });
  if (check.status !== 0) continue; // CPython itself rejects it
  considered++;
  const source = readFileSync(f, 'utf8');
  let pycPath;
  const warns = [];
  try {
    const co = compile(parse(source, f, 'exec'), f, 'exec', {
      optimize: 0, flags: 0, source, warn: (msg, _file, lineno) => (warns.push([msg, lineno]), true),
    });
    pycPath = join(tmp, `${considered}.bin`);
    writeFileSync(pycPath, dumps(co));
  } catch (e) {
    failures.push([f, `Typhon failed: ${e instanceof PySyntaxError ? 'SyntaxError: ' + e.msg : e.stack}`]);
    continue;
  }
  const opts = { encoding: 'utf8', cwd: dirname(f), env, timeout: 60000 };
  const ref = spawnSync(PY, [f], opts);
  const ours = spawnSync(PY, ['-c', RUNNER, f, pycPath, JSON.stringify(warns)], opts);
  if (ours.signal || (ours.status ?? 0) < 0) failures.push([f, `CPython crashed running the pyc: ${ours.signal}`]);
  else if (ref.stdout === ours.stdout && ref.stderr === ours.stderr && ref.status === ours.status) same++;
  else {
    failures.push([f, `differs: status ${ref.status} vs ${ours.status}\n--- cpython stderr\n${ref.stderr.slice(-800)}\n--- typhon pyc stderr\n${ours.stderr.slice(-800)}` +
      (ref.stdout !== ours.stdout ? `\n--- stdout differs (${ref.stdout.length} vs ${ours.stdout.length} chars)` : '')]);
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log(`programs CPython compiles: ${considered}; identical stdout/stderr/status from Typhon's pyc: ${same}` +
  (considered ? ` (${(100 * same / considered).toFixed(1)}%)` : ''));
for (const [f, why] of failures.slice(0, verbose ? failures.length : 10)) console.log(`  ${f}: ${why}`);
process.exitCode = failures.length ? 1 : 0;
