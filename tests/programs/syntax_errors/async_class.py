async class Worker:
    pass
