# The is* predicates over a spread of characters.
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "", " ", "\t\n", "a b", "_id", "1id",
           "if", "café", "ß", "ǅ", "\x00", "\x7f", "é", "😀", "\u00a0", "Hello World", "HELLO WORLD", "x²",
           "ℕ", "𝟙", "ｆｕｌｌ", "\u2028"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
print("sample".ljust(14), " ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(14), " ".join(("T" if getattr(s, n)() else ".").center(4) for n in names))
print("".isidentifier(), "ab cd".isidentifier(), "λx".isidentifier(), "x1_".isidentifier(), "℘".isidentifier())
