names = [n for n.strip() in lines]
