# dict views behave like sets for keys and items; values views do not.
inventory = {"apples": 3, "pears": 0, "plums": 7, "kiwis": 2}
wanted = {"pears": 1, "plums": 7, "figs": 4}
print(sorted(inventory.keys() & wanted.keys()), sorted(inventory.keys() | wanted), sorted(wanted.keys() - inventory.keys()))
print(sorted(inventory.items() & wanted.items()), sorted(inventory.keys() ^ wanted.keys()))
print(inventory.keys() >= {"apples"}, inventory.keys() <= {"apples"}, inventory.keys() == inventory.keys())
print(inventory.items() > {("plums", 7)}, {"plums": 7}.items() < inventory.items())
print(len(inventory.keys()), len(inventory.values()), len(inventory.items()), "kiwis" in inventory.keys())
print(7 in inventory.values(), ("pears", 0) in inventory.items(), ["pears", 0] in inventory.items() if False else "list not hashable")
try:
    {"a": [1]}.items() & {("a", [1])}
except TypeError as e:
    print("TypeError:", e)
ks = inventory.keys()
inventory["mangos"] = 9
del inventory["apples"]
print(list(ks), sorted(ks - {"pears"}), isinstance(ks & set(), set))
vs = inventory.values()
print(sorted(vs), sum(vs), max(vs), list(reversed(vs)))
print(dict(zip(inventory.values(), inventory.keys())), {k for k, v in inventory.items() if v} == {"plums", "kiwis", "mangos"})
