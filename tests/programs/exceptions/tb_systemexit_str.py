# sys.exit with a string prints it to stderr and exits with status 1.
import sys
def check_args(args):
    if len(args) < 3:
        return "usage: prog SOURCE DEST"
    return None
print("argv has", len(sys.argv), "entries")
print("script name ends with .py:", sys.argv[0].endswith(".py"))
error = check_args(sys.argv)
if error:
    print("about to exit")
    sys.stdout.flush()
    sys.exit(error)
print("unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
f = 6
g = 7
