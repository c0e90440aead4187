# capitalize, casefold, lower, upper, swapcase, title with ASCII and Unicode.
samples = ["hello world", "HELLO", "mIxEd CaSe", "ß straße", "ǅungla", "ﬁne ﬂow", "İstanbul", "ΣΊΣΥΦΟΣ",
           "o'neil's 3rd-place", "123abc", "", "  leading", "é à ü", "ǈ ǋ", "ŉ"]
for s in samples:
    print(repr(s), "|", s.capitalize(), "|", s.casefold(), "|", s.lower(), "|", s.upper(), "|",
          s.swapcase(), "|", s.title())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "σς".upper())
print("hello".upper().lower() == "hello", "Straße".casefold() == "STRASSE".casefold())
print("they're bill's friends".title(), "a1b2c3".title(), "ABC def".capitalize())
