#!/usr/bin/env node
// Compares Typhon's complex ** kernel (src/objects/complex_math.ts, as complex.ts and the constant folder use
// it) with CPython's a ** b bit for bit, errors included, on random pairs from several families (small integer
// exponents, float exponents, complex exponents, negative and tiny/huge bases, zeros, infinities and NaNs).
//
//   node scripts/complex-pow-check.mjs [--n N] [--seed S] [--show K]      (needs npm run build)
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('n', '100000'));
const SHOW = Number(opt('show', '10'));
let state = Number(opt('seed', '7')) >>> 0;
const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? 'python3';
const { complexPowParts, POW_EDOM, POW_ERANGE } = await import(pathToFileURL(join(ROOT, 'dist/lib/objects/complex_math.js')).href);

// mulberry32: reproducible for a seed
function rnd() {
  let t = (state = (state + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const sign = () => (rnd() < 0.5 ? -1 : 1);
const small = () => sign() * rnd() * 10;
const logu = (lo, hi) => sign() * Math.exp(lo + rnd() * (hi - lo));
const special = () => pick([0, -0, 1, -1, Infinity, -Infinity, NaN, 0.5, 2, 1e308, 5e-324]);
const smallInt = () => Math.floor(rnd() * 201) - 100;
const families = [
  ['small int exponent', () => [small(), small(), smallInt(), 0]],
  ['big int exponent', () => [logu(-3, 3), logu(-3, 3), sign() * Math.floor(100 + rnd() * 1000), 0]],
  ['float exponent', () => [small(), small(), small(), 0]],
  ['complex exponent', () => [small(), small(), small(), small()]],
  ['negative real base', () => [-rnd() * 10, 0, small(), rnd() < 0.5 ? 0 : small()]],
  ['wide magnitudes', () => [logu(-700, 700), logu(-700, 700), logu(-5, 5), rnd() < 0.5 ? 0 : logu(-5, 5)]],
  ['zero base', () => [pick([0, -0]), pick([0, -0]), rnd() < 0.5 ? smallInt() : small(), rnd() < 0.5 ? 0 : small()]],
  ['specials', () => [rnd() < 0.5 ? special() : small(), rnd() < 0.5 ? special() : small(), rnd() < 0.5 ? special() : small(), rnd() < 0.5 ? special() : 0]],
];

const cases = [];
for (let i = 0; i < N; i++) cases.push([i % families.length, families[i % families.length][1]()]);
const buf = new Float64Array(cases.length * 4);
cases.forEach(([, q], i) => buf.set(q, i * 4));
// A NaN's sign bit is not kept by JavaScript's arithmetic (and is visible in Python only through struct or
// copysign): NaNs compare as 'nan'.
const hex = (x) => {
  if (Number.isNaN(x)) return 'nan';
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.toString('hex');
};

const py = `
import struct, sys
data = open(sys.argv[1], 'rb').read()
out = []
for i in range(0, len(data), 32):
    ar, ai, br, bi = struct.unpack('<4d', data[i:i + 32])
    try:
        r = complex(ar, ai) ** complex(br, bi)
        out.append(' '.join('nan' if x != x else struct.pack('<d', x).hex() for x in (r.real, r.imag)))
    except ZeroDivisionError:
        out.append('EDOM')
    except OverflowError:
        out.append('ERANGE')
print('\\n'.join(out))
`;
const dir = mkdtempSync(join(tmpdir(), 'cpow-'));
try {
  writeFileSync(join(dir, 'in.bin'), Buffer.from(buf.buffer));
  writeFileSync(join(dir, 'p.py'), py);
  const r = spawnSync(CPYTHON, [join(dir, 'p.py'), join(dir, 'in.bin')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  const want = r.stdout.split('\n');
  const bad = new Array(families.length).fill(0);
  let shown = 0;
  cases.forEach(([f, q], i) => {
    const g = complexPowParts(q[0], q[1], q[2], q[3]);
    const got = g.err === POW_EDOM ? 'EDOM' : g.err === POW_ERANGE ? 'ERANGE' : hex(g.re) + ' ' + hex(g.im);
    if (got === want[i]) return;
    bad[f]++;
    if (shown++ < SHOW) console.log(`complex(${q[0]}, ${q[1]}) ** complex(${q[2]}, ${q[3]}): CPython ${want[i]}, Typhon ${got}`);
  });
  families.forEach(([name], f) => console.log(`${name.padEnd(20)} ${bad[f]} mismatches`));
  const total = bad.reduce((a, b) => a + b, 0);
  console.log(`complex **: ${cases.length} pairs, ${total} mismatches`);
  process.exitCode = total === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
