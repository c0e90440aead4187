# Round trips through the CJK codecs: bytes of sample texts and back.
samples = {
    'shift_jis': 'Pythonの開発は、1990年ごろ開始されています。ｱｲｳ ¥‾ ＼',
    'cp932': '①②③ ～∥－￠ 髙 ｱｲｳ \uf8f0\uf8f1 \ue000\ue757',
    'euc_jp': 'ギリシア文字 αβγ 丂丄 ｱ ¥',
    'gb2312': '中华人民共和国 ·—',
    'gbk': '中文 GBK 扩展 〇 —―·',
    'gb18030': '中文 \u20ac \U0001f600 \u00e9 \u1e3f \ue5e5 \u0080 \uffff',
    'hz': 'ascii 中文 mixed 文字 ~ tilde',
    'big5': '中文 繁體 ‾ ＼ ‵ ぁ ㄅ',
    'cp950': '中文 € ╔═╗ ぁ',
    'euc_kr': '한국어 텍스트 똠방각하 펲',
    'cp949': '한국어 똠방각하 펲 갂',
    'johab': '한국어 ㄱㄴ 漢字 똠',
    'iso2022_jp': 'abc あいう 漢字 ¥ def',
    'iso2022_jp_1': 'abc 丂 あ',
    'iso2022_jp_2': 'abc あ 中文 한국 ¥',
    'iso2022_jp_ext': 'ｱｲｳ あ ¥',
    'iso2022_kr': 'abc 한국어\nline two 한',
}
for enc, text in samples.items():
    b = text.encode(enc)
    back = b.decode(enc)
    print(enc, b.hex(), back == text)
    # the codec object itself, as codecs.lookup finds it
    import codecs
    info = codecs.lookup(enc)
    print(' ', info.name, info.encode(text)[1], info.decode(b)[1])

# every character of a block, for a few codecs
for enc in ['shift_jis', 'gbk', 'big5', 'euc_kr', 'gb18030']:
    ok = bad = 0
    for c in range(0x4e00, 0x4f00):
        try:
            s = chr(c).encode(enc)
            assert s.decode(enc) == chr(c)
            ok += 1
        except UnicodeEncodeError:
            bad += 1
    print(enc, ok, bad)
print(bytes(range(0x80)).decode('shift_jis') == ''.join(map(chr, range(0x80))))
print(b'\x80\xa0\xfd\xfe\xff'.decode('cp932'))
print('\x80'.encode('cp932'), '\x80'.encode('gb18030'), '\U0010ffff'.encode('gb18030'))
