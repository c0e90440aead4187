label = "big" if n > 10
