try:
    x = int(s)
except ValueError, TypeError:
    x = 0
