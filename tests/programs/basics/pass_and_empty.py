# Empty bodies, pass, docstrings as bodies, and ... as a statement.
def f():
    pass
def g():
    "only a docstring"
def h():
    ...
class Empty:
    pass
class Doc:
    """Documented."""
print(f(), g(), h(), g.__doc__, Doc.__doc__, Empty.__doc__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    print("never")
try:
    pass
except Exception:
    pass
finally:
    print("finally ran")
with open(__file__) as fh:
    pass
print(fh.closed)
def gen():
    return
    yield
print(list(gen()))
lam = lambda: None
print(lam())
x = 5
if x > 3: print("one-line if")
for c in "ab": print("one-line for", c)
while x > 3: x -= 1; print("one-line while", x)
class One: a = 1; b = 2
print(One.a + One.b)
