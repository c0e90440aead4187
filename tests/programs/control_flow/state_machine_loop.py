# A tokenizer-like state machine loop.
def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(("NUM", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(("NAME", src[i:j]))
            i = j
        elif c in "+-*/()=":
            out.append(("OP", c))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            out.append(("STR", src[i + 1:j]))
            i = j + 1
        else:
            out.append(("ERR", c))
            i += 1
    return out
for line in ['x = 3.14 * (r + 2)', 'name_1="hi" - 7', 'a $ b', '']:
    print(repr(line))
    for tok in tokenize(line):
        print("   ", tok)
