# Guards run only after the pattern matches; order of evaluation.
log = []
def check(tag, result):
    log.append(tag)
    return result
def classify(v):
    match v:
        case int() if check("int-guard", v > 100):
            return "big int"
        case int() | float() if check("num-guard", v < 0):
            return "negative number"
        case str() if check("str-guard", v.isdigit()):
            return "digit string"
        case [x, y] if check("pair-guard", x == y):
            return "equal pair"
        case _:
            return "other"
for v in [500, 5, -2.5, "123", "abc", [1, 1], [1, 2], None]:
    log.clear()
    print(repr(v), classify(v), log)
def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
