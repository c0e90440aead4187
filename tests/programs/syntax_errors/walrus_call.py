while (read() := 1):
    pass
