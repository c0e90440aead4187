with lock as 1:
    pass
