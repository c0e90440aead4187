# sys.exit raised deep in a call chain unwinds through handlers that do not catch it.
import sys
def level3(code):
    print("level3 exiting with", code)
    sys.exit(code)
def level2(code):
    try:
        level3(code)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("level2 finally")
def level1(code):
    try:
        level2(code)
    except ValueError:
        print("never")
print("argv:", sys.argv)
try:
    level1(0)
except SystemExit as e:
    print("caught at top:", repr(e.code))
level1(7)
print("unreachable")
a = 1
b = 2
