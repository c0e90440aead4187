# Uncaught KeyError prints the repr of the key.
inventory = {"apple": 3, "pear": 0, "plum": 12}
order = [("apple", 2), ("plum", 5), ("pear", 0)]
for item, qty in order:
    inventory[item] -= qty
    print(item, "left:", inventory[item])
print(sorted(inventory.items()))
def restock(inv, deliveries):
    for item, qty in deliveries:
        print("restocking", item)
        inv[item] = inv[item] + qty
restock(inventory, [("apple", 10), ("kiwi's", 4)])
print(inventory)
a = 1
b = 2
c = 3
d = 4
