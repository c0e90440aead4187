// The compiler against CPython 3.11: instruction listings and code object fields
// of many snippets (via scripts/dis_parity.py), stack effects, the compile-time
// errors, and programs run by CPython from Typhon's marshalled code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseFilesWithCPython } from './helpers/ast-from-json.mjs';
import { compile } from '../dist/lib/compiler/compile.js';
import { stackEffect } from '../dist/lib/compiler/flowgraph.js';
import * as O from '../dist/lib/bytecode/opcode.js';
import { dumps } from '../dist/lib/bytecode/marshal.js';
import { unparseAnnotation } from '../dist/lib/compiler/unparse.js';
import { parse } from '../dist/lib/parser/parser.js';
import { PySyntaxError, formatSyntaxError } from '../dist/lib/parser/errors.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SNIPPETS = {
  basics: `
x = 1
y = x + 2 * 3 - -4
del x
print(y, sep='', end='\\n')
a, *b, c = range(10)
a.b.c = d[1:2, ::3] = e[...] = 5
z = [1, 2, *y] + (3, *y) + {**q, 'k': 1} | {1, *y}
`,
  functions: `
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "doc"
    return a
async def g(x: int = 5, *, y: 'str' = None):
    await x
    async for i in y:
        pass
    async with x as (a, b), y:
        return [i async for i in x]
def gen():
    yield 1
    x = yield
    yield from gen()
    return 3
lam = lambda x, *y, z=1, **k: (x, y, z, k)
@dec1
@dec2.attr(3)
def decorated(): pass
`,
  closures: `
def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        return lambda: b + c
    class K:
        def m(self):
            return super().m() + __class__.x + a
    return inner, K
g = 0
def setg():
    global g
    g = 1
`,
  classes: `
class A(B, metaclass=M, **kw):
    """doc"""
    x: int = 1
    y: str
    __private = 2
    def __m(self, __z): return self.__private + __z
    @property
    def p(self): return [self.__private for _ in range(3)]
`,
  control: `
for i in range(10):
    if i % 2: continue
    elif i > 7: break
    else: print(i)
else:
    pass
while a and not b or c:
    a -= 1
    if a < b < c: break
else:
    done()
x = 1 if a else 2 if b else 3
assert x, "msg"
assert not (a is None)
if a is not None and b in c and d not in e: pass
`,
  exceptions: `
def f():
    try:
        a()
    except (E1, E2) as e:
        return e
    except E3:
        pass
    except:
        raise
    else:
        b()
    finally:
        c()
    for i in x:
        try:
            continue
        finally:
            break
    with open(f) as g, h:
        return g.read()
    try:
        x()
    except* ValueError as eg:
        pass
    except* TypeError:
        raise
    raise X from Y
`,
  comprehensions: `
a = [x * y for x in range(3) if x for y in [x] if y]
b = {k: v for k, v in d.items()}
c = {s for s in t}
d = (i for i in j for k in i)
e = [(lambda: x) for x in y]
`,
  fstrings: `
x = f"a{b!r:>{w}}c{d=}" + f'{e:{f}.{g}}' + "%s-%r-%a %%" % (a, b, c) + '%5s|%-3.2s' % (x, y)
y = f"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}{w}{x}{y}{z}{a}{b}{c}{d}{e}{f}"
`,
  calls: `
f(*a, **k)
f(a, *b, c, *d, e=1, **g, h=2)
o.m(1, x=2)
o.m(*a)
import os.path as osp, sys
from . import mod
from ..pkg.sub import a as b, c
from m import *
os.path.join(a, b)
f(${Array.from({ length: 35 }, (_, i) => `a${i}`).join(', ')})
f(${Array.from({ length: 20 }, (_, i) => `k${i}=${i}`).join(', ')})
d = {${Array.from({ length: 20 }, (_, i) => `'k${i}': ${i}`).join(', ')}}
`,
  folding: `
a = 2 ** 10, -1, ~5, not 0, 1 / 3, 7 // -2, -7 % 3, 1 << 100, 2 ** 200, 'ab' * 3, 'x' * 5000, (1, 2) * 3
b = (1, (2, 3), frozenset()), 'abc'[1], b'xy'[0], (1, 2, 3)[-1], 3.5 // 2, -3.5 % 2, 1j * 2, 1 / 1j
for q in [1, 2, 3]: pass
if x in [1, 2] or y not in {3, 4}: pass
c = __debug__
d = 1 + 2 + x + 3 + 4
`,
  match: `
def m(cmd):
    match cmd:
        case 0 | 1 | 2:
            return 'small'
        case [x, y, *rest] if x > y:
            return rest
        case [_, *_]:
            pass
        case {'a': 1, 'b': b, **kw}:
            return kw
        case Point(x=0, y=yy) | Point(yy, 0):
            return yy
        case str() as s:
            return s
        case None | True:
            pass
        case -1 | 1.5 | 2j | -3+4j:
            pass
        case (a, b) | [b, a]:
            pass
        case _:
            return None
`,
  future_annotations: `
from __future__ import annotations
def f(a: list[int], *b: tuple[str, ...], c: 'A' | None = None) -> dict[str, int | float]:
    x: Callable[[int], str] = g
class C:
    y: ClassVar[int] = 1
`,
  generators_async: `
async def agen():
    async with a as b:
        yield b
    await c
    return
async def comp():
    return [await x async for x in y if await x], {k: await v for k, v in d}
def g():
    try:
        yield 1
    finally:
        yield 2
`,
};

