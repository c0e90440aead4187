# print(): sep, end, file, flush, and odd arguments.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep="|")
print("no newline", end="")
print(" continued")
print(sep="x", end="only end\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("x", sep=None, end=None)
print(*range(5), sep=", ")
print(*[], sep="never shown", end="empty star\n")
class W:
    def __init__(self): self.chunks = []
    def write(self, s): self.chunks.append(s)
w = W()
print("into", "writer", sep="_", end="!", file=w)
print(w.chunks)
print("file=None goes to stdout", file=None)
class S:
    def __str__(self): return "custom __str__"
print(S(), "é", "😀", b"bytes", 1e100, -0.0)
for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(flush="maybe") if False else dict(file="str")]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
sys.stdout.write("direct write\n")
print(sys.stdout.write("returns count\n"))
