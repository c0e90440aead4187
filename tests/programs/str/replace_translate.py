# replace, maketrans, translate.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""), s.replace("", "-"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "aaa".replace("aa", "x"), "".replace("", "X"))
print("abc".replace("", "|", 2), "hello".replace("l", ""), "😀😀".replace("😀", "🙂", 1))
t = str.maketrans("abc", "xyz")
print(t, "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC", ord("d"): 68})
print(sorted(t2.items()), "abcd".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("a-x-b-y-z".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
class Table:
    def __getitem__(self, k):
        if chr(k).isdigit():
            return "#"
        raise LookupError
print("a1b22c".translate(Table()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({ord("a"): 3.5}), lambda: str.maketrans("a", "b", 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
