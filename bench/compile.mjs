#!/usr/bin/env node
// Compiler throughput: Typhon's parse() + compile() (source text to code objects) against CPython
// 3.11's compile(src, name, 'exec') over every .py file of CPython's Lib (test/ included), in the
// same run.
//
// Usage: node bench/compile.mjs [--runs N] [--lib DIR] [--parse] [--no-typhon-flags] [--unbundled]
//        (npm run bench:compile; needs npm run build)
//   --parse  also time Typhon's parse() alone in each pass, to show the compiler's share.
//   --no-typhon-flags  measure under Node's default V8 settings instead of bin/typhon's (below).
//   --unbundled  load the compiler from dist/lib's per-file modules instead of a bundle like bin/typhon's.
//
// `typhon` runs with the V8 flags of bin/typhon's first line (#!/usr/bin/env -S node FLAGS): the
// harness re-runs itself under the same flags, so that it measures the compiler as `typhon -m
// compileall` runs it.
//
// Both sides get decoded text, read into memory before timing: only source -> code objects is
// timed (tokenizer, parser, AST optimiser, symbol table, code generation, CFG passes, assembler),
// not start-up nor file reading nor marshalling. Files that either side cannot compile are left
// out of both. Passes alternate between the two (CPython in its own process, Typhon in this one)
// so that machine load hits both alike. Typhon's first pass is reported apart: it runs while V8
// still compiles and optimises Typhon itself (a command-line `typhon -m compileall` sees that
// cold speed); later passes show the warm speed. MB = 10^6 bytes of UTF-8 source.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_LIB, listLibFiles } from '../scripts/ast-parity.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = process.env.TYPHON_CPYTHON ?? '/root/.pyenv/versions/3.11.7/bin/python3';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const runs = Number(opt('--runs', '3'));
const lib = opt('--lib', DEFAULT_LIB);
const alsoParse = args.includes('--parse');

