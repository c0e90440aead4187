x = 3
x < 4 = True
