# str() constructor, multiplication, membership, iteration and len.
print(str(), str(123), str(-1.5), str(None), str([1, "a"]), str(b"x"), str(b"x", "ascii"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"hi"), encoding="ascii"))
print(str(object=5), str(1e100), str(2 ** 100), str((1,)), str({1}), str({}))
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"x", errors=5)
except TypeError as e:
    print("TypeError:", e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
print("b" in "abc", "" in "", "abc" in "ab", "ab" not in "xaby")
print(len(""), len("a"), len("é"), len("😀"), len("\n"), len("a" * 1000))
for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch))
class S(str):
    pass
s = S("sub")
print(type(s + "x").__name__, type(s * 2).__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__)
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"), "a".__mul__(3))
print("%s" % S("x"), str.__str__(S("y")), "abc".__hash__() == hash("abc"))
