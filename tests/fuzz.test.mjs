// No JavaScript error reaches the user (scripts/fuzz-no-js-errors.mjs): a fixed seeded sample of
// generated and mutated programs, run in-process. The VM is young, so the number of programs that
// show a JS error may not exceed the checked-in baseline (tests/fuzz-baseline.json); when it drops,
// lower it with
//   node scripts/fuzz-no-js-errors.mjs --ci --update-baseline
// The full run (>= 10,000 programs, minimised reproducers): node scripts/fuzz-no-js-errors.mjs --in-process
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fuzz, BASELINE, CI_SAMPLE } from '../scripts/fuzz-no-js-errors.mjs';

test('fuzz sample: programs with a JS error do not exceed the baseline', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(BASELINE), 'tests/fuzz-baseline.json is missing (node scripts/fuzz-no-js-errors.mjs --ci --update-baseline)');
  const base = JSON.parse(readFileSync(BASELINE, 'utf8'));
  assert.equal(base.seed, CI_SAMPLE.seed, 'baseline recorded for another seed');
  assert.equal(base.count, CI_SAMPLE.count, 'baseline recorded for another sample size');
  const res = await fuzz({ seed: CI_SAMPLE.seed, count: CI_SAMPLE.count, inProcess: true, minimiseBudget: 0, timeoutMs: CI_SAMPLE.timeoutMs });
  t.diagnostic(`${res.ran} programs in ${res.seconds.toFixed(1)} s: ${res.failing} with a JS error (baseline ${base.failing}), ${res.failures.length} distinct, ${res.timeouts} timed out`);
  for (const f of res.failures) t.diagnostic(`  ${f.count} x ${f.signature} (first: ${f.how}, program #${f.program})`);
  if (res.failing < base.failing) t.diagnostic('improved: lower the baseline (node scripts/fuzz-no-js-errors.mjs --ci --update-baseline)');
  assert.ok(res.failing <= base.failing, `${res.failing} programs with a JS error, baseline ${base.failing}:\n` +
    res.failures.map((f) => `  ${f.signature}: ${JSON.stringify(f.reproducer.slice(0, 300))}`).join('\n'));
});
