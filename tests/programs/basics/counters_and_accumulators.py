# Accumulation patterns with dicts and lists.
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, n)
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, []).append(1)
print(sorted((k, len(v)) for k, v in letters.items())[:6])
running = []
acc = 0
for v in [5, -2, 7, 0, 3]:
    acc += v
    running.append(acc)
print(running)
groups = {}
for n in range(1, 16):
    key = "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else "num"
    groups.setdefault(key, []).append(n)
print(groups)
mx = None
for v in [3, 9, 2, 9, 1]:
    if mx is None or v > mx:
        mx = v
print(mx)
hist = [0] * 5
for v in [0, 1, 1, 3, 4, 4, 4]:
    hist[v] += 1
print(hist, "".join("#" * h + "|" for h in hist))
