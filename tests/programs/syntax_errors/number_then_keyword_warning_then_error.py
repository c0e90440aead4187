x = 5
y = 1if x else 0
print(y
