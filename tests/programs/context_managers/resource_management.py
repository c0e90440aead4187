# Managing resources: nested, reentrant and stacked context managers.
class Lock:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  " * self.depth + f"acquire depth={self.depth}")
        return self
    def __exit__(self, *exc):
        print("  " * self.depth + f"release depth={self.depth}")
        self.depth -= 1
lock = Lock()
with lock:
    with lock:
        with lock:
            print("deep inside")
class ExitStack:
    def __init__(self):
        self.callbacks = []
    def __enter__(self):
        return self
    def enter(self, cm):
        v = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return v
    def __exit__(self, typ, val, tb):
        suppressed = False
        pending = (typ, val, tb)
        while self.callbacks:
            cb = self.callbacks.pop()
            if cb(*pending):
                suppressed = True
                pending = (None, None, None)
        return suppressed
class Named:
    def __init__(self, n, suppress=False):
        self.n, self.suppress = n, suppress
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, typ, val, tb):
        print("close", self.n, typ.__name__ if typ else "")
        return self.suppress
with ExitStack() as stack:
    names = [stack.enter(Named(f"f{i}")) for i in range(3)]
    print("opened", names)
with ExitStack() as stack:
    stack.enter(Named("outer"))
    stack.enter(Named("suppressor", suppress=True))
    stack.enter(Named("inner"))
    raise ValueError("boom")
print("stack suppressed the error")
