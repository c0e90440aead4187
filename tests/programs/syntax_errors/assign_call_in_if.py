if len(items) = 0:
    print("empty")
