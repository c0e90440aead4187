import re
import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith('_skip'):
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    elif event == 'return' or event == 'call':
        a = re.sub(' at 0x[0-9a-f]+', ' at ADDR', repr(arg))
    events.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return tracer

def simple(x):
    y = x + 1
    if y > 2:
        y = 2
    return y

def loop(n):
    t = 0
    for i in range(n):
        t += i
    while n > 0:
        n -= 1
    return t

def gen(n):
    for i in range(n):
        yield i
    return 'done'

def use_gen():
    out = [v * 2 for v in gen(3)]
    total = sum(x for x in out)
    return out, total

def raiser():
    raise ValueError('boom')

def catcher():
    try:
        raiser()
    except ValueError as e:
        r = str(e)
    finally:
        r2 = 1
    return r

def uncaught():
    x = 1
    raiser()
    return x

import contextlib
def withs():
    @contextlib.contextmanager
    def cm():
        yield 5
    with cm() as v:
        w = v + 1
    return w

class K:
    a = 1
    def m(self):
        return self.a

def deleg():
    def sub():
        yield 1
        yield 2
        return 3
    r = yield from sub()
    return r

def multi(a,
          b):
    return (a +
            b)

def _skip_me():
    return simple(5)

def run():
    simple(1)
    simple(5)
    loop(3)
    use_gen()
    catcher()
    try:
        uncaught()
    except ValueError:
        pass
    withs()
    K().m()
    list(deleg())
    multi(1, 2)
    f = lambda q: q * 2
    f(3)
    _skip_me()

sys.settrace(tracer)
run()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
