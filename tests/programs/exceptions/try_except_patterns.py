# Common error-handling patterns: EAFP, cleanup, translation.
def parse_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
print([parse_int(x, -1) for x in ["1", "x", None, "  7 ", "3.5", [1]]])
def get_nested(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return f"<missing: {type(e).__name__} {e}>"
data = {"a": [{"b": 1}, {"c": [10, 20]}]}
print(get_nested(data, "a", 1, "c", 1))
print(get_nested(data, "a", 5))
print(get_nested(data, "x"))
print(get_nested(data, "a", 0, "b", "z"))
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line
def parse_config(text):
    result = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError:
            raise ParseError(n, f"expected key=value, got {line!r}") from None
        try:
            result[key.strip()] = int(value)
        except ValueError as e:
            raise ParseError(n, "bad number") from e
    return result
for text in ["a=1\nb = 2\n# c\n", "a=1\nnonsense\n", "x=1\ny=two"]:
    try:
        print(parse_config(text))
    except ParseError as e:
        print("ParseError:", e, "| line", e.line, "| cause", repr(e.__cause__), "| suppress", e.__suppress_context__)
