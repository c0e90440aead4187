merged = (**defaults)
