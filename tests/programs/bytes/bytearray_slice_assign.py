# bytearray item/slice assignment and deletion, in place, with every step and error.
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def assign(k, v):
    ba = bytearray(b"0123456789")
    ba[k] = v
    return ba
def delete(k):
    ba = bytearray(b"0123456789")
    del ba[k]
    return ba
for k, v in [(0, 65), (-1, 66), (slice(2, 5), b"xy"), (slice(2, 5), b""), (slice(2, 2), b"ins"), (slice(8, 100), b"END"),
             (slice(None, None, 2), b"abcde"), (slice(None, None, -3), b"wxyz"), (slice(1, 6, 2), [1, 2, 3]), (slice(5, 1, -1), b"abcd"),
             (slice(-3, None), bytearray(b"ba")), (slice(0, 3), memoryview(b"mv")), (slice(0, 3), (x for x in b"gen")), (slice(7, 3), b"?"),
             (slice(0, 10), b""), (slice(3, 6), range(65, 70)), (True, 1)]:
    show(f"set {k!r} = {type(v).__name__}", lambda: assign(k, v))
for k in [0, -1, 5, slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(1, 8, 3), slice(5, 2), slice(None), slice(-2, None, -4)]:
    show(f"del {k!r}", lambda: delete(k))
show("set 10", lambda: assign(10, 1))
show("set -11", lambda: assign(-11, 1))
show("set 256", lambda: assign(0, 256))
show("set -1 value", lambda: assign(0, -1))
show("set bytes item", lambda: assign(0, b"x"))
show("set str item", lambda: assign(0, "x"))
show("set float item", lambda: assign(0, 1.0))
show("set str key", lambda: assign("a", 1))
show("set slice int", lambda: assign(slice(0, 1), 5))
show("set slice str", lambda: assign(slice(0, 1), "ab"))
show("set slice bad list", lambda: assign(slice(0, 1), [1, 300]))
show("set slice bad items", lambda: assign(slice(0, 1), ["a"]))
show("set ext slice size", lambda: assign(slice(0, 10, 2), b"abc"))
show("set ext slice empty", lambda: assign(slice(0, 10, 2), b""))
show("set slice step 0", lambda: assign(slice(0, 10, 0), b""))
show("del 10", lambda: delete(10))
show("del str", lambda: delete("x"))
ba = bytearray(b"abcdef")
same = ba
ba[1:3] = ba
print(ba, same is ba)
ba[::2] = ba[1::2]
print(ba)
ba += b"+"
ba += bytearray(b"=")
ba += memoryview(b"~")
print(ba, same is ba)
ba *= 2
print(ba, same is ba)
ba *= 0
print(ba, same is ba, len(ba))
show("iadd str", lambda: bytearray().__iadd__("x"))
show("iadd int", lambda: bytearray().__iadd__(1))
show("imul str", lambda: bytearray().__imul__("x"))
x = bytearray(b"ab")
x *= -1
print(x)
