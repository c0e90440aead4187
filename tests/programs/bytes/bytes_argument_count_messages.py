# "takes at most N arguments" counts every argument, and says "keyword" only when none is positional
# (_PyArg_UnpackKeywords), for the bytes, bytearray and memoryview methods that take keywords.
cases = [
 "b'a b'.split(None, 1, 2)", "b'a b'.split(None, 1, maxsplit=2)", "b'a b'.split(1, 2, x=3)", "b'a b'.split(x=3)",
 "b'a'.decode('utf-8', 'strict', 'x')", "b'a'.decode(encoding='utf-8', errors='strict', x=1)", "b'a'.decode('utf-8', encoding='x')",
 "bytes(1, 2, 3, 4)", "bytes(source=b'x')", "bytes(1, x=2)", "bytearray(1, 2, 3, 4)", "bytearray(b'', foo=1)",
 "b'a'.translate(None, b'', b'')", "b'a'.translate(table=None)", "b'a'.translate(None, delete=b'a')",
 "b'a'.hex(1, 2, 3)", "b'a'.hex(sep=':', bytes_per_sep=1, x=1)", "b'a\\tb'.expandtabs(1, 2)", "b'a'.splitlines(1, 2)", "b'a'.splitlines(keepends=1, x=2)",
 "memoryview(b'ab').cast('B', [2], 1)", "memoryview(b'a', x=1)", "memoryview(b'a').tobytes('C', 1)", "memoryview(b'a').tobytes(order='C', x=1)",
 "b'a'.rsplit(None, 1, 2)", "bytearray(b'a').split(None, 1, 2)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', r)
    except TypeError as e:
        print(c, 'TypeError:', e)
