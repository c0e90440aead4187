# repr() and ascii() escaping rules.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rret", "nul\x00",
           "bell\x07", "del\x7f", "\x80\x9f", "\xa0nbsp", "é", "\u200b", "\u2028", "\ud800", "😀", "\U0010ffff",
           "\\", "\x1b[0m", "\u0301combining", "ǅ", "\ufeff", "ÿ\u0100"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(b"bytes \x00\xff 'q'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\n")))
print(repr(["é", "a'b"]), ascii(["é"]), repr({"k\n": "v\t"}), repr(("\x00",)))
print(str("é"), "%r" % "é", "%a" % "é", "{!a}".format("é"), f"{'é'!a}")
print(repr("a" * 3), eval(repr("mix'\"\\\n")) == "mix'\"\\\n")
