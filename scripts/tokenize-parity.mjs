#!/usr/bin/env node
// Token-stream parity of Typhon's tokenizer with CPython 3.11's, over every .py
// file of CPython's Lib (test/ included).
//
// The oracle is CPython's C tokenizer itself, reached through the private
// `_tokenize.TokenizerIter` of 3.11 (the pure-Python `tokenize` module differs
// from it in places: NEWLINE/DEDENT/ENDMARKER positions, '<>', error handling).
// TokenizerIter yields (string, type, lineno, end_lineno, col, end_col, line)
// with byte columns and stops before ENDMARKER; on a tokenizer SyntaxError it
// raises, on other failures (E_EOF, E_DEDENT, ...) it stops.
//
//   node scripts/tokenize-parity.mjs [--lib DIR] [--verbose] [--limit N]
//     (DIR defaults to CPython's Lib; site-packages below it is skipped unless given as DIR)
//   node scripts/tokenize-parity.mjs --bench      (speed only, no Python)
//   node scripts/tokenize-parity.mjs --oracle tokenize   (compare with the tokenize module instead)

import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Tokenizer } from '../dist/lib/parser/tokenizer.js';
import { decodeSource } from '../dist/lib/parser/source.js';
import { PySyntaxError } from '../dist/lib/parser/errors.js';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const bench = args.includes('--bench');
const oracle = opt('--oracle') ?? 'c';
const limit = Number(opt('--limit') ?? Infinity);
const python = execFileSync('python3', ['-c', 'import sys;print(sys.executable)']).toString().trim();
const lib = opt('--lib') ?? execFileSync(python, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])']).toString().trim();

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (name !== 'site-packages' && name !== '__pycache__') walk(p, out); }
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

const files = walk(lib, []).slice(0, limit);

