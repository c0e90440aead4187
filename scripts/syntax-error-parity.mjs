#!/usr/bin/env node
// Syntax-error parity: for every program of the syntax-error corpus, does Typhon's parser raise the
// same SyntaxError as CPython 3.11 does when it runs the file (class, message, line, offset), and
// does the printed error (formatSyntaxError) equal CPython's recorded stderr byte for byte?
//
// Usage: node scripts/syntax-error-parity.mjs [--verbose] [--fuzz-format N] [DIR ...]
//   DIR defaults to tests/programs/syntax_errors. Needs `npm run build` first.
//   --fuzz-format N: also print N random SyntaxErrors (lineno < 1 standing for None) with both CPython's printer and
//   formatSyntaxError and count differences (a self-test of the formatter).
// Exit status 1 when fewer than 95% of the corpus match on message, line and offset.
//
// CPython's fields come from running each file as a script (the file tokenizer, as for a real run,
// not compile() on a string, which differs for source-decoding errors) with a sitecustomize whose
// excepthook prints the SyntaxError's fields as JSON.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const BAR = 95;

const SITECUSTOMIZE = `
import sys, json
def _hook(tp, e, tb):
    if isinstance(e, SyntaxError):
        sys.__stdout__.write('\\x00FIELDS' + json.dumps([tp.__name__, e.msg, e.lineno, e.offset,
                             e.end_lineno, e.end_offset, e.text]) + '\\n')
    sys.__excepthook__(tp, e, tb)
sys.excepthook = _hook
`;

const FORMAT_ORACLE = `
import sys, io, json
out = []
for kind, msg, fn, ln, off, text, eln, eoff in json.load(sys.stdin):
    cls = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}[kind]
    buf = io.StringIO()
    sys.stderr, old = buf, sys.stderr
    try:
        sys.__excepthook__(cls, cls(msg, (None, None, off, text, eln, eoff) if ln < 1 else (fn, ln, off, text, eln, eoff)), None)
    finally:
        sys.stderr = old
    out.append(buf.getvalue())
json.dump(out, sys.stdout)
`;

function parseArgs(argv) {
  const opts = { verbose: false, fuzz: 0, dirs: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose') opts.verbose = true;
    else if (argv[i] === '--fuzz-format') opts.fuzz = Number(argv[++i]);
    else opts.dirs.push(resolve(argv[i]));
  }
  if (opts.dirs.length === 0) opts.dirs.push(join(ROOT, 'tests', 'programs', 'syntax_errors'));
  return opts;
}

