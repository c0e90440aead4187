f() = 1
print(
