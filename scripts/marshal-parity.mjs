#!/usr/bin/env node
// Marshal parity against CPython 3.11's own pycs: every *.cpython-311.pyc under the stdlib (generated first with
// the real python3 if too few exist) is read with Typhon's reader and written back, (1) replaying the reader's
// trace and (2) from the value alone with the CPython rules; reports the share byte-identical and why the rest
// differ. Usage: node scripts/marshal-parity.mjs [--all] [--no-site] [--limit N] [--dir DIR] [--verbose]
//   --all: include .opt-1/.opt-2 pycs; --no-site: leave out site-packages; --regen: compile a fresh copy of
//   the stdlib's sources with python3 (done anyway when fewer than 1000 pycs are found).
// Other modes: --compiler (Typhon-compiled modules vs CPython's pycs), --fuzz N [--seed S] (differential
// fuzzing of loads against python3).
import { readFileSync, readdirSync, statSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { loadsTraced, dumps, MarshalError } from '../dist/lib/bytecode/marshal.js';
import { readPycHeader, PycProblem } from '../dist/lib/bytecode/pyc.js';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f, d) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : d; };
const all = flag('--all');
const noSite = flag('--no-site'); // leave out site-packages (pycs written by pip, in processes whose interning we cannot know)
const verbose = flag('--verbose');
const limit = Number(opt('--limit', Infinity));
if (args.includes('--compiler')) {
  await compilerParity();
  process.exit(0);
}
if (args.includes('--fuzz')) {
  await differentialFuzz(Number(args[args.indexOf('--fuzz') + 1]) || 2000, Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : 1));
  process.exit(0);
}

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
    if (st.isDirectory()) { if (!(noSite && name === 'site-packages')) walk(p, out); }
    else if (all ? /\.cpython-311(\.opt-[12])?\.pyc$/.test(name) : name.endsWith('.cpython-311.pyc')) out.push(p);
  }
  return out;
}

let files = walk(dir, []);
let regenerated = null;
if ((files.length < 1000 && !opt('--dir')) || flag('--regen')) {
  // too few cached (or --regen): compile a temporary copy of the stdlib's sources (no site-packages) with the
  // real interpreter, as compileall would on installation, and measure against those
  const tmp = mkdtempSync(join(tmpdir(), 'typhon-pyc-'));
  console.log(`${files.length} pycs under ${dir}; compiling a copy of its sources in ${tmp}`);
  cpSync(dir, join(tmp, 'lib'), {
    recursive: true,
    filter: (s) => { const b = s.slice(s.lastIndexOf('/') + 1); return b !== '__pycache__' && b !== 'site-packages' && (b.endsWith('.py') || !b.includes('.') || statSync(s).isDirectory()); },
  });
  const env = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  try { execFileSync(python(), ['-m', 'compileall', '-q', join(tmp, 'lib')], { env, stdio: 'ignore' }); } catch { /* some files do not compile */ }
  dir = join(tmp, 'lib');
  regenerated = tmp;
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
if (regenerated) rmSync(regenerated, { recursive: true, force: true });

// --fuzz N: mutate small valid marshal blobs, load each with CPython and with Typhon, and compare the outcome:
// the exception (type and message), or the value (compared through marshal.dumps(v, 2), which has no
// refcount-dependent bytes). Cases that crash CPython are counted apart.
async function differentialFuzz(n, seed) {
  const { spawnSync } = await import('node:child_process');
  const M = await import('../dist/lib/bytecode/marshal.js');
  // CPython preallocates containers of the declared size: cap its memory so a mutated size cannot take the
  // machine (it raises MemoryError where Typhon, allocating as it reads, reports the data as too short)
  const py = String.raw`
import marshal, sys, resource
resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))
for line in sys.stdin:
    b = bytes.fromhex(line.strip())
    try:
        v = marshal.loads(b)
    except BaseException as e:
        print('E', type(e).__name__, str(e).replace('\n', ' '), flush=True); continue
    try:
        print('V', marshal.dumps(v, 2).hex(), flush=True)
    except BaseException as e:
        print('D', type(e).__name__, str(e).replace('\n', ' '), flush=True)
`;
  const gen = execFileSync(python(), ['-c', String.raw`
import marshal
def f(a, b=2, *c, d, **e):
    x = [a, {b: 'é'}, (1.5, 2j, None, ...), {1, frozenset({2})}, b'xy', 10**30, -5]
    return x
out = [marshal.dumps(f.__code__), marshal.dumps(compile('import os\nclass A: pass\nprint(A)', 'm.py', 'exec'))]
for v in [(1, 'ab', None), [1, [2]], {'k': (1, 2), 3: 4.5}, {1, 'x', (2, 3)}, frozenset({'a', 'b'}), 2**70, -1.5, 3+4j, 'é€😀', b'\x00\xff', StopIteration, ...]:
    out.append(marshal.dumps(v))
    out.append(marshal.dumps(v, 0))
print(' '.join(x.hex() for x in out))
`], { encoding: 'utf8' }).trim().split(' ').map((h) => Buffer.from(h, 'hex'));
  let s = seed >>> 0 || 1;
  const rand = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  const cases = [];
  for (let i = 0; i < n; i++) {
    const b = Array.from(gen[Math.floor(rand() * gen.length)]);
    const edits = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < edits; k++) {
      const p = Math.floor(rand() * (b.length + 1));
      const r = rand();
      if (r < 0.45 && b.length) b[p % b.length] = Math.floor(rand() * 256);
      else if (r < 0.6 && b.length) b[p % b.length] ^= 1 << Math.floor(rand() * 8);
      else if (r < 0.75) b.splice(p, 0, Math.floor(rand() * 256));
      else if (r < 0.9) b.splice(p, 1);
      else b.length = Math.min(b.length, p);
    }
    cases.push(Buffer.from(b).toString('hex'));
  }
  // CPython crashes on some inputs (hashing a self-containing tuple): rerun from the case after a crash
  const results = [];
  let crashes = 0;
  while (results.length < cases.length) {
    const rest = cases.slice(results.length);
    const r = spawnSync(python(), ['-c', py], { input: rest.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300000 });
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    results.push(...lines);
    if (results.length < cases.length) { results.push('CRASH'); crashes++; }
  }
  let same = 0, memory = 0;
  const diffs = new Map();
  for (let i = 0; i < cases.length; i++) {
    const want = results[i];
    if (want === 'CRASH') continue;
    if (want.startsWith('E MemoryError')) { memory++; continue; }
    let got;
    try {
      const v = M.loads(Buffer.from(cases[i], 'hex'));
      try { got = 'V ' + Buffer.from(M.dumps(v, 2)).toString('hex'); } catch (e) { got = e instanceof M.MarshalError ? `D ${e.pyType} ${e.message}` : 'JS ' + e; }
    } catch (e) {
      got = e instanceof M.MarshalError ? `E ${e.pyType} ${e.message.replace(/\n/g, ' ')}` : 'JS ' + e.stack;
    }
    if (got === want) same++;
    else {
      let j = 0; while (j < want.length && want[j] === got[j]) j++;
      const k = want.slice(0, 2) + (j > 2 ? ' …' + want.slice(j - 6, j + 40) + '  <>  …' + got.slice(j - 6, j + 40) : want.slice(0, 60) + '  <>  ' + got.slice(0, 60));
      const d = diffs.get(k) ?? { n: 0, ex: cases[i] };
      d.n++;
      diffs.set(k, d);
    }
  }
  const compared = cases.length - crashes - memory;
  console.log(`differential fuzz: ${cases.length} mutated inputs, ${crashes} crash CPython, ${memory} exhaust its memory; of the other ${compared}: ${same} identical outcomes (${(100 * same / compared).toFixed(2)}%)`);
  for (const [k, d] of [...diffs].sort((a, b) => b[1].n - a[1].n).slice(0, 20)) console.log(`  ${d.n}\t${k}\t${d.ex.slice(0, 80)}`);
}

