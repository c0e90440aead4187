match n:
    pass
