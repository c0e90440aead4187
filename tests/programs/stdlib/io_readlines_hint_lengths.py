# IOBase.readlines(hint) takes each line's len(): an iterator yielding something without a length raises
# TypeError (instead of looping forever); str and bytes lines count their length against the hint.
import io


class R(io.IOBase):
    def __init__(self, lines):
        self.lines = iter(lines)

    def readable(self):
        return True

    def __next__(self):
        return next(self.lines)


for lines, hint in [([None], 1), ([[1, 2], [3]], 1), (['ab', 'cd', 'ef'], 3), ([b'a', b'bc', b'd'], 2), (['x'] * 5, -1)]:
    try:
        print(R(lines).readlines(hint))
    except TypeError as e:
        print('TypeError', e)
