# Command registry built with decorators.
COMMANDS = {}
def command(name=None, *, aliases=()):
    def deco(fn):
        key = name or fn.__name__
        COMMANDS[key] = fn
        for a in aliases:
            COMMANDS[a] = fn
        return fn
    return deco
@command()
def add(a, b):
    return int(a) + int(b)
@command("mul", aliases=("times", "x"))
def multiply(a, b):
    return int(a) * int(b)
@command(aliases=["echo"])
def say(*words):
    return " ".join(words)
def run(line):
    name, *args = line.split()
    fn = COMMANDS.get(name)
    if fn is None:
        return f"unknown command: {name}"
    try:
        return fn(*args)
    except TypeError as e:
        return f"bad arguments: {e}"
    except ValueError as e:
        return f"bad value: {e}"
for line in ["add 2 3", "mul 4 5", "times 6 7", "x 2 2", "echo hi there", "say", "add 1",
             "add one two", "div 1 2"]:
    print(f"{line!r:16} -> {run(line)}")
print(sorted(COMMANDS))
