# split, rsplit, splitlines, partition, rpartition, join.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", 0))
print("  lots   of   space  ".split(), "  lots   of   space  ".split(None, 1), "  lots of ".rsplit(None, 1))
print("".split(), "".split(","), " ".split(), "abc".split("abc"), "a--b--c".split("--"))
print("a\tb\nc\x0bd\x0ce\x1cf\u2028g\u3000h".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x1c\u2028end\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "a\n\nb".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
print("|".join({"k1": 1, "k2": 2}), "ab".join("123"))
try:
    "-".join(["a", 2, "c"])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
csv = "name,age\nann,31\nbob,27\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, [dict(zip(rows[0], r)) for r in rows[1:]])
print("a b c d".split(" ", -1), "a b c d".rsplit(" ", 2), "a.b.c".split(sep=".", maxsplit=1))
