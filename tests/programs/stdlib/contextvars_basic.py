# contextvars on the native _contextvars: get/set/reset, tokens, copy_context, Context.run isolation and errors.
import contextvars as cv

v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(v.get(), w.get(5), v.name, cv.Token.MISSING, type(v.set(1)).__name__)
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])
t(lambda: cv.ContextVar())
t(lambda: cv.ContextVar(1))
t(lambda: cv.ContextVar('a', 1))
t(lambda: v.reset(1))
t(lambda: cv.copy_context()[1])
t(lambda: cv.Context()[v])
t(lambda: cv.Context().run(1))
t(lambda: cv.Context(1))
tok = v.set(3)
print(v.get(), tok.var is v, tok.old_value, v.set(4).old_value)
v.reset(tok)
print(v.get())
t(lambda: v.reset(tok))
t(lambda: w.reset(v.set(2)))
ctx = cv.copy_context()
def f(x):
    v.set(x)
    w.set(x * 2)
    return v.get(), w.get()
print(ctx.run(f, 99), v.get(), ctx[v], ctx.get(w), w in ctx, len(ctx) >= 2)
print(sorted((k.name, val) for k, val in ctx.items() if k.name in 'vw'))
def g():
    return ctx.run(lambda: 1)
t(lambda: ctx.run(g))
c2 = ctx.copy()
c2.run(v.set, 7)
print(ctx[v], c2[v], cv.Context().run(v.get), cv.ContextVar[int])
from decimal import Decimal, localcontext, getcontext
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7), getcontext().prec)
