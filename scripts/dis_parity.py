"""Compare Typhon's code objects (marshalled) with CPython's compile() of the same sources.

Input (stdin): JSON lines {"file": path, "pyc": path-of-marshalled-code | null, "error": str | null}.
Output: JSON summary on stdout. Used by scripts/dis-parity.mjs.
"""
import dis
import json
import marshal
import sys
from collections import Counter

sys.set_int_max_str_digits(0)


def const_repr(c):
    if hasattr(c, 'co_code'):
        return '<code %s>' % c.co_name
    if isinstance(c, frozenset):
        return 'frozenset(%s)' % sorted(const_repr(x) for x in c)
    if isinstance(c, tuple):
        return '(%s)' % ', '.join(const_repr(x) for x in c)
    return repr(c)


def instrs(co):
    out = []
    for i in dis.get_instructions(co):
        a = i.argval
        if hasattr(a, 'co_code'):
            a = '<code %s>' % a.co_name
        elif isinstance(a, (frozenset, tuple)):
            a = const_repr(a)
        else:
            a = repr(a)
        out.append((i.opname, a if i.arg is not None else None))
    return out


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


def main():
    total = same = 0
    reasons = Counter()
    fields = Counter()
    field_total = Counter()
    examples = {}
    files = 0
    errors = Counter()
    cpython_errors = same_errors = 0
    error_mismatches = Counter()
    detail = '--detail' in sys.argv
    optimize = int(sys.argv[sys.argv.index('--optimize') + 1]) if '--optimize' in sys.argv else 0
    for line in sys.stdin:
        r = json.loads(line)
        files += 1
        path = r['file']
        try:
            src = open(path, 'rb').read()
            ref = compile(src, path, 'exec', dont_inherit=True, optimize=optimize)
        except (SyntaxError, RecursionError) as e:
            cpython_errors += 1
            want = (f'SyntaxError: {e.msg} ({e.lineno}, {e.offset})' if isinstance(e, SyntaxError)
                    else f'RecursionError: {e} (, )')
            if r.get('error') == want:
                same_errors += 1
            else:
                key = f"{want[:70]} / ours: {(r.get('error') or 'no error')[:70]}"
                error_mismatches[key] += 1
                examples.setdefault('errmismatch: ' + key, path)
            continue
        except ValueError:
            continue
        refs = list(walk(ref))
        if r.get('error'):
            errors[r['error'][:80]] += 1
            total += len(refs)
            examples.setdefault('error: ' + r['error'][:80], path)
            continue
        ours = list(walk(marshal.loads(open(r['pyc'], 'rb').read())))
        if len(ours) != len(refs):
            reasons['code object count differs'] += len(refs)
            total += len(refs)
            examples.setdefault('code object count differs', path)
            continue
        for a, b in zip(ours, refs):
            total += 1
            ia, ib = instrs(a), instrs(b)
            if ia == ib:
                same += 1
            else:
                k = 0
                while k < min(len(ia), len(ib)) and ia[k] == ib[k]:
                    k += 1
                ka = ia[k][0] if k < len(ia) else 'END'
                kb = ib[k][0] if k < len(ib) else 'END'
                key = f'{ka} (ours) vs {kb} (cpython)'
                reasons[key] += 1
                examples.setdefault(key, f'{path}:{b.co_firstlineno} {b.co_qualname} @{k}')
                if detail:
                    print(f'--- {path}:{b.co_firstlineno} {b.co_qualname}', file=sys.stderr)
                    for j in range(max(0, k - 3), min(max(len(ia), len(ib)), k + 4)):
                        print('   ', ia[j] if j < len(ia) else '-', '|', ib[j] if j < len(ib) else '-', file=sys.stderr)
            for f in ('co_stacksize', 'co_flags', 'co_consts', 'co_names', 'co_varnames', 'co_cellvars',
                      'co_freevars', 'co_linetable', 'co_exceptiontable', 'co_firstlineno', 'co_qualname',
                      'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount'):
                va, vb = getattr(a, f), getattr(b, f)
                if f == 'co_consts':
                    va, vb = [const_repr(x) for x in va], [const_repr(x) for x in vb]
                field_total[f] += 1
                if va == vb:
                    fields[f] += 1
                else:
                    examples.setdefault(f, f'{path}:{b.co_firstlineno} {b.co_qualname}')
    json.dump({'files': files, 'code_objects': total, 'identical': same,
               'reasons': reasons.most_common(40), 'errors': errors.most_common(20),
               'cpython_errors': cpython_errors, 'same_errors': same_errors,
               'error_mismatches': error_mismatches.most_common(20),
               'fields': {f: [fields[f], field_total[f]] for f in field_total},
               'examples': examples}, sys.stdout, indent=1)


main()
