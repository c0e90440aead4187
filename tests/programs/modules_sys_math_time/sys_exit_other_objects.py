# sys.exit with a non-int, non-str object prints its str to stderr, status 1.
import sys
class Status:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return f"Status<{self.text}>"
steps = ["load", "parse", "validate"]
for s in steps:
    print("running", s)
print("done; exiting with an object")
sys.exit(Status("validation failed"))
print("unreachable")
a = 1
b = 2
c = 3
d = 4
e = 5
f = 6
g = 7
h = 8
