// Warming V8's code cache of the bundle. bin/typhon writes the cache once (after a run that found none),
// and V8 puts in it only the functions compiled so far: those of that one run. When that run was
// `typhon -c pass`, every later import compiled the parser's, compiler's and pyc reader's remaining
// functions afresh (a warm import of 50 modules spent ~230 lazy compilations). So before the cache is
// written, a representative module goes through the import path's pure steps: parse from bytes, compile,
// write its pyc to memory, read it back and convert it for the VM. Nothing of it is run and nothing is written.
// Then a small program of common constructs runs through the eval loop's sliced entry (as __main__ does), in
// a namespace of its own: the cache is written before the user's program starts (src/cli/run.ts), so its
// content no longer depends on what that program's first slice happened to run (a test's first slice made
// it 25% larger, and every later start-up ~550 page faults slower).
import { CodeObject } from '../bytecode/code.js';
import { writePyc, loadCachedPyc } from '../bytecode/pyc.js';
import { parseFile } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { compile } from '../compiler/compile.js';
import { RtCode } from '../vm/code.js';
import { Frame, startFrame } from '../vm/ceval.js';
import { PyDict } from '../objects/object.js';
import { builtinsDict, builtinsModule } from '../modules/builtins.js';

const SOURCE = `"""A module touching the common constructs."""
import os, sys as system
from collections import namedtuple
from . import sibling
__all__ = ['Point', 'walk']
CONST = {'a': 1, 'b': [1, 2.5, 3j, None, True, ...], 'c': (1, 'x', b'y'), 'd': {1, 2}}

def walk(tree, *args, depth=0, **kw):
    """Docstring."""
    global CONST
    total = 0
    for i, node in enumerate(tree):
        if node is None or not node:
            continue
        elif isinstance(node, (list, tuple)):
            total += walk(node, depth=depth + 1)
        else:
            total -= len(args) + len(kw) * 2 // 3 % 4 ** 2
    while total > 100 and depth:
        total >>= 1
    else:
        pass
    squares = [x * x for x in range(10) if x % 2]
    table = {k: v for k, v in zip('abc', squares)}
    unique = {s & 3 for s in squares}
    gen = (s for s in squares)
    try:
        value = table['a'][1:2:-1]
    except (KeyError, IndexError) as e:
        raise ValueError(f'bad {e!r:>10} {depth=}') from e
    except Exception:
        raise
    finally:
        total += 1
    with open(os.devnull) as f, open(os.devnull) as g:
        assert f and g, 'message'
    first, *rest = squares
    label = 'odd' if total & 1 else 'even'
    fn = lambda a, b=2: a + b
    del rest
    return total, label, fn(1), unique, gen, value

class Point(namedtuple('P', 'x y'), metaclass=type):
    """A point."""
    count: int = 0

    def __init__(self, *a):
        super().__init__()
        self._cache = None

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def make(cls, x, y):
        return cls(x, y)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def scale(self, k):
        def inner():
            nonlocal k
            k += 1
            return k
        return inner

async def fetch(session, url):
    async with session.get(url) as r:
        async for chunk in r:
            await chunk
    return [x async for x in session]

def gen_values(n):
    yield from range(n)
    x = yield n
    return x

match CONST:
    case {'a': 1, **rest}:
        pass
    case [1, *others] | (2, *others):
        pass
    case Point(x=0, y=y) if y > 0:
        pass
    case _:
        pass

if __name__ == '__main__':
    print(walk([1, [2, [3]]]), sep='', end='\\n', file=system.stderr)
`;

/** Run through the eval loop: no imports, no output, nothing left behind but its own namespace. */
const PROGRAM = `def f(n, *a, k=1, **kw):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += i * k
        elif i & 1:
            t -= len(a) + len(kw)
        else:
            t ^= i
    return t

class C:
    def __init__(self, v):
        self.v = v

    def m(self):
        return [self.v, str(self.v), (self.v, None), {self.v: 1.5}, {self.v}]

xs = [C(i).m() for i in range(5)]
d = {str(i): f(i, 1, 2, k=2) for i in range(20)}
s = ''.join(sorted(d)) + f'{len(xs):>3}' + repr(xs[0][1:3])
try:
    raise ValueError(s)
except ValueError as e:
    r = e.args[0].split('1')
total = sum(x for x in range(3)) + max(1, 2) + min([3, 4]) + abs(-1) + len(s[::2])
`;

/** Run the import path's pure steps on SOURCE and PROGRAM through the eval loop (see above); never fails. */
export function warmCodeCache(): void {
  try {
    const bytes = new TextEncoder().encode(SOURCE);
    const tree = parseFile(bytes, '<warm-up>', 'exec');
    const code = compile(tree, '<warm-up>', 'exec', { optimize: 0, flags: 0, source: decodeSource(bytes, '<warm-up>') });
    const pyc = writePyc(code, { mtime: 0, size: bytes.length });
    const back = loadCachedPyc(pyc, { name: 'warm', sourceMtime: 0, sourceSize: bytes.length });
    if (back instanceof CodeObject) new RtCode(back);
    const run = compile(parseFile(new TextEncoder().encode(PROGRAM), '<warm-up>', 'exec'), '<warm-up>', 'exec',
      { optimize: 0, flags: 0, source: PROGRAM });
    const ns = new PyDict();
    ns.setStr('__name__', '__warm__');
    ns.setStr('__builtins__', builtinsModule);
    startFrame(new Frame(new RtCode(run), ns, builtinsDict, ns, null), 1e6);
  } catch {
    /* a warm-up must never disturb the run that writes the cache */
  }
}
