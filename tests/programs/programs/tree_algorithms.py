# Binary search tree: insert, delete, traversals, height, balance check.
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        def ins(n):
            if n is None:
                self.size += 1
                return Node(key)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            return n
        self.root = ins(self.root)
    def delete(self, key):
        def dele(n, key):
            if n is None:
                return None
            if key < n.key:
                n.left = dele(n.left, key)
            elif key > n.key:
                n.right = dele(n.right, key)
            else:
                if n.left is None:
                    self.size -= 1
                    return n.right
                if n.right is None:
                    self.size -= 1
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right = dele(n.right, succ.key)
            return n
        self.root = dele(self.root, key)
    def inorder(self):
        out, stack, n = [], [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            out.append(n.key)
            n = n.right
        return out
    def preorder(self, n="root"):
        n = self.root if n == "root" else n
        return [] if n is None else [n.key] + self.preorder(n.left) + self.preorder(n.right)
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.size, t.inorder(), t.preorder(), t.height())
print(t.levels())
print(45 in t, 46 in t)
for k in [20, 30, 50, 99]:
    t.delete(k)
    print("after deleting", k, t.inorder(), t.levels(), t.size)
skew = BST()
for k in range(1, 30):
    skew.insert(k)
print("skewed height:", skew.height())
def build_balanced(keys):
    b = BST()
    def rec(lo, hi):
        if lo > hi:
            return
        mid = (lo + hi) // 2
        b.insert(keys[mid])
        rec(lo, mid - 1)
        rec(mid + 1, hi)
    rec(0, len(keys) - 1)
    return b
bal = build_balanced(list(range(1, 30)))
print("balanced height:", bal.height(), bal.levels()[:3])
