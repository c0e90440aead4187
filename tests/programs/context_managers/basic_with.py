# __enter__/__exit__ order, return values and exception info.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return f"<{self.name}>"
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val), tb is not None)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("outer") as o, CM("inner") as i:
    print("body", o, i)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x"):
    pass
with CM("nested1"):
    with CM("nested2", suppress=True):
        1 / 0
    print("between")
def f():
    with CM("in function"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print(p1, p2)
