x = 2e+q
