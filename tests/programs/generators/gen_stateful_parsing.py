# Generators for CSV-like parsing with quoted fields and a line-numbered error report.
TEXT = '''name,qty,note
apple,3,"crisp, red"
pear,,"says ""hi"""
"multi word",10,plain
bad,"unterminated
fig,2,end'''
def fields(line, lineno):
    out, cur, i, quoted = [], "", 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if quoted:
        raise ValueError(f"line {lineno}: unterminated quote")
    out.append(cur)
    return out
def records(text):
    lines = iter(enumerate(text.splitlines(), 1))
    _, header = next(lines)
    cols = fields(header, 1)
    for lineno, line in lines:
        try:
            values = fields(line, lineno)
        except ValueError as e:
            yield ("error", str(e))
            continue
        yield ("row", dict(zip(cols, values)))
for kind, payload in records(TEXT):
    print(kind, payload)
def typed(rows):
    for kind, row in rows:
        if kind == "row":
            row = dict(row, qty=int(row["qty"]) if row["qty"] else None)
        yield kind, row
print(sum(r["qty"] or 0 for k, r in typed(records(TEXT)) if k == "row"))
