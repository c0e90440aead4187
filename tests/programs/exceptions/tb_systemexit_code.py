# sys.exit with an integer status; finally blocks still run.
import sys
def process(items):
    done = 0
    for it in items:
        if it == "stop":
            print("stop requested after", done, "items")
            sys.exit(3)
        print("processing", it)
        done += 1
    return done
try:
    process(["a", "b", "stop", "c"])
finally:
    print("cleanup in finally")
print("unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
f = 6
g = 7
h = 8
