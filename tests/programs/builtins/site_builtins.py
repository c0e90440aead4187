# The builtins that site adds: quit/exit raise SystemExit, help/copyright/credits/license are objects.
import sys
print(type(quit).__name__ == type(exit).__name__, callable(quit), callable(exit), callable(help))
print(str(quit), "|", str(exit))
print(type(copyright).__name__, type(credits).__name__, type(license).__name__, callable(license))
for fn, arg in [(quit, None), (quit, 5), (exit, "bye"), (exit, 0)]:
    try:
        if arg is None:
            fn()
        else:
            fn(arg)
    except SystemExit as e:
        print(fn.__class__.__name__ if False else "SystemExit", repr(e.code))
print(sys.stdin.closed)
print("breakpoint is builtin:", callable(breakpoint), breakpoint.__name__)
print("help repr starts with:", repr(help)[:30])
print("done")
a = 1
b = 2
c = 3
d = 4
e = 5
