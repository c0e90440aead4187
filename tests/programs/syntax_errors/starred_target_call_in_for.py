for a, *f() in rows:
    pass
