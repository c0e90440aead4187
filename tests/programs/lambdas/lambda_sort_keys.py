# Lambdas as sort keys and in data structures.
records = [
    {"name": "pear", "price": 3, "qty": 10},
    {"name": "apple", "price": 1, "qty": 50},
    {"name": "fig", "price": 3, "qty": 5},
    {"name": "kiwi", "price": 2, "qty": 0},
]
for key in [lambda r: r["price"], lambda r: (-r["price"], r["name"]), lambda r: r["price"] * r["qty"],
            lambda r: len(r["name"])]:
    print([r["name"] for r in sorted(records, key=key)])
print(max(records, key=lambda r: r["qty"])["name"])
print(list(filter(lambda r: r["qty"], records)) == [r for r in records if r["qty"]])
ops = {
    "neg": lambda x: -x,
    "sq": lambda x: x ** 2,
    "half": lambda x: x / 2,
    "str": lambda x: f"<{x}>",
}
for name in sorted(ops):
    print(name, ops[name](6))
handlers = [(lambda v: v > 100, "big"), (lambda v: v > 10, "medium"), (lambda v: True, "small")]
def classify(v):
    return next(label for test, label in handlers if test(v))
print([classify(v) for v in (5, 50, 500)])
print(sorted("hello world", key=lambda c: (c == " ", -ord(c))))
