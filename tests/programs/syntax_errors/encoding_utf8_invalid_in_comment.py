x = 1  # price in £
print(x)
