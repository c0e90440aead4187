#!/usr/bin/env node
// Program benchmarks: every bench/programs/*.py under CPython 3.11 and under Typhon (bin/typhon),
// each run --runs times (alternating), timed by CPU time (user + sys, from the kernel; wall time is
// shown too). Prints each program's median times and the ratio Typhon/CPython (below 1 = Typhon
// faster), then the geometric mean of the ratios. A program whose stdout or exit code differs
// between the two is flagged and left out of the mean.
//
// A program Typhon cannot run yet (an exception, a wrong output, or longer than --timeout seconds,
// default 120) is reported as such with the last line of its stderr, is not run again, and is left
// out of the mean; the run goes on with the next program. --timeout counts CPU seconds.
//
// Usage: node bench/run.mjs [--runs N] [--timeout S] [FILTER]   (npm run bench; needs npm run build)
// Environment of both: the differential tests' (PYTHONHASHSEED=0, ...); cwd = bench/programs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'bench', 'programs');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const MEASURE = join(ROOT, 'bench', 'measure.py');

const args = process.argv.slice(2);
const ri = args.indexOf('--runs');
const runs = ri >= 0 ? Number(args[ri + 1]) : 3;
const ti = args.indexOf('--timeout');
const timeoutS = ti >= 0 ? Number(args[ti + 1]) : 120;
const filter = args.find((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1) && (ti < 0 || i !== ti + 1));

function env() {
  const e = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) e[k] = v;
  Object.assign(e, { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' });
  return e;
}

function measure(cmd, n) {
  const out = execFileSync(CPYTHON, [MEASURE, String(n), PROGRAMS, '--', ...cmd], { env: env(), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString());
}

// Typhon runs with a CPU-time limit (ulimit -t: SIGXCPU, so a busy machine does not stop it
// early) inside a wall-clock timeout(1) of ten times that; its CPU time still counts (wait4 covers
// waited-for descendants). 152/-24 (SIGXCPU) and 124 (137/-9 after the kill) mean it was stopped.
// bin/typhon runs as a user runs it (its shebang's V8 flags apply), not as `node bin/typhon`.
const typhonCmd = (prog) => ['timeout', '-k', '5', String(timeoutS * 10), 'sh', '-c', `ulimit -t ${timeoutS}; exec "$0" "$@"`,
  join(ROOT, 'bin', 'typhon'), prog];
const TIMED_OUT = new Set([124, 137, -9, 152, -24]);

/** Why Typhon failed: the last line of its stderr from one more (short) run. */
function failureReason(prog, rc) {
  if (TIMED_OUT.has(rc)) return `stopped after ${timeoutS} s of CPU time`;
  const r = spawnSync(join(ROOT, 'bin', 'typhon'), [prog],
    { cwd: PROGRAMS, env: env(), timeout: timeoutS * 1000, maxBuffer: 1 << 28, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = (r.stderr ?? '').toString().trim().split('\n');
  return `exit ${rc}: ${lines[lines.length - 1].slice(0, 100) || 'no message (output differs)'}`;
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const programs = existsSync(PROGRAMS) ? readdirSync(PROGRAMS).filter((f) => f.endsWith('.py') && (!filter || f.includes(filter))).sort() : [];
if (programs.length === 0) {
  console.log(`no programs in ${PROGRAMS}${filter ? ` matching ${filter}` : ''}: nothing to time`);
  process.exit(0);
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`${pad('program', 28)}${lpad('CPython cpu', 12)}${lpad('Typhon cpu', 12)}${lpad('ratio', 9)}${lpad('CPython wall', 14)}${lpad('Typhon wall', 13)}`);
const ratios = [];
const failed = [];
for (const prog of programs) {
  const c = { cpu: [], wall: [] }, t = { cpu: [], wall: [] };
  let cLast, tLast;
  // One run at a time, alternating, so that load changes hit both alike. A failing Typhon run is
  // not repeated.
  for (let r = 0; r < runs; r++) {
    cLast = measure([CPYTHON, prog], 1);
    tLast = measure(typhonCmd(prog), 1);
    c.cpu.push(...cLast.cpu); c.wall.push(...cLast.wall);
    t.cpu.push(...tLast.cpu); t.wall.push(...tLast.wall);
    if (tLast.stdout !== cLast.stdout || tLast.returncode !== cLast.returncode) break;
  }
  const same = cLast.stdout === tLast.stdout && cLast.returncode === tLast.returncode;
  const ratio = median(t.cpu) / median(c.cpu);
  let note = '';
  if (same) ratios.push(ratio);
  else {
    const why = tLast.returncode !== cLast.returncode ? failureReason(prog, tLast.returncode) : 'output differs';
    failed.push(`${prog}: ${why}`);
    note = `   FAILS (${why}): left out of the mean`;
  }
  console.log(`${pad(prog, 28)}${lpad(median(c.cpu).toFixed(3), 12)}${lpad(median(t.cpu).toFixed(3), 12)}` +
    `${lpad((same ? '' : '>') + ratio.toFixed(2) + 'x', 9)}${lpad(median(c.wall).toFixed(3), 14)}${lpad(median(t.wall).toFixed(3), 13)}` + note);
}
if (failed.length) {
  console.log(`\nTyphon cannot run ${failed.length} of ${programs.length} program(s) yet:`);
  for (const f of failed) console.log(`  ${f}`);
}
if (ratios.length) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`\ngeometric mean of Typhon/CPython CPU time over ${ratios.length} program(s): ${geo.toFixed(2)}x (below 1 = Typhon faster)`);
} else {
  console.log('\nno program gave the same output under both: no mean');
}
