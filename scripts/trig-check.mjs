#!/usr/bin/env node
// Compares the trigonometric functions of Typhon's libm (dist/lib/modules/libm_exact.js, after `npm run build`)
// with CPython's (glibc's) bit for bit, on random inputs from several families, and prints the mismatch count
// per function and family. --funcs exp,log,log2,log10,log1p,expm1,sinh,cosh,tanh,asinh,acosh,atanh,cbrt,exp2
// checks the module's other functions the same way.
//
//   node scripts/trig-check.mjs [--n N] [--seed S] [--funcs sin,cos,...] [--module PATH] [--show K]
//
// --n: inputs per family (default 200000); --module: another build of libm_exact.js (to measure an older
// version); --show: print up to K mismatching inputs per function (repr, CPython's and our result in hex).
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : dflt;
}
const N = Number(opt('n', '200000'));
let seed = BigInt(opt('seed', '12345'));
const funcs = opt('funcs', 'sin,cos,tan,atan,atan2,asin,acos').split(',');
const show = Number(opt('show', '0'));
const here = fileURLToPath(new URL('.', import.meta.url));
const modPath = resolve(opt('module', join(here, '../dist/lib/modules/libm_exact.js')));
const lib = await import(pathToFileURL(modPath).href);

// xorshift64*: reproducible inputs for a given seed.
const M64 = (1n << 64n) - 1n;
function next64() {
  seed ^= seed >> 12n;
  seed ^= (seed << 25n) & M64;
  seed ^= seed >> 27n;
  return (seed * 0x2545f4914f6cdd1dn) & M64;
}
const rnd = () => Number(next64() >> 11n) / 2 ** 53;
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function randomBits() {
  for (;;) {
    u64[0] = next64();
    if (Number.isFinite(f64[0])) return f64[0];
  }
}
const sign = () => (rnd() < 0.5 ? -1 : 1);
const logUniform = (lo, hi) => sign() * Math.exp(Math.log(lo) + rnd() * (Math.log(hi) - Math.log(lo)));
const uniform = (a, b) => a + (b - a) * rnd();
function nearHalfPi() {
  const k = Math.floor(rnd() * 2 ** (1 + Math.floor(rnd() * 30)));
  const x = k * (Math.PI / 2);
  // a few ulps to a millionth away from the multiple
  return sign() * (x + x * logUniform(1e-16, 1e-6));
}

const unary = {
  sin: null, cos: null, tan: null,
  atan: [['[-1,1]', () => uniform(-1, 1)], ['[-20,20]', () => uniform(-20, 20)],
    ['log 1e-10..1e22', () => logUniform(1e-10, 1e22)], ['log 1..1e17', () => logUniform(1, 1e17)], ['bits', randomBits]],
  asin: [['[-1,1]', () => uniform(-1, 1)], ['near +-1', () => sign() * (1 - Math.abs(logUniform(1e-17, 1e-1)))],
    ['log 1e-10..1', () => logUniform(1e-10, 1)]],
};
// Reduced arguments below 0.13 in every quadrant (sin's and cos's Taylor branch, tan's polynomial and
// -1/tan branches), with quotients up to 2^40 (past the 105414350 bound of the fast reduction).
function smallReduced() {
  const k = Math.floor(rnd() * 2 ** (1 + Math.floor(rnd() * 40)));
  return sign() * (k * (Math.PI / 2) + uniform(-0.13, 0.13));
}
const trigFamilies = [['[-pi,pi]', () => uniform(-Math.PI, Math.PI)], ['[-10,10]', () => uniform(-10, 10)],
  ['[-1e3,1e3]', () => uniform(-1e3, 1e3)], ['log 1e-10..1e22', () => logUniform(1e-10, 1e22)],
  ['near k*pi/2', nearHalfPi], ['k*pi/2 + [-0.13,0.13]', smallReduced], ['bits', randomBits]];
unary.sin = unary.cos = unary.tan = trigFamilies;
unary.acos = unary.asin;
// The other functions of libm_exact.js (--funcs exp,log,...): one set of families for all.
const otherFamilies = [['near 1', () => 1 + uniform(-0.07, 0.07)], ['near 1 tiny', () => 1 + sign() * logUniform(1e-17, 1e-3)],
  ['[-2,2]', () => uniform(-2, 2)], ['[-30,30]', () => uniform(-30, 30)], ['[-745,-500]', () => uniform(-745, -500)],
  ['[-700,700]', () => uniform(-700, 700)], ['log 1e-10..1e22', () => logUniform(1e-10, 1e22)], ['bits', randomBits]];
