# Assigning a function's __code__: the new code runs; a non-code value or a free-variable mismatch is refused as in CPython.
def f(): return 1
def g(): return 2
f.__code__ = g.__code__
print(f())
def k():
    v=1
    def h(): return v
    return h
try: f.__code__ = k().__code__
except ValueError as e: print(e)
