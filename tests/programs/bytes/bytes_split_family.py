# split/rsplit/partition/rpartition/splitlines on bytes and bytearray.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
for data in [b"", b"   ", b" a  b\tc\n", b"a,b,,c,", b"\x00a\x00"]:
    print(repr(data), data.split(), data.rsplit(), data.split(maxsplit=1), data.rsplit(None, 1), data.split(b","), data.rsplit(b",", 2))
print(b"a b c d".split(None, 0), b"a b c d".rsplit(None, 0), b"  a b  ".split(None, 1), b"  a b  ".rsplit(None, 1))
print(b"1<>2<>3".split(b"<>"), b"1<>2<>3".rsplit(b"<>", 1), b"xx".split(b"x"), bytearray(b"a-b").split(b"-"))
print(b"abc".split(sep=b"b", maxsplit=0), b"a\x85b\xa0c".split(), type(bytearray(b"a b").split()[0]).__name__)
show("split str", lambda: b"abc".split("b"))
show("split empty", lambda: b"abc".split(b""))
show("rsplit empty", lambda: b"abc".rsplit(b""))
show("split bad kw", lambda: b"abc".split(x=1))
show("split too many", lambda: b"abc".split(b"a", 1, 2))
show("split maxsplit str", lambda: b"abc".split(maxsplit="1"))
show("split memoryview sep", lambda: b"a1b1c".split(memoryview(b"1")))
for sep in [b"=", b"==", b"x"]:
    print(b"k=v=w".partition(sep), b"k=v=w".rpartition(sep), bytearray(b"k=v").partition(sep))
show("partition empty", lambda: b"abc".partition(b""))
show("partition str", lambda: b"abc".partition("a"))
show("partition none", lambda: b"abc".partition())
show("rpartition int", lambda: b"abc".rpartition(98))
for data in [b"", b"a", b"a\n", b"a\r\nb\rc\n\nd", b"\r\r\n\n", b"x\x0by\x0cz\x1cw"]:
    print(repr(data), data.splitlines(), data.splitlines(True), data.splitlines(keepends=False))
show("splitlines float", lambda: b"a".splitlines(1.5))
show("splitlines two", lambda: b"a".splitlines(1, 2))
print(bytearray(b"p\nq").splitlines(), b"a\nb".splitlines(keepends=2))
