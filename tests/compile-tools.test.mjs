// `typhon -m dis`, `-m py_compile` and `-m compileall` against `python3 -m ...`: the same output, exit status
// and files (pycs named NAME.typhon-311.pyc where CPython writes NAME.cpython-311.pyc).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPHON = join(ROOT, 'dist/typhon-dev.cjs');
const PYTHON = execFileSync('python3', ['-c', 'import sys;print(sys.executable)'], { encoding: 'utf8' }).trim();

function baseEnv(extra = {}) {
  const env = { ...process.env, PYTHONHASHSEED: '0', ...extra };
  delete env.SOURCE_DATE_EPOCH;
  delete env.PYTHONDONTWRITEBYTECODE;
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  return env;
}

function run(which, args, cwd, { env = {}, input } = {}) {
  const [cmd, pre] = which === 'typhon' ? [process.execPath, [TYPHON]] : [PYTHON, []];
  const r = spawnSync(cmd, [...pre, ...args], { cwd, env: baseEnv(env), input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Write a tree of files ({path: content}) under dir. */
function writeTree(dir, tree) {
  for (const [p, content] of Object.entries(tree)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
}

function listFiles(dir) {
  const out = [];
  (function walk(d) {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (lstatSync(p).isDirectory()) walk(p); else out.push(relative(dir, p));
    }
  })(dir);
  return out;
}

// --- dis ---------------------------------------------------------------------------------------------------

const DIS_FILES = {
  'simple.py': 'x = 1\ny = x + 2\nprint(x, y)\n',
  'functions.py': `
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "doc"
    return a + b * c - d // e % len(args)

async def g(x: int = 5, *, y: 'str' = None):
    await x
    async for i in y:
        yield i
    async with x as (a, b), y:
        pass

lam = lambda q, *r: (q, r)
`,
  'closures.py': `
def outer(n):
    total = 0
    def inner(k):
        nonlocal total
        total += k
        return total
    class C:
        def m(self):
            return __class__, n
    return inner, C

def gen():
    yield from range(3)
    x = yield 1
    return [y for y in x if y], {k: v for k, v in x}, {z for z in x}, (w for w in x)
`,
  'control.py': `
for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
    while i < 5:
        i += 1
else:
    pass
try:
    import os.path as p
    from sys import (argv, path as sp)
except (ImportError, KeyError) as e:
    raise RuntimeError('x') from e
finally:
    print('done')
try:
    pass
except* ValueError:
    pass
with open('f') as fh, open('g'):
    del fh
assert i, 'msg'
`,
  'constants.py': `
a = (1, 2.5, -3j, 'str', b'bytes', None, True, False, ..., (1, (2,)), ())
b = 10**30, 1e300*1e300, -0.0, 0.1, 1/3, 2+3j, "it's", 'say "hi"', '\\x00\\n\\t\\u1234'
c = x in {1, 2, 3}, x not in {100, -1, 2**70, 17, 33}, x in ('a', 'b'), x in {b'x', b'yy'}
d = x in {'spam', 'eggs', 'ham', 'a', 'longer string'}
e = 'a' 'b' f'{a!r:>10} {b!s} {c!a} {d:{e}} {e=}'
`,
  'match.py': `
def m(cmd):
    match cmd:
        case [x, y, *rest] if x > y:
            return rest
        case {'k': v, **kw}:
            return v, kw
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case 1 | 2 | 3 | 'str' | None | True:
            return 'lit'
        case str() as s:
            return s
        case _:
            return None
`,
  'classes.py': `
import abc
@decorator(arg)
class A(B, metaclass=abc.ABCMeta, **extra):
    """Doc."""
    x: int = 1
    y: 'list[str]'
    __slots__ = ('p',)
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.p = [*a, *k]
    @property
    def q(self): return self.p[0]
    @q.setter
    def q(self, v): self.p[0] = v
`,
  'comparisons.py': `
r = (a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in b, a not in b, a < b < c)
s = (a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b, a @ b)
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1; a @= b
t = (not a, -a, +a, ~a, a and b, a or b, a if b else c)
u = x[1], x[1:2], x[::2], x[a, b:c], x.y.z
`,
  'bigjumps.py': 'def big(x):\n' + Array.from({ length: 400 }, (_, i) => `    if x == ${i}:\n        x = f(x, ${i}, 'v${i}')\n`).join('') + '    return x\n',
  'manylines.py': Array.from({ length: 1200 }, (_, i) => `v${i} = ${i}`).join('\n') + '\ndef late():\n    return v1\n',
  'global_walrus.py': `
G = 0
def f(xs):
    global G
    if (n := len(xs)) > 10:
        G = n
    del G
    return [y := v for v in xs], y
print(*f([1]), sep=', ', **{'end': ''})
`,
  'strings_unicode.py': '# -*- coding: utf-8 -*-\ns = "héllo wörld ✓ 𝄞"\nb = "\\N{BULLET}" + \'\\u00e9\'\nprint(s, b)\n',
  'exceptions.py': `
def f():
    try:
        return g()
    except ValueError as e:
        del e
    except (TypeError, KeyError):
        raise
    else:
        return 1
    finally:
        cleanup()
    with a:
        try:
            pass
        finally:
            return 2
`,
};

const normAddr = (s) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');

test('typhon -m dis prints what python3 -m dis prints (addresses normalised)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dis-cli-'));
  try {
    writeTree(dir, DIS_FILES);
    const failures = [];
    for (const name of Object.keys(DIS_FILES)) {
      const py = run('python', ['-m', 'dis', name], dir);
      const ty = run('typhon', ['-m', 'dis', name], dir);
      assert.equal(py.status, 0, `${name}: ${py.stderr}`);
      if (ty.status !== 0 || normAddr(ty.stdout) !== normAddr(py.stdout)) {
        const a = normAddr(ty.stdout).split('\n'), b = normAddr(py.stdout).split('\n');
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        failures.push(`${name} (status ${ty.status} ${ty.stderr}) line ${k + 1}:\n  typhon:  ${a[k]}\n  cpython: ${b[k]}`);
      }
    }
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('typhon -m dis: usage errors and syntax errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dis-cli-'));
  try {
    writeFileSync(join(dir, 'bad.py'), 'x = (\n');
    for (const args of [['missing.py'], ['a.py', 'b.py']]) {
      const py = run('python', ['-m', 'dis', ...args], dir);
      const ty = run('typhon', ['-m', 'dis', ...args], dir);
      assert.equal(ty.status, py.status, args.join(' '));
      assert.equal(ty.stderr, py.stderr, args.join(' '));
    }
    const py = run('python', ['-m', 'dis', 'bad.py'], dir);
    const ty = run('typhon', ['-m', 'dis', 'bad.py'], dir);
    assert.equal(ty.status, py.status);
    // the traceback's frames are CPython's own files; the SyntaxError part must match
    const tail = (s) => s.slice(s.indexOf('  File "bad.py"'));
    assert.equal(tail(ty.stderr), tail(py.stderr));
    // stdin
    const src = 'print(1)\n';
    assert.equal(normAddr(run('typhon', ['-m', 'dis'], dir, { input: src }).stdout), normAddr(run('python', ['-m', 'dis'], dir, { input: src }).stdout));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// --- py_compile / compileall: run both in twin directories and compare ----------------------------------------

const TAG = { python: 'cpython-311', typhon: 'typhon-311' };

/** Run a scenario in a fresh directory for each implementation; returns per-implementation results. */
function twin(tree, steps, opts = {}) {
  const res = {};
  for (const which of ['python', 'typhon']) {
    const dir = mkdtempSync(join(tmpdir(), `ct-${which}-`));
    try {
      writeTree(dir, tree);
      if (opts.setup) opts.setup(dir, which);
      const outs = [];
      for (const step of steps) {
        if (typeof step === 'function') { step(dir, which); continue; }
        const r = run(which, step.args, dir, step);
        outs.push({ status: r.status, stdout: r.stdout, stderr: r.stderr.replaceAll(dir, '<DIR>') });
      }
      const files = listFiles(dir).map((f) => f.replace(TAG[which], 'TAG'));
      const pycs = {};
      for (const f of listFiles(dir)) if (f.endsWith('.pyc') && lstatSync(join(dir, f)).isFile()) pycs[f.replace(TAG[which], 'TAG')] = readFileSync(join(dir, f));
      const sources = {};
      for (const f of Object.keys(tree)) {
        try { sources[f] = { mtime: Math.floor(statSync(join(dir, f)).mtimeMs / 1000), bytes: readFileSync(join(dir, f)) }; } catch { /* removed */ }
      }
      res[which] = { outs, files, pycs, sources };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return res;
}

function assertSameOutcome(res, what) {
  assert.deepEqual(res.typhon.outs, res.python.outs, `${what}: output and status`);
  assert.deepEqual(res.typhon.files, res.python.files, `${what}: files written`);
  for (const [f, cp] of Object.entries(res.python.pycs)) {
    const tp = res.typhon.pycs[f];
    assert.deepEqual(tp.subarray(0, 8), cp.subarray(0, 8), `${what}: ${f} magic and flags`);
    const flags = cp.readUInt32LE(4);
    if (flags & 1) assert.deepEqual(tp.subarray(8, 16), cp.subarray(8, 16), `${what}: ${f} source hash`);
    else {
      const src = f.replace(/__pycache__\//, '').replace(/\.TAG(\.opt-\d)?\.pyc$/, '.py').replace(/\.pyc$/, '.py');
      const s = res.typhon.sources[src];
      if (s) {
        assert.equal(tp.readUInt32LE(8), s.mtime >>> 0, `${what}: ${f} mtime`);
        assert.equal(tp.readUInt32LE(12), s.bytes.length, `${what}: ${f} size`);
      }
    }
    assert.deepEqual(tp.subarray(16), cp.subarray(16), `${what}: ${f} marshalled code`);
  }
}

const PKG = {
  'pkg/__init__.py': 'from .mod import f\n',
  'pkg/mod.py': 'def f(x):\n    return [i * x for i in range(3)]\n',
  'pkg/sub/__init__.py': '',
  'pkg/sub/deep/leaf.py': 'LEAF = "é"\n',
  'pkg/bad.py': 'def broken(:\n    pass\n',
  'pkg/data.txt': 'not python\n',
  'pkg/__pycache__/stale.txt': 'left alone\n',
  'top.py': 'import pkg\nprint(pkg.f(2))\n',
};

test('py_compile: pycs, errors and exit status as CPython', () => {
  const cases = [
    { what: 'one file', steps: [{ args: ['-m', 'py_compile', 'top.py'] }] },
    { what: 'several files', steps: [{ args: ['-m', 'py_compile', 'top.py', 'pkg/mod.py', 'pkg/sub/deep/leaf.py'] }] },
    { what: 'syntax error stops the run', steps: [{ args: ['-m', 'py_compile', 'top.py', 'pkg/bad.py', 'pkg/mod.py'] }] },
    { what: 'syntax error, quiet', steps: [{ args: ['-m', 'py_compile', '-q', 'pkg/bad.py'] }] },
    { what: 'missing file', steps: [{ args: ['-m', 'py_compile', 'nope.py'] }] },
    { what: 'missing file, quiet', steps: [{ args: ['--', '-m', 'py_compile', '--quiet', 'nope.py'].slice(1) }] },
    { what: 'no arguments', steps: [{ args: ['-m', 'py_compile'] }] },
    { what: 'unknown option', steps: [{ args: ['-m', 'py_compile', '-z', 'top.py'] }] },
    { what: 'names on stdin', steps: [{ args: ['-m', 'py_compile', '-'], input: 'top.py\npkg/mod.py\n' }] },
    { what: 'SOURCE_DATE_EPOCH', steps: [{ args: ['-m', 'py_compile', 'top.py', 'pkg/mod.py'], env: { SOURCE_DATE_EPOCH: '1' } }] },
    { what: 'not a regular file', steps: [(d) => mkdirSync(join(d, '__pycache__/top.TAG.pyc'.replace('TAG', d.includes('ct-python') ? 'cpython-311' : 'typhon-311')), { recursive: true }),
      { args: ['-m', 'py_compile', 'top.py'] }] },
    { what: 'symlink target', steps: [(d) => { mkdirSync(join(d, '__pycache__')); symlinkSync('elsewhere', join(d, '__pycache__', `top.${d.includes('ct-python') ? 'cpython-311' : 'typhon-311'}.pyc`)); },
      { args: ['-m', 'py_compile', 'top.py'] }] },
  ];
  for (const c of cases) {
    const res = twin(PKG, c.steps);
    // the messages name the pyc: compare with the tags aligned
    for (const o of res.python.outs) { o.stderr = o.stderr.replaceAll(TAG.python, 'TAG'); }
    for (const o of res.typhon.outs) { o.stderr = o.stderr.replaceAll(TAG.typhon, 'TAG'); }
    assertSameOutcome(res, c.what);
  }
});

test('compileall: listings, errors, options and exit status as CPython', () => {
  const cases = [
    { what: 'directory', args: ['pkg'] },
    { what: 'directory and file', args: ['pkg/sub', 'top.py'] },
    { what: 'quiet', args: ['-q', 'pkg'] },
    { what: 'very quiet', args: ['-qq', 'pkg'] },
    { what: 'no recursion', args: ['-l', 'pkg'] },
    { what: 'recursion 1', args: ['-r', '1', 'pkg'] },
    { what: 'recursion 0 bundled', args: ['-r0', 'pkg'] },
    { what: 'legacy', args: ['-b', 'pkg'] },
    { what: 'missing directory', args: ['nodir'] },
    { what: 'current directory', args: ['.'] },
    { what: 'exclude', args: ['-x', 'bad', 'pkg'] },
    { what: 'ddir', args: ['-d', '/dest', 'pkg'] },
    { what: 'bad option', args: ['-r', 'x', 'pkg'] },
    { what: 'unchecked hash', args: ['--invalidation-mode', 'unchecked-hash', 'pkg/sub'] },
    { what: 'optimised (-O)', pre: ['-O'], args: ['-q', 'pkg/sub'] },
    { what: 'optimised twice (-OO)', pre: ['-OO'], args: ['-q', 'pkg/sub'] },
    { what: 'optimisation levels', args: ['-q', '-o', '0', '-o', '2', '-o', '1', 'pkg/sub'] },
    { what: 'hardlinked duplicates', args: ['-q', '-o', '1', '-o', '2', '--hardlink-dupes', 'pkg/sub'] },
    { what: 'hardlinks need two levels', args: ['--hardlink-dupes', 'pkg/sub'] },
    { what: 'symlinks limited to a directory', args: ['-q', '-e', 'pkg', '.'], setup: (d) => symlinkSync(join(d, 'top.py'), join(d, 'pkg/link.py')) },
    { what: 'workers (one process here)', args: ['-q', '-j', '2', 'pkg/sub'] },
  ];
  for (const c of cases) {
    assertSameOutcome(twin(PKG, [...(c.setup ? [c.setup] : []), { args: [...(c.pre ?? []), '-m', 'compileall', ...c.args] }]), c.what);
  }
  // up to date: nothing recompiled the second time; -f recompiles; a touched source is recompiled
  const touch = (d) => utimesSync(join(d, 'pkg/mod.py'), new Date(), new Date(Date.now() + 5000));
  assertSameOutcome(twin(PKG, [{ args: ['-m', 'compileall', 'pkg'] }, { args: ['-m', 'compileall', 'pkg'] },
    { args: ['-m', 'compileall', '-f', '-q', 'pkg'] }, touch, { args: ['-m', 'compileall', 'pkg'] }]), 'second runs');
});

test('a pyc written by typhon -m py_compile runs on CPython', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-run-'));
  try {
    writeTree(dir, PKG);
    const r = run('typhon', ['-m', 'compileall', '-q', '-b', '-x', 'bad', '.'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    for (const f of Object.keys(PKG)) if (f.endsWith('.py')) rmSync(join(dir, f), { force: true });
    const out = execFileSync(PYTHON, ['top.pyc'], { cwd: dir, env: baseEnv(), encoding: 'utf8' });
    assert.equal(out, '[0, 2, 4]\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
