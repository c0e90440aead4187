# An LRU cache implemented with a dict and a doubly linked list.
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        n = self.map.get(key)
        if n:
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return None
        n = _Node(key, value)
        self.map[key] = n
        self._push_front(n)
        if len(self.map) > self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            return old.key
        return None
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
cache = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "put a 10", "get a", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        evicted = cache.put(parts[1], int(parts[2]))
        print(op.ljust(9), "evicted:", evicted, cache.keys())
    else:
        print(op.ljust(9), "->", cache.get(parts[1]), cache.keys())
print("hits", cache.hits, "misses", cache.misses)
def lru_cached(capacity):
    def deco(fn):
        c = LRU(capacity)
        def wrapper(n):
            v = c.get(n)
            if v is None:
                v = fn(n)
                c.put(n, v)
            return v
        wrapper.cache = c
        return wrapper
    return deco
@lru_cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache.keys()))
