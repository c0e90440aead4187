# A traceback through code compiled from a string shows no source line for it (CPython prints only lines it
# can read from a file), also when other code was compiled under the same name before; `@` on ints is a
# TypeError, not NotImplemented.
import collections
P = collections.namedtuple('P', 'x y')
a = 42
for x, y in ((a, a), (True, 2), (2**70, 3)):
    try:
        print(x @ y)
    except TypeError as e:
        print(e)
eval(compile("1 +\\\n 2", "<string>", "eval"))
exec("x = 1\n1/0")
