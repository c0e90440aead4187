pairs = [a, for a in range(3)]
