# ISO-2022 state: designations, shifts, G2 (iso2022_jp_2), escapes that are not ISO 2022's.
def show(enc, data, errors='strict'):
    try:
        print(enc, data, '->', ascii(data.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, data, '->', e)

show('iso2022_jp', b'\x1b$Bxx\x1b(Bab')
show('iso2022_jp', b'\x1b$B$"$$\x1b(Jab\\~\x1b(B')
show('iso2022_jp', b'\x1b$@$"\x1b(B')
show('iso2022_jp', b'\x1b&@\x1b$B$"\x1b(B')
show('iso2022_jp', b'\x1b$(D\x22\x2f\x1b(B')
show('iso2022_jp_1', b'\x1b$(D\x22\x2f\x1b(B')
show('iso2022_jp', b'\x1b$B$"\n$"')
show('iso2022_jp', b'a\x1bXYZb')
show('iso2022_jp', b'\x1b$B$')
show('iso2022_jp', b'\x1b(')
show('iso2022_jp', b'\x1b(Q')
show('iso2022_jp', b'\x1b$B\x80\x80', 'replace')
show('iso2022_jp_2', b'\x1b.A\x1bNa\x1b.F\x1bNa\x1bNb')
show('iso2022_jp_2', b'\x1b$A\x30\x21\x1b$(C\x30\x21\x1b(B')
show('iso2022_jp_2', b'\x1bN')
show('iso2022_jp_ext', b'\x1b(I12\x1b(B')
show('iso2022_kr', b'\x1b$)C\x0e\x30\x21\x0fabc\x0e\x30\x21\nxyz')
show('iso2022_kr', b'\x0e\x30\x21')
for enc in ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_ext', 'iso2022_kr']:
    for text in ['aあb', '¥x', 'ｱ', '丂', '中', '한', '\u00e9', 'a\nb']:
        try:
            print(enc, ascii(text), text.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, ascii(text), e)
import codecs
e = codecs.getincrementalencoder('iso2022_kr')()
print(e.encode('한'), e.getstate(), e.encode('a'), e.getstate(), e.encode('한', final=True), e.getstate())
