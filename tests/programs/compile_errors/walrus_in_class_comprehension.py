class C:
    items = [(last := x) for x in range(3)]
