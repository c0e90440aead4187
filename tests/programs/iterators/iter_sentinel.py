# iter(callable, sentinel) and next() with defaults.
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def read():
    global pos
    v = data[pos] if pos < len(data) else None
    pos += 1
    return v
print(list(iter(read, 9)))
print(list(iter(read, None)))
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
counter = iter(range(100))
print(list(iter(lambda: next(counter) * 2, 20)))
it = iter(int, 1)
print(next(it), next(it), type(it).__name__)
print(next(iter([]), "default"), next(iter("x"), "unused"))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
def raises_stop():
    raise StopIteration
print(list(iter(raises_stop, None)))
n = [0]
def bump():
    n[0] += 1
    if n[0] == 3:
        raise ValueError("bump failed at 3")
    return n[0]
try:
    print(list(iter(bump, 100)))
except ValueError as e:
    print("ValueError:", e)
class Lines:
    def __init__(self, text): self.lines = text.split("\n"); self.i = 0
    def readline(self):
        if self.i >= len(self.lines): return ""
        self.i += 1
        return self.lines[self.i - 1] + "\n"
src = Lines("one\ntwo\nthree")
for line in iter(src.readline, ""):
    print(repr(line))
