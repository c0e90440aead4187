# lower/upper/title/capitalize/swapcase/casefold: full Unicode case mappings (SpecialCasing), final sigma.
WORDS = ["straße", "ß", "ŉ", "ǅǆǄ", "ǰ", "İstanbul", "ﬁne ﬂow", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ.", "Σ", "aΣ", "aΣb", "a\u0301Σ", "a'Σ'",
         "ΐ", "ᾳ", "ᾼ", "ﬀ", "ﬃ", "Ꭰᏸ", "𐐀𐐨", "𝔄", "ǈ", "ǉ", "Ⅻ", "ⓐⒶ", "µ", "ÿŸ", "ı", "K", "Å", "ẞ", "hello WORLD", "",
         "they're bill's friends", "3rd ᴀʙᴄ", "\u0345", "ʼn", "ΣΣ ΣΣ", "ΣaΣ aΣa", "a\u0345Σ", "123abc", "ǳ", "ꭰ", "Ᲊ"]
for w in WORDS:
    print(repr(w), "|", w.lower(), "|", w.upper(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print([len(c.upper()) for c in "ßﬁŉǰΐ"])
print("ΑΣ ΑΣ".lower(), "ΑΣ1".lower(), "Α1Σ".lower(), "ΑΣ\u0301".lower(), "ΑΣ\u0301a".lower())
for name in ["lower", "upper", "title", "capitalize", "swapcase", "casefold"]:
    for args in [(1,), ()]:
        try:
            print(getattr("x", name)(*args))
        except TypeError as e:
            print("TypeError:", e)
try:
    str.lower(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
print(type(S("Ab").lower()).__name__, type(S("ab").title()).__name__, S("xY").swapcase())
