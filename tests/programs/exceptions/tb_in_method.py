# An AttributeError raised inside a method call chain.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def transfer(self, other, amount):
        self.balance -= amount
        other.deposit(amount)
        print(f"moved {amount} from {self.owner} to {other.owner}")
        return self
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        self.accounts[owner] = Account(owner, balance)
    def pay(self, src, dst, amount):
        return self.accounts[src].transfer(self.accounts.get(dst), amount)
bank = Bank()
bank.open("ann", 100)
bank.open("bob", 50)
bank.pay("ann", "bob", 30)
print({k: a.balance for k, a in bank.accounts.items()})
bank.pay("bob", "carol", 10)
print("not reached")
