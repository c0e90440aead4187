# '*' widths and precisions of bytes %-formatting take ints as str's do: int subclasses, bool, C-range
# overflow messages, MemoryError for a width no buffer can hold.
import sys
class I(int): pass
L = [(b"%.*d", (sys.maxsize, 1)), (b"%*d", (sys.maxsize, 1)), (b"%.*d", (2**31, 1)), (b"%*d", (True, 5)), (b"%.*d", (-3, 5)), (b"%*d", (-3, 5)), (b"%.*d", (3.0, 1)), (b"%*d", (2**63, 1)), (b"%*d", (I(4), 1)), (b"%.*f", (I(2), 1.5)), (b"%*d", (2**40, 1))]
for f, a in L + [(f.decode(), a) for f, a in L]:
    try:
        print(repr(f), f % a)
    except Exception as e:
        print(repr(f), type(e).__name__, e)
