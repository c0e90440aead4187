total = sum(x=1 for x in data)
