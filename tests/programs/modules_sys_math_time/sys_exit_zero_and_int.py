# sys.exit(0) from inside nested calls; output so far is flushed.
import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative found:", v)
            return False
    return True
def run():
    data = [3, 1, 4]
    print("checking", data)
    if check(data):
        print("all non-negative, exiting 0")
        sys.exit(0)
    print("unreachable")
try:
    run()
except SystemExit as e:
    print("intercepted SystemExit with code", e.code, "- re-raising")
    raise
print("unreachable")
x = 1
y = 2
z = 3
w = 4
