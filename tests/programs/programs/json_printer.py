# A hand-written JSON serializer and parser (no json module).
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch in '"\\':
                out += "\\" + ch
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126:
                cp = ord(ch)
                if cp < 0x10000:
                    out += "\\u%04x" % cp
                else:
                    cp -= 0x10000
                    out += "\\u%04x\\u%04x" % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        return "{" + sep.join(pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items()) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \t\n\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                pos += 1
                out[k] = value()
                ws()
                if s[pos] == "}":
                    pos += 1
                    return out
                pos += 1
        if ch == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == "]":
                    pos += 1
                    return out
                pos += 1
        if ch == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    esc = s[pos]
                    if esc == "u":
                        out += chr(int(s[pos + 1:pos + 5], 16))
                        pos += 4
                    else:
                        out += {"n": "\n", "t": "\t"}.get(esc, esc)
                else:
                    out += s[pos]
                pos += 1
            pos += 1
            return out.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
doc = {"name": "Typhon", "version": [3, 11], "ok": True, "none": None, "pi": 3.14159,
       "nested": {"list": [1, {"deep": "é"}], "empty": {}, "arr": []}, "quote": 'say "hi"\n', "emoji": "\U0001F600"}
print(dumps(doc))
print(dumps(doc, indent=2))
back = loads(dumps(doc))
print(back == doc, back["nested"]["list"][1]["deep"])
print(loads(' [1, -2.5e3, "x\\u0041", {"a": [true, false, null]}] '))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
