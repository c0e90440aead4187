#!/usr/bin/env node
// Marshal parity against CPython 3.11's own pycs: every *.cpython-311.pyc under the stdlib (generated first with
// the real python3 if too few exist) is read with Typhon's reader and written back, (1) replaying the reader's
// trace and (2) from the value alone with the CPython rules; reports the share byte-identical and why the rest
// differ. Usage: node scripts/marshal-parity.mjs [--all] [--limit N] [--dir DIR] [--verbose]
//   --all: include .opt-1/.opt-2 pycs.
import { readFileSync, readdirSync, statSync, mkdtempSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { loadsTraced, dumps, MarshalError } from '../dist/lib/bytecode/marshal.js';
import { readPycHeader, PycProblem } from '../dist/lib/bytecode/pyc.js';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f, d) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : d; };
const all = flag('--all');
const verbose = flag('--verbose');
const limit = Number(opt('--limit', Infinity));

function python() {
  return execFileSync('python3', ['-c', 'import sys;print(sys.executable)'], { encoding: 'utf8' }).trim();
}
let dir = opt('--dir', undefined);
if (!dir) dir = execFileSync(python(), ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();

function walk(d, out) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) walk(p, out);
    else if (all ? /\.cpython-311(\.opt-[12])?\.pyc$/.test(name) : name.endsWith('.cpython-311.pyc')) out.push(p);
  }
  return out;
}

let files = walk(dir, []);
if (files.length < 1000 && !opt('--dir')) {
  // too few cached: compile a temporary copy with the real interpreter
  const tmp = mkdtempSync(join(tmpdir(), 'typhon-pyc-'));
  console.log(`only ${files.length} pycs under ${dir}; compiling a copy in ${tmp}`);
  cpSync(dir, join(tmp, 'lib'), { recursive: true, filter: (s) => !s.includes('__pycache__') });
  const env = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  try { execFileSync(python(), ['-m', 'compileall', '-q', join(tmp, 'lib')], { env, stdio: 'ignore' }); } catch { /* some files fail */ }
  dir = join(tmp, 'lib');
  files = walk(dir, []);
}
files.sort();
if (files.length > limit) files = files.slice(0, limit);

const reasons = new Map();
const ruleReasons = new Map();
const note = (m, k, f) => { const e = m.get(k) ?? { n: 0, ex: f }; e.n++; m.set(k, e); };
let total = 0, same = 0, sameRules = 0, bytes = 0, readMs = 0, writeMs = 0, rulesMs = 0;
let codeObjects = 0;

for (const f of files) {
  const data = readFileSync(f);
  total++;
  const hdr = readPycHeader(data);
  if (hdr instanceof PycProblem) { note(reasons, "header: " + hdr, f); continue; }
  const body = data.subarray(16);
  bytes += body.length;
  let value, trace, end;
  try {
    let t0 = performance.now();
    ({ value, trace, end } = loadsTraced(body));
    readMs += performance.now() - t0;
  } catch (e) {
    note(reasons, 'read error: ' + (e instanceof MarshalError ? e.toString() : e.stack), f);
    continue;
  }
  if (end !== body.length) note(reasons, 'trailing bytes after the object', f);
  const t1 = performance.now();
  const out = dumps(value, { trace });
  writeMs += performance.now() - t1;
  if (Buffer.compare(Buffer.from(out), body) === 0) same++;
  else note(reasons, 'replay differs', f);
  const t2 = performance.now();
  const ruled = dumps(value);
  rulesMs += performance.now() - t2;
  if (Buffer.compare(Buffer.from(ruled), body) === 0) sameRules++;
  else note(ruleReasons, diffReason(body, ruled), f);
}

function diffReason(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= a.length || i >= b.length) return 'length differs';
  const ca = a[i], cb = b[i];
  const show = (c) => String.fromCharCode(c & 0x7f) + (c & 0x80 ? '+ref' : '');
  return `first difference: CPython wrote ${show(ca)}, Typhon ${show(cb)}`;
}

const pct = (n) => (100 * n / total).toFixed(2) + '%';
console.log(`pyc files: ${total} (${(bytes / 1e6).toFixed(1)} MB of marshal data) under ${dir}`);
console.log(`round trip with the reader's trace: ${same}/${total} byte-identical (${pct(same)})`);
console.log(`written from the value by the CPython rules: ${sameRules}/${total} byte-identical (${pct(sameRules)})`);
console.log(`read ${(bytes / 1e3 / readMs).toFixed(1)} MB/s, replay-write ${(bytes / 1e3 / writeMs).toFixed(1)} MB/s, rules-write ${(bytes / 1e3 / rulesMs).toFixed(1)} MB/s`);
const dump = (title, m) => {
  if (m.size === 0) return;
  console.log(title);
  for (const [k, e] of [...m].sort((x, y) => y[1].n - x[1].n).slice(0, verbose ? 100 : 15)) console.log(`  ${e.n}\t${k}\t(e.g. ${e.ex})`);
};
dump('replay differences:', reasons);
dump('rules differences:', ruleReasons);
