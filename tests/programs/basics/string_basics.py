# Everyday string handling.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::-1], s[::2], len(s))
print(s.lower(), s.upper(), s.swapcase(), s.title())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.replace("l", "L"), s.replace("l", "L", 1))
print(s.split(", "), "a b  c".split(), "x,y,,z".split(","))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "World" in s)
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace(), "Ab".istitle())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words), key=words.index))
print({w: len(w) for w in words})
print(max(words, key=len), min(words, key=len))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "attack at dawn")
print(caesar)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    print(s[100])
except IndexError as e:
    print("IndexError:", e)
print(s[100:], s[-100:3])
