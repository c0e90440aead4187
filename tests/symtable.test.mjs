// The symbol table (src/compiler/symtable.ts) against CPython 3.11: the
// compile-time errors symtable.c raises (message, line, offset, end), tricky
// scoping cases compared scope by scope with CPython's own _symtable, and the
// entry fields the code generator relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseFilesWithCPython, parseWithCPython } from './helpers/ast-from-json.mjs';
import * as A from '../dist/lib/parser/ast.js';
import { PySyntaxError } from '../dist/lib/parser/errors.js';
import {
  buildSymtable, mangle, CO_FUTURE_ANNOTATIONS, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL,
  DEF_LOCAL, DEF_PARAM, DEF_GLOBAL, DEF_NONLOCAL, USE, DEF_FREE_CLASS, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER,
  SCOPE_OFFSET, PyCompileRecursionError,
} from '../dist/lib/compiler/symtable.js';

const DUMP_PY = fileURLToPath(new URL('../scripts/symtable_dump.py', import.meta.url));

/** __future__ flags as the compiler computes them (only `annotations` matters to the symbol table). */
function futureFlags(tree) {
  let flags = 0;
  for (const s of tree.body ?? []) {
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) if (a.name === 'annotations') flags |= CO_FUTURE_ANNOTATIONS;
  }
  return flags;
}

function build(src, filename = 'test.py') {
  const tree = parseWithCPython(src);
  return { tree, st: buildSymtable(tree, filename, src, futureFlags(tree)) };
}

