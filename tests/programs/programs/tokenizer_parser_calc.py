# A recursive-descent calculator with precedence, unary minus, power, functions and errors.
import math
class ParseError(Exception):
    pass
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif c in "+-*/^(),":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    return toks + [("end", None)]
class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min}
    CONSTS = {"pi": math.pi, "e": math.e}
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise ParseError(f"expected {value or kind}, got {t[1]!r}")
        self.i += 1
        return t
    def parse(self):
        v = self.expr()
        self.take("end")
        return v
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            return self.take()[1]
        if kind == "name":
            self.take()
            if val in self.CONSTS:
                return self.CONSTS[val]
            if val not in self.FUNCS:
                raise ParseError(f"unknown name {val!r}")
            self.take("op", "(")
            args = [self.expr()]
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expr())
            self.take("op", ")")
            return self.FUNCS[val](*args)
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}")
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1", "sqrt(16) + abs(-3)",
             "max(1, 5, 3) * min(2, 7)", "2 * pi", "1 / 0", "2 +", "3 $ 4", "foo(1)", "(1 + 2", "sqrt(-1)"]:
    try:
        print(f"{text:26} = {Parser(text).parse()!r}")
    except (ParseError, ZeroDivisionError, ValueError) as e:
        print(f"{text:26} ! {type(e).__name__}: {e}")
