# 'in' on strs compares code points: a lone surrogate never matches half of an astral character.
cases = [('\ude00', '\U0001f600'), ('\ud83d', '\U0001f600'), ('\U0001f600', 'a\U0001f600'), ('a', 'abc'),
         ('\ude00', 'x\ude00'), ('\ud83d', 'a\ud83db'), ('b\ud83d', 'ab\ud83d'), ('\ude00x', '\U0001f600x'),
         ('\ude00x', '\ud83d' + '\ude00x'), ('', '\U0001f600')]
for needle, hay in cases:
    print(ascii(needle), ascii(hay), needle in hay, hay.find(needle), hay.count(needle))
