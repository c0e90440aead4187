// Suspendable execution (issue 4, bar 3): every corpus program that passes the differential test
// gives the same stdout, stderr and exit code when run in slices of a few hundred instructions,
// with the JS stack unwound and the event loop turned between slices (bin/typhon with
// TYPHON_SLICE_BUDGET); and an endless loop is stopped by an interrupt request within 50 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPrograms, readKnownFailures, runAll } from './differential.test.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BUDGET = 300;

test('every passing corpus program runs identically in slices of 300 instructions', async (t) => {
  const known = readKnownFailures();
  // Syntax- and compile-error programs never reach the loop.
  const programs = listPrograms().filter((p) => !known.has(p) && !/^(syntax|compile)_errors\//.test(p));
  let pauses = 0;
  // bin/typhon itself, made to pause after every BUDGET instructions (src/cli/run.ts, executeSliced).
  const results = await runAll(programs, undefined, (_rel, got) => { pauses += Number(got.extra.trim() || 0); },
    { TYPHON_SLICE_BUDGET: String(BUDGET) });
  const failures = programs.filter((p) => results.get(p) !== '').map((p) => `${p}: ${results.get(p)}`);
  t.diagnostic(`${programs.length - failures.length}/${programs.length} identical; ${pauses} pauses in all`);
  assert.deepEqual(failures, []);
  // The harness must really pause: on average many times per program.
  assert.ok(pauses > programs.length * 10, `only ${pauses} pauses`);
});

test('an endless loop stops within 50 ms of an interrupt request', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'typhon-int-'));
  try {
    const prog = join(dir, 'spin.py');
    writeFileSync(prog, 'n = 0\nwhile True:\n    n += 1\n');
    const r = spawnSync(process.execPath, [join(HERE, 'helpers', 'interrupt-latency.mjs'), prog, '200'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const latency = Number(r.output[3].trim());
    t.diagnostic(`interrupt latency ${latency} ms`);
    assert.match(r.stderr, /spin.py", line [23], in <module>\n[\s\S]*KeyboardInterrupt\n$/);
    assert.ok(latency >= 0 && latency < 50, `stopped ${latency} ms after the request`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
