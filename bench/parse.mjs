#!/usr/bin/env node
// Parser throughput: Typhon's parse() against CPython 3.11's compile(src, name, 'exec',
// ast.PyCF_ONLY_AST) over every .py file of CPython's Lib (test/ included), in the same run.
//
// Usage: node bench/parse.mjs [--runs N] [--lib DIR]   (npm run bench:parse; needs npm run build)
//
// Both sides get decoded text, read into memory before timing: only parsing (tokenizing, the PEG
// parser, building the AST) is timed, not Node's or Python's start-up nor file reading. Files that
// either side cannot parse are left out of both. Passes alternate between the two (CPython in its
// own process, Typhon in this one) so that machine load hits both alike; each side's best pass is
// compared. MB = 10^6 bytes of UTF-8 source.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_LIB, listLibFiles } from '../scripts/ast-parity.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const runs = Number(opt('--runs', '3'));
const lib = opt('--lib', DEFAULT_LIB);

const parserLib = join(ROOT, 'dist', 'lib', 'parser');
const { parse } = await import(pathToFileURL(join(parserLib, 'parser.js')).href);
const { decodeSource } = await import(pathToFileURL(join(parserLib, 'source.js')).href);

const files = listLibFiles(lib);

// CPython process: send the file list, get back the files it cannot compile.
const py = spawn(CPYTHON, [join(ROOT, 'bench', 'parse_cpython.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
const nextLine = async () => {
  const r = await lines.next();
  if (r.done) throw new Error('bench/parse_cpython.py ended early');
  return r.value;
};
py.stdin.write(JSON.stringify(files) + '\n');
const cpythonBad = new Set(JSON.parse(await nextLine()));

// Typhon's inputs: decoded text; a file either side cannot parse is dropped from both.
const work = [];
const typhonBad = [];
for (const f of files) {
  if (cpythonBad.has(f)) continue;
  try {
    const src = decodeSource(readFileSync(f), f);
    parse(src, f, 'exec');
    work.push([f, src]);
  } catch {
    typhonBad.push(f);
  }
}
if (typhonBad.length) {
  // CPython must skip them too: restart its side with the common list.
  py.stdin.end();
  console.error(`Typhon cannot parse ${typhonBad.length} file(s) CPython can; they are left out: ${typhonBad.slice(0, 5).join(', ')}${typhonBad.length > 5 ? ', ...' : ''}`);
}
const common = work.map(([f]) => f);
const py2 = typhonBad.length ? spawn(CPYTHON, [join(ROOT, 'bench', 'parse_cpython.py')], { stdio: ['pipe', 'pipe', 'inherit'] }) : py;
const lines2 = typhonBad.length ? createInterface({ input: py2.stdout })[Symbol.asyncIterator]() : lines;
const next2 = async () => {
  const r = await lines2.next();
  if (r.done) throw new Error('bench/parse_cpython.py ended early');
  return r.value;
};
if (typhonBad.length) {
  py2.stdin.write(JSON.stringify(common) + '\n');
  await next2();
}

let bytes = 0;
for (const [, src] of work) bytes += Buffer.byteLength(src, 'utf8');
const mb = bytes / 1e6;

// Wall time, and CPU time (this process's user+sys, V8's GC threads included; Python's
// process_time), which a busy machine disturbs less.
const tWall = [], cWall = [], tCpu = [], cCpu = [];
for (let r = 0; r < runs; r++) {
  py2.stdin.write('run\n');
  const [w, c] = (await next2()).split(' ').map(Number);
  cWall.push(w);
  cCpu.push(c);
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  for (let i = 0; i < work.length; i++) parse(work[i][1], work[i][0], 'exec');
  const u = process.cpuUsage(u0);
  tWall.push((performance.now() - t0) / 1000);
  tCpu.push((u.user + u.system) / 1e6);
  console.error(`pass ${r + 1}/${runs}: CPython ${w.toFixed(2)} s (cpu ${c.toFixed(2)}), Typhon ${tWall[r].toFixed(2)} s (cpu ${tCpu[r].toFixed(2)})`);
}
py2.stdin.end();

const best = (a) => Math.min(...a);
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const rate = (t) => (mb / t).toFixed(2).padStart(6);
console.log(`${work.length} files, ${mb.toFixed(1)} MB (CPython ${lib}), ${runs} passes; MB/s, best (median)`);
console.log(`                                      wall             cpu`);
console.log(`CPython 3.11 compile(PyCF_ONLY_AST): ${rate(best(cWall))} (${rate(median(cWall))})  ${rate(best(cCpu))} (${rate(median(cCpu))})`);
console.log(`Typhon parse():                      ${rate(best(tWall))} (${rate(median(tWall))})  ${rate(best(tCpu))} (${rate(median(tCpu))})   first (cold) pass ${rate(tWall[0]).trim()} MB/s wall`);
console.log(`ratio Typhon/CPython throughput (best): ${(best(cWall) / best(tWall)).toFixed(2)}x wall, ${(best(cCpu) / best(tCpu)).toFixed(2)}x cpu`);
