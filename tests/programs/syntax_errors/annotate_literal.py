1: int = 1
