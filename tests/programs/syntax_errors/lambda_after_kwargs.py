f = lambda **k, x: k
