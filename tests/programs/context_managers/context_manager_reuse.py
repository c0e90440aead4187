# Reusable, reentrant and single-use context managers written by hand.
class SingleUse:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("SingleUse context manager cannot be re-entered")
        self.used = True
        print("single-use enter")
        return self
    def __exit__(self, *exc):
        print("single-use exit")
s = SingleUse()
with s:
    pass
try:
    with s:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Reentrant:
    def __init__(self):
        self.depth = 0
        self.log = []
    def __enter__(self):
        self.depth += 1
        self.log.append(f"enter {self.depth}")
        return self
    def __exit__(self, *exc):
        self.log.append(f"exit {self.depth}")
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            pass
    with r:
        pass
print(r.log, r.depth)
class Counter:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return self.count
    def __exit__(self, *exc):
        return False
c = Counter()
for _ in range(3):
    with c as n:
        print("use number", n)
