# Context managers interacting with generators and return/break.
class Tracker:
    active = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Tracker.active.append(self.name)
        return self
    def __exit__(self, *exc):
        Tracker.active.remove(self.name)
        print("closed", self.name, "exc:", exc[0].__name__ if exc[0] else None)
def reader(name, lines):
    with Tracker(name):
        for line in lines:
            yield line
r = reader("file1", ["a", "b", "c"])
print(next(r), Tracker.active)
print(list(r), Tracker.active)
r2 = reader("file2", ["x", "y"])
print(next(r2), Tracker.active)
r2.close()
print(Tracker.active)
def first_match(pred):
    with Tracker("search"):
        for v in range(100):
            if pred(v):
                return v
print(first_match(lambda v: v * v > 50), Tracker.active)
r3 = reader("file3", [1, 2])
next(r3)
try:
    r3.throw(KeyError("injected"))
except KeyError as e:
    print("KeyError:", e, Tracker.active)
