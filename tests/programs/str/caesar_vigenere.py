# Classic ciphers built from ord/chr and string methods.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[ki % len(key)].lower()) - 97
            k = -k if decrypt else k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet me by the old Oak tree, 10pm."
for s in (1, 3, 13, 25, -3):
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
enc = vigenere(msg, "LEMON")
print(enc)
print(vigenere(enc, "LEMON", decrypt=True))
def freq_crack(cipher):
    best = None
    for s in range(26):
        cand = caesar(cipher, -s)
        score = sum(cand.lower().count(c) for c in "etaoin")
        if best is None or score > best[0]:
            best = (score, s, cand)
    return best[1], best[2]
print(freq_crack(caesar("the quick brown fox jumps over the lazy dog near the riverbank", 7)))
def atbash(t):
    return t.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"))
print(atbash("wizard"), atbash(atbash("hello")))
