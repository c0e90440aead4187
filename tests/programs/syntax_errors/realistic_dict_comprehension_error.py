words = ["apple", "bob", "kayak"]
lengths = {w: len(w) for w in words if w == w[::-1}
print(lengths)
