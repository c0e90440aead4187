x = items[]
