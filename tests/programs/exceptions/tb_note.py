# Notes added with add_note appear after the exception message.
def convert(row, n):
    try:
        return [float(x) for x in row]
    except ValueError as e:
        e.add_note(f"while converting row {n}: {row}")
        e.add_note("hint: check the input file")
        raise
rows = [["1", "2"], ["3.5", "4e2"], ["5", "six"]]
table = []
for n, row in enumerate(rows):
    table.append(convert(row, n))
    print("row", n, "->", table[-1])
print(table)
a = 0
b = 0
c = 0
d = 0
e = 0
f = 0
