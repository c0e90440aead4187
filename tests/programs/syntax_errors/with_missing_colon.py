with open("f") as fh
    fh.read()
