# An error raised inside a lambda used as a sort key.
records = [
    {"name": "widget", "price": 3.5},
    {"name": "gadget", "price": 1.25},
    {"name": "doohickey", "price": 7.0},
]
by_price = sorted(records, key=lambda r: r["price"])
for r in by_price:
    print(r["name"], r["price"])
records.append({"name": "mystery"})
print("sorting again with", len(records), "records")
by_price = sorted(records, key=lambda r: r["price"])
print(by_price)
def a():
    pass
def b():
    pass
def c():
    pass
