if ... = x:
    pass
