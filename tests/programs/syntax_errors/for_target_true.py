for True in range(2):
    pass
