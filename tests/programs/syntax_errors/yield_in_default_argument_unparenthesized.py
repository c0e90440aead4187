def gen(x=yield 1):
    pass
