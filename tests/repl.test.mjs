// The interactive mode against CPython 3.11's: every session of tests/repl/*.txt (keystrokes) is
// typed into `typhon` through a real pseudo-terminal by tests/helpers/pty_driver.py, and the
// screen it leaves must equal the one CPython left, recorded in tests/repl/NAME.expected by
// scripts/record-repl.py. The driver replays the terminal's output on a small VT100 emulator, so
// echo, cursor moves and erases are compared as the user sees them; only the banner line and the
// sessions' folder are normalised.
//
// tests/repl/known-failures.txt lists the sessions allowed to fail, with the reason; one that passes
// fails the test, so the list only shrinks.
//
// Plain report: node tests/repl.test.mjs [FILTER]   (shows the first difference of each failure)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SESSIONS = join(ROOT, 'tests', 'repl');
const DRIVER = join(ROOT, 'tests', 'helpers', 'pty_driver.py');
const TYPHON = join(ROOT, 'bin', 'typhon');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';
const WORKERS = 3; // sessions mostly wait on the terminal

/** known-failures.txt: `name.txt  reason` per line; `#` starts a comment. */
function readKnownFailures() {
  const file = join(SESSIONS, 'known-failures.txt');
  const known = new Map();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\S+)\s+(.*\S)$/.exec(line.trim());
    if (m && !line.startsWith('#')) known.set(m[1], m[2]);
  }
  return known;
}

export function listSessions(filter = '') {
  return readdirSync(SESSIONS).filter((n) => n.endsWith('.txt') && n !== 'known-failures.txt' && n.includes(filter)).sort();
}

/** Typhon's screen for one session (the driver's normalised output). */
function runSession(name) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [DRIVER, join(SESSIONS, name), '--', TYPHON], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`driver failed (${code}): ${err}`))));
  });
}

/** Compare one session: '' when the screens are equal, else the first differing line. */
export async function checkSession(name) {
  const expectedFile = join(SESSIONS, name.replace(/\.txt$/, '.expected'));
  if (!existsSync(expectedFile)) return 'no recording (run scripts/record-repl.py)';
  const want = readFileSync(expectedFile, 'utf8');
  const got = await runSession(name);
  if (got === want) return '';
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i])}, got ${JSON.stringify(b[i])}`;
  }
  return 'differs';
}

async function runAll(names) {
  const results = new Map();
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      try {
        results.set(name, await checkSession(name));
      } catch (e) {
        results.set(name, String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return results;
}

/** The REPL with stdin not a terminal (tests/repl/piped.json): prompts on stderr, no line editing. */
function runPiped(c) {
  return new Promise((resolve, reject) => {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON') && k !== 'NODE_TEST_CONTEXT') env[k] = v;
    env.PYTHONHASHSEED = '0';
    env.LC_ALL = 'C.UTF-8';
    Object.assign(env, c.env ?? {});
    const child = spawn(TYPHON, c.args, { cwd: SESSIONS, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const lines = stderr.split('\n');
      if (/^Typhon \S+ \(Python 3\.11\.\d+-compatible\)/.test(lines[0])) lines[0] = '<banner>';
      resolve({ stdout, stderr: lines.join('\n'), status });
    });
    // stdinLatin1: the case's stdin holds bytes that are not UTF-8, one per code point.
    child.stdin.end(c.stdinLatin1 ? Buffer.from(c.stdin, 'latin1') : c.stdin);
  });
}

export async function checkPiped() {
  const cases = JSON.parse(readFileSync(join(SESSIONS, 'piped.json'), 'utf8'));
  const want = JSON.parse(readFileSync(join(SESSIONS, 'piped.expected.json'), 'utf8'));
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const got = await runPiped(c);
      for (const k of ['stdout', 'stderr', 'status']) {
        if (got[k] !== want[c.name][k]) failures.push(`${c.name}: ${k} ${JSON.stringify(got[k])}, expected ${JSON.stringify(want[c.name][k])}`);
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return { count: cases.length, failures: failures.sort() };
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url) && !process.env.NODE_TEST_CONTEXT;
if (isMain) {
  const names = listSessions(process.argv[2] ?? '');
  const known = readKnownFailures();
  const results = await runAll(names);
  let passed = 0;
  let bad = 0;
  for (const name of names) {
    const r = results.get(name);
    if (r === '') passed++;
    else console.log(`${known.has(name) ? 'known' : 'FAIL'} ${name}: ${r}`);
    if ((r === '') === known.has(name)) bad++;
    if (r === '' && known.has(name)) console.log(`PASSES ${name}: remove it from tests/repl/known-failures.txt`);
  }
  console.log(`${passed}/${names.length} sessions match CPython's screens`);
  const piped = await checkPiped();
  for (const f of piped.failures) console.log(`FAIL piped ${f}`);
  console.log(`piped: ${piped.failures.length === 0 ? 'all' : 'not all'} ${piped.count} cases match`);
  process.exitCode = bad === 0 && piped.failures.length === 0 ? 0 : 1;
} else {
  test('REPL sessions show the same screens as CPython 3.11', async (t) => {
    const names = listSessions();
    const known = readKnownFailures();
    assert.ok(names.length - known.size >= 40, `only ${names.length - known.size} sessions expected to pass`);
    const results = await runAll(names);
    const passed = names.filter((n) => results.get(n) === '');
    t.diagnostic(`${passed.length}/${names.length} sessions match (${known.size} known failures)`);
    const failures = names.filter((n) => results.get(n) !== '' && !known.has(n)).map((n) => `${n}: ${results.get(n)}`);
    const fixed = passed.filter((n) => known.has(n)).map((n) => `${n} passes: remove it from tests/repl/known-failures.txt`);
    assert.deepEqual([...failures, ...fixed], []);
  });

  test('the history is kept in ~/.typhon_history as CPython keeps ~/.python_history', async () => {
    const session = join(SESSIONS, 'history_file.txt');
    const read = async (cmd, file) => {
      const home = mkdtempSync(join(tmpdir(), 'repl-history-'));
      try {
        await new Promise((resolve, reject) => {
          const child = spawn('python3', [DRIVER, session, '--home', home, '--', cmd], { stdio: 'ignore' });
          child.on('error', reject);
          child.on('close', resolve);
        });
        return readFileSync(join(home, file), 'utf8');
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    };
    const typhon = await read(TYPHON, '.typhon_history');
    // The session's lines follow the two the driver wrote first; a line equal to the last one is not added again.
    assert.equal(typhon, "print('from an earlier session')\n6 * 7\nprint('from an earlier session')\n");
    if (existsSync(CPYTHON)) assert.equal(typhon, await read(CPYTHON, '.python_history'));
  });

  test('the REPL on piped stdin prints as CPython 3.11 does', async () => {
    const { failures } = await checkPiped();
    assert.deepEqual(failures, []);
  });
}
