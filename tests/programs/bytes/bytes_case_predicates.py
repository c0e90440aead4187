# Case conversions and is* predicates: ASCII-only rules, bytes >= 0x80 untouched.
samples = [b"", b"hello world", b"HELLO", b"Hello World", b"hello\xe9World", b"3rd place", b"a1B2",
           b"\xc3\xa9t\xc3\xa9", b"  ", b"\t\n", b"ABC def", b"O'neil's x-ray", b"123", b"12a", b"\x80"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print("   ", s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
ba = bytearray(b"mIxEd Case")
print(ba.upper(), ba.lower(), ba.title(), ba.capitalize(), ba.swapcase(), ba.istitle(), type(ba.upper()).__name__)
for name in ["upper", "isalpha", "title", "isascii"]:
    try:
        getattr(b"x", name)(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        getattr(bytearray(b"x"), name)(1)
    except TypeError as e:
        print("TypeError:", e)
print(b"Ab Cd".istitle(), b"AB".istitle(), b"A b".istitle(), b"1A".istitle(), b"'Ab".istitle(), b"aB".istitle())
print(b"abc1".islower(), b"1".islower(), b"ABC1".isupper(), b"1".isupper(), b"\x0b\x0c\x1c".isspace())