/** The same environment as the differential test, plus the field-dumping sitecustomize. */
function cpythonEnv(siteDir) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  Object.assign(env, { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', PYTHONPATH: siteDir });
  return env;
}

function runCPython(file, env) {
  return new Promise((done) => {
    const child = spawn(CPYTHON, [basename(file)], { cwd: dirname(file), env, stdio: ['ignore', 'pipe', 'ignore'] });
    const out = [];
    child.stdout.on('data', (b) => out.push(b));
    child.on('close', () => {
      const line = Buffer.concat(out).toString('utf8').split('\n').find((l) => l.startsWith('\0FIELDS'));
      if (!line) return done(null);
      const [kind, msg, lineno, offset, endLineno, endOffset, text] = JSON.parse(line.slice(7));
      done({ kind, msg, lineno, offset, endLineno, endOffset, text });
    });
  });
}

async function cpythonFields(files) {
  const siteDir = mkdtempSync(join(tmpdir(), 'typhon-se-'));
  writeFileSync(join(siteDir, 'sitecustomize.py'), SITECUSTOMIZE);
  const env = cpythonEnv(siteDir);
  const results = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await runCPython(files[i], env);
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
  return results;
}

async function loadTyphon() {
  const lib = join(ROOT, 'dist', 'lib', 'parser');
  const { parse, parseFile } = await import(pathToFileURL(join(lib, 'parser.js')).href);
  const { PySyntaxError, formatSyntaxError } = await import(pathToFileURL(join(lib, 'errors.js')).href);
  let decodeSource = null;
  if (existsSync(join(lib, 'source.js'))) ({ decodeSource } = await import(pathToFileURL(join(lib, 'source.js')).href));
  // Until source.js exists: plain UTF-8 (the corpus's few encoding programs will differ).
  decodeSource ??= (bytes) => new TextDecoder('utf-8').decode(bytes);
  return { parse, parseFile, PySyntaxError, formatSyntaxError, decodeSource };
}

function typhonFields(ty, file) {
  try {
    // parseFile is what bin/typhon runs (a script file's quirks, e.g. byte offsets); else decode + parse.
    if (ty.parseFile) ty.parseFile(readFileSync(file), file, 'exec');
    else ty.parse(ty.decodeSource(readFileSync(file), file), file, 'exec');
    return { result: null };
  } catch (e) {
    if (e instanceof ty.PySyntaxError) {
      // A lineno below 1 is formatSyntaxError's None: no location at all, as CPython's decoding errors.
      const none = e.lineno < 1;
      const f = { kind: e.kind, msg: e.msg, lineno: none ? null : e.lineno, offset: none ? null : e.offset,
        endLineno: none ? null : e.endLineno, endOffset: none ? null : e.endOffset };
      return { result: f, stderr: ty.formatSyntaxError(e) };
    }
    return { result: { kind: 'crash', msg: String(e && e.stack || e).split('\n').slice(0, 3).join(' | ') } };
  }
}

function normalize(text, file) {
  const folder = dirname(file);
  for (const d of [...new Set([folder, realpathSync(folder)])].sort((a, b) => b.length - a.length)) {
    text = text.split(d).join('$DIR');
  }
  return text;
}

function show(f) {
  if (!f) return 'no error';
  return `${f.kind}: ${f.msg} @${f.lineno}:${f.offset}-${f.endLineno}:${f.endOffset}`;
}

async function fuzzFormat(ty, n) {
  const pieces = ['a', 'b', ' ', '  ', '\t', '\f', 'é', '€', '😀', '(', 'x = 1', '\n', '\r', 'def f():', '"s"', '\u00a0', '\0'];
  // mulberry32: the low bits of a plain LCG are too regular for `% k`.
  let seed = 12345;
  const rnd = (k) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const cases = [];
  for (let k = 0; k < n; k++) {
    let text = null;
    if (rnd(10) > 0) {
      text = '';
      for (let i = rnd(8); i > 0; i--) text += pieces[rnd(pieces.length)];
      if (rnd(3) > 0) text += '\n';
    }
    const ln = rnd(20) === 0 ? -1 : 1 + rnd(3);
    cases.push([['SyntaxError', 'IndentationError', 'TabError'][rnd(3)], rnd(8) === 0 ? '' : `msg ${k}`, 'f.py', ln,
      rnd(14) - 2, text, ln + (rnd(4) === 0 ? 1 : 0) - (rnd(10) === 0 ? 1 : 0), rnd(16) - 2]);
  }
  const expected = JSON.parse(execFileSync(CPYTHON, ['-c', FORMAT_ORACLE], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString());
  let bad = 0;
  cases.forEach((c, i) => {
    const got = ty.formatSyntaxError(new ty.PySyntaxError(...c));
    if (got !== expected[i] && bad++ < 5) console.log(`format differs for ${JSON.stringify(c)}\n  expected ${JSON.stringify(expected[i])}\n  got      ${JSON.stringify(got)}`);
  });
  console.log(`formatSyntaxError vs CPython's printer: ${n - bad}/${n} random errors identical`);
  return bad;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const ty = await loadTyphon();
  const files = [];
  for (const d of opts.dirs) for (const f of readdirSync(d).sort()) if (f.endsWith('.py')) files.push(join(d, f));
  const expected = await cpythonFields(files);
  let fieldsOk = 0, stderrOk = 0, formatOk = 0, formatTotal = 0;
  const formatBad = [];
  const bad = [];
  files.forEach((file, i) => {
    const exp = expected[i];
    const got = typhonFields(ty, file);
    const g = got.result;
    const same = exp && g && exp.kind === g.kind && exp.msg === g.msg && exp.lineno === g.lineno && exp.offset === g.offset;
    if (same) fieldsOk++;
    const recorded = file.slice(0, -3) + '.expected.json';
    const expStderr = existsSync(recorded) ? JSON.parse(readFileSync(recorded, 'utf8')).stderr : null;
    const stderrSame = got.stderr !== undefined && expStderr !== null && normalize(got.stderr, file) === expStderr;
    if (stderrSame) stderrOk++;
    // The formatter alone: CPython's own fields, printed by formatSyntaxError, must give CPython's
    // recorded stderr (its tail: a SyntaxWarning may come first).
    if (exp && expStderr !== null) {
      formatTotal++;
      const none = exp.lineno === null;
      const mine = normalize(ty.formatSyntaxError(new ty.PySyntaxError(exp.kind, exp.msg, file, none ? 0 : exp.lineno,
        exp.offset ?? 0, exp.text, exp.endLineno ?? (none ? 0 : exp.lineno), exp.endOffset ?? -1)), file);
      if (expStderr === mine || expStderr.endsWith('\n' + mine)) formatOk++;
      else formatBad.push(`${file.slice(ROOT.length + 1)}: formatSyntaxError(CPython's fields) gives\n${mine.replace(/^/gm, '      | ')}`);
    }
    if (!same || (!stderrSame && opts.verbose)) {
      bad.push(`${file.slice(ROOT.length + 1)}\n    CPython: ${show(exp)}\n    Typhon:  ${show(g)}` +
        (same && !stderrSame ? `\n    (fields equal; stderr differs)\n${(got.stderr ?? '').replace(/^/gm, '      | ')}` : ''));
    }
  });
  if (bad.length) console.log(bad.join('\n'));
  if (formatBad.length) console.log(formatBad.join('\n'));
  const pct = (k) => (100 * k / Math.max(1, files.length)).toFixed(1);
  console.log(`\n${files.length} programs`);
  console.log(`message, line and offset identical: ${fieldsOk} (${pct(fieldsOk)}%, bar ${BAR}%)`);
  console.log(`whole stderr identical:             ${stderrOk} (${pct(stderrOk)}%)`);
  console.log(`formatSyntaxError on CPython's own fields gives its stderr: ${formatOk}/${formatTotal}`);
  let fuzzBad = 0;
  if (opts.fuzz > 0) fuzzBad = await fuzzFormat(ty, opts.fuzz);
  process.exitCode = 100 * fieldsOk / Math.max(1, files.length) >= BAR && fuzzBad === 0 && formatOk === formatTotal ? 0 : 1;
}

await main();
