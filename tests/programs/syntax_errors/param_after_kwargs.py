def f(**kwargs, debug=False):
    pass
