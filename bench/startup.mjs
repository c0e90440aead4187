// Start-up and import-cache figures (issue 6, bar 3), measured in one run so that the machine's load is shared:
//   1. `typhon -c pass` against `node -e 0`: wall time, median of N interleaved runs (the bar: <= 1.3x),
//      and CPU time (user+sys, from /usr/bin/time when present), steadier than wall time on a busy machine;
//   2. a program importing 50 generated modules, with cold caches (no __pycache__: every module is compiled
//      and its cache written) against warm caches (every module loaded from __pycache__) (the bar: >= 2x).
// When NODE_EXTRA_CA_CERTS is set, figure 1 is also measured with it unset on both sides: node then skips
// parsing those certificates (as bin/typhon always does), so that figure is Typhon's own start-up cost
// against node's bare one. The load average is printed before and after: on this 2-core machine other jobs
// move wall times by tens of percent.
// Usage: node bench/startup.mjs [--runs N] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPHON = join(ROOT, 'bin', 'typhon');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 21;
// CPU time (user+sys) from the kernel's accounting of the child, by bench/measure.py (os.wait4, microseconds;
// its own start-up is outside the measure) under CPython when there is one, else /usr/bin/time (10 ms steps).
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const MEASURE = join(ROOT, 'bench', 'measure.py');
const TIME = existsSync(CPYTHON) ? null : existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
// A clean environment: caching on, nothing from the caller's PYTHON* variables.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
const noCerts = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

function once(cmd, argv, opts = {}) {
  if (TIME === null && existsSync(CPYTHON)) {
    const r = spawnSync(CPYTHON, [MEASURE, '1', opts.cwd ?? process.cwd(), '--', cmd, ...argv], { env, encoding: 'utf8', ...opts });
    const m = r.status === 0 ? JSON.parse(r.stdout) : null;
    if (m === null || m.returncode !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
    return { wall: m.wall[0] * 1000, cpu: m.cpu[0] * 1000 };
  }
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S', cmd, ...argv], { env, encoding: 'utf8', ...opts })
    : spawnSync(cmd, argv, { env, encoding: 'utf8', ...opts });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  let cpu = NaN;
  if (TIME) {
    const last = r.stderr.trim().split('\n').pop().split(' ');
    cpu = (Number(last[0]) + Number(last[1])) * 1000;
  }
  return { wall, cpu };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

function compare(label, a, b, prepareA = () => {}, prepareB = () => {}, opts = {}) {
  const ra = [], rb = [];
  for (let i = 0; i < RUNS; i++) {
    prepareA(); ra.push(once(...a, opts));
    prepareB(); rb.push(once(...b, opts));
  }
  const res = {
    label,
    a: { wall: median(ra.map((r) => r.wall)), cpu: median(ra.map((r) => r.cpu)) },
    b: { wall: median(rb.map((r) => r.wall)), cpu: median(rb.map((r) => r.cpu)) },
  };
  return res;
}

const load0 = loadavg();
// 1. start-up
once(TYPHON, ['-c', 'pass']); // make sure the V8 code cache of the bundle exists
const startup = compare('startup', [TYPHON, ['-c', 'pass']], ['node', ['-e', '0']]);
const bare = env.NODE_EXTRA_CA_CERTS === undefined ? null
  : compare('startup-no-certs', [TYPHON, ['-c', 'pass']], ['node', ['-e', '0']], () => {}, () => {}, { env: noCerts });

// 2. 50 modules, cold against warm
const dir = mkdtempSync(join(tmpdir(), 'typhon-bench-imports-'));
try {
  const pkg = join(dir, 'mods');
  mkdirSync(pkg);
  const lines = [];
  for (let i = 0; i < 50; i++) {
    // Each module is a realistic few hundred lines: functions, a class, constants.
    let src = `"""Generated module ${i}."""\nCONST = ${i}\n`;
    for (let f = 0; f < 12; f++) {
      src += `\ndef f${f}(a, b=${f}, *args, **kw):\n    total = 0\n    for x in range(a):\n        if x % ${f + 2} == 0:\n            total += x * b\n        else:\n            total -= len(args) + len(kw)\n    return {"value": total, "name": "f${f}", "items": [a, b, *args]}\n`;
    }
    src += `\nclass C${i}:\n    def __init__(self, v):\n        self.v = v\n\n    def __repr__(self):\n        return f"C${i}({self.v!r})"\n\n    def twice(self):\n        return [self.v, self.v] + [y for y in range(3) if y]\n`;
    writeFileSync(join(pkg, `m${i}.py`), src);
    lines.push(`import m${i}`);
  }
  writeFileSync(join(pkg, 'main.py'), lines.join('\n') + '\nprint(m49.f3(10)["value"])\n');
  const main = join(pkg, 'main.py');
  const cold = () => rmSync(join(pkg, '__pycache__'), { recursive: true, force: true });
  once(TYPHON, [main]); // warm the code cache of the bundle itself
  const imports = compare('imports', [TYPHON, [main]], [TYPHON, [main]], cold, () => {});
  const startupRatio = startup.a.wall / startup.b.wall;
  const importRatio = imports.a.wall / imports.b.wall;
  const load1 = loadavg();
  const out = {
    runs: RUNS,
    loadavg: { before: load0, after: load1 },
    startup: { typhon_ms: startup.a, node_ms: startup.b, wall_ratio: startupRatio, cpu_ratio: startup.a.cpu / startup.b.cpu },
    startup_without_extra_ca_certs: bare === null ? null
      : { typhon_ms: bare.a, node_ms: bare.b, wall_ratio: bare.a.wall / bare.b.wall, cpu_ratio: bare.a.cpu / bare.b.cpu },
    imports50: { cold_ms: imports.a, warm_ms: imports.b, wall_speedup: importRatio, cpu_speedup: imports.a.cpu / imports.b.cpu },
  };
  if (args.includes('--json')) console.log(JSON.stringify(out, null, 2));
  else {
    const f = (x) => x.toFixed(1);
    const la = (l) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`runs: ${RUNS} each, interleaved (medians; cpu = user+sys); load average ${la(load0)} -> ${la(load1)}`);
    console.log(`typhon -c pass : wall ${f(startup.a.wall)} ms, cpu ${f(startup.a.cpu)} ms`);
    console.log(`node -e 0      : wall ${f(startup.b.wall)} ms, cpu ${f(startup.b.cpu)} ms`);
    console.log(`  ratio        : wall ${startupRatio.toFixed(2)}x, cpu ${(startup.a.cpu / startup.b.cpu).toFixed(2)}x   (bar: wall <= 1.3x)`);
    if (bare !== null) {
      console.log('without NODE_EXTRA_CA_CERTS on both sides (node no longer parses those certificates either):');
      console.log(`typhon -c pass : wall ${f(bare.a.wall)} ms, cpu ${f(bare.a.cpu)} ms`);
      console.log(`node -e 0      : wall ${f(bare.b.wall)} ms, cpu ${f(bare.b.cpu)} ms`);
      console.log(`  ratio        : wall ${(bare.a.wall / bare.b.wall).toFixed(2)}x, cpu ${(bare.a.cpu / bare.b.cpu).toFixed(2)}x`);
    }
    console.log(`50 modules cold: wall ${f(imports.a.wall)} ms, cpu ${f(imports.a.cpu)} ms`);
    console.log(`50 modules warm: wall ${f(imports.b.wall)} ms, cpu ${f(imports.b.cpu)} ms`);
    console.log(`  speed-up     : wall ${importRatio.toFixed(2)}x, cpu ${(imports.a.cpu / imports.b.cpu).toFixed(2)}x   (bar: >= 2x)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
