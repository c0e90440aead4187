rows = [("a", 1), ("b", 2)]
for name, qty in rows:
    print(f"{name:>10} | {qty:05d} | {qty * 2!d}")
