for key, None in pairs:
    pass
