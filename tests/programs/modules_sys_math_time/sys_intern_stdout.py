# sys.intern, sys.stdout/stderr objects, and writing to them.
import sys
a = sys.intern("hello" + str(1))
b = sys.intern("hello1")
print(a is b, a == b, sys.intern(a) is a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.writable(), sys.stdout.name, sys.stderr.name, sys.stdin.name)
sys.stderr.write("to stderr directly\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.line_buffering in (True, False))
old = sys.stdout
class Upper:
    def write(self, s):
        return old.write(s.upper())
    def flush(self):
        pass
sys.stdout = Upper()
print("this line is shouted")
sys.stdout = old
print("back to normal")
print(sys.argv[0], sys.orig_argv[-1] if hasattr(sys, "orig_argv") else None)
