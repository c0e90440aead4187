# Exceptions nobody can catch go through sys.unraisablehook, with CPython's err_msg for each source.
import sys, atexit, _thread, time

class Bad:
    def __call__(self):
        1/0
    def __repr__(self):
        return '<Bad>'
bad = Bad()
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, u.err_msg, u.object is bad, type(u).__name__))
_thread.start_new_thread(bad, ())
time.sleep(0.01)
print(seen)
sys.unraisablehook = sys.__unraisablehook__
_thread.start_new_thread(bad, ())
time.sleep(0.01)

class Hook:
    def __call__(self, u):
        raise ValueError('hook failed')
    def __repr__(self):
        return '<Hook>'
sys.unraisablehook = Hook()
_thread.start_new_thread(bad, ())
time.sleep(0.01)

gseen = []
sys.unraisablehook = lambda u: gseen.append((u.exc_type.__name__, u.err_msg, type(u.object).__name__))
def gen():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
g = gen(); next(g)
del g
print(gseen)
sys.unraisablehook = sys.__unraisablehook__
atexit.register(bad)
print('end')
