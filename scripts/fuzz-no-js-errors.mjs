#!/usr/bin/env node
// No JavaScript error may reach the user: a seeded, time-bounded run of generated and mutated
// Python programs through Typhon. A failure is stderr that shows JavaScript rather than Python (a
// JS stack line "    at f (file:1:2)", "node:internal", "TypeError: Cannot read properties",
// "RangeError: Maximum call stack", "SystemError: internal error" (a JS exception the VM caught and
// wrapped), a V8 fatal error), or death by a signal we did not send. Timeouts are counted apart
// (a mutated program may loop for ever). Distinct failures (by their normalised first JS line) are
// minimised (lines, then characters) and listed with the reproducer.
//
// Usage: node scripts/fuzz-no-js-errors.mjs [--seed N] [--count N] [--seconds S] [--in-process]
//          [--timeout MS] [--out DIR] [--no-minimise] [--json] [--ci [--update-baseline]]
//        node scripts/fuzz-no-js-errors.mjs --seed N --dump K > prog.py   (program K of seed N)
//   Programs: mutations of tests/programs/**/*.py (delete/duplicate/swap tokens, lines and
//   characters; random Unicode; deep nesting; huge literals; random bytes) and generated programs
//   (random builtin calls, operators, methods and odd dunder methods, each statement guarded).
//   --in-process runs the programs in a worker process that imports dist/lib (runFile of
//   src/vm/interp.ts) instead of starting bin/typhon for each (much faster; the worker is replaced
//   when a program hangs or kills it). Reproducers are written to --out (default
//   /tmp/typhon-fuzz-failures). --ci runs tests/fuzz.test.mjs's sample against
//   tests/fuzz-baseline.json.
import { spawn, fork } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, statSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Rng, programEnv } from './property-check.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPHON = join(ROOT, 'bin', 'typhon');
const SELF = fileURLToPath(import.meta.url);
export const BASELINE = join(ROOT, 'tests', 'fuzz-baseline.json');
export const CI_SAMPLE = { seed: 20261125, count: 400, timeoutMs: 3000 };

// ---------------------------------------------------------------------------
// Classifying stderr

const JS_MARKERS = [
  /^\s+at .*(\(.*:\d+:\d+\)|:\d+:\d+)$/m, // a V8 stack frame
  /node:internal/,
  /file:\/\/\//,
  /dist\/(typhon|lib)/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError): (Cannot read propert|Cannot set propert|Maximum call stack|Invalid array length|Invalid string length|\S+ is not a function|\S+ is not defined|BigInt|Cannot convert|Cannot mix BigInt|Invalid count value|toString\(\) radix|Unexpected token)/,
  /SystemError: internal error/,
  /FATAL ERROR|JavaScript heap out of memory|Uncaught|Error \[ERR_/,
  /^\s*\^+\s*$\n^(\w*Error|Error)\b.*\n\s+at /m,
];

/** The failure signature of a run, or null when it is a normal (Python-shaped) outcome. */
export function classify(res) {
  if (res.timedOut) return null;
  if (res.signal && res.signal !== 'SIGTERM') return `killed by ${res.signal}`;
  if (res.code !== null && res.code > 128 && res.code !== 130) return `exit status ${res.code}`;
  const err = res.stderr;
  for (const re of JS_MARKERS) {
    const m = re.exec(err);
    if (!m) continue;
    // The line that names the JS error, normalised so that one bug gives one signature.
    const lines = err.split('\n');
    const line = lines.find((l) => /internal error|Error:|FATAL|heap|Uncaught/.test(l) && !/^\s+at /.test(l)) ?? m[0];
    return line.trim().replace(/0x[0-9a-f]+/gi, 'N').replace(/\d+/g, 'N').replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"').slice(0, 160);
  }
  return null;
}

// ---------------------------------------------------------------------------
// Program sources: mutations of the corpus, and generated programs

