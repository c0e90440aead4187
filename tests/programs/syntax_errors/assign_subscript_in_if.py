if d["k"] = 1:
    pass