/** Typhon's tokens (ENDMARKER dropped) or its error. */
function typhonTokens(text, file) {
  const toks = [];
  const tz = new Tokenizer(text, file);
  try {
    for (;;) {
      const t = tz.next();
      if (t.type === 0 /* ENDMARKER */) break;
      if (t.type === 60 /* ERRORTOKEN */) return { toks, err: null, stop: true };
      // NEWLINE carries its newline text here; the C tokenizer's is empty.
      toks.push([t.type, t.type === 4 ? '' : t.string, t.lineno, t.col, t.endLineno, t.endCol]);
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { toks, err: e, stop: true };
  }
  return { toks, err: null, stop: false };
}

if (bench) {
  const texts = [];
  let bytes = 0;
  for (const f of files) {
    const b = readFileSync(f);
    bytes += b.length;
    try { texts.push(decodeSource(b, f)); } catch { /* undecodable: skipped */ }
  }
  // Wall time and CPU time (the latter is steadier on a loaded machine).
  let best = Infinity, bestCpu = Infinity, ntok = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    ntok = 0;
    for (let i = 0; i < texts.length; i++) {
      const tz = new Tokenizer(texts[i], 'x');
      try {
        for (;;) { const t = tz.next(); ntok++; if (t.type === 0 || t.type === 60) break; }
      } catch { /* error files */ }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1000;
    best = Math.min(best, ms);
    bestCpu = Math.min(bestCpu, cpu);
    console.log(`round ${round}: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
  }
  const mb = bytes / 1e6;
  console.log(`${texts.length} files, ${mb.toFixed(1)} MB, ${ntok} tokens: best ${best.toFixed(0)} ms wall = ${(mb / (best / 1000)).toFixed(1)} MB/s; ` +
    `best ${bestCpu.toFixed(0)} ms CPU = ${(mb / (bestCpu / 1000)).toFixed(1)} MB/s`);
  process.exit(0);
}

const PY_C = String.raw`
import sys, json, _tokenize, unicodedata
from tokenize import detect_encoding
for path in sys.stdin:
    path = path.rstrip('\n')
    rec = {'toks': [], 'err': None}
    try:
        with open(path, 'rb') as f:
            enc, _ = detect_encoding(f.readline)
        with open(path, encoding=enc, newline='') as f:
            src = f.read()
        if src.startswith('\ufeff'): src = src[1:]
        # compile() of a string ending in CR LF sees one more (empty) line than running the file
        # (translate_newlines appends a second newline); Typhon follows the file.
        if src.endswith('\r\n'): src = src[:-2] + '\n'
        for s, ty, l, el, c, ec, _line in _tokenize.TokenizerIter(src):
            if ty == 1 and not s.isascii(): s = unicodedata.normalize('NFKC', s)
            if ty == 55 or ty == 56: ty = 1   # AWAIT/ASYNC: NAME for Typhon
            if ty == 4: s = ''                  # NEWLINE's text is the comment before it, if any
            rec['toks'].append([ty, s, l, c, el, ec])
    except SyntaxError as e:
        rec['err'] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    except Exception as e:
        rec['err'] = ['other', repr(e)]
    print(json.dumps(rec), flush=False)
sys.stdout.flush()
`;

// The tokenize module: OP mapped to exact types, COMMENT/NL/ENCODING dropped,
// character columns converted to byte columns; its NEWLINE/INDENT/DEDENT/
// ENDMARKER conventions are mapped to the C tokenizer's (see normTokenize).
const PY_TOKENIZE = String.raw`
import sys, json, tokenize, token, unicodedata
for path in sys.stdin:
    path = path.rstrip('\n')
    rec = {'toks': [], 'err': None}
    try:
        with open(path, 'rb') as f:
            toks = list(tokenize.tokenize(f.readline))
        for t in toks:
            if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER): continue
            ty = t.exact_type
            s = t.string
            if ty == token.NAME and not s.isascii(): s = unicodedata.normalize('NFKC', s)
            lines = t.line.split('\n')
            def b(row, col):
                ln = t.line.splitlines(True)
                k = row - t.start[0]
                text = ln[k] if 0 <= k < len(ln) else ''
                return len(text[:col].encode('utf-8'))
            rec['toks'].append([ty, s, t.start[0], b(*t.start), t.end[0], b(*t.end)])
    except (SyntaxError, tokenize.TokenError, IndentationError) as e:
        rec['err'] = [type(e).__name__, str(e)]
    except Exception as e:
        rec['err'] = ['other', repr(e)]
    print(json.dumps(rec), flush=False)
sys.stdout.flush()
`;

/** Map Typhon's tokens to the tokenize module's conventions. */
function toTokenizeConventions(toks) {
  return toks.map(([ty, s, l, c, el, ec]) => {
    if (ty === 4 || ty === 5) return [ty, l]; // NEWLINE/INDENT: only the line (columns follow other rules)
    if (ty === 6) return [ty]; // DEDENT: tokenize puts the final ones on the line after the last
    return [ty, s, l, c, el, ec];
  });
}

const py = spawn(python, ['-c', oracle === 'tokenize' ? PY_TOKENIZE : PY_C], { stdio: ['pipe', 'pipe', 'inherit'] });
py.stdin.end(files.join('\n') + '\n');
const rl = createInterface({ input: py.stdout, crlfDelay: Infinity });

let idx = 0, same = 0, differ = 0, bothErr = 0, errMismatch = 0, oracleOther = 0;
const diffs = [];
for await (const line of rl) {
  const file = files[idx++];
  const rec = JSON.parse(line);
  let text;
  try {
    text = decodeSource(readFileSync(file), file);
  } catch (e) {
    if (rec.err) { bothErr++; same++; } else { differ++; diffs.push(`${file}: decodeSource failed: ${e.message}`); }
    continue;
  }
  const ty = typhonTokens(text, file);
  let mine = ty.toks;
  let theirs = rec.toks;
  if (oracle === 'tokenize') {
    mine = toTokenizeConventions(mine);
    theirs = theirs.map(([t, s, l, c, el, ec]) => (t === 4 || t === 5) ? [t, l] : t === 6 ? [t] : [t, s, l, c, el, ec]);
  }
  let k = 0;
  while (k < mine.length && k < theirs.length && JSON.stringify(mine[k]) === JSON.stringify(theirs[k])) k++;
  let ok = k === mine.length && k === theirs.length;
  let why = '';
  if (!ok) why = `token ${k}: typhon ${JSON.stringify(mine[k])} cpython ${JSON.stringify(theirs[k])}`;
  if (ok && rec.err) {
    if (rec.err[0] === 'other') { oracleOther++; }
    bothErr++;
    if (oracle === 'c') {
      const e = ty.err;
      const mineErr = e ? [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text] : null;
      if (JSON.stringify(mineErr) !== JSON.stringify(rec.err)) {
        ok = false; errMismatch++;
        why = `error: typhon ${JSON.stringify(mineErr)} cpython ${JSON.stringify(rec.err)}`;
      }
    } else if (!ty.err && !ty.stop) {
      ok = false; why = `tokenize failed (${rec.err[1]}), typhon did not`;
    }
  } else if (ok && !rec.err && ty.err && oracle === 'c') {
    // TokenizerIter stops silently on E_EOF/E_DEDENT/...; Typhon must fail there too.
    if (!(ty.err.kind !== 'SyntaxError' || /EOF|continuation/.test(ty.err.msg))) {
      ok = false; why = `typhon error ${ty.err.msg}, cpython none`;
    }
  }
  if (ok) same++;
  else { differ++; diffs.push(`${file}: ${why}`); }
}
const total = same + differ;
for (const d of diffs.slice(0, verbose ? Infinity : 30)) console.log(d);
console.log(`${total} files: ${same} match (${(100 * same / total).toFixed(2)}%), ${differ} differ; ${bothErr} rejected by CPython's tokenizer${errMismatch ? `, ${errMismatch} with different errors` : ''}${oracleOther ? `, ${oracleOther} oracle failures` : ''}`);
process.exit(differ ? 1 : 0);
