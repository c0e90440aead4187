// VM tests: programs compiled by Typhon and code objects compiled by CPython (marshal), so the
// VM is checked independently of Typhon's compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPHON = join(ROOT, 'bin', 'typhon');
const dir = mkdtempSync(join(tmpdir(), 'typhon-vm-'));

function hasPython() {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return true;
  } catch {
    return false;
  }
}

function typhon(src, name = 'prog.py') {
  const file = join(dir, name);
  writeFileSync(file, src);
  const r = spawnSync(process.execPath, [TYPHON, file], { encoding: 'utf8', cwd: dir });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

function cpython(src) {
  const file = join(dir, 'ref.py');
  writeFileSync(file, src);
  const r = spawnSync('python3', [file], { encoding: 'utf8', cwd: dir, env: { ...process.env, PYTHONHASHSEED: '0' } });
  return { out: r.stdout, err: r.stderr.split(file).join('$F'), code: r.status };
}

const PROGRAMS = {
  hello: 'print("hello world")\n',
  fib: 'def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(20), fib(80) if False else 2**100)\n',
  loops: 't = 0\nfor i in range(100):\n    if i % 3 == 0:\n        continue\n    t += i\nwhile t > 10:\n    t //= 3\nprint(t)\n',
  classes: `class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def __repr__(self): return f"A({self.v!r})"
class B(A):
    def get(self): return super().get() * 2
    @property
    def double(self): return self.v * 2
    @classmethod
    def make(cls): return cls(5)
print(B(21).get(), B.make(), B(3).double, isinstance(B(1), A), B.__mro__)
`,
  exceptions: `def f():
    try:
        raise ValueError("bad")
    except ValueError as e:
        raise KeyError("k") from e
    finally:
        print("finally")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__cause__))
try:
    [][1]
except IndexError as e:
    print(e)
`,
  generators: `def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def outer():
    r = yield from gen(2)
    print(r)
print(list(outer()))
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in zip("ab", [1, 2])})
`,
  closures: `def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents)
`,
  traceback: `def inner(x):
    return x[0] + 1 / x[1]
def outer():
    return inner([1, 0])
outer()
`,
  chained: `try:
    {}["missing"]
except KeyError:
    raise RuntimeError("while handling")
`,
  recursion: 'def f(n): return f(n + 1)\nf(0)\n',
  nameError: 'value = 1\nprint(valeu)\n',
  formatting: 'print(f"{3.14159:.2f}|{42:>5}|{1234567:,}|{255:#x}", "%s=%d" % ("a", 1), "{:^7}".format("mid"), repr(1e16), 0.1 + 0.2)\n',
  with: `class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as c:
    raise ValueError
print("after")
`,
  match: `def m(v):
    match v:
        case [1, *rest]: return f"list {rest}"
        case {"k": x}: return f"dict {x}"
        case int(n) if n > 10: return "big"
        case _: return "other"
print(m([1, 2, 3]), m({"k": 5}), m(20), m("s"))
`,
};

for (const [name, src] of Object.entries(PROGRAMS)) {
  test(`vm: ${name} matches CPython`, { skip: !hasPython() }, () => {
    const want = cpython(src);
    const got = typhon(src, 'ref.py');
    got.err = got.err.split(join(dir, 'ref.py')).join('$F');
    assert.equal(got.out, want.out);
    assert.equal(got.err, want.err);
    assert.equal(got.code, want.code);
  });
}

test('vm: runs a code object compiled by CPython (marshal)', { skip: !hasPython() }, async () => {
  const src = 'def f(a, *args, k=3, **kw):\n    return a + sum(args) + k + len(kw)\nresult = [f(1), f(1, 2, 3, k=0, x=1)]\nprint(result)\n';
  const hex = execFileSync('python3', ['-c', `import marshal,sys;sys.stdout.write(marshal.dumps(compile(${JSON.stringify(src)},'<cpython>','exec')).hex())`], { encoding: 'utf8' });
  const { loads } = await import(join(ROOT, 'dist/lib/bytecode/marshal.js'));
  const { RtCode } = await import(join(ROOT, 'dist/lib/vm/code.js'));
  const { initInterpreter } = await import(join(ROOT, 'dist/lib/vm/interp.js'));
  const { runModuleCode } = await import(join(ROOT, 'dist/lib/vm/ceval.js'));
  const { PyDict, PyList } = await import(join(ROOT, 'dist/lib/objects/object.js'));
  const { builtinsDict } = await import(join(ROOT, 'dist/lib/modules/builtins.js'));
  const { repr } = await import(join(ROOT, 'dist/lib/objects/abstract.js'));
  initInterpreter();
  const co = loads(Buffer.from(hex, 'hex'));
  const g = new PyDict();
  g.setStr('__name__', '__main__');
  // Replace print so the test reads the value instead of stdout.
  const out = [];
  const { PyBuiltin, None } = await import(join(ROOT, 'dist/lib/objects/object.js'));
  g.setStr('print', new PyBuiltin('print', (args) => { out.push(args.map(repr).join(' ')); return None; }));
  runModuleCode(new RtCode(co), g, builtinsDict);
  assert.deepEqual(out, ['[4, 7]']);
  assert.ok(g.getStr('result') instanceof PyList);
});
