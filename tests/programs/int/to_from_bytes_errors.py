# int.to_bytes / int.from_bytes: argument handling and errors, signed and unsigned limits.
for v, args, kw in [(1000, (2, "big"), {}), (-1, (2, "big"), {}), (1, (-1, "big"), {}), (1, (2, "middle"), {}),
                    (128, (1, "big"), {"signed": True}), (-129, (1, "big"), {"signed": True}), (1, (1.5, "big"), {}),
                    (5, (), {"length": 2, "byteorder": "little"}), (5, (), {}), (5, (2, "big", True), {}),
                    (5, (2,), {"byteorder": 5}), (5, (2,), {"foo": 1}), (-1, (-1, "middle"), {}), (0, (0, "big"), {}),
                    (-128, (1, "little"), {"signed": True}), (255, (1,), {}), (256, (1,), {}), (2 ** 64, (9, "little"), {}),
                    (5, (2, "big"), {"length": 3}), (5, (None,), {})]:
    try:
        print(v, args, kw, (v).to_bytes(*args, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(v, args, kw, type(e).__name__ + ":", e)
for args, kw in [(("ab", "big"), {}), (([1, 256], "big"), {}), ((b"\xff",), {"signed": True}), ((5,), {}), ((b"a", "x"), {}),
                 ((b"a",), {"byteorder": 5}), (([1, -1],), {}), ((bytearray(b"ab"),), {}), ((memoryview(b"ab"),), {}),
                 ((iter([1, 2]),), {}), ((b"", "big"), {"signed": True}), ((["a"],), {}), ((), {}),
                 ((b"\x00\x80", "little"), {"signed": True}), ((b"\x01" * 20, "little"), {})]:
    try:
        print(type(args[0]).__name__ if args else "-", kw, int.from_bytes(*args, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(args[0]).__name__ if args else "-", kw, type(e).__name__ + ":", e)
class B(int):
    def __repr__(self):
        return f"B({int(self)})"
print(repr(B.from_bytes(b"\x01\x00", "big")), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
