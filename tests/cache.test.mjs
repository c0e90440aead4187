// The bytecode cache of imported modules (issue 6, bar 2): __pycache__/NAME.typhon-311.pyc is created,
// reused (the second import compiles nothing: `-v` says where each code object came from), invalidated by
// edits (also within the same second when the size changes), rebuilt from any damaged file, skipped where it
// cannot be written, switched off by -B / PYTHONDONTWRITEBYTECODE / sys.dont_write_bytecode, moved by the
// pycache prefix, and safe when two processes import the same fresh module at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadCachedPyc } from '../dist/lib/bytecode/pyc.js';
import { CodeObject } from '../dist/lib/bytecode/code.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPHON = join(ROOT, 'bin', 'typhon');
const TAG = 'typhon-311';
// Caching on, nothing inherited from the caller's PYTHON* variables.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));

function tmp() {
  return mkdtempSync(join(tmpdir(), 'typhon-cache-'));
}

function run(cwd, args, env = {}) {
  const r = spawnSync(TYPHON, args, { cwd, env: { ...ENV, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A module whose output says which version of it ran. */
function writeModule(dir, name, version, extra = '') {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, `VERSION = ${JSON.stringify(version)}\ndef f(x):\n    return [x, x * 2]\n${extra}`);
  return file;
}

function writeMain(dir, name) {
  writeFileSync(join(dir, 'main.py'), `import ${name}\nprint(${name}.VERSION, ${name}.f(21))\n`);
}

const cachePath = (dir, name) => join(dir, '__pycache__', `${name}.${TAG}.pyc`);

/** How the module's code was obtained, from -v: 'cache', 'compiled' or 'none'. */
function origin(stderr, dir, name) {
  const src = join(dir, `${name}.py`);
  if (stderr.includes(`# code object from ${src}\n`)) return 'compiled';
  if (stderr.includes(`# ${cachePath(dir, name)} matches ${src}\n`)) return 'cache';
  return 'none';
}

function header(file) {
  const d = readFileSync(file);
  return { magic: d.readUInt16LE(0), crlf: d.readUInt16LE(2), flags: d.readUInt32LE(4), mtime: d.readUInt32LE(8), size: d.readUInt32LE(12), length: d.length };
}

test('the first import creates __pycache__/NAME.typhon-311.pyc with a timestamp header', () => {
  const dir = tmp();
  try {
    const src = writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    const r = run(dir, ['main.py']);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'one [21, 42]\n');
    const h = header(cachePath(dir, 'mod'));
    const st = statSync(src);
    assert.deepEqual([h.magic, h.crlf, h.flags, h.mtime, h.size], [3495, 0x0a0d, 0, Math.floor(st.mtimeMs / 1000), st.size]);
    assert.ok(h.length > 16);
    // The main script itself is compiled, never cached.
    assert.deepEqual(readdirSync(join(dir, '__pycache__')), [`mod.${TAG}.pyc`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the second import compiles nothing: the code comes from the cache', () => {
  const dir = tmp();
  try {
    writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    const first = run(dir, ['-v', 'main.py']);
    assert.equal(origin(first.stderr, dir, 'mod'), 'compiled');
    assert.match(first.stderr, new RegExp(`# created '${cachePath(dir, 'mod').replace(/[.]/g, '\\.')}'`));
    const before = readFileSync(cachePath(dir, 'mod'));
    const second = run(dir, ['-v', 'main.py']);
    assert.equal(second.stdout, 'one [21, 42]\n');
    assert.equal(origin(second.stderr, dir, 'mod'), 'cache');
    assert.ok(!second.stderr.includes('# created'), second.stderr);
    assert.ok(readFileSync(cachePath(dir, 'mod')).equals(before), 'the cache was rewritten');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an edit invalidates the cache, also within the same second when the size changes', () => {
  const dir = tmp();
  try {
    const src = writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    const t = new Date(Math.floor(Date.now() / 1000) * 1000); // a whole second
    utimesSync(src, t, t);
    assert.equal(run(dir, ['main.py']).stdout, 'one [21, 42]\n');
    // Same mtime (same second), different size.
    writeModule(dir, 'mod', 'two!');
    utimesSync(src, t, t);
    let r = run(dir, ['-v', 'main.py']);
    assert.equal(r.stdout, 'two! [21, 42]\n');
    assert.equal(origin(r.stderr, dir, 'mod'), 'compiled');
    assert.equal(origin(run(dir, ['-v', 'main.py']).stderr, dir, 'mod'), 'cache');
    // Same size, a later mtime.
    writeModule(dir, 'mod', 'six!');
    const later = new Date(t.getTime() + 5000);
    utimesSync(src, later, later);
    r = run(dir, ['-v', 'main.py']);
    assert.equal(r.stdout, 'six! [21, 42]\n');
    assert.equal(origin(r.stderr, dir, 'mod'), 'compiled');
    assert.match(r.stderr, /# bytecode is stale for 'mod'\n/);
    assert.equal(header(cachePath(dir, 'mod')).mtime, Math.floor(later.getTime() / 1000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Damaged caches: each is treated as absent (the source is compiled, the output is right, nothing is printed
// without -v, the exit status is 0) and the cache is rewritten valid.
const DAMAGE = {
  'empty file': () => Buffer.alloc(0),
  'bad magic number': (good) => Buffer.concat([Buffer.from('garb'), good.subarray(4)]),
  'CPython 3.10 magic': (good) => Buffer.concat([Buffer.from([0x6f, 0x0d, 0x0d, 0x0a]), good.subarray(4)]),
  'header cut at 10 bytes': (good) => good.subarray(0, 10),
  'invalid flags word': (good) => { const b = Buffer.from(good); b.writeUInt32LE(4, 4); return b; },
  'header only, no body': (good) => good.subarray(0, 16),
  'body truncated to half': (good) => good.subarray(0, 16 + ((good.length - 16) >> 1)),
  'body cut by one byte': (good) => good.subarray(0, good.length - 1),
  'random garbage body': (good) => Buffer.concat([good.subarray(0, 16), Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 97 + 13) & 255))]),
  'unknown marshal type code': (good) => Buffer.concat([good.subarray(0, 16), Buffer.from([0x21, 0, 0, 0, 0])]),
  'body is an int, not code': (good) => Buffer.concat([good.subarray(0, 16), Buffer.from([0x69, 7, 0, 0, 0])]),
  'body is a tuple, not code': (good) => Buffer.concat([good.subarray(0, 16), Buffer.from([0x29, 0x01, 0x4e])]),
  'code object with a wrong-typed field': (good) => {
    // The code object's first field (co_argcount, an int 'i') turned into None: types inside are wrong.
    const b = Buffer.from(good);
    const at = b.indexOf(0xe3, 16) >= 0 ? b.indexOf(0xe3, 16) : b.indexOf(0x63, 16);
    b[at + 1] = 0x4e; // 'N' where a 4-byte int should start
    return b;
  },
  'a reference to an object never stored': (good) => Buffer.concat([good.subarray(0, 16), Buffer.from([0x72, 0x40, 0, 0, 0])]),
  'stale hash-based pyc (checked)': (good) => {
    const b = Buffer.from(good);
    b.writeUInt32LE(3, 4); // hash-based, check_source
    b.fill(0x55, 8, 16); // a hash that is not the source's
    return b;
  },
};

for (const [kind, damage] of Object.entries(DAMAGE)) {
  test(`a damaged cache is rebuilt: ${kind}`, () => {
    const dir = tmp();
    try {
      writeModule(dir, 'mod', 'one');
      writeMain(dir, 'mod');
      assert.equal(run(dir, ['main.py']).status, 0);
      const good = readFileSync(cachePath(dir, 'mod'));
      writeFileSync(cachePath(dir, 'mod'), damage(good));
      const r = run(dir, ['main.py']);
      assert.deepEqual(r, { status: 0, stdout: 'one [21, 42]\n', stderr: '' });
      const again = run(dir, ['-v', 'main.py']);
      assert.equal(again.stdout, 'one [21, 42]\n');
      assert.equal(origin(again.stderr, dir, 'mod'), 'cache', `not rebuilt: ${again.stderr}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('hash-based pycs: checked ones follow the source, unchecked ones obey --check-hash-based-pycs', () => {
  const dir = tmp();
  try {
    writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    for (const [mode, flags] of [['checked-hash', 3], ['unchecked-hash', 1]]) {
      rmSync(join(dir, '__pycache__'), { recursive: true, force: true });
      writeModule(dir, 'mod', 'one');
      // CPython writes the hash-based pyc (its code objects run on Typhon; py_compile's command line has no mode).
      const how = mode === 'checked-hash' ? 'CHECKED_HASH' : 'UNCHECKED_HASH';
      const c = spawnSync('python3', ['-c', `import py_compile as p; p.compile('mod.py', cfile='__pycache__/mod.${TAG}.pyc', doraise=True, invalidation_mode=p.PycInvalidationMode.${how})`], { cwd: dir, encoding: 'utf8' });
      assert.equal(c.status, 0, c.stderr);
      assert.equal(header(cachePath(dir, 'mod')).flags, flags);
      assert.equal(origin(run(dir, ['-v', 'main.py']).stderr, dir, 'mod'), 'cache');
      writeModule(dir, 'mod', 'two');
      const r = run(dir, ['main.py']);
      assert.equal(r.stdout, mode === 'checked-hash' ? 'two [21, 42]\n' : 'one [21, 42]\n');
      if (mode === 'unchecked-hash') {
        assert.equal(run(dir, ['--check-hash-based-pycs', 'always', 'main.py']).stdout, 'two [21, 42]\n');
      } else {
        // The rewritten cache stays hash-based and checked.
        assert.equal(header(cachePath(dir, 'mod')).flags, 3);
        writeModule(dir, 'mod', 'six');
        assert.equal(run(dir, ['--check-hash-based-pycs', 'never', 'main.py']).stdout, 'two [21, 42]\n');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a sourceless module (NAME.pyc beside the importer) imports without its source', () => {
  const dir = tmp();
  try {
    writeModule(dir, 'mod', 'compiled');
    writeMain(dir, 'mod');
    assert.equal(run(dir, ['main.py']).status, 0);
    // The cache moved to where a sourceless module lives, and the source removed.
    writeFileSync(join(dir, 'mod.pyc'), readFileSync(cachePath(dir, 'mod')));
    rmSync(join(dir, 'mod.py'));
    rmSync(join(dir, '__pycache__'), { recursive: true, force: true });
    let r = run(dir, ['-v', 'main.py']);
    assert.equal(r.stdout, 'compiled [21, 42]\n');
    assert.ok(r.stderr.includes(`# code object from '${join(dir, 'mod.pyc')}'`), r.stderr);
    r = run(dir, ['-c', 'import mod; print(mod.__file__ == mod.__cached__, mod.__file__.endswith("mod.pyc"))']);
    assert.equal(r.stdout, 'True True\n');
    // A damaged sourceless module is an error (there is no source to fall back on), as in CPython.
    writeFileSync(join(dir, 'mod.pyc'), Buffer.from('garbage!garbage!garbage!'));
    r = run(dir, ['main.py']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /ImportError: bad magic number in 'mod': b'garb'\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unwritable cache directory is skipped silently', (t) => {
  const dir = tmp();
  try {
    // __pycache__ is a file: no directory can be made there, whoever runs the test.
    writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    writeFileSync(join(dir, '__pycache__'), 'not a directory');
    let r = run(dir, ['main.py']);
    assert.deepEqual(r, { status: 0, stdout: 'one [21, 42]\n', stderr: '' });
    r = run(dir, ['-v', 'main.py']);
    assert.match(r.stderr, /# could not create '.*__pycache__\/mod\.typhon-311\.pyc': (NotADirectoryError|FileNotFoundError|OSError)/);
    rmSync(join(dir, '__pycache__'));
    // A read-only directory (permissions do not bind root: then only the case above is real).
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    writeModule(ro, 'rmod', 'ro');
    writeMain(ro, 'rmod');
    chmodSync(ro, 0o555);
    try {
      r = run(ro, ['main.py']);
      assert.deepEqual(r, { status: 0, stdout: 'ro [21, 42]\n', stderr: '' });
      if (process.getuid && process.getuid() === 0) t.diagnostic('running as root: the read-only directory was writable');
      else assert.ok(!existsSync(join(ro, '__pycache__')));
    } finally {
      chmodSync(ro, 0o755);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode write no cache but still read one', () => {
  const dir = tmp();
  try {
    writeModule(dir, 'mod', 'one');
    writeMain(dir, 'mod');
    for (const [args, env] of [[['-B', 'main.py'], {}], [['main.py'], { PYTHONDONTWRITEBYTECODE: '1' }]]) {
      const r = run(dir, args, env);
      assert.equal(r.stdout, 'one [21, 42]\n');
      assert.ok(!existsSync(join(dir, '__pycache__')), `${args} ${JSON.stringify(env)} wrote a cache`);
    }
    writeFileSync(join(dir, 'main2.py'), 'import sys\nsys.dont_write_bytecode = True\nimport mod\nprint(mod.VERSION)\n');
    assert.equal(run(dir, ['main2.py']).stdout, 'one\n');
    assert.ok(!existsSync(join(dir, '__pycache__')));
    // -E ignores PYTHONDONTWRITEBYTECODE.
    run(dir, ['-E', 'main.py'], { PYTHONDONTWRITEBYTECODE: '1' });
    assert.ok(existsSync(cachePath(dir, 'mod')));
    // An existing cache is used under -B.
    assert.equal(origin(run(dir, ['-B', '-v', 'main.py']).stderr, dir, 'mod'), 'cache');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the pycache prefix (-X pycache_prefix, PYTHONPYCACHEPREFIX) keeps caches in a parallel tree', () => {
  const dir = tmp();
  try {
    const code = join(dir, 'code');
    mkdirSync(code);
    writeModule(code, 'mod', 'one');
    writeMain(code, 'mod');
    const prefix = join(dir, 'prefix');
    const expected = join(prefix, code.slice(1), `mod.${TAG}.pyc`);
    let r = run(code, ['-X', `pycache_prefix=${prefix}`, '-v', 'main.py']);
    assert.equal(r.stdout, 'one [21, 42]\n');
    assert.ok(existsSync(expected), r.stderr);
    assert.ok(!existsSync(join(code, '__pycache__')));
    r = run(code, ['-v', 'main.py'], { PYTHONPYCACHEPREFIX: prefix });
    assert.ok(r.stderr.includes(`# ${expected} matches ${join(code, 'mod.py')}\n`), r.stderr);
    // -X wins over the environment; an empty -X value turns the prefix off.
    r = run(code, ['-X', 'pycache_prefix=', 'main.py'], { PYTHONPYCACHEPREFIX: prefix });
    assert.ok(existsSync(cachePath(code, 'mod')));
    assert.equal(run(code, ['-c', 'import sys; print(sys.pycache_prefix)'], { PYTHONPYCACHEPREFIX: prefix }).stdout, `${prefix}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-O and -OO keep their own caches (opt-1, opt-2)', () => {
  const dir = tmp();
  try {
    writeModule(dir, 'mod', 'one', 'assert False, "asserts run"\n');
    writeMain(dir, 'mod');
    assert.equal(run(dir, ['-O', 'main.py']).stdout, 'one [21, 42]\n');
    assert.equal(run(dir, ['-OO', 'main.py']).stdout, 'one [21, 42]\n');
    assert.ok(existsSync(join(dir, '__pycache__', `mod.${TAG}.opt-1.pyc`)));
    assert.ok(existsSync(join(dir, '__pycache__', `mod.${TAG}.opt-2.pyc`)));
    const r = run(dir, ['main.py']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /AssertionError: asserts run\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('100 rounds of two processes importing the same fresh module at once', async (t) => {
  const dir = tmp();
  try {
    // A module big enough that compiling and writing it takes a while: the two processes overlap.
    let body = '';
    for (let i = 0; i < 150; i++) body += `def f${i}(a, b=${i}):\n    return [a + b, {"k": a * ${i}}, (a, b)]\n`;
    const start = Date.now();
    const runOne = (cwd) => new Promise((resolve) => {
      const p = spawn(TYPHON, ['main.py'], { cwd, env: ENV });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (status) => resolve({ status, out, err }));
    });
    const failures = [];
    const ROUNDS = 100;
    const PARALLEL = 4; // rounds in flight together (each one two processes on its own fresh module)
    let next = 0;
    const worker = async () => {
      while (next < ROUNDS) {
        const round = next++;
        const rd = join(dir, `r${round}`);
        mkdirSync(rd);
        writeFileSync(join(rd, 'fresh.py'), `VERSION = ${round}\n${body}`);
        writeFileSync(join(rd, 'main.py'), 'import fresh\nprint(fresh.VERSION, fresh.f149(1)[0])\n');
        const rs = await Promise.all([runOne(rd), runOne(rd)]);
        for (const r of rs) {
          if (r.status !== 0 || r.out !== `${round} 150\n` || r.err !== '') failures.push(`round ${round}: ${JSON.stringify(r)}`);
        }
        // The cache left behind is complete and valid for the source (checked as the importer checks it).
        const st = statSync(join(rd, 'fresh.py'));
        if (!existsSync(cachePath(rd, 'fresh'))) {
          failures.push(`round ${round}: no cache written`);
          continue;
        }
        const code = loadCachedPyc(readFileSync(cachePath(rd, 'fresh')), {
          name: 'fresh', sourceMtime: Math.floor(st.mtimeMs / 1000), sourceSize: st.size,
        });
        if (!(code instanceof CodeObject)) failures.push(`round ${round}: cache not valid afterwards: ${code}`);
        const left = readdirSync(join(rd, '__pycache__'));
        if (left.length !== 1) failures.push(`round ${round}: ${left.join(', ')} in __pycache__`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    assert.deepEqual(failures, []);
    t.diagnostic(`${ROUNDS} rounds in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
