f = lambda **k=1: k
