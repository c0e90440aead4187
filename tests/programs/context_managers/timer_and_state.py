# Context managers that save and restore state.
class Settings:
    values = {"precision": 2, "verbose": False}
class override:
    def __init__(self, **changes):
        self.changes = changes
    def __enter__(self):
        self.saved = {k: Settings.values[k] for k in self.changes}
        Settings.values.update(self.changes)
        return Settings.values
    def __exit__(self, *exc):
        Settings.values.update(self.saved)
        return False
def fmt(x):
    return f"{x:.{Settings.values['precision']}f}"
print(fmt(3.14159))
with override(precision=4) as v:
    print(fmt(3.14159), v["precision"])
    with override(precision=0, verbose=True):
        print(fmt(3.14159), Settings.values["verbose"])
    print(fmt(3.14159), Settings.values["verbose"])
print(fmt(3.14159), Settings.values)
try:
    with override(precision=6):
        print(fmt(2.5))
        raise RuntimeError("failure restores settings")
except RuntimeError as e:
    print(e, Settings.values)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
with Indenter() as ind:
    ind.print("level 1")
    with ind:
        ind.print("level 2")
        with ind:
            ind.print("level 3")
    ind.print("back to 1")
