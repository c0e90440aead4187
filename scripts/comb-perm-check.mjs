#!/usr/bin/env node
// Compares Typhon's math.comb and math.perm with CPython's for every 0 <= k <= n <= N (default 200), a
// few huge arguments and the error cases (k > n, negatives, non-integers, arguments past LLONG_MAX):
// one Python program runs under both interpreters and the printed lines are compared.
//
//   node scripts/comb-perm-check.mjs [--n N] [--show K]      (needs npm run build: runs bin/typhon)
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('n', '200'));
const SHOW = Number(opt('show', '10'));
const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? 'python3';

const prog = `
import math
N = ${N}
for n in range(N + 1):
    for k in range(n + 2):
        print('c', n, k, math.comb(n, k))
        print('p', n, k, math.perm(n, k))
    print('p1', n, math.perm(n))
big = [2**53 - 1, 2**53, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**64 + 7, 10**30, 3**100]
for n in big:
    for k in (0, 1, 2, 3, 5, 10, 30, n - 3, n - 1, n, n + 1, 2**63 - 1, 2**63, 2**64):
        for name, f in (('c', math.comb), ('p', math.perm)):
            # perm's result has about k * log2(n) bits: only small k (or k > n) for it
            if (name == 'c' and 30 < min(k, n - k)) or (name == 'p' and 30 < k <= n):
                continue
            try:
                print(name, n, k, f(n, k))
            except Exception as e:
                print(name, n, k, type(e).__name__, e)
for n, k in ((1000, 500), (3000, 1234), (10**4, 77), (67, 33), (56, 27), (60, 30), (61, 30), (62, 31)):
    print('c', n, k, math.comb(n, k) % (2**61 - 1), math.comb(n, k).bit_length())
    print('p', n, k, math.perm(n, k) % (2**61 - 1), math.perm(n, k).bit_length())
for a in ((-1, 0), (0, -1), (-1, -1), (1.0, 0), (1, 0.5), (True, True), (5, None), ('a', 1), (2**63, 2**63 + 5), (2**64, 2**63)):
    for name, f in (('c', math.comb), ('p', math.perm)):
        try:
            r = f(*a)
            print(name, a, r if r.bit_length() < 300 else r % 1000003)
        except Exception as e:
            print(name, a, type(e).__name__, e)
`;

const dir = mkdtempSync(join(tmpdir(), 'combperm-'));
try {
  const file = join(dir, 'cp.py');
  writeFileSync(file, prog);
  const run = (cmd) => {
    const r = spawnSync(cmd, [file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) {
      console.error(`${cmd} failed:\n${r.stderr}`);
      process.exit(2);
    }
    return r.stdout.split('\n');
  };
  const want = run(CPYTHON);
  const got = run(join(ROOT, 'bin', 'typhon'));
  let bad = 0;
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    if (bad++ < SHOW) console.log(`expected: ${want[i]}\n     got: ${got[i]}`);
  }
  console.log(`comb/perm: ${want.length - 1} results, ${bad} mismatches`);
  process.exitCode = bad === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
