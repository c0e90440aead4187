# strip, lstrip, rstrip, center, ljust, rjust, zfill, expandtabs, removeprefix/suffix.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."), "abc".strip(""))
print(repr("\u3000\u2000 unicode spaces \x85".strip()), repr("abc".strip(None)))
for w in [0, 3, 7, 8]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "0")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("a".center(4)), repr("abc".center(6)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
for v in ["42", "-42", "+42", "", "abc", "-", "3.14", "0000"]:
    print(repr(v), repr(v.zfill(6)), repr(v.zfill(1)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("12345\t6".expandtabs(4)),
      repr("\t".expandtabs(0)), repr("a\nb\tc".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "name.py".removesuffix(".py"),
      "name.py".removesuffix(""), "aaa".removeprefix("a"), "".removesuffix("x"))
print("😀x😀".strip("😀"), "😀".center(5, "·"), "é".rjust(3, "✓"))
