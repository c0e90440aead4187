# An exception escaping a with block whose __exit__ does not suppress it.
class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.name, self.ops)
        else:
            print("rollback", self.name, "because", exc_type.__name__)
        return False
    def apply(self, op, amount):
        if amount < 0:
            raise ValueError(f"negative amount {amount} for {op}")
        self.ops.append((op, amount))
with Transaction("t1") as t:
    t.apply("deposit", 10)
    t.apply("withdraw", 5)
with Transaction("t2") as t:
    t.apply("deposit", 3)
    t.apply("withdraw", -7)
print("unreachable")
