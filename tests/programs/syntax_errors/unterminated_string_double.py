def label(n):
    return "item #" + str(n
print(label(3), "done)