// [source, message, lineno, offset, end_lineno, end_offset]: what CPython 3.11.7 reports.
const ERRORS = [
  ['def f(a):\n    global a\n', "name 'a' is parameter and global", 2, 5, 2, 13],
  ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3, 5, 3, 13],
  ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 3, 5, 3, 13],
  ['def f():\n    x: int\n    global x\n', "annotated name 'x' can't be global", 3, 5, 3, 13],
  ['x = 1\nglobal x\n', "name 'x' is assigned to before global declaration", 2, 1, 2, 9],
  ['def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    nonlocal a\n', "name 'a' is parameter and nonlocal", 5, 5, 5, 15],
  ['def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n', "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19],
  ['def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n', "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19],
  ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1, 1, 1, 11],
  ['class C:\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ['def f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ['def f():\n    x = 1\n    class C:\n        def g():\n            nonlocal x\n            x = 2\n        nonlocal y\n',
    "no binding for nonlocal 'y' found", 7, 9, 7, 19],
  ['def f():\n    global x\n    nonlocal x\n', "name 'x' is nonlocal and global", 2, 5, 2, 13],
  ['def f(a, b, a): pass\n', "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ['def f(a, *, a): pass\n', "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ['lambda a, a: 1\n', "duplicate argument 'a' in function definition", 1, 11, 1, 12],
  ['def f(*a, **a): pass\n', "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ['class A:\n    def f(__y, __y): pass\n', "duplicate argument '__y' in function definition", 2, 16, 2, 19],
  ['def f():\n    from os import *\n', 'import * only allowed at module level', 2, 20, 2, 21],
  ['class C:\n    from os import *\n', 'import * only allowed at module level', 2, 20, 2, 21],
  ['[(yield) for x in y]\n', "'yield' inside list comprehension", 1, 3, 1, 8],
  ['def f():\n    return {(yield x) for x in y}\n', "'yield' inside set comprehension", 2, 14, 2, 21],
  ['def f():\n    return {(yield x): 1 for x in y}\n', "'yield' inside dict comprehension", 2, 14, 2, 21],
  ['def f():\n    return ((yield from x) for x in y)\n', "'yield' inside generator expression", 2, 14, 2, 26],
  ['[i := 0 for i in range(5)]\n', "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2, 1, 3],
  ['[[(j := j) for i in range(5)] for j in range(5)]\n', "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4, 1, 5],
  ['[(y := 1) for x, *y in z]\n', "assignment expression cannot rebind comprehension iteration variable 'y'", 1, 3, 1, 4],
  ['[i for i in range(5) if (j := 0) for j in range(5)]\n', "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39],
  ['[x for x in (y := [1, 2])]\n', 'assignment expression cannot be used in a comprehension iterable expression', 1, 14, 1, 25],
  ['[x for x in [1] for y in (z := [2])]\n', 'assignment expression cannot be used in a comprehension iterable expression', 1, 27, 1, 35],
  ['[x for x in (lambda: (y := 1))()]\n', 'assignment expression cannot be used in a comprehension iterable expression', 1, 23, 1, 29],
  ['class C:\n    [(y := x) for x in range(3)]\n', 'assignment expression within a comprehension cannot be used in a class body', 2, 7, 2, 8],
  ['def f():\n    x: int = 1\n    def g():\n        nonlocal x\n        x: int = 2\n', "annotated name 'x' can't be nonlocal", 5, 9, 5, 19],
  ['def f():\n    global y\n    y: int = 1\n', "annotated name 'y' can't be global", 3, 5, 3, 15],
  ['from __future__ import annotations\ndef f(x: (yield)): pass\n', "'yield expression' can not be used within an annotation", 2, 11, 2, 16],
  ['from __future__ import annotations\ndef f(x: (y := 1)): pass\n', "'named expression' can not be used within an annotation", 2, 11, 2, 17],
  ['from __future__ import annotations\ndef f(x: (await y)): pass\n', "'await expression' can not be used within an annotation", 2, 11, 2, 18],
  ['from __future__ import annotations\nx: (yield) = 1\n', "'yield expression' can not be used within an annotation", 2, 5, 2, 10],
  ['from __future__ import annotations\ndef f() -> (yield): pass\n', "'yield expression' can not be used within an annotation", 2, 13, 2, 18],
  // Offsets are UTF-8 byte columns + 1, as CPython reports them for these errors.
  ['def f(a):\n    é = 1; global a\n', "name 'a' is parameter and global", 2, 13, 2, 21],
];

// Programs CPython accepts, compared with its _symtable scope by scope.
const SCOPING = [
  'def f():\n    import os\n    global os\n',
  'def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n',
  'def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n',
  'def f():\n    global g\n    [(g := x) for x in range(3)]\n',
  '[(g := x) for x in range(3)]\n',
  'def f():\n    y = [(z := x) for x in range(3)]\n    return z\n',
  'def f():\n    [x for x in range(3) if (y := x)]\n    return y\n',
  'def f():\n    v = 1\n    def g():\n        [(v := i) for i in range(3)]\n',
  'class C:\n    def f(self):\n        [(y := x) for x in range(3)]\n',
  '[(lambda: (y := 1)) for x in z]\n',
  '{(x := 1): y for y in z}\n',
  'global y\ny: int = 1\n',
  'def f():\n    x = 1\n    def g():\n        nonlocal x\n        (x): int = 2\n',
  'def f():\n    x: (yield) = 1\n',
  'def f(x: (y := 1)): pass\n',
  'from __future__ import annotations\ndef f(x: int, *a: str, **k: list) -> q: pass\nclass C:\n    a: List[int] = 3\n    b: foo\n',
  'from __future__ import annotations\ndef f(x: [(y := 1) for z in w]): pass\n',
  'class C:\n    def f(self):\n        super().f()\n',
  'class C:\n    def f(self):\n        def g():\n            return __class__\n        return g\n',
  'class C:\n    __class__ = 1\n    def f(self):\n        return __class__\n',
  'class C:\n    x = 1\n    def f(self):\n        return x\n',
  'def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C\n',
  'def f():\n    x = 1\n    class C:\n        def g(self):\n            return x\n        y = x\n    return C\n',
  'def f():\n    x = 1\n    class C:\n        global x\n        def g(self):\n            return x\n',
  'class __Foo:\n    __a = 1\n    def __m(self, __p):\n        __q = self.__r\n        import __mod, __pkg.sub\n        from . import __n\n        return __a__\n' +
    '    class __Inner:\n        __z = 1\n        def f(self): return __z\n',
  'class _:\n    __x = 1\n',
  'async def f():\n    return [x async for x in y]\n',
  'async def f():\n    return [[x async for x in y] for z in w]\n',
  'def f():\n    return [await x for x in y]\n',
  'def f():\n    z = (q async for q in aiter())\n',
  'def f():\n    async def g(): pass\n    try:\n        pass\n    except E as e:\n        pass\n    with a as (b, c): pass\n    for i, *j in k: pass\n    del z\n' +
    '    match p:\n        case [1, *rest]: pass\n        case {"k": v, **kw}: pass\n        case Point(x=px, y=py) | (px as py): pass\n        case _: pass\n',
  'def outer():\n    a = 1\n    def mid():\n        def inner():\n            return a\n        return inner\n    return mid\n',
  'x = 1\ndef f():\n    return lambda y=x: y + z\n',
  'def f(a, /, b, *args, c, d=1, **kw): pass\n',
  'import a.b.c\nimport a.b as d\nfrom x import y as z, w\n',
  'def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            nonlocal x\n            x = 3\n',
  '@dec\nclass C(B, metaclass=M, **kw):\n    @staticmethod\n    def f(): super\n',
  'def f():\n    def super(): pass\n    class C:\n        def g(self): super().g()\n',
  'def f(a):\n    def g():\n        return a\n    a = 2\n    del a\n',
  'class C:\n    [x for x in range(3)]\n    y = [lambda: x for x in range(3)]\n',
  'def f():\n    class C:\n        def g(self):\n            super()\n    return C\n',
  'def g():\n    a: int\n    def h():\n        return a\n',
  'async def f():\n    yield 1\n',
  'def f():\n    print(f"{x!r:{y}}")\n    a[b:c:d] = e\n    (*a, b) = c\n    {**d, "k": v}\n    x if y else z\n',
  'def f():\n    x = [a for b in c for a in b if a]\n    y = {k: v for k, v in d}\n',
  'class A:\n    class B:\n        def f(self):\n            return __x\n',
];

function withTempFiles(sources, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'symtable-test-'));
  try {
    const files = sources.map((s, i) => { const p = join(dir, `case${i}.py`); writeFileSync(p, s); return p; });
    return fn(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('compile-time errors: CPython message and location', () => {
  const parsed = withTempFiles(ERRORS.map((e) => e[0]), (files) => parseFilesWithCPython(files));
  parsed.forEach((r, i) => {
    const [src, msg, lineno, offset, endLineno, endOffset] = ERRORS[i];
    assert.equal(r.error, null, `CPython's parser accepts case ${i}`);
    let err = null;
    try {
      buildSymtable(r.tree, 'case.py', src, futureFlags(r.tree));
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof PySyntaxError, `case ${i} (${JSON.stringify(src)}) raises SyntaxError, got ${err}`);
    assert.deepEqual([err.kind, err.msg, err.filename, err.lineno, err.offset, err.endLineno, err.endOffset],
      ['SyntaxError', msg, 'case.py', lineno, offset, endLineno, endOffset], JSON.stringify(src));
    assert.equal(err.text, src.split('\n')[lineno - 1] + '\n');
  });
});

test('compile-time errors agree with the CPython on this machine', () => {
  const out = withTempFiles(ERRORS.map((e) => e[0]), (files) =>
    execFileSync('python3', [DUMP_PY, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  out.trim().split('\n').map((l) => JSON.parse(l)).forEach((r, i) => {
    const [, msg, lineno, offset, endLineno, endOffset] = ERRORS[i];
    assert.ok(r.st_error, `CPython rejects case ${i}`);
    assert.deepEqual([r.st_error.msg, r.st_error.lineno, r.st_error.offset, r.st_error.end_lineno, r.st_error.end_offset],
      [msg, lineno, offset, endLineno, endOffset]);
  });
});

function entryJson(e) {
  return {
    name: e.name, type: e.type, lineno: e.lineno, nested: e.nested, varnames: [...e.varnames],
    symbols: [...e.symbols].sort(), children: e.children.map(entryJson),
  };
}

test('scoping cases: identical to CPython _symtable', () => {
  const out = withTempFiles(SCOPING, (files) =>
    execFileSync('python3', [DUMP_PY, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  out.trim().split('\n').map((l) => JSON.parse(l)).forEach((r, i) => {
    assert.ok(r.st, `CPython accepts case ${i}: ${JSON.stringify(r.error ?? r.st_error)}`);
    const { st } = build(SCOPING[i]);
    assert.deepEqual(entryJson(st.top), entryJson(r.st), SCOPING[i]);
  });
});

test('expression and interactive input', () => {
  const tree = parseWithCPython('(lambda a: a + b)(c)', 'eval');
  const st = buildSymtable(tree, '<s>', null, 0);
  assert.equal(st.top.type, 'module');
  assert.deepEqual([...st.top.symbols.keys()], ['c']);
  const lam = st.top.children[0];
  assert.equal(lam.name, 'lambda');
  assert.equal(lam.getScope('a'), LOCAL);
  assert.equal(lam.getScope('b'), GLOBAL_IMPLICIT);
  const single = parseWithCPython('x = 1\n', 'single');
  assert.equal(buildSymtable(single, '<stdin>', null, 0).top.getScope('x'), LOCAL);
});

test('entries the code generator reads', () => {
  const src = [
    'import os.path',
    'class C(Base):',
    '    def m(self, *args, **kw):',
    '        return super().m()',
    '    def __private(self): pass',
    'def outer(p):',
    '    q = 1',
    '    def gen():',
    '        yield q',
    '    async def co():',
    '        await p',
    '    lst = [y for y in range(p)]',
    '    return gen, co',
    '',
  ].join('\n');
  const { tree, st } = build(src);
  const top = st.top;
  assert.equal(st.lookup(tree), top);
  assert.equal(top.getScope('os'), LOCAL); // module-level names are LOCAL in the module block
  assert.equal(top.getSymbol('os') & DEF_IMPORT, DEF_IMPORT);
  assert.equal(top.getScope('Base'), GLOBAL_IMPLICIT);
  const cls = st.lookup(tree.body[1]);
  assert.equal(cls.type, 'class');
  assert.equal(cls.needsClassClosure, true);
  assert.ok(cls.symbols.has('_C__private'));
  const m = st.lookup(tree.body[1].body[0]);
  assert.deepEqual(m.varnames, ['self', 'args', 'kw']);
  assert.equal(m.varargs, true);
  assert.equal(m.varkeywords, true);
  assert.equal(m.getScope('__class__'), FREE);
  assert.equal(m.getScope('super'), GLOBAL_IMPLICIT);
  assert.equal(m.returnsValue, true);
  assert.equal(m.nested, false);
  const outer = st.lookup(tree.body[2]);
  assert.equal(outer.getScope('q'), CELL);
  assert.equal(outer.getScope('p'), CELL);
  assert.equal(outer.getScope('lst'), LOCAL);
  assert.equal(outer.childFree, true);
  assert.equal(outer.generator, false);
  const [gen, co, comp] = outer.children;
  assert.equal(gen.generator, true);
  assert.equal(gen.nested, true);
  assert.equal(gen.getScope('q'), FREE);
  assert.equal(co.coroutine, true);
  assert.equal(comp.name, 'listcomp');
  assert.equal(comp.comprehension, true);
  assert.deepEqual(comp.varnames, ['.0']);
  assert.equal(comp.getSymbol('y') & DEF_COMP_ITER, DEF_COMP_ITER);
  // The outermost iterable belongs to the enclosing scope.
  assert.equal(comp.getScope('range'), 0);
  assert.equal(comp.getScope('p'), 0);
  assert.equal(outer.getScope('range'), GLOBAL_IMPLICIT);
  assert.equal(comp.getScope('.0'), LOCAL);
  assert.equal(st.lookup(tree.body[2].body[3].value), comp);
});

test('flags and scopes have CPython values', () => {
  assert.deepEqual([DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE_CLASS, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER, SCOPE_OFFSET],
    [1, 2, 4, 8, 16, 64, 128, 256, 512, 11]);
  assert.deepEqual([LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL], [1, 2, 3, 4, 5]);
  const { st } = build('def f():\n    global g\n    g = 1\n    x = 1\n    def h():\n        nonlocal x\n        x = 2\n');
  const f = st.top.children[0];
  assert.equal(f.getSymbol('g'), DEF_GLOBAL | DEF_LOCAL | (GLOBAL_EXPLICIT << SCOPE_OFFSET));
  assert.equal(f.getSymbol('x'), DEF_LOCAL | (CELL << SCOPE_OFFSET));
  assert.equal(f.children[0].getSymbol('x'), DEF_NONLOCAL | DEF_LOCAL | (FREE << SCOPE_OFFSET));
  assert.equal(st.top.getSymbol('g'), DEF_GLOBAL | (GLOBAL_EXPLICIT << SCOPE_OFFSET));
});

test('annotations: future import keeps their names out of every scope', () => {
  const src = 'def f(a: T1) -> T2:\n    x: T3 = 1\n';
  const plain = build(src).st;
  assert.ok(plain.top.symbols.has('T1') && plain.top.symbols.has('T2'));
  assert.ok(plain.top.children[0].symbols.has('T3'));
  assert.equal(plain.top.children[0].getSymbol('x'), DEF_LOCAL | DEF_ANNOT | (LOCAL << SCOPE_OFFSET));
  const fut = build('from __future__ import annotations\n' + src).st;
  assert.ok(!fut.top.symbols.has('T1') && !fut.top.symbols.has('T2'));
  assert.ok(!fut.top.children[0].symbols.has('T3'));
  assert.equal(fut.top.children.length, 1);
});

test('mangle follows _Py_Mangle', () => {
  assert.equal(mangle('C', '__x'), '_C__x');
  assert.equal(mangle('_C', '__x'), '_C__x');
  assert.equal(mangle('__C__', '__x'), '_C____x');
  assert.equal(mangle('___', '__x'), '__x');
  assert.equal(mangle('C', '__x__'), '__x__');
  assert.equal(mangle('C', '__'), '__');
  assert.equal(mangle('C', '___'), '___');
  assert.equal(mangle('C', '_x'), '_x');
  assert.equal(mangle('C', '__a.b'), '__a.b');
  assert.equal(mangle(null, '__x'), '__x');
  assert.equal(mangle('Ä', '__é'), '_Ä__é');
});

test('no source: errors carry no text', () => {
  const tree = parseWithCPython('def f(a, a): pass\n');
  assert.throws(() => buildSymtable(tree, '<string>', null, 0),
    (e) => e instanceof PySyntaxError && e.text === null && e.lineno === 1 && e.offset === 10);
});

test('nesting beyond the compiler recursion limit is a RecursionError, not a crash', () => {
  let e = new A.Name('x', A.Load_, 1, 0, 1, 1);
  for (let i = 0; i < 5000; i++) e = new A.UnaryOp(A.USub_, e, 1, 0, 1, 1);
  const tree = new A.Module([new A.Expr(e, 1, 0, 1, 1)], []);
  assert.throws(() => buildSymtable(tree, 's', null, 0),
    (err) => err instanceof PyCompileRecursionError && err.message === 'maximum recursion depth exceeded during compilation');
  // Deep scope nesting can exhaust the JS stack first: still a RecursionError.
  let comp = new A.Name('x', A.Load_, 1, 0, 1, 1);
  for (let i = 0; i < 20000; i++) {
    comp = new A.ListComp(comp, [new A.comprehension(new A.Name('x', A.Store_, 1, 0, 1, 1), new A.Name('y', A.Load_, 1, 0, 1, 1), [], 0)], 1, 0, 1, 1);
  }
  assert.throws(() => buildSymtable(new A.Module([new A.Expr(comp, 1, 0, 1, 1)], []), 's', null, 0),
    (err) => err instanceof PyCompileRecursionError);
  let ok = new A.Name('x', A.Load_, 1, 0, 1, 1);
  for (let i = 0; i < 2900; i++) ok = new A.UnaryOp(A.USub_, ok, 1, 0, 1, 1);
  buildSymtable(new A.Module([new A.Expr(ok, 1, 0, 1, 1)], []), 's', null, 0);
});

test("through Typhon's own parser: same errors and same tables", async () => {
  const { parse } = await import('../dist/lib/parser/parser.js');
  for (const [src, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
    const tree = parse(src, 'case.py');
    assert.throws(() => buildSymtable(tree, 'case.py', src, futureFlags(tree)),
      (e) => e instanceof PySyntaxError && e.msg === msg && e.lineno === lineno && e.offset === offset &&
        e.endLineno === endLineno && e.endOffset === endOffset, JSON.stringify(src));
  }
  const cpythonTrees = withTempFiles(SCOPING, (files) => parseFilesWithCPython(files));
  SCOPING.forEach((src, i) => {
    const tree = parse(src, 'case.py');
    const ours = buildSymtable(tree, 'case.py', src, futureFlags(tree));
    const viaCPython = buildSymtable(cpythonTrees[i].tree, 'case.py', src, futureFlags(tree));
    assert.deepEqual(entryJson(ours.top), entryJson(viaCPython.top), src);
  });
});
