total = sum(x for 0 in data)
