with open("log") as None:
    pass
