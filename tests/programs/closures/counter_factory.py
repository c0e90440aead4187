# Closures holding private state.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = make_counter()
print(inc(), inc(), inc(), get())
reset()
print(get(), inc())
inc2, get2, _ = make_counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents, [c.cell_contents for c in get.__closure__])
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print("ValueError:", e)
print(dep(0))