/** The node flags of bin/typhon's `#!/usr/bin/env -S [env options] node FLAGS` line. */
function typhonFlags() {
  const first = readFileSync(join(ROOT, 'bin', 'typhon'), 'latin1').split('\n', 1)[0];
  if (!/^#!\S*env -S /.test(first)) return [];
  const words = first.split(/ +/);
  const at = words.indexOf('node');
  if (at < 0) return [];
  const flags = [];
  for (let i = at + 1; i < words.length && words[i].startsWith('-'); i++) flags.push(words[i]);
  return flags;
}
const load0 = loadavg();
const flags = args.includes('--no-typhon-flags') ? [] : typhonFlags();
if (flags.length && !process.env.TYPHON_COMPILE_BENCH_CHILD) {
  const r = spawnSync(process.execPath, [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit', env: { ...process.env, TYPHON_COMPILE_BENCH_CHILD: '1' } });
  process.exit(r.status ?? 1);
}

// The compiler as bin/typhon runs it: one esbuild bundle with the build's --minify-syntax, where the
// const enums of other files (token kinds, opcodes) are inlined as literals, as in dist/typhon.cjs;
// dist/lib's per-file modules read them from enum objects instead (--unbundled measures those). It is
// written into dist/ so that the parser finds dist/lib's Unicode name table beside it, as the bundle does.
let parse, decodeSource, compile;
if (args.includes('--unbundled')) {
  const distLib = join(ROOT, 'dist', 'lib');
  ({ parse } = await import(pathToFileURL(join(distLib, 'parser', 'parser.js')).href));
  ({ decodeSource } = await import(pathToFileURL(join(distLib, 'parser', 'source.js')).href));
  ({ compile } = await import(pathToFileURL(join(distLib, 'compiler', 'compile.js')).href));
} else {
  const esbuild = await import('esbuild');
  const outfile = join(ROOT, 'dist', 'compile-bench.mjs');
  await esbuild.build({
    stdin: {
      contents: "export { parse } from './src/parser/parser.ts';\n" +
        "export { decodeSource } from './src/parser/source.ts';\n" +
        "export { compile } from './src/compiler/compile.ts';\n",
      resolveDir: ROOT, sourcefile: 'compile-bench-entry.ts', loader: 'ts',
    },
    bundle: true, platform: 'node', target: 'node20', format: 'esm', minifySyntax: true, outfile, logLevel: 'warning',
  });
  ({ parse, decodeSource, compile } = await import(pathToFileURL(outfile).href));
}

// CPython's side: first stdin line, the JSON list of files; it answers with the JSON list of the
// files it cannot compile. Then each "run" line times one pass and answers "wall cpu" in seconds.
// A line "keep" followed by a JSON list narrows the work to those files.
const CPYTHON_SIDE = `
import importlib.util, json, sys, time, warnings
warnings.simplefilter('ignore')
paths = json.loads(sys.stdin.readline())
work, bad = [], []
for p in paths:
    try:
        with open(p, 'rb') as f:
            s = importlib.util.decode_source(f.read())
        compile(s, p, 'exec')
        work.append((p, s))
    except (SyntaxError, UnicodeDecodeError, LookupError, ValueError, RecursionError, MemoryError):
        bad.append(p)
print(json.dumps(bad), flush=True)
for line in sys.stdin:
    cmd = line.strip()
    if cmd == 'keep':
        keep = set(json.loads(sys.stdin.readline()))
        work = [w for w in work if w[0] in keep]
        print(len(work), flush=True)
    elif cmd == 'run':
        t0, c0 = time.perf_counter(), time.process_time()
        for p, s in work:
            compile(s, p, 'exec')
        print(time.perf_counter() - t0, time.process_time() - c0, flush=True)
    else:
        break
`;

const files = listLibFiles(lib);
const py = spawn(CPYTHON, ['-c', CPYTHON_SIDE], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
const nextLine = async () => {
  const r = await lines.next();
  if (r.done) throw new Error('the CPython side of bench/compile.mjs ended early');
  return r.value;
};
py.stdin.write(JSON.stringify(files) + '\n');
const cpythonBad = new Set(JSON.parse(await nextLine()));

// Typhon's inputs: decoded text. They are not compiled before timing, so that the first pass is
// really cold; a file Typhon cannot compile is found here by parsing only, or in the first pass.
const work = [];
for (const f of files) {
  if (cpythonBad.has(f)) continue;
  try {
    work.push([f, decodeSource(readFileSync(f), f)]);
  } catch { /* CPython decoded it; Typhon not: left out below */ }
}
const opts = { optimize: 0, flags: 0, source: '' };
function compileAll(list) {
  const failed = [];
  for (let i = 0; i < list.length; i++) {
    const [f, src] = list[i];
    try {
      opts.source = src;
      compile(parse(src, f, 'exec'), f, 'exec', opts);
    } catch {
      failed.push(i);
    }
  }
  return failed;
}
function parseAll(list) {
  for (let i = 0; i < list.length; i++) parse(list[i][1], list[i][0], 'exec');
}

const tWall = [], cWall = [], tCpu = [], cCpu = [], pCpu = [];
let kept = work;
let mb = 0;
const measure = (fn) => {
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  const r = fn();
  const u = process.cpuUsage(u0);
  return [(performance.now() - t0) / 1000, (u.user + u.system) / 1e6, r];
};
for (let r = 0; r < runs; r++) {
  if (r === 0) {
    // Typhon first, cold; files it fails on are then dropped from both sides before CPython's passes.
    const [w, c, failed] = measure(() => compileAll(work));
    if (failed.length) {
      const bad = new Set(failed);
      console.error(`Typhon cannot compile ${failed.length} file(s) CPython can; they are left out: ` +
        failed.slice(0, 5).map((i) => work[i][0]).join(', ') + (failed.length > 5 ? ', ...' : ''));
      kept = work.filter((_, i) => !bad.has(i));
    }
    // The failed files' time is in this pass; scale it to the kept bytes for a fair cold figure.
    let all = 0;
    for (const [, src] of work) all += Buffer.byteLength(src, 'utf8');
    for (const [, src] of kept) mb += Buffer.byteLength(src, 'utf8');
    const share = mb / all;
    mb /= 1e6;
    py.stdin.write('keep\n' + JSON.stringify(kept.map(([f]) => f)) + '\n');
    await nextLine();
    tWall.push(w * share);
    tCpu.push(c * share);
    py.stdin.write('run\n');
    const [pw, pc] = (await nextLine()).split(' ').map(Number);
    cWall.push(pw);
    cCpu.push(pc);
  } else {
    py.stdin.write('run\n');
    const [pw, pc] = (await nextLine()).split(' ').map(Number);
    cWall.push(pw);
    cCpu.push(pc);
    const [w, c] = measure(() => compileAll(kept));
    tWall.push(w);
    tCpu.push(c);
  }
  if (alsoParse) pCpu.push(measure(() => parseAll(kept))[1]);
  console.error(`pass ${r + 1}/${runs}: CPython ${cWall[r].toFixed(2)} s (cpu ${cCpu[r].toFixed(2)}), ` +
    `Typhon ${tWall[r].toFixed(2)} s (cpu ${tCpu[r].toFixed(2)})` + (alsoParse ? `, Typhon parse only cpu ${pCpu[r].toFixed(2)}` : ''));
}
py.stdin.end();

const best = (a) => Math.min(...a);
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const rate = (t) => (mb / t).toFixed(2).padStart(6);
const warmW = tWall.slice(1), warmC = tCpu.slice(1);
console.log(`${kept.length} files, ${mb.toFixed(1)} MB (CPython ${lib}), ${runs} passes; MB/s, best (median)`);
console.log(`Typhon ${args.includes('--unbundled') ? 'from dist/lib' : 'bundled'} under node ${process.execArgv.join(' ') || '(default V8 flags)'}; load average ${load0[0].toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
console.log(`                                 wall             cpu`);
console.log(`CPython 3.11 compile():         ${rate(best(cWall))} (${rate(median(cWall))})  ${rate(best(cCpu))} (${rate(median(cCpu))})`);
console.log(`Typhon cold (first pass):       ${rate(tWall[0])}           ${rate(tCpu[0])}`);
if (warmW.length) {
  console.log(`Typhon warm (later passes):     ${rate(best(warmW))} (${rate(median(warmW))})  ${rate(best(warmC))} (${rate(median(warmC))})`);
}
if (alsoParse) console.log(`Typhon parse() alone:                            ${rate(best(pCpu))} (${rate(median(pCpu))})`);
const ratio = (c, t) => (c / t).toFixed(2) + 'x';
console.log(`ratio Typhon/CPython throughput (CPython best): cold ${ratio(best(cWall), tWall[0])} wall, ${ratio(best(cCpu), tCpu[0])} cpu` +
  (warmW.length ? `; warm best ${ratio(best(cWall), best(warmW))} wall, ${ratio(best(cCpu), best(warmC))} cpu` : ''));
