# sys.exit with a non-zero integer status code.
import sys
errors = []
for item in ["ok", "ok", "bad", "ok", "bad"]:
    if item == "bad":
        errors.append(item)
    print("checked", item)
print(len(errors), "errors")
if errors:
    sys.stdout.write("exiting with status %d\n" % (40 + len(errors)))
    sys.exit(40 + len(errors))
print("unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
f = 6
g = 7
h = 8
i = 9
