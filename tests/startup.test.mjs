// bin/typhon's V8 code cache of the bundle (issue 6, bar 3): written once, padded so that V8's data is
// 8-byte aligned, accepted by later runs (not rewritten), independent of the program that wrote it, and the
// caches of earlier builds pruned from dist/ when a new one is written. Each test runs a copy of bin/typhon
// and dist/typhon.cjs in a temporary directory, as `node bin/typhon` (no shebang flags: dist/typhon.cjs.cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'typhon-startup-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(ROOT, 'bin', 'typhon'), join(dir, 'bin', 'typhon'));
  copyFileSync(join(ROOT, 'dist', 'typhon.cjs'), join(dir, 'dist', 'typhon.cjs'));
  return dir;
}

function run(dir, args) {
  const env = { ...process.env, XDG_CACHE_HOME: join(dir, 'xdg') };
  for (const k of Object.keys(env)) if (k.startsWith('PYTHON')) delete env[k];
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'typhon'), ...args], { encoding: 'utf8', env, cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const cacheOf = (dir) => join(dir, 'dist', 'typhon.cjs.cache');

test('the cache is written once, with the bundle id padded to 64 bytes, and reused', () => {
  const dir = install();
  try {
    assert.equal(run(dir, ['-c', 'print(6 * 7)']), '42\n');
    const data = readFileSync(cacheOf(dir));
    const bundle = statSync(join(dir, 'dist', 'typhon.cjs'));
    assert.equal(data.toString('latin1', 0, 64), `${bundle.size}-${bundle.mtimeMs}`.padEnd(63) + '\n');
    assert.ok(data.length > 100000, 'V8 data follows the header');
    const before = statSync(cacheOf(dir)).mtimeMs;
    // A cache V8 rejected, or a header that did not match, would be written again.
    assert.equal(run(dir, ['-c', 'import sys; print(sys.argv)', 'a']), "['-c', 'a']\n");
    assert.equal(statSync(cacheOf(dir)).mtimeMs, before);
    assert.deepEqual(readFileSync(cacheOf(dir)), data);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache in the old format (unpadded id line) is replaced', () => {
  const dir = install();
  try {
    const bundle = statSync(join(dir, 'dist', 'typhon.cjs'));
    writeFileSync(cacheOf(dir), `${bundle.size}-${bundle.mtimeMs}\n` + 'x'.repeat(1000));
    assert.equal(run(dir, ['-c', 'print(1)']), '1\n');
    assert.equal(readFileSync(cacheOf(dir)).toString('latin1', 63, 64), '\n');
    assert.ok(statSync(cacheOf(dir)).size > 100000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what the cache holds does not depend on the program that wrote it', () => {
  const dir = install();
  try {
    run(dir, ['-c', 'pass']);
    const small = statSync(cacheOf(dir)).size;
    rmSync(cacheOf(dir));
    // A program that runs a good deal of the VM (written before it runs, the cache leaves that out).
    const busy = [
      'x = {i: str(i) * 3 for i in range(300)}',
      'class P:\n    def __init__(self, a): self.a = a\n    def __repr__(self): return f"P({self.a!r})"',
      "print(sum(len(v) for v in x.values()), 2 ** 100, '%5.2f' % 3.14159, 'abc'.upper().center(9, '*'))",
      'print(sorted(set(range(50)) ^ {1, 2, 3})[:5], bytes(range(5)).hex(), divmod(17, 5), [P(i) for i in range(2)])',
      'try:\n    {}["k"]\nexcept KeyError as e:\n    print(repr(e), int("12") + float("1.5"), complex(1, 2) * 2)',
    ].join('\n');
    assert.equal(run(dir, ['-c', busy]),
      "2370 1267650600228229401496703205376  3.14 ***ABC***\n[0, 4, 5, 6, 7] 0001020304 (3, 2) [P(0), P(1)]\n" +
      "KeyError('k') 13.5 (2+4j)\n");
    const other = statSync(cacheOf(dir)).size;
    assert.ok(Math.abs(other - small) < small * 0.02, `cache of -c pass ${small} bytes, of the busy program ${other}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writing a cache prunes those of earlier builds from dist/, and keeps those of this build', () => {
  const dir = install();
  try {
    const d = join(dir, 'dist');
    const past = new Date(Date.now() - 3600e3);
    for (const name of ['typhon.cjs.deadbeef.cache', 'typhon.cjs.cache.123.tmp', 'typhon.cjs.1234abcd.cache']) {
      writeFileSync(join(d, name), 'old');
      utimesSync(join(d, name), past, past);
    }
    utimesSync(join(d, 'typhon.cjs'), new Date(Date.now() - 1800e3), new Date(Date.now() - 1800e3));
    writeFileSync(join(d, 'typhon.cjs.cafe.cache'), 'of this build, other flags');
    writeFileSync(join(d, 'unrelated.cache'), 'not ours');
    utimesSync(join(d, 'unrelated.cache'), past, past);
    run(dir, ['-c', 'pass']);
    assert.deepEqual(readdirSync(d).sort(), ['typhon.cjs', 'typhon.cjs.cache', 'typhon.cjs.cafe.cache', 'unrelated.cache']);
    // Runs that find their cache write nothing and prune nothing.
    writeFileSync(join(d, 'typhon.cjs.feed.cache'), 'old');
    utimesSync(join(d, 'typhon.cjs.feed.cache'), past, past);
    run(dir, ['-c', 'pass']);
    assert.ok(existsSync(join(d, 'typhon.cjs.feed.cache')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('NODE_EXTRA_CA_CERTS, kept from node by the shebang, is in the program environment unchanged', () => {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PYTHON') || k.includes('EXTRA_CA_CERTS')) delete env[k];
  const prog = 'import os; print(repr(os.environ.get("NODE_EXTRA_CA_CERTS")), [k for k in os.environ if k.startswith("TYPHON_NODE")])';
  const run1 = (extra) => {
    const r = spawnSync(join(ROOT, 'bin', 'typhon'), ['-c', prog], { encoding: 'utf8', env: { ...env, ...extra } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  assert.equal(run1({ NODE_EXTRA_CA_CERTS: '/some dir/certs.pem' }), "'/some dir/certs.pem' []\n");
  assert.equal(run1({}), 'None []\n');
});
