# __missing__, setdefault and get idioms for counting and grouping.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(c, c.most_common(2), c["missing"], "missing" in c)
class AutoDict(dict):
    def __missing__(self, key):
        value = self[key] = AutoDict()
        return value
tree = AutoDict()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
groups = {}
for n in range(15):
    groups.setdefault(n % 4, []).append(n)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
class Loud(dict):
    def __missing__(self, key):
        print("missing", key)
        return None
l = Loud(a=1)
print(l["a"], l["b"], l.get("c"), "c" in l)
class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError:", e)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
