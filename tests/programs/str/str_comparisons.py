# Comparison and ordering of strings by code point.
words = ["banana", "Apple", "apple", "cherry", "Banana", "äpfel", "zebra", "Zebra", "", "a", "aa", "ab", "á"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold), sorted(words, key=len))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < "a", "é" > "z")
print("abc" == "abc", "a" * 3 == "aaa", "ß" == "ss", "ß".casefold() == "ss")
print(max(words), min(words), max(words, key=len), min(w for w in words if w))
print("10" < "9", sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted(["a10", "a2", "a1"]), "e\u0301" == "é", len("e\u0301"), len("é"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print(("a", 1) < ("a", 2), ["b"] > ["a", "z"], "abc".__lt__("abd"), "a".__eq__(1))
print(sorted(set("mississippi")), "".join(sorted("hello", reverse=True)))
