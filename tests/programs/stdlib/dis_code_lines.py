# dis on real functions: co_lines (one range per location entry), co_lnotab, co_linetable,
# co_exceptiontable, _varname_from_oparg, and code objects compared by value.
import dis, io, os, hashlib


def f(x, *a, k=2, **kw):
    try:
        for i in range(x):
            if i % 2:
                continue
            yield sum(j for j in a if j > i)
    except (ValueError, TypeError) as e:
        raise RuntimeError("x") from e
    finally:
        print(k, kw)


def g(n):
    total = 0
    while n > 0:
        total += n * 2
        n -= 1
    return total


dis.dis(g)
out = io.StringIO()
dis.dis(g, file=out, show_caches=True)
print(len(out.getvalue().splitlines()))
for ins in dis.get_instructions(f):
    if ins.opname != 'LOAD_CONST' or not hasattr(ins.argval, 'co_code'):
        print(ins.offset, ins.opname, ins.arg, repr(ins.argval), ins.starts_line, ins.is_jump_target, ins.positions)
print(list(dis.findlinestarts(f.__code__)))
print(list(f.__code__.co_lines()))
print(f.__code__.co_lnotab, g.__code__.co_lnotab)
print(f.__code__.co_exceptiontable.hex(), g.__code__.co_linetable.hex())
print([f.__code__._varname_from_oparg(i) for i in range(len(f.__code__.co_varnames))])
print(dis.code_info(g))

# Code objects are equal by value (not by filename), with hashes to match.
src = "def h(a, b=1):\n    return a + b * 2.5\n"
c1, c2, c3 = compile(src, "one", "exec"), compile(src, "two", "exec"), compile(src.replace("2.5", "2"), "one", "exec")
print(c1 == c2, hash(c1) == hash(c2), c1 == c3, c1 != c3, c1 == 1)
print(compile("1", "a", "eval") == compile("1.0", "a", "eval"), compile("0.0", "a", "eval") == compile("-0.0", "a", "eval"))


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


# The same over some of the standard library's own modules.
lib = os.path.dirname(os.__file__)
h = hashlib.sha1()
n = 0
for name in ['bisect.py', 'heapq.py', 'textwrap.py', 'fnmatch.py', 'shlex.py', 'colorsys.py', 'keyword.py']:
    with open(os.path.join(lib, name), encoding='utf-8') as fh:
        src = fh.read()
    top = compile(src, name, 'exec')
    for co in walk(top):
        n += 1
        h.update(repr(list(co.co_lines())).encode() + co.co_lnotab + co.co_linetable + co.co_exceptiontable)
    again = compile(src, name, 'exec')
    print(name, again == top, hash(again) == hash(top))
print(n, h.hexdigest())
