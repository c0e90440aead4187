# Strings are sequences of code points, including astral characters.
s = "a😀b𝄞c🇫🇷"
print(len(s), [c for c in s], [hex(ord(c)) for c in s])
print(s[1], s[3], s[-1], s[-2], s[1:4], s[::-1], s[::2])
print(s.index("𝄞"), s.find("c"), s.count("🇫"), "😀" in s, s.upper(), s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2, len(s.encode("utf-32-le")) // 4)
print(chr(0x1F600) == "😀", ord("😀"), "\U0001F600" == "😀", "\N{GRINNING FACE}" == "😀")
print(max("a😀z"), min("😀z"), sorted("z😀a𝄞"), "😀" > "\uffff")
print("😀".center(5, "*"), "😀".ljust(3, "-"), "x".join("😀😀"), "😀a😀".split("a"))
print(repr("😀"), ascii("😀"), ascii("𝄞"), "😀".isprintable(), "𝄞".isalpha(), "𝟙".isdigit())
print([len(x) for x in ["é", "é", "ﬁ", "🇫🇷", "👨‍👩‍👧"]])
print("😀".encode("utf-16"), "😀".encode("utf-16-be"), "😀".encode("utf-32-be"))
b = "😀".encode("utf-8")
print(b, b.decode("utf-8"), b[:2].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore") == "")
try:
    b[:3].decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b, "utf-8"), "😀" * 3, ("😀" * 3).count("😀"), "😀😀".replace("😀", "x"))
print(hash("😀") == hash(chr(0x1F600)), "\ud83d\ude00" == "😀", len("\ud83d\ude00"))
