# Module-level names are looked up at call time.
def show():
    return later_defined * 2
later_defined = 21
print(show())
later_defined = "ab"
print(show())
def make():
    return [helper(i) for i in range(3)]
def helper(i):
    return i * 10
print(make())
def helper(i):
    return -i
print(make())
CONFIG = {"debug": False}
def debug(msg):
    if CONFIG["debug"]:
        print("DEBUG", msg)
    return CONFIG["debug"]
print(debug("one"))
CONFIG["debug"] = True
print(debug("two"))
def counter():
    global COUNT
    try:
        COUNT += 1
    except NameError:
        COUNT = 0
    return COUNT
print(counter(), counter(), counter())
print(sorted(k for k in globals() if not k.startswith("__")))
