a = b = 1
print(f"{a b}")
