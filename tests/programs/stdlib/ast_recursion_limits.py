# Recursion limits of the AST conversions: obj2ast counts against the Python recursion limit from the caller's
# depth ('while traversing' messages), ast2obj and constant validation against three times it.
import ast, sys
P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
def mk(n):
    e = ast.Constant(1, **P)
    for i in range(n): e = ast.UnaryOp(ast.Not(), e, **P)
    return e
lo, hi = 1, 3000
while lo < hi:
    mid = (lo+hi)//2
    try: compile(ast.Expression(mk(mid)), 'f', 'eval'); lo = mid+1
    except RecursionError as ex: hi = mid
print('first failing depth', lo)
def f(k):
    if k: return f(k-1)
    try: compile(ast.Expression(mk(900)), 'f', 'eval'); return 'ok'
    except RecursionError as ex: return str(ex)
print(f(50), f(150))
try: compile(ast.Expression(mk(lo)), 'f', 'eval')
except RecursionError as ex: print(ex)
for n in (1000, 2900, 3500):
    try: ast.parse('-'*n + '1'); print(n, 'ok')
    except Exception as e: print(n, type(e).__name__, e)
t = (1,)
for i in range(100000): t = (t,)
try:
    compile(ast.Expression(ast.Constant(t, **P)), 'f', 'eval')
except RecursionError as ex:
    print('RecursionError', ex)
m = ast.Module([ast.Expr(mk(500), **P)], [])
print(type(compile(m, 'f', 'exec')).__name__)
