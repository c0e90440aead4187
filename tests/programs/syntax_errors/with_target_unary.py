with ctx() as -value:
    pass
