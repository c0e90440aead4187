print("a", sep="-", "b")
