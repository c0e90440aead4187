items = [1, 2]
del items.pop()
