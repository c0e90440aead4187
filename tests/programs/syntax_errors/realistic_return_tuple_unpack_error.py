def split(pair):
    a, b = pair
    return a, *b, = 1
