def f(a: int = 1, b: str):
    pass
