# input() reads sys.stdin and writes its prompt to sys.stdout whatever they are: a stdout without flush(), or
# whose flush() fails, is fine (builtin_input_impl ignores that error); its arguments are checked as CPython's.
import io, sys
class BitBucket:
    def write(self, s): pass
saved = sys.stdout
sys.stdout = BitBucket()
sys.stdin = io.StringIO("first\nsecond\n")
a = input("prompt> ")
b = input()
sys.stdout = saved
print(a, b)
try:
    input(42, 42)
except TypeError as e:
    print("TypeError:", e)
class Noisy:
    def write(self, s): saved.write("[" + s + "]")
    def flush(self): raise OSError("flush failed")
sys.stdout = Noisy()
sys.stdin = io.StringIO("third\n")
c = input("p: ")
sys.stdout = saved
print(c)
try:
    input(prompt="x")
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb), tb.__dir__())
