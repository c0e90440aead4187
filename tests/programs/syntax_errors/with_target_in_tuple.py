with a as b, c as d + 1:
    pass
