# isidentifier: XID_Start/XID_Continue of Unicode 14, underscores, digits, keywords.
for s in ["abc", "_", "__init__", "1a", "a1", "", "a b", "é", "ñandú", "日本", "Ⅻ", "ℕ", "℘", "℮", "·", "a·", "a\u0301", "\u0301a", "a\u200d", "a\u200c", "𝔘𝔫", "a😀", "if", "None",
          "ǅ", "ʰ", "a\u0903", "٣", "a٣", "_٣", "a-b", "a$", "x\u1369", "\u1369", "\u2118", "\u212e", "\u309b", "a\u309b", "\U00016fe4", "a\U00016fe4", "\U0001e4d0", "ゝ", "\u0e33", "\u00b7a"]:
    print(repr(s), s.isidentifier())
try:
    "a".isidentifier(1)
except TypeError as e:
    print("TypeError:", e)
