items = [1, 2
total = sum(items))
