# Everyday conversions between numbers and strings in loops.
readings = ["12", " 7", "3.5", "-4", "1e2", "0x1f", "", "nine"]
ints, floats, bad = [], [], []
for r in readings:
    try:
        ints.append(int(r))
        continue
    except ValueError:
        pass
    try:
        floats.append(float(r))
    except ValueError:
        bad.append(r)
print(ints, floats, bad)
print(int("0x1f", 16), int("1f", 16), int("0o17", 8), float("1e2"), str(100.0), str(int(1e2)))
for n in [0, 7, 42, 255, 1000, 65535]:
    print(f"{n:>6} {n:>#8b} {n:>#6o} {n:>#6x} {str(n).zfill(6)} {n:,}")
total = 0
for digit_char in "2024":
    total = total * 10 + (ord(digit_char) - ord("0"))
print(total, total == int("2024"))
s = ""
n = 2024
while n:
    n, d = divmod(n, 2)
    s = str(d) + s
print(s, bin(2024)[2:] == s)
print(", ".join(f"{x:.2f}" for x in [1, 2.5, 3.14159]), "|".join(map(str, range(5))))
