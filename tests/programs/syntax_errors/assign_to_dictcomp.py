{k: v for k, v in d.items()} = {}
