# NameError with a suggestion in the uncaught traceback.
def total_price(items):
    subtotal = 0
    for name, price in items:
        subtotal += price
    discount = 0.1 if subtotal > 100 else 0
    return subtotl * (1 - discount)
cart = [("book", 12.5), ("lamp", 40), ("desk", 120)]
for name, price in cart:
    print(f"{name:6} {price:8.2f}")
print("computing total")
print(total_price(cart))
print("done")
a = 1
b = 2
c = 3
d = 4
e = 5
