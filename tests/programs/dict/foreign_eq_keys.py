# A key with its own __eq__ and the hash of a str or int key finds that key, in dicts and sets, as in
# CPython: the stored key's __eq__ declines (NotImplemented) and the reflected one answers.
class QName:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other
    def __repr__(self):
        return f"QName({self.text!r})"

d = {"{uri}tag": 5, "other": 6}
print(d.get(QName("{uri}tag")), QName("{uri}tag") in d, d[QName("other")])
d[QName("other")] = 7
print(d)                      # the str key stays, its value changes
del d[QName("{uri}tag")]
print(d)
print(d.pop(QName("other")), d)

class One:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        print("  One.__eq__", repr(other))
        return other == 1

print({1: "int"}.get(One()), {1.0: "float"}.get(One()), {True: "bool"}.get(One()))
print({2: "two"}.get(One()))  # another hash: __eq__ is never asked

s = {"x", "y"}
print(QName("x") in s, QName("z") in s)
s.discard(QName("y"))
print(sorted(s))
print(QName("x") in frozenset(["x"]))

# Keys without an __eq__ of their own never match a str, whatever their hash.
class Plain:
    def __hash__(self):
        return hash("abc")
print(Plain() in {"abc": 1}, Plain() in {"abc"})

# The dict changes between two lookups: the index of str keys follows it.
d = {}
for name in ["a", "b", "c"]:
    d[name] = name.upper()
    print(d.get(QName(name)), d.get(QName("c")))

# An __eq__ that raises propagates.
class Bad:
    def __hash__(self):
        return hash("k")
    def __eq__(self, other):
        raise ValueError("no comparing")
try:
    {"k": 1}[Bad()]
except ValueError as e:
    print("ValueError:", e)
