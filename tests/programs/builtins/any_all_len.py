# any(), all() and len() across many types.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all("abc"))
print(any({0: "a"}), any({1: ""}), all({}), any(iter([0, 0, 1])), all(range(1, 5)), all(range(0, 5)))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(v) for v in [1, 2, 0, 4]), calls)
class T:
    def __bool__(self):
        raise ValueError("no truth value")
try:
    any([T()])
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: any(5), lambda: all(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for obj in ["", "abc", "😀", [], [1, [2, 3]], (1,), {}, {"a": 1}, set(), {1, 2}, frozenset([1]), range(10),
            range(0, 100, 7), b"xyz", bytearray(5), memoryview(b"ab"), {}.keys(), {"k": 1}.items()]:
    print(type(obj).__name__, len(obj))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in [5, 1.5, None, iter([]), (x for x in "")]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
