# A bank account simulation with classes, exceptions and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, cls, owner, amount=0):
        acct = cls(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.log.append(("failed", str(e)))
            return False
        dst.deposit(amount)
        self.log.append(("transfer", src.owner, dst.owner, amount))
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 250)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(alice, carol, 30), bank.transfer(carol, bob, 50), bank.transfer(bob, alice, 200))
print(bob.add_interest(), bob)
for bad in [lambda: alice.deposit(-5), lambda: carol.withdraw(1000)]:
    try:
        bad()
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, "-", e)
for entry in bank.log:
    print(entry)
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(acct.owner.ljust(6), f"{acct.balance:10.2f}", acct.history)
print("total", round(bank.total(), 2))
