#!/usr/bin/env node
// Randomised check of set layouts: generated sets, frozensets, dicts and dict views of small ints, floats
// equal to ints, bools, strs and tuples, put through random set operations (methods, operators, in-place
// forms, dict views, constructors, set displays); every result's repr (its iteration order and which of 1,
// 1.0, True it kept) is compared between python3 and bin/typhon under PYTHONHASHSEED=0, one process each
// for the whole batch. Not a test: it prints the number of cases and of mismatches, and the first few.
// Usage: node scripts/set-layout-check.mjs [--seed=N] [--cases=N] [--show=N] [--keep=FILE]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opt = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const seed = Number(opt('seed', '1'));
const ncases = Number(opt('cases', '3000'));
const show = Number(opt('show', '10'));
const keep = opt('keep', '');

// mulberry32: a small deterministic generator, so that a seed names one batch.
let state = seed >>> 0;
function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rnd() * n);
const pick = (xs) => xs[int(xs.length)];

// Ints that collide in small tables (multiples of 8, 16, 32...), equal floats and bools, short strs, tuples.
const WORDS = ['a', 'b', 'ab', 'x', 'key', 'name', 'spam', 'eggs', 'print', 'len', 'zz', 'q1', 'hello world', ''];
function atom() {
  const r = rnd();
  if (r < 0.45) {
    const base = pick([1, 8, 16, 32, 64, 5, 3]);
    return String(int(9) * base + pick([0, 0, 0, 1, 2]));
  }
  if (r < 0.6) return `${int(40)}.0`;
  if (r < 0.65) return pick(['True', 'False', '-1', '-2', '2**61', '2**64+1']);
  if (r < 0.85) return JSON.stringify(pick(WORDS));
  if (r < 0.9) return `K(${int(12)})`;
  return `(${atom()}, ${atom()})`;
}
function elems(max) {
  const n = int(max + 1);
  const out = [];
  for (let i = 0; i < n; i++) out.push(atom());
  return `[${out.join(', ')}]`;
}
/** A set built at run time (not a display constant), sometimes with deletions behind it. */
function setExpr(kind = 'set') {
  const r = rnd();
  const big = rnd() < 0.3 ? 14 : 7;
  if (r < 0.1) return `${kind}(range(${int(20)}, ${20 + int(80)}, ${1 + int(9)}))`;
  if (r < 0.7) return `${kind}(${elems(big)})`;
  if (r < 0.85) return `churn(${kind}, ${elems(big)}, ${elems(5)})`;
  return `${kind}(dict.fromkeys(${elems(big)}))`;
}
function dictExpr() {
  const r = rnd();
  if (r < 0.6) return `dict.fromkeys(${elems(9)}, 0)`;
  if (r < 0.8) return `dict(zip(${elems(9)}, ${pick(['"abcdefghij"', 'range(10)', '[0]*10'])}))`;
  return `Sub.fromkeys(${elems(7)}, 0)`;
}
/** Any operand: sets, frozensets, lists, tuples, dicts, views, iterators, non-iterables. */
function operand() {
  const r = rnd();
  if (r < 0.3) return setExpr();
  if (r < 0.4) return setExpr('frozenset');
  if (r < 0.5) return elems(9);
  if (r < 0.55) return `tuple(${elems(7)})`;
  if (r < 0.65) return dictExpr();
  if (r < 0.75) return `${dictExpr()}.keys()`;
  if (r < 0.8) return `${dictExpr()}.items()`;
  if (r < 0.85) return `iter(${elems(7)})`;
  if (r < 0.88) return pick(['1', 'None', '"ab"']);
  if (r < 0.93) return `[(${atom()}, 0), (${atom()}, "a")]`;
  return setExpr('FS');
}
const METHODS = ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'];
const UPDATES = ['update', 'intersection_update', 'difference_update', 'symmetric_difference_update'];
const OPS = ['&', '|', '-', '^'];
function caseExpr() {
  const r = rnd();
  if (r < 0.2) {
    const m = pick(METHODS);
    const n = m.startsWith('is') || m === 'symmetric_difference' ? 1 : int(3);
    const args = Array.from({ length: n }, operand).join(', ');
    return `${rnd() < 0.8 ? setExpr() : setExpr('frozenset')}.${m}(${args})`;
  }
  if (r < 0.4) {
    const m = pick(UPDATES);
    const n = m === 'symmetric_difference_update' ? 1 : 1 + int(2);
    return `upd(${setExpr()}, ${JSON.stringify(m)}, ${Array.from({ length: n }, operand).join(', ')})`;
  }
  if (r < 0.55) return `${setExpr(pick(['set', 'frozenset']))} ${pick(OPS)} ${setExpr(pick(['set', 'frozenset', 'FS']))}`;
  if (r < 0.62) return `inplace(${setExpr()}, ${JSON.stringify(pick(OPS))}, ${operand()})`;
  if (r < 0.8) {
    const v = `${dictExpr()}.${pick(['keys', 'keys', 'items'])}()`;
    return rnd() < 0.5 ? `${v} ${pick(OPS)} ${operand()}` : `${operand()} ${pick(OPS)} ${v}`;
  }
  if (r < 0.84) return `popped(${setExpr()}, ${int(4)})`;
  if (r < 0.9) {
    const d = dictExpr();
    return pick([`set(${d})`, `frozenset(${d})`, `{*${d}}`, `upd(${setExpr()}, "update", ${d})`, `set(${d}.keys())`,
      `${d}.keys().isdisjoint(${operand()})`, `${d}.keys() ${pick(['==', '<=', '<', '>', '>='])} ${operand()}`]);
  }
  // A display of constants (a frozenset constant in CPython's bytecode) and `in {...}` folding.
  const items = elems(10).slice(1, -1);
  if (items === '') return 'set()';
  return pick([`{${items}}`, `[x for x in {${items}}]`, `frozenset({${items}})`, `{${items}, *()}`]);
}

