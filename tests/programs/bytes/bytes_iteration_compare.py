# Iterating, membership, comparisons and conversions between bytes/str.
data = b"ABCabc123"
print([b for b in data], [chr(b) for b in data], sum(data), max(data), min(data))
print(65 in data, b"Ca" in data, b"" in data, 200 in data, bytearray(b"bc") in data)
try:
    "A" in data
except TypeError as e:
    print("TypeError:", e)
try:
    300 in data
except ValueError as e:
    print("ValueError:", e)
print(sorted(b"banana"), bytes(sorted(b"banana")), b"".join(sorted([b"b", b"a", b"c"])))
print(b"abc" < b"abcd", b"b" > b"abc", bytearray(b"a") < b"b", b"\xff" > b"\x00" * 5)
print(list(map(hex, b"\x00\x10\xff")), [f"{b:08b}" for b in b"\x05\xa0"])
print(data.decode().lower().encode(), str(data), repr(bytearray(data)))
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(c for c in b"h-e-l-l-o" if c != ord("-")))
print(dict(zip(b"ab", b"xy")), set(b"hello") == set(b"helo"), len(set(b"mississippi")))
print(b"a,b;c".replace(b";", b",").split(b","), b" ".join(w.capitalize() for w in b"one two".split()))
