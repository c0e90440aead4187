# String operations that must not depend on identity: equality, hashing, dict keys.
a = "hello world"
b = "hello " + "world"
c = "".join(["hello", " ", "world"])
print(a == b == c, hash(a) == hash(b) == hash(c))
d = {a: 1}
print(d[b], d[c], c in d, {a, b, c} == {a})
import sys
e = sys.intern("".join(["inter", "ned"]))
f = sys.intern("interned")
print(e == f, e is f)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print("abc".__eq__("".join(["a", "bc"])), "x" * 3 == "xxx", ("x" * 3).__hash__() == hash("xxx"))
keys = ["k" + str(i) for i in range(5)]
table = dict.fromkeys(keys, 0)
for i in range(5):
    table["k" + str(i)] += i
print(table)