const prelude = `import sys
class Sub(dict): pass
class K:
    """A key with its own hash (colliding with small ints) and equality."""
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 5 * 8
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f'K({self.n})'
class FS(frozenset): pass
def churn(kind, a, b):
    s = set(a)
    for x in b:
        s.add(x)
    for x in b[::2]:
        s.discard(x)
    return kind(s)
def upd(s, m, *args):
    getattr(s, m)(*args)
    return s
def inplace(s, op, o):
    if op == '&': s &= o
    elif op == '|': s |= o
    elif op == '-': s -= o
    else: s ^= o
    return s
def popped(s, n):
    out = [s.pop() for _ in range(min(n, len(s)))]
    s.add(-5)
    return out, s
def c(n, f):
    try:
        r = f()
        print(n, repr(r))
    except Exception as e:
        print(n, type(e).__name__, e)
`;
const lines = [prelude];
const exprs = [];
for (let i = 0; i < ncases; i++) {
  const e = caseExpr();
  exprs.push(e);
  lines.push(`c(${i}, lambda: ${e})`);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setcheck-'));
const file = path.join(dir, 'cases.py');
fs.writeFileSync(file, lines.join('\n') + '\n');
if (keep) fs.copyFileSync(file, keep);

const env = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
const run = (cmd, args) => spawnSync(cmd, args, { env, encoding: 'utf-8', maxBuffer: 1 << 28 });
const py = run('python3', [file]);
const ty = run(path.join(root, 'bin', 'typhon'), [file]);
fs.rmSync(dir, { recursive: true, force: true });
if (py.status !== 0) {
  console.error('python3 failed:', py.stderr);
  process.exit(2);
}
const a = py.stdout.split('\n');
const b = ty.stdout.split('\n');
let bad = 0;
const shown = [];
for (let i = 0; i < ncases; i++) {
  if (a[i] !== b[i]) {
    bad++;
    if (shown.length < show) shown.push(`#${i} ${exprs[i]}\n  python3: ${a[i]}\n  typhon:  ${b[i] ?? '(missing)'}`);
  }
}
for (const s of shown) console.log(s);
if (ty.status !== 0) console.log(`typhon exited with status ${ty.status}: ${ty.stderr.split('\n').slice(-5).join('\n')}`);
console.log(`seed ${seed}: ${ncases} cases, ${bad} mismatches`);
process.exitCode = bad === 0 ? 0 : 1;
