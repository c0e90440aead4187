# The compiler's SyntaxWarnings are issued each time (no registry): two on one line are two, and a
# compile() of the same text warns again. The warnings go to stderr, recorded from CPython.
import warnings

print(1 is 1, 2 is 2)
print((3 is 3) is 4)
for i in range(2):
    compile("x = 5 is 5\ny = 'a' is not 'a'\n", "<twice>", "exec")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("assert (1, 'm')\nz = 7 is 7; q = 8 is 8\n", "<rec>", "exec")
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
