#!/usr/bin/env node
// Differential check of Typhon's pow kernel (src/objects/float_pow.ts) against CPython's math.pow
// (glibc's pow): random (x, y) pairs in families chosen to reach every path of the algorithm and
// the cases where an inexact pow is most likely to round differently (exact midpoints, results
// near overflow, subnormal results, x near 1 with large y...). Pairs go to CPython in binary
// batches; results are compared bit for bit.
//
// Usage: node scripts/pow-check.mjs [--cases N] [--seed N] [--batch N] [--family a,b] [--show N]
//          [--js]   (--js checks JavaScript's Math.pow instead: shows that the check can fail)
// Needs npm run build (imports dist/lib/objects/float_pow.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const { libmPow } = await import(pathToFileURL(join(ROOT, 'dist', 'lib', 'objects', 'float_pow.js')).href);
const powUnderTest = process.argv.includes('--js') ? Math.pow : libmPow;

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const CASES = Number(opt('--cases', '1000000'));
const SEED = Number(opt('--seed', '1'));
const BATCH = Number(opt('--batch', '500000'));
const SHOW = Number(opt('--show', '10'));

// mulberry32
let state = SEED >>> 0;
function u32() {
  let t = (state = (state + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
const rnd = () => u32() / 4294967296;
const int = (n) => Math.floor(rnd() * n);
const range = (lo, hi) => lo + int(hi - lo + 1);
const pick = (a) => a[int(a.length)];
const sign = () => (u32() & 1 ? -1 : 1);

const bits = new DataView(new ArrayBuffer(8));
function fromWords(hi, lo) {
  bits.setUint32(0, hi >>> 0);
  bits.setUint32(4, lo >>> 0);
  return bits.getFloat64(0);
}
/** A random finite positive double with a binary exponent in [lo, hi]. */
function positive(lo, hi) {
  const e = range(lo, hi);
  return (1 + rnd() + u32() / 2 ** 84) * 2 ** e;
}

// Each family returns [x, y].
const FAMILIES = {
  // any finite bit patterns (most give 0, inf or NaN quickly)
  bits: () => [fromWords(u32(), u32()), fromWords(u32(), u32())],
  // moderate x and y: the bulk of real programs
  moderate: () => [positive(-20, 20), sign() * positive(-10, 6)],
  // x near 1, large y: log(x) tiny, every term of its polynomial reaches the result
  nearOne: () => {
    const x = 1 + sign() * positive(-60, -2);
    const y = sign() * positive(0, 70);
    return [x, y];
  },
  // integers to small integer powers: exact results and exact midpoints (x**2 of 27-bit odds)
  intPow: () => {
    if (u32() & 1) return [range(1, 2 ** 30) * 2 + 1, 2];
    return [range(2, 1e6), range(-12, 12)];
  },
  // y a simple fraction (1/3, 2/5...): roots, perfect powers (27 ** (1/3))
  fraction: () => {
    const d = range(2, 12);
    const n = range(-2 * d, 2 * d) || 1;
    const x = u32() & 1 ? range(2, 50) ** d : positive(-40, 40);
    return [x, n / d];
  },
  // the benchmark exponents (x**2 and x**0.5 have shortcuts: all of x's range for them)
  common: () => {
    if (u32() % 3 === 0) return [positive(-1074, 1023), pick([0.5, 2])];
    return [positive(-30, 30), pick([0.5, 2, -1.5, 1.5, -0.5, 3, -1, -2, 0.25, 1 / 3])];
  },
  // sqrt near its midpoints: x = (s + ~half an ulp)^2
  sqrtMid: () => {
    const s = positive(-100, 100);
    const x = s * s * (1 + (rnd() - 0.5) * 2 ** -51);
    return [x, 0.5];
  },
  // results near overflow or in the subnormal range: y*log2(x) near 1024 or in [-1080, -1020]
  edges: () => {
    const x = positive(-60, 60);
    if (x === 1) return [x, 1];
    const t = u32() & 1 ? 1023.5 + rnd() : -1080 + 60 * rnd();
    const k = u32() & 1 ? pick([511, 512, 738, 739, 740, 744, 745]) / Math.LN2 * (u32() & 1 ? 1 : -1) : t;
    return [x, k / Math.log2(x)];
  },
  // subnormal and tiny or huge x
  extremeX: () => {
    const x = u32() & 1 ? fromWords(u32() & 0x000fffff, u32()) : positive(-1074, 1023);
    return [x, sign() * positive(-12, 4)];
  },
  // |y| below 2^-65 or above 2^63, and y near those limits
  extremeY: () => [positive(-30, 30), sign() * pick([positive(-80, -60), positive(58, 70), positive(-1074, -1000)])],
  // negative x with integral y (odd and even)
  negative: () => [-positive(-30, 30), sign() * range(0, 4000) + pick([0, 0, 2 ** 53, 2 ** 60])],
};
const chosen = opt('--family', Object.keys(FAMILIES).join(',')).split(',');
for (const name of chosen) {
  if (!(name in FAMILIES)) {
    console.error(`unknown family ${name}; families: ${Object.keys(FAMILIES).join(', ')}`);
    process.exit(2);
  }
}

const PY = `
import sys, math, array
data = array.array('d')
with open(sys.argv[1], 'rb') as f:
    data.frombytes(f.read())
n = len(data) // 2
out = array.array('d', bytes(8 * n))
pw = math.pow
inf = float('inf')
nan = float('nan')
for i in range(n):
    x = data[2 * i]
    y = data[2 * i + 1]
    try:
        out[i] = pw(x, y)
    except OverflowError:
        out[i] = -inf if x < 0 and y % 2 == 1 else inf
    except ValueError:
        # finite x < 0 with y not an integer (NaN), or 0 to a negative power (glibc: inf)
        out[i] = nan if x != 0 else (math.copysign(inf, x) if y % 2 == 1 else inf)
with open(sys.argv[2], 'wb') as f:
    f.write(out.tobytes())
`;

const dir = mkdtempSync(join(tmpdir(), 'pow-check-'));
const script = join(dir, 'pow.py');
writeFileSync(script, PY);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const hexOf = (v) => {
  f64[0] = v;
  return u64[0].toString(16).padStart(16, '0');
};
const same = (a, b) => (Number.isNaN(a) ? Number.isNaN(b) : Object.is(a, b));

let done = 0;
let mismatches = 0;
const perFamily = Object.fromEntries(chosen.map((f) => [f, [0, 0]]));
try {
  while (done < CASES) {
    const n = Math.min(BATCH, CASES - done);
    const pairs = new Float64Array(2 * n);
    const fam = new Array(n);
    for (let i = 0; i < n; i++) {
      const name = chosen[(done + i) % chosen.length];
      const [x, y] = FAMILIES[name]();
      pairs[2 * i] = x;
      pairs[2 * i + 1] = y;
      fam[i] = name;
    }
    const inFile = join(dir, 'in.bin');
    const outFile = join(dir, 'out.bin');
    writeFileSync(inFile, pairs);
    const res = spawnSync(CPYTHON, [script, inFile, outFile], { stdio: 'inherit' });
    if (res.status !== 0) throw new Error('CPython failed');
    const buf = readFileSync(outFile);
    const expect = new Float64Array(buf.buffer, buf.byteOffset, n);
    for (let i = 0; i < n; i++) {
      const x = pairs[2 * i];
      const y = pairs[2 * i + 1];
      const got = powUnderTest(x, y);
      perFamily[fam[i]][0]++;
      if (!same(got, expect[i])) {
        mismatches++;
        perFamily[fam[i]][1]++;
        if (mismatches <= SHOW) {
          console.log(`${fam[i]}: pow(${x}, ${y}) = ${got} (${hexOf(got)}), CPython ${expect[i]} (${hexOf(expect[i])})`);
        }
      }
    }
    done += n;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const [name, [n, bad]] of Object.entries(perFamily)) console.log(`${name.padEnd(10)} ${String(n).padStart(10)} cases, ${bad} mismatches`);
console.log(`seed ${SEED}: ${done} cases, ${mismatches} mismatches`);
process.exit(mismatches === 0 ? 0 : 1);
