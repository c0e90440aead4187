# Strings compare by code point: an astral character sorts above U+E000..U+FFFF (UTF-16 units do not).
a, b = "\U0001f600", "\uffff"
print(a > b, a >= b, b < a, max(a, b) == a, sorted([a, b, "\ue000", "z"]) == ["z", "\ue000", "\uffff", "\U0001f600"])
print(str.__lt__(b, a), str.__gt__(a, b), "x\U00010000" > "x\uffff", ["\U00010000", "\uffee"].index(max(["\U00010000", "\uffee"])))
