def f(*, b=, c=2):
    pass
