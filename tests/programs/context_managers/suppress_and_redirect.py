# Hand-written suppress() and redirect of sys.stdout.
import sys
class suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return None
    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self.excs)
with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
with suppress(ArithmeticError):
    1 / 0
print("ZeroDivisionError suppressed via base class")
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
class redirect_stdout:
    def __init__(self, target):
        self.target = target
    def __enter__(self):
        self.old = sys.stdout
        sys.stdout = self.target
        return self.target
    def __exit__(self, *exc):
        sys.stdout = self.old
with redirect_stdout(Capture()) as cap:
    print("hidden line 1")
    print("hidden", "line", 2, sep="-")
print("captured:", cap.parts)
print("".join(cap.parts).upper(), end="")
print(sys.stdout is sys.__stdout__)
