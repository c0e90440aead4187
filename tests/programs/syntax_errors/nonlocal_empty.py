def f():
    def g():
        nonlocal
