del (a, b) + c
