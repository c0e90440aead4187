{x for x in s} = s
