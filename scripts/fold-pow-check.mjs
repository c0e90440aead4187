#!/usr/bin/env node
// Compares the constants Typhon's compiler folds for float and complex `**` (src/compiler/ast_opt.ts) with
// CPython's: random `(a+bj) ** (c+dj)`, `x ** y` (negative bases included: folded to complex) and `x ** n`
// literals are compiled by both interpreters and the repr of each code object's co_consts is compared.
//
//   node scripts/fold-pow-check.mjs [--n N] [--seed S] [--show K]      (needs npm run build: runs bin/typhon)
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
const N = Number(opt('n', '3000'));
const SHOW = Number(opt('show', '10'));
let state = Number(opt('seed', '3')) >>> 0;
const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? 'python3';

function rnd() {
  let t = (state = (state + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sign = () => (rnd() < 0.5 ? '-' : '');
// a float literal: repr of a random double, of varied magnitude
const lit = () => {
  const x = Math.exp((rnd() - 0.5) * (rnd() < 0.8 ? 6 : 200));
  if (rnd() < 0.2 && x < 1e15) return Math.round(x) + '.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
};
const exprs = [];
for (let i = 0; i < N; i++) {
  switch (i % 4) {
    case 0: exprs.push(`(${sign()}${lit()}${rnd() < 0.5 ? '+' : '-'}${lit()}j) ** (${sign()}${lit()}${rnd() < 0.5 ? '+' : '-'}${lit()}j)`); break;
    case 1: exprs.push(`(${sign()}${lit()}${rnd() < 0.5 ? '+' : '-'}${lit()}j) ** ${sign()}${Math.floor(rnd() * 30)}`); break;
    case 2: exprs.push(`${lit()} ** ${sign()}${lit()}`); break;
    default: exprs.push(`(-${lit()}) ** ${sign()}${lit()}`); break;
  }
}
const prog = `
import sys
for line in open(sys.argv[1]):
    src = line.strip()
    print(src, repr(compile(src, '<fold>', 'eval').co_consts))
`;
const dir = mkdtempSync(join(tmpdir(), 'foldpow-'));
try {
  writeFileSync(join(dir, 'exprs.txt'), exprs.join('\n') + '\n');
  writeFileSync(join(dir, 'p.py'), prog);
  const run = (cmd) => {
    const r = spawnSync(cmd, [join(dir, 'p.py'), join(dir, 'exprs.txt')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
    return r.stdout.split('\n');
  };
  const want = run(CPYTHON);
  const got = run(join(ROOT, 'bin', 'typhon'));
  let bad = 0;
  for (let i = 0; i < exprs.length; i++) {
    if (want[i] === got[i]) continue;
    if (bad++ < SHOW) console.log(`CPython: ${want[i]}\n Typhon: ${got[i]}`);
  }
  console.log(`folded **: ${exprs.length} expressions, ${bad} mismatches`);
  process.exitCode = bad === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
