# Generators as two-way channels: a bank teller coroutine handling commands.
def teller(balance=0):
    log = []
    reply = None
    while True:
        cmd = yield reply
        if cmd is None:
            break
        op, *args = cmd
        try:
            if op == "deposit":
                balance += args[0]
                reply = ("ok", balance)
            elif op == "withdraw":
                if args[0] > balance:
                    raise ValueError(f"insufficient funds: {balance} < {args[0]}")
                balance -= args[0]
                reply = ("ok", balance)
            elif op == "balance":
                reply = ("ok", balance)
            else:
                raise KeyError(op)
        except (ValueError, KeyError) as e:
            reply = ("error", f"{type(e).__name__}: {e}")
        log.append((op, reply[0]))
    return log
t = teller(100)
next(t)
for cmd in [("deposit", 50), ("withdraw", 500), ("withdraw", 30), ("transfer", 1), ("balance",)]:
    print(cmd, "->", t.send(cmd))
try:
    t.send(None)
except StopIteration as e:
    print("log:", e.value)
def averager():
    count, total = 0, 0.0
    while True:
        try:
            v = yield
        except GeneratorExit:
            print("averager closing with", count, "values")
            raise
        count += 1
        total += v
        print(f"avg after {v}: {total / count:.3f}")
a = averager()
next(a)
for v in (3, 4, 8):
    a.send(v)
a.close()
