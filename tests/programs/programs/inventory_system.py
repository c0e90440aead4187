# An inventory system: products, orders, stock reservation, reports.
class OutOfStock(Exception):
    pass
class Product:
    def __init__(self, sku, name, price, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock
        self.reserved = 0
    @property
    def available(self):
        return self.stock - self.reserved
    def __repr__(self):
        return f"<{self.sku} {self.name} ${self.price:.2f} stock={self.stock} reserved={self.reserved}>"
class Order:
    seq = 0
    def __init__(self, customer):
        Order.seq += 1
        self.id = f"ORD-{Order.seq:04d}"
        self.customer = customer
        self.lines = []
        self.status = "open"
    def total(self):
        return sum(p.price * q for p, q in self.lines)
class Inventory:
    def __init__(self):
        self.products = {}
        self.orders = []
    def add(self, *products):
        for p in products:
            self.products[p.sku] = p
    def order(self, customer, items):
        order = Order(customer)
        try:
            for sku, qty in items:
                p = self.products[sku]
                if p.available < qty:
                    raise OutOfStock(f"{p.name}: wanted {qty}, available {p.available}")
                p.reserved += qty
                order.lines.append((p, qty))
        except (OutOfStock, KeyError) as e:
            for p, q in order.lines:
                p.reserved -= q
            order.status = f"rejected ({type(e).__name__}: {e})"
        self.orders.append(order)
        return order
    def ship(self, order):
        for p, q in order.lines:
            p.reserved -= q
            p.stock -= q
        order.status = "shipped"
inv = Inventory()
inv.add(Product("A1", "widget", 2.50, 10), Product("B2", "gadget", 12.00, 3), Product("C3", "doohickey", 0.75, 100))
o1 = inv.order("ann", [("A1", 4), ("C3", 10)])
o2 = inv.order("bob", [("B2", 2), ("A1", 7)])
o3 = inv.order("cid", [("B2", 3)])
o4 = inv.order("dee", [("ZZ", 1)])
inv.ship(o1)
o5 = inv.order("eve", [("A1", 6), ("B2", 1)])
for o in inv.orders:
    print(o.id, o.customer.ljust(4), f"{o.total():7.2f}", o.status)
for p in inv.products.values():
    print(p, p.available)
revenue = sum(o.total() for o in inv.orders if o.status == "shipped")
print("shipped revenue:", revenue)
low = [p.name for p in inv.products.values() if p.available < 5]
print("low stock:", low)
