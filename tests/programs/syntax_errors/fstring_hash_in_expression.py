x = 3
print(f"{x # the value}")
