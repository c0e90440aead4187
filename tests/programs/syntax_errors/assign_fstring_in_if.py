if f"{x}" = y:
    pass
