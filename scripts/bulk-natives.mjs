#!/usr/bin/env node
// Throughput of builtins that loop over big containers (set(L), sorted(F), ','.join(S)...), CPython 3.11
// against Typhon. Not a test: it prints CPU seconds (time.process_time around each operation, the best of
// REPS runs) for both and the ratio. Usage: node scripts/bulk-natives.mjs [FILTER] [--reps=N]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const repsArg = args.find((a) => a.startsWith('--reps='));
const reps = repsArg ? Number(repsArg.slice(7)) : 3;

// [name, expression]; the data below is built once, outside the timings.
const ops = [
  ['set(L)', 'set(L)'],
  ['set(S)', 'set(S)'],
  ['set(F)', 'set(F)'],
  ['dict.fromkeys(L)', 'dict.fromkeys(L)'],
  ['dict.fromkeys(S)', 'dict.fromkeys(S)'],
  ['sorted(F)', 'sorted(F)'],
  ['sorted(FR)', 'sorted(FR)'],
  ['sorted(L,reverse)', 'sorted(L, reverse=True)'],
  ['sorted(LR)', 'sorted(LR)'],
  ['sorted(S)', 'sorted(S)'],
  ['sorted(L,key=neg)', 'sorted(LR, key=neg)'],
  ['max(L)', 'max(L)'],
  ['min(L)', 'min(L)'],
  ['max(F)', 'max(F)'],
  ['max(S)', 'max(S)'],
  ['join(S)', "','.join(S)"],
  ['sum(F)', 'sum(F)'],
  ['sum(L)', 'sum(L)'],
  ['count(b)', "A.count('b')"],
  ['list(range(N))', 'list(range(N))'],
];

const selected = ops.filter(([n]) => n.includes(filter));
const prog = `import time, random
N = 3000000
L = list(range(N))
random.seed(1)
LR = L[:]
random.shuffle(LR)
F = [float(i % 1000) for i in range(N // 3)]
FR = [random.random() for i in range(N // 3)]
S = [str(i) for i in range(N // 3)]
A = 'abc' * N
neg = int.__neg__
def t(name, f):
    best = None
    for _ in range(${reps}):
        a = time.process_time()
        f()
        d = time.process_time() - a
        if best is None or d < best: best = d
    print(name + '\\t' + repr(best))
${selected.map(([n, e]) => `t(${JSON.stringify(n)}, lambda: ${e})`).join('\n')}
`;

const file = path.join(os.tmpdir(), `bulk-natives-${process.pid}.py`);
fs.writeFileSync(file, prog);
function run(cmd, argv) {
  const out = execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = new Map();
  for (const line of out.trim().split('\n')) {
    const [n, s] = line.split('\t');
    m.set(n, Number(s));
  }
  return m;
}
try {
  const py = execFileSync('python3', ['-c', 'import sys;print(sys.executable)'], { encoding: 'utf8' }).trim();
  const a = run(py, [file]);
  const b = run(path.join(root, 'bin/typhon'), [file]);
  console.log('operation'.padEnd(20) + 'CPython'.padStart(9) + 'Typhon'.padStart(9) + 'ratio'.padStart(8));
  for (const [n] of selected) {
    const x = a.get(n), y = b.get(n);
    console.log(n.padEnd(20) + x.toFixed(3).padStart(9) + y.toFixed(3).padStart(9) + (y / x).toFixed(1).padStart(8));
  }
} finally {
  fs.unlinkSync(file);
}
