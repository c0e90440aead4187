result = max(key, x for x in data)
