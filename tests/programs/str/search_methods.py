# find, rfind, index, rindex, count, startswith, endswith with start/end.
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, 5), s.rfind("bra", -5), s.count("a", 2, -2), s.count("", 3, 5), "".count(""))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 6))
for args in [("z",), ("a", 11), ("bra", 2, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("index", args, "ValueError:", e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", args, "ValueError:", e)
print(s.startswith(("x", "ab")), s.endswith(("ra", "zz")), s.startswith("bra", 1), s.endswith("cad", 0, 7))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("a", -1), s.startswith(()))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
print(s.find("a", None, None), s.count("a", None), "aaaa".count("aa"), "aaaa".find("aa", 1))
u = "naïve café 😀 emoji 😀!"
print(u.find("😀"), u.rfind("😀"), u.count("😀"), u.index("é"), len(u))
