for k, "v" in d.items():
    pass
