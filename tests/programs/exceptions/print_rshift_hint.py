# Python 2's `print >> stream, message` raises TypeError with CPython's hint; other operands and >>= do not.
import sys
for expr in ('print >> sys.stderr', 'print >> 1', 'max >> sys.stderr', 'sys.stderr << print'):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
p = print
try:
    p >>= 1
except TypeError as e:
    print(e)
