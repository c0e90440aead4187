# A str may hold a high surrogate code point directly followed by a low one: two code points,
# never equal to the astral character the pair would encode in UTF-16.
import sys

pair = "\ud83d\ude00"
emoji = "😀"
print(len(pair), len(emoji), pair == emoji, pair != emoji, repr(pair), ascii(pair))
print([hex(ord(c)) for c in pair], list(map(len, pair)), type(pair).__name__, isinstance(pair, str))

# Creation points: constants, chr + chr, +=, join, formatting, repetition, slicing
built = chr(0xD83D) + chr(0xDE00)
acc = chr(0xD83D)
acc += chr(0xDE00)
print(built == pair, acc == pair, len(built), hash(built) == hash(pair), built is not pair)
print(repr("".join([chr(0xD83D), chr(0xDE00)])), repr("-".join(["a", pair, "b"])), repr(pair.join("xy")))
print(repr(f"{chr(0xD83D)}{chr(0xDE00)}"), repr(f"<{pair}>"), repr(f"{pair!r}"), repr(f"{pair:>6}"), repr(f"{pair!a}"))
print(repr("\ude00\ud83d" * 3), repr(pair * 2), repr(2 * pair), repr(pair * 0))
x = "a" + pair + "b"
print(repr(x[1:3]), repr(x[1]), repr(x[2]), repr(x[::-1]), repr(x[:2]), repr(x[2:]), x[1:3] == pair, len(x))
print(repr("\ud83d" + "\ude00" + "x"), repr("\ud83dx"[:1] + "\ude00"), repr("😀"[0:1]))

# Protocol: iteration, in, comparison, sorting, hashing, dict and set keys
print(list(x) == ["a", "\ud83d", "\ude00", "b"], "\ude00" in x, pair in x, emoji in x, pair in "a\ud83d\ude00")
print(pair < emoji, pair > "\ud83c", pair <= pair, pair >= "\ud83d", sorted([emoji, pair, "a", "\uffff", "\ud83d"]))
print(max([pair, "z"]) == pair, repr(min(pair, "\ud800")), "\ud83d" < "\uffff", "\ude00" < "😀", "a\ud83d" > "a\ud7ff")
d = {"\ud83d\ude00": 1, "😀": 2}
print(len(d), d[pair], d[emoji], d[chr(0xD83D) + chr(0xDE00)], repr(list(d)))
s = {pair, emoji, built, "\ud83d" + "\ude00"}
print(len(s), pair in s, emoji in s, sorted(s) == [pair, emoji])
print(hash(pair) == hash("\ud83d" + "\ude00"), hash(pair) != hash(emoji))

# Methods
print(x.find("\ude00"), x.index(pair), x.count("\ud83d"), x.rfind("b"), x.find(emoji))
print(x.startswith("a\ud83d"), x.endswith(("\ude00b", "q")), x.startswith(pair, 1))
print(repr(x.split("\ud83d")), repr(x.partition(pair)), repr(x.replace("\ud83d", "-")), repr(x.replace("b", "")))
print(repr(x.upper()), repr(x.lower()), repr(x.title()), repr(x.swapcase()), repr(x.casefold()))
print(repr((" " + pair + "  ").strip()), repr(x.strip("ab")), repr(x.lstrip("a\ud83d")), repr(x.rstrip("b\ude00")))
print(repr(pair.center(6, "*")), repr(pair.ljust(4)), repr(pair.rjust(4, "\ud83d")), repr(pair.zfill(4)))
print(x.isprintable(), x.isalpha(), x.isascii(), pair.isidentifier(), x.isspace(), pair.isupper())
print(repr(x.translate({0xD83D: "<", 0xDE00: None})), repr("ab".translate({97: "\ud83d", 98: "\ude00"})))
print(repr(x.removeprefix("a")), repr(x.removesuffix("\ude00b")), repr(x.expandtabs()), repr(x.splitlines()))
print(repr("a\ud83d".replace("a", "") + "\ude00"), repr("\ud83dX\ude00".replace("X", "")), repr("\ude00".center(3, "\ud83d")))
print(repr("\ud83d\t\ude00".expandtabs(0)), repr("a\tb".expandtabs(0)), repr(str(ValueError(pair))), repr(ValueError(pair)))
print(repr(str(pair)), str(pair) == pair, repr(format(pair, "^5")), repr("%-4s|" % pair), repr("%r" % pair))
print(repr("{0!r:>12}".format(pair)), repr("{k}".format_map({"k": pair})), repr("%(k)s" % {"k": pair}))

# Codecs
print(pair.encode("utf-8", "surrogatepass"), pair.encode("utf-16-le", "surrogatepass"), pair.encode("utf-32-be", "surrogatepass"))
print(pair.encode("utf-8", "replace"), pair.encode("ascii", "backslashreplace"), pair.encode("utf-8", "ignore"))
print(pair.encode("unicode_escape"), pair.encode("raw_unicode_escape"), pair.encode("utf-16", "surrogatepass"))
for enc, err in [("utf-8", "strict"), ("utf-16", "strict"), ("utf-32-le", "strict"), ("ascii", "strict"), ("latin-1", "strict")]:
    try:
        pair.encode(enc, err)
    except UnicodeEncodeError as e:
        print(enc, e, e.start, e.end, repr(e.object))
b8 = b"\xed\xa0\xbd\xed\xb8\x80"
u = b8.decode("utf-8", "surrogatepass")
print(repr(u), u == pair, u == emoji, len(u), u.encode("utf-8", "surrogatepass") == b8)
u32 = b"\x3d\xd8\x00\x00\x00\xde\x00\x00".decode("utf-32-le", "surrogatepass")
print(repr(u32), u32 == pair, repr(b"\x3d\xd8\x00\xde".decode("utf-16-le", "surrogatepass")))
print(repr(str(b8, "utf-8", "surrogatepass")), repr(b"\xf0\x9f\x98\x80".decode("utf-8")))
esc = b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogateescape")
print(repr(esc), len(esc), esc.encode("utf-8", "surrogateescape") == b8)
import codecs
print(repr(codecs.decode(b8, "utf-8", "surrogatepass")), codecs.encode(pair, "utf-8", "surrogatepass"))
print(repr(codecs.utf_8_decode(b8, "surrogatepass", True)), codecs.utf_8_encode(pair, "surrogatepass"))
codecs.register_error("pairrep", lambda e: ("\ud83d\ude00", e.end))
print(ascii(b"a\xffb".decode("ascii", "pairrep")), ascii(b"\xff".decode("ascii", "pairrep")), "\ud83d\ude00x".encode("ascii", "pairrep"))
codecs.register_error("show", lambda e: (print(type(e).__name__, ascii(e.object), e.start, e.end), ("?", e.end))[1])
print(pair.encode("latin-1", "show"), codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-8", pair, 0, 2, "x")))
import marshal
print(repr(marshal.loads(marshal.dumps(pair))), marshal.dumps(pair))

# Printing a str with surrogates raises, after what comes before it has been written
try:
    print("before", pair, "after")
except UnicodeEncodeError as e:
    print()
    print("UnicodeEncodeError:", e)
sys.stdout.flush()
