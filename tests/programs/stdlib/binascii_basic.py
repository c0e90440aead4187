# binascii: hex with separators, base64 (strict_mode, newline), crc32, crc_hqx and their errors.
import binascii as b
def t(s):
    try: r = eval(s)
    except Exception as e: print(s, '->', type(e).__name__, e)
    else: print(s, '=>', repr(r))
for s in ["b.hexlify(b'abc')", "b.hexlify(b'abcdef', '-')", "b.hexlify(b'abcdef', b':', 2)", "b.hexlify(b'abcdef', ':', -2)", "b.hexlify(b'abcde', ':', 2)", "b.hexlify(b'abcde', ':', -2)", "b.hexlify(b'abc', '::')", "b.hexlify(b'abc', 1)", "b.hexlify('abc')", "b.b2a_hex(b'\\xff\\x00')", "b.unhexlify(b'6162')", "b.unhexlify('6162')", "b.unhexlify('616')", "b.unhexlify('6g')", "b.a2b_hex('ÿÿ')", "b.unhexlify(1)",
"b.b2a_base64(b'hello')", "b.b2a_base64(b'hello', newline=False)", "b.b2a_base64(b'')", "b.a2b_base64(b'aGVsbG8=\\n')", "b.a2b_base64('aGVsbG8=')", "b.a2b_base64(b'aGVsbG8')", "b.a2b_base64(b'aGVsb')", "b.a2b_base64(b'a')", "b.a2b_base64(b'aGVs!bG8=')", "b.a2b_base64(b'aGVs!bG8=', strict_mode=True)", "b.a2b_base64(b'=aGVs', strict_mode=True)", "b.a2b_base64(b'aGVsbA==bG8=', strict_mode=True)", "b.a2b_base64(b'aGVsbA==bG8=')", "b.a2b_base64(b'aGVsbA=', strict_mode=True)", "b.a2b_base64(b'aGVsbA', strict_mode=True)","b.a2b_base64(b'aGVsbA===', strict_mode=True)", "b.a2b_base64(b'aGVsbA==\\n', strict_mode=True)", "b.a2b_base64(b'aG==VsbA')", "b.a2b_base64(b'aGVsbG8=extra')", "b.a2b_base64(b'ab=c')", "b.a2b_base64(b'abc=d')", "b.a2b_base64(b'abcde')",
"b.crc32(b'hello')", "b.crc32(b'hello', 12345)", "b.crc32(b'')", "b.crc32(b'hello', -1)", "b.crc32(b'x', 2**40)", "b.crc_hqx(b'hello', 0)", "b.crc_hqx(b'hello', 0x1234)", "b.crc_hqx(b'hello')", "b.Error", "b.Incomplete", "b.Error.__mro__", "b.a2b_base64(b'\\xff')", "b.a2b_base64('ÿ')", "b.b2a_base64('a')", "b.hexlify(bytearray(b'ab'))", "b.hexlify(memoryview(b'ab'))", "b.crc32('a')", "b.a2b_base64(b'YWJj\\nZGVm')", "b.a2b_base64(b'YW Jj')", "b.a2b_base64(b'YWJj ', strict_mode=True)", "b.a2b_base64(b'====')", "b.a2b_base64(b'')"]:
    t(s)
