f = lambda a=: a
