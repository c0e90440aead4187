def None():
    return 0
