# The JIS X 0213 and HKSCS codecs' errors under every handler, a custom one included: positions,
# reasons, and what the handler's replacement becomes.
import codecs

def handler(e):
    if isinstance(e, UnicodeEncodeError):
        return ('<%d:%d>' % (e.start, e.end), e.end)
    return ('[%s]' % e.object[e.start:e.end].hex(), e.end)
codecs.register_error('test.cjk2004', handler)
codecs.register_error('test.cjk2004bytes', lambda e: (b'!!', e.end) if isinstance(e, UnicodeEncodeError) else ('?', e.end))
codecs.register_error('test.cjk2004back', lambda e: ('\u304b', e.end))

HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'test.cjk2004',
            'test.cjk2004bytes', 'test.cjk2004back']
bad_text = {
    'euc_jis_2004': 'a\u0e01\u304b\udc80\U0001f600\xa5',
    'shift_jis_2004': 'a\u0e01\u304b\udc80\uff3c\u4e02',
    'iso2022_jp_2004': 'a\u0e01\u304b\uff61\U0001f600',
    'euc_jisx0213': '\u4ff1\u304b\U00020b9f\u9b1d',
    'shift_jisx0213': '\u4ff1\u304b\U00020b9f\u9b1d',
    'iso2022_jp_3': '\u4ff1\u304b\U00020b9f\u9b1dx',
    'big5hkscs': '\xca\u0e01\U0001f600\udc80\xea',
}
bad_bytes = {
    'euc_jis_2004': [b'\xa1', b'a\x8f\xa1', b'\x8e\xe0', b'\xff\xa1', b'\x80', b'\x8f\xfe\xfe', b'\xa9\xa1\xa1'],
    'shift_jis_2004': [b'\x81', b'\x81\x20', b'\xfd', b'\x80', b'\xa0', b'\xfc\xfc', b'\xf0\x7f'],
    'iso2022_jp_2004': [b'\x1b$(Q\x7f\x7f', b'\x1b$(O!!', b'\x1b$(Q!', b'\x1b$(P\x22\x21', b'\x1b(J', b'\x1b$(Q\x80'],
    'euc_jisx0213': [b'\xae\xa1', b'\xfe\xfe', b'\x8f\xfd\xbb', b'\xa1\xa1\xa1'],
    'shift_jisx0213': [b'\x87\x9f', b'\xfc\x5a', b'\xef\xfc'],
    'iso2022_jp_3': [b'\x1b$(O.!', b'\x1b$(O~~', b'\x1b$(P};', b'\x1b$(Q!!'],
    'big5hkscs': [b'\x88', b'\x88\x62\x88', b'\xa1\x30', b'\xc8\xa0'],
}
for enc, text in bad_text.items():
    for err in HANDLERS:
        try:
            r = text.encode(enc, err)
            print(enc, err, r.hex())
        except UnicodeEncodeError as e:
            print(enc, err, 'E', e.encoding, e.start, e.end, e.reason)
        except Exception as e:
            print(enc, err, type(e).__name__, e)
    for data in bad_bytes[enc]:
        for err in HANDLERS:
            try:
                print(enc, data.hex(), err, ascii(data.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(enc, data.hex(), err, 'E', e.encoding, e.start, e.end, e.reason)
            except Exception as e:
                print(enc, data.hex(), err, type(e).__name__, e)
    # incremental decoders with a handler, fed byte by byte
    data = b''.join(bad_bytes[enc])
    d = codecs.getincrementaldecoder(enc)('test.cjk2004')
    print(enc, ascii([d.decode(data[i:i + 1]) for i in range(len(data))]), ascii(d.decode(b'', final=True)))
