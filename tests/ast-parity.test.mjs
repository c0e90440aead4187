// AST parity over CPython 3.11's whole Lib (about 1,800 files): Typhon's ast.dump must equal
// CPython's for at least 99.5% of them, and every differing file must be listed, with its reason,
// in tests/ast-known-differences.txt. The work is scripts/ast-parity.mjs (needs `npm run build`).
// Skipped when CPython's Lib is not on this machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runParity, readKnownDifferences, DEFAULT_LIB, BAR } from '../scripts/ast-parity.mjs';

const lib = process.env.TYPHON_CPYTHON_LIB ?? DEFAULT_LIB;

test('AST parity with CPython 3.11 over its Lib', { skip: !existsSync(lib) && `no CPython Lib at ${lib}`, timeout: 300_000 }, async (t) => {
  const r = await runParity({ lib });
  const known = readKnownDifferences();
  const pct = (100 * r.matching) / r.total;
  t.diagnostic(`${r.matching}/${r.total} files identical (${pct.toFixed(2)}%) in ${r.seconds.toFixed(1)} s`);
  const differing = new Set(r.diffs.map((d) => d.file));
  const fixed = [...known.keys()].filter((f) => !differing.has(f));
  if (fixed.length) t.diagnostic(`now identical, remove from tests/ast-known-differences.txt: ${fixed.join(', ')}`);
  const unlisted = r.diffs.filter((d) => !known.has(d.file));
  assert.ok(r.total > 1000, `only ${r.total} files found under ${lib}`);
  assert.deepEqual(unlisted.map((d) => `${d.file}: ${d.detail}`), [], 'differences not in tests/ast-known-differences.txt');
  assert.ok(pct >= BAR, `${pct.toFixed(2)}% of files identical, below ${BAR}%`);
});
