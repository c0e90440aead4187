# The subject is evaluated once; patterns are tried in order; bindings leak on failure.
calls = []
def subject():
    calls.append("subject")
    return [1, 2, 3]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3]:
        print("third case matched")
print(calls)
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print("len called")
        return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
import sys
match (1, 2, 3):
    case (a, b, c, d):
        print("no")
    case (a, b, c):
        print("three", a, b, c)
match {"k": [1, {"deep": "v"}]}:
    case {"k": [_, {"deep": str() as s}]}:
        print("deep value", s)
x = 5
match 1:
    case x if x > 3:
        print("no")
    case _:
        print("x was rebound by the failed case:", x)
match "abc":
    case "a" | "abc" as m:
        print("or + as:", m)
