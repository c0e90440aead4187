def outer():
    def inner():
        if True:
            while False:
            pass
