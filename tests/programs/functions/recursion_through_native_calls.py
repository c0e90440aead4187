# Recursion through Python code that native code calls (a property, __repr__, __eq__, a key function,
# functools.lru_cache) goes as deep as CPython's at the default limit, and past it is a RecursionError
# (needs bin/typhon's 4 MB JS stack: V8's default 1 MB ran out first).
import functools


class Node:
    def __init__(self, v, nxt):
        self.v, self.nxt = v, nxt

    def __repr__(self):
        return f"{self.v}->{self.nxt!r}"

    def __eq__(self, o):
        return self.v == o.v and self.nxt == o.nxt

    __hash__ = None

    @property
    def length(self):
        return 1 + (self.nxt.length if self.nxt else 0)


def chain(n):
    x = None
    for i in range(n):
        x = Node(i, x)
    return x


print(chain(900).length)
print(len(repr(chain(450))))
print(chain(450) == chain(450))


@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(450))


def nested_sort(n):
    return 0 if n == 0 else sorted([n], key=lambda m: nested_sort(m - 1))[0]


print(nested_sort(300))

for label, fn in [("property", lambda: chain(3000).length), ("repr", lambda: repr(chain(3000))),
                  ("eq", lambda: chain(3000) == chain(3000))]:
    try:
        fn()
    except RecursionError as e:
        print(label, "RecursionError:", e)
# CPython counts two levels per cached call ('... while calling a Python object'), Typhon one.
try:
    depth(5000)
except RecursionError:
    print("lru RecursionError")
