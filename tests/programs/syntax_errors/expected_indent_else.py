n = 0
if n:
    print("yes")
else:
print("no")