function listCorpus(dir = join(ROOT, 'tests', 'programs')) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d[\d._a-fA-FxXoObBjJeE]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\s+|./gsu;
const UNICODE = ['é', 'ß', 'Ω', '日本', '\u00a0', '\u200b', '\u2028', '\ufeff', '😀', '\u0301', '\ud800', '１', '٣', 'ﬁ', '\u3000', '\t', '\r', '\f', '\x00', '\x1b', 'ℌ', '𝔘'];
const SNIPPETS = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '*', '**', '=', '==', ':=', '->', 'lambda', 'yield', 'await', 'async', 'def', 'class', 'return', 'if', 'else', 'for', 'in', 'not', 'is', 'None', 'match', 'case', 'try:', 'except', 'finally:', 'with', 'global x', 'nonlocal x', 'del', 'raise', '@', '\\', '\n', '\n    ', '#', "'", '"', '"""', 'f"{', '}"', '0x', '1e', '...', ';', '!', '$', '?', '`', 'print(', 'super()', '__class__', 'import sys', 'from . import x'];

function hugeLiteral(r) {
  switch (r.int(8)) {
    case 0: return '9'.repeat(r.range(4000, 60000));
    case 1: return '1' + '0'.repeat(r.range(300, 5000)) + '.0';
    case 2: return '1e' + '9'.repeat(r.range(3, 30));
    case 3: return '"' + 'x'.repeat(r.range(10000, 300000)) + '"';
    case 4: return '0x' + 'f'.repeat(r.range(1000, 30000));
    case 5: return '[' + '1, '.repeat(r.range(1000, 50000)) + ']';
    case 6: return '2 ** ' + r.range(10000, 3000000);
    default: return "'" + 'ab\\n'.repeat(r.range(1000, 40000)) + "'";
  }
}

function deepNesting(r) {
  const n = r.pick([50, 100, 199, 200, 201, 500, 1000, 3000, 20000, r.range(2, 5000)]);
  switch (r.int(12)) {
    case 0: return '('.repeat(n) + '1' + ')'.repeat(n);
    case 1: return '['.repeat(n) + ']'.repeat(n);
    case 2: return '-'.repeat(n) + '1';
    case 3: return 'not '.repeat(n) + 'x';
    case 4: return 'lambda: '.repeat(n) + '0';
    case 5: return Array.from({ length: Math.min(n, 150) }, (_, i) => ' '.repeat(i) + 'if 1:').join('\n') + '\n' + ' '.repeat(Math.min(n, 150)) + 'pass';
    case 6: return Array.from({ length: Math.min(n, 120) }, (_, i) => ' '.repeat(i) + 'def f():').join('\n') + '\n' + ' '.repeat(Math.min(n, 120)) + 'return 1';
    case 7: return 'x = ' + '1 + '.repeat(n) + '1';
    case 8: return '{' + '"a": {'.repeat(n) + '}'.repeat(n) + '}';
    case 9: return 'x' + '.a'.repeat(n);
    case 10: return 'f"{' .repeat(Math.min(n, 30)) + 'x' + '}"'.repeat(Math.min(n, 30));
    default: return 'def r(n):\n    return r(n + 1)\nr(0)\n';
  }
}

function randomBytes(r, n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.chance(0.7) ? r.range(32, 126) : r.int(256);
  return b;
}

