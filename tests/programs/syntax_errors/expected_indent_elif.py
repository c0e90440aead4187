n = 0
if n > 0:
    print("pos")
elif n < 0:
print("neg")
