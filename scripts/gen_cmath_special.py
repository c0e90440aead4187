#!/usr/bin/env python3
"""Print the special-value tables of the cmath module (src/modules/cmath.ts), read off CPython's own cmath.

Usage: python3 scripts/gen_cmath_special.py   (paste the output into cmath.ts's SPECIAL table)

CPython answers a function of a complex z whose real or imaginary part is infinite or a NaN from a 7x7
table indexed by the kind of each part (-inf, negative, -0, +0, positive, +inf, nan). Each table entry is
read here by calling the function on a representative of each kind. Entries that CPython computes from
the value instead (an infinite part with a finite nonzero other part for exp, cosh, sinh, tanh and rect),
entries of finite arguments and entries where CPython raises are printed as "U" (never read).
Values are written as 0, -0, 1, -1, inf, -inf, nan, or a multiple of pi: p, p12 (pi/2), p14, p34, signed.
"""
import cmath
import math

KINDS = [-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan]
NAMES = {math.pi: 'p', math.pi / 2: 'p12', math.pi / 4: 'p14', 0.75 * math.pi: 'p34', 1.0: '1'}


def fmt(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    if x == 0:
        return '0' if math.copysign(1, x) > 0 else '-0'
    for v, n in NAMES.items():
        if x == v:
            return n
        if x == -v:
            return '-' + n
    raise ValueError(x)


def table(fname):
    f = getattr(cmath, fname)
    value_dependent = fname in ('exp', 'cosh', 'sinh', 'tanh', 'rect')
    out = []
    for x in KINDS:
        for y in KINDS:
            finite = math.isfinite(x) and math.isfinite(y)
            if finite or (value_dependent and math.isinf(x) and math.isfinite(y) and y != 0):
                out.append('U')
                continue
            try:
                z = f(x, y) if fname == 'rect' else f(complex(x, y))
            except ValueError:
                out.append('U')
                continue
            out.append(f'{fmt(z.real)},{fmt(z.imag)}')
    return ' '.join(out)


for name in ('acos', 'acosh', 'asinh', 'atanh', 'cosh', 'exp', 'log', 'sinh', 'sqrt', 'tanh', 'rect'):
    print(f"  {name}: '{table(name)}',")
