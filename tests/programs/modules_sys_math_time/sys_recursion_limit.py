# setrecursionlimit / getrecursionlimit and RecursionError recovery.
import sys
def depth(n):
    return n if n == 0 else depth(n - 1)
print(sys.getrecursionlimit())
print(depth(900))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth(1800))
sys.setrecursionlimit(60)
try:
    depth(100)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
def count_calls(n, acc):
    acc[0] += 1
    count_calls(n + 1, acc)
acc = [0]
try:
    count_calls(0, acc)
except RecursionError:
    print("stopped after roughly", round(acc[0], -2), "calls")
def recover():
    try:
        return recover()
    except RecursionError:
        return "recovered deep inside"
print(recover())
print(depth(500), sys.getrecursionlimit())
