# Errors from builtin method calls deep in a call stack.
def normalise(word):
    return word.strip().lower()
def count_words(text):
    counts = {}
    for w in text.split():
        w = normalise(w)
        counts[w] = counts.get(w, 0) + 1
    return counts
docs = ["The cat sat", "the CAT ran", "a dog sat"]
merged = {}
for d in docs:
    for k, v in count_words(d).items():
        merged[k] = merged.get(k, 0) + v
print(sorted(merged.items()))
docs.append(None)
for d in docs[3:]:
    print(count_words(d))
x = 1
y = 2
z = 3
