check = lambda True: 1
