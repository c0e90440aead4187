# Generators driven by for loops (resumed inside the running loop): nesting, PEP 479, exceptions,
# exc_info inside the generator, send() during the loop, recursion depth, re-entry.
def gen(n):
    for i in range(n):
        yield i
    return 5
def bad():
    yield 1
    raise StopIteration
def err():
    yield 1
    1/0
import sys
print(sum(x for x in gen(10)))
print(list(gen(3)))
for x in gen(2):
    for y in gen(2):
        print(x, y)
try:
    for x in bad(): print(x)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    for x in err(): print(x)
except ZeroDivisionError as e:
    print("zde", e.__traceback__.tb_next.tb_frame.f_code.co_name)
def g2():
    try:
        yield sys.exc_info()[0]
    except Exception: pass
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    for v in g2(): print(v)
def g3():
    x = yield 1
    print('got', x)
    yield 2
g = g3()
for v in g:
    print(v, g.gi_running, g.gi_frame is not None)
    if v == 1: print(g.send(7))
def rec(n):
    if n: 
        for x in rec(n-1): yield x
    else: yield 0
print(list(rec(50)))
try:
    print(list(rec(2000)))
except RecursionError as e: print('rec', e)
def selfref():
    yield next(gs)
gs = selfref()
try:
    for v in gs: pass
except ValueError as e: print(e)
