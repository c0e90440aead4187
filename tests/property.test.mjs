// Property-based differential sample (scripts/property-check.mjs): a fixed seeded sample of the
// four families (int, float, format, sort) under CPython 3.11 and Typhon. The VM is young, so the
// mismatch count of each family may not exceed the checked-in baseline (tests/property-baseline.json);
// when it drops, lower the baseline with
//   node scripts/property-check.mjs --ci --update-baseline
// so that it only ratchets down. The full run (>= 100,000 cases): node scripts/property-check.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propertyCheck, readBaseline, CI_SAMPLE, FAMILIES } from '../scripts/property-check.mjs';

test('property sample: mismatches per family do not exceed the baseline', { timeout: 300_000 }, async (t) => {
  const base = readBaseline();
  assert.ok(base, 'tests/property-baseline.json is missing (node scripts/property-check.mjs --ci --update-baseline)');
  assert.equal(base.seed, CI_SAMPLE.seed, 'baseline recorded for another seed');
  assert.equal(base.casesPerFamily, CI_SAMPLE.casesPerFamily, 'baseline recorded for another sample size');
  const res = await propertyCheck({ seed: CI_SAMPLE.seed, casesPerFamily: CI_SAMPLE.casesPerFamily });
  const worse = [];
  for (const f of FAMILIES) {
    const now = res.perFamily[f].mismatches, was = base.mismatches[f];
    t.diagnostic(`${f}: ${now} mismatches in ${res.perFamily[f].cases} cases (baseline ${was})`);
    if (now > was) {
      const ex = res.mismatches.filter((m) => m.family === f).slice(0, 5)
        .map((m) => `    ${m.case.slice(0, 200)}\n      CPython: ${m.expected.slice(0, 200)}\n      Typhon:  ${m.got.slice(0, 200)}`);
      worse.push(`${f}: ${now} > baseline ${was}; first mismatches:\n${ex.join('\n')}`);
    } else if (now < was) t.diagnostic(`${f} improved: lower the baseline (node scripts/property-check.mjs --ci --update-baseline)`);
  }
  assert.deepEqual(worse, [], worse.join('\n'));
});
