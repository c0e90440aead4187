a == b = c
