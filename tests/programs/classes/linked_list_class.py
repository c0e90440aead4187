# A linked list class implementing the sequence protocol.
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self): return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def __contains__(self, v):
        print("(custom contains)")
        return any(x == v for x in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], "c" in ll, "z" in ll)
print(list(reversed(ll)), sorted(ll, reverse=True), ll == LinkedList("abcde"))
ll.reverse()
print(ll, ll[::2])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(list(enumerate(ll)), "".join(ll), max(ll))