// --compiler: for each stdlib module with a CPython pyc, compile the source with Typhon's compiler and marshal
// it by the CPython rules. Where the code objects are equal (their version-2 marshal, which has no reference or
// interning bytes, is identical), count how often the version-4 bytes are identical too: that is what the rules
// are responsible for. Usage: node scripts/marshal-parity.mjs --compiler [--limit N]
async function compilerParity() {
  const { parse } = await import('../dist/lib/parser/parser.js');
  const { compile } = await import('../dist/lib/compiler/compile.js');
  const M = await import('../dist/lib/bytecode/marshal.js');
  let d = opt('--dir', undefined);
  if (!d) d = execFileSync(python(), ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  const pycs = [];
  (function walkPy(dir) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) { if (name !== '__pycache__' && !(noSite && name === 'site-packages')) walkPy(p); continue; }
      if (!name.endsWith('.py')) continue;
      const pyc = join(dir, '__pycache__', name.slice(0, -3) + '.cpython-311.pyc');
      try { statSync(pyc); pycs.push([p, pyc]); } catch { /* not compiled */ }
    }
  })(d);
  pycs.sort();
  const lim = Number(opt('--limit', Infinity));
  let total = 0, failed = 0, valueEqual = 0, bytesEqual = 0;
  const reasons = new Map();
  for (const [py, pyc] of pycs.slice(0, lim)) {
    total++;
    const want = readFileSync(pyc).subarray(16);
    let co;
    try {
      let src = readFileSync(py, 'utf8');
      if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
      co = compile(parse(src, py, 'exec'), py, 'exec', { optimize: 0, flags: 0, source: src });
    } catch (e) { failed++; continue; }
    const ref = M.loads(want);
    if (Buffer.compare(Buffer.from(M.dumps(co, 2)), Buffer.from(M.dumps(ref, 2))) !== 0) continue;
    valueEqual++;
    const got = Buffer.from(M.dumps(co));
    if (got.equals(want)) { bytesEqual++; continue; }
    let i = 0;
    while (i < got.length && got[i] === want[i]) i++;
    const show = (c) => c === undefined ? 'end' : String.fromCharCode(c & 0x7f) + (c & 0x80 ? '+ref' : '');
    const k = `CPython wrote ${show(want[i])}, Typhon ${show(got[i])}`;
    const e = reasons.get(k) ?? { n: 0, ex: py };
    e.n++;
    reasons.set(k, e);
  }
  console.log(`modules: ${total}; Typhon's compiler failed on ${failed}; code objects equal to CPython's: ${valueEqual}`);
  console.log(`of those, pyc bodies byte-identical: ${bytesEqual}/${valueEqual} (${(100 * bytesEqual / Math.max(1, valueEqual)).toFixed(2)}%)`);
  for (const [k, e] of [...reasons].sort((a, b) => b[1].n - a[1].n).slice(0, 10)) console.log(`  ${e.n}\t${k}\t(e.g. ${e.ex})`);
}
