x = 5
print(f"{x:=10}")
print(f"{}")
