if x in not y:
    pass
