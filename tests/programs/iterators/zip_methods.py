# zip: shortest wins, strict mode errors, unzip idiom.
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
print(list(zip(range(3), range(10, 20), "xyz")))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z), list(z))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, nums = zip(*pairs)
print(letters, nums)
print(dict(zip("abc", range(3))))
print(list(zip("ab", "cd", strict=True)))
for a, b in [("abc", "de"), ("ab", "cde"), ("", "x")]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip("a", "bc", "d", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "cd", "e", strict=True))
except ValueError as e:
    print("ValueError:", e)
consumed = []
def gen(tag, n):
    for i in range(n):
        consumed.append(f"{tag}{i}")
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), consumed)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(9))
print(list(zip(it, it, it)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
