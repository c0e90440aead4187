items = [**extra]
