# Text statistics: sentences, words, letters, bigrams, readability.
TEXT = """Python is a high-level, general-purpose programming language. Its design philosophy
emphasizes code readability with the use of significant indentation. Python is dynamically
typed and garbage-collected. It supports multiple programming paradigms, including structured,
object-oriented and functional programming. It is often described as a "batteries included"
language due to its comprehensive standard library! Does it have flaws? Certainly."""
sentences = [s.strip() for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip('.,!?"').lower() for w in TEXT.split()]
words = [w for w in words if w]
print("sentences:", len(sentences), "words:", len(words), "chars:", len(TEXT))
print("avg words/sentence:", round(len(words) / len(sentences), 2))
print("avg word length:", round(sum(map(len, words)) / len(words), 3))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("top words:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
for ch, n in sorted(letters.items(), key=lambda kv: -kv[1])[:5]:
    print(f"{ch}: {n:3} {n / total_letters:6.2%} {'*' * (n // 4)}")
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("repeated bigrams:", sorted(k for k, v in bigrams.items() if v > 1))
def syllables(w):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in w:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if w.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
syl = sum(syllables(w) for w in words)
fk = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (syl / len(words))
print("syllables:", syl, "flesch:", round(fk, 1))
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:4])
print("hyphenated:", [w for w in words if "-" in w])
