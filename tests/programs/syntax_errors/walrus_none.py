if (None := compute()):
    pass
