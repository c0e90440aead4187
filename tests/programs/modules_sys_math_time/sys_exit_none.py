# sys.exit(None) exits with status 0 after running finally blocks.
import sys
def main():
    total = 0
    for i in range(5):
        total += i
        print("step", i, "total", total)
    try:
        print("exiting with None")
        sys.exit(None)
    finally:
        print("finally before exit")
    print("unreachable")
main()
print("also unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
f = 6
