# contextlib: contextmanager, suppress, redirect_stdout/stderr, ExitStack, closing, nullcontext.
import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    sys.stdout.write("more\n")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("body")
class Res:
    def close(self):
        print("closed Res")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(42) as v:
    print(v)
@contextlib.contextmanager
def broken():
    yield 1
    yield 2
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
@tag("deco")
def decorated():
    print("decorated body")
decorated()
with contextlib.chdir("/"):
    import os
    print(os.getcwd())