function mutate(r, src) {
  let s = src;
  const rounds = r.range(1, 4);
  for (let k = 0; k < rounds; k++) {
    const kind = r.int(14);
    if (kind <= 2) {
      const toks = s.match(TOKEN_RE) ?? [''];
      const i = r.int(toks.length), j = r.int(toks.length);
      if (kind === 0) toks.splice(i, 1);
      else if (kind === 1) toks.splice(i, 0, toks[j]);
      else [toks[i], toks[j]] = [toks[j], toks[i]];
      s = toks.join('');
    } else if (kind <= 5) {
      const lines = s.split('\n');
      const i = r.int(lines.length), j = r.int(lines.length);
      if (kind === 3) lines.splice(i, 1);
      else if (kind === 4) lines.splice(i, 0, lines[j]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
      s = lines.join('\n');
    } else if (kind <= 8) {
      const i = r.int(s.length + 1), j = r.int(s.length + 1);
      if (kind === 6) s = s.slice(0, i) + s.slice(i + 1);
      else if (kind === 7) s = s.slice(0, i) + s.slice(j, j + r.range(1, 20)) + s.slice(i);
      else s = s.slice(0, i) + s.slice(j, j + 1) + s.slice(i + 1);
    } else if (kind === 9) {
      const i = r.int(s.length + 1);
      s = s.slice(0, i) + r.pick(UNICODE) + s.slice(i);
    } else if (kind === 10) {
      const i = r.int(s.length + 1);
      s = s.slice(0, i) + r.pick(SNIPPETS) + s.slice(i);
    } else if (kind === 11) {
      const lines = s.split('\n');
      lines.splice(r.int(lines.length + 1), 0, r.chance(0.5) ? deepNesting(r) : 'x = ' + hugeLiteral(r));
      s = lines.join('\n');
    } else if (kind === 12) {
      // Replace a literal by a huge one.
      const toks = s.match(TOKEN_RE) ?? [''];
      const idx = toks.map((t, i) => (/^[\d"']/.test(t) ? i : -1)).filter((i) => i >= 0);
      if (idx.length) toks[r.pick(idx)] = hugeLiteral(r);
      s = toks.join('');
    } else {
      // Indentation damage.
      const lines = s.split('\n');
      const i = r.int(lines.length);
      lines[i] = r.pick(['', ' ', '\t', '        ']) + lines[i].replace(/^\s+/, r.chance(0.5) ? '' : '\t');
      s = lines.join('\n');
    }
  }
  return s;
}

// Generated programs: many small operations on assorted values, each guarded by try/except so
// that one program explores many paths; the last one unguarded, for the traceback printer.
const VALUES = ['0', '1', '-1', '2**64', '-2**100', '3.5', '-0.0', "float('nan')", "float('inf')", '1e308', '5e-324', '1j', '(1+2j)', "''", "'abc'", "'é😀'", "b'xy'", 'bytearray(b"ab")', '[]', '[1, 2, 3]', '[[]]', '()', '(1,)', '(1, "a")', '{}', '{1: 2}', '{"a": [1]}', 'set()', '{1, 2}', 'frozenset({3})', 'None', 'True', 'False', 'range(5)', 'range(-3, 10, 2)', 'slice(1, 2)', 'len', 'print', 'int', 'str', 'object()', 'object', 'type', 'Ellipsis', 'NotImplemented', 'C()', 'C', 'D()', 'g()', 'iter([1])', 'lambda: 1', 'lambda *a, **k: (a, k)', 'ValueError("v")', 'Exception', 'x', 'sys', 'sys.maxsize', '...', 'memoryview(b"ab")'];
const BUILTINS = ['len', 'repr', 'str', 'int', 'float', 'complex', 'bool', 'abs', 'hash', 'iter', 'next', 'list', 'tuple', 'dict', 'set', 'frozenset', 'sorted', 'reversed', 'sum', 'min', 'max', 'any', 'all', 'enumerate', 'zip', 'map', 'filter', 'range', 'round', 'divmod', 'pow', 'hex', 'oct', 'bin', 'chr', 'ord', 'format', 'isinstance', 'issubclass', 'getattr', 'setattr', 'hasattr', 'delattr', 'callable', 'type', 'id', 'vars', 'dir', 'ascii', 'bytes', 'bytearray', 'slice', 'super', 'object', 'print', 'iter', 'eval', 'exec', 'compile', 'globals', 'locals', 'open', 'input', 'memoryview', 'staticmethod', 'classmethod', 'property'];
const METHODS = ['append', 'extend', 'pop', 'insert', 'remove', 'index', 'count', 'sort', 'reverse', 'copy', 'clear', 'keys', 'values', 'items', 'get', 'setdefault', 'update', 'popitem', 'add', 'discard', 'union', 'intersection', 'split', 'join', 'strip', 'replace', 'find', 'startswith', 'format', 'encode', 'decode', 'upper', 'center', 'zfill', 'partition', 'splitlines', 'expandtabs', 'translate', 'maketrans', 'to_bytes', 'from_bytes', 'bit_length', 'conjugate', 'hex', 'fromhex', 'is_integer', 'as_integer_ratio', '__getitem__', '__setitem__', '__len__', '__iter__', '__next__', '__class__', '__dict__', '__init__', '__new__', '__reduce__', '__format__', '__eq__', '__hash__', 'send', 'throw', 'close', 'mro', '__subclasses__', '__mro__', '__name__', '__qualname__', '__doc__', '__code__', '__defaults__', '__closure__'];
const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '<=', '==', '!=', '>', 'in', 'not in', 'is', 'and', 'or'];
const PRELUDE = `import sys
class C:
    def __len__(self): return -1
    def __index__(self): return 'x'
    def __eq__(self, o): raise ValueError('eq')
    def __hash__(self): return 2**70
    def __iter__(self): return 5
    def __repr__(self): return 42
    def __bool__(self): return 2
    def __getattr__(self, n): return self
    def __lt__(self, o): return NotImplemented
    def __int__(self): return 1.5
    def __float__(self): return 'f'
class D(C, Exception):
    __slots__ = ()
    def __init__(self, *a): pass
    def __str__(self): return D()
    def __del__(self): raise RuntimeError('del')
def g():
    try:
        x = yield 1
        yield from x
    finally:
        yield 2
x = [1]
`;

function genValue(r, depth = 0) {
  if (depth < 2 && r.chance(0.25)) {
    switch (r.int(5)) {
      case 0: return `(${genValue(r, depth + 1)} ${r.pick(BINOPS)} ${genValue(r, depth + 1)})`;
      case 1: return `${r.pick(BUILTINS)}(${genArgs(r, depth + 1)})`;
      case 2: return `${genValue(r, depth + 1)}.${r.pick(METHODS)}`;
      case 3: return `${genValue(r, depth + 1)}[${genValue(r, depth + 1)}]`;
      default: return `[${genValue(r, depth + 1)} for _ in ${genValue(r, depth + 1)}]`;
    }
  }
  return r.pick(VALUES);
}

function genArgs(r, depth) {
  const n = r.range(0, 3);
  const a = [];
  for (let i = 0; i < n; i++) a.push(r.chance(0.1) ? `*${genValue(r, depth)}` : r.chance(0.1) ? `${r.pick(['key', 'reverse', 'default', 'sep', 'base', 'start', 'x'])}=${genValue(r, depth)}` : genValue(r, depth));
  return a.join(', ');
}

function genStatement(r) {
  switch (r.int(12)) {
    case 0: return `print(${genValue(r)})`;
    case 1: return `x = ${genValue(r)}`;
    case 2: return `x ${r.pick(['+=', '-=', '*=', '//=', '|=', '@=', '**='])} ${genValue(r)}`;
    case 3: return `print(${r.pick(BUILTINS)}(${genArgs(r, 0)}))`;
    case 4: return `print(${genValue(r)}.${r.pick(METHODS)}(${genArgs(r, 0)}))`;
    case 5: return `for _i in ${genValue(r)}: print(_i)`;
    case 6: return `${genValue(r)}[${genValue(r)}] = ${genValue(r)}`;
    case 7: return `del ${r.pick(['x', 'x[0]', 'x.a', 'C.__len__', 'sys.modules["sys"]'])}`;
    case 8: return `raise ${genValue(r)}`;
    case 9: return `with ${genValue(r)} as w: pass`;
    case 10: return `print(*${genValue(r)}, sep=${genValue(r)})`;
    default: return `a, *b = ${genValue(r)}; print(a, b)`;
  }
}

function generate(r) {
  const lines = [PRELUDE];
  const n = r.range(5, 40);
  for (let i = 0; i < n; i++) {
    lines.push(`try:\n    ${genStatement(r)}\nexcept BaseException as e:\n    print(type(e).__name__, e)`);
  }
  lines.push(genStatement(r));
  return lines.join('\n') + '\n';
}

/** Program number i of a seed: a Buffer of source bytes and a short description. */
export function makeProgram(r, corpus) {
  const k = r.int(100);
  if (k < 35) return { how: 'generated', bytes: Buffer.from(generate(r), 'utf8') };
  const file = r.pick(corpus);
  const src = readFileSync(file, 'utf8');
  if (k < 90) return { how: `mutated ${file.slice(ROOT.length + 1)}`, bytes: Buffer.from(mutate(r, src), 'utf8') };
  // Raw bytes: random bytes spliced into the source, or a coding cookie / BOM / NUL prefix.
  const b = Buffer.from(src, 'utf8');
  const i = r.int(b.length + 1);
  const pre = r.pick([Buffer.alloc(0), Buffer.from('\ufeff'), Buffer.from('# coding: latin-1\n'), Buffer.from('# -*- coding: bogus -*-\n'), Buffer.from([0xef, 0xbb]), Buffer.from('\x00')]);
  return { how: `bytes ${file.slice(ROOT.length + 1)}`, bytes: Buffer.concat([pre, b.subarray(0, i), randomBytes(r, r.range(1, 40)), b.subarray(i)]) };
}

// ---------------------------------------------------------------------------
// Runners: one process per program, or a worker process running many

function runSubprocess(file, timeoutMs) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [TYPHON, file], { cwd: dirname(file), env: programEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    const err = [];
    let size = 0, timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.stderr.on('data', (d) => {
      if (size < 1 << 20) err.push(d);
      size += d.length;
    });
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stderr: Buffer.concat(err).toString('utf8'), code, signal: timedOut ? null : signal, timedOut });
    });
  });
}