function python(args, input) {
  return execFileSync('python3', args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
}

test('stack effects agree with dis.stack_effect', () => {
  const table = JSON.parse(python(['-c', `
import dis, json, opcode
out = {}
for name, op in opcode.opmap.items():
    if op in (opcode.EXTENDED_ARG,) or op == 0: continue
    args = range(0, 300) if op >= opcode.HAVE_ARGUMENT else [None]
    for a in args:
        for j in (True, False):
            try: out[f'{op},{a or 0},{int(j)}'] = dis.stack_effect(op, a, jump=j)
            except ValueError: pass
print(json.dumps(out))
`]));
  let n = 0;
  for (const [k, v] of Object.entries(table)) {
    const [op, arg, jump] = k.split(',').map(Number);
    assert.equal(stackEffect(op, arg, jump), v, `${O.opname[op]} ${arg} jump=${jump}`);
    n++;
  }
  assert.ok(n > 1000);
});

test('snippets compile to CPython 3.11 bytecode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compile-test-'));
  try {
    const files = Object.entries(SNIPPETS).map(([name, src]) => {
      const p = join(dir, `${name}.py`);
      writeFileSync(p, src);
      return p;
    });
    const lines = [];
    for (const r of parseFilesWithCPython(files)) {
      assert.equal(r.error, null, `${r.file}: CPython rejected the snippet`);
      const co = compile(r.tree, r.file, 'exec', { optimize: 0, flags: 0, source: r.source });
      const pyc = r.file + '.bin';
      writeFileSync(pyc, dumps(co));
      lines.push(JSON.stringify({ file: r.file, pyc, error: null }));
    }
    const out = spawnSync('python3', [join(ROOT, 'scripts/dis_parity.py'), '--detail'],
      { input: lines.join('\n') + '\n', encoding: 'utf8' });
    const summary = JSON.parse(out.stdout);
    assert.equal(summary.identical, summary.code_objects,
      `instruction listings differ: ${JSON.stringify(summary.reasons)} ${JSON.stringify(summary.examples)}\n${out.stderr}`);
    for (const [field, [same, total]] of Object.entries(summary.fields)) {
      // complex -0.0 constants are not yet kept apart by marshal.dumps's reference table.
      if (field === 'co_consts') continue;
      assert.equal(same, total, `${field} differs, e.g. ${summary.examples[field]}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("compile-time errors match CPython's (tests/programs/compile_errors)", () => {
  const dir = join(ROOT, 'tests/programs/compile_errors');
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.py'))) {
    const path = join(dir, f);
    const expected = JSON.parse(readFileSync(path.replace(/\.py$/, '.expected.json'), 'utf8'));
    const src = readFileSync(path, 'utf8');
    let got = '(no error)';
    try {
      compile(parse(src, path, 'exec'), path, 'exec', { optimize: 0, flags: 0, source: src });
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = formatSyntaxError(e);
    }
    const want = expected.stderr.replaceAll('$DIR', dir);
    assert.ok(want.endsWith(got), `${f}:\nwant ${want}\ngot  ${got}`);
    n++;
  }
  assert.ok(n >= 50);
});

test('compile errors raised by the compiler itself', () => {
  const cases = [
    ['return 1', "'return' outside function"],
    ['break', "'break' outside loop"],
    ['continue', "'continue' not properly in loop"],
    ['def f():\n  async with x: pass', "'async with' outside async function"],
    ['def f():\n  async for x in y: pass', "'async for' outside async function"],
    ['await x', "'await' outside function"],
    ['def f():\n  await x', "'await' outside async function"],
    ['yield 1', "'yield' outside function"],
    ['async def f():\n  yield from x', "'yield from' inside async function"],
    ['async def f():\n  yield 1\n  return 2', "'return' with value in async generator"],
    ['try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass', "default 'except:' must be last"],
    ['a, *b, *c = d', 'multiple starred expressions in assignment'],
    ['f(x=1, x=2)', 'keyword argument repeated: x'],
    ['x = 1\nfrom __future__ import annotations', 'from __future__ imports must occur at the beginning of the file'],
    ['match x:\n  case y: pass\n  case 1: pass', "name capture 'y' makes remaining patterns unreachable"],
    ['match x:\n  case [a, a]: pass', "multiple assignments to name 'a' in pattern"],
    ['match x:\n  case [a] | [b]: pass', 'alternative patterns bind different names'],
    ['match x:\n  case {1: a, 1: b}: pass', 'mapping pattern checks duplicate key (1)'],
    ['for x in y:\n  try: pass\n  except* E: break', "'break', 'continue' and 'return' cannot appear in an except* block"],
    ['while 1:\n' + Array.from({ length: 20 }, (_, i) => ' '.repeat(i + 1) + 'for x in y:\n').join('') + ' '.repeat(21) + 'pass',
      'too many statically nested blocks'],
  ];
  for (const [src, msg] of cases) {
    let err = null;
    try {
      compile(parse(src, '<test>', 'exec'), '<test>', 'exec', { optimize: 0, flags: 0, source: src });
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof PySyntaxError, `${JSON.stringify(src)}: expected SyntaxError ${msg}, got ${err}`);
    assert.equal(err.msg, msg, JSON.stringify(src));
    const ref = python(['-c', `
import sys
try: compile(sys.stdin.read(), '<test>', 'exec')
except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
`], src).trim();
    assert.equal(`${err.msg} ${err.lineno} ${err.offset} ${err.endLineno} ${err.endOffset}`, ref, JSON.stringify(src));
  }
});

const PROGRAMS = {
  'closures_generators.py': `
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter(); c(); print(c(5))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib(); print([next(g) for _ in range(10)])
print(sum(x * x for x in range(10) if x % 3), {k: v for k, v in zip('abc', range(3))})
class A:
    def __init__(self, v): self.__v = v
    def get(self): return self.__v
class B(A):
    def get(self): return super().get() * 2
print(B(21).get(), B.__qualname__, B.get.__qualname__, counter().__qualname__)
`,
  'exceptions.py': `
def f(x):
    try:
        if x == 0: raise ValueError('zero')
        if x == 1: return 'one'
        return 10 / (x - 2)
    except ValueError as e:
        return f'caught {e!r}'
    except ZeroDivisionError:
        return 'div'
    finally:
        print('finally', x)
for i in range(4): print(f(i))
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print('V', e.exceptions)
except* TypeError:
    print('T')
except* KeyError:
    print('K')
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return True
with CM() as c:
    raise RuntimeError
for i in range(3):
    try:
        if i == 1: continue
        print('body', i)
    finally:
        print('fin', i)
def deep():
    raise KeyError('x')
deep()
`,
  'match_async.py': `
import asyncio
def m(v):
    match v:
        case 0 | 1: return 'small'
        case [x, *rest]: return f'seq {x} {rest}'
        case {'k': val, **others}: return f'map {val} {others}'
        case str() as s if s: return 's:' + s
        case complex(real=r, imag=i): return (r, i)
        case _: return 'other'
for v in [1, [1, 2, 3], {'k': 1, 'z': 2}, 'hi', '', 3+4j, None]: print(m(v))
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    r = [i async for i in agen(4)]
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    return r, [await asyncio.sleep(0, x) for x in 'ab']
print(asyncio.run(main()))
`,
  // Surrogate escapes stay code points apart (a JS string would pair them into one character).
  'surrogates.py': String.raw`
def f():
    "\ud83d\ude00 doc"
    return '\ud83d\ude00', '\ud83d' '\ude00', f'\ud83d{1}\ude00', '\ud83d\ude00x'[1]
s = '\ud83d\ude00'
print(ascii(s), len(s), s == '😀', ascii(f.__doc__), [ascii(x) for x in f()])
print(ascii('\ud83d' + '\ude00'), ascii('\ude00\ud83d' * 3), ascii('a\U0001f600\ud83d\ude00'[1:]))
print(s in ('\ud83d\ude00', '😀'), s in {'\ud83d\ude00', 'x'}, ascii(f'\ud83d\ude00{s}'), ascii('\ud800\udfff'))
print(ascii(r'\ud83d\ude00'), ascii(b'\ud83d\ude00'), ascii('😀'), ascii('\ud83d😀\ude00'))
`,
  'misc.py': `
from __future__ import annotations
import sys
def f(a: int, *args: str, b: list[int] = None, **kw) -> dict[str, int]:
    return locals()
print(f.__annotations__, f(1, 'x', b=[2], c=3))
x = [1, 2, 3]
x[1:] = [9]
x[0] += 5
print(x, -1 ** 2, 2 ** -1, 7 // 2, -7 // 2, 7 % -3, 'ab' * 3, (1, 2) * 2, 1 << 70, ~7, not 0)
print('%s|%5s|%-5r|%a' % ('a', 'b', 'c', 'é'), f'{3.14159:.2f} {x!r:>20} {"q"=}')
print(*(i for i in range(3)), sep=',', **{'end': '!\\n'})
assert len(x) == 2, 'len'
w = (y := 10) + y
print(w, __name__, __debug__, [lambda: i for i in range(2)][1]())
print(sorted({1, 2} | {3}), dict(a=1, **{'b': 2}), [*range(3), *'ab'])
sys.exit(3)
`,
};

test('programs run identically on CPython from Typhon-compiled pycs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compile-run-'));
  try {
    for (const [name, src] of Object.entries(PROGRAMS)) writeFileSync(join(dir, name), src);
    const r = spawnSync('node', [join(ROOT, 'scripts/pyc-runs-on-cpython.mjs'), '--verbose', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`compiles: ${Object.keys(PROGRAMS).length}; identical .*: ${Object.keys(PROGRAMS).length} `));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Annotations under `from __future__ import annotations` become the strings CPython's unparser makes.
const ANNOTATIONS = [ "int", "a.b[c, d]", "list[int] | None", "'str'", "\"q'\"", "x[1:2, ::3, ...]", "lambda x, /, y=1, *a, z, **k: x", "lambda: 0", "[x for x in y if x for z in w]", "{k: v for k, v in d}", "{1, 2}", "{**a, 1: 2}", "(a, b)", "(a,)", "()", "a if b else c", "not a", "-a ** -b", "(a + b) * c", "a - (b - c)", "a ** b ** c", "(a ** b) ** c", "f(*a, **k, x=1)", "f(x for x in y)", "a < b <= c is not d not in e", "a and b or c and not d", "f'{x!r:>{w}} {y=}'", "1e309", "1e309j", "-1e309", "1 + 2j", "(1).real", "1.0.real", "...", "b\"x\\x00\"", "~a + +b", "a @ b // c % d", "a << b >> c & d ^ e | f", "{*a, *b}", "[*a]", "f(a)(b)[c].d", "(-1) ** 2", "a[()]", "a[b, *c]", "f'{{}}{a}'", "f'{a:{b}{c}}'", "(x for x in y)", "a if (b if c else d) else e", "(lambda: 1)()", "'a' 'b'", "f'{\"x\"}'", "None", "True", "1_000", "0x10", "1.5e-10", "u'x'", "a[1:2]", "a[:]", "a[::]", "a[1:]", "f'a{b}c' 'd'", "'\\n\\t\\\\'", "{}", "a[b:c, d]", "not (a and b)", "(not a) + 1", "-(-a)", "a.b.c(d=1)" ];

test('annotations unparse as CPython compiles them', () => {
  const src = ANNOTATIONS.map((a, i) => `def f${i}() -> ${a}: pass`).join('\n') + '\n';
  const [r] = parseFilesWithCPython(['-'], { input: src });
  const ref = new Set(JSON.parse(python(['-c', `
import sys, json
co = compile('from __future__ import annotations\\n' + sys.stdin.read(), 't', 'exec')
print(json.dumps([k for k in co.co_consts if isinstance(k, str)]))
`], src)));
  r.tree.body.forEach((s, i) => {
    const got = unparseAnnotation(s.returns);
    assert.ok(ref.has(got), `${ANNOTATIONS[i]} -> ${got}`);
  });
});

test("'eval' and 'single' modes", () => {
  const cases = [['eval', 'a + b * f(x, *y)'], ['eval', '[x for x in y]'], ['eval', 'lambda: (yield)'],
    ['single', 'x = 1'], ['single', 'a + 1'], ['single', 'if x:\n  y\n  z\n'], ['single', 'def f(): return 1\n'],
    ['single', 'x: int = 3\n'], ['exec', 'await x'], ['eval', 'await x']];
  for (const [mode, src] of cases) {
    const [r] = parseFilesWithCPython(['-'], { mode, input: src });
    const flags = src.includes('await') ? 0x2000 : 0;
    const co = compile(r.tree, '<s>', mode, { optimize: 0, flags, source: src });
    const dir = mkdtempSync(join(tmpdir(), 'compile-mode-'));
    try {
      writeFileSync(join(dir, 'c.bin'), dumps(co));
      const out = python(['-c', `
import dis, marshal, sys
mode, src, flags, pyc = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def walk(c):
    yield c
    for k in c.co_consts:
        if hasattr(k, 'co_code'): yield from walk(k)
a = list(walk(marshal.loads(open(pyc, 'rb').read())))
b = list(walk(compile(src, '<s>', mode, flags=flags, dont_inherit=True)))
def ins(c): return [(i.opname, i.argval if not hasattr(i.argval, 'co_code') else i.argval.co_name) for i in dis.get_instructions(c)]
def key(c): return (ins(c), c.co_linetable, c.co_exceptiontable, c.co_flags, c.co_stacksize, c.co_names, c.co_varnames)
print('OK' if [key(x) for x in a] == [key(y) for y in b] else 'DIFF')
`, mode, src, String(flags), join(dir, 'c.bin')]).trim();
      assert.equal(out, 'OK', `${mode} ${JSON.stringify(src)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test("compile.c's SyntaxWarnings, and as errors (-W error)", () => {
  const src = [
    'if x is 1: pass', "y = a is not 'x'", 'z = (1)(2)', 'w = [1, 2][1, 2]', 'v = {1}[0]', "u = 'abc'[1.5]",
    "assert (x, 'msg')", "t = f'{x}'()", 's = (a)[b]', 'r = x is None', 'q = 1 < x is ()', 'while x is 2:\n    pass',
  ].join('\n') + '\n';
  const [r] = parseFilesWithCPython(['-'], { input: src });
  const got = [];
  compile(r.tree, '<w>', 'exec', { optimize: 0, flags: 0, source: src, warn: (m, f, l) => (got.push(`${l}: ${m}`), true) });
  const ref = python(['-c', `
import sys, warnings
src = sys.stdin.read()
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    compile(src, '<w>', 'exec')
for w in ws: print(f'{w.lineno}: {w.message}')
`], src).trim().split('\n');
  assert.deepEqual(got, ref);
  const one = 'x = 1\nif y is 2: pass\n';
  const [t] = parseFilesWithCPython(['-'], { input: one });
  assert.throws(() => compile(t.tree, '<w>', 'exec', { optimize: 0, flags: 0, source: one, warn: () => false }), (e) => {
    const want = python(['-W', 'error', '-c', `
import sys
try: compile(sys.stdin.read(), '<w>', 'exec')
except SyntaxError as e: print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
`], one).trim();
    return e instanceof PySyntaxError && `${e.msg} ${e.lineno} ${e.offset} ${e.endLineno} ${e.endOffset}` === want;
  });
});
