# A small regular-expression engine (., *, +, ?, ^, $, character classes) by backtracking.
def parse_class(p, i):
    negate = p[i] == "^"
    if negate:
        i += 1
    items = []
    while p[i] != "]":
        if i + 2 < len(p) and p[i + 1] == "-" and p[i + 2] != "]":
            items.append((p[i], p[i + 2]))
            i += 3
        else:
            items.append((p[i], p[i]))
            i += 1
    return (negate, items), i + 1
def compile_re(p):
    toks, i = [], 0
    while i < len(p):
        c = p[i]
        if c == "[":
            cls, i = parse_class(p, i + 1)
            atom = ("class", cls)
        elif c == ".":
            atom, i = ("any", None), i + 1
        elif c == "\\":
            atom, i = ("lit", p[i + 1]), i + 2
        else:
            atom, i = ("lit", c), i + 1
        if i < len(p) and p[i] in "*+?":
            toks.append((atom, p[i]))
            i += 1
        else:
            toks.append((atom, ""))
    return toks
def atom_match(atom, ch):
    kind, arg = atom
    if kind == "any":
        return ch != "\n"
    if kind == "lit":
        return ch == arg
    negate, items = arg
    hit = any(lo <= ch <= hi for lo, hi in items)
    return hit != negate
def match_here(toks, s, i, anchored_end):
    if not toks:
        return i if (not anchored_end or i == len(s)) else None
    (atom, q), rest = toks[0], toks[1:]
    if q in ("*", "+"):
        j = i
        while j < len(s) and atom_match(atom, s[j]):
            j += 1
        lo = i + (1 if q == "+" else 0)
        for k in range(j, lo - 1, -1):
            r = match_here(rest, s, k, anchored_end)
            if r is not None:
                return r
        return None
    if q == "?":
        if i < len(s) and atom_match(atom, s[i]):
            r = match_here(rest, s, i + 1, anchored_end)
            if r is not None:
                return r
        return match_here(rest, s, i, anchored_end)
    if i < len(s) and atom_match(atom, s[i]):
        return match_here(rest, s, i + 1, anchored_end)
    return None
def search(pattern, s):
    start_anchor = pattern.startswith("^")
    end_anchor = pattern.endswith("$") and not pattern.endswith("\\$")
    body = pattern[1 if start_anchor else 0: -1 if end_anchor else None]
    toks = compile_re(body)
    for start in ([0] if start_anchor else range(len(s) + 1)):
        end = match_here(toks, s, start, end_anchor)
        if end is not None:
            return s[start:end]
    return None
tests = [("ab*c", "xxabbbcyy"), ("^ab*c", "xxabbbc"), ("colou?r", "what colour"), ("[0-9]+", "order 66 now"),
         ("[^a-z ]+", "hello WORLD 42"), ("a.c", "abc adc"), ("^h.*o$", "hello"), ("^h.*o$", "hello!"),
         ("x+y?z", "xxxz"), ("\\.[a-z]+$", "file.tar.gz"), ("[a-c][x-z]", "bz"), ("q", "abc"), ("", "abc")]
for p, s in tests:
    print(f"{p!r:14} {s!r:16} -> {search(p, s)!r}")