for (const f of ['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt']) {
  unary[f] = otherFamilies;
}
const atan2Families = [
  ['uniform [-10,10]^2', () => [uniform(-10, 10), uniform(-10, 10)]],
  ['log magnitudes 1e-300..1e300', () => [logUniform(1e-300, 1e300), logUniform(1e-300, 1e300)]],
  ['ratio 1e-20..1e20', () => { const x = logUniform(1e-5, 1e5); return [x * logUniform(1e-20, 1e20), sign() * x]; }],
  ['ratio near 1', () => { const x = logUniform(1e-3, 1e3); return [x * (1 + uniform(-0.1, 0.1)), sign() * x]; }],
  ['bits', () => [randomBits(), randomBits()]],
];

const dir = mkdtempSync(join(tmpdir(), 'trig-check-'));
const jobs = []; // { fn, family, xs (Float64Array), ys? }
for (const fn of funcs) {
  const fams = fn === 'atan2' ? atan2Families : unary[fn];
  for (const [family, gen] of fams) {
    const xs = new Float64Array(N);
    const ys = fn === 'atan2' ? new Float64Array(N) : null;
    for (let i = 0; i < N; i++) {
      if (ys) [ys[i], xs[i]] = gen(); // atan2(y, x)
      else xs[i] = gen();
    }
    jobs.push({ fn, family, xs, ys });
  }
}
// One python3 run computes every job: inputs and outputs as raw doubles.
const py = [
  'import math, sys, array',
  'd = sys.argv[1]',
  'for j, (fn, binary) in enumerate(zip(sys.argv[2::2], sys.argv[3::2])):',
  '    xs = array.array("d"); xs.frombytes(open(f"{d}/in{j}", "rb").read())',
  '    g = getattr(math, fn)',
  '    def f(*a):',
  '        try: return g(*a)',
  '        except (ValueError, OverflowError): return math.nan',
  '    if binary == "1":',
  '        ys = array.array("d"); ys.frombytes(open(f"{d}/y{j}", "rb").read())',
  '        out = array.array("d", map(f, ys, xs))',
  '    else:',
  '        out = array.array("d", map(f, xs))',
  '    open(f"{d}/out{j}", "wb").write(out.tobytes())',
].join('\n');
const pyArgs = ['-c', py, dir];
jobs.forEach((job, j) => {
  writeFileSync(join(dir, 'in' + j), job.xs);
  if (job.ys) writeFileSync(join(dir, 'y' + j), job.ys);
  pyArgs.push(job.fn, job.ys ? '1' : '0');
});
const r = spawnSync('python3', pyArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) throw new Error('python3 failed: ' + (r.error ?? r.status));

const hex = (v) => {
  f64[0] = v;
  return u64[0].toString(16).padStart(16, '0');
};
const totals = new Map();
const shown = new Map();
jobs.forEach((job, j) => {
  const buf = readFileSync(join(dir, 'out' + j));
  const want = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const f = lib[job.fn];
  let bad = 0;
  for (let i = 0; i < N; i++) {
    const got = job.ys ? f(job.ys[i], job.xs[i]) : f(job.xs[i]);
    // NaN from python3 stands for ValueError/OverflowError: ours must then be NaN or infinite
    if (Object.is(got, want[i]) || (Number.isNaN(want[i]) && !Number.isFinite(got))) continue;
    bad++;
    const k = shown.get(job.fn) ?? 0;
    if (k < show) {
      shown.set(job.fn, k + 1);
      const arg = job.ys ? `${job.ys[i]}, ${job.xs[i]}` : `${job.xs[i]}`;
      console.log(`  ${job.fn}(${arg}): python ${hex(want[i])} typhon ${hex(got)}`);
    }
  }
  console.log(`${job.fn.padEnd(6)} ${job.family.padEnd(30)} ${bad} / ${N}`);
  const t = totals.get(job.fn) ?? [0, 0];
  totals.set(job.fn, [t[0] + bad, t[1] + N]);
});
console.log('total:');
for (const [fn, [bad, n]] of totals) console.log(`${fn.padEnd(6)} ${bad} / ${n} mismatches`);
rmSync(dir, { recursive: true, force: true });
