# Equality ignores order; repr and str; nested and recursive dicts.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == dict(), {1: [1]} == {1: [1]})
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(repr({"k": "v", 1: 2.5, None: (1,), "q'": [b"x"]}), str({}), repr({1: {2: {3: {}}}}))
r = {"name": "loop"}
r["self"] = r
print(r)
print({1: "a"}.__repr__(), dict.__repr__({2: "b"}))
d = dict.fromkeys(range(5))
print(d, len(d), list(d.values()).count(None))
print({True: 1} == {1: 1}, {1: 1.0} == {1.0: 1}, {"a": float("nan")} == {"a": float("nan")})
nan = float("nan")
print({"a": nan} == {"a": nan})
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big) , 500 in big, 1000 in big)
for k in list(big):
    if k % 100:
        del big[k]
print(big)
