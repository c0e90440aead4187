# Errors inside list and dict comprehensions.
def parse(values):
    return [int(v) for v in values]
print(parse(["1", "2", "3"]))
squares = {n: n * n for n in range(5)}
print(squares)
def invert(d):
    return {v: k for k, v in d.items()}
print(invert({"a": 1, "b": 2}))
def ratios(pairs):
    return [a / b for a, b in pairs]
print(ratios([(1, 2), (3, 4)]))
print("now failing")
print(parse(["4", "5", "six", "7"]))
print("unreachable")
