dict(True=1)
