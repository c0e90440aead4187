def f(self, class):
    pass
