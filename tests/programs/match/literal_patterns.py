# Literal, value and wildcard patterns.
def http(status):
    match status:
        case 200:
            return "OK"
        case 301 | 302 | 307:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case _:
            return "other"
for s in (200, 302, 404, 418, 500, 200.0, True):
    print(s, http(s))
def lit(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case _:
            return f"unmatched {x!r}"
for v in (None, True, False, 0, 1, "", "y", b"raw", -1, 1.5, 2 + 3j, "no", 1.0):
    print(repr(v), "->", lit(v))
