# Subclassing list, dict, str, int.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s + [5]).__name__, type(s[1:]).__name__)
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("zz"), "zz" in dd)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"])
class CIStr(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
print(CIStr("Hello") == "HELLO", CIStr("a") in ["A"], "A" == CIStr("a"))
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
t = Celsius(21.5)
print(repr(t), t + 1, type(t * 2).__name__)
class Flags(int):
    def __or__(self, o):
        return Flags(int(self) | int(o))
    def __repr__(self):
        return f"Flags({int(self):#b})"
print(Flags(1) | Flags(4), Flags(2) | 1, 1 | Flags(2))
class Tuple3(tuple):
    pass
print(Tuple3((1, 2)) + (3,), type(Tuple3((1,)) * 2).__name__)
