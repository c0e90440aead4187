# Edge cases of bytes methods: whitespace definition, splitlines, sep handling.
print(b"  a \t b\x0b\x0c\r\n c  ".split(), b"a\x1cb".split(), b"\xa0x".split())
print(b" x ".strip(), b"\x00x\x00".strip(), b"\x00x\x00".strip(b"\x00"), b"xyz".strip(b"xz"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\nc\rd".splitlines(keepends=True), b"".splitlines())
print(b"a,b,c".split(b",", maxsplit=1), b"a,b,c".rsplit(b",", maxsplit=1), b",".split(b","))
print(b"abc".center(7, b"-"), b"a".ljust(3, b"\x00"), b"123".zfill(6), b"-1".zfill(4))
print(b"Hello World".swapcase(), b"hello world".title(), b"HELLO".capitalize(), b"\xe9".upper())
print(b"abcabc".replace(b"", b"-"), b"aaa".replace(b"a", b"", 2), b"abc".count(b""), b"".count(b""))
print(b"abc".startswith(b""), b"abc".endswith((b"c", b"x")), b"abc".find(b"", 10), b"abc".rfind(b"c", -1))
print(bytes(b"x").isalnum(), b"".isalpha(), b"1a".isdigit(), b"\t\n".isspace(), b"A1".isupper(), b"a1".islower())
print(b"ab\tcd\tef".expandtabs(3), b"\t".expandtabs(0), b"a\tb".expandtabs(tabsize=1))
try:
    b"abc".center(5, b"xy")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print("TypeError:", e)
