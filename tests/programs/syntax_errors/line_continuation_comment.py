x = [1, 2] \ # list
print(x)
