# Astral characters count as one: spans, sets and ranges beyond the BMP, case folding of
# astral letters, \w on astral letters.
import re

s = 'a😀b😀😀c𝒳d'
print(len(s), re.findall('😀+', s), [m.span() for m in re.finditer('😀+', s)], re.search('c', s).span())
print(re.findall('.', s), re.findall('[😀-😂]', '😀😁😂😃'), re.findall('[^😀]', 'a😀b'), re.findall('\\U0001F600', s))
print(re.split('😀', s), re.sub('😀', '-', s), re.sub('(.)😀', r'\1\1', s), re.subn('[^\\x00-\\x7f]', '?', s))
print(re.match('(a)(😀)(b)', s).regs, re.match('.{3}', s).group(), re.fullmatch('.{9}', s) is not None)
print(re.findall('\\w', '𝒳𝔸x𐐀1'), re.findall('\\w', '𝒳x', re.A), re.findall('[𐐀-𐐏]', '𐐀𐐨', re.I), re.findall('𐐀', '𐐨', re.I))
print(re.findall('(?i)[𐐨-𐐯]+', '𐐀𐐁𐐨'), re.search('(.)\\1', 'a😀😀'), re.findall('\\d', '𝟘𝟙a'))
print(re.search('😀', 'x' * 10 + '😀').span(), re.search('b', '😀' * 5 + 'b', 3), re.match('😀*', '😀😀x').end())
print(re.findall('[\\U00010000-\\U0010ffff]', 'a\U00010000b\U0010ffff'), re.findall('\\b\\w+\\b', '😀abc😀 def'))
t = '😀' * 30 + 'abc'
print(re.search('abc', t), re.match('(😀{10})+', t).span(1))
big = ''.join(chr(c) for c in range(0x1f300, 0x1f400)) * 3
print(len(re.findall('[\U0001f340-\U0001f37f]', big)), re.search('\U0001f3ff', big).span())
