# hmac.compare_digest / _operator._compare_digest: str subclasses compare as ASCII str, the buffer protocol
# otherwise, with CPython's messages.
import hmac, _operator as operator
class mystr(str):
    def __eq__(self, other): return False
a, b = mystr("foobar"), mystr("foobar")
print(hmac.compare_digest(a, b), operator._compare_digest(a, "foobar"))
for x, y in [("a", b"a"), ("\u00e9", "\u00e9"), ("\U0001f600", "a"), ([1], b"x"), (b"x", 2.0), (bytearray(b"x"), b"x"), (memoryview(b"xy"), b"xy"), (1, 1)]:
    try:
        print(hmac.compare_digest(x, y))
    except TypeError as e:
        print("TE", e)
