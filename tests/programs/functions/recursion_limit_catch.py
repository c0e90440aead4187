# Deep recursion raises RecursionError, which can be caught.
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    countdown(500)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(old)
print(countdown(800))
class Node:
    def __init__(self, nxt=None): self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(300):
    head = Node(head)
print(head.length())
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))
print("still alive")
