# Raising an exception class without arguments, deep in a loop.
class Empty(Exception):
    """Raised when a queue is empty."""
class Queue:
    def __init__(self):
        self.items = []
    def put(self, v):
        self.items.append(v)
    def get(self):
        if not self.items:
            raise Empty
        return self.items.pop(0)
q = Queue()
for i in range(3):
    q.put(i * i)
while True:
    v = q.get()
    print("got", v)
print("unreachable")
x = 1
y = 2
