// No JavaScript exception reaches Python when a builtin is called with missing or unusable arguments:
// tests/fixtures/argscan/scan.py calls every method of common builtin objects and every function of the
// native modules with a dozen odd argument lists and lists the calls that ended in an internal error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

test('builtins called with odd arguments raise Python errors, never internal ones', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'typhon-argscan-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'typhon'), '-W', 'ignore', join(ROOT, 'tests', 'fixtures', 'argscan', 'scan.py')],
    { encoding: 'utf8', cwd, timeout: 600000 });
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.at(-1), '0 internal errors', lines.slice(-20).join('\n') + r.stderr.slice(-2000));
});
