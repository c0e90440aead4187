# _stat (what stat.py star-imports) and _opcode.stack_effect (dis.stack_effect), as CPython's C modules.
import _stat, stat, dis, opcode, _opcode

names = sorted(n for n in dir(_stat) if not n.startswith('_'))
print(len(names), names[:8])
print([n for n in names if getattr(stat, n) is not getattr(_stat, n)])
for mode in (0o40755, 0o100644, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755, 0o102711,
             0o101777, 0o1000, 0o170777, 0, 2**32 - 1, True):
    print(oct(mode), _stat.filemode(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode),
          [f for f in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK',
                       'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(_stat, f)(mode)])
for bad in ('x', -1, 2**40, 2**70, 1.5):
    try:
        _stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: _stat.S_IMODE(), lambda: _stat.filemode(1, 2), lambda: _stat.S_IFMT(mode=1)):
    try:
        call()
    except TypeError as e:
        print(e)

print(dis.stack_effect is _opcode.stack_effect, _opcode.get_specialization_stats())
effects = {}
for name, op in sorted(dis.opmap.items()):
    if name in dis.deoptmap:
        continue
    if op < dis.HAVE_ARGUMENT:
        effects[name] = (_opcode.stack_effect(op), _opcode.stack_effect(op, jump=True), _opcode.stack_effect(op, jump=False))
    else:
        effects[name] = tuple(_opcode.stack_effect(op, arg, jump=j) for arg in (0, 1, 3, 257) for j in (None, True, False))
for name, e in effects.items():
    print(name, e)
for args, kw in [((30000,), {}), ((1, 0), {}), ((100,), {}), ((300,), {}), ((-1,), {}), ((-3,), {"jump": False}), ((-10,), {}), ((-11,), {}), ((256,), {}), ((100, 'x'), {}),
                 ((100, 1), {'jump': 2}), ((), {}), ((1,), {'oparg': 1}), ((1, None, None), {}),
                 (('x',), {}), ((2**40,), {}), ((100, 2**40), {}), ((100, 2**70), {}), ((dis._all_opmap['BINARY_OP_ADAPTIVE'], 0), {})]:
    try:
        print(args, kw, _opcode.stack_effect(*args, **kw))
    except (TypeError, ValueError, OverflowError) as e:
        print(args, kw, type(e).__name__, e)
try:
    _opcode.get_specialization_stats(1)
except TypeError as e:
    print(e)
