# is* predicates on Unicode 14 data: digits of many scripts, numerics, letters, marks, spaces.
CHARS = ["a", "Z", "5", "٣", "۵", "߃", "३", "௫", "๓", "༣", "၅", "៣", "᠓", "０", "𝟙", "𝟡", "²", "¹", "₃", "①", "⑴", "⒈", "½", "⅓", "Ⅻ", "ⅻ", "〇", "一", "二", "百", "萬", "零", "𐄇",
         "𐩀", "𑁒", "𖭐", "𞥐", "ß", "ǅ", "ʰ", "ª", "ǀ", "ـ", "\u0301", "\u0903", "\u200b", "\u200d", "\u00ad", "\u0085", "\xa0", "\u1680", "\u2007", "\u2028", "\u3000",
         "\u180e", "\x1c", "\x1f", " ", "\t", "\x0b", "\x00", "\x7f", "\ud800", "\ue000", "\U0010ffff", "\u0378", "\U0001fae8", "\U0001f600", "𝔄", "ℌ", "℘", "℮", "ⅅ", "〆", "々", "〻",
         "_", "·", "·", "\u0387", "᧚", "\u1369", "\u19da", "\U00016fe4", "\U0001e4f0", "\U00011f50", "\u0cf3", "\U0001d7ce", "\U0001fbf0", "\u2070", "\u2075", "\u2189", "\u3405", "\U00020000"]
print("ch     alpha alnum dec digit num space print upper lower title ident ascii")
for c in CHARS:
    fl = [c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isascii()]
    print(ascii(c).ljust(12), " ".join("T" if f else "." for f in fl))
for s in ["", "abc", "ABC", "Abc", "aBc", "ABC def", "Hello World", "Hello world", "ǅungla", "ǅUNGLA", "123", "A1", "a1", "1a", "ﬁ", "ΣΑΣ", "Σας", "\u02b0A", "Aʰ", "A\u0301b", "HELLO\u0345"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii())
for m in ["isalpha", "isdigit", "isupper", "isprintable", "isascii"]:
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print("TypeError:", e)
