# Recursive generators: trees, permutations, subsets.
class Node:
    def __init__(self, val, *children):
        self.val = val
        self.children = children
def preorder(n):
    yield n.val
    for c in n.children:
        yield from preorder(c)
def postorder(n):
    for c in n.children:
        yield from postorder(c)
    yield n.val
def leaves_with_path(n, path=()):
    path = path + (n.val,)
    if not n.children:
        yield "/".join(path)
    for c in n.children:
        yield from leaves_with_path(c, path)
tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1", Node("b11"))), Node("c"))
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(leaves_with_path(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3, "A", "B", "C")))
