count​ = 0
