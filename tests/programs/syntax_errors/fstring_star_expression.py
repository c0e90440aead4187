xs = [1]
print(f"{*xs}")
