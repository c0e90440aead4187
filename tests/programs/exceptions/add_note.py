# add_note and __notes__ (PEP 678).
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
def process(items):
    for i, it in enumerate(items):
        try:
            int(it)
        except ValueError as err:
            err.add_note(f"while processing item {i}: {it!r}")
            raise
try:
    process(["1", "2", "three"])
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
e3 = Exception()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print("TypeError:", err)
g = ExceptionGroup("group", [ValueError(1)])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__dict__ if hasattr(g.exceptions[0], "__dict__") else None)
