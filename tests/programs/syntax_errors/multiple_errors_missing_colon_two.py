def f()
    pass
class C
    pass
