# Indexing and slicing of strings.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[2:5], s[:5], s[7:], s[-6:-1], s[:], s[::1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), repr(s[3:3]), s[-100:100])
print(s[slice(1, 4)], s[slice(None, None, 3)], s[slice(-3, None)])
for i in [13, -14, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1:"2"]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False:True + 2], s[2 ** 70:], s[-2 ** 70:3])
word = "racecar"
print(word == word[::-1], "level"[::-1], "".join(reversed("abc")))
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(list(enumerate("abc")), list("abc"), tuple("ab"), [c * 2 for c in "xyz"])
