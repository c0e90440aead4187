# code.co_positions(): one (line, end_line, col, end_col) per code unit, as traceback's carets use them.
def f(x):
    return x + 1
ps = list(f.__code__.co_positions())
print(len(ps) == len(f.__code__.co_code) // 2, ps[0], ps[-1], all(len(p) == 4 for p in ps))
print(sorted({p[0] for p in ps if p[0] is not None}))
import traceback
try:
    f(None)
except TypeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
g = lambda a, b: (a
                  * b)
print([p for p in g.__code__.co_positions() if p[0] == 13][:1])

# A location table cut short by replace(): co_positions stops where the table does.
def short(a):
    return a + 1


print(list(short.__code__.replace(co_linetable=b'').co_positions()))
print(list(short.__code__.replace(co_linetable=short.__code__.co_linetable[:2]).co_positions()))