/** The worker side of --in-process: runs files with runFile, capturing fds 1 and 2. */
async function workerMain() {
  let err = '';
  const realWriteSync = fs.writeSync;
  // The VM writes with fs.writeSync(1|2, ...): capture both through the module's live bindings.
  fs.writeSync = function (fd, buf, ...rest) {
    if (fd === 1 || fd === 2) {
      const b = typeof buf === 'string' ? Buffer.from(buf) : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
      const off = typeof rest[0] === 'number' ? rest[0] : 0;
      const len = typeof rest[1] === 'number' ? rest[1] : b.length - off;
      if (fd === 2 && err.length < 1 << 20) err += b.subarray(off, off + len).toString('utf8');
      return len;
    }
    return realWriteSync.call(fs, fd, buf, ...rest);
  };
  syncBuiltinESMExports();
  const { runFile } = await import(pathToFileURL(join(ROOT, 'dist', 'lib', 'vm', 'interp.js')).href);
  process.on('message', (msg) => {
    err = '';
    let code = 0;
    try {
      code = runFile(msg.file, [msg.file]);
    } catch (e) {
      // Anything escaping runFile is a JS error reaching the user (the CLI would print it).
      err += `${e && e.stack ? e.stack : String(e)}\n`;
      code = 1;
    }
    process.send({ id: msg.id, stderr: err, code });
  });
  // The parent gone (killed, crashed): do not linger.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
}

