people = [("ann", 31), ("bob", 27)]
people.sort(key=lambda p: p[1], reverse=True,)
people.sort(key=lambda p, q p[0])
