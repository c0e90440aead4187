# Building strings: join vs concatenation, table formatting, padding.
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    cells = [str(r[0]).ljust(widths[0]), str(r[1]).rjust(widths[1]), str(r[2]).rjust(widths[2])]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print("|" + "+".join("-" * (w + 2) for w in widths) + "|")
total = sum(q * p for _, q, p in rows[1:])
print(f"{'Total':<{widths[0]}}   {total:>{widths[1] + widths[2] + 3}.2f}")
parts = []
for i in range(10):
    parts.append(f"{i}:{i * i}")
print(",".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
box = ["+" + "-" * 10 + "+"] + ["|" + t.center(10) + "|" for t in ["one", "two", "three"]] + ["+" + "-" * 10 + "+"]
print("\n".join(box))
print("".join(chr(ord("a") + i) for i in range(26)), "".join(map(str, range(10))))
print("\n".join(" " * (5 - i) + "*" * (2 * i - 1) for i in range(1, 6)))