class WorkerRunner {
  constructor(timeoutMs, cwd) {
    this.timeoutMs = timeoutMs;
    this.cwd = cwd; // programs may write files: keep them in the scratch folder
    this.child = null;
    this.nextId = 0;
  }
  async start() {
    this.child = fork(SELF, ['--worker'], { env: programEnv(), cwd: this.cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.childErr = '';
    this.child.stderr.on('data', (d) => {
      if (this.childErr.length < 1 << 16) this.childErr += d.toString();
    });
    await new Promise((resolve, reject) => {
      this.child.once('message', (m) => (m.ready ? resolve() : reject(new Error('worker failed to start'))));
      this.child.once('exit', () => reject(new Error(`worker exited at start: ${this.childErr}`)));
    });
  }
  async run(file) {
    if (!this.child) await this.start();
    const child = this.child;
    const id = this.nextId++;
    this.childErr = '';
    return new Promise((resolve) => {
      let done = false;
      const finish = (res, restart) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        child.removeListener('message', onMsg);
        child.removeListener('exit', onExit);
        if (restart) {
          child.kill('SIGKILL');
          this.child = null;
        }
        resolve(res);
      };
      const onMsg = (m) => {
        if (m.id === id) finish({ stderr: m.stderr, code: m.code, signal: null, timedOut: false }, false);
      };
      const onExit = (code, signal) => finish({ stderr: this.childErr, code, signal, timedOut: false }, true);
      const timer = setTimeout(() => finish({ stderr: '', code: null, signal: null, timedOut: true }, true), this.timeoutMs);
      child.on('message', onMsg);
      child.once('exit', onExit);
      child.send({ id, file });
    });
  }
  stop() {
    if (this.child) this.child.kill('SIGKILL');
    this.child = null;
  }
}

// ---------------------------------------------------------------------------
// Minimising a reproducer: drop lines, then chunks of characters, while the signature stays.

async function minimise(bytes, sig, runBytes, budget) {
  let best = bytes;
  let runs = 0;
  const still = async (b) => {
    if (runs++ >= budget) return false;
    return classify(await runBytes(b)) === sig;
  };
  let lines = best.toString('latin1').split('\n');
  // Often one line (dedented) fails on its own: try each, shortest first.
  if (lines.length > 1 && lines.length <= 400) {
    const single = [...new Set(lines.map((l) => l.trim()).filter(Boolean))].sort((a, b) => a.length - b.length);
    for (const l of single.slice(0, Math.min(single.length, budget >> 1))) {
      if (await still(Buffer.from(l + '\n', 'latin1'))) {
        lines = [l, ''];
        break;
      }
    }
  }
  // Lines, in shrinking chunks.
  for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1; chunk >>= 1) {
    for (let i = 0; i < lines.length && runs < budget; ) {
      const cand = lines.slice(0, i).concat(lines.slice(i + chunk));
      if (cand.length && (await still(Buffer.from(cand.join('\n'), 'latin1')))) lines = cand;
      else i += chunk;
    }
  }
  best = Buffer.from(lines.join('\n'), 'latin1');
  // Characters, in shrinking chunks.
  for (let chunk = Math.max(1, best.length >> 2); chunk >= 1 && runs < budget; chunk >>= 1) {
    for (let i = 0; i < best.length && runs < budget; ) {
      const cand = Buffer.concat([best.subarray(0, i), best.subarray(i + chunk)]);
      if (cand.length && (await still(cand))) best = cand;
      else i += chunk;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// The run

export async function fuzz({ seed = 1, count = 10000, seconds = Infinity, inProcess = false, timeoutMs = 5000, minimiseBudget = 300, outDir = null, log = () => {} } = {}) {
  const corpus = listCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'typhon-fuzz-'));
  const r = new Rng(seed);
  const workers = inProcess ? [new WorkerRunner(timeoutMs, dir), new WorkerRunner(timeoutMs, dir)] : null;
  const runFileOn = (w, file) => (inProcess ? workers[w].run(file) : runSubprocess(file, timeoutMs));
  const t0 = Date.now();
  const failures = new Map(); // signature -> {count, bytes, how}
  let ran = 0, timeouts = 0, failing = 0;
  const hangs = []; // the first few programs that timed out, kept for inspection
  try {
    // Two lanes (two cores): each takes the next program number; generation stays sequential in
    // the seed, so a seed names the same programs whatever the timing.
    const programs = [];
    const nextProgram = (n) => {
      while (programs.length <= n) programs.push(makeProgram(r, corpus));
      const p = programs[n];
      programs[n] = null;
      return p;
    };
    let next = 0;
    const lane = async (w) => {
      for (;;) {
        const n = next++;
        if (n >= count || (Date.now() - t0) / 1000 > seconds) return;
        const prog = nextProgram(n);
        // A fresh name per program: the VM caches source lines by file name (for tracebacks).
        const file = join(dir, `p${n}.py`);
        writeFileSync(file, prog.bytes);
        const res = await runFileOn(w, file);
        rmSync(file, { force: true });
        ran++;
        if (res.timedOut) {
          timeouts++;
          log(`#${n} timed out (${prog.how}, ${prog.bytes.length} bytes)`);
          if (hangs.length < 10) hangs.push({ n, how: prog.how, bytes: prog.bytes });
        }
        if (ran % 500 === 0) log(`${ran} programs, ${failing} failing, ${timeouts} timed out, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
        const sig = classify(res);
        if (sig === null) continue;
        failing++;
        const f = failures.get(sig);
        if (f) {
          f.count++;
          if (prog.bytes.length < f.bytes.length) Object.assign(f, { bytes: prog.bytes, how: prog.how, n });
        } else {
          failures.set(sig, { count: 1, bytes: prog.bytes, how: prog.how, n, stderr: res.stderr.slice(0, 2000) });
          log(`#${n} new failure: ${sig} (${prog.how})`);
        }
      }
    };
    await Promise.all([lane(0), lane(1)]);
    // Minimise each distinct failure.
    if (minimiseBudget > 0) {
      let k = 0;
      for (const [sig, f] of failures) {
        let tries = 0;
        const runBytes = async (b) => {
          const file = join(dir, `min${k}-${tries++}.py`);
          writeFileSync(file, b);
          const res = await runFileOn(0, file);
          rmSync(file, { force: true });
          return res;
        };
        f.minimal = await minimise(f.bytes, sig, runBytes, minimiseBudget);
        log(`minimised ${++k}/${failures.size}: ${f.bytes.length} -> ${f.minimal.length} bytes`);
      }
    }
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      // Only this run's reproducers: drop the files a previous run wrote there.
      for (const name of readdirSync(outDir)) if (/^(failure\d+\.(py|txt)|timeout-\d+\.py)$/.test(name)) rmSync(join(outDir, name));
      let k = 0;
      for (const [sig, f] of failures) {
        k++;
        writeFileSync(join(outDir, `failure${k}.py`), f.minimal ?? f.bytes);
        writeFileSync(join(outDir, `failure${k}.txt`), `${sig}\n${f.how} (program #${f.n}, seed ${seed}), ${f.count} program(s)\n\n${f.stderr}`);
      }
      for (const h of hangs) writeFileSync(join(outDir, `timeout-${h.n}.py`), h.bytes);
    }
  } finally {
    if (workers) for (const w of workers) w.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { ran, failing, timeouts, hangs: hangs.map((h) => ({ program: h.n, how: h.how })), seconds: (Date.now() - t0) / 1000, failures: [...failures].map(([sig, f]) => ({ signature: sig, count: f.count, how: f.how, program: f.n, reproducer: (f.minimal ?? f.bytes).toString('utf8') })) };
}

async function main(argv) {
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  if (argv.includes('--dump')) {
    // --dump N: write program number N of --seed to stdout (to reproduce a reported failure).
    const r = new Rng(Number(opt('--seed', 1)));
    const corpus = listCorpus();
    const n = Number(opt('--dump', 0));
    let p;
    for (let i = 0; i <= n; i++) p = makeProgram(r, corpus);
    console.error(p.how);
    process.stdout.write(p.bytes);
    return;
  }
  const ci = argv.includes('--ci');
  const res = await fuzz({
    seed: Number(opt('--seed', ci ? CI_SAMPLE.seed : 1)),
    count: Number(opt('--count', ci ? CI_SAMPLE.count : 10000)),
    seconds: Number(opt('--seconds', Infinity)),
    inProcess: argv.includes('--in-process') || ci,
    timeoutMs: Number(opt('--timeout', ci ? CI_SAMPLE.timeoutMs : 5000)),
    minimiseBudget: argv.includes('--no-minimise') || ci ? 0 : Number(opt('--minimise-budget', 300)),
    outDir: opt('--out', '/tmp/typhon-fuzz-failures'),
    log: (s) => console.error(s),
  });
  if (argv.includes('--json')) console.log(JSON.stringify(res, null, 1));
  else {
    for (const f of res.failures) {
      console.log(`--- ${f.signature}\n    ${f.count} program(s); first: ${f.how}; minimal reproducer:`);
      console.log(f.reproducer.length > 600 ? JSON.stringify(f.reproducer.slice(0, 600)) + ' …' : JSON.stringify(f.reproducer));
    }
    console.log(`\n${res.ran} programs in ${res.seconds.toFixed(1)} s: ${res.failing} with a JS error (${res.failures.length} distinct), ${res.timeouts} timed out`);
  }
  if (ci) {
    if (argv.includes('--update-baseline')) {
      writeFileSync(BASELINE, JSON.stringify({ seed: CI_SAMPLE.seed, count: CI_SAMPLE.count, failing: res.failing }, null, 2) + '\n');
      console.log(`baseline written: ${BASELINE}`);
    } else {
      const base = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : { failing: 0 };
      if (res.failing > base.failing) {
        console.log(`${res.failing} failing programs, baseline ${base.failing}: WORSE`);
        process.exitCode = 1;
      }
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--worker')) workerMain();
  else main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
