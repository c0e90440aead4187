if 0 = n:
    pass
