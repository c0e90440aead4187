counter() += 1
