try:
    pass
except OSError as None:
    pass
