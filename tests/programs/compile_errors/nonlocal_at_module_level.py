def helper():
    pass

nonlocal helper
